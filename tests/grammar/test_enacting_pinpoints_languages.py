"""An act's pinpoint after its title in the French, German, Italian, Slovak, Portuguese,
Polish, Spanish, Croatian, Latvian, Lithuanian, Swedish, Danish, Romanian, Greek, Estonian,
Czech, Slovenian and Bulgarian enacting formulas that cite it (Czech, Slovenian and Bulgarian
name the act again after it, ``pinpoints.enacting_tails``)
(``eurefs.grammar.enacting_pinpoints``, the records' ``pinpoints.enacting_intros``; the
Latvian and Lithuanian act's date and author before it, ``dated_forms_before``), as in Dutch
(``test_enacting_pinpoints``): each was None.
Texts: Commission acts as public repositories copy them from EUR-Lex (find_string, the
formula's lead after a footnote call: '(1), et notamment son article' ...)."""

from __future__ import annotations

import pytest

import eurefs


def _pinpoints(text: str) -> dict[str | None, str | None]:
    return {r.celex: r.pinpoint for r in eurefs.extract(text) if isinstance(r, eurefs.LegalActRef)}


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # the Commission's regulation on Prekmurska gibanica, French, German and Slovak
        ("LA COMMISSION EUROPÉENNE,\nvu le traité sur le fonctionnement de l'Union européenne,\n"
         "vu le règlement (UE) no 1151/2012 du Parlement européen et du Conseil du 21 novembre"
         " 2012 relatif aux systèmes de qualité applicables aux produits agricoles et aux"
         " denrées alimentaires (1), et notamment son article 52, paragraphe 2,\nconsidérant ce"
         " qui suit:", "32012R1151", "article 52, paragraphe 2"),
        ("DIE EUROPÄISCHE KOMMISSION -\ngestützt auf den Vertrag über die Arbeitsweise der"
         " Europäischen Union,\ngestützt auf die Verordnung (EU) Nr. 1151/2012 des Europäischen"
         " Parlaments und des Rates vom 21. November 2012 über Qualitätsregelungen für"
         " Agrarerzeugnisse und Lebensmittel (1), insbesondere auf Artikel 52 Absatz 2,\nin"
         " Erwägung nachstehender Gründe:", "32012R1151", "Artikel 52 Absatz 2"),
        ("EURÓPSKA KOMISIA,\nso zreteľom na Zmluvu o fungovaní Európskej únie,\nso zreteľom na"
         " nariadenie Európskeho parlamentu a Rady (EÚ) č. 1151/2012 z 21. novembra 2012 o"
         " systémoch kvality pre poľnohospodárske výrobky a potraviny (1), a najmä na jeho"
         " článok 52 ods. 2,\nkeďže:", "32012R1151", "článok 52 ods. 2"),
        # Commission Regulation (EC) No 925/2003, French (a model card quoting it)
        ("LA COMMISSION DES COMMUNAUTÉS EUROPÉENNES,\nvu le traité instituant la Communauté"
         " européenne,\nvu la décision 2003/298/CE du Conseil du 14 avril 2003 relative à la"
         " conclusion d'un protocole d'adaptation des aspects commerciaux de l'accord européen"
         " établissant une association entre les Communautés européennes et leurs États"
         " membres, d'une part, et la République tchèque, d'autre part, pour tenir compte des"
         " résultats des négociations entre les parties concernant l'établissement de nouvelles"
         " concessions agricoles réciproques(1), et notamment son article 3, paragraphe 2,\n"
         "considérant ce qui suit:", "32003D0298", "article 3, paragraphe 2"),
        # Commission Decision 2006/213/EC, German
        ("DIE KOMMISSION DER EUROPÄISCHEN GEMEINSCHAFTEN -\ngestützt auf den Vertrag zur"
         " Gründung der Europäischen Gemeinschaft,\ngestützt auf die Richtlinie 89/106/EWG des"
         " Rates vom 21. Dezember 1988 zur Angleichung der Rechts- und Verwaltungsvorschriften"
         " der Mitgliedstaaten über Bauprodukte (1), insbesondere auf Artikel 20 Absatz 2,\nin"
         " Erwägung nachstehender Gründe:", "31989L0106", "Artikel 20 Absatz 2"),
        # the Commission's regulation on Kalakukko, Italian (from JRC-Acquis): the lead's
        # elided article joined to the article
        ("LA COMMISSIONE DELLE COMUNITÀ EUROPEE, visto il trattato che istituisce la Comunità"
         " europea, visto il regolamento (CEE) n. 2082/92 del Consiglio, del 14 luglio 1992,"
         " relativo alle attestazioni di specificità dei prodotti agricoli ed"
         " alimentari(1), in particolare l'articolo 9, paragrafo 1, considerando quanto segue:",
         "31992R2082", "articolo 9, paragrafo 1"),
        # Commission Implementing Regulation (EU) No 419/2012, Spanish (EUR-Lex 32012R0419;
        # pages corpus): the pinpoint read with another article of the act after it
        ("Visto el Reglamento (CE) no 1234/2007 del Consejo, de 22 de octubre de 2007, por el"
         " que se crea una organización común de mercados agrícolas y se establecen"
         " disposiciones específicas para determinados productos agrícolas (Reglamento único"
         " para las OCM) (1), y, en particular, su artículo 43, letras f) y g), leído en"
         " relación con su artículo 4,\n", "32007R1234", "artículo 43, letras f) y g)"),
        ("Visto el Reglamento (CE) no 2799/98 del Consejo, de 15 de diciembre de 1998, por el"
         " que se establece el régimen agromonetario del euro (2), y, en particular, su"
         " artículo 3, apartado 2,\nConsiderando lo siguiente:", "31998R2799",
         "artículo 3, apartado 2"),
        # Commission Implementing Regulation (EU) No 643/2014, Croatian (EUR-Lex 32014R0643;
        # pages corpus)
        ("uzimajući u obzir Direktivu 2003/41/EZ Europskog parlamenta i Vijeća od 3. lipnja"
         " 2003. o djelatnostima i nadzoru institucija za strukovno mirovinsko osiguranje (1),"
         " a posebno njezin članak 20. stavak 11. četvrti podstavak,\nbudući da:",
         "32003L0041", "članak 20. stavak 11. četvrti podstavak"),
        # Council Decision (EU) 2023/2650, Croatian (EUR-Lex 32023D2650; pages corpus)
        ("uzimajući u obzir Uredbu Vijeća (EZ) br. 2894/94 od 28. studenoga 1994. o postupcima"
         " za provedbu Sporazuma o Europskom gospodarskom prostoru (1), a posebno njezin"
         " članak 1. stavak 3.,\n", "31994R2894", "članak 1. stavak 3."),
        # Latvian and Lithuanian: the act's date (and author) between the intro and the type
        # word, the pinpoint's numbers first
        # Commission Regulation (EC) No 883/2007, Lithuanian (EUR-Lex 32007R0883; pages corpus)
        ("EUROPOS BENDRIJŲ KOMISIJA,\natsižvelgdama į Europos bendrijos steigimo sutartį,\n"
         "atsižvelgdama į 2003 m. rugsėjo 29 d. Tarybos reglamentą (EB) Nr. 1784/2003 dėl bendro"
         " grūdų rinkos organizavimo (1), ypač į jo 6 straipsnį,\nkadangi:", "32003R1784",
         "6 straipsnį"),
        # Commission Regulation (EC) No 238/2005, Lithuanian (EUR-Lex, OJ L 42 of 12.2.2005,
        # LT; pages corpus): the Commission's own regulation, a paragraph in the pinpoint
        ("atsižvelgdama į 1994 m. gruodžio 21 d. Komisijos reglamentą (EB) Nr. 3223/94 dėl"
         " vaisių ir daržovių importo taisyklių (1), ypač į jo 4 straipsnio 1 dalį,\nkadangi:",
         "31994R3223", "4 straipsnio 1 dalį"),
        # the Parliament's discharge of the European Environment Agency for 2013, Latvian
        # (europarl.europa.eu, A-8-2015-0083_LV; pages corpus): the author before the date
        ("–       ņemot vērā Eiropas Parlamenta un Padomes 2009. gada 23. aprīļa Regulu (EK) Nr."
         " 401/2009 par Eiropas Vides aģentūru un Eiropas Vides informācijas un novērojumu"
         " tīklu[4], un jo īpaši tās 13. pantu,\n", "32009R0401", "13. pantu"),
        # the discharge of the European Institute of Innovation and Technology for 2014,
        # Latvian (europarl.europa.eu, A-8-2016-0117_LV; pages corpus): no comma before the
        # lead after the footnote call
        ("–  ņemot vērā Eiropas Parlamenta un Padomes 2008. gada 11. marta Regulu (EK) Nr."
         " 294/2008 par Eiropas Inovāciju un tehnoloģiju institūta izveidi[4] un jo īpaši tās"
         " 21. pantu,\n", "32008R0294", "21. pantu"),
    ],
)  # fmt: skip
def test_the_formula_gives_the_act_its_pinpoint(text: str, celex: str, pinpoint: str) -> None:
    assert _pinpoints(text) == {celex: pinpoint}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Commission Implementing Regulation (EU) 2025/846, Slovak (EUR-Lex; pages corpus):
        # the title repeals Directive 1999/93/EC, so the article may be either's (English
        # 'thereof' after such a title likewise)
        ("so zreteľom na nariadenie Európskeho parlamentu a Rady (EÚ) č. 910/2014 z 23. júla"
         " 2014 o elektronickej identifikácii a dôveryhodných službách pre elektronické"
         " transakcie na vnútornom trhu a o zrušení smernice 1999/93/ES (1), a najmä na jeho"
         " článok 11a ods. 3,", {"32014R0910": None, "31999L0093": None}),
        # the Parliament's discharge of the European Police College for 2014, Croatian
        # (europarl.europa.eu, A-8-2016-0088_HR; pages corpus): repealing Decision 2000/820/JHA
        ("–  uzimajući u obzir Odluku Vijeća 2005/681/PUP od 20. rujna 2005. o osnivanju"
         " Europske policijske akademije (CEPOL) i stavljanju izvan snage Odluke"
         " 2000/820/PUP[4], a posebno njezin članak 16.,",
         {"32005D0681": None, "32000D0820": None}),
        # Commission Delegated Regulation (EU) 2015/1829, Latvian (EUR-Lex 32015R1829; pages
        # corpus): repealing Regulation (EC) No 3/2008
        ("ņemot vērā Eiropas Parlamenta un Padomes 2014. gada 22. oktobra Regulu (ES) Nr."
         " 1144/2014 par tādiem informācijas un veicināšanas pasākumiem attiecībā uz"
         " lauksaimniecības produktiem, ko īsteno iekšējā tirgū un trešās valstīs, un ar kuru"
         " atceļ Padomes Regulu (EK) Nr. 3/2008 (1), un jo īpaši tās 7. panta 2. punktu,",
         {"32014R1144": None, "32008R0003": None}),
    ],
)  # fmt: skip
def test_a_title_naming_another_act_leaves_it_undecided(
    text: str, expected: dict[str, None]
) -> None:
    assert _pinpoints(text) == expected


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # Commission Implementing Regulation (EU) 2019/1374, Portuguese (EUR-Lex 32019R1374;
        # pages corpus): an intro longer than the 12 characters once looked at before the act
        ("Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente o"
         " artigo 266.o,\nTendo em conta o Regulamento (UE) 2016/1036 do Parlamento Europeu e do"
         " Conselho, de 8 de junho de 2016, relativo à defesa contra as importações objeto de"
         " dumping dos países não membros da União Europeia (1), nomeadamente o artigo 14.o,\n"
         "Considerando o seguinte:", "32016R1036", "artigo 14.º"),
        # Commission Implementing Decision (EU) 2015/1918, Polish (EUR-Lex 32015D1918 as
        # docplayer.pl reproduces it; pages corpus): the footnote call with blanks inside
        ("KOMISJA EUROPEJSKA, uwzględniając Traktat o funkcjonowaniu Unii Europejskiej,"
         " uwzględniając rozporządzenie (WE) nr 882/2004 Parlamentu Europejskiego i Rady z dnia"
         " 29 kwietnia 2004 r. w sprawie kontroli urzędowych przeprowadzanych w celu sprawdzenia"
         " zgodności z prawem paszowym i żywnościowym oraz regułami dotyczącymi zdrowia zwierząt"
         " i dobrostanu zwierząt ( 1 ), w szczególności jego art. 63 ust. 1 akapit drugi,"
         " a także mając na uwadze, co następuje:", "32004R0882", "art. 63 ust. 1 akapit drugi"),
    ],
)  # fmt: skip
def test_portuguese_and_polish_formulas(text: str, celex: str, pinpoint: str) -> None:
    assert _pinpoints(text) == {celex: pinpoint}


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # Commission Delegated Regulation (EU) No 1255/2014, Swedish (OJ L 337, as docplayer.se
        # reproduces it; pages corpus)
        ("med beaktande av fördraget om Europeiska unionens funktionssätt, med beaktande av"
         " Europaparlamentets och rådets förordning (EU) nr 223/2014 av den 11 mars 2014 om"
         " fonden för europeiskt bistånd till dem som har det sämst ställt ( 1 ), särskilt"
         " artikel 13.6, och av följande skäl:", "32014R0223", "artikel 13.6"),
        # Commission Implementing Decision (EU) 2019/2032, Danish (EUR-Lex 32019D2032; pages
        # corpus)
        ("under henvisning til Rådets direktiv 2000/29/EF af 8. maj 2000 om foranstaltninger"
         " mod indslæbning i Fællesskabet af skadegørere på planter eller planteprodukter og"
         " mod deres spredning inden for Fællesskabet (1), særlig artikel 16, stk. 3, tredje"
         " punktum, og\n", "32000L0029", "artikel 16, stk. 3, tredje punktum"),
        # Commission Regulation (EC) No 1848/2006, Romanian (EUR-Lex 32006R1848; pages corpus)
        ("având în vedere Tratatul de instituire a Comunității Europene,\navând în vedere"
         " Regulamentul (CE) nr. 1290/2005 al Consiliului din 21 iunie 2005 privind finanțarea"
         " politicii agricole comune (1), în special articolul 42,\n", "32005R1290",
         "articolul 42"),
        # Commission Implementing Directive (EU) 2017/1279, Greek (EUR-Lex 32017L1279; pages
        # corpus): the intro's article in the act's gender (την οδηγία)
        ("Έχοντας υπόψη την οδηγία 2000/29/ΕΚ του Συμβουλίου, της 8ης Μαΐου 2000, περί μέτρων"
         " κατά της εισαγωγής στην Κοινότητα οργανισμών επιβλαβών για τα φυτά ή τα φυτικά"
         " προϊόντα και κατά της εξάπλωσής τους στο εσωτερικό της Κοινότητας (1), και ιδίως το"
         " άρθρο 14 δεύτερο εδάφιο στοιχεία γ) και δ),\n", "32000L0029",
         "άρθρο 14 δεύτερο εδάφιο στοιχεία γ) και δ)"),
        # Commission Regulation (EU) No 479/2010, Czech (its consolidated text on
        # publications.europa.eu; pages corpus): the act named again after the pinpoint, a
        # joined article between
        ("s ohledem na nařízení Rady (ES) č. 1234/2007 ze dne 22. října 2007, kterým se stanoví"
         " společná organizace zemědělských trhů a zvláštní ustanovení pro některé zemědělské"
         " produkty (jednotné nařízení o společné organizaci trhů) ( 1 ), a zejména na čl. 192"
         " odst. 2 ve spojení s článkem 4 uvedeného nařízení,\n", "32007R1234",
         "čl. 192 odst. 2"),
        # Decision (EU) 2021/1439 of the European Central Bank, Estonian (EUR-Lex 32021D1439;
        # pages corpus): the author and date before the type word, the lead after the
        # footnote call
        ("võttes arvesse nõukogu 15. oktoobri 2013. aasta määrust (EL) nr 1024/2013, millega"
         " antakse Euroopa Keskpangale eriülesanded seoses krediidiasutuste usaldatavusnõuete"
         " täitmise järelevalve poliitikaga, (2) eelkõige selle artikli 4 lõike 1 punkti d,\n",
         "32013R1024", "artikli 4 lõike 1 punkti d"),
        # Council Decision (EU) 2023/2650, Slovenian (EUR-Lex 32023D2650; pages corpus): the
        # act named again after the pinpoint
        ("ob upoštevanju Uredbe Sveta (ES) št. 2894/94 z dne 28. novembra 1994 o pravilih za"
         " izvajanje Sporazuma o Evropskem gospodarskem prostoru (1) in zlasti člena 1(3)"
         " Uredbe,\n", "31994R2894", "člena 1(3)"),
        # Commission Regulation (EC) No 507/2008, Bulgarian (EUR-Lex 32008R0507; pages
        # corpus): the act named again after the pinpoint by the pronoun of its gender
        ("като взе предвид Договора за създаване на Европейската общност,\nкато взе предвид"
         " Регламент (ЕО) № 1673/2000 на Съвета от 27 юли 2000 г. относно общата организация на"
         " пазарите на лен и на коноп за влакно (1), и по-специално член 9 от него,\n",
         "32000R1673", "член 9"),
    ],
)  # fmt: skip
def test_more_languages_formulas(text: str, celex: str, pinpoint: str) -> None:
    assert _pinpoints(text) == {celex: pinpoint}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Commission Delegated Regulation (EU) 2020/592, Danish (EUR-Lex 32020R0592; pages
        # corpus): the title repeals four regulations
        ("under henvisning til Europa-Parlamentets og Rådets forordning (EU) nr. 1308/2013 af 17."
         " december 2013 om en fælles markedsordning for landbrugsprodukter og om ophævelse af"
         " Rådets forordning (EØF) nr. 922/72, (EØF) nr. 234/79, (EF) nr. 1037/2001 og (EF) nr."
         " 1234/2007 (1), særlig artikel 219, stk. 1, sammenholdt med artikel 228, og\n",
         {"32013R1308": None, "31972R0922": None, "31979R0234": None, "32001R1037": None,
          "32007R1234": None}),
        # Commission Decision 2010/384/EU, Bulgarian (EUR-Lex 32010D0384; pages corpus): the
        # title amends another directive, so 'от нея' may name either
        ("като взе предвид Директива 2003/87/ЕО на Европейския парламент и на Съвета от 13"
         " октомври 2003 г. за установяване на Схема за търговия с квоти за емисии на парникови"
         " газове в рамките на Общността и за изменение на Директива 96/61/ЕО на Съвета (1), и"
         " по-специално член 9, втора алинея от нея,\n",
         {"32003L0087": None, "31996L0061": None}),
    ],
)  # fmt: skip
def test_a_danish_title_naming_other_acts_leaves_it_undecided(
    text: str, expected: dict[str, None]
) -> None:
    assert _pinpoints(text) == expected
