"""Link targets: EUR-Lex, ELI, Cellar, URL templates, and the reasons for no link."""

from __future__ import annotations

import pytest

from eurefs.annotation import LinkTemplateError, annotate, linker, text_language
from eurefs.errors import ConfigurationError, WrongArgumentType
from eurefs.parsing import parse
from eurefs.scanner import extract


def test_builtin_targets() -> None:
    gdpr = parse("Regulation (EU) 2016/679")
    assert linker("eurlex")(gdpr).href == (
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679"
    )
    assert linker("cellar")(gdpr).href == "http://publications.europa.eu/resource/celex/32016R0679"
    directive = parse("Directive 95/46/EC")
    assert linker("eli")(directive).href == "http://data.europa.eu/eli/dir/1995/46/oj"
    com = parse("COM(2021) 752 final")
    assert linker("cellar")(com).href == (
        "http://publications.europa.eu/resource/comnat/COM_2021_0752_FIN"
    )


def test_no_link_says_why() -> None:
    article = parse("Article 16 TFEU")
    link = linker("eurlex")(article)
    assert link.href is None and link.reason and "Treaty" in link.reason
    reg = linker("eli")(parse("Regulation (EU) 2016/679"))
    assert reg.href is None and reg.reason and "delegated or implementing" in reg.reason
    com = linker("https://example.org/{celex}")(parse("COM(2021) 752 final"))
    assert com.href is None and com.reason and "52021PC0752 or 52021DC0752" in com.reason
    case = linker("cellar")(parse("Case C-131/12"))
    assert case.href is None and case.reason and "several documents" in case.reason


def test_template_values_are_percent_encoded() -> None:
    to_link = linker("https://example.org/find?q={normalized}&k={kind}")
    href = to_link(parse("Regulation (EU) 2016/679")).href
    assert href == "https://example.org/find?q=Regulation%20(EU)%202016/679&k=legal_act"
    hostile = extract("See ECLI:EU:C:2014:317.")[0]
    assert linker("https://e.org/{text}#x")(hostile).href == "https://e.org/ECLI:EU:C:2014:317#x"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("https://example.org/{foo}", "unknown field {foo}"),
        ("https://example.org/{celex!r}", "takes no format"),
        ("https://example.org/{celex:>9}", "takes no format"),
        ("javascript:alert({celex})", "http(s) URL"),
        ("//example.org/{celex}", "http(s) URL"),
        ("https://example.org/{celex", "bad link template"),
        ("https://example.org/x", "unknown link target"),
        ("bogus", "unknown link target"),
    ],
)
def test_bad_templates_are_refused(template: str, message: str) -> None:
    with pytest.raises(LinkTemplateError, match=message.replace("(", r"\(").replace(")", r"\)")):
        linker(template)


# Article 94(1) of the GDPR in French and German, as EUR-Lex publishes them.
REPEAL_FR = "La directive 95/46/CE est abrogée avec effet au 25 mai 2018."
REPEAL_DE = "Die Richtlinie 95/46/EG wird mit Wirkung vom 25. Mai 2018 aufgehoben."
EURLEX = "https://eur-lex.europa.eu/legal-content/{}/TXT/?uri=CELEX:31995L0046"


def test_eurlex_pages_are_in_the_language_of_the_text_or_the_one_asked() -> None:
    (fr,) = extract(REPEAL_FR)
    (de,) = extract(REPEAL_DE)
    assert linker("eurlex")(fr).href == EURLEX.format("FR")
    assert linker("eurlex")(de).href == EURLEX.format("DE")
    assert linker("eurlex", "it")(fr).href == EURLEX.format("IT")
    assert linker("eurlex", "EL")(de).href == EURLEX.format("EL")
    # a page of no language, or not EUR-Lex's, stays as it is
    assert linker("eli", "it")(fr).href == "http://data.europa.eu/eli/dir/1995/46/oj"
    (ecli,) = extract("arrêt ECLI:EU:C:2019:1145")
    assert linker("eurlex")(ecli).href == (
        "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=ecli:ECLI:EU:C:2019:1145"
    )


def test_a_language_that_eurlex_has_no_pages_in_is_an_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown language 'xx'"):
        linker("eurlex", "xx")
    with pytest.raises(ConfigurationError, match="unknown language 'xx'"):
        annotate(REPEAL_FR, link="eli", lang="xx")
    with pytest.raises(WrongArgumentType):
        linker("eurlex", 7)  # type: ignore[arg-type]


def test_a_text_s_language_is_that_of_most_of_its_references() -> None:
    # a French sentence citing a German one: the pages are French, both of them
    refs = [*extract(REPEAL_FR), *extract(REPEAL_FR), *extract(REPEAL_DE)]
    assert text_language(refs) == "fr"
    assert text_language([]) == "en"
    text = REPEAL_FR + " " + REPEAL_DE + " " + REPEAL_FR
    assert annotate(text, format="text").count(EURLEX.format("FR")) == 3


def test_annotate_links_a_french_text_to_french_pages() -> None:
    text = REPEAL_FR + " La directive 95/46/CE est abrogée."
    assert annotate(text, format="text").count(EURLEX.format("FR")) == 2
    assert annotate(text, format="markdown", lang="de").count(EURLEX.format("DE")) == 2
