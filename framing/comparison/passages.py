"""Shared passages: sentences, or runs of sentences, that two or more articles carry in
near-identical form (wire copy, a press release pasted in).

Method: every article's words, lower-cased and stripped of punctuation, are cut into
overlapping shingles of ``SHINGLE`` words; a hash table from shingle to positions finds
the shingles two articles share (cost linear in the words, plus the shared shingles).
Shared shingles on the same diagonal (the same offset between the two articles) join into
maximal runs, and runs a changed, added or dropped word apart join into one. Each run is
snapped to whole sentences (those whose words it covers to at least ``COVER``), and kept
only when the sentences hold at least ``MIN_WORDS`` words in each article and at least
``IDENTITY`` of the longer side's words are matched in order (difflib). Common phrases
("the city council voted on Tuesday") fail the sentence snap or the length floor.
Matches between pairs of articles that overlap in one article join into one passage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from framing.text.article import Article
from framing.text.spans import Span

SHINGLE = 6  # words per shingle
GAP = 4  # words a run may skip (a changed, added or dropped word) and still join the next
COVER = 0.85  # share of a sentence's words a run must cover for the sentence to count
MIN_WORDS = 10  # words a passage must hold in each article
IDENTITY = 0.85  # share of the longer side's words matched in order

_PUNCTUATION = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class SharedPassage:
    """One passage and where each article carries it (None: not there)."""

    id: str  # "p1", "p2"…, in order of the first article that has it
    spans: tuple[Span | None, ...]  # one per article, in article order: whole sentences
    words: tuple[int, ...]  # per article, the passage's words there (0 where absent)

    @property
    def outlets(self) -> int:
        return sum(1 for s in self.spans if s is not None)

    def to_json(self) -> dict:
        """This passage in the ``comparison.shared_passages`` list of ``framing analyze --json``."""
        return {"id": self.id,
                "spans": [None if s is None else s.to_json() for s in self.spans],
                "words": list(self.words)}


@dataclass(frozen=True)
class SharedPassages:
    passages: tuple[SharedPassage, ...] = ()
    shares: tuple[float, ...] = ()  # per article: its words inside shared passages / its words

    def to_json(self) -> dict:
        """The ``shared_passages`` and ``shared_share`` keys of ``comparison``."""
        return {"shared_passages": [p.to_json() for p in self.passages],
                "shared_share": [round(s, 4) for s in self.shares]}


@dataclass(frozen=True)
class _Side:
    """One article's normalised words and, for each, its sentence."""

    text: str
    words: tuple[str, ...]
    spans: tuple[Span, ...]  # the word spans those words come from
    sentence_of: tuple[int, ...]  # per word, index into sentences (-1: outside any)
    sentences: tuple[Span, ...]
    sentence_words: tuple[tuple[int, int], ...]  # per sentence, its [first, end) word range


def shared_passages(articles: Sequence[Article]) -> SharedPassages:
    """The passages two or more of ``articles`` share near-identically, and each article's
    share of its words inside them (0: none of its text is shared; 1: all of it)."""
    sides = [_side(a) for a in articles]
    index: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for i, side in enumerate(sides):
        for p in range(len(side.words) - SHINGLE + 1):
            index[side.words[p:p + SHINGLE]].append((i, p))
    hits: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)  # (i, j) -> (p, q)
    for places in index.values():
        if len(places) < 2 or len(places) > 4 * len(sides):  # a phrase repeated everywhere
            continue
        for a, (i, p) in enumerate(places):
            for j, q in places[a + 1:]:
                if i != j:
                    hits[(i, j)].append((p, q))
    matches: list[tuple[int, tuple[int, int], int, tuple[int, int]]] = []
    for (i, j), pairs in hits.items():
        for run_i, run_j in _runs(pairs):
            found = _snapped(sides[i], run_i, sides[j], run_j)
            if found:
                matches.append((i, found[0], j, found[1]))
    return _grouped(matches, sides)


def _side(article: Article) -> _Side:
    words, spans = [], []
    for span in article.words:
        word = _PUNCTUATION.sub("", span.text.lower())
        if word:
            words.append(word)
            spans.append(span)
    sentences = article.sentences
    starts = [s.start for s in sentences]
    sentence_of = []
    for span in spans:
        k = bisect_right(starts, span.start) - 1
        sentence_of.append(k if k >= 0 and span.end <= sentences[k].end else -1)
    ranges = [[len(spans), 0] for _ in sentences]
    for w, k in enumerate(sentence_of):
        if k >= 0:
            ranges[k][0] = min(ranges[k][0], w)
            ranges[k][1] = max(ranges[k][1], w + 1)
    return _Side(article.text, tuple(words), tuple(spans), tuple(sentence_of), tuple(sentences),
                 tuple((a, b) if b > a else (0, 0) for a, b in ranges))


def _runs(pairs: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Word ranges ([start, end) in each article) of maximal shared runs, runs a few words
    apart (on nearby diagonals) joined."""
    pairs.sort(key=lambda pq: (pq[1] - pq[0], pq[0]))
    runs: list[list[int]] = []  # [p_start, p_end, q_start, q_end] of shingle coverage
    for p, q in pairs:
        last = runs[-1] if runs else None
        if last and q - p == last[3] - last[1] and p <= last[1] - SHINGLE + 1:
            last[1], last[3] = p + SHINGLE, q + SHINGLE
        else:
            runs.append([p, p + SHINGLE, q, q + SHINGLE])
    runs.sort()
    joined: list[list[int]] = []
    for run in runs:
        last = joined[-1] if joined else None
        if (last and 0 <= run[0] - last[1] <= GAP and -GAP <= run[2] - last[3] <= GAP):
            last[1], last[3] = max(last[1], run[1]), max(last[3], run[3])
        else:
            joined.append(list(run))
    return [((a, b), (c, d)) for a, b, c, d in joined]


def _snapped(side_a: _Side, run_a: tuple[int, int], side_b: _Side,
             run_b: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The whole-sentence word ranges a run covers in each article, or None when they
    are too short or not near-identical."""
    range_a, range_b = _sentences(side_a, run_a), _sentences(side_b, run_b)
    if not range_a or not range_b:
        return None
    words_a = side_a.words[range_a[0]:range_a[1]]
    words_b = side_b.words[range_b[0]:range_b[1]]
    if min(len(words_a), len(words_b)) < MIN_WORDS:
        return None
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    if matched < IDENTITY * max(len(words_a), len(words_b)):
        return None
    return range_a, range_b


def _sentences(side: _Side, run: tuple[int, int]) -> tuple[int, int] | None:
    """The [first, end) words of the consecutive sentences ``run`` covers to at least COVER."""
    covered = []
    for k in sorted({side.sentence_of[w] for w in range(*run)} - {-1}):
        first, end = side.sentence_words[k]
        inside = min(end, run[1]) - max(first, run[0])
        if inside >= COVER * (end - first):
            covered.append(k)
    if not covered:
        return None
    return side.sentence_words[covered[0]][0], side.sentence_words[covered[-1]][1]


def _grouped(matches: list[tuple[int, tuple[int, int], int, tuple[int, int]]],
             sides: Sequence[_Side]) -> SharedPassages:
    """Pairwise matches joined into passages: two matches belong together when their word
    ranges overlap in one article."""
    nodes: list[tuple[int, tuple[int, int]]] = []
    parent: list[int] = []
    # Nodes of one article never overlap (a range overlapping one joins the earliest
    # such node), so each word has at most one owner: a lookup costs the range's length,
    # not the number of nodes.
    owner: list[dict[int, int]] = [{} for _ in sides]

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def node(article: int, words: tuple[int, int]) -> int:
        owners = owner[article]
        found = [owners[w] for w in range(*words) if w in owners]
        if found:
            return min(found)
        n = len(nodes)
        nodes.append((article, words))
        parent.append(n)
        owners.update(dict.fromkeys(range(*words), n))
        return n

    for i, range_i, j, range_j in matches:
        a, b = node(i, range_i), node(j, range_j)
        parent[find(a)] = find(b)
    groups: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    for n, (article, words) in enumerate(nodes):
        member = groups[find(n)]
        old = member.get(article)
        if old is None or old[0] < words[1] and words[0] < old[1]:
            member[article] = words if old is None else (min(old[0], words[0]), max(old[1], words[1]))
        elif words[1] - words[0] > old[1] - old[0]:  # a second, separate place: keep the longer
            member[article] = words
    ordered = sorted((m for m in groups.values() if len(m) > 1),
                     key=lambda m: min((a, w[0]) for a, w in m.items()))
    passages = []
    for number, member in enumerate(ordered, 1):
        spans, counts = [], []
        for a, side in enumerate(sides):
            words = member.get(a)
            if words is None:
                spans.append(None)
                counts.append(0)
                continue
            first, last = side.sentence_of[words[0]], side.sentence_of[words[1] - 1]
            spans.append(Span.of(side.text, side.sentences[first].start, side.sentences[last].end))
            counts.append(words[1] - words[0])
        passages.append(SharedPassage(f"p{number}", tuple(spans), tuple(counts)))
    shares = []
    for a, side in enumerate(sides):
        inside: set[int] = set()
        for member in ordered:
            if a in member:
                inside.update(range(*member[a]))
        shares.append(len(inside) / len(side.words) if side.words else 0.0)
    return SharedPassages(tuple(passages), tuple(shares))

