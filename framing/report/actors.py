"""The report's "Who each outlet names": which actors each outlet names and how often, the
words each uses for them, and its tone towards them (``Comparison.actors``); each cell links
to the actor's first mention, marked in the side-by-side texts."""

from __future__ import annotations

from collections.abc import Sequence

from framing.comparison import ActorRow, Comparison, NamedThing
from framing.comparison.naming import judges
from framing.report.highlight import Mark
from framing.report.view import (ActorCell, ActorChoice, ActorRowView, ActorsView, ArticleView,
                                 LegendItem, NamingGroup, NamingLine, NamingTerm, OutletHead, clipped)

COVERAGE_ROWS = 30  # actors in the coverage table: those most outlets name first
NAMING_GROUPS = 20  # actors in the naming and tone tables (each named by two or more outlets)
TERMS = 8  # naming terms shown per outlet and actor
LISTED = 12  # actors listed by name per outlet under "only here" and "left out"
NAME = 60  # characters of an actor's name or term shown
CSS = "actor-first"
LEGEND = LegendItem(CSS, "an actor's first mention in this text (the tables of who each "
                         "outlet names link here)")

LEAD = ("Every named actor (people, organisations, governments and groups such as residents or "
        "drivers), quoted or not, matched across the outlets however each names it: a surname, a "
        "title, \"the council\" for the city council, a pronoun the attribution resolved. "
        "Mentions per outlet; each number links to the actor's first mention in that outlet's "
        "text, underlined there.")
NAMING_LEAD = ("The names and naming terms each outlet uses for the actors two or more outlets "
               "name: titles, appositives (\"Lund, chair of the traders' association\"), the "
               "nouns a name is attached to (\"the Wren regime\", \"radical activists of …\"). "
               "Terms holding a loaded word are marked; the loaded terms of the clauses that "
               "mention the actor, outside its own words, follow.")

THINGS_LEAD = ("Things the outlets name with the same first word and a different head, one head a "
               "loaded term (\"the bridge plan\" / \"the bridge scheme\"). A rule on two-word "
               "phrases after \"the\", \"a\" or a possessive: it pairs words, it does not "
               "know they name one thing.")


def shown(comparison: Comparison) -> tuple[ActorRow, ...]:
    """The actors the coverage table lists: those most outlets name first, then the most
    mentioned."""
    rows = sorted(comparison.actors, key=lambda r: (-r.outlets, -sum(m or 0 for m in r.mentions)))
    return tuple(rows[:COVERAGE_ROWS])


def actors_section(comparison: Comparison, outlets: Sequence[ArticleView], *, min_sentences: int,
                   band: float, linked: bool) -> ActorsView:
    """The section's view. ``min_sentences``: fewest sentences a shown tone rests on;
    ``band``: the neutral band of sentence tone; ``linked``: whether the texts (and so the
    anchors the cells link to) are in the report."""
    rows = shown(comparison)
    shared = tuple(r for r in rows if r.outlets >= 2)[:NAMING_GROUPS]
    left = len(comparison.actors) - len(rows)
    tone_lead = (f"The mean VADER compound (−1 to +1) of each outlet's sentences that mention the "
                 f"actor, the actor's own words and every direct quotation left out (a sentence "
                 f"naming several actors is cut into clauses); under it, how many sentences. "
                 f"\"—\": fewer than {min_sentences}, too few to read a tone from.")
    return ActorsView(
        anchor="actors", title="Who each outlet names", lead=LEAD,
        outlets=tuple(OutletHead(o.short, o.colour) for o in outlets),
        coverage=tuple(ActorRowView(_clipped(r.name), r.type, tuple(
            _mentions(r, i, linked) for i in range(len(outlets)))) for r in rows),
        coverage_note=(f"{left} more actors, each named once by a single outlet, are left out of "
                       f"the table (they are in the JSON)." if left > 0 else ""),
        choices=tuple(_choice(comparison, i, o) for i, o in enumerate(outlets)),
        naming_lead=NAMING_LEAD,
        naming=tuple(_naming(r, outlets, linked) for r in shared),
        tone_lead=tone_lead,
        tone=tuple(ActorRowView(_clipped(r.name), r.type, tuple(
            _tone(r, i, min_sentences, band, linked) for i in range(len(outlets))))
            for r in shared),
        empty="No named actor was found.",
        things_lead=THINGS_LEAD,
        things=tuple(_thing(t, outlets) for t in comparison.naming[:NAMING_GROUPS]))


def _thing(thing: NamedThing, outlets: Sequence[ArticleView]) -> NamingGroup:
    lines = []
    for outlet, phrases, loaded in zip(outlets, thing.phrases, thing.loaded):
        if phrases is None:
            continue
        texts = list(dict.fromkeys(" ".join(p.text.split()) for p in phrases))[:TERMS]
        lines.append(NamingLine(outlet.short, outlet.colour, "", tuple(
            NamingTerm(_clipped(t), "naming-loaded" if t.split()[-1].lower() in (loaded or ())
                       else "") for t in texts), ""))
    return NamingGroup(f"{thing.modifier} …", "", tuple(lines))


def actor_marks(comparison: Comparison, article: int) -> list[Mark]:
    """An anchored mark on the first mention, in article number ``article``, of each actor
    the section lists."""
    return [Mark(span.start, span.end, CSS, anchor=anchor(article, row))
            for row in shown(comparison) if (span := row.first[article]) is not None]


def anchor(article: int, row: ActorRow) -> str:
    return f"actor-{article}-{row.id}"


def _href(row: ActorRow, article: int, linked: bool) -> str:
    return f"#{anchor(article, row)}" if linked and row.first[article] is not None else ""


def _mentions(row: ActorRow, i: int, linked: bool) -> ActorCell:
    count = row.mentions[i]
    if count is None:
        return ActorCell("", "", "", "absent")
    return ActorCell(str(count), "", _href(row, i, linked), "")


def _tone(row: ActorRow, i: int, min_sentences: int, band: float, linked: bool) -> ActorCell:
    if row.mentions[i] is None:
        return ActorCell("", "", "", "absent")
    count = row.sentences[i] or 0
    note = f"{count} sentence" + ("" if count == 1 else "s")
    value = row.tone[i]
    if value is None or count < min_sentences:
        return ActorCell("—", note, _href(row, i, linked), "")
    css = "tone-pos1" if value > band else "tone-neg1" if value < -band else ""
    return ActorCell(f"{value:+.2f}".replace("-", "−"), note, _href(row, i, linked), css)


def _naming(row: ActorRow, outlets: Sequence[ArticleView], linked: bool) -> NamingGroup:
    lines = []
    for i, outlet in enumerate(outlets):
        names, labels, loaded = row.names[i], row.labels[i], row.loaded[i]
        if names is None:
            continue
        entries = [e.lower() for e in loaded or ()]
        terms = list(dict.fromkeys([*names, *(labels or ())]))[:TERMS]
        lines.append(NamingLine(
            outlet=outlet.short, colour=outlet.colour, href=_href(row, i, linked),
            terms=tuple(NamingTerm(_clipped(t), "naming-loaded" if judges(t) or any(
                e in t.lower() for e in entries) else "") for t in terms),
            loaded=", ".join(dict.fromkeys(loaded or ()))))
    return NamingGroup(_clipped(row.name), row.type, tuple(lines))


def _choice(comparison: Comparison, i: int, outlet: ArticleView) -> ActorChoice:
    by_id = {r.id: r.name for r in comparison.actors}
    choice = comparison.actor_selection[i] if i < len(comparison.actor_selection) else None
    return ActorChoice(outlet.short, outlet.colour,
                       _listed([by_id[k] for k in choice.only]) if choice else "—",
                       _listed([by_id[k] for k in choice.left_out]) if choice else "—")


def _listed(names: list[str]) -> str:
    if not names:
        return "—"
    more = len(names) - LISTED
    return ", ".join(_clipped(n) for n in names[:LISTED]) + (f" and {more} more" if more > 0 else "")


def _clipped(text: str) -> str:
    return clipped(text, NAME)
