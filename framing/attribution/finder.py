"""Finding attributions: who is credited with which words, through which cue.

Rule-based and explainable. One pass over the sentences; every rule looks only
a few words around a cue (plus a binary search among the quotations), so the
time taken grows linearly with the article. For each cue — a reporting verb
(``cues``; whether a form is used as a verb here is decided by
``verb_context``), an unlisted past-tense verb between its subject and a
that-clause ("Ortiz harrumphed that…"), "according to", a colon before a
quotation (``quote_credit``), or a speech noun with its owner and
a that-clause ("Ortiz's claim that…"):
1. the source is found by ``source_phrases`` (subject before the verb,
   or the phrase after it when a speech verb opens its clause; pronouns resolved by ``pronouns``);
   a passive cue ("was accused by the media", "is expected") is credited to its
   "by" agent or to nobody, never to its grammatical subject;
2. the content is found by ``content``: a quotation right
   next to the cue (before it, after it, or both when the cue interrupts it):
   ``direct``; failing that, the clause after the verb ("said [that] the plan
   failed") or before it ("The plan failed, Ortiz said"): ``indirect``, or
   ``mixed`` when it holds quotation marks; "according to" credits the rest of
   its sentence: ``according_to``.
A direct quotation with no cue (``framing.text.voices``: not a scare quote or a
quoted name) is someone's speech too; which speaker it goes to is decided in
``quote_credit``. A cue inside a
quotation is speech within speech and is left out. The record itself,
``Attribution``, is defined in ``record``.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
from dataclasses import dataclass, replace
from typing import Protocol

from framing.attribution import cues, document_cues, identity, source_types
from framing.attribution.content import ContentFinder, strip_punctuation
from framing.attribution.grammar import BETWEEN, CLAUSE_WORDS, NOT_NAMES, PRONOUNS
from framing.attribution.pronouns import Antecedents
from framing.attribution.quote_credit import colon_attribution, continued_quotes
from framing.attribution.record import (ACCORDING_TO, DIRECT, INDIRECT, MIXED, SPEECH,
                                        Attribution, Source, anchor_position)
from framing.attribution.source_phrases import SourceFinder
from framing.attribution.verb_context import VerbContext
from framing.attribution.word_view import TokenView
from framing.data import word_list
from framing.text.article import Article
from framing.text.quotes import DOUBLE_MARKS
from framing.text.spans import Span, trimmed
from framing.text.voices import Voices

_OWNERS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_MODALS = frozenset("would will could can should might may must to".split())
# A new clause or sentence between two cues ("''" is a quotation mark in some archives;
# a full stop before a capital is a sentence boundary the segmenter did not cut).
_CLAUSE_BREAK_RE = re.compile(
    rf"[;{DOUBLE_MARKS}]|''|[.!?] +[A-Z]|, (?:and|but|while|adding|saying)\b")


class RuleSettings(Protocol):
    """What settings change in the rules: the attribution analyzer's settings section
    (``framing.analyzers.attribution.Settings``), which holds the defaults and help."""

    @property
    def extra_verbs(self) -> tuple[str, ...]: ...
    @property
    def evaluative_verbs(self) -> tuple[str, ...]: ...
    @property
    def neutral_verbs(self) -> tuple[str, ...]: ...
    @property
    def indirect_speech(self) -> bool: ...
    @property
    def thoughts(self) -> bool: ...
    @property
    def credit_continued_quotes(self) -> bool: ...


@dataclass(slots=True)
class _Cue:
    """A cue found in a sentence, waiting for its content."""

    span: Span
    verb: str
    stance: str | None
    source: Source | None
    clause_start: int  # where the source-and-cue clause starts
    clause_end: int  # ... and ends
    kind: str | None = None  # ACCORDING_TO, or None for a verb
    strong: bool = True  # a speech verb: kept even without content
    tell: bool = False  # takes a listener before its content ("told reporters that")
    quoting: bool = False  # a cue only next to a quotation ("“…,” she continued")
    act: str = SPEECH  # speech or thought (cues.act_of)


class _Finder:
    """One pass over one article."""

    def __init__(self, article: Article, settings: RuleSettings, voices: Voices) -> None:
        self.article = article
        self.settings = settings
        self.voices = voices
        self.text = article.text
        self.lexicon = cues.with_extras(settings.extra_verbs, settings.evaluative_verbs,
                                        settings.neutral_verbs)
        self.tokens = TokenView(article)
        self.antecedents = Antecedents(self.tokens)
        self.sources = SourceFinder(self.tokens, self.antecedents)
        self.content = ContentFinder(self.tokens)
        self.verbs = VerbContext(self.tokens, thoughts=settings.thoughts)
        self.found: list[Attribution] = []
        # The only words a cue can start at (``match``): a first word of a listed form,
        # "according", or a word before "that"; and the speech nouns (``noun_cue``).
        # Found once per article, so a sentence is searched by bisection, not word by word.
        low, firsts, nouns = self.tokens.lower, self.lexicon.firsts, source_types.speech_nouns()
        self.cue_starts = [k for k, (word, following) in enumerate(zip(low, [*low[1:], ""]))
                           if word in firsts or word == "according" or following == "that"]
        self.noun_starts = list(compress(range(len(low)), map(nouns.__contains__, low)))

    def run(self) -> list[Attribution]:
        t = self.tokens
        for sentence, (a, b) in zip(self.article.sentences, t.ranges(self.article.sentences)):
            if a >= b:
                continue
            # A name opening the sentence is there for its own pronouns too ("Dr. Miriam
            # Osei put it plainly: “…,” she said.").
            self.antecedents.note_mention(a, b)
            # A label ("Ortiz: We will win") credits its whole sentence; otherwise
            # a colon is a cue only where no verb was found.
            if not self.colon(sentence, a, b, labels_only=True):
                before = len(self.found)
                self.sentence(sentence, a, b)
                if len(self.found) == before:
                    self.colon(sentence, a, b)
        if self.settings.credit_continued_quotes:
            self.found.extend(continued_quotes(self.found, t, self.article.sentences,
                                               voices=self.voices))
        return sorted(self.canonical(), key=anchor_position)

    def canonical(self) -> list[Attribution]:
        """Attributions with each source under its identity in the article (``identity``):
        its fullest name ("Wren" → "Tobias Wren" after "Mayor Tobias Wren voted") and an id."""
        return identity.resolve_article(self.found, self.antecedents.mentions, self.text)

    def sentence(self, sentence: Span, a: int, b: int) -> None:
        pending: list[_Cue] = []
        starts = self.cue_starts
        i = bisect.bisect_left(starts, a)
        while i < len(starts) and starts[i] < b:
            k = starts[i]
            match = self.match(k, b)
            if match is None:
                i += 1
                continue
            end, verb = match
            if not self.tokens.in_quote[k]:
                found = (self.according_to(a, k, end, b) if verb is None
                         else self.verb_cue(a, k, end, b, verb, pending))
                if found:
                    pending.append(found)
            i = bisect.bisect_left(starts, end, i + 1)  # the cue's own words start no other
        nouns = self.noun_starts
        for k in nouns[bisect.bisect_left(nouns, a + 1):bisect.bisect_left(nouns, b)]:
            if not self.tokens.in_quote[k]:
                self.noun_cue(sentence, a, k, b)
        for i, cue in enumerate(pending):
            # Content after a cue runs to the next cue's clause when a new clause
            # starts there; a cue inside the content ("said he would ask…") does not cut it.
            limit = sentence.end
            if i + 1 < len(pending) and _CLAUSE_BREAK_RE.search(
                    self.text, cue.span.end, max(cue.span.end, pending[i + 1].clause_start)):
                limit = pending[i + 1].clause_start
            self.finish(cue, sentence, limit)

    def match(self, k: int, b: int) -> tuple[int, cues.Verb | None] | None:
        """(end, verb) of the longest cue starting at word k; verb None for "according to"."""
        t, low = self.tokens, self.tokens.lower
        if low[k] == "according" and k + 1 < b and low[k + 1] == "to":
            return k + 2, None
        if low[k] in self.lexicon.firsts:
            for n in range(min(self.lexicon.longest, b - k), 0, -1):
                verb = self.lexicon.forms.get(tuple(low[k:k + n]))
                if verb is not None and all(t.joined(j) for j in range(k + 1, k + n)):
                    return k + n, verb
        if self.is_that_verb(k, b):
            return k + 1, cues.Verb(low[k], cues.ACT, cues.NEUTRAL)
        return None

    def is_that_verb(self, k: int, b: int) -> bool:
        """An unlisted verb between its subject and a that-clause ("Ortiz conceded that…",
        "he argues that…"): a past form, or a present one after a pronoun."""
        t, low = self.tokens, self.tokens.lower
        if k + 1 >= b or low[k + 1] != "that" or not t.joined(k + 1) or not t.joined(k) \
                or t.upper[k] or low[k] in BETWEEN or low[k] in NOT_NAMES:
            return False
        word = low[k]
        return len(word) > 4 and (word.endswith("ed") or (
            word.endswith("s") and not word.endswith("ss") and low[k - 1] in PRONOUNS))


    # -- verb cues ------------------------------------------------------------------
    def verb_cue(self, a: int, k: int, end: int, b: int, verb: cues.Verb,
                 pending: list[_Cue]) -> _Cue | None:
        t, low = self.tokens, self.tokens.lower
        if not self.verbs.is_verb(a, k, end, verb):
            return None
        if verb.mode == cues.EVIDENCE:
            found = self.document_cue(a, k, end, verb, pending)
            if found is not None:
                return found
        continues = self.verbs.continues_clause(a, k)
        # Inside the clause reported by the previous verb cue of the sentence?
        nested = bool(pending) and pending[-1].kind is None and not continues and \
            not _CLAUSE_BREAK_RE.search(self.text, pending[-1].span.end, t.words[k].start)
        if nested and verb.mode != cues.SPEECH:
            return None  # "Ortiz said she hopes…": the hope is part of what she said
        strong = verb.mode in (cues.SPEECH, cues.QUOTE) and not verb.nounlike
        if verb.lemma in ("appear", "seem") and end < b and low[end] in ("to", "like"):
            strong = True  # "the plan appears to fail": the writer's hedge
        if self.verbs.is_passive(a, k, verb):
            return self.passive_cue(k, end, b, verb)
        # Inside reported speech only a known kind of source makes a new cue.
        # "…, suggesting that…": the clause before the comma is not an appositive subject.
        after_comma = continues and low[k].endswith("ing")
        left = None if after_comma else self.sources.left(a, k, loose=strong and not nested)
        if nested and _same_speaker(left, pending[-1].source) and low[k - 1] in _MODALS:
            return None  # "Pike said he would ask…": one statement, not two
        # "…, attacking Trump": the object of a participle is not its source.
        right = (self.sources.right(end, b) if left is None and not continues and strong
                 and self.verbs.opens_clause(a, k) else None)
        source = left or right
        if verb.nounlike and (left is None or left.length > 6 or left.apposed):
            return None  # a form that is also a noun needs its subject right before it
        if source is None and not verb.nounlike and continues:
            # "Ortiz smiled and said…", "…, calling it a disgrace": the sentence's speaker.
            if pending and pending[-1].source:
                source = pending[-1].source
            else:
                source = self.sources.clause_subject(a, k)
        if not strong:
            if source is None and not (verb.mode == cues.ACT
                                       and self.content.quote_before(t.words[k].start) is not None):
                return None
            if source is not None and left is not None and left.length > 6 and not left.apposed:
                return None
        span = t.span(k, end)
        if source is not None:
            self.antecedents.remember(span.start, source)
        return _Cue(span=span, verb=verb.lemma, stance=verb.stance, source=source,
                    clause_start=left.span.start if left and left.span else span.start,
                    clause_end=right.end if right and right.end else span.end,
                    strong=strong, tell=verb.lemma in word_list("attribution_tell_verbs.txt"), quoting=verb.mode == cues.QUOTE,
                    act=cues.act_of(verb, source.type if source else None))

    def document_cue(self, a: int, k: int, end: int, verb: cues.Verb,
                     pending: list[_Cue]) -> _Cue | None:
        """"A poll released Sunday found…": the document before the phrase that describes
        it is the source; a participle in that phrase ("released") is not a cue."""
        j = document_cues.document_subject(self.tokens, a, k)
        if j is None:
            return None
        source = self.sources.ending_at(a, j)
        if source is None or source.span is None:
            return None
        while pending and pending[-1].span.start > source.span.start:
            pending.pop()
        span = self.tokens.span(k, end)
        self.antecedents.remember(span.start, source)
        return _Cue(span=span, verb=verb.lemma, stance=verb.stance, source=source,
                    clause_start=source.span.start, clause_end=span.end, strong=False,
                    act=cues.act_of(verb, source.type))

    def passive_cue(self, k: int, end: int, b: int, verb: cues.Verb) -> _Cue:
        """A passive cue: its subject is what was said or done, not the source; the source
        is the agent after "by" ("was accused by the news media"), if any."""
        t, low = self.tokens, self.tokens.lower
        source = None
        for j in range(end, min(end + 6, b)):
            if not t.joined(j):
                break
            if low[j] == "by":
                source = self.sources.right(j + 1, b)
                break
        span = t.span(k, end)
        if source is not None:
            self.antecedents.remember(span.start, source)
        return _Cue(span=span, verb=verb.lemma, stance=verb.stance, source=source,
                    clause_start=span.start,
                    clause_end=source.end if source and source.end else span.end,
                    strong=True, tell=False, quoting=verb.mode == cues.QUOTE,
                    act=cues.act_of(verb, source.type if source else None))

    # -- speech nouns ------------------------------------------------------------------
    def noun_cue(self, sentence: Span, a: int, k: int, b: int) -> None:
        """"Ortiz's claim that…", "his warning: “…”": a speech noun owned by its source,
        credited with the that-clause or quotation after it."""
        t, low, text = self.tokens, self.tokens.lower, self.text
        owner = low[k - 1]
        if not t.joined(k) or not (owner in _OWNERS or (owner.endswith(("'s", "s'"))
                                                         and t.upper[k - 1])):
            return
        found = self.content.after_noun(k + 1, b)
        if found is None:
            return
        start, stop, kind = found
        if owner in _OWNERS:
            resolved = self.antecedents.resolve(t.words[k - 1].start, _OWNERS[owner])
            source = (replace(resolved, span=t.span(k - 1, k)) if resolved
                      else Source(t.span(k - 1, k), source_types.UNRESOLVED, None))
        else:
            source = self.sources.phrase(k - 1, k)
            if source is None:
                return
        content = strip_punctuation(text, trimmed(text, start, stop))
        if not content.text:
            return
        self.add(Attribution(kind=kind, cue=t.span(k, k + 1), source=source.span, content=content,
                             content_parts=(content,), speaker=source.name,
                             source_type=source.type, stance=None, verb=low[k]), None)

    # -- according to ------------------------------------------------------------------
    def according_to(self, a: int, k: int, end: int, b: int) -> _Cue | None:
        t, low = self.tokens, self.tokens.lower
        e = end
        while e < b and (e == end or t.joined(e)) and low[e] not in CLAUSE_WORDS and e - end < 12:
            e += 1
        if e == end:
            return None
        words = t.texts(end, e)
        found = self.sources.phrase(end, e) if e - end <= 8 else None
        if found is None:
            run = source_types.name_words(words)
            found = Source(None, source_types.classify(words) or source_types.ANONYMOUS,
                           " ".join(run) if run else " ".join(words).lower(), length=e - end)
        found = replace(found, span=t.span(end, e))
        cue = t.span(k, end)
        self.antecedents.remember(cue.start, found)
        return _Cue(span=cue, verb="according to", stance=None, source=found,
                    clause_start=cue.start, clause_end=t.words[e - 1].end, kind=ACCORDING_TO)

    # -- content -----------------------------------------------------------------------
    def finish(self, cue: _Cue, sentence: Span, limit: int) -> None:
        """Find the cue's content and record the attribution."""
        text = self.text
        parts: list[Span] = []
        if cue.kind == ACCORDING_TO:
            for piece in (trimmed(text, sentence.start, cue.clause_start),
                          trimmed(text, cue.clause_end, limit)):
                piece = strip_punctuation(text, piece)
                if len(piece.text.split()) >= 2:
                    parts.append(piece)
            kind = ACCORDING_TO
        else:
            kind = DIRECT
            for quote in (self.content.quote_before(cue.clause_start), self.content.quote_after(cue.clause_end)):
                if quote is not None:
                    parts.append(quote.content)
            if not parts:
                forward = self.content.forward(cue.clause_end, limit, verb=cue.verb, tell=cue.tell)
                backward = self.content.backward(sentence, cue.clause_start)
                # "The plan failed, said Ortiz, with…": an inverted cue reports what came before.
                piece = backward or forward if cue.clause_end > cue.span.end else forward or backward
                parts = [piece] if piece else []
                kind = MIXED if piece and any(c in piece.text for c in DOUBLE_MARKS) else INDIRECT
                if kind == INDIRECT and parts and not self.settings.indirect_speech:
                    return
            if (not parts and not cue.strong) or (cue.quoting and kind != DIRECT):
                return
        source = cue.source
        self.add(Attribution(
            kind=kind, cue=cue.span, source=source.span if source else None,
            content=Span.of(text, parts[0].start, parts[-1].end) if parts else None,
            content_parts=tuple(parts), speaker=source.name if source else None,
            source_type=source.type if source else None, stance=cue.stance, verb=cue.verb,
            act=cue.act), source)

    def add(self, attribution: Attribution, source: Source | None) -> None:
        self.found.append(attribution)
        if source is not None and attribution.verb == ":":
            self.antecedents.remember(anchor_position(attribution)[0], source)

    # -- colon cues --------------------------------------------------------------------
    def colon(self, sentence: Span, a: int, b: int, *, labels_only: bool = False) -> bool:
        """Record a colon cue in the sentence, if any; whether one was found."""
        found = colon_attribution(self.tokens, self.sources, sentence, a, b,
                                  indirect=self.settings.indirect_speech, labels_only=labels_only)
        if found is None:
            return False
        self.add(*found)
        return True


def _same_speaker(one: Source | None, other: Source | None) -> bool:
    return bool(one and other and one.name and other.name
                and source_types.speaker_key(one.name) == source_types.speaker_key(other.name))


def find_attributions(article: Article, settings: RuleSettings, *,
                      voices: Voices) -> list[Attribution]:
    """All attributions in ``article``, in text order, found as ``settings`` say;
    ``voices`` tells which of its quotations are speech."""
    return _Finder(article, settings, voices).run()
