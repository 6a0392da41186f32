"""Quote provenance: the same quotation found in several articles, and how each outlet gives it.

A quotation is a direct quotation that ``framing.text.voices`` reads as speech. Two
quotations from different articles are one when their words (lower case, punctuation and
quotation marks ignored, curly and straight apostrophes alike) are

- ``verbatim``: the same words;
- ``trimmed``: one is a contiguous part of the other, or parts of it joined by an ellipsis
  ("…" or "...") in the same order;
- ``altered``: a word-level diff keeps at least ``OVERLAP`` of the shorter one's words in
  order (and at least ``MIN_WORDS`` words); the removed and added words are kept;

and their speakers are one identity (``shared_sources``) whenever both are known: the
same words from two different people are two quotations. A quotation of one outlet is
``paraphrased`` in another when that other outlet credits the same known speaker with
indirect content holding at least ``PARAPHRASE_OVERLAP`` of its content words.

Quotations under ``MIN_WORDS`` words or ``MIN_CONTENT`` content words (words that are not
function words, ``data/loaded_function_words.txt``) are left out: "we will see" in two
outlets says nothing about where one copied the other. The one exception is a short
partial quotation (``SHORT_WORDS`` words, ``SHORT_CONTENT`` content words: "the most
affordable way") found inside a longer quotation of the same known speaker: ``trimmed``. Candidates are found through an
index of word trigrams, so the cost grows with the number of quotations, not its square.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from framing.analyzers.contract import voices_of
from framing.attribution.record import Attribution
from framing.data import word_list
from framing.pipeline import ArticleAnalysis
from framing.text.spans import Span

if TYPE_CHECKING:  # figures imports this module
    from framing.comparison.figures import SourceRow

VERBATIM, TRIMMED, ALTERED, PARAPHRASED = "verbatim", "trimmed", "altered", "paraphrased"
MIN_WORDS = 5  # words a quotation needs to be followed across outlets
MIN_CONTENT = 3  # ... of which not function words
SHORT_WORDS, SHORT_CONTENT = 3, 2  # a partial quotation inside a longer one, same speaker
OVERLAP = 0.7  # share of the shorter quotation's words an altered copy keeps, in order
PARAPHRASE_OVERLAP = 0.7  # share of the quotation's content words the indirect content holds
NGRAM = 3  # words in the index keys
COMMON_NGRAM = 50  # a trigram in more quotations than this finds no candidates

_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_ELLIPSIS_RE = re.compile(r"…|\.\s?\.\s?\.")


@dataclass(frozen=True, slots=True)
class QuoteVersion:
    """How one article gives a quotation."""

    article: int  # index of the article
    span: Span  # the quoted words (for ``paraphrased``: the indirect content)
    relation: str  # verbatim, trimmed, altered or paraphrased, relative to the fullest version
    verb: str | None  # the cue verb's lemma ("say", "claim"); None when no cue credits it
    cue: Span | None  # the cue as written ("claimed")
    speaker: str | None  # the name this article gives the speaker
    removed: tuple[str, ...] = ()  # for ``altered``: words of the fullest version not here
    added: tuple[str, ...] = ()  # ... and words here that the fullest version lacks


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One quotation as two or more articles give it: at most one version per article."""

    speaker_id: str | None  # the comparison's source id ("c1") when known
    speaker: str | None  # the fullest name any version gives
    fullest: int  # the article whose version is the fullest
    versions: tuple[QuoteVersion, ...]  # in article order

    def version(self, article: int) -> QuoteVersion | None:
        return next((v for v in self.versions if v.article == article), None)

    def to_json(self, articles: int) -> dict:
        """This group in the ``comparison.quotes`` list of ``framing analyze --json``:
        per article the span or null, the verb and the relation."""
        versions = [self.version(i) for i in range(articles)]
        return {"speaker_id": self.speaker_id, "speaker": self.speaker,
                "fullest": self.fullest,
                "spans": [None if v is None else v.span.to_json() for v in versions],
                "verbs": [None if v is None else v.verb for v in versions],
                "relation": [None if v is None else v.relation for v in versions],
                "removed": [None if v is None else list(v.removed) for v in versions],
                "added": [None if v is None else list(v.added) for v in versions]}


@dataclass(frozen=True, slots=True)
class _Quotation:
    article: int
    span: Span
    words: tuple[str, ...]
    segments: tuple[tuple[str, ...], ...]  # the words between ellipses
    speaker_key: str | None  # comparison source id
    speaker: str | None
    verb: str | None
    cue: Span | None


def quote_groups(analyses: Sequence[ArticleAnalysis],
                 sources: Sequence[SourceRow]) -> tuple[QuoteGroup, ...]:
    """The quotations found in two or more of ``analyses`` (direct, or direct in one and
    indirect in another), each with every article's version; ``sources`` are the
    comparison's sources (``shared_sources``), which say who is who across articles."""
    keys = {(i, sid): row.id for row in sources
            for i, ids in enumerate(row.speaker_ids) for sid in ids}
    quotations = [q for i, a in enumerate(analyses) for q in _quotations(i, a, keys)]
    parent = list(range(len(quotations)))
    members: list[set[int]] = [{q.article} for q in quotations]
    speakers: list[set[str]] = [{q.speaker_key} if q.speaker_key else set() for q in quotations]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for score, a, b in sorted(_candidate_pairs(quotations), reverse=True):
        ra, rb = find(a), find(b)
        if ra == rb or members[ra] & members[rb] or len(speakers[ra] | speakers[rb]) > 1:
            continue
        parent[rb] = ra
        members[ra] |= members[rb]
        speakers[ra] |= speakers[rb]

    clusters: dict[int, list[_Quotation]] = defaultdict(list)
    for i, q in enumerate(quotations):
        clusters[find(i)].append(q)
    indirect = _indirect_by_speaker(analyses, keys)
    groups = [_group(found, indirect) for found in clusters.values()]
    return tuple(sorted((g for g in groups if g is not None),
                        key=lambda g: (-len(g.versions), g.versions[0].article,
                                       g.versions[0].span.start)))


def words_of(text: str) -> tuple[str, ...]:
    """The words of ``text`` as the alignment compares them: lower case, ’ as '."""
    return tuple(w.lower().replace("’", "'") for w in _WORD_RE.findall(text))


def _content(words: Sequence[str]) -> list[str]:
    function = word_list("loaded_function_words.txt")
    return [w for w in words if w not in function]


def _followable(words: Sequence[str]) -> bool:
    return len(words) >= MIN_WORDS and len(_content(words)) >= MIN_CONTENT


def _short(words: Sequence[str]) -> bool:
    return len(words) >= SHORT_WORDS and len(_content(words)) >= SHORT_CONTENT


def _quotations(index: int, analysis: ArticleAnalysis,
                keys: dict[tuple[int, str], str]) -> list[_Quotation]:
    credits = [a for a in analysis.attribution.attributions if a.kind in ("direct", "mixed")]
    result = []
    for span in voices_of(analysis.article).speech:
        words = words_of(span.text)
        if not _short(words):
            continue
        credit = next((a for a in credits if any(p.overlaps(span.start, span.end)
                                                   for p in a.content_parts)), None)
        segments = tuple(s for part in _ELLIPSIS_RE.split(span.text) if (s := words_of(part)))
        sid = credit.speaker_id if credit else None
        result.append(_Quotation(
            article=index, span=span, words=words, segments=segments,
            speaker_key=keys.get((index, sid)) if sid else None,
            speaker=credit.speaker if credit else None,
            verb=credit.verb if credit else None, cue=credit.cue if credit else None))
    return result


def _candidate_pairs(quotations: Sequence[_Quotation]) -> list[tuple[float, int, int]]:
    """Pairs of quotations from different articles that share a word trigram, are
    compatible in speaker and align (``_relation``), with how much of the shorter aligns."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, q in enumerate(quotations):
        for gram in {s[k:k + NGRAM] for s in q.segments for k in range(len(s) - NGRAM + 1)}:
            index[gram].append(i)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for found in index.values():
        if len(found) > COMMON_NGRAM:
            continue
        for x, a in enumerate(found):
            for b in found[x + 1:]:
                qa, qb = quotations[a], quotations[b]
                if qa.article == qb.article or (a, b) in seen:
                    continue
                seen.add((a, b))
                if qa.speaker_key and qb.speaker_key and qa.speaker_key != qb.speaker_key:
                    continue
                longer, shorter = (qa, qb) if len(qa.words) >= len(qb.words) else (qb, qa)
                relation, kept = _relation(longer, shorter)
                if not _followable(shorter.words) and (
                        relation != TRIMMED or not qa.speaker_key or qa.speaker_key != qb.speaker_key):
                    continue
                if relation is not None:
                    pairs.append((kept / len(shorter.words), a, b))
    return pairs


def _relation(fuller: _Quotation, other: _Quotation) -> tuple[str | None, int]:
    """How ``other`` gives ``fuller``'s words, and how many of its words align; None when
    they do not align closely enough."""
    if other.words == fuller.words:
        return VERBATIM, len(other.words)
    if _is_part(other.segments, fuller.words):
        return TRIMMED, len(other.words)
    matcher = SequenceMatcher(None, fuller.words, other.words, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    shorter = min(len(fuller.words), len(other.words))
    if kept >= MIN_WORDS and kept >= OVERLAP * shorter:
        return ALTERED, kept
    return None, kept


def _is_part(segments: Sequence[tuple[str, ...]], words: tuple[str, ...]) -> bool:
    """Whether each segment occurs in ``words`` contiguously, one after the other."""
    at = 0
    for segment in segments:
        n = len(segment)
        found = next((k for k in range(at, len(words) - n + 1) if words[k:k + n] == segment), None)
        if found is None:
            return False
        at = found + n
    return True


def _difference(fuller: _Quotation, other: _Quotation) -> tuple[tuple[str, ...], tuple[str, ...]]:
    removed: list[str] = []
    added: list[str] = []
    matcher = SequenceMatcher(None, fuller.words, other.words, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed.extend(fuller.words[a1:a2])
        if tag in ("replace", "insert"):
            added.extend(other.words[b1:b2])
    return tuple(removed), tuple(added)


def _group(found: list[_Quotation], indirect: _Indirect) -> QuoteGroup | None:
    fullest = max(found, key=lambda q: (len(q.words), -q.article))
    versions = []
    for q in found:
        relation, _ = _relation(fullest, q) if q is not fullest else (VERBATIM, 0)
        removed, added = _difference(fullest, q) if relation == ALTERED else ((), ())
        versions.append(QuoteVersion(q.article, q.span, relation or ALTERED, q.verb, q.cue,
                                     q.speaker, removed, added))
    speaker_key = next((q.speaker_key for q in found if q.speaker_key), None)
    if speaker_key is not None:
        quoted = {q.article for q in found}
        versions.extend(_paraphrases(fullest, indirect.get(speaker_key, []), quoted))
    if len(versions) < 2:
        return None
    versions.sort(key=lambda v: v.article)
    names = [q.speaker for q in found if q.speaker]
    return QuoteGroup(speaker_id=speaker_key, speaker=max(names, key=len) if names else None,
                      fullest=fullest.article, versions=tuple(versions))


# per comparison source id: (article, content words, attribution) of its indirect speech
_Indirect = dict[str, list[tuple[int, frozenset[str], Attribution]]]


def _indirect_by_speaker(analyses: Sequence[ArticleAnalysis],
                         keys: dict[tuple[int, str], str]) -> _Indirect:
    found: _Indirect = defaultdict(list)
    for i, analysis in enumerate(analyses):
        for credit in analysis.attribution.attributions:
            key = keys.get((i, credit.speaker_id)) if credit.speaker_id else None
            if credit.kind == "indirect" and credit.content is not None and key:
                found[key].append((i, frozenset(_content(words_of(credit.content.text))), credit))
    return found


def _paraphrases(quotation: _Quotation, candidates: Sequence[tuple[int, frozenset[str], Attribution]],
                 quoted: set[int]) -> list[QuoteVersion]:
    """For each article that does not quote ``quotation``, the indirect content its
    speaker is credited with there that holds most of its content words, if any does."""
    wanted = set(_content(quotation.words))
    best: dict[int, tuple[float, Attribution]] = {}
    for article, words, credit in candidates:
        if article in quoted:
            continue
        share = len(wanted & words) / len(wanted)
        if share >= PARAPHRASE_OVERLAP and (article not in best or share > best[article][0]):
            best[article] = (share, credit)
    return [QuoteVersion(article, credit.content, PARAPHRASED, credit.verb, credit.cue,
                         credit.speaker)
            for article, (_, credit) in best.items() if credit.content is not None]
