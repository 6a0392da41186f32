"""VADER's compound score, the same number as vaderSentiment 3.3's ``polarity_scores``,
computed with less repeated work.

VADER (Hutto & Gilbert, 2014) sums a valence per word from its lexicon, adjusted by
rules (boosters and dampeners up to three words back, negations, ALL-CAPS emphasis,
"but", "least", a few idioms, ! and ?), and maps the sum into [-1, 1]: above zero
reads as positive. The package looks up and lower-cases each word many times per
call (each rule rebuilds the sentence's lower-cased word list). Here everything a
rule asks about one written word (its punctuation-stripped form, lower case,
valence, booster weight, capitals, negation) is worked out once per word type and
kept (most words are none of these things and share one record), a sentence
without any lexicon word returns 0.0 at once, which is what VADER returns for it,
and only lexicon words go through the rules. The rules and the order of the floating-point operations are
the package's, so the score is equal to the last bit (tests/test_vader.py checks it
against the package on sentences exercising every rule;
benchmarks/vader_identity.py on whole corpora).

The lexicon, emoji descriptions, booster weights, negation words, idioms and
constants are the installed package's own, read from it, not copied.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from vaderSentiment import vaderSentiment as package

from framing.text.remembered import Remembered

N_SCALAR = package.N_SCALAR  # a negated word's valence is multiplied by this
C_INCR = package.C_INCR  # ALL-CAPS emphasis among words not all in capitals
BOOSTERS: dict[str, float] = package.BOOSTER_DICT  # "very": +0.293, "barely": -0.293, …
NEGATIONS = frozenset(package.NEGATE)
IDIOMS: dict[str, float] = package.SPECIAL_CASES  # "the bomb": 3, "bus stop": 0, …
SO_THIS = ("so", "this")  # "never so good", "never this good" boost instead of negating
ALPHA = 15  # the normalisation's constant (package.normalize's default)
MAX_TYPES = 500_000  # word types kept before the table starts afresh (memory stays bounded)


# the words VADER's rules look for around a lexicon word, besides boosters and negations
RULE_WORDS = frozenset({"no", "or", "nor", "but", "least", "at", "very", "never", "so", "this",
                        "without", "doubt", "kind", "of"}
                       | {w for phrase in (*IDIOMS, *BOOSTERS) for w in phrase.split(" ")})


def _phrase_starts(phrases) -> frozenset[str]:
    """The first words of the phrases (of two or more words) among ``phrases``."""
    return frozenset(p.split(" ", 1)[0] for p in phrases if " " in p)


@dataclass(slots=True, eq=False)
class Word:
    """What VADER's rules ask about one written word (a whitespace-separated token).
    Made once per word type and never changed; not frozen, because a frozen
    dataclass takes twice as long to make."""

    lower: str  # the token without surrounding punctuation (unless that leaves ≤ 2 characters), lower-cased
    valence: float | None  # its lexicon valence; None when it is not in the lexicon
    booster: float | None  # its booster/dampener weight; None when it is neither
    upper: bool  # written in capitals (str.isupper of the stripped form)
    negation: bool  # a negation word, or holds "n't"
    scored: bool  # the rules give it a valence: in the lexicon and not a booster


# the record of every word that no rule asks about by name (its lower case is never
# compared, so it is left empty and one record serves all): only its capitals count
_PLAIN = Word(lower="", valence=None, booster=None, upper=False, negation=False, scored=False)
_PLAIN_CAPITALS = Word(lower="", valence=None, booster=None, upper=True, negation=False,
                       scored=False)


class Vader:
    """VADER's lexicon and rules, loaded once; ``compound(text)`` scores a sentence."""

    def __init__(self) -> None:
        analyzer = package.SentimentIntensityAnalyzer()  # reads the package's two lexicon files
        self.lexicon: dict[str, float] = analyzer.lexicon
        # VADER replaces characters by their description one at a time, so only
        # one-character entries can ever match
        self.emojis: dict[str, str] = {k: v for k, v in analyzer.emojis.items() if len(k) == 1}
        self._emoji_chars = frozenset(self.emojis)
        self._idiom_starts = _phrase_starts(IDIOMS) | _phrase_starts(BOOSTERS)
        self._words: Remembered[Word] = Remembered(self._word, MAX_TYPES)

    def _word(self, token: str) -> Word:
        """The facts about ``token`` the rules use, worked out on its first sight
        (``self._words`` keeps them)."""
        stripped = token.strip(string.punctuation)
        form = token if len(stripped) <= 2 else stripped  # keeps emoticons like ":)"
        lower = form.lower()
        valence, booster = self.lexicon.get(lower), BOOSTERS.get(lower)
        negation = lower in NEGATIONS or "n't" in lower
        if valence is None and booster is None and not negation and lower not in RULE_WORDS:
            return _PLAIN_CAPITALS if form.isupper() else _PLAIN
        return Word(lower=lower, valence=valence, booster=booster, upper=form.isupper(),
                    negation=negation, scored=valence is not None and booster is None)

    def compound(self, text: str) -> float:
        """VADER's compound score of ``text``, rounded to 4 decimals as the package
        rounds it: -1 (negative wording) to +1 (positive); 0.0 for a text without
        lexicon words."""
        if not text.isascii() and not self._emoji_chars.isdisjoint(text):
            text = self._describe_emojis(text)
        words = list(map(self._words.__getitem__, text.split()))
        scored = [i for i, word in enumerate(words) if word.scored]
        if not scored:  # every valence is 0, and so is the score
            return 0.0
        lowers = [w.lower for w in words]
        sentiments = self._valences(words, lowers, scored)
        if "but" in lowers:
            _but(sentiments, lowers.index("but"))
        total = float(sum(sentiments))
        emphasis = _punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        score = total / math.sqrt(total * total + ALPHA)
        return round(min(1.0, max(-1.0, score)), 4)

    def _describe_emojis(self, text: str) -> str:
        """``text`` with each emoji character replaced by a space and its description.
        (The package leaves out the space after a space; only the words and the
        count of ! and ? are read from the result, which extra spaces do not change.)"""
        return "".join(" " + self.emojis[c] if c in self._emoji_chars else c for c in text)

    def _valences(self, words: list[Word], lowers: list[str], scored: list[int]) -> list[float]:
        """Each word's valence (0 for words outside the lexicon, boosters and "kind"
        of "kind of"), after the rules that look back (and up to two words ahead)
        from it, in the package's order of operations."""
        lexicon = self.lexicon
        count = len(words)
        capitals = sum([w.upper for w in words])
        emphasis = 0 < capitals < count  # some words in capitals, not all
        sentiments: list[float] = [0] * count
        for i in scored:
            word = words[i]
            if word.lower == "kind" and i < count - 1 and lowers[i + 1] == "of":
                continue
            base = word.valence
            valence = base
            if word.lower == "no" and i != count - 1 and lowers[i + 1] in lexicon:
                valence = 0.0  # "no" negates the next word instead of counting itself
            if ((i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no")
                    or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor"))):
                valence = base * N_SCALAR
            if word.upper and emphasis:
                valence = valence + C_INCR if valence > 0 else valence - C_INCR
            for back in (1, 2, 3):
                if i < back:
                    break
                before = words[i - back]
                if before.valence is not None:
                    continue
                boost = _boost(before, valence, emphasis)
                if back == 2 and boost != 0:
                    boost = boost * 0.95
                elif back == 3 and boost != 0:
                    boost = boost * 0.9
                valence = valence + boost
                valence = _negate(valence, words, lowers, back, i)
                if back == 3:
                    valence = self._idioms(valence, lowers, i)
            if i > 0 and lowers[i - 1] == "least" and words[i - 1].valence is None:
                # "least" negates, unless as "at least" or "very least"
                if i == 1 or lowers[i - 2] not in ("at", "very"):
                    valence = valence * N_SCALAR
            sentiments[i] = valence
        return sentiments

    def _idioms(self, valence: float, lowers: list[str], i: int) -> float:
        """The special-case idioms around word ``i`` ("the bomb", "kiss of death")
        replace its valence; booster phrases before it ("kind of") add theirs."""
        starts = self._idiom_starts
        two, one, zero = lowers[i - 2], lowers[i - 1], lowers[i]
        three = lowers[i - 3]
        # the package's order: the first that is an idiom wins
        for first, phrase in ((one, (one, zero)), (two, (two, one, zero)), (two, (two, one)),
                              (three, (three, two, one)), (three, (three, two))):
            if first in starts:
                value = IDIOMS.get(" ".join(phrase))
                if value is not None:
                    valence = value
                    break
        if zero in starts:
            if len(lowers) - 1 > i:
                value = IDIOMS.get(f"{zero} {lowers[i + 1]}")
                if value is not None:
                    valence = value
            if len(lowers) - 1 > i + 1:
                value = IDIOMS.get(f"{zero} {lowers[i + 1]} {lowers[i + 2]}")
                if value is not None:
                    valence = value
        for first, phrase in ((three, (three, two, one)), (three, (three, two)), (two, (two, one))):
            if first in starts:
                weight = BOOSTERS.get(" ".join(phrase))
                if weight is not None:
                    valence = valence + weight
        return valence


def _boost(word: Word, valence: float, emphasis: bool) -> float:
    """What a booster or dampener before a word adds to its valence (0.0 for other
    words): away from zero, more so in capitals among words not in capitals."""
    scalar = 0.0
    if word.booster is not None:
        scalar = word.booster
        if valence < 0:
            scalar *= -1
        if word.upper and emphasis:
            if valence > 0:
                scalar += C_INCR
            else:
                scalar -= C_INCR
    return scalar


def _negate(valence: float, words: list[Word], lowers: list[str], back: int, i: int) -> float:
    """A negation ``back`` words before word ``i`` flips and damps its valence;
    "never so/this" boosts it and "without doubt" leaves it."""
    if back == 1:
        if words[i - 1].negation:
            valence = valence * N_SCALAR
    elif back == 2:
        if lowers[i - 2] == "never" and lowers[i - 1] in SO_THIS:
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif words[i - 2].negation:
            valence = valence * N_SCALAR
    else:
        if (lowers[i - 3] == "never" and lowers[i - 2] in SO_THIS) or lowers[i - 1] in SO_THIS:
            valence = valence * 1.25
        elif lowers[i - 3] == "without" and "doubt" in (lowers[i - 2], lowers[i - 1]):
            pass
        elif words[i - 3].negation:
            valence = valence * N_SCALAR
    return valence


def _but(sentiments: list[float], at: int) -> None:
    """After "but" (first at position ``at``) valences count 1.5 times, before it half.
    As in the package, each value is rescaled where it first occurs in the list as it
    stands (``list.index``), so equal values before "but" can absorb a later one's
    change."""
    for position in range(len(sentiments)):
        value = sentiments[position]
        first = sentiments.index(value)
        if first < at:
            sentiments[first] = value * 0.5
        elif first > at:
            sentiments[first] = value * 1.5


def _punctuation_emphasis(text: str) -> float:
    """What ! (up to four) and ? (two or more) add to a nonzero sum, away from zero."""
    exclamations = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions <= 1:
        return exclamations + 0
    return exclamations + (questions * 0.18 if questions <= 3 else 0.96)
