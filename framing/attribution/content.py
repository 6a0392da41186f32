"""Where the content of an attribution lies, given its cue clause.

A quotation right next to the cue clause (before it: "“…,” Ortiz said"; after
it: "Ortiz said: “…”", "told reporters on Monday: “…”"), else the reported
clause after the verb ("said (that) the plan failed", skipping a listener and a
time phrase) or before it ("The plan failed, Ortiz said"), or a that-clause or
quotation after a speech noun ("Ortiz's claim that…"). Every look is a binary
search among the quotations or a few words long.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from framing.attribution.word_view import TokenView
from framing.data import word_list
from framing.text.quotes import DOUBLE_MARKS, Quote
from framing.text.spans import Span, trimmed

# Nothing but time or place between the cue and the end of the clause ("said on Tuesday.").
_ADVERBIAL_RE = re.compile(
    r"^(?:[\s,]*(?:(?:on|in|at|during|last|this|late|early|earlier|later|to|via|through|over|"
    rf"after|before)\b[^,.;:!?{DOUBLE_MARKS}]{{0,40}}?)?)?[\s.,;:!?]*$", re.I)
_JOINER_RE = re.compile(r"^[\s,—–-]*$")
_END_RE = re.compile(r"[.?!;]\s")
_CLAUSE_END_RE = re.compile(r"[,;:—–]\s")


class ContentFinder:
    """Content look-ups over one article's words and quotations."""

    def __init__(self, tokens: TokenView) -> None:
        self.tokens = tokens
        self.text = tokens.text

    def quote_before(self, clause_start: int) -> Quote | None:
        """A quotation ending right before the clause: "“…,” Ortiz said"."""
        t = self.tokens
        i = bisect.bisect_right(t.quote_ends, clause_start) - 1
        if i < 0:
            return None
        quote = t.quotes[i]
        between = self.text[quote.outer[1]:clause_start]
        if not _JOINER_RE.match(between) or "\n" in between or not quote.content.text:
            return None
        if quote.content.text.endswith(".") and "," not in between:
            return None  # the quotation ended its own sentence
        return quote

    def quote_after(self, clause_end: int) -> Quote | None:
        """A quotation right after the clause: "Ortiz said: “…”", "said, “…”", or after a
        short phrase ending in a comma or colon ("told reporters on Monday: “…”")."""
        t = self.tokens
        i = bisect.bisect_left(t.quote_starts, clause_end)
        if i >= len(t.quotes):
            return None
        quote = t.quotes[i]
        between = self.text[clause_end:quote.outer[0]]
        if _JOINER_RE.match(between) and "\n" not in between:
            return quote
        if between.rstrip().endswith(":") and len(between) < 120 and not _END_RE.search(between[:-1]):
            return quote
        if between.strip().endswith(",") and len(between.split()) <= 6 \
                and not _END_RE.search(between) and "\n" not in between:
            return quote
        return None

    def forward(self, start: int, limit: int, *, verb: str, tell: bool) -> Span | None:
        """The reported clause from ``start`` (the end of the cue clause) to ``limit``:
        "said (that) the plan failed", or an infinitive after a verb that takes one ("plans to
        veto the bill"). ``tell``: the verb takes a listener first."""
        t, low, text = self.tokens, self.tokens.lower, self.text
        clause_end = start
        following = text[start:limit]
        infinitive = verb in word_list("attribution_infinitive_verbs.txt") and following.lstrip().startswith("to ")
        if limit <= start or (_ADVERBIAL_RE.match(following) and not infinitive):
            return None
        k = t.index_at(start)
        # Skip the listener ("told reporters"), a time phrase ("on Monday") and "that".
        for j in range(k, min(k + 7, len(t.words))):
            if t.words[j].start >= limit or (j > k and not t.joined(j)):
                break
            if low[j] == "that" and (j == k or tell or low[j - 1] in _before_that()
                                     or verb in word_list("attribution_that_verbs.txt")):
                start = t.words[j].end
                break
        if tell and start == clause_end and k < len(t.words) \
                and low[k] in word_list("attribution_listeners.txt"):
            start = t.words[k].end
        piece = strip_punctuation(text, trimmed(text, start, limit))
        return piece if len(piece.text.split()) >= 2 else None

    def backward(self, sentence: Span, clause_start: int) -> Span | None:
        """The clause before the cue: "The plan failed, Ortiz said"."""
        before = self.text[sentence.start:clause_start].rstrip()
        if not before.endswith((",", "—", "–")):
            return None
        piece = strip_punctuation(self.text, trimmed(self.text, sentence.start,
                                                      sentence.start + len(before) - 1))
        return piece if len(piece.text.split()) >= 3 else None

    def after_noun(self, k: int, b: int) -> tuple[int, int, str] | None:
        """(start, end, kind) of a quotation or a that-clause right after word k-1."""
        t, text = self.tokens, self.text
        if k >= b:
            return None
        quote = self.quote_after(t.words[k - 1].end)
        if quote is not None and quote.outer[0] <= t.words[k].start:
            return quote.content.start, quote.content.end, "direct"
        if not t.joined(k) or t.lower[k] != "that" or k + 1 >= b:
            return None
        stop = _CLAUSE_END_RE.search(text, t.words[k + 1].start, t.words[b - 1].end)
        end = stop.start() if stop else t.words[b - 1].end
        kind = "mixed" if any(c in text[t.words[k + 1].start:end] for c in DOUBLE_MARKS) else "indirect"
        return t.words[k + 1].start, end, kind


@lru_cache(maxsize=1)
def _before_that() -> frozenset[str]:
    """Words after which "that" opens the clause of any reporting verb ("said Monday that")."""
    return (word_list("weekdays.txt") | word_list("time_words.txt")
            | word_list("attribution_before_that.txt"))


def strip_punctuation(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and text[end - 1] in ".,;:!?—–- ":
        end -= 1
    while start < end and text[start] in ",;:—–- ":
        start += 1
    return trimmed(text, start, end)
