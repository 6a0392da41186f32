"""The tone an article takes towards each actor, and the loaded terms attached to it.

No annotated data was at hand to tune this, so it follows from what the tone should
measure: the author's feeling towards the actor, not the actor's own feelings.

- Every resolved mention counts (full name, surname, role, pronoun credited as a source),
  not only the surname.
- The actor's own words are not about the actor: content credited to the actor (its
  quotations and reported speech) is taken out of the text scored for it. "Pike called the
  plan a disgrace" says how Pike feels about the plan.
- Words another speaker says about the actor are about it: a mention inside someone else's
  credited content is scored by that content ("Pike said Marsh had misled the council"
  lowers Marsh's tone, not Pike's).
- In the outlet's own words, direct quotations are someone else's feelings and are left out
  ("Dunn called the bridge 'a death trap'" is Dunn's view of the bridge); a mention inside
  a quotation is scored by that quotation.
- A sentence that names one actor in the outlet's own words is scored whole (quotations
  out), with the VADER compound the sentiment analyzer already gave it when nothing is cut; a sentence that names several
  is cut into clauses (at ; : — and before "but", "while", "although"…), and each actor
  takes the clauses that name it ("X rebuilt the school, but Y let it fall apart").
- A piece with fewer than three words besides the actor's own name is not scored: what is
  left of '"We will win," said Pike' once Pike's words are out says nothing about Pike.

An actor's tone is the mean over the sentences that mention it, from -1 (negative) to
+1 (positive); ``sentences`` says how many there are. Loaded terms attach to an actor when
they are in its naming terms or in the clause of a mention, outside its own words; loaded
terms inside a direct quotation attach only when the mention is in that quotation's content.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from framing.analyzers import sentiment
from framing.analyzers.loaded_language import LoadedSpan
from framing.attribution.record import Attribution
from framing.text.spans import Span

_CLAUSE_RE = re.compile(r"\s*[;:—–]\s*|,?\s+(?=(?:but|while|whereas|although|though|yet)\b)"
                        r"|,\s+(?=(?:and|so)\b)")
_MIN_WORDS = 3
_LOOK_BACK = 40  # content parts looked at before a mention (they may nest)
_WORD_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class ActorText:
    """What the tone of one actor is read from."""

    mentions: tuple[Span, ...]
    labels: tuple[Span, ...]
    speaker_id: str | None  # its identity among the article's sources, if it is one


@dataclass(frozen=True, slots=True)
class ActorTone:
    tone: float | None  # mean compound of the sentences that mention it; None when none is scored
    sentences: int
    loaded: tuple[LoadedSpan, ...]


def actor_tones(text: str, scored: Sequence[sentiment.ScoredSentence],
                attributions: Sequence[Attribution], quotes: Sequence[Span],
                loaded: Sequence[LoadedSpan], actors: Sequence[ActorText]) -> list[ActorTone]:
    """The tone and attached loaded terms of each of ``actors`` (see the module docstring);
    ``quotes`` are the article's direct quotations (their contents; scare quotes left out)."""
    starts = [s.span.start for s in scored]
    parts = [(p, a.speaker_id) for a in attributions for p in a.content_parts]
    parts += [(q, None) for q in quotes]  # a quotation nobody is credited with: someone's words
    parts.sort(key=lambda item: item[0].start)
    part_starts = [p.start for p, _ in parts]
    owned: dict[str, list[Span]] = {}
    for p, owner in parts:
        if owner is not None:
            owned.setdefault(owner, []).append(p)

    def reported(mention: Span, speaker_id: str | None) -> Span | None:
        """The content part of another speaker the mention lies inside, if any."""
        last = bisect.bisect_right(part_starts, mention.start)
        for p, owner in reversed(parts[max(0, last - _LOOK_BACK):last]):
            if p.contains(mention.start, mention.end) and (owner is None or owner != speaker_id):
                return p
        return None

    # Which actors each sentence names in the outlet's own words.
    narrated: dict[int, set[int]] = {}
    for i, actor in enumerate(actors):
        for m in actor.mentions:
            if reported(m, actor.speaker_id) is None:
                narrated.setdefault(_index(starts, m.start), set()).add(i)
    results = []
    for i, actor in enumerate(actors):
        own = owned.get(actor.speaker_id, []) if actor.speaker_id is not None else []
        # The outlet's own words about the actor: its own speech and every direct quotation out.
        unvoiced = sorted(own + list(quotes), key=lambda p: p.start)
        own_starts, unvoiced_starts = [p.start for p in own], [p.start for p in unvoiced]
        in_sentence: dict[int, list[Span]] = {}
        for m in actor.mentions:
            in_sentence.setdefault(_index(starts, m.start), []).append(m)
        told: dict[int, list[tuple[int, int]]] = {}  # per sentence: the outlet's own words
        heard: dict[int, list[tuple[int, int]]] = {}  # per sentence: others' words about it
        clauses: list[tuple[int, int]] = []
        quoted_ok: list[tuple[int, int]] = []
        for m in actor.mentions:
            s = _index(starts, m.start)
            if s < 0:
                continue
            sentence = scored[s].span
            part = reported(m, actor.speaker_id)
            if part is not None:
                piece = (max(part.start, sentence.start), min(part.end, sentence.end))
                heard.setdefault(s, []).append(piece)
                clauses.append(piece)
                quoted_ok.append(piece)
                continue
            clause = _clause(text, sentence, m)
            clauses.append(clause)
            whole = len(narrated.get(s, ())) <= 1
            told.setdefault(s, []).append((sentence.start, sentence.end) if whole else clause)
        values = []
        for s in sorted(told.keys() | heard.keys()):
            kept = _merged(_without(_merged(told.get(s, [])), unvoiced, unvoiced_starts)
                           + _without(_merged(heard.get(s, [])), own, own_starts))
            sentence = scored[s].span
            if kept == [(sentence.start, sentence.end)]:
                values.append(scored[s].compound)
                continue
            words = " ".join(text[a:b] for a, b in kept)
            naming = sum(len(_WORD_RE.findall(m.text)) for m in in_sentence[s]
                         if any(a <= m.start and m.end <= b for a, b in kept))
            if len(_WORD_RE.findall(words)) - naming >= _MIN_WORDS:
                values.append(sentiment.score(words))
        areas = _merged(_without(_merged(clauses), own, own_starts)
                        + [(l.start, l.end) for l in actor.labels])
        quoted_ok = _merged(quoted_ok)
        # A term belongs where it starts: "brazenly claimed traders…" runs into the content.
        attached = tuple(t for t in loaded if _inside(t.span.start, areas)
                         and (not t.quoted or _inside(t.span.start, quoted_ok)))
        results.append(ActorTone(statistics.fmean(values) if values else None, len(values),
                                 attached))
    return results


def _inside(offset: int, areas: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies in one of the disjoint, ordered ``areas``."""
    i = bisect.bisect_right(areas, (offset, float("inf"))) - 1
    return i >= 0 and areas[i][0] <= offset < areas[i][1]


def _index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _clause(text: str, sentence: Span, mention: Span) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``mention``."""
    start, end = sentence.start, sentence.end
    for cut in _CLAUSE_RE.finditer(text, sentence.start, sentence.end):
        if cut.end() <= mention.start:
            start = cut.end()
        elif cut.start() >= mention.end:
            end = cut.start()
            break
    return start, end


def _merged(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _without(pieces: list[tuple[int, int]], removed: Sequence[Span],
             starts: list[int]) -> list[tuple[int, int]]:
    """``pieces`` with the ``removed`` spans (in order of their ``starts``) cut out."""
    result = []
    for a, b in pieces:
        cursor = a
        first = max(0, bisect.bisect_left(starts, a) - _LOOK_BACK)
        for r in removed[first:bisect.bisect_left(starts, b)]:
            if r.end <= cursor or r.start >= b:
                continue
            if r.start > cursor:
                result.append((cursor, r.start))
            cursor = max(cursor, r.end)
        if cursor < b:
            result.append((cursor, b))
    return result

