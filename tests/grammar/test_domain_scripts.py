"""A domain typed in Latin letters that is only a Greek or Bulgarian domain's twin, in a
text of a language written in Latin letters (``grammar/legal_act_numbers.domain_form``).

A Cypriot business's terms (a Flutter app's privacy clause in a public repository;
find_string 'Regulation (EE) 2016/679') cite 'the European Union Act titled «Regulation
(EE) 2016/679 of the European Parliament and of the Council of 27 April 2016 ...': Greek
ΕΕ typed in Latin letters.  The normal form was 'Regulation (ΕΕ) 2016/679', English words
and Greek capitals, and its domain Greek; the letters stay as written in an English normal
form, the CELEX unchanged.
"""

from __future__ import annotations

import eurefs

CYPRIOT_TERMS = (
    "14.2. Business must abide by all relevant Cypriot and European Union Laws and "
    "Regulations set out the Cypriot national law providing for the protection of natural "
    "persons with regard to the processing of personal data and for the free movement of such "
    "data (Law 125(I)/2018) and the European Union Act titled «Regulation (EE) 2016/679 of the "
    "European Parliament and of the Council of 27 April 2016 on the protection of natural "
    "persons with regard to the processing of personal data"
)


def test_a_greek_domain_typed_in_latin_letters_stays_so_in_an_english_normal_form() -> None:
    (ref,) = eurefs.extract(CYPRIOT_TERMS)
    assert (ref.text, ref.normalized, ref.celex, ref.lang) == (
        "Regulation (EE) 2016/679",
        "Regulation (EE) 2016/679",
        "32016R0679",
        "en",
    )
    assert ref.domain == "EE"  # type: ignore[attr-defined]


def test_greek_and_bulgarian_texts_keep_their_own_letters() -> None:
    # the Greek normal form writes the Greek capitals, as the Bulgarian its Cyrillic ones
    # (exlege.bg's index of EU acts types the domain's Е and О in Latin letters)
    greek = eurefs.parse("Κανονισμός (EE) 2016/679")
    assert (greek.normalized, greek.celex) == ("κανονισμός (ΕΕ) 2016/679", "32016R0679")
    bulgarian = eurefs.parse("Директива 1999/37/EO")
    assert (bulgarian.normalized, bulgarian.celex) == ("Директива 1999/37/ЕО", "31999L0037")


def test_a_bulgarian_union_typed_in_latin_letters_is_no_community() -> None:
    # A Bulgarian clinic's consent form (a public repository; find_string 'Регламент (EC)
    # 2016/679') types the Union's ЕС in Latin letters, which are the English Community's:
    # the domain was 'EC' and the normal form 'Регламент (EC) 2016/679'
    text = (
        "УВЕДОМЕН/А СЪМ , че имам право на :\n"
        "- Достъп на данните , съгласно чл. 15от Регламент (EC) 2016/679\n"
        "- Коригиране съгласно чл.16 от Регламент (EC) 2016/679"
    )
    found = [
        (r.text, r.normalized, r.domain, r.celex)  # type: ignore[attr-defined]
        for r in eurefs.extract(text, kinds="legal_act", short_forms=False)
    ]
    assert found == [("Регламент (EC) 2016/679", "Регламент (ЕС) 2016/679", "ЕС", "32016R0679")] * 2


def test_latin_twins_of_bulgarian_or_greek_domains_read_by_the_act_s_year() -> None:
    # UNCONFIRMED: an act of 2001 had no Union to be of: the Latin EC is the Community's;
    # the Greek EK (the Community) typed in Latin letters is the Greek ΕΚ
    assert [
        (r.normalized, r.domain)  # type: ignore[attr-defined]
        for r in eurefs.extract("Регламент (EC) № 1049/2001 и Κανονισμός (EK) αριθ. 1049/2001")
    ] == [("Регламент (EC) № 1049/2001", "EC"), ("κανονισμός (ΕΚ) αριθ. 1049/2001", "ΕΚ")]
