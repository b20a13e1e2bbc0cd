"""A sentence may start with a capital beyond ASCII (``În plus``, Greek ``Επί``): an anaphor
whose act is cited in a sentence of its own is doubtful only where another act of its type
stands in that sentence, not in the one before it (``short_forms.common.SENTENCE_BOUNDARY``).
Before, a stop before ``Î`` or a Greek capital ended no sentence, so an unresolved anaphor
or another directive in the sentence before made the later one doubtful, and it gave
nothing. The texts are the Court's judgment of 24 January 2012 in C-282/10 Dominguez as
CURIA prints it in Romanian and Greek (the development texts
``tests/data/corpus-ro/docs/R02-ro-cjeu-c-282-10-dominguez-grounds.txt`` and
``tests/data/corpus-el/docs/G01-el-cjeu-c-282-10-dominguez.txt``, from
ELITR/elitr-testset), shortened."""

from __future__ import annotations

import eurefs


def _anaphors(text: str) -> list[tuple[str, str | None]]:
    found = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    return [(r.text, r.celex) for r in found if r.how == "anaphor"]


# paragraphs 16-18 of the judgment (R02): 'această directivă' in paragraph 18 is
# Directive 2003/88, cited alone in its sentence; the one in paragraph 17 follows
# 'Directivei 93/104, codificată prin Directiva 2003/88' and stays undecided
_ROMANIAN = (
    "Directiva 93/104/CE a Consiliului din 23 noiembrie 1993 privind anumite aspecte ale"
    " organizării timpului de lucru (JO L 307, p. 18), această directivă fiind codificată, la"
    " rândul său, prin Directiva 2003/88 (a se vedea Hotărârea din 26 iunie 2001, BECTU,"
    " C-173/99, Rec., p. I-4881, punctul 43).\n"
    "Astfel, modalitățile de executare și de aplicare necesare pentru punerea în aplicare a"
    " prevederilor Directivei 93/104, codificată prin Directiva 2003/88, pot cuprinde anumite"
    " divergențe în ceea ce privește condițiile de exercitare a dreptului la concediul anual"
    " plătit, dar această directivă nu permite statelor membre să excludă chiar nașterea unui"
    " drept acordat în mod expres tuturor lucrătorilor (Hotărârile citate anterior BECTU,"
    " punctul 55, precum și Schultz-Hoff și alții, punctul 47).\n"
    "În plus, întrucât Directiva 2003/88 nu face nicio distincție între lucrătorii care, în"
    " perioada de referință, sunt absenți de la serviciu pentru că se află în concediu medical"
    " și cei care au lucrat efectiv în perioada menționată, rezultă că un stat membru nu poate"
    " condiționa dreptul la concediul anual plătit conferit de această directivă tuturor"
    " lucrătorilor de obligația de a fi lucrat efectiv în perioada de referință."
)


def test_romanian_sentence_after_in_plus() -> None:
    assert _anaphors(_ROMANIAN) == [
        ("această directivă", "31993L0104"),  # 'this directive being codified by 2003/88'
        ("această directivă", "32003L0088"),
    ]


# paragraphs 22-24 (G01): the directive at issue and 'η οδηγία αυτή' are Directive 2003/88,
# the only directive cited since the heading 'Επί του δευτέρου ερωτήματος'
_GREEK = (
    "Με το πρώτο ερώτημά του, το αιτούν δικαστήριο ερωτά αν η οδηγία 93/104 και η οδηγία"
    " 2003/88 έχουν την έννοια ότι απαγορεύουν εθνικές διατάξεις.\n"
    "Επί του δευτέρου ερωτήματος\n22\n"
    "Με το δεύτερο ερώτημά του, το αιτούν δικαστήριο ερωτά, κατ’ ουσίαν, αν το άρθρο 7 της"
    " οδηγίας 2003/88 έχει την έννοια ότι, στο πλαίσιο διαφοράς μεταξύ ιδιωτών, δεν πρέπει να"
    " τύχει εφαρμογής εθνική διάταξη.\n23\n"
    "Συναφώς, από πάγια νομολογία προκύπτει ότι, κατά την εφαρμογή του εσωτερικού δικαίου, τα"
    " εθνικά δικαστήρια οφείλουν να το ερμηνεύουν κατά το μέτρο του δυνατού με γνώμονα το"
    " γράμμα και τον σκοπό της επίμαχης οδηγίας, προκειμένου να επιτυγχάνεται το αποτέλεσμα"
    " που επιδιώκεται με την οδηγία αυτή."
)


def test_greek_sentence_after_capital_epsilon() -> None:
    assert _anaphors(_GREEK) == [
        ("της επίμαχης οδηγίας", "32003L0088"),
        ("οδηγία αυτή", "32003L0088"),
    ]


def test_stop_before_small_letter_ends_no_sentence() -> None:
    # (the Romanian text as before, its paragraph 18 run on after a stop and a small letter:
    # the anaphor's act shares a sentence with the undecided one, and it stays undecided)
    run_on = _ROMANIAN.replace("punctul 47).\nÎn plus, întrucât", "punctul 47). întrucât")
    assert _anaphors(run_on) == [("această directivă", "31993L0104")]


# paragraphs 19-20 of the same judgment in Spanish (tests/data/corpus-es/docs/
# E01-es-cjeu-c-282-10-dominguez.txt), the paragraphs' numbers on lines of their own: the
# stop before '20' ends paragraph 19's sentence, which holds both directives
_SPANISH = (
    "19\nDe este modo, los criterios de ejecución y aplicación necesarios para la puesta en"
    " práctica de las disposiciones de la Directiva 93/104, codificada por la Directiva 2003/88,"
    " pueden contener determinadas divergencias por lo que respecta a las condiciones de"
    " ejercicio del derecho a vacaciones anuales retribuidas, pero dicha Directiva no permite"
    " que los Estados miembros impidan el propio nacimiento de un derecho concedido"
    " expresamente a todos los trabajadores (sentencias, antes citadas, BECTU, apartado 55, y"
    " Schultz-Hoff y otros, apartado 47).\n20\n"
    "Además, dado que la Directiva 2003/88 no hace distinción alguna entre los trabajadores que"
    " durante el período de devengo de las vacaciones anuales se ausentan del trabajo como"
    " consecuencia de una baja por enfermedad y aquellos otros que durante dicho período"
    " trabajan efectivamente (véase la sentencia Schultz-Hoff y otros, antes citada, apartado"
    " 40), resulta que ningún Estado miembro puede supeditar el derecho a vacaciones anuales"
    " retribuidas, que dicha Directiva atribuye a todos los trabajadores, al requisito de haber"
    " trabajado efectivamente."
)


def test_spanish_sentence_after_paragraph_number() -> None:
    assert _anaphors(_SPANISH) == [("dicha Directiva", "32003L0088")]


def test_number_in_a_line_ends_no_sentence() -> None:
    # (a number after a stop in the line is an abbreviation's: ``apartado 47). 20 Además``
    # is read as one sentence, and the anaphor stays undecided)
    assert _anaphors(_SPANISH.replace("47).\n20\n", "47). 20 ")) == []


# the preamble of Directive 2006/114/EC in Romanian (EUR-Lex 32006L0114, as
# leontiucmarius.wordpress.com copies it, its footnote calls glued to the words; the search
# tool's pages corpus): the colon before the first recital ends the preamble's sentence, so
# the act's own title at the top no longer stands in the sentence of Directive 84/450/EEC
_ROMANIAN_PREAMBLE = (
    "DIRECTIVA 2006/114/CE A PARLAMENTULUI EUROPEAN ŞI A CONSILIULUI\ndin 12 decembrie 2006\n"
    "privind publicitatea înşelătoare şi comparativă\n(versiune codificată)\n"
    "(Text cu relevanţă pentru SEE)\nPARLAMENTUL EUROPEAN ŞI CONSILIUL UNIUNII EUROPENE,\n"
    "având în vedere Tratatul de instituire a Comunităţii Europene, în special articolul 95,\n"
    "având în vedere propunerea Comisiei,\n"
    "având în vedere avizul Comitetului Economic şi Social European1,\n"
    "hotărând în conformitate cu procedura prevăzută la articolul 251 din tratat2,\nîntrucât:\n"
    "(1) Directiva 84/450/CEE a Consiliului din 10 septembrie 1984 privind publicitatea\n"
    "înşelătoare şi comparativă3 a fost modificată substanţial în repetate rânduri4. Din motive\n"
    "de claritate şi de raţionalitate, directiva respectivă ar trebui codificată.\n"
)


def test_romanian_first_recital_after_the_colon() -> None:
    assert _anaphors(_ROMANIAN_PREAMBLE) == [("directiva respectivă", "31984L0450")]


def test_colon_before_a_list_in_the_line_ends_no_sentence() -> None:
    # (only a recital's '(1)' opening the next line: the same preamble on one line keeps the
    # act's title and Directive 84/450/EEC in one sentence, and the anaphor undecided)
    assert _anaphors(_ROMANIAN_PREAMBLE.replace("întrucât:\n(1)", "întrucât: (1)")) == []
