"""Decisions of agreement bodies get no CELEX in any language; EU decisions keep theirs.

Each sentence is quoted from a real text (source in the comment) unless marked
*title form*: those follow the EUR-Lex title of the body's decisions in that language,
not yet seen in a text read for this project (UNCONFIRMED in ``languages/_sources``).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import agreement_bodies
from eurefs.models.references import LegalActRef

#: (sentence, language, the decision's text as cited, the body as written)
BODY_DECISIONS = [
    # wordscope.be (EUR-Lex sentence pair nl/de)
    (
        "Der Beschluss Nr. 1/80 des Assoziationsrats EWG-Türkei sieht vor, dass die",
        "de",
        "Beschluss Nr. 1/80 des Assoziationsrats EWG-Türkei",
        "Assoziationsrats EWG-Türkei",
    ),
    # Liechtensteinisches Landesgesetzblatt 2000 Nr. 78 (gesetze.li)
    (
        "Anhang VI des Abkommens wurde durch den Beschluss Nr. 65/2000 des Gemeinsamen "
        "EWR-Ausschusses vom 2. August 2000 geändert.",
        "de",
        "Beschluss Nr. 65/2000 des Gemeinsamen EWR-Ausschusses",
        "Gemeinsamen EWR-Ausschusses",
    ),
    # EUR-Lex 31980R3540 (German): the Beschluss in the genitive
    (
        "In Anhang IV des Beschlusses Nr. 1/77 des Assoziationsrats EWG-Türkei über neue",
        "de",
        "Beschlusses Nr. 1/77 des Assoziationsrats EWG-Türkei",
        "Assoziationsrats EWG-Türkei",
    ),
    # CURIA C-171/01 (French), heading
    (
        "Article 10, paragraphe 1, de la décision no 1/80 du conseil d'association - Principe",
        "fr",
        "décision no 1/80 du conseil d'association",
        "conseil d'association",
    ),
    # EUR-Lex 61994CJ0277 (French), keywords
    (
        "(Accord d' association CEE-Turquie, art. 6, 22, § 1, et 23; décision n 3/80 du conseil "
        "d' association CEE-Turquie)",
        "fr",
        "décision n 3/80 du conseil d' association CEE-Turquie",
        "conseil d' association CEE-Turquie",
    ),
    # C-300/09 and C-301/09 summary (Spanish, juristeca.com)
    (
        "Regla de standstill del artículo 13 de la Decisión nº1/80 del Consejo de Asociación",
        "es",
        "Decisión nº1/80 del Consejo de Asociación",
        "Consejo de Asociación",
    ),
    # EUR-Lex 62009CJ0300_SUM (Italian)
    (
        "(Decisione n. 1/80 del Consiglio d’associazione CEE-Turchia, art. 13)",
        "it",
        "Decisione n. 1/80 del Consiglio d’associazione CEE-Turchia",
        "Consiglio d’associazione CEE-Turchia",
    ),
    # EUR-Lex 31991D0163 (Italian), citation
    (
        "vista la decisione n. 1/77 del Consiglio di associazione CEE-Turchia, del 17 maggio 1977,",
        "it",
        "decisione n. 1/77 del Consiglio di associazione CEE-Turchia",
        "Consiglio di associazione CEE-Turchia",
    ),
    # EUR-Lex 62007CJ0484_SUM (Portuguese): a non-breaking hyphen in CEE‑Turquia
    (
        "(Decisão n.º 1/80 do Conselho de Associação CEE\u2011Turquia, artigo 7.°, n.° 1)",
        "pt",
        "Decisão n.º 1/80 do Conselho de Associação CEE\u2011Turquia",
        "Conselho de Associação CEE-Turquia",
    ),
    # wordscope.be (EUR-Lex sentence pair nl/de)
    (
        "Besluit nr. 1/80 van de Associatieraad EEG-Turkije bepaalt dat de lidstaten",
        "nl",
        "Besluit nr. 1/80 van de Associatieraad EEG-Turkije",
        "Associatieraad EEG-Turkije",
    ),
    # opmaat.sdu.nl BWBS0000901 (Decision 1/80 in Dutch), recital
    (
        "de regeling ingesteld bij Besluit nr. 2/76 van de Associatieraad; dat voorts",
        "nl",
        "Besluit nr. 2/76 van de Associatieraad",
        "Associatieraad",
    ),
    # op.europa.eu publication title (Danish)
    (
        "Det Blandede EØS-Udvalgs afgørelse nr. 96/2010 af 2. juli 2010 om ændring af protokol 31",
        "da",
        "Det Blandede EØS-Udvalgs afgørelse nr. 96/2010",
        "Det Blandede EØS-Udvalgs",
    ),
    # EUR-Lex 62001CJ0171_SUM (Finnish)
    (
        "(ETY-Turkki-assosiaationeuvoston päätöksen N:o 1/80 10 artiklan 1 kohta)",
        "fi",
        "ETY-Turkki-assosiaationeuvoston päätöksen N:o 1/80",
        "ETY-Turkki-assosiaationeuvoston",
    ),
    # EUR-Lex 61998CJ0065_SUM (Finnish): a participle between body and type word
    (
        "(ETY:n ja Turkin assosiaationeuvoston tekemän päätöksen N:o 1/80 7 artiklan 1 kohta)",
        "fi",
        "assosiaationeuvoston tekemän päätöksen N:o 1/80",
        "assosiaationeuvoston",
    ),
    # EUR-Lex 62001CJ0171_SUM (Greek)
    (
        "(Απόφαση 1/80 του Συμβουλίου Συνδέσεως ΕΟΚ-Τουρκίας, άρθρο 10 § 1)",
        "el",
        "Απόφαση 1/80 του Συμβουλίου Συνδέσεως ΕΟΚ-Τουρκίας",
        "Συμβουλίου Συνδέσεως ΕΟΚ-Τουρκίας",
    ),
    # EUR-Lex 62009CJ0300_SUM (Hungarian): number first, a non-breaking hyphen
    (
        "(Az EGK\u2011Törökország Társulási Tanács 1/80 határozata, 13. cikk)",
        "hu",
        "EGK\u2011Törökország Társulási Tanács 1/80 határozata",
        "EGK-Törökország Társulási Tanács",
    ),
    # EUR-Lex 62002CJ0275 (Czech), summary
    (
        "(Rozhodnutí č. 1/80 Rady přidružení EHS-Turecko, čl. 7, první pododstavec)",
        "cs",
        "Rozhodnutí č. 1/80 Rady přidružení EHS-Turecko",
        "Rady přidružení EHS-Turecko",
    ),
    # CURIA C-325/05 (Romanian), heading
    (
        "Articolele 6, 7 și 14 din Decizia nr. 1/80 a Consiliului de asociere – Dreptul de acces",
        "ro",
        "Decizia nr. 1/80 a Consiliului de asociere",
        "Consiliului de asociere",
    ),
    # the body between the type word and the number (family agreement_decisions)
    # Liechtensteinisches Landesgesetzblatt 2003 Nr. 208 (gesetze.li)
    (
        "Anhang I des Abkommens wurde durch den Beschluss des Gemeinsamen EWR-Ausschusses "
        "Nr. 39/2003 vom 16. Mai 2003 geändert.",
        "de",
        "Beschluss des Gemeinsamen EWR-Ausschusses Nr. 39/2003",
        "Gemeinsamen EWR-Ausschusses",
    ),
    # OJ L 64, 10.3.2005, contents (French, EUR-Lex)
    (
        "Décision du Comité mixte de l'EEE no 115/2004 du 6 août 2004 modifiant le protocole 31",
        "fr",
        "Décision du Comité mixte de l'EEE no 115/2004",
        "Comité mixte de l'EEE",
    ),
    # prawo.pl, OJ L 94, 2003 (Polish)
    (
        "(1) Załącznik I do Porozumienia został zmieniony decyzją Wspólnego Komitetu EOG nr "
        "158/2002 z dnia 6 grudnia 2002 r.",
        "pl",
        "decyzją Wspólnego Komitetu EOG nr 158/2002",
        "Wspólnego Komitetu EOG",
    ),
    # EUR-Lex 62010CJ0187_SUM (Czech)
    (
        "(Rozhodnutí Rady přidružení EHS-Turecko č. 1/80, čl. 6 odst. 1)",
        "cs",
        "Rozhodnutí Rady přidružení EHS-Turecko č. 1/80",
        "Rady přidružení EHS-Turecko",
    ),
    # CURIA C-373/03 (Slovak), heading
    (
        "Voľný pohyb pracovníkov – Rozhodnutie asociačnej rady č. 1/80 – Články 6 a 7",
        "sk",
        "Rozhodnutie asociačnej rady č. 1/80",
        "asociačnej rady",
    ),
    # EUR-Lex 61991CJ0237_SUM (Italian)
    (
        "(Accordo di Associazione CEE-Turchia; decisione del Consiglio di Associazione "
        "CEE-Turchia n. 1/80)",
        "it",
        "decisione del Consiglio di Associazione CEE-Turchia n. 1/80",
        "Consiglio di Associazione CEE-Turchia",
    ),
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
    # rules (``agreement_body_any_after``) and the lists
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
        "decyzja nr 1/2019 Rady Ministrów AKP-UE",
        "pl",
        "decyzja nr 1/2019 Rady Ministrów AKP-UE",
        "Rady Ministrów AKP-UE",
    ),
    (
        "Decizia nr. 1/2019 a Consiliului de Miniștri ACP-UE",
        "ro",
        "Decizia nr. 1/2019 a Consiliului de Miniștri ACP-UE",
        "Consiliului de Miniștri ACP-UE",
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
    # titles in capitals
    # Decision No 1/80 as published (silo.tips copy)
    (
        "DECISION No 1/80 OF THE ASSOCIATION COUNCIL OF 19 SEPTEMBER 1980 ON THE DEVELOPMENT",
        "en",
        "DECISION No 1/80 OF THE ASSOCIATION COUNCIL",
        "ASSOCIATION COUNCIL",
    ),
    # EUR-Lex 01994A0103(01)-20191214, list of amending acts
    (
        "►M2 | DECISION OF THE EEA JOINT COMMITTEE No 2/94 of 8 February 1994 | L 85",
        "en",
        "DECISION OF THE EEA JOINT COMMITTEE No 2/94",
        "EEA JOINT COMMITTEE",
    ),
    (
        "►M12 | DECISION OF THE EEA COUNCIL No 1/95 of 10 March 1995 | L 86",
        "en",
        "DECISION OF THE EEA COUNCIL No 1/95",
        "EEA COUNCIL",
    ),
    # prawo.pl, OJ L 160, 28.6.1994 (Polish)
    (
        "DECYZJA WSPÓLNEGO KOMITETU EOG nr 7/94 z dnia 21 marca 1994 r.",
        "pl",
        "DECYZJA WSPÓLNEGO KOMITETU EOG nr 7/94",
        "WSPÓLNEGO KOMITETU EOG",
    ),
    # title forms (UNCONFIRMED)
    (
        "Gemensamma EES-kommitténs beslut nr 123/2019 av den 10 maj 2019",
        "sv",
        "Gemensamma EES-kommitténs beslut nr 123/2019",
        "Gemensamma EES-kommitténs",
    ),
    (
        "ETA:n sekakomitean päätös N:o 123/2019, annettu 10 päivänä toukokuuta 2019",
        "fi",
        "ETA:n sekakomitean päätös N:o 123/2019",
        "ETA:n sekakomitean",
    ),
    (
        "EMP Ühiskomitee otsus nr 123/2019, 10. mai 2019,",
        "et",
        "EMP Ühiskomitee otsus nr 123/2019",
        "EMP Ühiskomitee",
    ),
    (
        "pagal EEE jungtinio komiteto sprendimą Nr. 1/95 ir",
        "lt",
        "EEE jungtinio komiteto sprendimą Nr. 1/95",
        "EEE jungtinio komiteto",
    ),
    (
        "Bendradarbiavimo tarybos sprendimu Nr. 3/84 nustatyta",
        "lt",
        "Bendradarbiavimo tarybos sprendimu Nr. 3/84",
        "Bendradarbiavimo tarybos",
    ),
    (
        "EEZ Apvienotās komitejas Lēmums Nr. 123/2019 (2019. gada 10. maijs)",
        "lv",
        "EEZ Apvienotās komitejas Lēmums Nr. 123/2019",
        "EEZ Apvienotās komitejas",
    ),
    (
        "Az EGT-Vegyesbizottság 123/2019 határozata a megállapodás",
        "hu",
        "EGT-Vegyesbizottság 123/2019 határozata",
        "EGT-Vegyesbizottság",
    ),
    (
        "zmieniona decyzją nr 1/80 Rady Stowarzyszenia z dnia 19 września 1980 r.",
        "pl",
        "decyzją nr 1/80 Rady Stowarzyszenia",
        "Rady Stowarzyszenia",
    ),
    (
        "rozhodnutie č. 1/80 Asociačnej rady z 19. septembra 1980",
        "sk",
        "rozhodnutie č. 1/80 Asociačnej rady",
        "Asociačnej rady",
    ),
    (
        "Sklep št. 1/80 Pridružitvenega sveta z dne 19. septembra 1980",
        "sl",
        "Sklep št. 1/80 Pridružitvenega sveta",
        "Pridružitvenega sveta",
    ),
    (
        "Odluka br. 1/80 Vijeća za pridruživanje od 19. rujna 1980.",
        "hr",
        "Odluka br. 1/80 Vijeća za pridruživanje",
        "Vijeća za pridruživanje",
    ),
    (
        "Решение № 1/80 на Съвета за асоцииране от 19 септември 1980 година",
        "bg",
        "Решение № 1/80 на Съвета за асоцииране",
        "Съвета за асоцииране",
    ),
    (
        "id-Deċiżjoni Nru 1/80 tal-Kunsill ta' Assoċjazzjoni tad-19 ta' Settembru 1980",
        "mt",
        "Deċiżjoni Nru 1/80 tal-Kunsill ta' Assoċjazzjoni",
        "Kunsill ta' Assoċjazzjoni",
    ),
    (
        "Cinneadh Uimh. 1/80 ón gComhairle Comhlachais an 19 Meán Fómhair 1980",
        "ga",
        "Cinneadh Uimh. 1/80 ón gComhairle Comhlachais",
        "gComhairle Comhlachais",
    ),
]


def _acts(text: str) -> list[LegalActRef]:
    return [r for r in eurefs.extract(text) if isinstance(r, LegalActRef)]


@pytest.mark.parametrize(
    ("text", "lang", "cited", "body"),
    BODY_DECISIONS,
    ids=[f"{c[1]}-{c[2][:30]}" for c in BODY_DECISIONS],
)
def test_a_body_decision_has_the_body_in_span_and_no_celex(
    text: str, lang: str, cited: str, body: str
) -> None:
    acts = _acts(text)
    assert len(acts) == 1, acts
    ref = acts[0]
    assert (ref.text, ref.lang, ref.act_type) == (cited, lang, "decision")
    assert ref.celex is None and ref.celex_candidates == [] and ref.eurlex_url is None
    assert ref.author is not None and ref.author.replace("\u2011", "-") == body
    assert body.split()[-1].replace("\u2011", "-") in ref.normalized.replace("\u2011", "-")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # EUR-Lex 61989CJ0192 (Swedish), keywords: a list, the body after its last member
        (
            "(associeringsavtalet mellan EEG och Turkiet; beslut nr 2/76 och 1/80 av det genom "
            "associeringsavtalet mellan EEG och Turkiet inrättade associeringsrådet)",
            2,
        ),
        ("Decisions No 2/76 and No 1/80 of the Association Council", 2),
        ("associeringsrådets beslut nr 2/76 och 1/80 gäller", 2),
        # the Finnish plural (UNCONFIRMED wording)
        ("assosiaationeuvoston päätökset N:o 1/80 ja N:o 3/80", 2),
        # Liechtensteinisches Landesgesetzblatt 2000 Nr. 239 (gesetze.li)
        (
            "macht die Regierung in den Anhängen 1 bis 7 die Beschlüsse Nr. 86/2000, 89/2000, "
            "90/2000, 92/2000, 96/2000, 98/2000 und 99/2000 des Gemeinsamen EWR-Ausschusses kund.",
            7,
        ),
        # Liechtensteinisches Landesgesetzblatt 2000 Nr. 78: a range the list does not read,
        # then the body
        (
            "die Beschlüsse Nr. 1/2000 bis 3/2000, 5/2000, 6/2000 und 8/2000 des Gemeinsamen "
            "EWR-Ausschusses kund.",
            1,
        ),
    ],
)
def test_every_member_of_a_list_of_body_decisions_has_no_celex(text: str, n: int) -> None:
    acts = _acts(text)
    assert len(acts) == n
    assert all(a.celex is None and a.author for a in acts), acts
    assert len({a.normalized for a in acts}) == n
    assert all(a.author and a.author.split()[-1] in a.normalized for a in acts)


#: EU decisions beside the word for Council (or an agreement body): the CELEX stays.
EU_DECISIONS = [
    ("Council Decision 2010/427/EU", "en"),
    ("Décision 2010/427/UE du Conseil", "fr"),
    ("Beschluss 2010/427/EU des Rates", "de"),
    ("Decisión 2010/427/UE del Consejo", "es"),
    ("decisione 2010/427/UE del Consiglio", "it"),
    ("Decisão 2010/427/UE do Conselho", "pt"),
    ("Besluit 2010/427/EU van de Raad", "nl"),
    ("Rådets afgørelse 2010/427/EU", "da"),
    ("rådets beslut 2010/427/EU", "sv"),
    ("neuvoston päätös 2010/427/EU", "fi"),
    ("nõukogu otsus 2010/427/EL", "et"),
    ("ES Tarybos sprendimas 2010/427/ES", "lt"),
    ("Padomes Lēmums 2010/427/ES", "lv"),
    ("a Tanács 2010/427/EU határozata", "hu"),
    ("Απόφαση 2010/427/ΕΕ του Συμβουλίου", "el"),
    ("decyzja 2010/427/UE Rady", "pl"),
    ("rozhodnutí Rady 2010/427/EU", "cs"),
    ("rozhodnutie Rady 2010/427/EÚ", "sk"),
    ("Sklep Sveta 2010/427/EU", "sl"),
    ("Odluka Vijeća 2010/427/EU", "hr"),
    ("Решение 2010/427/ЕС на Съвета", "bg"),
    ("Decizia 2010/427/UE a Consiliului", "ro"),
    ("Deċiżjoni tal-Kunsill 2010/427/UE", "mt"),
    ("Cinneadh 2010/427/AE ón gComhairle", "ga"),
    # an EU domain in the number: an EU act, whatever body is named after it
    ("Decizia 2010/427/UE a Consiliului de asociere", "ro"),
    ("Council Decisions 2010/427/EU and 2010/428/EU of the Association Council", "en"),
    # no domain: a body's name read by the general rule is not an EU institution
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
    ("décision 2010/427 de la Banque centrale européenne", "fr"),
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
    ("a 2010/427/EU tanácsi határozat", "hu"),
    ("Eurooppa-neuvoston päätös 2010/427", "fi"),
    ("Euroopan parlamentin ja neuvoston päätös 2010/427", "fi"),
    ("neuvoston päätökset 2010/427/EU ja 2010/428/EU", "fi"),
]


@pytest.mark.parametrize(("text", "lang"), EU_DECISIONS)
def test_an_eu_decision_next_to_a_council_word_keeps_its_celex(text: str, lang: str) -> None:
    acts = _acts(text)
    assert acts and acts[0].lang == lang
    assert acts[0].celex == "32010D0427"
    assert all(a.celex for a in acts)


@pytest.mark.parametrize("text", [c[2] for c in BODY_DECISIONS])
def test_parse_reads_a_body_decision_as_extract_does(text: str) -> None:
    refs = eurefs.extract(text)
    assert len(refs) == 1 and (refs[0].start, refs[0].end) == (0, len(text)), refs
    assert eurefs.parse(text) == refs[0]


def test_a_body_decision_cited_again_without_the_body_has_no_celex_either() -> None:
    # EUR-Lex 62009CJ0300_SUM (Italian): the body named once, the decision cited again
    text = (
        "(Decisione n. 1/80 del Consiglio d’associazione CEE-Turchia, art. 13) Riguardo ai "
        "lavoratori turchi che hanno lavorato in uno Stato membro nel quale era entrata in "
        "vigore la decisione n. 1/80, relativa allo sviluppo dell’associazione, e la "
        "decisione 2010/427/UE del Consiglio"
    )
    first, again, eu = _acts(text)
    assert first.celex is None and again.celex is None
    assert again.text == "decisione n. 1/80"
    assert again.author == first.author == "Consiglio d’associazione CEE-Turchia"
    assert eu.celex == "32010D0427"
    assert again.celex_candidates == [] and again.celex_candidates is not first.celex_candidates


def test_only_a_later_citation_reads_as_the_body_s() -> None:
    text = (
        "See decision No 1/80 first. Then Decision No 1/80 of the Association Council "
        "applies, and decision No 1/80 again."
    )
    before, body, after = _acts(text)
    assert before.celex == "31980D0001"
    assert body.celex is None and after.celex is None
    assert after.author == body.author


@pytest.mark.parametrize("short_forms", [False, True])
def test_a_decision_cited_again_chunks_away_reads_as_in_the_whole_text(short_forms: bool) -> None:
    filler = "The Member States shall act. " * 60
    text = (
        "Decision No 1/80 of the Association Council is cited.\n\n"
        + (filler + "\n\n") * 40
        + "Under decision No 1/80 workers have rights.\n"
    )
    whole = eurefs.extract(text, short_forms=short_forms)
    streamed = list(eurefs.iter_extract(text, short_forms=short_forms, chunk_size=2_000))
    assert streamed == whole
    again = [r for r in whole if r.kind == "legal_act"][-1]
    assert again.text == "decision No 1/80" and again.celex is None


#: Decisions without a domain whose author, after the number, is an EU institution: the
#: general rule for bodies on no list leaves them their CELEX.
@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Decision No 1082/2013/EU of the European Parliament and of the Council", "32013D1082"),
        ("Decision No 1082/2013 of the European Parliament and of the Council", "32013D1082"),
        ("DECISION No 1082/2013 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", "32013D1082"),
        ("Decision No 1082/2013 of the European Parliament and Council", "32013D1082"),
        ("Decision 2011/753 of the Commission of 10 November 2011", "32011D0753"),
        ("Decision 2004/258 of the European Central Bank", "32004D0258"),
    ],
)
def test_an_institution_after_the_number_is_no_body(text: str, celex: str) -> None:
    acts = _acts(text)
    assert [(a.celex, a.author) for a in acts] == [(celex, None)]


def test_a_list_of_decisions_of_a_body_on_no_list() -> None:
    text = "its Decisions No 1/2014, No 2/2014 and No 3/2014 of the Trade Committee."
    acts = _acts(text)
    assert [a.normalized for a in acts] == [
        f"Decision No {n}/2014 of the Trade Committee" for n in (1, 2, 3)
    ]
    assert all(a.celex is None and a.author == "Trade Committee" for a in acts)


def test_a_body_decision_cited_again_without_its_body() -> None:
    acts = _acts("Decision No 3/2016 of the EU-Korea Trade Committee ... Decision No 3/2016 says")
    assert [(a.celex, a.author) for a in acts] == [(None, "EU-Korea Trade Committee")] * 2


@pytest.mark.parametrize(
    ("name", "institution"),
    [
        ("European Parliament and of the Council", True),
        ("EUROPEAN PARLIAMENT AND COUNCIL", True),
        ("Council", True),
        ("Trade Committee", False),
        ("Council of Ministers", False),
    ],
)
def test_a_name_that_is_an_author_of_the_record_is_an_institution(
    name: str, institution: bool
) -> None:
    assert agreement_bodies._is_institution(name, "en") is institution


def test_the_german_abbreviation_of_a_body_decision() -> None:
    # 360.lexisnexis.at (ARD 2001): the abbreviation of Assoziationsratsbeschluss
    text = "ob Art 10 Abs 1 ARB 1/80 unmittelbar anwendbares Gemeinschaftsrecht ist"
    acts = _acts(text)
    assert [(a.text, a.lang, a.normalized, a.author, a.celex) for a in acts] == [
        ("ARB 1/80", "de", "ARB 1/80", "Assoziationsrat", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ARB 2010/427/EU",  # an EU domain: no body's number
        "Arb 1/80",  # the abbreviation is written in capitals
        "Arbeitnehmer 1/80",
    ],
)
def test_a_word_like_a_body_decision_word_is_none(text: str) -> None:
    assert _acts(text) == []
