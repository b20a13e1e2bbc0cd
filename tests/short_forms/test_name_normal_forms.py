"""A popular name before any full citation has its act's normal form in the text's language
(``short_forms/name_normal_forms``).

journaldunet.com's 'Comment la CNIL prononce-t-elle des sanctions ?' (pages corpus) names
the GDPR only as 'RGPD': its mentions had the normal form of the data file's English cite,
'Regulation (EU) 2016/679', where a French text's full citation has 'règlement (UE)
2016/679' (and a name after that citation takes it): one work, two normal forms in one
language.  Likewise b-i-t-online.de's German 'Gesetz über digitale Dienste'.
"""

from __future__ import annotations

from eurefs.short_forms.name_normal_forms import localized
from tests.support.extracted import extracted

JOURNALDUNET = (
    "Comment la CNIL prononce-t-elle des sanctions ?\n\nDans le cadre d'un contrôle RGPD par la "
    "CNIL, l'autorité peut prononcer des sanctions qui peuvent couvrir un large éventail.\n\n"
    "[Mise à jour] La CNIL a sanctionné Google d'une amende de 50 millions d'euros pour "
    "violations du RGPD."
)
# b-i-t-online.de, 'Die neue Verordnung der EU zur Künstlichen Intelligenz und deren
# Bedeutung' (2024; pages corpus).  (rsw.beck.de's 'Am 22.04.2022 haben sich Rat,
# Europäisches Parlament und Europäische Kommission ... über den "Digital Services Act"
# geeinigt' was the text here: that sentence names the proposal, Regulation (EU) 2022/2065
# being of 19 October 2022: ``test_dated_names``)
BIT_ONLINE = (
    "Die neue KI-Verordnung bildet einen Teil eines Gesamtpakets, das weitere Regulierungen des "
    "digitalen Marktes beinhaltet wie die Datenschutz-Grundverordnung (DSGVO), das Gesetz über "
    "digitale Märkte – beide Regelwerke sind bereits in Kraft – sowie das Gesetz über digitale "
    "Dienste."
)


def _short(text: str) -> list[tuple[str, str, str | None]]:
    return extracted(text, "text", "normalized", "celex", kind="short_form")


def test_a_name_before_any_citation_has_the_texts_normal_form() -> None:
    assert _short(JOURNALDUNET) == [
        ("RGPD", "règlement (UE) 2016/679", "32016R0679"),
        ("RGPD", "règlement (UE) 2016/679", "32016R0679"),
    ]
    assert ("Gesetz über digitale Dienste", "Verordnung (EU) 2022/2065", "32022R2065") in _short(
        BIT_ONLINE
    )


def test_the_forms_read_back_as_the_same_act_or_the_cite_stays() -> None:
    assert localized("Regulation (EC) No 1907/2006", "32006R1907", "pl") == (
        "rozporządzenie (WE) nr 1907/2006"
    )
    assert localized("Directive 2000/60/EC", "32000L0060", "hu") == "2000/60/EK irányelv"
    assert localized("Regulation (EU) 2016/679", "32016R0679", "hu") == "(EU) 2016/679 rendelet"
    # Hungarian writes a regulation's 'No' number with its domain after: not built, the
    # cite stays; a Commission document's number is the same in every language
    assert localized("Regulation (EC) No 1907/2006", "32006R1907", "hu") is None
    assert localized("COM(2019) 640 final", "52019DC0640", "fr") is None
    # a CELEX the form does not read back as: none
    assert localized("Regulation (EU) 2016/679", "32016R0680", "fr") is None
    # a language whose record writes the cite's type word keeps the cite as it is
    assert localized("Regulation (EU) 2016/679", "32016R0679", "en") is None
