"""An article's words as plain lists, made once and read by every stage.

The voices, the attribution rules and figures, and the corpus rows each need the
words' offsets (and the rules their texts, lower-case forms and capitals). Walking
the article's word spans again for each of them cost a pass over every word per
stage; ``word_table(words)`` makes the lists once and hands the same table back
while the same words are asked about (one article at a time, as the pipeline runs).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from framing.text.spans import Span, WordCounter


class WordTable(WordCounter):
    """Each word's start, end and text (lists in word order), and on first use its
    lower-case form and whether it is capitalised.
    Counts words inside spans as ``WordCounter`` does."""

    def __init__(self, words: Sequence[Span]) -> None:
        self.starts = [w.start for w in words]
        self.ends = [w.end for w in words]
        self.texts = [w.text for w in words]

    @cached_property
    def lower(self) -> list[str]:
        """Each word in lower case, curly apostrophes made straight."""
        return [text.lower().replace("’", "'") for text in self.texts]

    @cached_property
    def upper(self) -> list[bool]:
        """Whether each word starts with a capital letter."""
        return [text[:1].isupper() for text in self.texts]


def word_table(words: Sequence[Span]) -> WordTable:
    """The table of ``words``: the one made last when these are the same words (the same
    object), else a new one, which is kept for the next call."""
    global _last
    if _last is None or _last[0] is not words:
        _last = (words, WordTable(words))
    return _last[1]


_last: tuple[Sequence[Span], WordTable] | None = None
