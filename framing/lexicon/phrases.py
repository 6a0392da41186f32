"""Loaded phrases: growing a loaded term found by a lexicon into the phrase it heads.

Annotators of loaded language mark phrases, not words: "a brutal, senseless attack",
"the radical left", "a stew of racism and hate". A phrase starts only at a lexicon
match of a growing category (emotive words and labels); it never starts at a word
that no lexicon lists, so a sentence without a loaded term gets no phrase. From its
first term a phrase takes in, in this order:

- degree words and intensifiers right before it ("truly devastating", "so vile");
- one word describing it right before it ("grassroots deplorables", "leftist dirt");
- a word coordinated with it by "and" or "or" right before it ("arrogant and corrupt");
- an article or possessive right before that ("a hateful man", "their vile lies");
- loaded terms of its category next to it or coordinated with it ("brutal, senseless",
  "corrupt and wicked"), with intensifiers on the way to them;
- after it, up to two words it describes ("senseless attack");
- an "of" complement after it: "of", an optional article and up to two words
  ("the scourge of radical Islam" up to "radical");
- the words up to the next loaded phrase of the clause, when at most three words and
  no punctuation but commas stand between them ("lies that fuel hatred"); the two
  phrases stay two spans, each with its own term.

A phrase keeps the category and entry of its first term, and the lexicon matches it
holds (its terms: "Rams Through Disastrous Bridge Scheme" is one phrase of three terms),
so that counts can count terms while a reader sees phrases. Matches of other categories
(hedges, stance verbs, intensifiers on their own) stay single terms. The shapes were
measured against the Propaganda Techniques Corpus (benchmarks/ptc_loaded_language.py):
each raises the character-level F1 there, which a shape does when the characters it
adds fall inside annotated spans more often than F1 / 2 of the time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Sequence

from framing.data import word_list
from framing.lexicon.matcher import Match
from framing.text.quotes import DOUBLE_MARKS
from framing.text.spans import Span
from framing.text.word_table import word_table

# a span found, its category, its first term's entry and weight, and the matches it holds
Found = tuple[Span, str, str, float, tuple[Match, ...]]

_DEGREE_WORDS = frozenset({"so", "too", "more", "most", "less", "increasingly", "rather",
                           "quite", "such"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "your", "my"})
_DESCRIBED_WORDS = 2  # words after a loaded term that a phrase takes in ("brutal street attack")
_COMPLEMENT_WORDS = 2  # words of an "of" complement ("a stew of racial hatred")
_BRIDGED_WORDS = 3  # words between two loaded phrases that the first one carries over
# what may stand between two loaded terms of one phrase: "brutal, senseless", "corrupt and
# wicked", "a stew of racism"
_COORDINATION_RE = re.compile(
    r"(?:\s*,\s*|\s+(?:and|or|but|yet|&)\s+|\s*,\s+(?:and|or)\s+|\s+of\s+(?:(?:the|a|an)\s+)?)")
_BRIDGE_STOP_RE = re.compile(rf"[.;:!?{DOUBLE_MARKS}()\[\]—–\n]")  # punctuation that ends a clause


def phrases(text: str, words: Sequence[Span], matches: Sequence[Match],
            growing: Collection[str], headline_end: int = 0) -> list[Found]:
    """The matches grown into the phrases annotators mark, in text order (see the module
    docstring). ``words`` are the article's whole words, so a phrase never ends inside
    a hyphenated word; ``growing`` are the categories that grow into phrases; before
    ``headline_end`` capitalised words count as ordinary words (Title Case headlines)."""
    function_words = word_list("loaded_function_words.txt")
    starts = word_table(words).starts  # the article's shared word lists

    def word_range(match: Match) -> tuple[int, int]:
        return (bisect.bisect_right(starts, match.start) - 1,
                bisect.bisect_right(starts, match.end - 1) - 1)

    def spaced(left: int, right: int) -> bool:
        return _spaced(text, words[left].end, words[right].start)

    def content(index: int) -> bool:
        return _is_content_word(words[index].text, function_words,
                                capitalised=words[index].start < headline_end)

    def continues(j: int, last: int, category: str) -> bool:
        """Does matches[j] carry on the phrase that ends with word ``last``?"""
        if j >= len(matches):
            return False
        match = matches[j]
        if match.start < words[last].end:  # another part of a hyphenated word in the phrase
            return True
        if match.entry.category == "intensifier":  # only on the way to a loaded term
            return (_joined(text, words[last].end, match.start) and j + 1 < len(matches)
                    and matches[j + 1].entry.category == category
                    and _spaced(text, match.end, matches[j + 1].start))
        return match.entry.category == category and _joined(text, words[last].end, match.start)

    def free(index: int) -> bool:
        """Is word ``index`` after the last span found so far?"""
        return not result or result[-1][0].end <= words[index].start

    result: list[Found] = []
    i = 0
    while i < len(matches):
        head = matches[i]
        entry = head.entry
        if entry.category not in growing:
            result.append((Span.of(text, head.start, head.end), entry.category, entry.term,
                           entry.weight, (head,)))
            i += 1
            continue
        first, last = word_range(head)
        # intensifiers just before the head join it (they were emitted already: take them back)
        k = i - 1
        while (k >= 0 and result and result[-1][1] == "intensifier"
               and result[-1][0].start == matches[k].start
               and word_range(matches[k])[1] == first - 1
               and _spaced(text, matches[k].end, words[first].start)):
            result.pop()
            first = word_range(matches[k])[0]
            k -= 1
        while (first > 0 and free(first - 1) and spaced(first - 1, first)
               and _is_degree_word(words[first - 1].text, function_words)):
            first -= 1
        # the word describing it ("schoolyard bullies", "leftist dirt"), a word coordinated
        # with it ("arrogant and corrupt"), then "a", "the", "their"
        if first > 0 and free(first - 1) and spaced(first - 1, first) and _is_content_word(
                words[first - 1].text, function_words):
            first -= 1
        if (first > 1 and free(first - 2) and words[first - 1].text.lower() in ("and", "or")
                and spaced(first - 1, first) and spaced(first - 2, first - 1)
                and _is_content_word(words[first - 2].text, function_words)):
            first -= 2
        if (first > 0 and free(first - 1) and spaced(first - 1, first)
                and words[first - 1].text.lower() in _DETERMINERS):
            first -= 1
        j = i + 1
        described = 0
        while True:
            while continues(j, last, entry.category):
                last = max(last, word_range(matches[j])[1])
                j += 1
            following = last + 1
            if (described == _DESCRIBED_WORDS or following >= len(words)
                    or not spaced(last, following) or not content(following)
                    or (j < len(matches) and matches[j].start < words[following].end)):
                break
            last = following
            described += 1
        last = _complement(words, last, matches[j].start if j < len(matches) else len(text),
                           spaced, content)
        result.append((Span.of(text, words[first].start, words[last].end), entry.category,
                       entry.term, entry.weight, tuple(matches[k + 1:j])))
        i = j
    return _bridged(text, result, growing)


def _complement(words: Sequence[Span], last: int, limit: int,
                spaced: Callable[[int, int], bool], content: Callable[[int], bool]) -> int:
    """The last word of an "of" complement after word ``last`` ("of", an optional
    article, up to two words before ``limit``), or ``last`` when there is none."""
    of = last + 1
    if of >= len(words) or words[of].text.lower() != "of" or not spaced(last, of):
        return last
    end, k = of, of + 1
    if k < len(words) and words[k].text.lower() in _DETERMINERS and spaced(of, k):
        end, k = k, k + 1
    taken = 0
    while (taken < _COMPLEMENT_WORDS and k < len(words) and words[k].end <= limit
           and spaced(end, k) and content(k)):
        end, k = k, k + 1
        taken += 1
    return end if taken else last


def _bridged(text: str, found: list[Found], growing: Collection[str]) -> list[Found]:
    """Carry each loaded phrase over the gap to the next one when a few words and no
    punctuation but commas stand between them ("lies that fuel hatred"). Both phrases
    keep their own term, so that counts and densities do not change; spans of other
    categories in the gap stay as they are."""
    result = list(found)
    previous = None  # index of the last growing phrase
    for index, (span, category, *_) in enumerate(found):
        if category not in growing:
            continue
        if previous is not None:
            before = result[previous]
            gap = text[before[0].end:span.start]
            if (before[0].end < span.start and not _BRIDGE_STOP_RE.search(gap)
                    and len(re.findall(r"\w+", gap)) <= _BRIDGED_WORDS):
                end = before[0].end + len(gap.rstrip(" ,\t"))
                result[previous] = (Span.of(text, before[0].start, end), *before[1:])
        previous = index
    return result


def _is_degree_word(word: str, function_words: frozenset[str]) -> bool:
    """"so", "more", "increasingly" or another -ly adverb of degree or manner."""
    lower = word.lower()
    return lower in _DEGREE_WORDS or (
        lower.endswith("ly") and len(lower) > 4 and word.islower()
        and lower not in word_list("ly_nouns.txt") and lower not in word_list("loaded_not_degree.txt")
        and lower not in function_words)


def _spaced(text: str, end: int, start: int) -> bool:
    """Only white space (no punctuation, no quotation mark) between two words."""
    return end <= start and (start == end or text[end:start].isspace()) and "\n\n" not in text[end:start]


def _joined(text: str, end: int, start: int) -> bool:
    """Only white space, or a coordinating comma, conjunction or "of", between two words."""
    gap = text[end:start]
    return _spaced(text, end, start) or bool(_COORDINATION_RE.fullmatch(gap))


def _is_content_word(word: str, function_words: frozenset[str], capitalised: bool = False) -> bool:
    lower = word.lower()
    return ((capitalised or word[:1].islower()) and word.replace("-", "").isalpha()
            and len(word) > 2 and lower not in function_words and not lower.endswith("ly"))
