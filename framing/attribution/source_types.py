"""Who is speaking: classifying a source phrase and naming its speaker.

A source phrase ("Deputy Mayor Ana Ortiz", "the Interior Ministry", "two senior
officials", "the report", "she") gets a source type and a speaker name, and
names that refer to one person share a key: "Ana Ortiz", "Ortiz" and "Deputy
Mayor Ortiz" all have the key ``ortiz``. The same key works across articles, so
the comparison can tell which sources several outlets share.

Source types:
- ``person``: a capitalised name that is not an organisation, a government or a
  people, or a role that names one person ("the mayor", "the president");
- ``organisation``: a capitalised name with an organisation word or an acronym
  ("the Interior Ministry", "FBI"), or "the" + an organisation word ("the campaign");
- ``government``: a country, a capital or a seat of power standing for its
  government ("Russia", "the U.S.", "Moscow", "the Kremlin", "the White House"),
  or a government named by its head noun ("the Russian government", "the administration");
  names from ``framing.attribution.gazetteer``;
- ``group``: a people or a named collective ("the Russians", "Americans",
  "residents", "voters", "Republicans"): a plural head from the demonym or group lists;
- ``document``: a report, poll, lawsuit or the like ("the report said");
- ``anonymous``: unnamed individuals ("officials", "a source familiar with the
  talks", "critics", "Trump supporters", "a resident"): the head noun of the phrase decides;
- ``unresolved_pronoun``: a pronoun with no fitting named source before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from framing.attribution import gazetteer
from framing.attribution.grammar import (DETERMINERS, HONORIFICS, NOT_NAMES, PRONOUNS, RELATIVES,
                                         SUFFIXES)
from framing.data import word_list

PERSON = "person"
ORGANISATION = "organisation"
GOVERNMENT = "government"
GROUP = "group"
DOCUMENT = "document"
ANONYMOUS = "anonymous"
UNRESOLVED = "unresolved_pronoun"

_NAME_PARTICLES = frozenset({"of", "de", "la", "van", "von", "der", "al", "bin", "da", "&"})
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# Organisation words that, as a lower-case head, name a government ("the Russian government").
_GOVERNMENT_HEADS = frozenset({"government", "administration", "regime"})
# Determiners left out of a shown name; a quantity ("some residents") stays.
_DROPPED_DETERMINERS = DETERMINERS - {"some", "many", "most", "several", "few"}


def anonymous_nouns() -> frozenset[str]:
    return word_list("attribution_anonymous.txt")


def group_nouns() -> frozenset[str]:
    """Plural heads naming a collective ("residents", "voters"): a group, not anonymous."""
    return word_list("attribution_groups.txt")


def title_words() -> frozenset[str]:
    return word_list("attribution_titles.txt")


def organisation_words() -> frozenset[str]:
    return word_list("attribution_organisations.txt")


def document_words() -> frozenset[str]:
    return word_list("attribution_documents.txt")


def speech_nouns() -> frozenset[str]:
    return word_list("attribution_nouns.txt")


def bridge_words() -> frozenset[str]:
    """"familiar", "close": words after which a source phrase goes on ("a source familiar
    with the talks")."""
    return word_list("attribution_bridges.txt")


@lru_cache(maxsize=65536)  # a word's bare form is asked for again and again
def _bare(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word.lower().rstrip("."))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and _bare(word) not in title_words()


def classify(words: Sequence[str]) -> str | None:
    """The source type of a source phrase given as its words, or None when the
    phrase does not look like a source at all."""
    return _classify(tuple(words))


@lru_cache(maxsize=8192)  # the same phrases come back, within an article and across articles
def _classify(words: tuple[str, ...]) -> str | None:
    if not words:
        return None
    bare = [_bare(w) for w in words]
    if len(words) == 1 and bare[0] in PRONOUNS:
        return UNRESOLVED
    for i, word in enumerate(bare[1:-1], start=1):
        if word in bridge_words():  # "a source familiar with the plan": the source is before the bridge
            return _classify(words[:i])
        if word == "of" and (bare[i - 1] in anonymous_nouns() or bare[i - 1] in group_nouns()
                             or bare[i - 1] in document_words()):
            return _classify(words[:i])  # "residents of Moscow", "officials of the ministry"
    head = bare[-1]
    if is_capitalised(words[-1]):
        if gazetteer.government_name(words) is not None:
            return GOVERNMENT  # "Moscow", "the U.S.", "the Kremlin"
        if gazetteer.is_people(words):
            return GROUP  # "the Russians"
        if gazetteer.is_demonym_adjective(words):
            return None  # "Russian" alone names nobody
    if not is_capitalised(words[-1]):
        # The head noun decides: "Trump supporters", "the Clinton campaign", "his report".
        for kind, nouns in ((DOCUMENT, document_words()), (ORGANISATION, organisation_words()),
                            (GROUP, group_nouns()), (ANONYMOUS, anonymous_nouns())):
            if head in nouns and (kind != ORGANISATION or len(bare) > 1):
                return GOVERNMENT if kind == ORGANISATION and head in _GOVERNMENT_HEADS else kind
    name = name_words(words)
    if name and (head in anonymous_nouns() or head in document_words()):
        name = []  # "Officials say", "House Democrats": a group, capitalised by position or party
    if name:
        if _is_organisation(name, words):
            return ORGANISATION
        return PERSON
    if head in title_words() and len(bare) > 1 and bare[-2] in DETERMINERS:
        return PERSON  # "the mayor", "the president": a role naming one person
    if head in document_words():
        return DOCUMENT
    if head in organisation_words() and len(bare) > 1 and (bare[-2] in DETERMINERS or bare[-2] == "'s"):
        return GOVERNMENT if head in _GOVERNMENT_HEADS else ORGANISATION
    if head in group_nouns():
        return GROUP  # "House Democrats", "Residents" opening a sentence
    if any(b in anonymous_nouns() for b in bare):
        return ANONYMOUS
    if head in organisation_words():
        return ORGANISATION
    if any(b in document_words() for b in bare):
        return DOCUMENT
    return None


def name_words(words: Sequence[str]) -> list[str]:
    """The last run of capitalised words in a source phrase, titles included
    ("Deputy Mayor Ana Ortiz"), or [] when it holds no name."""
    return list(_name_words(tuple(words)))


@lru_cache(maxsize=8192)  # the same phrases come back, within an article and across articles
def _name_words(words: tuple[str, ...]) -> tuple[str, ...]:
    run: list[str] = []
    for word in reversed(words):
        bare = _bare(word)
        if is_capitalised(word) and bare not in NOT_NAMES:
            run.append(word)
        elif run and bare in _NAME_PARTICLES \
                and not run[-1].endswith(("'s", "’s")):
            run.append(word)
        elif run:
            break
        elif bare in DETERMINERS or bare in RELATIVES:
            break
    while run and _bare(run[-1]) in _NAME_PARTICLES:
        run.pop()
    run.reverse()
    if run and all(_bare(w) in title_words() for w in run) and not any(is_acronym(w) for w in run) \
            and not (len(run) > 1 and _bare(run[0]) in HONORIFICS):
        return ()  # "the Spokesman", "Senator" alone: a role, not a name ("Mr. Prince" is one)
    return tuple(run)


def _is_organisation(name: Sequence[str], phrase: Sequence[str]) -> bool:
    head = _bare(name[-1])
    if head in organisation_words() or is_acronym(name[-1]):
        return True
    index = len(phrase) - len(name)
    return index > 0 and _bare(phrase[index - 1]) == "the" and len(name) > 1


def speaker_name(words: Sequence[str], source_type: str) -> str:
    """How a source is shown: a person's name without titles or possessive,
    an organisation without "the", an anonymous group by its phrase."""
    return _speaker_name(tuple(words), source_type)


@lru_cache(maxsize=8192)  # the same phrases come back, within an article and across articles
def _speaker_name(words: tuple[str, ...], source_type: str) -> str:
    if source_type == PERSON:
        name = name_words(words)
        if not name:  # a role: "the mayor"
            return " ".join(_without_determiners(words)).lower()
        while len(name) > 1 and (_bare(name[0]) in title_words() or _bare(name[0]) in NOT_NAMES
                                 or gazetteer.is_demonym_adjective(name[:1])
                                 or gazetteer.government_name(name[:1]) is not None):
            name = name[1:]  # "Russian President Vladimir Putin", "U.S. Ambassador Ana Ortiz"
        while len(name) > 1 and _bare(name[0]) in {"of", "state"}:
            name = name[1:]
        return " ".join(_POSSESSIVE_RE.sub("", w) for w in name)
    if source_type in (ORGANISATION, GOVERNMENT):
        name = name_words(words) if is_capitalised(words[-1]) else []
        name = name or _without_determiners(words)
        return " ".join(_POSSESSIVE_RE.sub("", w) for w in name) or " ".join(words)
    kept = _without_determiners(words)
    common = _common_words()
    # Lower-case the common words ("Officials" opening a sentence), keep names ("Trump supporters").
    return " ".join(w.lower() if _bare(w) in common or not is_capitalised(w) else w for w in kept)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words that are no name wherever they stand: the source nouns and the determiners."""
    return anonymous_nouns() | group_nouns() | document_words() | organisation_words() | DETERMINERS


def _without_determiners(words: Sequence[str]) -> list[str]:
    kept = list(words)
    while len(kept) > 1 and _bare(kept[0]) in _DROPPED_DETERMINERS:
        kept = kept[1:]
    return kept


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """A key shared by the names of one source, within and across articles.

    A person's key is the surname ("Deputy Mayor Ana Ortiz", "Ana Ortiz",
    "Ms. Ortiz" → ``ortiz``); an organisation's is its name in lower case
    without "the" ("The Interior Ministry" → ``interior ministry``).
    """
    words = [w for w in re.findall(r"[^\W_]+(?:['’\-.][^\W_]+)*\.?", name)]
    if not words:
        return name.strip().lower()
    source_type = classify(words) or PERSON
    if source_type == PERSON:
        parts = [_bare(w) for w in words]
        while len(parts) > 1 and parts[-1] in SUFFIXES:
            parts.pop()
        return parts[-1]
    return " ".join(_bare(w) for w in words if _bare(w) not in DETERMINERS) or name.lower()
