# ruff: noqa: E501
"""Greek."""

from __future__ import annotations

from eurefs.languages._sources import sources
from eurefs.languages.base import Language, Treaty, frozen

LANGUAGE = Language(
    code="el",
    name="Greek",
    sources=frozen(sources("el")),
    act_types={
        "regulation": ("κανονισμός", "κανονισμού", "κανονισμό", "κανονισμοί", "κανονισμών", "κανονισμούς",
                       # titles in capitals drop the accents (``ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2016/679``)
                       "ΚΑΝΟΝΙΣΜΟΣ", "ΚΑΝΟΝΙΣΜΟΥ"),
        "directive": ("οδηγία", "οδηγίας", "οδηγίες", "οδηγιών", "ΟΔΗΓΙΑ", "ΟΔΗΓΙΑΣ"),
        "decision": ("απόφαση", "απόφασης", "αποφάσεως", "αποφάσεις", "αποφάσεων", "ΑΠΟΦΑΣΗ", "ΑΠΟΦΑΣΗΣ"),
        "framework_decision": ("απόφαση-πλαίσιο", "απόφασης-πλαίσιο", "αποφάσεως-πλαίσιο", "ΑΠΟΦΑΣΗ-ΠΛΑΙΣΙΟ"),
        "recommendation": ("σύσταση", "σύστασης", "συστάσεως", "συστάσεις", "ΣΥΣΤΑΣΗ", "ΣΥΣΤΑΣΗΣ"),
        "joint_action": ("κοινή δράση", "κοινής δράσης", "κοινής δράσεως"),
        "common_position": ("κοινή θέση", "κοινής θέσης", "κοινής θέσεως"),
    },
    author_phrases=("του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου", "του Συμβουλίου", "της Επιτροπής", "της Ευρωπαϊκής Κεντρικής Τράπεζας"),
    subtypes_before=frozen({"κατ' εξουσιοδότηση": "delegated", "κατ’ εξουσιοδότηση": "delegated", "εκτελεστικός": "implementing",
                            "εκτελεστικού": "implementing", "εκτελεστική": "implementing", "εκτελεστικής": "implementing",
                            "ΚΑΤ' ΕΞΟΥΣΙΟΔΟΤΗΣΗ": "delegated", "ΚΑΤ’ ΕΞΟΥΣΙΟΔΟΤΗΣΗ": "delegated", "ΕΚΤΕΛΕΣΤΙΚΟΣ": "implementing", "ΕΚΤΕΛΕΣΤΙΚΗ": "implementing"}),
    subtype_forms=frozen({"delegated": "κατ' εξουσιοδότηση {word}", "implementing": "εκτελεστικός {word}", "implementing:directive": "εκτελεστική {word}", "implementing:decision": "εκτελεστική {word}"}),
    number_markers=("αριθ.",),
    number_marker="αριθ.",
    list_conjunctions=("και", "ή", "καθώς και"),
    domains=frozen({"ΕΕ": "ΕΕ", "ΕΚ": "ΕΚ", "ΕΟΚ": "ΕΟΚ", "ΕΚΑΧ": "ΕΚΑΧ", "ΚΕΠΠΑ": "ΚΕΠΠΑ", "ΔΕΥ": "ΔΕΥ", "Ευρατόμ": "Ευρατόμ"}),
    jha_domains=("ΔΕΥ",),
    hint_words=("και", "της", "του", "των", "το", "τη", "την", "να", "για", "με", "σε", "που", "από", "είναι", "στο", "στην", "ως", "οι", "η", "ο"),
    date_words=("της",),
    months=(("Ιανουαρίου",), ("Φεβρουαρίου",), ("Μαρτίου",), ("Απριλίου",), ("Μαΐου",), ("Ιουνίου",), ("Ιουλίου",), ("Αυγούστου",), ("Σεπτεμβρίου",), ("Οκτωβρίου",), ("Νοεμβρίου",), ("Δεκεμβρίου",)),
    day_suffixes=("ης", "η"),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position"),
    oj_journals=("ΕΕ",),
    oj_pages=("σ.",),
    treaties={
        "TFEU": Treaty("ΣΛΕΕ", ("ΣΛΕΕ",), ("Συνθήκης για τη λειτουργία της Ευρωπαϊκής Ένωσης", "Συνθήκη για τη λειτουργία της Ευρωπαϊκής Ένωσης")),
        "TEU": Treaty("ΣΕΕ", ("ΣΕΕ",), ("Συνθήκης για την Ευρωπαϊκή Ένωση", "Συνθήκη για την Ευρωπαϊκή Ένωση")),
        "EC": Treaty("ΕΚ", ("ΕΚ", "ΣΕΚ"), ("Συνθήκης ΕΚ", "Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας")),
        "EEC": Treaty("ΕΟΚ", ("ΕΟΚ",), ("Συνθήκης ΕΟΚ",)),
    },
    treaty_prepositions=("της",),
    article_words=frozen({"άρθρο": "άρθρο", "άρθρου": "άρθρο", "άρθρα": "άρθρα", "άρθρων": "άρθρα", "Άρθρο": "άρθρο"}),
    article_conjunctions=("και", "ή"),
    pinpoint_words=("παράγραφος", "παράγραφο", "παραγράφου", "στοιχείο", "στοιχείου", "εδάφιο", "σημείο"),
    ordinals=("πρώτο", "δεύτερο", "τρίτο", "τέταρτο", "πέμπτο", "έκτο", "τελευταίο"),
    ordinal_nouns=("εδάφιο", "περίοδος", "περίπτωση"),
    enacting_intros=("Έχοντας υπόψη τη", "έχοντας υπόψη τη"),
    enacting_leads=(r"και[ ]ιδίως[ ](?:το|τα)",),
    case_words=("υπόθεση", "υποθέσεις", "υπόθεσης"),
    joined_words=("συνεκδικαζόμενες",),
    opinion_words=("γνωμοδότηση",),
    com_final_words=("τελικό", "final"),
    proposal_words=(r"πρόταση", r"προτάσεως"),
    communication_words=(r"ανακοίνωση", r"έκθεση", r"λευκή βίβλος", r"πράσινη βίβλος", r"σχέδιο δράσης", r"στρατηγική"),
    examples=(
        ("Κανονισμός (ΕΕ) αριθ. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "κανονισμός (ΕΕ) αριθ. 1089/2010"}),
        ("οδηγίας 2007/2/ΕΚ", {"kind": "legal_act", "celex": "32007L0002", "normalized": "οδηγία 2007/2/ΕΚ"}),
        # the title of an act in the OJ, in capitals without accents
        ("ΕΚΤΕΛΕΣΤΙΚΟΣ ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2019/947", {"kind": "legal_act", "celex": "32019R0947", "normalized": "εκτελεστικός κανονισμός (ΕΕ) 2019/947"}),
        ("ΕΕ L 119 της 4.5.2016, σ. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("άρθρο 267 ΣΛΕΕ", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "άρθρο 267 ΣΛΕΕ"}),
        ("υπόθεση C-302/10", {"kind": "case", "_span": "C-302/10"}),
    ),
)  # fmt: skip
