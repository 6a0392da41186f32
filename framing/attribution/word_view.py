"""An article's words as a sequence the attribution rules can step through.

Holds each word's lower-case form, whether it is capitalised, whether it lies
inside a direct quotation, and answers the questions the rules keep asking: are
two neighbouring words part of one phrase, or is there punctuation between them?
"""

from __future__ import annotations

import bisect
from functools import cached_property
from itertools import compress

from framing.text.article import Article
from framing.text.spans import Span
from framing.text.word_table import word_table


class TokenView:
    """Word-level view of one article; ``k`` is always a word index."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.words = article.words
        # the article's word lists, shared with the voices and the figures (made once)
        self.table = table = word_table(article.words)
        self.lower = table.lower
        self.upper = table.upper  # capitalised(k) for every k
        self.starts = table.starts
        self.ends = table.ends
        self.quotes = sorted(article.quotes, key=lambda q: q.outer[0])
        self.quote_starts = [q.outer[0] for q in self.quotes]
        self.quote_ends = [q.outer[1] for q in self.quotes]
        self.in_quote = self._inside_quotes()
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.sentence_starts = {self.index_at(s.start) for s in article.sentences}

    @cached_property
    def vocabulary(self) -> set[str]:
        """Words the article writes in lower case somewhere: a capitalised one of these at
        the start of a sentence is a common word, not a name. Made on first use (few
        articles need it)."""
        return {w for w, text in zip(self.lower, self.table.texts) if text[:1].islower()}

    @cached_property
    def names(self) -> set[str]:
        """Words written capitalised inside a sentence and never in lower case: names.
        Made on first use."""
        inside = list(self.upper)  # capitalised, sentence openings left out
        for k in self.sentence_starts:
            if k < len(inside):
                inside[k] = False
        return set(compress(self.lower, inside)) - self.vocabulary

    def _inside_quotes(self) -> list[bool]:
        """For each word, whether it starts inside the first quotation (in order) that
        ends after its start. Each quotation marks its run of words with one binary
        search instead of a step per word."""
        inside = [False] * len(self.words)
        reach = -1  # the furthest end of the quotations before this one
        for start, end in zip(self.quote_starts, self.quote_ends):
            if end > reach:
                first = bisect.bisect_left(self.starts, max(reach, start + 1))
                last = bisect.bisect_left(self.starts, end)
                inside[first:last] = [True] * max(0, last - first)
                reach = end
        return inside

    def index_at(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def ranges(self, spans: tuple[Span, ...]) -> list[tuple[int, int]]:
        """For each span, the range of word indices starting inside it."""
        return [(self.index_at(s.start), self.index_at(s.end)) for s in spans]

    def gap(self, k: int) -> str:
        """Text between word k-1 and word k."""
        return self.text[self.ends[k - 1]:self.starts[k]]

    def joined(self, k: int) -> bool:
        """Whether words k-1 and k belong to one phrase: nothing but space between
        them, a plural possessive's apostrophe, or a full stop after an abbreviation or
        an initial ("Sen. Cruz")."""
        between = self.text[self.ends[k - 1]:self.starts[k]]
        if between == " ":
            return True
        between = between.strip()
        if not between or between in ("'", "’"):  # "the Traders' Association"
            return True
        previous = self.table.texts[k - 1]
        return between == "." and len(previous) <= 4 and previous[:1].isupper()

    def span(self, a: int, b: int) -> Span:
        """Span from word a to word b-1."""
        return Span.of(self.text, self.starts[a], self.ends[b - 1])

    def texts(self, a: int, b: int) -> list[str]:
        return self.table.texts[a:b]

    def capitalised(self, k: int) -> bool:
        return self.upper[k]

    def in_headline(self, k: int) -> bool:
        headline = self.article.headline
        return headline is not None and self.words[k].start < headline.end

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def is_paragraph_start(self, offset: int) -> bool:
        i = self.paragraph_of(offset)
        return i >= 0 and self.paragraph_starts[i] == offset
