import pytest
from helpers import ROOT

from framing.pipeline import analyze_article
from framing.settings import load_settings
from framing.text.boilerplate import is_boilerplate
from framing.text.readers import parse_article, read_article

COPIED = ROOT / "tests" / "fixtures" / "copied-page.txt"
FURNITURE = ["Facebook Twitter YouTube SoundCloud RSS", "Watch a video of this report here:",
             "(Photo Credit: Mil.ru)", "Read more: Ministry announces new conscription rules",
             "Share on Facebook"]


@pytest.mark.parametrize("line", [
    "Facebook Twitter YouTube SoundCloud RSS", "Share on Facebook", "Tweet Email",
    "Facebook | Twitter | Email", "Share this article", "Google+",
    "Watch a video of this report here:", "Read more: Minister resigns", "READ MORE",
    "Related: Storm hits coast", "Listen to the full interview:", "Advertisement",
    "(Photo Credit: Mil.ru)", "Photo: Reuters", "Image copyright Getty Images", "© AFP",
    "Source: Eurostat", "Troops at a drill near Moscow. (Photo Credit: Mil.ru)",
])
def test_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "More than 40 people were hurt, among them:", "Share prices fell sharply.",
    "Twitter said it would appeal the ruling.", "Watch out for the new rules, officials said.",
    "Related parties were not named.", "Photographs of the meeting were published on Monday.",
    "Source: a person familiar with the talks said the deal was close to being signed.",
    "On this story, the council was divided.", "The minister said: “We will watch closely.”",
])
def test_article_sentences_are_not(line):
    assert not is_boilerplate(line)


def test_copied_page_headline_and_boilerplate_spans():
    a = read_article(COPIED)
    assert a.headline.text == a.title == "Army holds snap drill near the northern border"
    assert [b.text for b in a.boilerplate] == FURNITURE
    for span in a.boilerplate:
        assert a.text[span.start:span.end] == span.text


def test_boilerplate_words_count_in_no_analyzer():
    a = read_article(COPIED)
    furniture = {"facebook", "twitter", "youtube", "soundcloud", "rss", "watch", "video",
                 "photo", "credit", "mil.ru", "conscription", "share"}
    assert not furniture & {w.text.lower() for w in a.words}
    for sentence in a.sentences + tuple(q.content for q in a.quotes):
        assert not any(b.overlaps(sentence.start, sentence.end) for b in a.boilerplate)
    analysis = analyze_article(a, load_settings(None))
    scored = [s.span for s in analysis.sentiment.sentences]
    assert scored and not any(b.overlaps(s.start, s.end) for b in a.boilerplate for s in scored)
    for loaded in analysis.loaded_language.spans:
        assert not any(b.overlaps(loaded.span.start, loaded.span.end) for b in a.boilerplate)
    assert "Facebook" not in a.body and "Mil.ru" not in a.body and "Share on" not in a.body
    assert analysis.attribution.words == len(a.words)


def test_same_article_without_furniture_scores_the_same():
    a = read_article(COPIED)
    clean_text = "\n\n".join(p.text for p in (a.headline, *a.paragraphs[1:]))
    clean = parse_article(clean_text.encode(), name="clean.txt")
    settings = load_settings(None)
    copied, plain = analyze_article(a, settings), analyze_article(clean, settings)
    assert len(a.words) == len(clean.words)
    assert copied.sentiment.mean == pytest.approx(plain.sentiment.mean)
    assert copied.loaded_language.own_density == pytest.approx(plain.loaded_language.own_density)
    assert copied.readability.words == plain.readability.words
    assert (copied.readability.flesch_kincaid_grade
            == pytest.approx(plain.readability.flesch_kincaid_grade))


def test_text_without_boilerplate_keeps_its_first_line_headline():
    a = parse_article(b"\nStory\n\nBody text.", name="a.txt")
    assert a.headline is None and a.boilerplate == ()
