"""Resolving pronouns to the sources they stand for.

A pronoun resolves to the nearest fitting source credited before it (he/she: a
named person whose title does not say otherwise; they: an organisation or a
plural group; it: an organisation, a government or a document), or for he/she
to a person's name opening an earlier sentence if that is nearer. I, we and you
never resolve: they are the writer or the reader. Only the last dozen sources are looked at.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from framing.attribution import source_types
from framing.attribution.grammar import NOT_NAMES, PRONOUNS, is_date
from framing.attribution.record import Source
from framing.attribution.word_view import TokenView
from framing.data import data_rows

_PLURAL_GROUPS = frozenset({source_types.ANONYMOUS, source_types.ORGANISATION, source_types.GROUP})
_LOOK_BACK = 12  # sources looked at before a pronoun


class Antecedents:
    """The sources of one article a later pronoun may stand for, in text order."""

    def __init__(self, tokens: TokenView) -> None:
        self.tokens = tokens
        self.credited: list[tuple[int, Source]] = []  # sources credited by a cue
        self.mentions: list[tuple[int, Source]] = []  # people's names opening a sentence
        self.genders: dict[str, str] = {}  # a person's key (surname) → the gender first told

    def remember(self, offset: int, source: Source) -> None:
        """Note a source credited at ``offset``, for the pronouns that follow. A person
        named again by surname alone keeps the gender the fuller name told ("Ana Ortiz"
        … "Ortiz said" … "she")."""
        if not source.name or source.type == source_types.UNRESOLVED:
            return
        if source.type == source_types.PERSON:
            key = source_types.speaker_key(source.name)
            if source.gender:
                self.genders.setdefault(key, source.gender)
            elif key in self.genders:
                source = replace(source, gender=self.genders[key])
        self.credited.append((offset, source))

    def note_mention(self, a: int, b: int) -> None:
        """Note a person's name opening the sentence of words a..b-1, for later pronouns."""
        t = self.tokens
        titles = source_types.title_words()
        e = a
        while e < b and e - a < 6 and (e == a or t.joined(e)) and (
                t.upper[e] or t.lower[e] in titles):
            e += 1
        if e == a or t.in_quote[a] or is_date(t, a):
            return
        named = _person_named(tuple(t.texts(a, e)))
        if named is not None:
            name, gender_ = named
            self.mentions.append((t.words[a].start, Source(
                t.span(a, e), source_types.PERSON, name, gender_, e - a)))

    def resolve(self, offset: int, word: str) -> Source | None:
        """The nearest fitting source before ``offset`` for the lower-case pronoun
        ``word``, or None."""
        kind = PRONOUNS.get(word, "self")
        if kind == "self":
            return None
        wanted = {"he": "m", "she": "f"}.get(word, "")
        person: tuple[int, Source] | None = None
        for position, source in reversed(self.credited[-_LOOK_BACK:]):
            if position >= offset:
                continue
            if kind == "person" and source.type == source_types.PERSON \
                    and source.gender in ("", wanted):
                person = (position, source)
                break
            if kind == "group" and (source.type == source_types.ORGANISATION or (
                    source.type in _PLURAL_GROUPS and (source.name or "").endswith("s"))):
                return source
            if kind == "thing" and source.type in (source_types.ORGANISATION, source_types.GOVERNMENT,
                                                   source_types.DOCUMENT):
                return source
        if kind != "person":
            return None
        for position, mention in reversed(self.mentions[-_LOOK_BACK:]):
            if position < offset and mention.gender in ("", wanted):
                if person is None or position > person[0]:
                    person = (position, mention)
                break
        return None if person is None else person[1]


@lru_cache(maxsize=8192)  # the same names open sentences, within an article and across articles
def _person_named(words: tuple[str, ...]) -> tuple[str, str] | None:
    """(name, gender) when ``words`` name a person, else None."""
    if source_types.classify(words) != source_types.PERSON:
        return None
    name = source_types.speaker_name(words, source_types.PERSON)
    return None if name.lower() in NOT_NAMES else (name, gender(words))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Every title, gendered ("Mrs.") or not ("Deputy Mayor")."""
    return frozenset(_gendered_titles()) | source_types.title_words()


@lru_cache(maxsize=1)
def _gendered_titles() -> dict[str, str]:
    return {title.strip(): gender_.strip()
            for title, gender_ in data_rows("attribution_gender_titles.tsv")}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    return {name.strip(): gender_.strip() for name, gender_ in data_rows("first_names.tsv")}


def gender(words: list[str]) -> str:
    """"m" or "f" when a title in ``words`` says so ("Mr.", "Congresswoman"), else when the
    first name does ("Ana Ortiz"; data/first_names.tsv leaves out names given to both),
    else ""."""
    return _gender(tuple(words))


@lru_cache(maxsize=8192)  # the same phrases come back, within an article and across articles
def _gender(words: tuple[str, ...]) -> str:
    found = {_gendered_titles().get(w.lower().rstrip(".")) for w in words}
    if "m" in found:
        return "m"
    if "f" in found:
        return "f"
    capitalised = [w for w in words if w[:1].isupper()]
    for first, following in zip(capitalised, capitalised[1:]):
        if first.lower().rstrip(".") in _titles():
            continue  # "Deputy Mayor Ana Ortiz": titles before the first name
        return _first_names().get(first.lower(), "")  # the first name before a surname
    return ""
