import pytest
from helpers import EXAMPLE_FILES, ROOT, article

from framing.text import language
from framing.text.language import declared_language, detect, not_english
from framing.text.readers import read_article

FIXTURES = ROOT / "tests" / "fixtures"
GERMAN = FIXTURES / "german-article.txt"
SPANISH = FIXTURES / "spanish-article.html"


@pytest.mark.parametrize("path", EXAMPLE_FILES)
def test_examples_read_as_english(path):
    result = read_article(path).language
    assert result.code == "en" and result.reliable
    assert not_english(result) is None


def test_german_article_is_detected_from_its_text():
    result = read_article(GERMAN).language
    assert (result.code, result.source, result.declared) == ("de", "text", None)
    assert result.reliable and result.confidence >= language.MIN_CONFIDENCE
    assert not_english(result) == "reads as German (de), and framing's analyzers are English-only"


def test_spanish_page_agrees_with_its_declared_language():
    result = read_article(SPANISH).language
    assert (result.code, result.source, result.declared) == ("es", "text+html", "es")
    assert "Spanish (es)" in not_english(result)


@pytest.mark.parametrize("text, code", [
    ("The city council voted on Tuesday to close the old bridge for repairs after an "
     "inspection found cracks in two of its piers, officials said.", "en"),
    ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren, "
     "nachdem bei einer Prüfung Risse gefunden wurden.", "de"),
    ("Le conseil municipal a voté mardi la fermeture du vieux pont pour des réparations, "
     "après la découverte de fissures dans deux piliers.", "fr"),
    ("Il consiglio comunale ha votato martedì la chiusura del vecchio ponte per lavori, "
     "dopo che un'ispezione aveva trovato crepe in due piloni.", "it"),
    ("De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor reparaties, nadat "
     "bij een inspectie scheuren in twee pijlers waren gevonden.", "nl"),
    ("A câmara municipal votou na terça-feira o encerramento da velha ponte para obras, "
     "depois de uma inspeção ter encontrado fissuras em dois pilares.", "pt"),
])
def test_news_paragraphs_are_named_reliably(text, code):
    result = article(text).language
    assert result.code == code and result.reliable


def test_a_short_text_is_never_refused_on_the_detector_alone():
    result = article("Brücke gesperrt, sagt die Stadt.").language
    assert result.detected == "de" and not result.reliable
    assert not_english(result) is None


def test_the_declared_language_decides_a_short_text_and_a_weak_agreeing_guess_makes_it_reliable():
    short = detect("Brücke gesperrt, sagt die Stadt.", words=5, declared="de")
    assert (short.code, short.source, short.reliable) == ("de", "html", True)
    disagreeing = detect("Bridge closed, the city says.", words=5, declared="de")
    assert (disagreeing.code, disagreeing.source, disagreeing.reliable) == ("de", "html", False)
    assert not_english(disagreeing) is None


def test_the_text_outweighs_a_wrong_declaration():
    text = read_article(EXAMPLE_FILES[0]).body
    result = detect(text, words=len(text.split()), declared="de")
    assert (result.code, result.source, result.declared) == ("en", "text", "de")


def test_detection_is_deterministic_and_undetermined_without_words():
    text = GERMAN.read_text(encoding="utf-8")
    assert detect(text, words=90) == detect(text, words=90)
    assert detect("", words=0) == language.UNDETERMINED
    assert language.UNDETERMINED.name == "undetermined"


@pytest.mark.parametrize("html, code", [
    ('<!doctype html><html lang="de-AT"><head>', "de"),
    ("<HTML xml:lang='fr' LANG='fr'>", "fr"),
    ('<html><head><meta http-equiv="Content-Language" content="es"></head>', "es"),
    ("<html><head><title>x</title></head>", None),
])
def test_declared_language(html, code):
    assert declared_language(html) == code
