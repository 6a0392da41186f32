"""Every named actor of an article: people, organisations, governments and groups, whether
or not they are quoted, each with its mentions resolved into one identity.

The mentions come from ``framing.story.mentions`` (names, roles, group nouns) and from the
attribution analyzer (each credited source, pronouns it resolved included). They are
grouped by the rules that group sources (``framing.attribution.identity``): the article's
source identities are the seeds and are never merged with each other; a name joins the most
credited identity it fits ("Pike" joins "Gerald Pike"; "the U.S." joins "United States");
a name that fits none starts an actor of its own. Roles go to the nearest actor named before
them that holds the role: "the mayor" to "Mayor Tobias Wren" (not to "Deputy Mayor Lidia
Marsh"), "the council" to "Harrowgate City Council"; a role that fits nobody is its own actor
("the council"). Names in the headline count as mentions of the actors the body names.

An actor's tone and attached loaded terms: ``framing.story.actor_tone``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from framing.analyzers import attribution, loaded_language, sentiment
from framing.analyzers.contract import rounded, voices_of
from framing.analyzers.loaded_language import LoadedSpan
from framing.attribution import source_types
from framing.attribution.identity import article_identities, extend_identities, kind_of
from framing.attribution.word_view import TokenView
from framing.story.actor_tone import ActorText, actor_tones
from framing.story.mentions import ACTOR_TYPES, Mention, find_mentions
from framing.text.article import Article
from framing.text.spans import Span

_GOVERNING_TYPES = (source_types.ORGANISATION, source_types.GOVERNMENT)
_NAMING = ("label", "emotive")
_LOOK_BACK = 40  # names looked at before a role ("the mayor")
_NAME_CHARS = 200  # a mention starts at most this far before the source phrase holding it  # loaded categories whose terms may name what an actor is


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor of an article, under every name the article gives it."""

    id: str  # "a1", "a2"…: in order of first mention
    name: str  # the fullest form of its name
    names: tuple[str, ...]  # every form used, first use first ("Lidia Marsh", "Marsh", "mayor")
    type: str  # person, organisation, government or group
    mentions: tuple[Span, ...]  # in text order
    labels: tuple[str, ...]  # naming terms: titles, appositives, the nouns it is called by
    loaded: tuple[LoadedSpan, ...]  # loaded terms attached to it (actor_tone)
    tone: float | None  # mean VADER compound of the sentences that mention it; higher = warmer
    sentences: int  # sentences behind the tone
    speaker_id: str | None  # its id among the article's sources ("s1"), when it is one

    def to_json(self) -> dict:
        """This actor in an article's ``actors`` list of ``framing analyze --json``."""
        return {"id": self.id, "name": self.name, "names": list(self.names), "type": self.type,
                "speaker_id": self.speaker_id,
                "mentions": [m.to_json() for m in self.mentions],
                "tone": rounded(self.tone, 4), "sentences": self.sentences,
                "labels": list(self.labels),
                "loaded": [{**t.span.to_json(), "entry": t.entry, "category": t.category}
                           for t in self.loaded]}


def find_actors(article: Article, *, tone: sentiment.Result, loaded: loaded_language.Result,
                sources: attribution.Result) -> tuple[Actor, ...]:
    """The actors of ``article``, in order of first mention, from the analyzers' results:
    the sentence scores of ``tone``, the loaded terms of ``loaded`` and the credited
    sources of ``sources``."""
    tokens = TokenView(article)
    loaded_words = frozenset(k for s in loaded.spans if s.category in _NAMING for k in range(
        tokens.index_at(s.span.start), tokens.index_at(s.span.end)))
    identities = [i for i in article_identities(sources.attributions)
                  if i.source_type in ACTOR_TYPES]
    seed_of = {identity.id: n for n, identity in enumerate(identities)}
    source_spans = [(a.source, seed_of[a.speaker_id]) for a in sources.attributions
                    if a.source is not None and a.speaker_id in seed_of]
    known = frozenset(name.split()[-1].lower() for i in identities for name in i.names
                      if i.source_type == source_types.PERSON and name[:1].isupper())
    mentions = find_mentions(tokens, loaded_words, known)
    # A source phrase is its first mention of a fitting kind; the rest of it
    # ("Dr. Miriam Osei, director of planning at the Transport Authority") names others.
    covered = []
    starts = [m.span.start for m in mentions]
    for span, seed in source_spans:
        kind = kind_of(identities[seed].source_type)
        near = mentions[bisect.bisect_left(starts, span.start - _NAME_CHARS):
                        bisect.bisect_left(starts, span.end)]
        first = next((m for m in near if span.overlaps(m.span.start, m.span.end)
                      and kind_of(m.source_type) == kind), None)
        if first is not None:
            first.seed = seed
        covered.append(first is not None)
    mentions += [Mention(span, identities[seed].source_type, identities[seed].name, seed=seed)
                 for (span, seed), done in zip(source_spans, covered) if not done]
    mentions.sort(key=lambda m: m.span.start)

    group = _grouped(mentions, identities)
    group += _headline(article, mentions, group)
    members: dict[int, list[int]] = {}
    for n, g in enumerate(group):
        members.setdefault(g, []).append(n)
    every = mentions
    order = sorted(members, key=lambda g: min(every[n].span.start for n in members[g]))
    seed_ids = [identity.id for identity in identities]
    built = []
    for number, g in enumerate(order, start=1):
        own = [every[n] for n in members[g]]
        seed = g if g < len(identities) else None
        built.append((number, own, seed))
    texts = [ActorText(tuple(m.span for m in own), tuple(l for m in own for l in m.labels),
                       seed_ids[seed] if seed is not None else None) for _, own, seed in built]
    tones = actor_tones(article.text, tone.sentences, sources.attributions,
                        voices_of(article).speech, loaded.spans, texts)
    return tuple(_actor(f"a{number}", own, identities[seed] if seed is not None else None, found)
                 for (number, own, seed), found in zip(built, tones))


def _grouped(mentions: list[Mention], identities) -> list[int]:
    """The actor (group index) of each mention: seeds first, then names, then roles."""
    seeds = [(i.source_type, i.names, 1) for i in identities]
    free = [n for n, m in enumerate(mentions) if m.seed is None and m.role is None]
    assigned, kinds = extend_identities(seeds, [(mentions[n].source_type, mentions[n].name)
                                                for n in free])
    group = [m.seed if m.seed is not None else -1 for m in mentions]
    for n, g in zip(free, assigned):
        group[n] = g
    count = len(kinds)
    by_role = {m.role: m.seed for m in mentions if m.role is not None and m.seed is not None}
    named: list[int] = []  # names before the current mention, in text order
    for n, m in enumerate(mentions):
        if m.role is None and group[n] >= 0:
            named.append(n)
        if group[n] >= 0 or m.role is None:
            continue
        holder = next((k for k in reversed(named[-_LOOK_BACK:]) if _holds(mentions[k], m)), None)
        if holder is not None:
            group[n] = group[holder]
        else:  # the same role named before (a credited source, or a role of its own)
            if m.role not in by_role:
                by_role[m.role] = count
                count += 1
            group[n] = by_role[m.role]
    return group


def _holds(named: Mention, role: Mention) -> bool:
    """Whether the actor of ``named`` may be what ``role`` ("the mayor", "the council")
    stands for."""
    if role.source_type == source_types.PERSON:
        return named.source_type == source_types.PERSON and role.role in named.roles
    words = [w.lower() for w in re.findall(r"[^\W_]+", named.name)]
    return named.source_type in _GOVERNING_TYPES and role.role in words


def _headline(article: Article, mentions: list[Mention], group: list[int]) -> list[int]:
    """Mentions in the headline of the actors the body names (appended to ``mentions``)."""
    headline = article.headline
    if headline is None:
        return []
    forms: dict[str, int] = {}
    for m, g in zip(mentions, group):
        for form in dict.fromkeys((m.name, m.name.split()[-1])) if m.name else ():
            if len(form) > 2 and not form.islower() and form.lower() not in source_types.title_words():
                forms.setdefault(form, g)
            elif m.role:
                forms.setdefault(m.role, g)
    added = []
    # A form that cannot be in the headline is not searched for (its pattern compiled for
    # nothing): a literal form must be a substring; so must a lower-case one, in lower
    # case, when both are ASCII (where ignoring case is plain lower-casing).
    plain = headline.text.lower() if headline.text.isascii() else None
    # Longest forms first, so that a full name in the headline is one mention, not its
    # surname ("Gerald Pike", not "Pike"), whatever order the body named them in.
    for form, g in sorted(forms.items(), key=lambda item: -len(item[0])):
        flags = re.IGNORECASE if form.islower() else 0
        if not flags and form not in headline.text:
            continue
        if flags and plain is not None and form.isascii() and form not in plain:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", headline.text, flags):
            start = headline.start + match.start()
            if any(m.span.overlaps(start, start + len(form)) for m in mentions):
                continue
            span = Span.of(article.text, start, start + len(form))
            mentions.append(Mention(span, mentions[group.index(g)].source_type, form))
            added.append(g)
    return added


def _actor(key: str, own: Sequence[Mention], identity, found) -> Actor:
    names = [m.name for m in own if m.role is None and m.name and m.name[:1].isupper()]
    if identity is not None and not names:  # named only by pronouns and roles
        names = [n for n in identity.names if n and not n.islower()]
    named = [n for n in names if n[:1].isupper()] or names or [m.name for m in own]
    name = max(named, key=lambda n: (len(n.split()), len(n), -named.index(n)))
    forms = list(dict.fromkeys([name, *(m.name for m in sorted(own, key=lambda m: m.span.start)
                                        if m.name and m.name.lower() not in _PRONOUNS)]))
    types = Counter(m.source_type for m in own if m.role is None)
    kind = identity.source_type if identity is not None else (
        types.most_common(1)[0][0] if types else own[0].source_type)
    if kind == source_types.ORGANISATION and any(m.role and m.source_type == source_types.GOVERNMENT
                                                 for m in own):
        kind = source_types.GOVERNMENT  # "the council" it is called: a city acting
    if kind == source_types.GROUP:  # "Residents" opening a sentence
        forms = list(dict.fromkeys(f.lower() if f.lower() in source_types.group_nouns() else f
                                   for f in forms))
        name = forms[0]
    labels = list(dict.fromkeys(" ".join(l.text.split()) for m in own for l in m.labels))
    return Actor(id=key, name=name, names=tuple(forms), type=kind,
                 mentions=tuple(m.span for m in sorted(own, key=lambda m: m.span.start)),
                 labels=tuple(labels), loaded=found.loaded, tone=found.tone,
                 sentences=found.sentences,
                 speaker_id=identity.id if identity is not None else None)


_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})
