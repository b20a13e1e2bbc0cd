"""The articles of an act further along the Court's keyword line (``grammar/keyword_lines``):
after other keywords (``Regulation (EU) 2016/679 — Data protection — Restrictions — Article
23(1), points (e) and (j) —``) and a second article keyword after the first (``Articolul 1
alineatul (2) – Articolul 6 alineatul (1) –``).  Each line is a real one, quoted from the
page named beside it (the pages corpus of the search tool); every one of the first table gave
the act no pinpoint, or only its first, before."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

_GDPR = "32016R0679"
_DPD = "31995L0046"
_UCTD = "31993L0013"


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: the Opinion in C-620/19, Land Nordrhein-Westfalen (EUR-Lex, ECLI:EU:C:2020:649)
        ("« Renvoi préjudiciel – Compétence de la Cour – Renvoi dans la législation nationale à "
         "des dispositions du droit de l’Union – Jurisprudence Dzodzi – Renvoi direct et "
         "inconditionnel – Intérêt à une uniformité conceptuelle – Règlement (UE) 2016/679 – "
         "Protection des données – Limitations – Article 23, paragraphe 1, sous e) et j) – "
         "Exécution des demandes de droit civil – Procédure d’insolvabilité – Autorités fiscales »",
         ("Règlement (UE) 2016/679", _GDPR, "Article 23, paragraphe 1, sous e) et j)")),
        # English: the same Opinion (EUR-Lex 62019CC0620, EN)
        ("(Reference for a preliminary ruling — Jurisdiction of the Court — Reference in national "
         "legislation to provisions of EU law — Dzodzi case-law — Direct and unconditional renvoi "
         "— Interest in conceptual uniformity — Regulation (EU) 2016/679 — Data protection — "
         "Restrictions — Article 23(1), points (e) and (j) — Enforcement of civil law claims — "
         "Insolvency proceedings — Tax authorities)",
         ("Regulation (EU) 2016/679", _GDPR, "Article 23(1), points (e) and (j)")),
        # English: the judgment in Nowak, C-434/16 (curia.europa.eu, ECLI:EU:C:2017:994): the
        # article right after the act, then another after three keywords
        ("(Reference for a preliminary ruling — Protection of individuals with regard to the "
         "processing of personal data — Directive 95/46/EC — Article 2(a) — Concept of ‘personal "
         "data’ — Written answers submitted by a candidate in a professional examination — "
         "Examiner’s comments with respect to those answers — Article 12(a) and (b) — Extent of "
         "the data subject’s rights to access and rectification)",
         ("Directive 95/46/EC", _DPD, "Article 2(a); Article 12(a) and (b)")),
        # Dutch: the same judgment (EUR-Lex 62016CJ0434, NL)
        ("„Prejudiciële verwijzing – Bescherming van natuurlijke personen in verband met de "
         "verwerking van persoonsgegevens – Richtlijn 95/46/EG – Artikel 2, onder a) – Begrip "
         "‚persoonsgegevens’ – Schriftelijke antwoorden van de kandidaat op een beroepsexamen – "
         "Opmerkingen van de examinator bij die antwoorden – Artikel 12, onder a) en b) – Omvang "
         "van het recht op toegang en op rectificatie van de betrokkene”",
         ("Richtlijn 95/46/EG", _DPD, "Artikel 2, onder a); Artikel 12, onder a) en b)")),
        # Greek: the same judgment (taxsolution.gr, quoting it)
        ("«Προδικαστική παραπομπή – Προστασία των φυσικών προσώπων έναντι της επεξεργασίας "
         "δεδομένων προσωπικού χαρακτήρα – Οδηγία 95/46/ΕΚ – Άρθρο 2, στοιχείο αʹ – Έννοια των "
         "“δεδομένων προσωπικού χαρακτήρα” – Γραπτές απαντήσεις υποψηφίου σε επαγγελματικές "
         "εξετάσεις – Διορθώσεις του εξεταστή σχετικές με τις απαντήσεις αυτές – Άρθρο 12, "
         "στοιχεία αʹ και βʹ – Έκταση των δικαιωμάτων προσβάσεως και διορθώσεως του "
         "ενδιαφερομένου»",
         ("Οδηγία 95/46/ΕΚ", _DPD, "Άρθρο 2, στοιχείο αʹ; Άρθρο 12, στοιχεία αʹ και βʹ")),
        # French: the Opinion in C-268/21, Norra Stockholm Bygg (EUR-Lex 62021CC0268, FR)
        ("« Renvoi préjudiciel – Règlement (UE) 2016/679 – Protection des données à caractère "
         "personnel – Article 6, paragraphes 3 et 4 – Traitement de données à caractère personnel "
         "– Article 23, paragraphe 1, sous f) – Protection de l’indépendance de la justice et des "
         "procédures judiciaires »",
         ("Règlement (UE) 2016/679", _GDPR,
          "Article 6, paragraphes 3 et 4; Article 23, paragraphe 1, sous f)")),
        # Romanian: the judgment in Dunai, C-118/17 (indrumari-juridice.eu, quoting it): two
        # article keywords in a row
        ("„Trimitere preliminară – Protecția consumatorilor – Clauze abuzive în contractele "
         "încheiate cu consumatorii – Directiva 93/13/CEE – Articolul 1 alineatul (2) – Articolul "
         "6 alineatul (1) – Contract de împrumut exprimat în monedă străină – Diferență de curs "
         "valutar – Risc valutar”",
         ("Directiva 93/13/CEE", _UCTD, "Articolul 1 alineatul (2); Articolul 6 alineatul (1)")),
        # Romanian: the Opinion in Lovasné Tóth, C-34/18 (curia.europa.eu, ECLI:EU:C:2019:245)
        ("„Cerere de decizie preliminară – Protecția consumatorilor – Clauze abuzive – Directiva "
         "93/13/CEE – Domeniu de aplicare – Clauză care reflectă dreptul – Anexă – Valoare "
         "juridică – Articolul 3 alineatul (1) – Aprecierea caracterului abuziv al unei clauze – "
         "Impresie produsă de o clauză consumatorului mediu – Caracter inteligibil al clauzelor – "
         "Existența unor hotărâri naționale contradictorii”",
         ("Directiva 93/13/CEE", _UCTD, "Articolul 3 alineatul (1)")),
        # Spanish: the judgment in Barclays Bank, C-280/13 (EUR-Lex, ECLI:EU:C:2014:279): the
        # recital's keyword and the article after it (pinpoints.keyword_recitals)
        ("«Procedimiento prejudicial — Directiva 93/13/CEE — Considerando decimotercero — "
         "Artículo 1, apartado 2 — Contratos celebrados con los consumidores — Contrato de "
         "préstamo hipotecario — Procedimiento de ejecución hipotecaria — Disposiciones legales y "
         "reglamentarias nacionales — Equilibrio contractual»",
         ("Directiva 93/13/CEE", _UCTD, "Considerando decimotercero; Artículo 1, apartado 2")),
        # Spanish: the judgment in C-224/19 and C-259/19 (curia.europa.eu, ECLI:EU:C:2020:578):
        # a quoted word inside a keyword is no line's end
        ("«Procedimiento prejudicial — Protección de los consumidores — Directiva 93/13/CEE — "
         "Artículos 6 y 7 — Contratos celebrados con los consumidores — Préstamos hipotecarios — "
         "Cláusulas abusivas — Efectos de la declaración de nulidad de tales cláusulas — "
         "Facultades del juez nacional en relación con una cláusula calificada de “abusiva” — "
         "Reparto de los gastos — Artículo 3, apartado 1 — Apreciación del carácter abusivo de las "
         "cláusulas contractuales — Artículo 4, apartado 2 — Exclusión de las cláusulas relativas "
         "al objeto principal del contrato o a la adecuación del precio o de la retribución — "
         "Requisito — Artículo 5 — Obligación de redactar las cláusulas contractuales de forma "
         "clara y comprensible — Costas — Prescripción — Principio de efectividad»",
         ("Directiva 93/13/CEE", _UCTD,
          "Artículos 6 y 7; Artículo 3, apartado 1; Artículo 4, apartado 2; Artículo 5")),
        # German: the judgment in C-148/23 (EUR-Lex 62023CJ0148, DE): the Charter's Art. 16 after
        # its name stays the Charter's
        ("„Vorlage zur Vorabentscheidung – Umwelt – Richtlinie 2009/28/EG – Art. 1 – Art. 3 Abs. "
         "3 Buchst. a – Grundsätze der Rechtssicherheit und des Vertrauensschutzes – Charta der "
         "Grundrechte der Europäischen Union – Art. 16 – Förderung der Nutzung von Energie aus "
         "erneuerbaren Quellen“",
         ("Richtlinie 2009/28/EG", "32009L0028", "Art. 1; Art. 3 Abs. 3 Buchst. a")),
        # Bulgarian: the Opinion in C-268/21 (EUR-Lex 62021CC0268, BG): the Regulation's
        # articles up to the Charter's name, none of the Charter's after it
        ("Преюдициално запитване — Защита на личните данни — Регламент (ЕС) 2016/679 — Член 6, "
         "параграфи 3 и 4 — Законосъобразност на обработването — Представяне в гражданско "
         "съдебно производство на документ, който съдържа лични данни — Член 23, параграф 1, "
         "букви e) и й) — Защита на независимостта на съдебната власт и съдебните производства — "
         "Изпълнение по гражданскоправни искове — Изисквания, които трябва да се спазват — "
         "Отчитане на интересите на субектите на данни — Претегляне на съответните "
         "противоположни интереси — Член 5 — Свеждане на личните данни до минимум — Харта на "
         "основните права на Европейския съюз — Член 7 — Право на зачитане на личния живот — "
         "Член 8 — Право на защита на личните данни — Член 47 — Право на ефективна съдебна "
         "защита — Принцип на пропорционалност.\nДело C-268/21.",
         ("Регламент (ЕС) 2016/679", _GDPR,
          "Член 6, параграфи 3 и 4; Член 23, параграф 1, букви e) и й); Член 5")),
    ],
)  # fmt: skip
def test_articles_further_along_the_keyword_line(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _acts(text)


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # another instrument's name as a keyword before the article: the Charter (Italian, the
        # judgment in AMS, C-176/12, paperzz.com quoting it), a treaty's article with a digit
        # (Dutch, the Opinion in Digital Rights Ireland, C-293/12, curia.europa.eu: the
        # Charter's articles after ``Handvest van de grondrechten`` further on), the Charter
        # named in an article's keyword (German, C-412/21, EUR-Lex 62021CJ0412 DE)
        ("«Politica sociale – Direttiva 2002/14/CE – Carta dei diritti fondamentali dell’Unione "
         "europea – Articolo 27 – Subordinazione della creazione di organismi di rappresentanza "
         "del personale al raggiungimento di determinate soglie di lavoratori impiegati – Calcolo "
         "delle soglie – Normativa nazionale contraria al diritto dell’Unione – Ruolo del giudice "
         "nazionale»",
         None),
        ("„Elektronische communicatie – Richtlijn 2006/24/EG – Bewaring van gegevens die zijn "
         "gegenereerd of verwerkt in verband met het aanbieden van elektronische "
         "communicatiediensten – Geldigheid – Artikel 5, lid 4, VEU – Evenredigheid van het "
         "optreden van de Unie – Handvest van de grondrechten – Artikel 7 – Eerbiediging van het "
         "privéleven – Artikel 8 – Bescherming van persoonsgegevens – Artikel 52, lid 1 – "
         "Inmenging”",
         None),
        ("„Vorlage zur Vorabentscheidung – Verbrauchsteuern – Richtlinie 2008/118/EG – Art. 16 "
         "Abs. 1 – Zulassung zum Betrieb eines Steuerlagers für verbrauchsteuerpflichtige Waren – "
         "Aufeinanderfolgende Aussetzungsmaßnahmen – Strafrechtlicher Charakter – Art. 48 und 50 "
         "der Charta der Grundrechte der Europäischen Union – Grundsatz der Unschuldsvermutung“",
         "Art. 16 Abs. 1"),
        # English: the judgment in Puškár, C-73/16 (dpcuria.eu): the Charter's articles before
        # the act, a treaty's after it
        ("(Reference for a preliminary ruling — Charter of Fundamental Rights of the European "
         "Union — Articles 7, 8 and 47 — Directive 95/46/EC — Articles 1, 7 and 13 — Processing "
         "of personal data — Article 4(3) TEU — Drawing up of a list of personal data — Subject "
         "matter — Tax collection — Fight against tax fraud — Judicial review)",
         "Articles 1, 7 and 13"),
        # the act does not open its keyword: an article before it is its pinpoint, the one after
        # it not (adapted from the line of C-534/20 in ``test_dash_pinpoints``)
        ("( Reference – Article 5 of Directive 2000/78/EC – Age – Article 6 – Justification )",
         "Article 5"),
    ],
)  # fmt: skip
def test_the_walk_stops_at_another_instrument(text: str, pinpoint: str | None) -> None:
    (act,) = _acts(text)
    assert act[2] == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # a name with a capital after its first letter, lowercase names of the records'
        # instruments, a second act: the article after them is theirs (adapted from the lines
        # above: no real line found with these keywords before a bare article)
        "( Reference – Directive 95/46/EC – Scope – Rules of Procedure of the Court – Article 99 )",
        "« Renvoi – Directive 93/13/CEE – Clauses abusives – Convention de sauvegarde des droits "
        "de l’homme et des libertés fondamentales – Article 6 – Procès équitable »",
        "„Prejudiciële verwijzing – Richtlijn 93/13/EEG – Oneerlijke bedingen – Verdrag tot "
        "bescherming van de rechten van de mens – Artikel 6 – Eerlijk proces”",
        "( Reference – Directive 95/46/EC – Scope – Data Protection Directive – Article 3 )",
        # the act does not open its keyword: a list
        "( Reference – Directives 2001/29/EC and 2004/48/EC – Injunctions – Article 8 )",
        # the line ends before the article: a closing bracket, a blank line, a full stop
        "( Reference – Directive 95/46/EC – Scope ) – Article 8 – in the Opinion",
        "( Reference – Directive 95/46/EC – Scope\n\nArticle 8 – the Court – Article 9 )",
        "Reference – Directive 95/46/EC – Scope. Case C-1/23 – Article 8 – rights",
    ],
)
def test_no_article_across_another_name_or_the_lines_end(text: str) -> None:
    assert all(pin is None for _, _, pin in _acts(text))


def test_line_ends_read_as_before() -> None:
    """``_ends_line``'s character set and its ``in`` test for two blanks (one set searched:
    an alternation entered the pattern at every character) end the walk at the keywords the
    alternation ``[0-9.:;!?]|[ ]{2}`` did: every keyword between dashes of the development
    texts' folded views (the Court's keyword lines among them), and every piece of 240
    characters of them."""
    import re
    from pathlib import Path

    from eurefs.grammar import keyword_lines
    from eurefs.textview import TextView

    before = re.compile(r"[0-9.:;!?]|[ ]{2}")
    docs = sorted(Path(__file__).parents[1].glob("data/corpus*/docs/*.txt"))
    views = [TextView(doc.read_text(encoding="utf-8")).view for doc in docs]
    keywords = [k for view in views for k in view.split(" - ") if len(k) <= 240]
    pieces = [view[i : i + 240] for view in views for i in range(0, len(view), 120)]
    assert len(keywords) > 100
    assert any("  " in k and before.search(k.replace("  ", "")) is None for k in pieces)
    for keyword in keywords + pieces:
        ends = before.search(keyword) is not None or not keyword_lines._balanced(keyword)
        assert keyword_lines._ends_line(keyword) == ends, keyword
