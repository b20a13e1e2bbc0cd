"""How a pinpoint joins a back-reference: a determiner that holds the link word
(Portuguese ``dessa`` = ``de`` + ``essa``), and the ordinal sign as the text writes it
(``n.º``; back-references run on the text as written, not on the folded view)."""

from __future__ import annotations

import pytest

import eurefs

_DIRECTIVE = "Aplica-se a Diretiva 2003/88/CE. "
_REGULATION = "Aplica-se o Regulamento (UE) 2016/679. "


@pytest.mark.parametrize(
    ("text", "short_form", "pinpoint"),
    [
        (_DIRECTIVE + "Nos termos do artigo 7.º dessa diretiva, os Estados-Membros devem.",
         "dessa diretiva", "artigo 7.º"),
        (_REGULATION + "O artigo 6.º, n.º 1, alínea a), desse regulamento prevê.",
         "desse regulamento", "artigo 6.º, n.º 1, alínea a)"),
        (_DIRECTIVE + "Nos termos do artigo 7.º, n.º 1, da referida diretiva, os Estados.",
         "referida diretiva", "artigo 7.º, n.º 1"),
        # subdivisions written first
        (_REGULATION + "A alínea a) do n.º 1 do artigo 6.º desse regulamento prevê.",
         "desse regulamento", "alínea a) do n.º 1 do artigo 6.º"),
        # the degree sign typed for the ordinal sign
        (_DIRECTIVE + "Nos termos do artigo 7.º, n.° 1, da referida diretiva, os Estados.",
         "referida diretiva", "artigo 7.º, n.° 1"),
    ],
)  # fmt: skip
def test_portuguese_pinpoints_before_an_anaphor(text: str, short_form: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.pinpoint) == (short_form, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        _DIRECTIVE + "Em 2019 dessa diretiva nada resulta.",  # a year, no article word
        _DIRECTIVE + "O n.º 1 dessa diretiva prevê.",  # a paragraph without its article
        _DIRECTIVE + "Nos termos do artigo 7.º, essa diretiva prevê.",  # no link at all
    ],
)  # fmt: skip
def test_no_portuguese_pinpoint_without_an_article_and_a_link(text: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert ref.pinpoint is None


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # Slovenian national writing, the number first (Vrhovno sodišče, IV Ips 2/2021,
        # sodnapraksa.si): each was None
        ("V zahtevi izpostavljena pravila GDPR, ki določajo zakonitost obdelave podatkov in "
         "sankcije za njihove kršitve (6. člen GDPR v zvezi s 83. členom GDPR), so se začela "
         "uporabljati", [None, "6. člen", "83. členom"]),
        ("po prvem odstavku 6. člena GDPR je", ["prvem odstavku 6. člena"]),
        # ... before an anaphor too (the form of grammar/ordinal_pinpoints' acts)
        ("Uredba (EU) 2016/679 Evropskega parlamenta in Sveta velja. Po 6. členu navedene "
         "uredbe je obdelava zakonita.",
         [None, "6. členu"]),
    ],
)  # fmt: skip
def test_a_pinpoint_written_number_first(text: str, pinpoints: list[str | None]) -> None:
    assert [r.pinpoint for r in eurefs.extract(text)] == pinpoints


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the Maltese link glued to the name, as to an act (privacy notices in public
        # repositories; before: no pinpoint, while 'tar-Regolament (UE) 2016/679' took one)
        ("Bażi Legali: Artikolu 6(1)(b) tal-GDPR (eżekuzzjoni ta' kuntratt).", "Artikolu 6(1)(b)"),
        ("- il-konformità mal-obbligi legali (Artikolu 6(1)(c) tal-GDPR);", "Artikolu 6(1)(c)"),
        ("(interess leġittimu, Artikolu 6(1)(f) tal-GDPR; it-tweġiba)", "Artikolu 6(1)(f)"),
        # the link glued to no article: the name alone, as before
        ("Ir-rapport tal-GDPR huwa twil.", None),
        ("skont il-liġi tal-GDPR", None),
    ],
)
def test_a_maltese_link_glued_to_the_name(text: str, pinpoint: str | None) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.pinpoint) == ("GDPR", pinpoint)
