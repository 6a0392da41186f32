import pytest

from framing.text import segment
from helpers import article


def sentence_texts(text: str) -> list[str]:
    return [s.text for s in article(text).sentences]


def test_abbreviations_initials_and_decimals_do_not_split():
    text = ("Gen. Ana Ortiz met Dr. J. R. Smith in the U.S. capital on Jan. 5 to discuss "
            "a 4.2 percent rise. They left at 3 p.m. on Friday.")
    assert sentence_texts(text) == [
        "Gen. Ana Ortiz met Dr. J. R. Smith in the U.S. capital on Jan. 5 to discuss a 4.2 percent rise.",
        "They left at 3 p.m. on Friday.",
    ]


def test_quotation_with_inner_full_stops_stays_one_sentence():
    text = 'She said: "We are ready. Nobody doubts it." Then she left.'
    assert sentence_texts(text) == ['She said: "We are ready. Nobody doubts it."', "Then she left."]


def test_every_span_indexes_the_text_exactly():
    a = article("Headline\n\nFirst line of a hard\nwrapped paragraph. Second one!\n\n  Indented para?  Yes.\r\n")
    for span in a.sentences + a.paragraphs + a.words:
        assert a.text[span.start:span.end] == span.text


def test_sentences_never_cross_paragraphs():
    a = article("One paragraph without a stop\n\nAnother paragraph.")
    assert [s.text for s in a.sentences] == ["One paragraph without a stop", "Another paragraph."]


def test_hard_wrapped_line_continues_its_paragraph():
    spans = segment.paragraphs("A sentence that is\nwrapped here.\nNew line starts a paragraph.")
    assert [p.text for p in spans] == ["A sentence that is\nwrapped here.", "New line starts a paragraph."]


def test_words_keep_apostrophes_and_hyphens():
    assert [w.text for w in segment.words("The mayor's long-term plan, 4.2 million.")] == [
        "The", "mayor's", "long-term", "plan", "4.2", "million"]


@pytest.mark.parametrize("line", ["Capitals", "“Curly quotes", "\"Straight quotes", "— Dashes",
                                  "- Hyphens", "(Brackets"])
def test_any_line_break_ends_a_paragraph_unless_the_next_line_starts_lower_case_or_a_digit(line):
    assert len(segment.paragraphs(f"One line\n{line} start a paragraph.")) == 2


@pytest.mark.parametrize("line", ["continues", "42 continues"])
def test_a_line_starting_lower_case_or_with_a_digit_continues_the_paragraph(line):
    assert len(segment.paragraphs(f"One line\n{line} the sentence.")) == 1


def test_a_long_paragraph_is_split_in_chunks_with_exact_offsets():
    text = ("The council met on Monday. Officials said the bridge would close. " * 60
            + "x" * 3_000 + " tail words. End.")
    spans = segment.sentences(text, segment.paragraphs(text))
    assert all(text[s.start:s.end] == s.text and s.text == s.text.strip() for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert spans[0].text == "The council met on Monday."
    assert sum(s.text == "Officials said the bridge would close." for s in spans) == 60
    assert [s.text for s in spans[-3:]] == ["x" * 3_000, "tail words.", "End."]


@pytest.mark.parametrize("chunk", [
    "",
    "One sentence.",
    "Gen. Ana Ortiz met Dr. J. R. Smith in the U.S. capital. They left at 3 p.m. on Friday.",
    'She said: "We are ready. Nobody doubts it." Then she left.',
    "Yes. Yes. Yes. No!  Yes.",
    "It rose... and fell. Why? Nobody knows!! (Not even them.) 1. First item 2. Second item",
    "The word 'reform' (as they put it) was used. \"Really?\" he asked. 'Yes.'",
    "a. b. a. b.   a.",
])
def test_the_direct_pysbd_call_returns_what_its_segmenter_returns(chunk):
    import pysbd

    expected = pysbd.Segmenter(language="en", clean=False).segment(chunk)
    assert segment._pysbd_sentences(chunk) == expected


@pytest.mark.parametrize("chunk", [
    "Gen. Ana Ortiz met Dr. J. R. Smith in the U.S. capital. They left at 3 p.m. on Friday.",
    "See p. 5 and pp. (3), art. 2 of the act; No. 4 won. It is no. Al. met Mr. Lund.",
    "e.g. this and i.e. that, edg. and exg. too. The St. Louis team met Sen. Ray Kline.",
    "The ſt. Louis side met Gen. K. Ortiz; İs. it late? Is. it? Rev. Ann spoke.",
    "A line is here.\rIs it? Mrs. Pike said so. Prof. Lund agreed. Fig. 3 shows it.",
])
def test_the_abbreviation_replacer_marks_what_pysbd_marks(chunk):
    """framing's replacer skips work that cannot change the text; pysbd's gives the same
    sentences (ASCII and non-ASCII chunks, abbreviations with and without periods)."""
    from pysbd.lang.english import English
    from pysbd.processor import Processor as PysbdProcessor

    from framing.text.abbreviations import AbbreviationReplacer

    assert AbbreviationReplacer(chunk, English).replace() == \
        English.AbbreviationReplacer(chunk, English).replace()
    assert segment.Processor(chunk, English).process() == PysbdProcessor(chunk, English).process()
