"""Actors across articles: who each outlet names, by which words, in which tone.

Each article's actors (``framing.story.actors``) are matched across the articles with the
rules that match sources (``framing.attribution.identity.match_sources``): people by surname
and a compatible first name, organisations and governments by alias, acronym or any name the
article gives them ("the council" = "Harrowgate City Council"), groups by their noun. Two actors
of one article are never merged: the article's own resolution kept them apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framing.analyzers.contract import rounded
from framing.attribution.identity import match_sources
from framing.pipeline import ArticleAnalysis
from framing.story import Actor
from framing.text.spans import Span


@dataclass(frozen=True)
class ActorRow:
    """One real-world actor and how each article names it (None where it is absent)."""

    id: str  # "c1", "c2"…: actors most outlets name first
    name: str  # the fullest form any article uses
    type: str
    actor_ids: tuple[tuple[str, ...], ...]  # per article, its actors' ids ("a3"); () where absent
    names: tuple[tuple[str, ...] | None, ...]  # per article, the forms of its name used there
    labels: tuple[tuple[str, ...] | None, ...]  # per article, its naming terms there
    loaded: tuple[tuple[str, ...] | None, ...]  # per article, the loaded terms attached (entries)
    mentions: tuple[int | None, ...]  # per article
    tone: tuple[float | None, ...]  # per article: mean compound of the sentences naming it
    sentences: tuple[int | None, ...]  # per article: sentences behind the tone
    first: tuple[Span | None, ...]  # per article, its first mention

    @property
    def outlets(self) -> int:
        """How many articles name it."""
        return sum(m is not None for m in self.mentions)

    def to_json(self) -> dict:
        """This actor in the ``comparison.actors`` list of ``framing analyze --json``."""
        def listed(values):
            return [None if v is None else list(v) for v in values]
        return {"id": self.id, "name": self.name, "type": self.type,
                "actor_ids": [list(ids) or None for ids in self.actor_ids],
                "names": listed(self.names), "labels": listed(self.labels),
                "loaded": listed(self.loaded), "mentions": list(self.mentions),
                "tone": [rounded(t, 4) for t in self.tone], "sentences": list(self.sentences)}


@dataclass(frozen=True)
class ActorSelection:
    """One article's choice of actors, as ids of ``ActorRow``."""

    only: tuple[str, ...]  # actors no other article names
    left_out: tuple[str, ...]  # actors every other article names and this one does not

    def to_json(self) -> dict:
        return {"only": list(self.only), "left_out": list(self.left_out)}


def actor_rows(analyses: Sequence[ArticleAnalysis]) -> tuple[ActorRow, ...]:
    """Every actor named anywhere, one row per real-world identity, actors most outlets
    name first, then the most mentioned."""
    per_article = [a.actors for a in analyses]
    matched = match_sources([[(a.name, a.names, a.type, len(a.mentions)) for a in actors]
                             for actors in per_article])
    rows = []
    for source in matched:
        chosen = [[actors[i] for i in members] for actors, members in zip(per_article, source.members)]
        rows.append(ActorRow(
            id=source.id, name=source.name, type=source.source_type,
            actor_ids=tuple(tuple(a.id for a in found) for found in chosen),
            names=tuple(_each(found, lambda a: a.names) for found in chosen),
            labels=tuple(_each(found, lambda a: a.labels) for found in chosen),
            loaded=tuple(_each(found, lambda a: tuple(t.entry for t in a.loaded))
                         for found in chosen),
            mentions=tuple(sum(len(a.mentions) for a in found) if found else None
                           for found in chosen),
            tone=tuple(_tone(found) for found in chosen),
            sentences=tuple(sum(a.sentences for a in found) if found else None for found in chosen),
            first=tuple(min((a.mentions[0] for a in found), key=lambda s: s.start) if found else None
                        for found in chosen)))
    return tuple(rows)


def actor_selection(rows: Sequence[ActorRow], articles: int) -> tuple[ActorSelection, ...]:
    """Per article, the actors only it names and those all the others name but it leaves out
    (with two articles: those the other names)."""
    result = []
    for i in range(articles):
        only = tuple(r.id for r in rows if r.mentions[i] is not None and r.outlets == 1)
        left_out = tuple(r.id for r in rows if r.mentions[i] is None
                         and all(m is not None for j, m in enumerate(r.mentions) if j != i))
        result.append(ActorSelection(only, left_out if articles > 1 else ()))
    return tuple(result)


def _each(found: list[Actor], part) -> tuple[str, ...] | None:
    if not found:
        return None
    return tuple(dict.fromkeys(value for actor in found for value in part(actor)))


def _tone(found: list[Actor]) -> float | None:
    """The tone over every sentence of the article's actors in this row (weighted by sentences)."""
    scored = [(a.tone, a.sentences) for a in found if a.tone is not None and a.sentences]
    total = sum(n for _, n in scored)
    return sum(t * n for t, n in scored) / total if total else None
