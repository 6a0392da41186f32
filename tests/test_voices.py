"""One definition of voice: own words, direct quotations and scare quotes."""

import pytest
from helpers import article

from framing.analyzers import attribution, loaded_language, sentiment
from framing.analyzers.contract import VoiceSettings
from framing.pipeline import analyze_article
from framing.settings import Settings, parse_settings
from framing.errors import SettingsError

from framing.text.spans import Span, WordCounter
from framing.text.voices import OWN, QUOTED, SCARE, find_voices

DEFAULT_WORDS = VoiceSettings().scare_quote_words

SCARE_AND_SPEECH = (
    "Families pay for the plan\n\n"
    "The “reform” left families worse off, Ortiz said. "
    "“It is a disaster for every one of us,” she added. The council met on Tuesday and will vote again next month. Officials declined "
    "to say when the new rules would take effect.")


def voices(text: str, words: int = DEFAULT_WORDS):
    return find_voices(article(text), scare_quote_words=words)


def test_a_short_uncredited_quotation_is_a_scare_quote_and_a_credited_one_is_speech():
    found = voices(SCARE_AND_SPEECH)
    assert [s.text for s in found.scare] == ["reform"]
    assert [s.text for s in found.speech] == ["It is a disaster for every one of us,"]


def test_each_word_has_one_voice():
    a = article(SCARE_AND_SPEECH)
    found = find_voices(a, scare_quote_words=DEFAULT_WORDS)
    assert len(found.labels) == len(a.words)
    by_word = {w.text: label for w, label in zip(a.words, found.labels)}
    assert by_word["reform"] == SCARE and by_word["disaster"] == QUOTED and by_word["Ortiz"] == OWN
    assert found.quoted_words == found.labels.count(QUOTED) == 9
    assert found.own_words == len(a.words) - found.quoted_words


def test_is_quoted_means_inside_a_direct_quotation():
    found = voices(SCARE_AND_SPEECH)
    speech, scare = found.speech[0], found.scare[0]
    assert found.is_quoted(speech.start, speech.end)
    assert not found.is_quoted(scare.start, scare.end)
    assert not found.is_quoted(speech.start - 5, speech.start + 2)


@pytest.mark.parametrize("text", [
    'The senator called the plan "a disaster" on Monday.',  # a reporting verb before it
    '"Nonsense," he said.',  # ... or after it
    "The plan is “very risky,” according to officials.",  # a credit word
    "She had one answer: “never again”.",  # a colon
])
def test_a_cue_credits_a_short_quotation(text):
    found = voices(text)
    assert found.scare == () and len(found.speech) == 1


def test_names_titles_and_sentences_are_not_scare_quotes():
    found = voices("He appeared on “Fox News” last night. “Huge.” The show ended.")
    assert found.scare == ()
    assert [s.text for s in found.speech] == ["Huge."]  # a name is neither: the outlet's words


def test_single_quotation_marks_make_scare_quotes_only():
    found = voices("Its ‘experts’ were wrong. It's the Smiths' house.")
    assert [s.text for s in found.scare] == ["experts"] and found.speech == ()


def test_a_single_mark_right_after_a_letter_or_an_apostrophe_opens_no_scare_quote():
    found = voices("'Experts' were wrong. The Smiths'‘experts’ and rock'n'roll ''fans' stayed 'calm'.")
    assert [s.text for s in found.scare] == ["Experts", "calm"]


def test_the_word_limit_decides_how_long_a_scare_quote_can_be():
    text = "The plan was “a bold new start” for everyone."
    assert [s.text for s in voices(text, 5).scare] == ["a bold new start"]
    assert voices(text, 3).scare == () and len(voices(text, 3).speech) == 1


def test_word_counter_counts_words_overlapping_spans():
    a = article("One two three four five.")
    counter = WordCounter(a.words)
    assert counter.count([Span.of(a.text, 4, 13)]) == 2
    assert counter.count([Span.of(a.text, 0, 3), Span.of(a.text, 14, 18)]) == 2
    assert counter.count([]) == 0


def test_voice_is_one_setting_in_one_section():
    assert Settings().voice.scare_quote_words == DEFAULT_WORDS
    assert not hasattr(loaded_language.Settings(), "scare_quote_words")
    assert not hasattr(attribution.Settings(), "min_continued_words")
    with pytest.raises(SettingsError, match="voice.scare_quote_words"):
        parse_settings({"voice": {"scare_quote_words": 0}}, source="t.toml")


def test_the_pipeline_uses_the_voice_setting():
    text = "Families\n\nThe plan was “a bold new start” for everyone, the mayor's office wrote."
    a = article(text.replace(", the mayor's office wrote", ""))
    short = analyze_article(a, parse_settings({"voice": {"scare_quote_words": 3}}, source="t"))
    long = analyze_article(a, parse_settings({"voice": {"scare_quote_words": 5}}, source="t"))
    assert short.loaded_language.quoted_words > long.loaded_language.quoted_words == 0
    assert [s.category for s in long.loaded_language.spans] == ["scare_quote"]


def test_every_analyzer_agrees_on_which_words_are_quoted():
    analysis = analyze_article(article(SCARE_AND_SPEECH), Settings())
    found = analysis.article.voices
    loaded, credited = analysis.loaded_language, analysis.attribution
    attributed_quoted = round(credited.direct_quote_share * credited.words)
    ortiz = next(s for s in credited.speakers if s.name == "Ortiz")
    assert loaded.quoted_words == attributed_quoted == ortiz.quoted_words == found.quoted_words > 0
    scare = next(s for s in loaded.spans if s.category == "scare_quote")
    assert not scare.quoted
    # Tone in quotations scores the speech alone: the scare-quoted sentence adds nothing.
    speech_only = sentiment.score(found.speech[0].text)
    assert analysis.sentiment.quoted_mean == pytest.approx(speech_only)


def test_the_json_says_which_quotations_are_speech():
    quotes = analyze_article(article(SCARE_AND_SPEECH), Settings()).to_dict()["quotes"]
    assert [(q["text"], q["speech"]) for q in quotes] == [
        ("reform", False), ("It is a disaster for every one of us,", True)]


def test_quotation_marks_around_no_words_are_nobodys_voice():
    found = voices("He paused. “” Then “...” followed, the mayor said.")
    assert found.speech == () and found.scare == ()
    assert attribution.analyze(article("Vote\n\nHe paused. “” The council met."),
                               attribution.Settings()).attributions == ()
