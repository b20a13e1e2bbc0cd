"""The instruments other than EU acts and the Treaties that hold articles, by the first word
of their names: where the Court's keyword lines name one as a keyword of its own, a bare
article after it is its own, not the act before it (``grammar/keyword_lines``).

``Regulation (EU) 2016/679 – Data protection – Restrictions – Article 23(1), points (e) and
(j) –`` gives the Regulation its article; ``Directive X – … – Convention for the Protection
of Human Rights … – Article 6 –`` must not.  The walk along a line stops at a keyword with
a capital after its first letter (``Rules of Procedure of the Court``, ``Montreal
Convention``) wherever the language writes nouns in small letters, at a type word or a
treaty's name of the record, and at one of these words: the names a language writes all in
small letters after their first word (French ``Convention de sauvegarde des droits de
l'homme``, Dutch ``Verdrag tot bescherming van de rechten van de mens``, ``Statut des
fonctionnaires``).  Each is a stop: a word too many costs a miss, a word missing may let a
line give an act another instrument's article.

Matched case-insensitively at the start of a word (after a blank, a hyphen or a glued
article: Maltese ``il-Konvenzjoni``); an entry that starts with ``-`` anywhere in a word, in
the languages that write compounds (German ``Zollkodex``, ``Beamtenstatut``; Swedish
``tullkodexen``).  The words are the nouns of the titles as EUR-Lex publishes them in each
language (the Convention for the Protection of Human Rights and Fundamental Freedoms as the
Charter's explanations cite it, OJ C 303, 14.12.2007; the Statute and the Rules of Procedure
of the Court of Justice; the Staff Regulations; the Customs Code; the Acts of Accession; the
agreements and protocols), from the language's own words for them, UNCONFIRMED one by one in
a keyword line read for this change.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Language code -> the first words (stems) of the instruments' names.
INSTRUMENTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "bg": ("конвенци", "протокол", "устав", "правилник", "кодекс", "харта"),
        "cs": ("úmluv", "protokol", "statut", "jednací řád", "kodex", "listin"),
        "da": (
            "konvention",
            "protokol",
            "statut",
            "procesreglement",
            "-kodeks",
            "traktat",
            "charter",
            "chartret",
            "tiltrædelsesakt",
        ),
        "de": (
            "-übereinkommen",
            "-abkommen",
            "-protokoll",
            "-satzung",
            "-statut",
            "-verfahrensordnung",
            "-kodex",
            "-charta",
            "-konvention",
            "beitrittsakte",
            "emrk",
        ),
        "el": (
            "σύμβασ",
            "συμβάσ",
            "πρωτόκολλ",
            "οργανισμ",
            "κώδικ",
            "συνθήκ",
            "χάρτ",
            "ευρωπαϊκή σύμβαση",
        ),
        "en": (
            "convention",
            "protocol",
            "statute",
            "staff regulations",
            "rules of procedure",
            "rules",
            "code",
            "treaty",
            "charter",
            "act of accession",
        ),
        "es": (
            "convenio",
            "convención",
            "protocolo",
            "estatuto",
            "código",
            "tratado",
            "carta",
            "acta",
        ),
        "et": (
            "konventsioon",
            "-protokoll",
            "kokkulepe",
            "-põhikiri",
            "kodukord",
            "-seadustik",
            "-harta",
            "ühinemisakt",
        ),
        "fi": (
            "-yleissopimus",
            "-pöytäkirja",
            "-perussääntö",
            "työjärjestys",
            "-koodeksi",
            "-perusoikeuskirja",
            "liittymisasiakirja",
        ),
        "fr": (
            "convention",
            "protocole",
            "statut",
            "code",
            "traité",
            "charte",
            "acte d’adhésion",
            "acte d'adhésion",
        ),
        "ga": ("coinbhinsiún", "prótacal", "reacht", "rialacha", "cód", "conradh", "cairt"),
        "hr": ("konvencij", "protokol", "statut", "poslovnik", "zakonik", "povelj"),
        "hu": (
            "egyezmény",
            "jegyzőkönyv",
            "alapokmány",
            "szabályzat",
            "kódex",
            "vámkódex",
            "charta",
        ),
        "it": (
            "convenzione",
            "protocollo",
            "statuto",
            "codice",
            "trattato",
            "carta",
            "atto di adesione",
        ),
        "lt": ("konvencij", "protokol", "statut", "reglament", "kodeks", "chartij"),
        "lv": ("konvencij", "protokol", "statūt", "reglament", "kodeks", "hart"),
        "mt": ("konvenzjoni", "protokoll", "statut", "regoli", "kodiċi", "trattat", "karta"),
        "nl": (
            "verdrag",
            "-protocol",
            "akkoord",
            "-statuut",
            "-reglement",
            "-wetboek",
            "handvest",
            "toetredingsakte",
        ),
        "pl": ("konwencj", "protokół", "protokol", "statut", "regulamin", "kodeks", "traktat"),
        "pt": (
            "convenção",
            "protocolo",
            "estatuto",
            "código",
            "tratado",
            "carta",
            "ato de adesão",
            "acto de adesão",
        ),
        "ro": (
            "convenți",
            "convenţi",
            "protocol",
            "statut",
            "regulamentul de procedură",
            "cod",
            "tratat",
            "carta",
            "cartă",
            "actul de aderare",
        ),
        "sk": ("dohovor", "protokol", "štatút", "rokovací poriadok", "kódex", "chart"),
        "sl": ("konvencij", "protokol", "statut", "poslovnik", "zakonik", "listin"),
        "sv": (
            "-konvention",
            "-protokoll",
            "-stadga",
            "rättegångsregler",
            "-kodex",
            "fördrag",
            "anslutningsakt",
        ),
    }
)

__all__ = ["INSTRUMENTS"]
