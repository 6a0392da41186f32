"""Voices: whose words each word of an article is.

Every analyzer reads this one definition, so "quoted" means the same thing in
the tone by voice, the loaded terms and the attribution figures:

- ``quoted``: inside a direct quotation (``speech``), the words of someone the
  outlet quotes;
- ``scare``: inside a scare quote, a quoted word or short phrase that nobody is
  credited with saying ("the “reform” left families worse off"): the outlet's own
  words, held at a distance;
- ``own``: everything else, the outlet's own voice.

A quotation (``article.quotes``, or a word or phrase in single quotation marks) is
a scare quote when it is closed within one paragraph, holds one to
``scare_quote_words`` words, does not end like a sentence (. ? !), and no speech
cue credits it: no reporting verb (any speech, quote or act form in
``data/attribution_verbs.tsv`` that is not also a noun: "said", "called",
"dubbed", not "report" or "attack") or credit word
(``data/voice_credit_words.txt``: "according to", "the term") within five words
before it or three words after it in its sentence, and no colon right before it.
In news a short quotation next to such a cue is nearly always a partial quote.
A short uncredited quotation of capitalised words (“Fox News”, “Medicare for
All”) is a name or a title: neither speech nor a scare quote, so its words are
the outlet's own. Every other double-quoted quotation holding a word is speech.
Single quotation marks are read only as scare quotes: as speech they cannot be
told from apostrophes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from framing.data import verb_forms, word_list
from framing.text.article import Article
from framing.text.spans import Span
from framing.text.word_table import word_table

Voice = Literal["own", "quoted", "scare"]
OWN: Voice = "own"
QUOTED: Voice = "quoted"
SCARE: Voice = "scare"
NAME = "name"  # a quoted name or title: its words are the outlet's own

# The verb modes that credit words to a speaker; beliefs (thought) and findings
# (evidence) do not say that anybody used the quoted words.
CREDITING_MODES = frozenset({"speech", "quote", "act"})

# ‘…’ or '…' starting with a letter; an apostrophe inside ("Trump’s") does not close it.
# The opening mark comes first and the look at the character before it after, so that the
# search skips ahead to the next mark instead of testing every position.
_SINGLE_QUOTE_RE = re.compile(
    r"[‘'](?<![\w’'][‘'])([^\W\d_](?:[^‘’'\n]|[’'](?=\w)){0,60}?)[’'](?!\w)")
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class Voices:
    """Which quotations of an article are speech and which are scare quotes, and
    the voice of each of its words. All spans are in text order and disjoint."""

    speech: tuple[Span, ...]  # contents of direct quotations
    scare: tuple[Span, ...]  # scare quotes, without their marks
    labels: tuple[Voice, ...]  # the voice of each of ``article.words``, in order

    @property
    def quoted_words(self) -> int:
        """Words inside direct quotations."""
        return self.labels.count(QUOTED)

    @property
    def own_words(self) -> int:
        """Words in the outlet's own voice, scare quotes included."""
        return len(self.labels) - self.quoted_words

    def is_quoted(self, start: int, end: int) -> bool:
        """Whether ``start``–``end`` lies inside one direct quotation."""
        i = bisect.bisect_right(self.speech, start, key=lambda s: s.start) - 1
        return i >= 0 and self.speech[i].contains(start, end)

    def is_speech(self, content: Span) -> bool:
        """Whether the quotation with this content is a direct quotation."""
        i = bisect.bisect_left(self.speech, content.start, key=lambda s: s.start)
        return i < len(self.speech) and self.speech[i].start == content.start


def find_voices(article: Article, *, scare_quote_words: int) -> Voices:
    """The article's voices; a quotation of at most ``scare_quote_words`` words
    credited to nobody is a scare quote (the ``[voice]`` settings give the value)."""
    text = article.text
    cues = _cues()
    speech, scare = [], []
    for quote in article.quotes:
        if not _WORD_RE.search(quote.content.text):
            continue  # empty marks or an ellipsis: nobody's words
        kind = _short_kind(text, quote.content, scare_quote_words, cues) \
            if quote.closed_at is not None and quote.paragraphs == 1 else None
        if kind is None:
            speech.append(quote.content)
        elif kind == SCARE:
            scare.append(_without_inner_punctuation(text, quote.content))
    for match in _SINGLE_QUOTE_RE.finditer(text):
        content = Span.of(text, match.start(1), match.end(1))
        if _short_kind(text, content, scare_quote_words, cues) == SCARE:
            scare.append(_without_inner_punctuation(text, content))
    speech.sort(key=lambda s: s.start)
    scare.sort(key=lambda s: s.start)
    return Voices(tuple(speech), tuple(scare), _labels(article.words, speech, scare))


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    """The forms that credit a short quotation, each one or more lower-case words."""
    return verb_forms(CREDITING_MODES, nounlike=False) | word_list("voice_credit_words.txt")


def _short_kind(text: str, content: Span, max_words: int, cues: frozenset[str]) -> str | None:
    """For a closed quotation: SCARE, NAME for a name or title, or None for speech."""
    content = _without_inner_punctuation(text, content)
    words = _WORD_RE.findall(content.text)
    if not 1 <= len(words) <= max_words or content.text.rstrip()[-1:] in ".?!":
        return None
    if _credited(text, content, cues):
        return None
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return "name"
    return SCARE


def _without_inner_punctuation(text: str, content: Span) -> Span:
    """The content without punctuation inside the closing mark, as American style has it."""
    end = content.end
    while end > content.start and text[end - 1] in ",;: ":
        end -= 1
    return Span.of(text, content.start, end)


def _credited(text: str, content: Span, cues: frozenset[str]) -> bool:
    """A speech cue within a few words before the quotation or just after it, in the
    same sentence, or a colon right before it."""
    before = text[max(0, content.start - 60):content.start - 1]
    before = _SENTENCE_END_RE.split(before)[-1]
    if before.rstrip().endswith(":"):
        return True
    after = _SENTENCE_END_RE.split(text[content.end + 1:content.end + 40])[0]
    near_before = [w.lower() for w in _LETTERS_RE.findall(before)[-5:]]
    near_after = [w.lower() for w in _LETTERS_RE.findall(after)[:3]]
    return _has_cue(near_before, cues) or _has_cue(near_after, cues)


def _has_cue(words: list[str], cues: frozenset[str]) -> bool:
    """Whether a cue form (one or more words) stands among ``words``."""
    return any(" ".join(words[i:j]) in cues
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _labels(words: tuple[Span, ...], speech: list[Span], scare: list[Span]) -> tuple[Voice, ...]:
    """The voice of each word: quoted inside speech, else scare inside a scare quote."""
    labels: list[Voice] = [OWN] * len(words)
    counter = word_table(words)
    for spans, voice in ((scare, SCARE), (speech, QUOTED)):
        for span in spans:
            first = bisect.bisect_right(counter.ends, span.start)
            count = counter.count((span,))
            labels[first:first + count] = [voice] * count  # the span's words, in one step
    return tuple(labels)
