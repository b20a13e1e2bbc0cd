"""Sentences with decisions of agreement bodies on no list or newly listed, and EU decisions
without a domain beside the words the general rules read (``test_agreement_bodies_any``).

Each sentence is quoted from a real text (source in the comment) unless marked UNCONFIRMED
(a title form or the wording of the issue).
"""

from __future__ import annotations

#: (sentence, language, the decision's text as cited, the body as written)
MORE_BODY_DECISIONS = [
    # bodies read by the general rule (``agreement_body_any_*``) or on the English list
    # eumonitor.eu, EUR-Lex 22006D0111 (title)
    (
        "2006/111/EC: Decision No 6/2005 of the ACP-EC Council of Ministers of 22 November 2005",
        "en",
        "Decision No 6/2005 of the ACP-EC Council of Ministers",
        "ACP-EC Council of Ministers",
    ),
    # OJ L 48, 18.2.2006, p. 19 (title in capitals, eumonitor.eu)
    (
        "DECISION No 6/2005 OF THE ACP-EC COUNCIL OF MINISTERS of 22 November 2005",
        "en",
        "DECISION No 6/2005 OF THE ACP-EC COUNCIL OF MINISTERS",
        "ACP-EC COUNCIL OF MINISTERS",
    ),
    # lexaris.de, EUR-Lex 22023D1474, recital 1
    (
        "In accordance with Decision No 3/2019 of the ACP-EU Committee of Ambassadors (2) (the",
        "en",
        "Decision No 3/2019 of the ACP-EU Committee of Ambassadors",
        "ACP-EU Committee of Ambassadors",
    ),
    # eumonitor.eu, COM(2021)173 (Trade Committee EU-Colombia, Peru, Ecuador), recital 7
    (
        "(7) Decision No 1/2014 of the Trade Committee provides for the adoption of its Rules",
        "en",
        "Decision No 1/2014 of the Trade Committee",
        "Trade Committee",
    ),
    # EUR-Lex 22004D0078 (title)
    (
        "2004/78/EC: Decision No 2/2003 of the Joint Veterinary Committee set up by the Agreement",
        "en",
        "Decision No 2/2003 of the Joint Veterinary Committee",
        "Joint Veterinary Committee",
    ),
    # EUR-Lex 22005D0022 (title): the body in lower case, on the list
    (
        "Decision No 2/2004 of the joint veterinary committee set up under the Agreement",
        "en",
        "Decision No 2/2004 of the joint veterinary committee",
        "joint veterinary committee",
    ),
    # the bodies of the brief (UNCONFIRMED wordings)
    (
        "Decision No 3/2016 of the EU-Korea Trade Committee of 13 December 2016",
        "en",
        "Decision No 3/2016 of the EU-Korea Trade Committee",
        "EU-Korea Trade Committee",
    ),
    (
        "as amended by Decision No 2/2003 of the Cooperation Committee, the",
        "en",
        "Decision No 2/2003 of the Cooperation Committee",
        "Cooperation Committee",
    ),
    (
        "Decision 1/2015 of the Specialised Committee on Citizens' Rights of 1 May",
        "en",
        "Decision 1/2015 of the Specialised Committee on Citizens' Rights",
        "Specialised Committee on Citizens' Rights",
    ),
    (
        "Decision No 1/2021 of the Specialised Committee on Trade in Goods of 20 May 2021",
        "en",
        "Decision No 1/2021 of the Specialised Committee on Trade in Goods",
        "Specialised Committee on Trade in Goods",
    ),
    (
        "ACP-EC Council of Ministers Decision No 1/2006 of 2 June 2006",
        "en",
        "ACP-EC Council of Ministers Decision No 1/2006",
        "ACP-EC Council of Ministers",
    ),
    (
        "EU-Korea Trade Committee Decision No 3/2016 amends",
        "en",
        "EU-Korea Trade Committee Decision No 3/2016",
        "EU-Korea Trade Committee",
    ),
    (
        "Decision No 1/2019 of the Management Board of the Agency",
        "en",
        "Decision No 1/2019 of the Management Board",
        "Management Board",
    ),
    # the number sign with a degree sign, as EUR-Lex 62007CJ0484_SUM writes 'n.° 1'
    (
        "(Decisão n.° 1/80 do Conselho de Associação, artigo 7.°, n.° 1)",
        "pt",
        "Decisão n.° 1/80 do Conselho de Associação",
        "Conselho de Associação",
    ),
    # EUR-Lex 21996D0213(01) (Finnish title): assosiointineuvosto, as EUR-Lex spells it
    (
        "EY-Turkki-assosiointineuvoston päätös N:o 1/95, tehty 22 päivänä joulukuuta 1995,",
        "fi",
        "EY-Turkki-assosiointineuvoston päätös N:o 1/95",
        "EY-Turkki-assosiointineuvoston",
    ),
    # the brief's spelling (UNCONFIRMED), and Finnish bodies on no list (title forms)
    (
        "assosiaationneuvoston päätös N:o 1/80 7 artikla",
        "fi",
        "assosiaationneuvoston päätös N:o 1/80",
        "assosiaationneuvoston",
    ),
    (
        "AKT–EY-ministerineuvoston päätös N:o 1/2006, tehty 2 päivänä kesäkuuta 2006",
        "fi",
        "AKT–EY-ministerineuvoston päätös N:o 1/2006",
        "AKT-EY-ministerineuvoston",
    ),
    (
        "EY–Sveitsi-maatalouskomitean päätös N:o 1/2019",
        "fi",
        "EY–Sveitsi-maatalouskomitean päätös N:o 1/2019",
        "EY-Sveitsi-maatalouskomitean",
    ),
    # Hungarian: the body as an adjective between the number and the type word (the
    # brief's wording, UNCONFIRMED)
    (
        "az 1/80 társulási tanácsi határozat 6. cikke",
        "hu",
        "1/80 társulási tanácsi határozat",
        "társulási tanácsi",
    ),
    # German: the body's decision in one word (and ``ARB``: see below).
    # linda.lindeverlag.at: 'Die ausländerrechtlichen Regelungen des
    # Assoziationsratsbeschlusses'; with its number (UNCONFIRMED)
    (
        "nach Art. 7 des Assoziationsratsbeschlusses Nr. 1/80 haben",
        "de",
        "Assoziationsratsbeschlusses Nr. 1/80",
        "Assoziationsrat",
    ),
    (
        "Der Assoziationsratsbeschluss Nr. 1/80 gilt",
        "de",
        "Assoziationsratsbeschluss Nr. 1/80",
        "Assoziationsrat",
    ),
    # the ACP-EC Council of Ministers and other bodies in the other languages: general
    # rules (``agreement_bodies.any_after``) and the lists
    # EUR-Lex 22006D0112 (French title, the superscript o set apart)
    (
        "2006/112/CE: Décision n o 7/2005 du Conseil des ministres ACP-CE du 22 novembre 2005",
        "fr",
        "Décision n o 7/2005 du Conseil des ministres ACP-CE",
        "Conseil des ministres ACP-CE",
    ),
    # EUR-Lex 22006D0608 (French, heading)
    (
        "DÉCISION N o 1/2006 DU CONSEIL DES MINISTRES ACP-CE du 2 juin 2006",
        "fr",
        "DÉCISION N o 1/2006 DU CONSEIL DES MINISTRES ACP-CE",
        "CONSEIL DES MINISTRES ACP-CE",
    ),
    # EUR-Lex 22006D0112 (German title)
    (
        "2006/112/EG: Beschluss Nr. 7/2005 des AKP-EG-Ministerrates vom 22. November 2005",
        "de",
        "Beschluss Nr. 7/2005 des AKP-EG-Ministerrates",
        "AKP-EG-Ministerrates",
    ),
    # EUR-Lex 22004D0078 (Spanish title, vlex.com)
    (
        "Decisión nº 2/2003 del Comité mixto veterinario creado por el Acuerdo entre la",
        "es",
        "Decisión nº 2/2003 del Comité mixto veterinario",
        "Comité mixto veterinario",
    ),
    # EUR-Lex 22019D0920 (Portuguese heading)
    (
        "DECISÃO N.o 1/2019 DO CONSELHO DE MINISTROS ACP-UE de 23 de maio de 2019",
        "pt",
        "DECISÃO N.o 1/2019 DO CONSELHO DE MINISTROS ACP-UE",
        "CONSELHO DE MINISTROS ACP-UE",
    ),
    # EUR-Lex 22007D0460 (Greek title)
    (
        "2007/460/ΕΚ: Απόφαση αριθ. 1/2007 του Συμβουλίου Υπουργών ΑΚΕ-ΕΚ, της 25ης Μαΐου 2007",
        "el",
        "Απόφαση αριθ. 1/2007 του Συμβουλίου Υπουργών ΑΚΕ-ΕΚ",
        "Συμβουλίου Υπουργών ΑΚΕ-ΕΚ",
    ),
    # title forms (UNCONFIRMED)
    (
        "Beschluss Nr. 2/2000 des Gemischten Rates EG-Mexiko vom 23. März 2000",
        "de",
        "Beschluss Nr. 2/2000 des Gemischten Rates EG-Mexiko",
        "Gemischten Rates EG-Mexiko",
    ),
    (
        "Beschluss Nr. 3/2016 des EU-Korea-Handelsausschusses",
        "de",
        "Beschluss Nr. 3/2016 des EU-Korea-Handelsausschusses",
        "EU-Korea-Handelsausschusses",
    ),
    (
        "Décision no 1/2014 du comité « commerce » du 5 mai",
        "fr",
        "Décision no 1/2014 du comité « commerce »",
        "comité « commerce »",
    ),
    (
        "decisione n. 3/2019 del Comitato degli ambasciatori ACP-UE",
        "it",
        "decisione n. 3/2019 del Comitato degli ambasciatori ACP-UE",
        "Comitato degli ambasciatori ACP-UE",
    ),
    (
        "Decisión no 2/2000 del Consejo Conjunto UE-México",
        "es",
        "Decisión no 2/2000 del Consejo Conjunto UE-México",
        "Consejo Conjunto UE-México",
    ),
    (
        "Besluit nr. 1/2006 van de ACS-EG-Raad van ministers",
        "nl",
        "Besluit nr. 1/2006 van de ACS-EG-Raad van ministers",
        "ACS-EG-Raad van ministers",
    ),
    (
        "Besluit nr. 1/2014 van het Handelscomité",
        "nl",
        "Besluit nr. 1/2014 van het Handelscomité",
        "Handelscomité",
    ),
    (
        "Decizia nr. 1/2019 a Consiliului de Miniștri ACP-UE",
        "ro",
        "Decizia nr. 1/2019 a Consiliului de Miniștri ACP-UE",
        "Consiliului de Miniștri ACP-UE",
    ),
    # EUR-Lex 22006D0608 (Czech heading)
    (
        "ROZHODNUTÍ č. 1/2006 RADY MINISTRŮ AKT–ES ze dne 2. června 2006,",
        "cs",
        "ROZHODNUTÍ č. 1/2006 RADY MINISTRŮ AKT–ES",
        "RADY MINISTRŮ AKT-ES",
    ),
    # EUR-Lex 22006D0608 (Slovak heading): the body between type word and number
    (
        "ROZHODNUTIE RADY MINISTROV AKT – ES č. 1/2006 z 2. júna 2006,",
        "sk",
        "ROZHODNUTIE RADY MINISTROV AKT – ES č. 1/2006",
        "RADY MINISTROV AKT - ES",
    ),
    # EUR-Lex 22006D0112 (Estonian title): the body before the type word
    (
        "2006/112/EÜ: AKV–EÜ ministrite nõukogu otsus nr 7/2005, 22. november 2005",
        "et",
        "AKV–EÜ ministrite nõukogu otsus nr 7/2005",
        "AKV-EÜ ministrite nõukogu",
    ),
    # EUR-Lex 22006D0111 (Slovenian title)
    (
        "2006/111/ES: Sklep Sveta ministrov AKP–ES št. 6/2005 z dne 22. novembra 2005",
        "sl",
        "Sklep Sveta ministrov AKP–ES št. 6/2005",
        "Sveta ministrov AKP-ES",
    ),
    # EUR-Lex 22006D0111 (Latvian title)
    (
        "2006/111/EK: ĀKK–EK Ministru padomes Lēmums Nr. 6/2005 ( 2005. gada 22. novembris )",
        "lv",
        "ĀKK–EK Ministru padomes Lēmums Nr. 6/2005",
        "ĀKK-EK Ministru padomes",
    ),
    # title form (UNCONFIRMED)
    (
        "AKR–EB ministrų tarybos sprendimas Nr. 1/2006",
        "lt",
        "AKR–EB ministrų tarybos sprendimas Nr. 1/2006",
        "AKR-EB ministrų tarybos",
    ),
    # title forms (UNCONFIRMED): the council of ministers with its parties
    (
        "Решение № 1/2006 на Съвета на министрите АКТБ-ЕО от 2 юни 2006 година",
        "bg",
        "Решение № 1/2006 на Съвета на министрите АКТБ-ЕО",
        "Съвета на министрите АКТБ-ЕО",
    ),
    (
        "Odluka br. 1/2006 Vijeća ministara AKP-EZ od 2. lipnja 2006.",
        "hr",
        "Odluka br. 1/2006 Vijeća ministara AKP-EZ",
        "Vijeća ministara AKP-EZ",
    ),
    (
        "Az AKCS–EK Miniszterek Tanácsa 1/2006 határozata (2006. június 2.)",
        "hu",
        "AKCS–EK Miniszterek Tanácsa 1/2006 határozata",
        "AKCS-EK Miniszterek Tanácsa",
    ),
    # e-prawnik.pl, OJ L 247, 2006 (Polish title)
    (
        "Decyzja nr 1/2006 Rady Ministrów AKP–WE z dnia 2 czerwca 2006 r. określająca",
        "pl",
        "Decyzja nr 1/2006 Rady Ministrów AKP–WE",
        "Rady Ministrów AKP-WE",
    ),
    # the body as the subject of 'adopted': EUR-Lex 42006D0611, recital 1 (dataverse copy);
    # the span is the decision, the normal form names the body
    (
        "In accordance with Article 95(3) of the ACP-EC Agreement, the ACP-EC Council of "
        "Ministers adopted on 25 June 2005 Decision No 5/2005 (1) on transitional measures",
        "en",
        "Decision No 5/2005",
        "ACP-EC Council of Ministers",
    ),
    (
        "the EEA Joint Committee has adopted Decision No 123/2019 amending Annex",
        "en",
        "Decision No 123/2019",
        "EEA Joint Committee",
    ),
    # EUR-Lex 22005D0297 (German), recital 1: the body as the subject
    (
        "(1) Der AKP-EG-Botschafterausschuss hat mit dem Beschluss Nr. 1/2001 vom 30. Januar 2001 "
        "im Rahmen einer Befugnisübertragung die Geschäftsordnung des Ministerrates angenommen.",
        "de",
        "Beschluss Nr. 1/2001",
        "AKP-EG-Botschafterausschuss",
    ),
    # any committee after the number (title forms, UNCONFIRMED)
    (
        "rozhodnutí č. 2/2003 Společného veterinárního výboru ze dne 25. listopadu 2003",
        "cs",
        "rozhodnutí č. 2/2003 Společného veterinárního výboru",
        "Společného veterinárního výboru",
    ),
    (
        "rozhodnutie č. 2/2003 Spoločného veterinárneho výboru z 25. novembra 2003",
        "sk",
        "rozhodnutie č. 2/2003 Spoločného veterinárneho výboru",
        "Spoločného veterinárneho výboru",
    ),
    (
        "Sklep št. 2/2003 Skupnega veterinarskega odbora z dne 25. novembra 2003",
        "sl",
        "Sklep št. 2/2003 Skupnega veterinarskega odbora",
        "Skupnega veterinarskega odbora",
    ),
    (
        "Odluka br. 2/2003 Zajedničkog veterinarskog odbora od 25. studenoga 2003.",
        "hr",
        "Odluka br. 2/2003 Zajedničkog veterinarskog odbora",
        "Zajedničkog veterinarskog odbora",
    ),
    (
        "decyzja nr 2/2003 Wspólnego Komitetu Weterynaryjnego z dnia 25 listopada 2003 r.",
        "pl",
        "decyzja nr 2/2003 Wspólnego Komitetu Weterynaryjnego",
        "Wspólnego Komitetu Weterynaryjnego",
    ),
    (
        "Decizia nr. 1/2014 a Comitetului de comerț din 5 mai 2014",
        "ro",
        "Decizia nr. 1/2014 a Comitetului",
        "Comitetului",
    ),
    (
        "Решение № 1/2014 на Комитета по търговия от 5 май 2014 година",
        "bg",
        "Решение № 1/2014 на Комитета",
        "Комитета",
    ),
    (
        "Deċiżjoni Nru 1/2014 tal-Kumitat tal-Kummerċ tal-5 ta' Mejju 2014",
        "mt",
        "Deċiżjoni Nru 1/2014 tal-Kumitat",
        "Kumitat",
    ),
    (
        "EL–Korea kaubanduskomitee otsus nr 3/2016, 13. detsember 2016",
        "et",
        "EL–Korea kaubanduskomitee otsus nr 3/2016",
        "EL-Korea kaubanduskomitee",
    ),
    # op.europa.eu publication title (Danish): the EC-Mexico Joint Council
    (
        "2003/98/EF: Afgørelse nr. 5/2002 truffet af Det Fælles Råd EF-Mexico den 24. december",
        "da",
        "Afgørelse nr. 5/2002 truffet af Det Fælles Råd EF-Mexico",
        "Det Fælles Råd EF-Mexico",
    ),
    # Danish and Swedish bodies on no list before the type word (title forms, UNCONFIRMED)
    (
        "AVS-EF-Ministerrådets afgørelse nr. 1/2006 af 2. juni 2006",
        "da",
        "AVS-EF-Ministerrådets afgørelse nr. 1/2006",
        "AVS-EF-Ministerrådets",
    ),
    (
        "AVS–EG-ministerrådets beslut nr 1/2006 av den 2 juni 2006",
        "sv",
        "AVS–EG-ministerrådets beslut nr 1/2006",
        "AVS-EG-ministerrådets",
    ),
    (
        "handelskommitténs beslut nr 1/2014 om",
        "sv",
        "handelskommitténs beslut nr 1/2014",
        "handelskommitténs",
    ),
]


#: Decisions numbered without a domain by an institution of the language, beside words
#: the general rules read: the CELEX stays.
EU_DECISIONS_WITHOUT_DOMAIN = [
    ("Decision 2010/427 of the Council", "en"),
    ("Decision 2010/427/EU of the Trade Committee", "en"),
    ("DECISION 2010/427 OF THE COUNCIL AND THE COMMISSION", "en"),
    ("Under Council Decision 2010/427 of 26 July 2010", "en"),
    ("The Council Decision 2010/427 of 26 July 2010", "en"),
    ("Decision 2010/427 of the European Council", "en"),
    ("Decision 2010/427 of the Council of the European Union", "en"),
    ("Decision 2010/427 of the High Representative", "en"),
    ("neuvoston päätös 2010/427", "fi"),
    ("a 2010/427 tanácsi határozat", "hu"),
    ("Decision 2010/427 of the EU Council", "en"),
    ("décision 2010/427 du Conseil du 26 juillet 2010", "fr"),
    ("décision 2010/427 du Conseil européen", "fr"),
    ("décision 2010/427 du Conseil de l'Union européenne", "fr"),
    ("Beschluss 2010/427 des Rates vom 26. Juli 2010", "de"),
    ("Beschluss 2010/427 des Europäischen Rates", "de"),
    ("Beschluss 2010/427 des EZB-Rates", "de"),
    ("Beschluss 2010/427 des EU-Ministerrates", "de"),
    ("BESCHLUSS 2010/427 DES EUROPÄISCHEN PARLAMENTS UND DES RATES", "de"),
    ("Decisión 2010/427 del Consejo de 26 de julio de 2010", "es"),
    ("Decisión 2010/427 del Consejo Europeo", "es"),
    ("decisione 2010/427 del Consiglio europeo", "it"),
    ("Decisão 2010/427 do Conselho", "pt"),
    ("Besluit 2010/427 van de Europese Raad", "nl"),
    ("Besluit 2010/427 van de EU-Raad", "nl"),
    ("decyzja 2010/427 Rady", "pl"),
    ("Ministerrådets afgørelse 2010/427", "da"),
    ("ECB-Rådets afgørelse 2010/427", "da"),
    ("ministerrådets beslut 2010/427", "sv"),
    ("EU-rådets beslut 2010/427", "sv"),
    ("Europaparlamentets och rådets beslut 2010/427", "sv"),
    ("the Council adopted Decision 2010/427 on", "en"),
    ("Der Rat hat mit dem Beschluss 2010/427 vom 26. Juli 2010", "de"),
    ("Der EZB-Rat hat mit dem Beschluss 2010/427", "de"),
    ("Ministerrat Beschluss 2010/427", "de"),
    ("the Commission has adopted Decision 2010/427", "en"),
    ("rozhodnutí 2010/427 Evropského parlamentu a Rady", "cs"),
    ("rozhodnutie 2010/427 Rady", "sk"),
    ("Sklep 2010/427 Komisije", "sl"),
    ("Odluka 2010/427 Vijeća", "hr"),
    ("decyzja 2010/427 Parlamentu Europejskiego i Rady", "pl"),
    ("Decizia 2010/427 a Consiliului", "ro"),
    ("Решение 2010/427 на Съвета", "bg"),
    ("Deċiżjoni 2010/427 tal-Kunsill", "mt"),
    ("Ministru padomes Lēmums 2010/427", "lv"),
    ("Решение 2010/427 на Съвета", "bg"),
    ("Odluka 2010/427 Vijeća ministara", "hr"),
    ("a Miniszterek Tanácsa 2010/427 határozata", "hu"),
    ("az EU Miniszterek Tanácsa 2010/427 határozata", "hu"),
    ("ministrų tarybos sprendimas 2010/427", "lt"),
    ("Deċiżjoni 2010/427 tal-Kummissjoni", "mt"),
    ("nõukogu otsus 2010/427", "et"),
    ("Euroopa Parlamendi ja nõukogu otsus 2010/427", "et"),
    ("a 2010/427/EU tanácsi határozat", "hu"),
    ("Eurooppa-neuvoston päätös 2010/427", "fi"),
    ("Euroopan parlamentin ja neuvoston päätös 2010/427", "fi"),
    ("neuvoston päätökset 2010/427/EU ja 2010/428/EU", "fi"),
]
