"""A tie the words near a reference leave goes to the text's language
(``languages.hints.pick``'s ``text_language``).

iasiavocati.ro's page on Directive 93/13/EEC (pages corpus), Romanian without diacritics:
its heading ``Directiva 93/13/CEE. Protectia consumatorilor. Clauze abuzive.`` (three
times) and the keyword line ``Directiva 2008/48/CE. Directiva 87/102. Contracte de credit
de consum ...`` were Spanish (Spanish and Romanian both write ``Directiva``; ``de`` is a
word of both; the registry's order put Spanish first); the paragraphs below, whose words
tell, were Romanian.
"""

from __future__ import annotations

import eurefs
from eurefs.chunked import iter_extract

PAGE = (
    "Directiva 93/13/CEE. Protectia consumatorilor. Clauze abuzive.\n\n"
    "cabinet avocat claudia bicu iasi - protectia consumatorilor - clauze abuzive\n\n"
    "05 feb. Directiva 93/13/CEE. Protectia consumatorilor. Clauze abuzive.\n\n"
    "Directiva 93/13/CEE. Protectia consumatorilor. Clauze abuzive.\n\n"
    "Directiva 2008/48/CE. Directiva 87/102. Contracte de credit de consum. Dobanda anuala "
    "efectiva. Procedura de arbitraj. Hotarare arbitrala. Posibilitatea instantei nationale de "
    "a examina din oficiu caracterul abuziv eventual al anumitor clauze.\n\n"
    "1. Directiva 93/13/CEE a Consiliului din 5 aprilie 1993 privind clauzele abuzive in "
    "contractele incheiate cu consumatorii impune unei instante nationale, sesizata cu "
    "executarea silita a unei hotarari arbitrale care a dobandit autoritate de lucru judecat si "
    "care a fost pronuntata in lipsa consumatorului, sa aprecieze, chiar din oficiu, caracterul "
    "abuziv al penalitatii prevazute in contractul de credit incheiat intre un furnizor de "
    "servicii financiare si un consumator.\n"
)


def test_a_tie_goes_to_the_texts_language() -> None:
    refs = eurefs.extract(PAGE)
    acts = [(r.text, r.lang) for r in refs if r.kind == "legal_act"]
    assert len(acts) == 6
    assert {lang for _, lang in acts} == {"ro"}
    # a chunk reads the whole text's language
    assert list(iter_extract(PAGE, chunk_size=70)) == refs


def test_alone_the_registry_order_still_breaks_the_tie() -> None:
    # no word tells: nothing to go by but the order (the heading alone)
    (ref,) = eurefs.extract("Directiva 93/13/CEE. Protectia consumatorilor. Clauze abuzive.")
    assert ref.celex == "31993L0013"


def test_a_capitalised_dictionary_form_tells_its_language() -> None:
    # the Court's keyword line of C-205/21 (EUR-Lex 62021CJ0205, Finnish summary; pages
    # corpus): 'Direktiivi 2016/680' alone was Estonian (Estonian's genitive of 'direktiiv';
    # Finnish writes its nominative 'direktiivi', capitalised at a line's start)
    (ref,) = eurefs.extract("Direktiivi 2016/680")
    assert (ref.lang, ref.normalized, ref.celex) == ("fi", "direktiivi 2016/680", "32016L0680")
    # a dictionary form written as it is stays that language's (Maltese 'Direttiva',
    # Italian 'direttiva')
    assert eurefs.extract("Direttiva 2016/680")[0].lang == "mt"


# a French revision sheet's list of key concepts (JurisPrép, 'Droit de l'Union européenne
# (L2 S2)', fiches 2 and 4: a public repository's SQL seed, found with find_string): no word
# near an article in the list tells a language, the words further back and the text are
# French; the articles were Polish ('art. 2 TUE'), the Polish normal form 'art.' being the
# word as written, which won before the words further back were read
KEY_CONCEPTS = (
    "       'L''UE comme objet politique non-identifié, principe de primauté (Costa c. ENEL "
    "1964), identité constitutionnelle des États (art. 4 §2 TUE), subsidiarité, "
    "proportionnalité, valeurs de l''article 2 TUE.',\n"
    "       array['Principe de primauté', 'Costa c. ENEL 1964', 'Simmenthal 1978', "
    "'Internationale Handelsgesellschaft 1970', 'Art. 2 TUE', 'Identité constitutionnelle'],\n"
    "       array['Suffrage universel direct', 'Mandat représentatif', 'Groupes politiques "
    "transnationaux', 'Compétences budgétaires', 'Art. 314 TFUE', 'Décharge'],\n"
)


def test_the_words_further_back_decide_before_the_normal_form() -> None:
    found = [
        (r.text, r.lang)
        for r in eurefs.extract(KEY_CONCEPTS, kinds="treaty_article", short_forms=False)
    ]
    assert found == [
        ("art. 4 §2 TUE", "fr"),
        ("article 2 TUE", "fr"),
        ("Art. 2 TUE", "fr"),
        ("Art. 314 TFUE", "fr"),
    ]


# the same sheets' lists, where an article follows another: the abbreviation 'art' was a
# hint word of the Polish record alone, so the article before told Polish ('art. 238 TFUE')
# in a French text; the article's abbreviation is written so in ten languages
KEY_CONCEPTS_RUN = (
    "       array['Conseil européen', 'Art. 15 TUE', 'Président du Conseil européen', "
    "'Conseil de l''UE', 'Art. 16 TUE', 'Majorité qualifiée', 'Double majorité 55/65', "
    "'COREPER', 'Unanimité', 'Clause passerelle art. 48-7 TUE', 'Art. 238 TFUE', "
    "'Formations du Conseil', 'ECOFIN', 'Trio de présidences'],\n"
    "       array['Art. 14 TUE', 'Suffrage universel direct', 'Mandat représentatif', "
    "'Groupes politiques transnationaux', 'Compétences budgétaires', 'Art. 314 TFUE', "
    "'Décharge', 'Art. 319 TFUE', 'Motion de censure', 'Art. 17 §8 TUE', 'Procédure "
    "législative ordinaire', 'Art. 294 TFUE', 'Codécision', 'Approbation'],\n"
)


def test_an_article_before_tells_no_language() -> None:
    refs = eurefs.extract(KEY_CONCEPTS_RUN, kinds="treaty_article", short_forms=False)
    assert len(refs) == 9
    assert {(r.text, r.lang) for r in refs if r.lang != "fr"} == set()
