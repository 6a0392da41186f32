"""The shared word table: the same lists as the word spans, made once per article."""

from helpers import article

from framing.text.spans import Span, WordCounter
from framing.text.word_table import WordTable, word_table

TEXT = ("Mayor Lena Ortiz’s plan, the council said, “won’t fix anything.”\n\n"
        "A well-known critic called it a half-measure; Ortiz disagreed.")


def _article(text: str = TEXT):
    return article(text)


def test_table_holds_each_words_start_end_text_lower_form_and_capital():
    words = _article().words
    table = word_table(words)
    assert table.starts == [w.start for w in words]
    assert table.ends == [w.end for w in words]
    assert table.texts == [w.text for w in words]
    assert table.lower == [w.text.lower().replace("’", "'") for w in words]
    assert table.upper == [w.text[:1].isupper() for w in words]
    assert "ortiz's" in table.lower and "won't" in table.lower


def test_the_same_words_give_the_same_table_and_other_words_a_new_one():
    first = _article().words
    table = word_table(first)
    assert word_table(first) is table
    other = _article("Another fictional text, said nobody.").words
    assert word_table(other) is not table
    assert word_table(other).texts == [w.text for w in other]


def test_table_counts_words_in_spans_as_the_word_counter_does():
    words = _article().words
    spans = (Span.of(TEXT, 0, 17), Span.of(TEXT, 40, 70))
    assert WordTable(words).count(spans) == WordCounter(words).count(spans) > 0
