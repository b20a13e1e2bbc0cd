"""A type word after an acronym the text has defined as a national body's name gives no
EU act (``eurefs/grammar/defined_authors``); an acronym the text defines as an EU act's
title or an EU body's name, or does not define, keeps the act."""

from __future__ import annotations

import gc
import weakref

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # the definitions as English translations of Romania's capital market laws write
        # them: Law 297/2004 (vdocument.in/law-297-2004.html; the consolidated version on
        # scribd.com, document 373063499), Law 52/1994 (angelfire.com/biz/isml), Law
        # 24/2017 (global-regulation.com); pages corpus. The act after the acronym is the
        # brief's form, UNCONFIRMED in a text read (were 32010R0005, 32006R0001)
        "(3) The National Securities Commission, hereinafter referred to as C.N.V.M is "
        "the competent authority that enforces this law. Issuers comply with CNVM "
        "Regulation No 5/2010.",
        "(3) The National Securities Commission, hereinafter referred to as NSC is the "
        "competent authority. See NSC Regulation No 1/2006.",
        "Art.1. The present law regulates the status of the National Securities "
        "Commission (NSC), the establishment and functioning of the securities markets. "
        "Under NSC Regulation No 1/2006 issuers report.",
        "regulated and supervised by the National Bank of Romania, hereinafter referred "
        "to as B.N.R., to the government securities. BNR Regulation No 5/2010 applies.",
        # the brief's Bulgarian and Romanian regulators (UNCONFIRMED in a text read)
        "The Bulgarian National Bank (BNB) supervises banks under BNB Regulation No 5/2010.",
        'The Financial Supervisory Authority ("ASF") issued ASF Regulation No 5/2010.',
    ],
)
def test_a_defined_national_acronym_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


def test_a_bare_number_after_it_follows() -> None:
    text = (
        "The National Securities Commission, hereinafter referred to as C.N.V.M. is the "
        "competent authority. CNVM Regulation No 5/2010 applies; Regulation No 5/2010 "
        "was amended."
    )
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Registration, Evaluation, Authorisation and Restriction of Chemicals (REACH). "
            "The REACH Regulation No.1907/2006 applies.",
            [("Regulation No.1907/2006", "32006R1907")],
        ),
        (
            "The European Securities and Markets Authority (ESMA) applies ESMA Regulation "
            "No 1095/2010.",
            [("Regulation No 1095/2010", "32010R1095")],
        ),
        (
            "the products comply with the REACH Regulation No.1907/2006",
            [("Regulation No.1907/2006", "32006R1907")],
        ),
        # (an acronym the text does not define tells nothing: the act stays)
        ("The BNB Regulation No 5/2010 applies.", [("Regulation No 5/2010", "32010R0005")]),
    ],
)
def test_other_acronyms_keep_the_act(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _acts(text) == expected


class _Text(str):
    """A text a weak reference can follow (a plain ``str`` takes none)."""


def test_the_text_is_not_kept_after_its_extraction() -> None:
    # the acronyms a text defines were kept by the text itself (a cache of four texts):
    # a large text stayed alive after its extraction
    text = _Text(
        "The National Securities Commission, hereinafter referred to as C.N.V.M. is the "
        "competent authority. CNVM Regulation No 5/2010 applies."
    )
    kept = weakref.ref(text)
    assert eurefs.extract(text) == []
    del text
    gc.collect()
    assert kept() is None
