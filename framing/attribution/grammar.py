"""Closed-class words the attribution rules share, and the word tests built on them.

Grammar, not a lexicon: pronouns, determiners, auxiliaries and clause words never need
tuning, so they stay in code; vocabulary (weekdays, time words, -ly nouns) is read from
``framing/data``. Every rule module imports these from here, not from a sibling.
"""

from __future__ import annotations

from functools import lru_cache

from framing.attribution.word_view import TokenView
from framing.data import word_list

# The kind of source each pronoun may stand for; "self" never resolves (the writer or reader).
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing",
            "i": "self", "we": "self", "you": "self"}
RELATIVES = {"who", "which", "whom"}
DETERMINERS = frozenset("the a an this these those his her its their our my your some many "
                        "several two three four five six seven eight nine ten few other another "
                        "one each every all both most no any".split())
# Capitalised at the start of a sentence or a clause but never part of a name.
NOT_NAMES = frozenset("""the a an and but or so yet still however meanwhile then now later also
earlier last next this that these those when while after before as if although though because
since for with without by from to of in on at into about over under during despite instead
here there today yesterday tomorrow tonight january february march april may june july august
september october november december speaking asked according in some many most others several
both all each every one two three its his her their our my your did does do is are was were has
have had will would can could should indeed yes no well oh sure only even just what why how who
where which""".split()) | word_list("weekdays.txt")
SUFFIXES = frozenset("jr sr ii iii iv".split())
HONORIFICS = frozenset("mr mrs ms miss dr".split())
# Words that may stand between a subject and its verb ("has also said", "did not say",
# "later told").
BETWEEN = frozenset("""has have had was were is are be been being will would could should may
might must can shall do does did not never also later then again once twice first still
repeatedly previously recently earlier often already just only publicly privately openly
reportedly allegedly officially flatly bluntly simply frequently sometimes quickly finally
further even yet always today yesterday tonight n't didn't doesn't don't hasn't haven't
wouldn't won't isn't wasn't aren't weren't""".split())
CLAUSE_WORDS = frozenset("""and but or nor that because while although though when whenever if
as since after before so where whereas than until unless whether yet""".split())
# "Ortiz on Tuesday said", "officials last week said": when, between a subject and its verb.
_WHEN = word_list("weekdays.txt") | word_list("time_words.txt") | {"last"}
# "by Jan. 15": a month's abbreviation, a full stop and a day is a date, not a name.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
MONTH_NAMES = frozenset("""january february march april may june july august september october
november december""".split())
# "this" and "that" standing alone are never a source; "those" is ("those who back her").
DEMONSTRATIVES = frozenset({"this", "that"})
_DATE_WORDS = MONTH_NAMES | MONTH_ABBREVIATIONS | (_WHEN - {"last"})
_DATE_FILLERS = frozenset("last this next the on of early late mid".split())


def is_between(tokens: TokenView, k: int) -> bool:
    """Whether word k may stand between a subject and its verb ("has", "also", "flatly")."""
    word = tokens.lower[k]
    if word in _WHEN or (word == "on" and k + 1 < len(tokens.lower) and tokens.lower[k + 1] in _WHEN):
        return True  # "Ortiz on Tuesday said", "officials last week said"
    return word in BETWEEN or (word.endswith("ly") and len(word) > 4
                               and word not in word_list("ly_nouns.txt")
                               and not tokens.upper[k])


def is_date(tokens: TokenView, k: int) -> bool:
    """Whether word k is a month's abbreviation with a full stop before a day ("Jan. 15")."""
    return tokens.lower[k] in MONTH_ABBREVIATIONS and k + 1 < len(tokens.words) \
        and tokens.gap(k + 1).strip() == "." and tokens.lower[k + 1].isdigit()


def may_open_date_phrase(word: str) -> bool:
    """Whether a date phrase (``is_date_phrase``) can start with ``word``: a date word, a
    number or a filler ("last", "the"). A phrase starting otherwise is never one."""
    word = word.lower().rstrip(".,")
    return word in _DATE_WORDS or word in _DATE_FILLERS or word.rstrip("stndrh").isdigit()


def is_date_phrase(words: list[str]) -> bool:
    """Whether ``words`` only say when ("March 5", "last Tuesday", "2018", "this week"):
    a date is never a source."""
    return _is_date_phrase(tuple(words))


@lru_cache(maxsize=8192)  # the same phrases come back, within an article and across articles
def _is_date_phrase(words: tuple[str, ...]) -> bool:
    lowered = [w.lower().rstrip(".,") for w in words]
    if not lowered or lowered == ["may"] or (len(lowered) == 1 and lowered[0] in MONTH_ABBREVIATIONS):
        return False  # "May", "Jun": names as often as months
    dated = False
    for word in lowered:
        if word in _DATE_WORDS:
            dated = True
        elif word.isdigit() or word.rstrip("stndrh").isdigit():
            dated = dated or (len(word) == 4 and word.isdigit())
        elif word not in _DATE_FILLERS:
            return False
    return dated
