"""Span is a named tuple (made in C per word); it must behave as the frozen dataclass did."""

import pickle

import pytest

from framing.text import segment
from framing.text.spans import Span, trimmed

TEXT = "Mayor Ana Ortiz's plan, she said, costs $4.5 million in 2027."


def test_span_equality_hash_and_length_are_by_offsets_and_text():
    a, b = Span(6, 9, "Ana"), Span.of(TEXT, 6, 9)
    assert a == b and hash(a) == hash(b) == hash((6, 9, "Ana"))
    assert a != Span(6, 9, "Ann") and a != Span(7, 9, "Ana")
    assert len(Span(10, 17, "Ortiz's")) == 7  # characters, not the tuple's 3 fields
    assert not Span(4, 4, "") and Span(0, 1, "M")  # an empty span is false, as before
    assert {a, b} == {a}


def test_span_is_frozen_pickles_and_prints_as_before():
    span = Span.of(TEXT, 0, 5)
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(span)) == span
    assert type(pickle.loads(pickle.dumps(span))) is Span
    assert repr(span) == "Span(start=0, end=5, text='Mayor')"
    assert span.to_json() == {"start": 0, "end": 5, "text": "Mayor"}
    assert trimmed("  two words \n", 0, 13) == Span(2, 11, "two words")


def test_words_are_the_word_pattern_matches_as_spans():
    expected = [Span(m.start(), m.end(), m.group()) for m in segment.WORD_RE.finditer(TEXT)]
    found = segment.words(TEXT)
    assert found == expected and all(type(w) is Span for w in found)
    assert [w.text for w in found][:4] == ["Mayor", "Ana", "Ortiz's", "plan"]
    assert "4.5" in [w.text for w in found]
    paragraphs = segment.paragraphs(TEXT + "\n\nSecond one here.")
    assert segment.paragraph_words(TEXT + "\n\nSecond one here.", paragraphs)[-3:] == [
        Span(63, 69, "Second"), Span(70, 73, "one"), Span(74, 78, "here")]
