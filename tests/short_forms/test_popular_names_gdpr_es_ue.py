"""The GDPR's Spanish name in capitals but for ``datos``, and its Spanish acronym with the
Union's after a hyphen (``RGPD-UE``), as a Spanish hospital's consent form writes them: each
was nothing (``eurefs/data/popular_names.json``; a hyphen after ``RGPD`` ends no name)."""

from __future__ import annotations

from tests.support.short_form_mentions import popular_names

GDPR = "32016R0679"


def test_name_and_acronym_in_a_consent_form() -> None:
    # Parc Sanitari Sant Joan de Déu, a study's consent form in a public repository
    # (find_string 'RGPD-UE': id 24086097898), one sentence
    text = (
        "En cualquier momento podrá ejercer sus derechos de Acceso, Rectificación,"
        " Cancelación/Supresión, Oposición (derechos ARCO) y cualquier otro derecho reconocido"
        " en los términos y condiciones establecidos por la legislación vigente en materia de"
        " Protección de Datos (LOPD-GDD 3/2018, Reglamento General de Protección de datos de la"
        " Unión Europea, RGPD-UE, 679/2016), como por ejemplo solicitar sus datos personales,"
        " rectificarlos si fuera necesario, así como revocar la autorización de inclusión en el"
        " estudio."
    )
    assert popular_names(text) == [
        ("Reglamento General de Protección de datos", GDPR, None),
        ("RGPD-UE", GDPR, None),
    ]


def test_acronym_glued_to_the_number_stays_out() -> None:
    # a cookie banner in a public repository (id 52779950829): the acronym runs on into the
    # number with a hyphen, so no name ends there, as before
    assert popular_names("Cumplimiento RGPD-UE-2016/679 y LSSI-CE") == []
