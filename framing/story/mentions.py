"""Where an article names an actor, and the words it names the actor by.

Three kinds of mention are found by rules over the article's words:

- names: a run of capitalised words typed by ``source_types.classify`` as a person, an
  organisation, a government or a group ("Deputy Mayor Lidia Marsh", "the Harrowgate City
  Council", "Russia", "the Russians"). Left out: a capitalised word opening a sentence that
  the article also writes in lower case ("Emergency vehicles"), dates, an all-capital
  dateline ("HARROWGATE"), places (a name ending in a word of ``data/actor_places.txt``:
  "Marlow Street") and a lone word the article only uses to open a longer name (the town in
  "Harrowgate City Council");
- roles: "the" or a possessive before a title ("the mayor") or an institution head of
  ``data/actor_roles.txt`` ("the council", "Harrowgate's council majority");
- groups: a plural group noun ("residents", "drivers"; ``attribution_groups.txt``).

Each mention keeps its naming terms (labels): the titles and descriptive nouns before a name
("Council member", "activist"), the noun phrase it modifies ("the Wren regime", "Transport
Authority bureaucrats"), the noun an "of" hangs it on ("the radical activists of …") and an
appositive after it ("Peter Lund, chair of the traders' association,").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from framing.attribution import gazetteer, source_types
from framing.attribution.grammar import (BETWEEN, CLAUSE_WORDS, DETERMINERS, HONORIFICS, NOT_NAMES,
                                         PRONOUNS, RELATIVES, is_date)
from framing.attribution.word_view import TokenView
from framing.data import verb_forms, word_list
from framing.text.spans import Span

ACTOR_TYPES = frozenset({source_types.PERSON, source_types.ORGANISATION, source_types.GOVERNMENT,
                         source_types.GROUP})
_PARTICLES = frozenset({"of", "de", "la", "van", "von", "der", "al", "bin", "da", "&", "for", "and"})
# Title words that only modify another ("deputy mayor", "council majority", "former minister"):
# never a role by themselves, and the title after "deputy" or "vice" is not that role.
_MODIFIERS = frozenset("""vice deputy former acting interim then state foreign interior defense
defence finance health education homeland security press campaign senior top majority minority
executive chief general lieutenant""".split())
_SUBORDINATE = frozenset({"deputy", "vice", "assistant", "associate", "under"})
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# Nouns that name what someone is ("activist", "campaigner", "lawmaker", "veteran"…).
_AGENT_RE = re.compile(r"^[a-z]{3,}(?:ist|er|or|ian|ant|ent|man|woman|eer|ee|ic|ive|ard)s?$")
_APPOSITIVE_RE = re.compile(r"\s*,\s+([^,.;:!?\"“”()—–]{2,90}?)(?=\s*[,.;:!?—–)])")
_APPOSITIVE_WORDS = 10
_DATELINE_LETTERS = 6  # an all-capital word this long opens a dateline; acronyms are shorter


@dataclass(slots=True)
class Mention:
    """One place an article names an actor."""

    span: Span  # the naming words ("Deputy Mayor Lidia Marsh", "the council", "she")
    source_type: str
    name: str  # the form the identity rules compare ("Lidia Marsh", "council", "residents")
    role: str | None = None  # a role word to resolve to an earlier actor ("mayor", "council")
    roles: frozenset[str] = frozenset()  # the roles this mention gives a person ("mayor")
    labels: list[Span] = field(default_factory=list)  # its naming terms
    seed: int | None = None  # the source identity it belongs to, when it is a credited source


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return word_list("actor_places.txt")


@lru_cache(maxsize=1)
def institution_roles() -> frozenset[str]:
    return word_list("actor_roles.txt")


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    return source_types.title_words() - _MODIFIERS - HONORIFICS


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return verb_forms(nounlike=False)


@lru_cache(maxsize=1)
def _not_describing() -> frozenset[str]:
    """Words that never say what a name's bearer is (``_describes``)."""
    return frozenset(NOT_NAMES | DETERMINERS | BETWEEN | CLAUSE_WORDS | _verbs())


@lru_cache(maxsize=1)
def _naming_nouns() -> frozenset[str]:
    """Nouns a name may modify: "the Wren regime", "Transport Authority bureaucrats"."""
    return frozenset(source_types.organisation_words() | source_types.title_words()
                     | source_types.group_nouns() | source_types.anonymous_nouns() | _GOVERNING)


@lru_cache(maxsize=1)
def _not_appositive() -> frozenset[str]:
    """Words that keep a phrase after a name from being an appositive."""
    return frozenset(RELATIVES | BETWEEN | CLAUSE_WORDS | _verbs() | set(PRONOUNS))


@lru_cache(maxsize=8192)
def _bare(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word.lower().replace("’", "'").rstrip("."))


def find_mentions(tokens: TokenView, loaded_words: frozenset[int],
                  known: frozenset[str] = frozenset()) -> list[Mention]:
    """Every name, role and group mention of the article's body, in text order.
    ``loaded_words`` are the indexes of words inside a loaded term (they may name
    what an actor is: "the radical activists of …"); ``known`` are surnames (lower case)
    the article's sources go by: a lone capitalised word names a person only when it is
    one of these, the surname of a fuller name, or written twice."""
    skip = _skipped(tokens)
    found = _names(tokens, skip, loaded_words, known) + _roles(tokens, skip) + _groups(tokens, skip)
    found.sort(key=lambda m: m.span.start)
    return found


def _skipped(tokens: TokenView) -> list[bool]:
    """Words no mention is looked for in: the headline (often in Title Case) and boilerplate."""
    article = tokens.article
    furniture = sorted(article.boilerplate, key=lambda s: s.start)
    skip = []
    for k, word in enumerate(tokens.words):
        in_furniture = any(b.start <= word.start < b.end for b in furniture)
        skip.append(tokens.in_headline(k) or in_furniture)
    return skip


# -- names --------------------------------------------------------------------------------

def _names(t: TokenView, skip: list[bool], loaded_words: frozenset[int],
           known: frozenset[str]) -> list[Mention]:
    n = len(t.words)
    runs: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if skip[k] or not t.capitalised(k):
            k += 1
            continue
        e = k + 1
        while e < n and not skip[e] and e not in t.sentence_starts and t.joined(e) and (
                t.capitalised(e) or (t.lower[e] in _PARTICLES and e + 1 < n
                                     and t.capitalised(e + 1) and t.joined(e + 1))):
            e += 1
        runs += _pieces(t, k, e)
        k = e
    elsewhere = {_bare(t.words[i].text) for i in range(n)
                 if t.capitalised(i) and i not in t.sentence_starts}
    typed = [found for a, e in runs if (found := _name_type(t, a, e, elsewhere | known))]
    # A lone word the article only uses to open longer names is a place ("Harrowgate" of
    # "Harrowgate City Council"), unless it is also a person's surname.
    surnames = {_bare(t.words[e - 1].text) for a, e, kind in typed
                if kind == source_types.PERSON and e - a > 1} | known
    uses = Counter(_bare(t.words[a].text) for a, e, _ in typed if e - a == 1)
    mentions = []
    for a, e, kind in typed:
        word = _bare(t.words[a].text)
        if e - a == 1 and kind == source_types.PERSON and word not in surnames and uses[word] < 2:
            continue  # one capitalised word, once: "Cars" after a dateline, a town, a brand
        words = t.texts(a, e)
        name = source_types.speaker_name(words, kind)
        if not name or name.lower() in NOT_NAMES:
            continue
        mention = Mention(t.span(a, e), kind, name)
        _label(t, mention, a, e, loaded_words)
        mentions.append(mention)
    return mentions


def _pieces(t: TokenView, a: int, e: int) -> list[tuple[int, int]]:
    """The run a..e-1 cut at dates and words that are never part of a name."""
    pieces, start = [], a
    for k in range(a, e + 1):
        if k == e or is_date(t, k) or t.lower[k] in NOT_NAMES - {"of", "for", "and"}:
            if k > start:
                pieces.append((start, k))
            start = k + 1
    return pieces


def _name_type(t: TokenView, a: int, e: int, elsewhere: set[str]) -> tuple[int, int, str] | None:
    """The capitalised words a..e-1 as (first word, end, actor type), a common word opening
    the sentence left out, or None when they name no actor."""
    words = t.texts(a, e)
    while a < e and a in t.sentence_starts and _common(t, a) and e - a > 1:
        a += 1
        words = words[1:]
    letters = [c for c in words[0] if c.isalpha()]
    if len(letters) >= _DATELINE_LETTERS and all(c.isupper() for c in letters):
        return None
    if e - a == 1 and (a in t.sentence_starts or t.is_paragraph_start(t.words[a].start)):
        government = gazetteer.government_name(words) or gazetteer.is_people(words)
        if not government and (_common(t, a) or _bare(words[0]) not in elsewhere):
            return None
    before = ["the"] if a > 0 and t.lower[a - 1] == "the" else []
    kind = source_types.classify(before + words)
    if kind not in ACTOR_TYPES:
        return None
    if kind == source_types.PERSON and e - a == 1:
        if before and not (e < len(t.words) and t.joined(e) and not t.capitalised(e)):
            kind = source_types.ORGANISATION  # "the Clarion": people are not "the Smith"
        elif e < len(t.words) and t.joined(e) and t.lower[e] in source_types.group_nouns():
            return None  # "Eastbank residents": a place naming a group
    if _bare(words[-1]) in place_words() and gazetteer.government_name(words) is None:
        return None
    return a, e, kind


def _common(t: TokenView, k: int) -> bool:
    """Whether word k, capitalised, is a common word (the article writes it in lower case,
    or it is a group, role or anonymous noun)."""
    word = _bare(t.words[k].text)
    return word in t.vocabulary or word in PRONOUNS or word in source_types.group_nouns() \
        or word in source_types.anonymous_nouns() or word in DETERMINERS


def _label(t: TokenView, mention: Mention, a: int, e: int, loaded_words: frozenset[int]) -> None:
    """The naming terms around the name a..e-1, and the roles a person takes from them."""
    words = t.lower
    roles = set()
    # Titles inside the name ("Deputy Mayor Lidia Marsh") and descriptive nouns before it
    # ("Council member Gerald Pike", "activist Jane Doe").
    titles = a
    while titles < e - 1 and _bare(words[titles]) in source_types.title_words():
        titles += 1
    first = a
    while first > 0 and t.joined(first) and _describes(t, first - 1, loaded_words):
        first -= 1
    if first < titles and not all(_bare(w) in HONORIFICS for w in words[first:titles]):
        mention.labels.append(t.span(first, titles))
        roles |= _roles_in(words[first:titles])
    # "the radical activists of the Harrowgate Cycling Association"
    if a >= 3 and words[a - 1] == "the" and words[a - 2] == "of":
        head = a - 2
        while head > 0 and t.joined(head) and not t.capitalised(head - 1) \
                and words[head - 1] not in DETERMINERS and _describes(t, head - 1, loaded_words):
            head -= 1
        if head < a - 2 and _bare(words[a - 3]) not in source_types.title_words():
            mention.labels.append(t.span(head, a - 2))  # not "chair of …": a person's role
    # "the Wren regime", "Transport Authority bureaucrats": the name modifies a noun.
    last = e
    while last < len(words) and t.joined(last) and not t.capitalised(last) and (
            _bare(words[last]) in _naming_nouns() or last in loaded_words):
        last += 1
    if last > e and not (last < len(words) and t.joined(last) and t.capitalised(last)):
        mention.labels.append(t.span(a, last))
    # An appositive: "Peter Lund, chair of the Marlow Street Traders' Association,"
    end = t.words[last - 1].end
    match = _APPOSITIVE_RE.match(t.text, end)
    if match:
        phrase = match.group(1).split()
        head = phrase[1:] if phrase[0].lower() in ("a", "an", "the") else phrase
        bare = [_bare(w) for w in phrase]
        if head and head[0][:1].islower() and len(phrase) <= _APPOSITIVE_WORDS \
                and not any(w in _not_appositive() for w in bare) and not head[0][:1].isdigit():
            mention.labels.append(Span.of(t.text, match.start(1), match.end(1)))
            roles |= _roles_in(bare)
    if mention.source_type == source_types.PERSON:
        mention.roles = frozenset(roles | _roles_in(words[a:e]))


def _describes(t: TokenView, k: int, loaded_words: frozenset[int]) -> bool:
    """Whether word k, before a name, says what its bearer is: a title, a loaded term or
    an agent noun ("activist", "campaigner"), not a verb or a function word."""
    word = _bare(t.words[k].text)
    if word in _not_describing() or word.endswith("ed"):
        return False
    if t.capitalised(k):
        return word in source_types.title_words() or word in source_types.organisation_words()
    return word in source_types.title_words() or k in loaded_words or bool(_AGENT_RE.match(word))


def _roles_in(words: list[str]) -> set[str]:
    """The person roles ``words`` give ("Deputy Mayor" gives "deputy", not "mayor")."""
    roles = set()
    for i, word in enumerate(words):
        word = _bare(word)
        if word in _person_roles() and not (i and _bare(words[i - 1]) in _SUBORDINATE):
            roles.add(word)
    return roles


# -- roles and groups ---------------------------------------------------------------------

def _roles(t: TokenView, skip: list[bool]) -> list[Mention]:
    """"the mayor", "the council", "Harrowgate's council majority": a role to resolve."""
    mentions = []
    n = len(t.words)
    for k in range(1, n):
        word = _bare(t.words[k].text)
        if skip[k] or t.capitalised(k) or not t.joined(k):
            continue
        person = word in _person_roles()
        if not person and word not in institution_roles():
            continue
        previous = t.words[k - 1].text
        if not (t.lower[k - 1] in ("the", "our", "its", "their")
                or (previous[:1].isupper() and _POSSESSIVE_RE.search(previous) and "'" in
                    previous.replace("’", "'"))):
            continue
        if k + 1 < n and t.joined(k + 1) and t.capitalised(k + 1):
            continue  # "the mayor Tobias Wren": a title before a name
        # "the council majority": the head is the role, the rest a naming term.
        last = k + 1
        while last < n and t.joined(last) and not t.capitalised(last) \
                and _bare(t.lower[last]) in _MODIFIERS:
            last += 1
        kind = source_types.PERSON if person else (
            source_types.GOVERNMENT if word in _GOVERNING else source_types.ORGANISATION)
        mention = Mention(t.span(k - 1, k + 1), kind, word, role=word)
        if last > k + 1:
            mention.labels.append(t.span(k, last))
        mentions.append(mention)
    return mentions


# An institution with this head acts as a government ("the council voted").
_GOVERNING = frozenset({"council", "government", "administration", "regime", "parliament",
                        "congress", "senate", "assembly", "cabinet", "ministry"})


def _groups(t: TokenView, skip: list[bool]) -> list[Mention]:
    """Plural group nouns in lower case: "residents", "drivers", "taxpayers"."""
    groups = source_types.group_nouns()
    return [Mention(t.words[k], source_types.GROUP, t.lower[k])
            for k in range(len(t.words))
            if not skip[k] and t.lower[k] in groups
            and (not t.capitalised(k) or k in t.sentence_starts)]
