"""Romanian regulators' regulations cited by their number alone are no EU regulations
(``Language.eu_union_words``, ``grammar/national_numbers``).

The Romanian Securities Commission (CNVM) numbered its regulations as the EU numbered its
until 2014 (``Regulamentul nr. 15/2004``), and its texts cite them by the number alone: each
gave the EU regulation of that number (32004R0015, 32009R0002, 32003R0003).  A bare number
is an EU regulation where a word of the Union's writing is near (a handbook quoting the
Court), an EU author follows it, or the text cited the number as an EU act's before.
"""

from __future__ import annotations

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted

# the CNVM's Regulation 15/2004, consolidated, its first lines as dokumen.tips copies it
# (pages corpus)
CNVM = (
    "1 Regulamentul nr. 15/2004 privind autorizarea şi funcţionarea societăţilor de "
    "administrare a investiţiilor, a organismelor de plasament colectiv şi a depozitarilor - "
    "Forma consolidata * - Notă : Text actualizat în baza actelor normative modificatoare, "
    "publicate în Monitorul Oficial al României, Partea I, până la 15 august 2010: Act de bază "
    ": B Regulamentul nr. 15/2004 privind autorizarea şi funcţionarea societăţilor de "
    "administrare a investiţiilor, a organismelor de plasament colectiv şi a depozitarilor "
    "Acte modificatoare : M1 Regulamentul nr. 2/2009 privind regulile de procedură şi "
    "criteriile aplicabile evaluării prudenţiale a achiziţiilor şi majorărilor participaţiilor "
    "la o societate de servicii de investiţii financiare B Cuprins Pag."
)
# the CNVM's Order 23/2003 approving its Regulation 3/2003, legex.ro (pages corpus)
ORDER = (
    "ORDIN   Nr. 23 din 20 mai 2003\n\npentru aprobarea Regulamentului nr. 3/2003 privind "
    "autorizarea si functionarea societatilor de administrare a investitiilor, a fondurilor "
    "deschise de investitii, a societatilor de investitii si a depozitarilor*)\n\nACT EMIS DE: "
    "COMISIA NATIONALA A VALORILOR MOBILIARE\n\n    Art. 1\n    Se aproba Regulamentul nr. "
    "3/2003 privind autorizarea si functionarea societatilor de administrare a investitiilor, "
    "a fondurilor deschise de investitii, a societatilor de investitii si a depozitarilor, "
    "cuprins in anexa care face parte integranta din prezentul ordin.\n"
)
# the ACTIONES handbook on judicial interaction quoting the Court's judgment in E.ON
# Földgáz Trade (muhaz.org; pages corpus): the Union's words near
ACTIONES = (
    "în care CJUE a afirmat faptul că „Articolul 5 al Regulamentului Nr. 1775/2005, coroborat "
    "cu Anexa la regulamentul respectiv, și Articolul 47 al Cartei Drepturilor Fundamentale a "
    "Uniunii Europene trebuie să se interpreteze în sensul că exclud legislația națională"
)


def test_a_regulators_regulation_by_its_number_is_no_eu_regulation() -> None:
    assert extracted(CNVM, "celex", kind="legal_act") == []
    assert extracted(ORDER, "celex", kind="legal_act") == []
    # the stream gives the same
    assert list(iter_extract(CNVM, chunk_size=80)) == eurefs.extract(CNVM)


def test_the_eu_regulation_among_the_unions_words_stays() -> None:
    assert extracted(ACTIONES, "celex", kind="legal_act") == ["32005R1775"]
    assert list(iter_extract(ACTIONES, chunk_size=40)) == eurefs.extract(ACTIONES)


def test_an_eu_author_or_an_earlier_eu_citation_keeps_it() -> None:
    # the legislator after the number (EUR-Lex's wording of Regulation (EC) No 1/2003)
    assert extracted("Regulamentul nr. 1/2003 al Consiliului", "celex") == ["32003R0001"]
    # the same number cited with its domain before
    text = "Regulamentul (CE) nr. 44/2001 privind competența. Potrivit Regulamentului nr. 44/2001"
    assert extracted(text, "celex") == ["32001R0044", "32001R0044"]
    # (a regulation after 2014 is numbered year first: a number first is none)
    assert eurefs.extract("Descarcă AICI Regulamentul nr. 15/2017.") == []
