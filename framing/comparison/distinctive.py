"""Distinctive words: the words and two-word phrases an article uses more than the other
articles together, beyond chance.

Each article is compared with the other articles pooled, by the weighted log-odds ratio with
an informative Dirichlet prior (Monroe, Colaresi & Quinn, "Fightin' Words", Political Analysis
16(4), 2008, eq. 22): for a term w used y_i times in the article's n_i words and y_j times in
the others' n_j words,

    δ_w = log((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α_0 − y_j − α_w))
    z_w = δ_w / √(1 / (y_i + α_w) + 1 / (y_j + α_w))

The prior α_w = α_0 · π_w comes from how common the term is in English at large (π_w: its
frequency in wordfreq's small English list, Speer 2022, shared out over the terms of these articles;
two-word phrases get wordfreq's estimate for the phrase), with α_0 ten times the number of
words in all the articles (``PRIOR_WEIGHT``). A common word gets a strong
prior and must differ a lot to stand out; a rare one a weak prior, so one or two uses are never
enough. A term is distinctive when z reaches the one-sided critical value at the
``[intervals]`` confidence level (1.645 at 95%), the article uses it at least twice and at a
higher rate than the others.

Function words (``framing/data/loaded_function_words.txt``) are no terms, and neither are
numbers and names: words every article writes capitalised wherever they appear ("Harrowgate",
"Ortiz"), which say whom a story is about, not how it is told.
"""

from __future__ import annotations

import bisect
import gzip
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist

import msgpack
import numpy as np

from framing.data import package_file, word_list
from framing.text.article import Article
from framing.text.remembered import Remembered
from framing.text.word_table import word_table

SHOWN = 25  # most distinctive terms kept per article
# α_0 in words of the articles. Chosen on the fictional calm report and furious column of
# tests/fixtures/differences: at 10 the column's own words lead its list ("disgrace",
# "arrogant", "reckless", "fiasco"); at 1 common words the calm report repeats ("work",
# "board") led, at 100 and more one-off rare words did.
PRIOR_WEIGHT = 10
LEADING = 5  # candidates kept per article, distinctive or not
MIN_COUNT = 2
# Background frequency of a word missing from wordfreq's small English list, which holds the
# words of frequency 1e-6 and above: the middle, on a log scale, of 1e-8 to 1e-6, where its
# large list places most of the words the small one lacks.
_FLOOR = 1e-7


@dataclass(frozen=True, slots=True)
class DistinctiveTerm:
    term: str  # lower case; a two-word phrase has one space
    count: int  # uses in this article
    z: float  # the z-score of the weighted log-odds, this article against the others

    def to_json(self) -> dict:
        return {"term": self.term, "count": self.count, "z": round(self.z, 2)}


@dataclass(frozen=True, slots=True)
class DistinctiveTerms:
    """One article's distinctive terms, most distinctive first, and its leading candidates
    whether or not they are distinctive (for a report line saying how close they came)."""

    terms: tuple[DistinctiveTerm, ...]
    leading: tuple[DistinctiveTerm, ...] = ()


def distinctive_terms(articles: Sequence[Article], *, level: float = 0.95) -> tuple[DistinctiveTerms, ...]:
    """For each article, the terms it uses more than the others together beyond chance at
    ``level`` (see the module's docstring). Needs two or more articles."""
    if len(articles) < 2:
        return tuple(DistinctiveTerms(()) for _ in articles)
    found = [term_counts(a) for a in articles]
    names = names_of(found)
    return log_odds([without_names(c.terms, names) for c in found], [c.words for c in found],
                    level=level)


@dataclass(frozen=True, slots=True)
class TermCounts:
    """The candidate terms of one text or several, counted before names are known: each
    lower-cased word that is no function word and holds no digit, each pair of such words
    side by side in one sentence, how many of each word's uses are written capitalised,
    and the number of words (with a letter) that the rates are taken over. Counts add up,
    so a corpus keeps one per outlet and drops the names at the end (``names_of``)."""

    terms: Counter[str]
    capitalised: Counter[str]
    words: int

    def add(self, other: TermCounts) -> TermCounts:
        """These counts with ``other``'s added, in place (Counters are updated)."""
        self.terms.update(other.terms)
        self.capitalised.update(other.capitalised)
        return TermCounts(self.terms, self.capitalised, self.words + other.words)


def term_counts(article: Article) -> TermCounts:
    """The candidate terms of ``article`` (see ``TermCounts``)."""
    kinds = _WORD_KINDS
    table = word_table(article.words)  # the article's word lists, made once for all stages
    every, starts = table.texts, table.starts
    # The words of each sentence (those before the first sentence make a run of their own):
    # two words make a pair only within one run.
    bounds = [0, *(bisect.bisect_left(starts, s.start) for s in article.sentences), len(every)]
    uses: list[str] = []  # every use of a term, in text order (Counter keeps first-use order)
    upper: list[str] = []  # the words among them written capitalised
    words = 0
    for first, last in zip(bounds, bounds[1:]):
        previous = None
        for text in every[first:last]:
            is_word, key, capitalised = kinds[text]
            if not is_word:  # numbers and punctuation
                continue
            words += 1
            if key is None:
                previous = None
                continue
            uses.append(key)
            if capitalised:
                upper.append(key)
            if previous is not None:
                uses.append(f"{previous} {key}")
            previous = key
    return TermCounts(Counter(uses), Counter(upper), words)


def _word_kind(text: str) -> tuple[bool, str | None, bool]:
    """(whether it counts as a word: it holds a letter; its term, or None for a function
    word or one holding a digit; whether it is written capitalised)."""
    if not any(c.isalpha() for c in text):
        return False, None, False
    key = text.lower().replace("’", "'")  # "don’t" and "don't" are one term
    if key in _function_words() or any(c.isdigit() for c in key):
        return True, None, False
    return True, key, text[:1].isupper()


# Each word seen so far → its _word_kind, worked out once per distinct word, not per use;
# beyond _MAX_KINDS words the table starts afresh, so memory stays flat over a corpus.
_MAX_KINDS = 200_000
_WORD_KINDS: Remembered[tuple[bool, str | None, bool]] = Remembered(_word_kind, _MAX_KINDS)


def names_of(counts: Sequence[TermCounts]) -> frozenset[str]:
    """Words written capitalised at every use in all of ``counts``."""
    capitalised: Counter[str] = Counter()
    for counted in counts:
        capitalised.update(counted.capitalised)
    return frozenset(w for w, n in capitalised.items() if sum(c.terms[w] for c in counts) == n)


def without_names(terms: Counter[str], names: frozenset[str]) -> Counter[str]:
    """``terms`` less the names and every pair holding one."""
    return Counter({t: n for t, n in terms.items()
                    if not any(w in names for w in t.split(" "))})


def log_odds(counts: Sequence[Counter[str]], sizes: Sequence[int], *,
             level: float = 0.95) -> tuple[DistinctiveTerms, ...]:
    """For each group of texts (its term counts and its number of words), the terms it uses
    more than the other groups pooled beyond chance at ``level``: the weighted log-odds of the
    module's docstring. Needs two or more groups."""
    if len(counts) < 2:
        return tuple(DistinctiveTerms(()) for _ in counts)
    vocabulary = sorted(set().union(*counts))
    if not vocabulary:
        return tuple(DistinctiveTerms(()) for _ in counts)
    observed = np.array([[c[t] for t in vocabulary] for c in counts], dtype=float)
    sizes = np.array(sizes, dtype=float)
    prior = _background(tuple(vocabulary))
    alpha = PRIOR_WEIGHT * sizes.sum() * prior / prior.sum()
    alpha_0 = alpha.sum()
    critical = critical_z(level)
    observed_total, size_total = observed.sum(axis=0), sizes.sum()
    result = []
    for i in range(len(counts)):
        own, others = observed[i], observed_total - observed[i]
        n_own, n_others = sizes[i], size_total - sizes[i]
        delta = (np.log((own + alpha) / (n_own + alpha_0 - own - alpha))
                 - np.log((others + alpha) / (n_others + alpha_0 - others - alpha)))
        z = delta / np.sqrt(1 / (own + alpha) + 1 / (others + alpha))
        more = (own >= MIN_COUNT) & (own * n_others > others * n_own)
        ranked = sorted((k for k in range(len(vocabulary)) if more[k]),
                        key=lambda k: (-z[k], vocabulary[k]))
        found = [DistinctiveTerm(vocabulary[k], int(own[k]), float(z[k])) for k in ranked]
        result.append(DistinctiveTerms(tuple(t for t in found if t.z >= critical)[:SHOWN],
                                       tuple(found[:LEADING])))
    return tuple(result)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(word_list("loaded_function_words.txt"))


def _background(vocabulary: Sequence[str]) -> np.ndarray:
    """Each term's frequency in English at large, from wordfreq's English list (bundled with
    the package: no download). A phrase's is combined as wordfreq combines the tokens of a
    phrase (1/f = 1/f₁ + 1/f₂); a word missing from the list gets the floor."""
    frequencies = _english()
    result = []
    for term in vocabulary:
        inverse = sum(1 / frequencies.get(word.replace("’", "'"), _FLOOR) for word in term.split())
        result.append(1 / inverse)
    return np.array(result)


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    """wordfreq's small English list (29,000 words of frequency 1e-6 and above), read straight
    from the file the package ships, in its documented cBpack format (gzipped msgpack: a
    header, then one list of words per centibel of frequency). This skips importing wordfreq
    and its text normalisers (0.4 s); the large list (321,000 words) took 0.4 s to read and
    ranked the terms of the examples and test articles the same way."""
    path = package_file("wordfreq", "data", "small_en.msgpack.gz")
    try:
        pack = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    except (OSError, ValueError, msgpack.UnpackException) as error:
        raise RuntimeError(f"{path}: wordfreq's English word list could not be read ({error}); "
                           "reinstall framing's dependencies") from None
    if not pack or pack[0] != {"format": "cB", "version": 1}:
        raise RuntimeError(f"{path}: not the word list format framing reads (wordfreq 3.x)")
    frequencies = {}
    for index, bucket in enumerate(pack[1:]):
        frequencies.update(dict.fromkeys(bucket, 10 ** (-index / 100)))
    return frequencies


def critical_z(level: float) -> float:
    """The z a term must reach to count as distinctive at ``level``."""
    return NormalDist().inv_cdf(level) if 0 < level < 1 else math.inf
