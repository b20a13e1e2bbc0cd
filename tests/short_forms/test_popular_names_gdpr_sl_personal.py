"""The GDPR's Slovenian name with ``osebnih`` ('personal') before ``podatkov``, as Slovenian
privacy notices and lawyers write it beside the own title's ``Splošna uredba o varstvu
podatkov``, and with ``EU`` after ``uredba``: each was nothing, and the act's number after
it was lost with it (``eurefs/data/popular_names.json``)."""

from __future__ import annotations

from tests.support.short_form_mentions import popular_names

GDPR = "32016R0679"


def test_genitive_with_the_number_after_it() -> None:
    # the privacy policy of the municipality of Dobrovnik (dobrovnik.si/PrivacyPolicy;
    # pages corpus), its first sentence on processing
    text = (
        "Obdelava osebnih podatkov, kot so ime in priimek, naslov, e-poštni naslov ali"
        " telefonska številka posameznika, na katerega se podatki nanašajo se izvaja skladno"
        " z zahtevami Splošne uredbe o varstvu osebnih podatkov (EU) 2016/679 Evropskega"
        " parlamenta in Evropskega Sveta z dne 27. aprila 2016 o varstvu posameznikov pri"
        " obdelavi osebnih podatkov in o prostem pretoku takih podatkov ter o razveljavitvi"
        " Direktive 95/46/ES (v nadaljevanju Splošna uredba o varstvu osebnih podatkov)."
    )
    assert popular_names(text) == [
        ("Splošne uredbe o varstvu osebnih podatkov (EU) 2016/679", GDPR, None),
    ]


def test_instrumental() -> None:
    # pirc-musar.si, 'Varstvo osebnih podatkov, izziv našega časa' (a Ljubljana law
    # firm; pages corpus)
    text = (
        "Le malo predpisov lahko tekmuje s Splošno uredbo o varstvu osebnih podatkov – GDPR,"
        " tako v pretežno negativni razvpitosti kot tudi glede obsega zavezancev in precej"
        " splošnega prepričanja, da gre za birokratske, nelogične in nesmiselne zahteve."
    )
    assert popular_names(text) == [
        ("Splošno uredbo o varstvu osebnih podatkov", GDPR, None),
        ("GDPR", GDPR, None),
    ]


def test_with_eu_after_the_type_word() -> None:
    # racunalniska-pomoc.si, 'GDPR' (pages corpus), its second paragraph
    text = (
        "GDPR je kratica za General Data Protection Regulation oz. za Splošno uredbo EU o"
        " varstvu podatkov, ki določa nova pravila glede varstva osebnih podatkov."
    )
    assert popular_names(text) == [
        ("GDPR", GDPR, None),
        ("Splošno uredbo EU o varstvu podatkov", GDPR, None),
    ]
