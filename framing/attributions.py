"""Finding attributions: who is credited with which words, through which cue.

Rule-based and explainable. One pass over the sentences; every rule looks only
a few words around a cue (plus a binary search among the quotations), so the
time taken grows linearly with the article. For each cue — a reporting verb
(``framing.cues``), an unlisted past-tense verb between its subject and a
that-clause ("Ortiz harrumphed that…"), "according to", a colon before a
quotation, or a speech noun with its owner and a that-clause ("Ortiz's claim
that…"):
1. the source is found by ``framing.source_phrases`` (subject before the verb,
   or the phrase after it when a speech verb opens its clause; pronouns resolved);
   a passive cue ("was accused by the media", "is expected") is credited to its
   "by" agent or to nobody, never to its grammatical subject;
2. the content is found by ``framing.attribution_content``: a quotation right
   next to the cue (before it, after it, or both when the cue interrupts it):
   ``direct``; failing that, the clause after the verb ("said [that] the plan
   failed") or before it ("The plan failed, Ortiz said"): ``indirect``, or
   ``mixed`` when it holds quotation marks; "according to" credits the rest of
   its sentence: ``according_to``.
A quotation of a few words or more with no cue is someone's speech too
(``inferred``): one opening a sentence right after an attributed quotation, in
its paragraph or the next, is credited to the same speaker, as a reader would;
otherwise its speaker is unknown (None). A cue inside a quotation is
speech within speech and is left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from framing import cue_patterns, cues, sources
from framing.article import Article
from framing.attribution_content import QUOTE_CHARS, ContentFinder, strip_punctuation
from framing.source_phrases import BETWEEN, CLAUSE_WORDS, Source, SourceFinder, is_between
from framing.spans import Span, trimmed
from framing.tokens import TokenView

DIRECT, INDIRECT, MIXED, ACCORDING_TO = "direct", "indirect", "mixed", "according_to"

_OTHER_SENSE = frozenset("up off down away".split())
_OTHER_SENSE_PAIRS = frozenset({("add", "to"), ("add", "on")})
_NOUN_MARKERS = frozenset("the a an his her its their our my your this these those every each no "
                          "any another".split())
_OWNERS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# "he's said", "who's called": a contraction, not a possessive, before the verb.
_CONTRACTS = frozenset({*sources.PRONOUNS, *sources.RELATIVES, "that", "there"})
_TELL_VERBS = frozenset("tell inform assure reassure remind warn ask urge advise notify promise "
                        "email text".split())
_LABELS = frozenset("update note editor editors watch related photo photos video read more see "
                    "also correction clarification q a listen follow warning caption source "
                    "sources revealed look latest name age breaking exclusive analysis opinion "
                    "review live".split())
# A new clause or sentence between two cues ("''" is a quotation mark in some archives;
# a full stop before a capital is a sentence boundary the segmenter did not cut).
_MODALS = frozenset("would will could can should might may must to".split())
_BE = frozenset("is are was were be been being".split())
# Participles that describe the subject's own state of mind ("Ortiz is worried that…").
_STATES = frozenset("worry".split())
_CLAUSE_BREAK_RE = re.compile(r"[;“”\"]|''|[.!?] +[A-Z]|, (?:and|but|while|adding|saying)\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution: ``source`` says ``content`` through ``cue``. Any span may be None."""

    kind: str  # direct, indirect, mixed or according_to
    cue: Span | None
    source: Span | None
    content: Span | None  # from the first content part to the last
    content_parts: tuple[Span, ...]  # the content without the cue and source between parts
    speaker: str | None  # the source's name, e.g. "Ana Ortiz"; None when unknown
    source_type: str | None  # named_person, organisation, document, anonymous, unresolved_pronoun
    stance: str | None  # neutral or evaluative for a verb cue, else None
    verb: str | None  # the cue verb's lemma ("say"), "according to" or ":"
    inferred: bool = False  # credited to the previous speaker without a cue of its own

    def to_json(self) -> dict:
        def span(value: Span | None) -> dict | None:
            return None if value is None else value.to_json()
        return {"kind": self.kind, "cue": span(self.cue), "source": span(self.source),
                "content": span(self.content),
                "content_parts": [part.to_json() for part in self.content_parts],
                "speaker": self.speaker,
                "source_type": self.source_type, "stance": self.stance, "verb": self.verb,
                "inferred": self.inferred}


@dataclass(frozen=True, slots=True)
class Options:
    """What the analyzer's settings change in the rules."""

    extra_verbs: frozenset[str] = frozenset()  # word forms, lower case
    evaluative_verbs: frozenset[str] = frozenset()
    neutral_verbs: frozenset[str] = frozenset()  # lemmas or forms to count as neutral
    indirect: bool = True
    thoughts: bool = True
    credit_continued: bool = True
    min_quote_words: int = 4


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


class _Finder:
    """One pass over one article."""

    def __init__(self, article: Article, options: Options) -> None:
        self.article = article
        self.options = options
        self.text = article.text
        self.lexicon = cues.with_extras(options.extra_verbs, options.evaluative_verbs,
                                        options.neutral_verbs)
        self.longest = max(len(key) for key in self.lexicon)
        self.tokens = TokenView(article)
        self.sources = SourceFinder(self.tokens)
        self.content = ContentFinder(self.tokens)
        self.found: list[Attribution] = []
        # Words written capitalised inside a sentence and never in lower case: names.
        t = self.tokens
        self.names = {t.lower[k] for k in range(len(t.words)) if t.capitalised(k)
                      and k not in t.sentence_starts} - t.vocabulary

    def run(self) -> list[Attribution]:
        t = self.tokens
        for sentence, (a, b) in zip(self.article.sentences, t.ranges(self.article.sentences)):
            if a >= b:
                continue
            # A label ("Ortiz: We will win") credits its whole sentence; otherwise
            # a colon is a cue only where no verb was found.
            if not self.colon(sentence, a, b, labels_only=True):
                before = len(self.found)
                self.sentence(sentence, a, b)
                if len(self.found) == before:
                    self.colon(sentence, a, b)
            self.sources.note_mention(a, b)
        if self.options.credit_continued:
            self.continued()
        return sorted(self.canonical(), key=_order)

    def canonical(self) -> list[Attribution]:
        """Attributions with each person under the fullest form of their name seen
        in the article ("Wren" → "Tobias Wren" after "Mayor Tobias Wren voted")."""
        people = [a.speaker for a in self.found
                  if a.speaker and a.source_type == sources.NAMED_PERSON]
        mentioned = [m.name for _, m in self.sources.mentions if m.name]
        keys = {sources.speaker_key(name) for name in people}
        merged = sources.merge_names(people + [n for n in mentioned
                                               if sources.speaker_key(n) in keys])
        return [replace(a, speaker=merged[a.speaker]) if a.speaker in merged else a
                for a in self.found]

    def sentence(self, sentence: Span, a: int, b: int) -> None:
        pending: list[_Cue] = []
        k = a
        while k < b:
            match = self.match(k, b)
            if match is None:
                k += 1
                continue
            end, verb = match
            if not self.tokens.in_quote[k]:
                found = (self.according_to(a, k, end, b) if verb is None
                         else self.verb_cue(a, k, end, b, verb, pending))
                if found:
                    pending.append(found)
            k = end
        for k in range(a + 1, b):
            if self.tokens.lower[k] in sources.speech_nouns() and not self.tokens.in_quote[k]:
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
        for n in range(min(self.longest, b - k), 0, -1):
            verb = self.lexicon.get(tuple(low[k:k + n]))
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
                or t.capitalised(k) or low[k] in BETWEEN or low[k] in sources.NOT_NAMES:
            return False
        word = low[k]
        return len(word) > 4 and (word.endswith("ed") or (
            word.endswith("s") and not word.endswith("ss") and low[k - 1] in sources.PRONOUNS))


    # -- verb cues ------------------------------------------------------------------
    def verb_cue(self, a: int, k: int, end: int, b: int, verb: cues.Verb,
                 pending: list[_Cue]) -> _Cue | None:
        t, low = self.tokens, self.tokens.lower
        if not self.is_verb(a, k, end, verb):
            return None
        if verb.mode == cues.EVIDENCE:
            found = self.document_cue(a, k, end, verb, pending)
            if found is not None:
                return found
        continues = self.continues_clause(a, k)
        # Inside the clause reported by the previous verb cue of the sentence?
        nested = bool(pending) and pending[-1].kind is None and not continues and \
            not _CLAUSE_BREAK_RE.search(self.text, pending[-1].span.end, t.words[k].start)
        if nested and verb.mode != cues.SPEECH:
            return None  # "Ortiz said she hopes…": the hope is part of what she said
        strong = verb.mode in (cues.SPEECH, cues.QUOTE) and not verb.nounlike
        if verb.lemma in ("appear", "seem") and end < b and low[end] in ("to", "like"):
            strong = True  # "the plan appears to fail": the writer's hedge
        if self.is_passive(a, k, verb):
            return self.passive_cue(k, end, b, verb)
        # Inside reported speech only a known kind of source makes a new cue.
        # "…, suggesting that…": the clause before the comma is not an appositive subject.
        after_comma = continues and low[k].endswith("ing")
        left = None if after_comma else self.sources.left(a, k, loose=strong and not nested)
        if nested and _same_speaker(left, pending[-1].source) and low[k - 1] in _MODALS:
            return None  # "Pike said he would ask…": one statement, not two
        # "…, attacking Trump": the object of a participle is not its source.
        right = (self.sources.right(end, b) if left is None and not continues and strong
                 and self.opens_clause(a, k) else None)
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
            self.sources.remember(span.start, source)
        return _Cue(span=span, verb=verb.lemma, stance=verb.stance, source=source,
                    clause_start=left.span.start if left and left.span else span.start,
                    clause_end=right.end if right and right.end else span.end,
                    strong=strong, tell=verb.lemma in _TELL_VERBS, quoting=verb.mode == cues.QUOTE)

    def document_cue(self, a: int, k: int, end: int, verb: cues.Verb,
                     pending: list[_Cue]) -> _Cue | None:
        """"A poll released Sunday found…": the document before the phrase that describes
        it is the source; a participle in that phrase ("released") is not a cue."""
        j = cue_patterns.document_subject(self.tokens, a, k)
        if j is None:
            return None
        source = self.sources.ending_at(a, j)
        if source is None or source.span is None:
            return None
        while pending and pending[-1].span.start > source.span.start:
            pending.pop()
        span = self.tokens.span(k, end)
        self.sources.remember(span.start, source)
        return _Cue(span=span, verb=verb.lemma, stance=verb.stance, source=source,
                    clause_start=source.span.start, clause_end=span.end, strong=False)

    def is_passive(self, a: int, k: int, verb: cues.Verb) -> bool:
        """"was said", "is expected", "had been asked": a participle after a form of "be"."""
        t, low = self.tokens, self.tokens.lower
        if low[k].endswith(("ing", "s")) or verb.lemma in _STATES:
            return False
        after = self.tokens.words[k].end
        if low[k].endswith("ed") and self.text[after:after + 4] == " by ":
            return True  # "a practice criticized by civil rights advocates", "Asked by Starnes"
        j = k - 1
        while j >= a and is_between(t, j) and t.joined(j + 1):
            if low[j] in _BE:
                return True
            j -= 1
        return False

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
            self.sources.remember(span.start, source)
        return _Cue(span=span, verb=verb.lemma, stance=verb.stance, source=source,
                    clause_start=span.start,
                    clause_end=source.end if source and source.end else span.end,
                    strong=True, tell=False, quoting=verb.mode == cues.QUOTE)

    def is_verb(self, a: int, k: int, end: int, verb: cues.Verb) -> bool:
        """Whether the form at k is used as a reporting verb here."""
        t, low = self.tokens, self.tokens.lower
        previous = low[k - 1] if k > a else ""
        counted = verb.mode == cues.SPEECH and not verb.nounlike and (
            previous[:1].isdigit() or previous in {"another", "each"})  # "another said", "43 said"
        if (previous in _NOUN_MARKERS or previous[:1].isdigit()) and t.joined(k) and not counted:
            return False  # "the report", "a call", "1,200 pledged delegates"
        if previous.endswith(("'s", "s'")) and t.joined(k) and previous.split("'")[0] not in _CONTRACTS:
            return False  # "Clinton's state", "voters' support"
        if k > a and t.capitalised(k) and not t.in_headline(k):
            return False  # "the Washington Post", "Secretary of State"
        if verb.mode == cues.THOUGHT and not self.options.thoughts:
            return False
        if previous == "to" and (verb.mode != cues.SPEECH or k - 1 == a):
            return False  # "to call", "to show": only speech after "to" ("declined to say")
        following = low[end] if end < len(t.words) and t.joined(end) else ""
        if following in _OTHER_SENSE or (verb.lemma, following) in _OTHER_SENSE_PAIRS:
            return False  # "add up", "called off", "adding to his wins": another verb
        return not verb.nounlike or self.verb_context(a, k, end)

    def verb_context(self, a: int, k: int, end: int) -> bool:
        """For a form that is also a noun: a pronoun or an auxiliary right before
        it, or "that", a quotation, a comma or a colon right after it."""
        t, low = self.tokens, self.tokens.lower
        if k > a and t.joined(k) and (low[k - 1] in sources.PRONOUNS or is_between(t, k - 1)
                                      or low[k - 1] in sources.RELATIVES
                                      or low[k - 1] in sources.anonymous_nouns()
                                      or low[k - 1] in sources.document_words()):
            return True  # "he says", "did not say", "critics fear", "polls show"
        if end < len(t.words) and low[end] == "that" and t.joined(end):
            return True
        if k > a and t.joined(k) and low[k].endswith("s") and t.capitalised(k - 1) \
                and (k - 1 not in t.sentence_starts or (k - 2 >= a and t.capitalised(k - 2))
                     or low[k - 1] in self.names):
            return True  # "Calderon calls", "the Pentagon says"; "Ortiz plans" opening a sentence
        after = t.words[end - 1].end
        following = self.text[after:after + 3].lstrip()[:1]
        return following in (":", ",") or following in QUOTE_CHARS

    def continues_clause(self, a: int, k: int) -> bool:
        """Whether the verb at k shares an earlier clause's subject: after "and" or
        "but", or an -ing form right after a comma."""
        t, low = self.tokens, self.tokens.lower
        j = k - 1
        while j > a and is_between(t, j) and t.joined(j + 1):
            j -= 1
        if j <= a:
            return False
        if low[j] in {"and", "but"} and t.joined(j + 1):
            return True
        return low[k].endswith("ing") and j == k - 1 and t.gap(k).strip() == ","

    def opens_clause(self, a: int, k: int) -> bool:
        """Whether the verb at k opens its clause (after a quotation, a comma or the start)."""
        t, low = self.tokens, self.tokens.lower
        j = k - 1
        while j >= a and is_between(t, j) and t.joined(j + 1):
            j -= 1
        return j < a or not t.joined(j + 1) or low[j] in {"and", "but"}

    # -- speech nouns ------------------------------------------------------------------
    def noun_cue(self, sentence: Span, a: int, k: int, b: int) -> None:
        """"Ortiz's claim that…", "his warning: “…”": a speech noun owned by its source,
        credited with the that-clause or quotation after it."""
        t, low, text = self.tokens, self.tokens.lower, self.text
        owner = low[k - 1]
        if not t.joined(k) or not (owner in _OWNERS or (owner.endswith(("'s", "s'"))
                                                         and t.capitalised(k - 1))):
            return
        found = self.content.after_noun(k + 1, b)
        if found is None:
            return
        start, stop, kind = found
        if owner in _OWNERS:
            resolved = self.sources.resolve(t.words[k - 1].start, _OWNERS[owner])
            source = (replace(resolved, span=t.span(k - 1, k)) if resolved
                      else Source(t.span(k - 1, k), sources.UNRESOLVED, None))
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
            run = sources.name_words(words)
            found = Source(None, sources.classify(words) or sources.ANONYMOUS,
                           " ".join(run) if run else " ".join(words).lower(), length=e - end)
        found = replace(found, span=t.span(end, e))
        cue = t.span(k, end)
        self.sources.remember(cue.start, found)
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
                kind = MIXED if piece and any(c in piece.text for c in QUOTE_CHARS) else INDIRECT
                if kind == INDIRECT and parts and not self.options.indirect:
                    return
            if (not parts and not cue.strong) or (cue.quoting and kind != DIRECT):
                return
        source = cue.source
        self.add(Attribution(
            kind=kind, cue=cue.span, source=source.span if source else None,
            content=Span.of(text, parts[0].start, parts[-1].end) if parts else None,
            content_parts=tuple(parts), speaker=source.name if source else None,
            source_type=source.type if source else None, stance=cue.stance, verb=cue.verb),
            source)

    def add(self, attribution: Attribution, source: Source | None) -> None:
        self.found.append(attribution)
        if source is not None and attribution.verb == ":":
            self.sources.remember(_order(attribution)[0], source)

    # -- colon cues --------------------------------------------------------------------
    def colon(self, sentence: Span, a: int, b: int, *, labels_only: bool = False) -> bool:
        """"Ortiz was blunt: “…”" (a colon before a quotation), and labels opening a
        paragraph or headline ("Ortiz: We will win")."""
        t, text = self.tokens, self.text
        colon_at = text.find(":", sentence.start, sentence.end)
        if colon_at < 0:
            return False
        k = t.index_at(colon_at)
        if k <= a or t.in_quote[k - 1]:
            return False
        i = bisect.bisect_left(t.quote_starts, colon_at)
        quote = t.quotes[i] if i < len(t.quotes) else None
        label = k - a <= 4 and t.is_paragraph_start(sentence.start) and all(
            t.capitalised(j) or t.lower[j] in sources.title_words() for j in range(a, k))
        if labels_only and not label:
            return False
        after = trimmed(text, colon_at + 1, sentence.end)
        if quote is not None and not text[colon_at + 1:quote.outer[0]].strip() \
                and text[colon_at + 1:quote.outer[0]].count("\n") <= 2:
            content, kind = quote.content, DIRECT
        elif label and len(after.text.split()) >= 2:
            content = strip_punctuation(text, after)
            kind = MIXED if any(c in content.text for c in QUOTE_CHARS) else INDIRECT
            if kind == INDIRECT and not self.options.indirect:
                return False
        else:
            return False
        if label and {w.lower() for w in t.texts(a, k)} & _LABELS:
            return False
        source = self.sources.phrase(a, k) if label else self.sources.subject(a, k)
        if source is None:
            return False
        self.add(Attribution(kind=kind, cue=Span.of(text, colon_at, colon_at + 1),
                             source=source.span, content=content, content_parts=(content,),
                             speaker=source.name, source_type=source.type, stance=None, verb=":"),
                 source)
        return True

    # -- quotations with no cue ------------------------------------------------------------
    def continued(self) -> None:
        """Count cue-less quotations of a few words or more as speech; one opening a
        sentence just after an attributed quotation goes to the same speaker."""
        t = self.tokens
        ordered = sorted(self.found, key=_order)
        used = sorted((p.start, p.end) for found in ordered for p in found.content_parts)
        used_starts = [u[0] for u in used]
        sentence_starts = {s.start for s in self.article.sentences}
        last: Attribution | None = None
        last_paragraph = -10
        next_found = 0
        for quote in t.quotes:
            while next_found < len(ordered) and _order(ordered[next_found])[0] < quote.outer[0]:
                found = ordered[next_found]
                next_found += 1
                credited = found.speaker is not None or found.source_type == sources.UNRESOLVED
                last = found if found.kind in (DIRECT, MIXED) and credited else None
                if last is not None:
                    last_paragraph = t.paragraph_of((found.content or found.cue).end)
            i = bisect.bisect_right(used_starts, quote.content.start) - 1
            if i >= 0 and used[i][1] > quote.content.start:
                continue  # already somebody's content
            if len(quote.content.text.split()) < self.options.min_quote_words:
                continue  # a scare quote or a title
            opens = quote.outer[0] in sentence_starts
            if last is not None and (not opens or
                                     t.paragraph_of(quote.outer[0]) - last_paragraph > 1):
                last = None
            self.found.append(Attribution(
                kind=DIRECT, cue=None, source=None, content=quote.content,
                content_parts=(quote.content,), speaker=last.speaker if last else None,
                source_type=last.source_type if last else None, stance=None, verb=None,
                inferred=True))
            if last is not None:
                last_paragraph = t.paragraph_of(quote.content.end)


def _same_speaker(one: Source | None, other: Source | None) -> bool:
    return bool(one and other and one.name and other.name
                and sources.speaker_key(one.name) == sources.speaker_key(other.name))


def _order(attribution: Attribution) -> tuple[int, int]:
    anchor = attribution.cue or attribution.content or attribution.source
    return anchor.start, anchor.end


def find_attributions(article: Article, options: Options = Options()) -> list[Attribution]:
    """All attributions in ``article``, in text order."""
    return _Finder(article, options).run()
