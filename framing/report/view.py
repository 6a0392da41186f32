"""The report's view model: frozen dataclasses whose every field is ready to print.

Numbers arrive here already rounded and formatted as strings, CSS classes and
colours already chosen, optional parts already ``""``, ``None`` or an empty
tuple, so the templates only loop over tuples, test prepared values with
``{% if %}`` and print. ``build_context`` (context.py) makes a ``ReportView``;
``sections.py`` makes the four analyzer sections and ``charts.py`` the charts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framing.report.highlight import Piece


# Charts: SVG primitives with every coordinate, size and colour as printed.


def in_words(names: Sequence[str]) -> str:
    """Names as a sentence lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut: how every
    name, headline and quotation of unbounded length is shown in the report."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"

@dataclass(frozen=True, slots=True)
class SvgLine:
    x1: str
    y1: str
    x2: str
    y2: str
    stroke: str


@dataclass(frozen=True, slots=True)
class SvgRect:
    x: str
    y: str
    width: str
    height: str
    fill: str


@dataclass(frozen=True, slots=True)
class SvgPolyline:
    points: str
    stroke: str


@dataclass(frozen=True, slots=True)
class SvgDot:
    cx: str
    cy: str
    fill: str


@dataclass(frozen=True, slots=True)
class SvgText:
    x: str
    y: str
    text: str
    anchor: str  # start, middle, end
    font_size: str
    fill: str
    transform: str  # "" unless the text is turned


@dataclass(frozen=True, slots=True)
class ChartView:
    width: str
    height: str
    view_box: str
    title: str  # for screen readers and the figure caption
    lines: tuple[SvgLine, ...]
    rects: tuple[SvgRect, ...]
    polylines: tuple[SvgPolyline, ...]
    dots: tuple[SvgDot, ...]
    texts: tuple[SvgText, ...]


# Parts shared by several sections.

@dataclass(frozen=True, slots=True)
class ArticleView:
    """One input article as the report names it everywhere."""

    name: str
    short: str  # the name cut to fit a chart label or a narrow column head
    colour: str
    title: str
    date: str
    path: str
    words: str
    sentences: str
    sha256: str
    file_kind: str  # format, encoding and language, e.g. "txt, utf-8, English"


@dataclass(frozen=True, slots=True)
class ArticleWarning:
    outlet: str
    text: str  # every warning on the article, joined


@dataclass(frozen=True, slots=True)
class LegendItem:
    css: str
    label: str


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    label: str
    css: str = ""  # "contents-part": a part of a chapter, indented in the contents


@dataclass(frozen=True, slots=True)
class ChapterView:
    """A chapter that gathers several sections under one title ("What each outlet chose")."""

    anchor: str
    title: str
    lead: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SectionHead:
    """A section's anchor, title (the analyzer's TITLE) and lead paragraphs (the
    first paragraph of its ABOUT, then what the report adds about these settings)."""

    anchor: str
    title: str
    lead: tuple[str, ...]


# At a glance.

@dataclass(frozen=True, slots=True)
class GlanceCell:
    text: str
    detail: str  # the interval and n ("−0.16 to 0.03 · n 21"), "" without them
    css: str  # "high", "low" or "": only where the row's difference is clear


@dataclass(frozen=True, slots=True)
class GlanceRow:
    label: str
    higher: str
    verdict: str  # "no clear difference", "not tested: …", or "" for a marked row
    cells: tuple[GlanceCell, ...]


@dataclass(frozen=True, slots=True)
class GlanceGroup:
    title: str
    rows: tuple[GlanceRow, ...]


@dataclass(frozen=True, slots=True)
class GlanceView:
    groups: tuple[GlanceGroup, ...]
    colspan: str  # a group's title spans the label column and every outlet
    note: str = ""  # what the intervals, n and marks mean


# Sentiment.

@dataclass(frozen=True, slots=True)
class ScoredSentence:
    score: str
    text: str


@dataclass(frozen=True, slots=True)
class ExtremesRow:
    outlet: ArticleView
    positive: tuple[ScoredSentence, ...]
    negative: tuple[ScoredSentence, ...]


@dataclass(frozen=True, slots=True)
class SentimentView:
    head: SectionHead
    charts: tuple[ChartView, ...]
    extremes: tuple[ExtremesRow, ...]


# Loaded language.

@dataclass(frozen=True, slots=True)
class CategoryRow:
    css: str
    label: str
    cells: tuple[str, ...]  # "own / quoted" density per outlet


@dataclass(frozen=True, slots=True)
class TermView:
    css: str
    entry: str
    detail: str  # the count (and quoted count) as shown, "" when nothing is worth showing


@dataclass(frozen=True, slots=True)
class OutletTerms:
    outlet: ArticleView
    headline: str  # loaded terms in the headline, joined; "" when none
    top: tuple[TermView, ...]
    exclusive: tuple[TermView, ...]
    more_exclusive: str  # "and 4 more", or ""


@dataclass(frozen=True, slots=True)
class LoadedLanguageView:
    head: SectionHead
    charts: tuple[ChartView, ...]
    categories: tuple[CategoryRow, ...]
    per_outlet: tuple[OutletTerms, ...]
    legend: tuple[LegendItem, ...]


# Attribution.

@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source across outlets: attributions per outlet, "" where it is absent."""

    name: str
    type: str
    cells: tuple[str, ...]
    css: str  # "shared" when several outlets cite it
    names: str = ""  # the names the outlets used when they differ ("James Mattis / Jim Mattis")


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    name: str
    type: str
    mentions: str
    words: str  # "words credited (of which quoted)"
    verbs: str


@dataclass(frozen=True, slots=True)
class OutletSpeakers:
    outlet: ArticleView
    rows: tuple[SpeakerRow, ...]
    by_type: str = ""  # "Speech by source type: person 6 · government 2 · …"


@dataclass(frozen=True, slots=True)
class AttributionView:
    head: SectionHead
    charts: tuple[ChartView, ...]
    matrix: tuple[SourceRow, ...]
    matrix_note: str
    speakers: tuple[OutletSpeakers, ...]


# Readability.

@dataclass(frozen=True, slots=True)
class ReadabilityRow:
    outlet: ArticleView
    cells: tuple[str, ...]
    words: str
    sentences: str
    syllables: str
    warning: str  # "outlet: warning", or ""


@dataclass(frozen=True, slots=True)
class ReadabilityView:
    head: SectionHead
    charts: tuple[ChartView, ...]
    labels: tuple[str, ...]
    rows: tuple[ReadabilityRow, ...]
    colspan: str  # a warning row spans the outlet, every metric and the three counts


# The articles side by side.

@dataclass(frozen=True, slots=True)
class TextGroup:
    """Up to ``text_columns`` articles; row i holds paragraph i of each, as
    highlight pieces (an empty tuple where an article has no paragraph i)."""

    outlets: tuple[ArticleView, ...]
    width: str  # of one column, e.g. "33.33%"
    rows: tuple[tuple[tuple[Piece, ...], ...], ...]


@dataclass(frozen=True, slots=True)
class TextsView:
    anchor: str
    title: str
    tone_legend: tuple[LegendItem, ...]  # empty when sentences are not shaded by tone
    loaded_legend: tuple[LegendItem, ...]
    attribution_legend: tuple[LegendItem, ...]
    groups: tuple[TextGroup, ...]
    passage_legend: LegendItem | None = None  # the mark of passages other outlets share
    actor_legend: LegendItem | None = None  # the mark of an actor's first mention (actors.py)
    fact_legend: tuple[LegendItem, ...] = ()  # the marks of facts (coverage.py)


# Appendix.

@dataclass(frozen=True, slots=True)
class MetricView:
    label: str
    description: str
    higher: str
    limits: str


@dataclass(frozen=True, slots=True)
class MethodView:
    title: str
    about: tuple[str, ...]
    metrics: tuple[MetricView, ...]


@dataclass(frozen=True, slots=True)
class LexiconView:
    name: str
    entries: str
    what: str
    source: str  # "not stated" when the header has none
    licence: str


@dataclass(frozen=True, slots=True)
class SettingRow:
    key: str
    value: str
    changed: bool  # differs from the default
    description: str


@dataclass(frozen=True, slots=True)
class AppendixView:
    anchor: str
    title: str
    methods: tuple[MethodView, ...]
    lexicons: tuple[LexiconView, ...]
    settings_note: str
    settings: tuple[SettingRow, ...]
    inputs: tuple[ArticleView, ...]
    libraries: str


# Shared passages.

@dataclass(frozen=True, slots=True)
class PassageRow:
    excerpt: str  # the passage's first words, as the first article that has it writes them
    outlets: str  # the outlets that carry it, joined


@dataclass(frozen=True, slots=True)
class PassageShare:
    name: str
    colour: str
    share: str  # "35% of its words"


@dataclass(frozen=True, slots=True)
class PassagesView:
    title: str
    lead: str
    rows: tuple[PassageRow, ...]  # empty when no passage appears in two articles
    empty: str  # the line shown instead of the list when rows is empty
    shares: tuple[PassageShare, ...]  # one per outlet
    anchor: str = "passages"


# Who each outlet names (actors.py).

@dataclass(frozen=True, slots=True)
class OutletHead:
    name: str  # short name, for a column head
    colour: str


@dataclass(frozen=True, slots=True)
class ActorCell:
    text: str  # "3", "+0.12", "—"; "" where the outlet does not name the actor
    note: str  # "4 sentences"; "" for none
    href: str  # "#actor-2-a3": its first mention in the texts; "" for no link
    css: str  # "absent", a tone class, or ""


@dataclass(frozen=True, slots=True)
class ActorRowView:
    name: str
    kind: str  # "person", "organisation"…
    cells: tuple[ActorCell, ...]  # one per outlet


@dataclass(frozen=True, slots=True)
class NamingTerm:
    text: str
    css: str  # "naming-loaded" when the term holds a loaded word, else ""


@dataclass(frozen=True, slots=True)
class NamingLine:
    outlet: str
    colour: str
    href: str  # its first mention in that outlet's text, or ""
    terms: tuple[NamingTerm, ...]  # the names and naming terms that outlet uses
    loaded: str  # the loaded terms near its mentions, joined; "" for none


@dataclass(frozen=True, slots=True)
class NamingGroup:
    name: str
    kind: str
    lines: tuple[NamingLine, ...]  # one per outlet that names it


@dataclass(frozen=True, slots=True)
class ActorChoice:
    outlet: str
    colour: str
    only: str  # actors only this outlet names, joined; "—" for none
    left_out: str  # actors all the others name and it does not, joined; "—" for none


@dataclass(frozen=True, slots=True)
class ActorsView:
    anchor: str
    title: str
    lead: str
    outlets: tuple[OutletHead, ...]
    coverage: tuple[ActorRowView, ...]  # empty when no actor is found
    coverage_note: str  # how many actors the table leaves out; "" for none
    choices: tuple[ActorChoice, ...]  # one per outlet
    naming_lead: str
    naming: tuple[NamingGroup, ...]  # actors named by two or more outlets
    tone_lead: str
    tone: tuple[ActorRowView, ...]
    empty: str  # printed when no actor is found
    things_lead: str = ""
    things: tuple[NamingGroup, ...] = ()  # things named with one modifier, different heads


# Distinctive words (distinctive.py).

@dataclass(frozen=True, slots=True)
class DistinctiveRow:
    outlet: ArticleView
    terms: str  # the terms as printed, or the line saying there are none


@dataclass(frozen=True, slots=True)
class DistinctiveView:
    title: str
    lead: str
    rows: tuple[DistinctiveRow, ...]
    anchor: str = "distinctive"


# Key differences (summary.py).

@dataclass(frozen=True, slots=True)
class KeySentence:
    """One sentence of the summary and where its evidence is: the section's anchor (the
    page number is printed by the stylesheet from it) and title."""

    text: str
    href: str
    section: str


@dataclass(frozen=True, slots=True)
class SummaryView:
    title: str
    sentences: tuple[KeySentence, ...]
    note: str  # how the summary is made


# Quotations across outlets (provenance.py).

@dataclass(frozen=True, slots=True)
class QuoteWordView:
    text: str


@dataclass(frozen=True, slots=True)
class QuoteVersionView:
    """How one outlet gives a quotation."""

    outlet: str
    colour: str
    relation: str  # verbatim, trimmed, altered or paraphrased
    relation_css: str  # "rel-verbatim"…
    cue: str  # the cue as written ("claimed"), or "—"
    speaker: str  # the name this outlet gives the speaker, or "—"
    text: str  # the quoted words (clipped)
    removed: tuple[QuoteWordView, ...]  # for altered: words of the fullest version left out
    added: tuple[QuoteWordView, ...]  # ... and words put in


@dataclass(frozen=True, slots=True)
class QuoteGroupView:
    speaker: str
    outlets: str  # e.g. "3 of 4 outlets"
    versions: tuple[QuoteVersionView, ...]


@dataclass(frozen=True, slots=True)
class QuotesView:
    anchor: str
    title: str
    lead: str
    groups: tuple[QuoteGroupView, ...]
    empty_note: str  # printed when there are no groups


# Facts each outlet reports (coverage.py).

@dataclass(frozen=True, slots=True)
class FactLink:
    """A fact as one outlet words it, linked to its mark in the texts ("" when the texts are
    left out of the report)."""

    text: str
    href: str


@dataclass(frozen=True, slots=True)
class FactCell:
    """One outlet's cell in a coverage row."""

    text: str  # "●" when it words the fact as the row's label does, else its own words; "–" absent
    href: str  # "" when the outlet does not state the fact or the texts are left out
    css: str  # "fact-same", "fact-own", "fact-differs" or "fact-absent"


@dataclass(frozen=True, slots=True)
class FactRowView:
    label: FactLink  # the fact as the first outlet that states it words it
    kind: str  # "figure", "date" or "place"
    cells: tuple[FactCell, ...]  # one per outlet


@dataclass(frozen=True, slots=True)
class FactVersion:
    """How one outlet states a figure that differs between outlets."""

    outlet: str
    colour: str
    fact: FactLink
    value: str  # the value read, e.g. "11,000" or "4–6"


@dataclass(frozen=True, slots=True)
class DifferingFigure:
    counts: str  # what the figure counts ("vehicles"), or its kind ("money")
    versions: tuple[FactVersion, ...]  # outlets that state it, in outlet order


@dataclass(frozen=True, slots=True)
class OutletFacts:
    """What one outlet alone states, and what all the others state but it leaves out."""

    outlet: str
    colour: str
    only: tuple[FactLink, ...]
    left_out: tuple[FactLink, ...]


@dataclass(frozen=True, slots=True)
class FactsView:
    anchor: str
    title: str
    lead: str
    outlets: tuple[ArticleView, ...]  # the coverage table's columns
    rows: tuple[FactRowView, ...]  # facts two or more outlets state
    rows_note: str  # shown instead of the table when no fact is shared
    key: str  # what the cells' marks mean
    differing_title: str
    differing: tuple[DifferingFigure, ...]
    differing_note: str  # shown when no figure differs
    choices_title: str
    choices_note: str  # what "only here" and "left out" mean here
    choices: tuple[OutletFacts, ...]  # one per outlet
    none: str  # printed in an empty "only here" or "left out" cell


# The whole report.

@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything report.html prints. Its fields are the template's top-level names."""

    title: str
    description: str
    stylesheet: str  # the text of the report.css in use, markup-safe for a <style> element
    page: str  # CSS page size, e.g. "A4 portrait"
    generated: str  # the cover's line on when, with what and with which settings
    version: str
    outlets: tuple[ArticleView, ...]
    warnings: tuple[ArticleWarning, ...]
    contents: tuple[Link, ...]
    glance: GlanceView
    quotes: QuotesView
    sentiment: SentimentView
    loaded: LoadedLanguageView
    attribution: AttributionView
    readability: ReadabilityView
    texts: TextsView | None  # None when the settings leave the full texts out
    appendix: AppendixView
    passages: PassagesView | None = None  # None when built without a comparison of the texts
    actors: ActorsView | None = None  # who each outlet names (actors.py)
    facts: FactsView | None = None  # None when built without a comparison of the facts
    chosen: ChapterView | None = None  # the chapter of facts, actors, quotations and passages
    distinctive: DistinctiveView | None = None
    summary: SummaryView | None = None
