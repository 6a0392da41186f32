"""One identity per source: within an article, and across the articles of a comparison.

An article names one source in several ways: "General Sergei Surovikin, commander of the
Russian forces", then "Surovikin", "the general", a misspelled "Surkovikin"; one outlet
writes "Jim Mattis", another "James Mattis"; "the U.S." and "the United States" are one
government. The rules here group those names into identities:

- people: one surname (apostrophes normalised: "O'Neill" = "O’Neill") with compatible first
  names: equal, one an initial of the other, one a listed variant of the other
  (``framing/data/name_variants.tsv``: "Jim" = "James"), or one missing ("Mattis" joins the
  most often credited "… Mattis"). "Bill Clinton" and "Hillary Clinton" stay apart. A
  surname of six letters or more written one or two letters differently ("Surkovikin") is a
  misspelled repeat when the first names are compatible;
- roles ("the general", "the spokesman", "the 44-year-old"): the nearest person credited
  earlier in the article whose phrase holds that role ("General Sergei Surovikin",
  "Ortiz, a spokesman for…", "Ortiz, 44,"); a role that fits nobody is its own identity;
- organisations and governments: one name once "the", full stops and a possessive are
  dropped, after the aliases of ``framing/data/source_aliases.tsv`` ("U.S." = "United
  States" = "America") and acronyms of a name's initials ("FBI" = "Federal Bureau of
  Investigation");
- documents: one head noun with compatible owners ("Mattis's resignation letter" = "the
  resignation letter"; "the Pentagon report" and "the CBO report" stay apart);
- anonymous sources: one phrase ("officials").

An identity's ``name`` is its fullest form; ``names`` lists every form used. Within an article pronouns are already resolved by ``pronouns`` before this runs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from framing.attribution import gazetteer, source_types
from framing.attribution.grammar import SUFFIXES
from framing.attribution.record import Attribution, Source
from framing.data import data_rows

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_DOTTED_RE = re.compile(r"\b((?:[A-Z]\.)+[A-Z])$")
_AGE_RE = re.compile(r"^(\d{1,3})-year-old$")
_WORD_RE = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*")
_MIN_FUZZY = 6  # shortest surname a misspelled repeat is looked for in
_ROLE_CONTEXT = 90  # characters after a person's phrase read for an appositive role

PERSON, INSTITUTION, DOCUMENT, ANONYMOUS = "person", "institution", "document", "anonymous"


@dataclass(frozen=True, slots=True)
class Identity:
    """One source of an article, under every name the article gives it."""

    id: str  # "s1", "s2"…: in order of first credit in the article
    name: str  # the fullest form
    names: tuple[str, ...]  # every form used: the fullest first, then in order of use
    source_type: str


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """``name`` with typographic apostrophes made straight ("O’Neill" → "O'Neill") and the
    last full stop of a dotted acronym back (the sentence took it: "U.S" → "U.S.")."""
    return _DOTTED_RE.sub(r"\1.", name.translate(_APOSTROPHES))


def kind_of(source_type: str | None, name: str = "") -> str:
    """Which matching rule a source takes: person, document, anonymous or institution
    (organisations, governments and any other named body). A name listed in
    ``source_aliases.tsv`` ("America") is an institution whatever its type says."""
    if name and _plain(name) in _aliases():
        return INSTITUTION
    if source_type == source_types.PERSON:
        return PERSON
    if source_type == source_types.DOCUMENT:
        return DOCUMENT
    if source_type == source_types.ANONYMOUS:
        return ANONYMOUS
    return INSTITUTION


# -- data ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _variant_groups() -> dict[str, frozenset[str]]:
    """Each listed first name (lower case) → the full names it may stand for."""
    groups: dict[str, set[str]] = {}
    for full, variants in data_rows("name_variants.tsv"):
        full = full.strip()
        groups.setdefault(full, set()).add(full)
        for variant in variants.split(","):
            groups.setdefault(variant.strip(), set()).add(full)
    return {name: frozenset(fulls) for name, fulls in groups.items()}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Each alias key → the key of the name shown for it."""
    aliases: dict[str, str] = {}
    for shown, others in data_rows("source_aliases.tsv"):
        key = _plain(shown)
        aliases[key] = key
        for alias in others.split(","):
            aliases[_plain(alias)] = key
    return aliases


@lru_cache(maxsize=8192)
def _plain(name: str) -> str:
    """Lower case, no full stops, no leading "the", no possessive: "The U.S.'s" → "us"."""
    text = normalise(name).lower().replace(".", "")
    text = re.sub(r"'s?\b$", "", text.strip())
    text = re.sub(r"^the\s+", "", text)
    return " ".join(text.split())


# -- comparing names ----------------------------------------------------------------------

def first_names_compatible(one: str, other: str) -> bool:
    """Whether two first names (lower case, no full stop) can name one person: equal, one
    an initial of the other, or listed as variants of one name ("jim", "james")."""
    if one == other:
        return True
    if len(one) == 1 or len(other) == 1:
        return one[0] == other[0]
    groups = _variant_groups()
    return bool(groups.get(one, frozenset({one})) & groups.get(other, frozenset({other})))


@lru_cache(maxsize=16384)  # one pair of surnames is compared again for each group and entry
def edit_distance(one: str, other: str, limit: int = 2) -> int:
    """Levenshtein distance between two words, or ``limit + 1`` when it is above ``limit``."""
    if abs(len(one) - len(other)) > limit:
        return limit + 1
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, start=1):
        current = [i]
        for j, b in enumerate(other, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


@dataclass(frozen=True, slots=True)
class _Person:
    surname: str
    firsts: frozenset[str]  # first names (lower case); empty when only the surname is given


@lru_cache(maxsize=8192)
def _person(name: str) -> _Person:
    words = [w.lower().rstrip(".") for w in _WORD_RE.findall(normalise(name))]
    words = [w for w in words if w not in source_types.title_words()]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    if not words:
        return _Person(name.lower(), frozenset())
    return _Person(words[-1], frozenset(words[:1]) if len(words) > 1 else frozenset())


def _people_match(one: _Person, other: _Person) -> bool:
    firsts = not one.firsts or not other.firsts or any(
        first_names_compatible(a, b) for a in one.firsts for b in other.firsts)
    if not firsts:
        return False
    if one.surname == other.surname:
        return True
    return min(len(one.surname), len(other.surname)) >= _MIN_FUZZY and \
        edit_distance(one.surname, other.surname) <= 2


@lru_cache(maxsize=8192)
def _institution_keys(name: str) -> frozenset[str]:
    """The keys an organisation or government name matches under: its plain form, the
    name its alias stands for, and the acronym of its capitalised words."""
    plain = _plain(name)
    keys = {plain, _aliases().get(plain, plain)}
    country = gazetteer.government_name(name.split())  # "U.S.", "US": "United States"
    if country:
        keys.add(_plain(country))
    words = [w for w in _WORD_RE.findall(normalise(name)) if w.lower() not in ("the", "of", "and", "for")]
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        keys.add("".join(w[0] for w in words).lower())
    return frozenset(keys)


def _document(name: str) -> tuple[str, str]:
    """(head noun, owner) of a document's name: "Mattis's resignation letter" →
    ("letter", "mattis"); "the CBO report" → ("report", "cbo"); owner "" when none."""
    words = _WORD_RE.findall(normalise(name))
    if not words:
        return name.lower(), ""
    head = words[-1].lower()
    owner = ""
    for word in words[:-1]:
        if word.endswith("'s") or word.endswith("s'"):
            owner = source_types.speaker_key(re.sub(r"'s?$", "", word)) if word[:1].isupper() \
                else ""  # "his letter": the pronoun does not name an owner
        elif (word[:1].isupper() or word.lower() in source_types.organisation_words()) \
                and word.lower() not in ("the", "a", "an"):
            owner = word.lower()  # "the CBO report", "the pentagon report"
    return head, owner


def _role(source: str, speaker: str) -> str | None:
    """The role word a source phrase names a person by ("the general" → "general",
    "the 44-year-old" → "44"), or None when the phrase is not a role."""
    words = speaker.lower().split()
    if not words or speaker != speaker.lower() or not source.lower().startswith("the "):
        return None
    age = _AGE_RE.match(words[-1])
    if age:
        return age.group(1)
    return words[-1] if words[-1] in source_types.title_words() else None


# -- grouping -----------------------------------------------------------------------------

@dataclass(slots=True)
class _Group:
    kind: str
    forms: list[str]  # names in order of first use
    weight: int  # attributions credited
    members: set[int] = field(default_factory=set)  # which entries (articles, for a comparison)
    people: list[_Person] = field(default_factory=list)  # each distinct person once
    keys: set[str] = field(default_factory=set)
    document: tuple[str, str] | None = None

    @property
    def fullest(self) -> str:
        return max(self.forms, key=lambda n: (len(n.split()), len(n), -self.forms.index(n)))


def _fits(group: _Group, kind: str, name: str) -> bool:
    if group.kind != kind:
        return False
    if kind == PERSON:
        person = _person(name)
        return all(_people_match(person, p) for p in group.people)
    if kind == INSTITUTION:
        return bool(_institution_keys(name) & group.keys) or any(
            _ends_with(form, name) or _ends_with(name, form) for form in group.forms)
    if kind == DOCUMENT:
        head, owner = _document(name)
        assert group.document is not None
        return head == group.document[0] and (not owner or not group.document[1]
                                              or owner == group.document[1])
    return name.lower() == group.forms[0].lower()


def _ends_with(longer: str, shorter: str) -> bool:
    """Whether the institution name ``shorter``, of two words or more, ends ``longer``:
    "Transport Authority" and "the Harrow Valley Transport Authority" are one body."""
    tail = _plain(shorter).split()
    whole = _plain(longer).split()
    return 2 <= len(tail) < len(whole) and whole[-len(tail):] == tail


def _add(group: _Group, name: str, weight: int, member: int) -> None:
    if name not in group.forms:
        group.forms.append(name)
    group.weight += weight
    group.members.add(member)
    if group.kind == PERSON:
        person = _person(name)
        if person not in group.people:  # a repeat would only be matched again
            group.people.append(person)
    elif group.kind == INSTITUTION:
        group.keys |= _institution_keys(name)
    elif group.kind == DOCUMENT:
        head, owner = _document(name)
        if group.document is None or not group.document[1]:
            group.document = (head, owner)


def _group(entries: Sequence[tuple[str, str, int, int]], *, apart: bool,
           others: Sequence[Sequence[str]] | None = None) -> list[tuple[_Group, list[int]]]:
    """Group (kind, name, weight, member) entries, fullest names first so that a bare
    surname or an ownerless document joins the most credited group that fits; each group
    with the indexes of the entries that joined it. With ``apart``, two entries of one
    member (one article) never share a group. ``others[i]``, where given, are further
    names entry i fits a group by; an institution's join the group's keys ("the council")."""
    order = sorted(range(len(entries)),
                   key=lambda i: (-len(entries[i][1].split()), -entries[i][2], i))
    groups: list[tuple[_Group, list[int]]] = []
    of_kind: dict[str, list[tuple[_Group, list[int]]]] = {}  # a group fits names of its kind only
    for i in order:
        kind, name, weight, member = entries[i]
        extra = others[i] if others is not None else ()
        fitting = [(g, joined) for g, joined in of_kind.get(kind, ())
                   if not (apart and member in g.members)
                   and (_fits(g, kind, name) or any(_fits(g, kind, normalise(n)) for n in extra))]
        if fitting:
            group, joined = max(fitting, key=lambda item: item[0].weight)
        else:
            group, joined = _Group(kind, [], 0), []
            groups.append((group, joined))
            of_kind.setdefault(kind, []).append((group, joined))
        _add(group, name, weight, member)
        if kind == INSTITUTION:
            for other in extra:
                group.keys |= _institution_keys(normalise(other))
        joined.append(i)
    return groups


# -- within an article --------------------------------------------------------------------

def resolve_article(attributions: Sequence[Attribution], mentions: Sequence[tuple[int, Source]],
                    text: str) -> list[Attribution]:
    """``attributions`` (in any order) with each source under its identity: ``speaker``
    becomes the identity's fullest name and ``speaker_id`` its id; ``alias`` keeps the
    name this attribution's phrase gave. ``mentions`` are people's names opening a
    sentence, (offset, source): they lend a fuller name to a source credited by surname
    ("Mayor Tobias Wren voted…" then "Wren said") but make no identity of their own."""
    credited = [(i, a) for i, a in enumerate(attributions)
                if a.speaker and a.source_type != source_types.UNRESOLVED]
    aliases = {i: normalise(a.speaker or "") for i, a in credited}
    counts = Counter((kind_of(a.source_type, aliases[i]), aliases[i]) for i, a in credited)
    surnames = {_person(name).surname for (kind, name) in counts if kind == PERSON}
    entries = [(kind, name, n, 0) for (kind, name), n in counts.items()]
    entries += [(PERSON, normalise(m.name), 0, 0) for _, m in mentions
                if m.name and _person(normalise(m.name)).surname in surnames
                and (PERSON, normalise(m.name)) not in counts]
    group_of = {(g.kind, name): g for g, _ in _group(entries, apart=False) for name in g.forms}
    assigned = {i: group_of[(kind_of(a.source_type, aliases[i]), aliases[i])] for i, a in credited}

    # A role ("the general") goes to the nearest person credited before it whose phrase or
    # appositive holds the role; a role that fits nobody keeps its own identity.
    roles = {i: _role(a.source.text, a.speaker or "") for i, a in credited if a.source is not None}
    people = sorted(((_position(a), assigned[i], _role_words(a, text)) for i, a in credited
                     if kind_of(a.source_type, aliases[i]) == PERSON and roles.get(i) is None),
                    key=lambda item: item[0]) if any(r is not None for r in roles.values()) else []
    for i, a in credited:
        role = roles.get(i)
        if role is None:
            continue
        before = [group for position, group, words in people
                  if position < _position(a) and role in words]
        if before:
            assigned[i] = before[-1]
            if aliases[i] not in before[-1].forms:
                before[-1].forms.append(aliases[i])

    ids: dict[int, str] = {}
    for i, _ in sorted(credited, key=lambda item: _position(item[1])):
        ids.setdefault(id(assigned[i]), f"s{len(ids) + 1}")
    fullest: dict[int, str] = {}  # each group's fullest name, worked out once
    result = list(attributions)
    for i, a in credited:
        group = assigned[i]
        if id(group) not in fullest:
            fullest[id(group)] = group.fullest
        source_type = source_types.PERSON if group.kind == PERSON else a.source_type
        result[i] = a.resolved(speaker=fullest[id(group)], speaker_id=ids[id(group)],
                               alias=aliases[i], source_type=source_type)
    return result


def _position(attribution: Attribution) -> int:
    anchor = attribution.source or attribution.cue or attribution.content
    return anchor.start if anchor is not None else 0


def _role_words(attribution: Attribution, text: str) -> frozenset[str]:
    """The words of a person's source phrase and of an appositive right after it
    ("Ortiz, 44, a spokesman for…"), lower case: the roles a later "the …" may take."""
    source = attribution.source
    if source is None:
        return frozenset()
    phrase = source.text
    after = text[source.end:source.end + _ROLE_CONTEXT]
    if after.startswith(","):
        phrase += " " + re.split(r"[,.;:!?\"“”]", after[1:], maxsplit=1)[0]
    return frozenset(w.lower() for w in _WORD_RE.findall(phrase))


def article_identities(attributions: Sequence[Attribution]) -> list[Identity]:
    """The identities of resolved ``attributions`` (see ``resolve_article``), in id order."""
    found: dict[str, tuple[str, list[str], str]] = {}
    for a in attributions:
        if a.speaker_id is None or a.speaker is None:
            continue
        name, names, source_type = found.setdefault(a.speaker_id, (a.speaker, [a.speaker],
                                                                    a.source_type or ""))
        if a.alias and a.alias not in names:
            names.append(a.alias)
    return [Identity(key, name, tuple(names), source_type)
            for key, (name, names, source_type) in sorted(found.items(),
                                                          key=lambda item: int(item[0][1:]))]


# -- every named actor of an article ------------------------------------------------------

def extend_identities(seeds: Sequence[tuple[str, Sequence[str], int]],
                      names: Sequence[tuple[str, str]]) -> tuple[list[int], list[tuple[str, str]]]:
    """Group the names an article gives its actors with the same rules as its sources.

    ``seeds`` are the article's source identities, (source_type, names, weight): each
    stays one group and no two are ever merged. ``names`` are further (source_type,
    name) mentions: each joins the most credited group it fits (a bare "Pike" joins
    "Gerald Pike"), fullest names first, or starts a group of its own. Returns, for each
    of ``names``, the index of its group (seeds first, in order), and each group's
    (kind, fullest name)."""
    groups: list[_Group] = []
    for source_type, forms, weight in seeds:
        kind = kind_of(source_type, forms[0] if forms else "")
        group = _Group(kind, [], 0)
        for n, form in enumerate(forms):
            form = normalise(form)
            if kind == PERSON and form == form.lower():
                group.forms.append(form)  # a role ("mayor") names no surname to match on
            else:
                _add(group, form, weight if n == 0 else 0, len(groups))
        groups.append(group)
    counts = Counter((source_type, normalise(name)) for source_type, name in names)
    placed: dict[tuple[str, str], int] = {}  # each distinct name is placed once
    for source_type, name in sorted(counts, key=lambda item: -len(item[1].split())):
        kind = kind_of(source_type, name)
        fitting = [j for j, g in enumerate(groups) if g.forms and _fits(g, kind, name)]
        if fitting:
            j = max(fitting, key=lambda j: (groups[j].weight, -j))
        else:
            j = len(groups)
            groups.append(_Group(kind, [], 0))
        _add(groups[j], name, counts[(source_type, name)], j)
        placed[(source_type, name)] = j
    assigned = [placed[(source_type, normalise(name))] for source_type, name in names]
    return assigned, [(g.kind, g.fullest if g.forms else "") for g in groups]


# -- across articles ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SharedSource:
    """One real-world source across the articles of a comparison."""

    id: str  # "c1", "c2"…: most widely credited first
    name: str  # the fullest form any article uses
    source_type: str
    members: tuple[tuple[int, ...], ...]  # per article, the indexes of its sources in this one


def match_sources(per_article: Sequence[Sequence[tuple[str, Sequence[str], str, int]]]
                  ) -> list[SharedSource]:
    """Match each article's sources, given as (name, names, source_type, mentions), across
    articles: people by surname and compatible first name or variant, organisations and
    governments by alias and acronym, documents by head noun and owner. Two sources of one
    article stay apart (the article's own resolution already kept them apart). Sources
    credited by most articles come first."""
    entries: list[tuple[str, str, int, int]] = []
    for article, sources in enumerate(per_article):
        for name, _, source_type, mentions in sources:
            entries.append((kind_of(source_type, name), normalise(name), mentions, article))
    origin: list[tuple[int, int]] = [(article, index) for article, sources in enumerate(per_article)
                                     for index in range(len(sources))]
    # A person matches by the fullest name (a bare surname among the other names would
    # match anyone of that surname); other sources by any of their names.
    others = [() if entries[i][0] == PERSON else per_article[article][index][1]
              for i, (article, index) in enumerate(origin)]
    groups = _group(entries, apart=True, others=others)
    shared = []
    for group, joined in groups:
        members = [[] for _ in per_article]
        for i in joined:
            members[origin[i][0]].append(origin[i][1])
        first = min(joined)
        shared.append((group, tuple(tuple(m) for m in members), per_article[origin[first][0]][origin[first][1]][2]))
    shared.sort(key=lambda item: (-len(item[0].members), -item[0].weight, item[0].fullest.lower()))
    return [SharedSource(f"c{n}", group.fullest, source_type, members)
            for n, (group, members, source_type) in enumerate(shared, start=1)]
