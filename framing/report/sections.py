"""The view of each analyzer's section of the report: heading, charts, tables and
labels, every number already rounded and worded."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from markupsafe import Markup

from framing.analyzers import ANALYZERS, attribution, loaded_language, readability
from framing.analyzers.contract import Metric
from framing.attribution.record import SPEECH
from framing.comparison import Comparison
from framing.comparison import SourceRow as ComparedSource
from framing.report import charts
from framing.report.view import (
    ArticleView, AttributionView, CategoryRow, ExtremesRow, LegendItem, LoadedLanguageView,
    OutletSpeakers, OutletTerms, ReadabilityRow, ReadabilityView, ScoredSentence, SectionHead,
    SentimentView, SourceRow, SpeakerRow, TermView,
)
from framing.settings import Settings

TONE_PARTS = (("positive", "#4a9f6e"), ("neutral", "#c9c9c9"), ("negative", "#d0573f"))
EXCLUSIVE_SHOWN = 12  # terms used by one outlet only, listed before "and N more"


def format_value(value: float | None, metric: Metric) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if metric.unit == "%":
        return f"{value * 100:.{metric.digits}f}%"
    text = f"{value:.{metric.digits}f}"
    return f"{text} {metric.unit}".strip()


def section_head(analyzer: str, *notes: str) -> SectionHead:
    """The analyzer's TITLE, and as lead the first paragraph of its ABOUT (the rest
    stands in the appendix) followed by ``notes`` on what this report shows."""
    module = ANALYZERS[analyzer]
    return SectionHead(anchor=analyzer.replace("_", "-"), title=module.TITLE,
                       lead=(module.ABOUT[0], *notes))


def sentiment_section(comparison: Comparison, outlets: Sequence[ArticleView],
                      settings: Settings) -> SentimentView:
    results = [a.sentiment for a in comparison.analyses]
    labels = [o.short for o in outlets]
    colours = [o.colour for o in outlets]
    band = settings.sentiment.neutral_band
    return SentimentView(
        head=section_head("sentiment", f"Sentences within ±{band:g} count as neutral."),
        charts=tuple(map(charts.chart_view, (
            charts.bar_chart(
                labels, [r.mean for r in results], colours, domain=(-1, 1),
                axis_title="mean sentence compound score (−1 negative … +1 positive)",
                title="Mean sentence tone per outlet"),
            charts.bar_chart(
                labels, [r.headline for r in results], colours, domain=(-1, 1),
                axis_title="headline compound score (−1 negative … +1 positive)",
                title="Headline tone per outlet"),
            charts.stacked_shares(
                labels, [(r.positive_share, r.neutral_share, r.negative_share) for r in results],
                [(f"positive (> +{band:g})", TONE_PARTS[0][1]),
                 (f"neutral (±{band:g})", TONE_PARTS[1][1]),
                 (f"negative (< −{band:g})", TONE_PARTS[2][1])],
                axis_title="share of body sentences (%)",
                title="Positive, neutral and negative sentences"),
            charts.dot_plot(
                [("own voice", [r.own_voice_mean for r in results]),
                 ("direct quotations", [r.quoted_mean for r in results])],
                colours, labels, domain=(-1, 1), tick_format="+.1f",
                axis_title="mean compound score (−1 negative … +1 positive); no dot: no quotation",
                title="Tone in the outlet's own words and in the words it quotes"),
            charts.line_chart(
                [(o.short, o.colour, r.arc) for o, r in zip(outlets, results)],
                y_domain=(-1, 1),
                x_title=f"position in the article, in {settings.sentiment.arc_segments} "
                        "equal stretches (gaps: no sentence there)",
                y_title="mean compound", title="Tone along each article"),
        ))),
        extremes=tuple(ExtremesRow(
            outlet=o,
            positive=tuple(ScoredSentence(f"{s.compound:+.2f}", s.span.text) for s in r.most_positive),
            negative=tuple(ScoredSentence(f"{s.compound:+.2f}", s.span.text) for s in r.most_negative),
        ) for o, r in zip(outlets, results)),
    )


CATEGORY_LABELS = {
    "emotive": "emotive and loaded terms",
    "label": "labels and name-calling",
    "intensifier": "intensifiers and exaggeration",
    "hedge": "hedges and distancing",
    "stance_verb": "stance-laden speech verbs",
    "scare_quote": "scare quotes",
}
CATEGORY_SHORT = {"emotive": "emotive", "label": "labels", "intensifier": "intensifiers",
                  "hedge": "hedges", "stance_verb": "stance verbs", "scare_quote": "scare quotes"}
SOURCE_TYPES = {"person": "person", "organisation": "organisation", "government": "government",
                "group": "group", "document": "document", "anonymous": "anonymous",
                "unresolved_pronoun": "unresolved pronoun"}
ATTRIBUTION_LEGEND = (
    LegendItem("attr-content", "attributed content (quoted or reported)"),
    LegendItem("attr-cue", "cue (said, according to…)"),
    LegendItem("attr-source", "source"),
)


def loaded_legend(settings: Settings) -> tuple[LegendItem, ...]:
    return tuple(LegendItem(f"ll-{c}", label) for c, label, _ in _categories(settings))


def _categories(settings: Settings) -> list[tuple[str, str, str]]:
    """Each counted category's name, label and short label, the user's after the built-in."""
    options = settings.loaded_language
    return ([(c, CATEGORY_LABELS[c], CATEGORY_SHORT[c]) for c in options.categories]
            + [(c.name, f"{c.name.replace('_', ' ')}: {c.description}", c.name.replace("_", " "))
               for c in options.user_categories])


def category_styles(settings: Settings) -> Markup:
    """CSS giving each user category its colour, like the built-in ones in report.css
    (names and colours are validated by the settings: letters, digits, "_" and #rrggbb)."""
    return Markup("".join(
        f"\n.ll-{c.name} {{ font-weight: bold; color: {c.colour}; "
        f"border-bottom: 1.2pt solid {c.colour}; }}"
        for c in settings.loaded_language.user_categories))


def loaded_language_section(comparison: Comparison, outlets: Sequence[ArticleView],
                            settings: Settings) -> LoadedLanguageView:
    results = [a.loaded_language for a in comparison.analyses]
    categories = _categories(settings)
    colours, labels = [o.colour for o in outlets], [o.short for o in outlets]
    notes = (("Every counted term is highlighted in the full texts. Counts are of terms, "
              "highlights of phrases: one highlighted phrase may hold several counted terms.",)
             if settings.report.full_texts else ())

    def density(figures) -> str:
        if figures is None:
            return "—"
        quoted = "—" if figures.quoted_density is None else f"{figures.quoted_density:.1f}"
        return f"{figures.own_density:.1f} / {quoted}"

    return LoadedLanguageView(
        head=section_head("loaded_language", *notes),
        charts=tuple(map(charts.chart_view, (
            charts.dot_plot(
                [("own voice", [r.own_density for r in results]),
                 ("quoted material", [r.quoted_density for r in results])],
                colours, labels,
                domain=charts.nice_domain([v for r in results
                                           for v in (r.own_density, r.quoted_density)]),
                axis_title="loaded terms per 1,000 words (no dot: no quotation)",
                title="Loaded-language density in the outlet's own voice and in quotations"),
            charts.dot_plot(
                [(short, [_own_density(r, c) for r in results]) for c, _, short in categories],
                colours, labels,
                domain=charts.nice_domain([_own_density(r, c) for r in results
                                           for c, _, _ in categories]),
                axis_title="terms per 1,000 own-voice words",
                title="Loaded language by category, in the outlet's own voice"),
        ))),
        categories=tuple(CategoryRow(f"ll-{c}", label, tuple(density(r.category(c)) for r in results))
                         for c, label, _ in categories),
        per_outlet=tuple(OutletTerms(
            outlet=o,
            headline=", ".join(s.span.text for s in r.headline),
            top=tuple(TermView(f"ll-{t.category}", t.entry,
                               f"{t.count} (q {t.quoted})" if t.quoted else str(t.count))
                      for t in r.top_terms),
            exclusive=tuple(TermView(f"ll-{u.category}", u.entry, str(u.count) if u.count > 1 else "")
                            for u in exclusive[:EXCLUSIVE_SHOWN]),
            more_exclusive=(f"and {len(exclusive) - EXCLUSIVE_SHOWN} more"
                            if len(exclusive) > EXCLUSIVE_SHOWN else ""),
        ) for o, r, exclusive in zip(outlets, results, comparison.exclusive_terms)),
        legend=loaded_legend(settings),
    )


def _own_density(result: loaded_language.Result, category: str) -> float | None:
    figures = result.category(category)
    return None if figures is None else figures.own_density


def attribution_section(comparison: Comparison, outlets: Sequence[ArticleView],
                        settings: Settings) -> AttributionView:
    results = [a.attribution for a in comparison.analyses]
    notes = (("Cues are underlined and sources marked in the full texts.",)
             if settings.report.full_texts else ())
    shared = sum(1 for row in comparison.sources if row.outlets > 1)

    def percent(value: float | None) -> float | None:
        return None if value is None else value * 100

    return AttributionView(
        head=section_head("attribution", *notes),
        charts=(charts.chart_view(charts.dot_plot(
            [("attributed words", [percent(r.attributed_word_share) for r in results]),
             ("words in direct quotation", [percent(r.direct_quote_share) for r in results]),
             ("anonymous sources", [percent(r.anonymous_share) for r in results]),
             ("evaluative cue verbs", [percent(r.evaluative_share) for r in results])],
            [o.colour for o in outlets], [o.short for o in outlets], domain=(0, 100),
            axis_title="percent (no dot: nothing to count)",
            title="How much of each article rests on sources, and how they are introduced")),),
        matrix=tuple(SourceRow(row.name, SOURCE_TYPES.get(row.source_type, row.source_type),
                               tuple(str(m) if m else "" for m in row.mentions),
                               "shared" if row.outlets > 1 else "", _outlet_names(row, outlets))
                     for row in comparison.sources if row.outlets),  # sources that speak
        matrix_note=(f"{shared} source(s) appear in more than one outlet (shaded rows). Names are "
                     "matched across outlets by surname and a compatible first name "
                     "(\"Jim Mattis\" = \"James Mattis\" = \"Mattis\"), organisations by alias "
                     "and acronym (\"U.S.\" = \"United States\"), documents by head noun and "
                     "owner; where the outlets' names differ, each outlet's is listed under "
                     "the source."),
        speakers=tuple(OutletSpeakers(
            outlet=o,
            rows=tuple(SpeakerRow(
                name=s.name, type=SOURCE_TYPES.get(s.source_type, s.source_type),
                mentions=str(s.mentions), words=f"{s.words} ({s.quoted_words})",
                verbs=", ".join(f"{v} ×{n}" if n > 1 else v for v, n in s.verbs) or "—")
                for s in r.speakers if s.mentions),  # who speaks: thoughts alone are not speech
            by_type=_speech_by_type(r),
        ) for o, r in zip(outlets, results)),
    )


def _speech_by_type(result: attribution.Result) -> str:
    """How many of an article's speech attributions go to each source type, in the order
    of SOURCE_TYPES, those with no source last; "" without speech attributions."""
    counts = Counter(a.source_type or "" for a in result.attributions if a.act == SPEECH)
    if not counts:
        return ""
    parts = [f"{label} {counts[key]}" for key, label in SOURCE_TYPES.items() if counts[key]]
    if counts[""]:
        parts.append(f"no source {counts['']}")
    total = sum(counts.values())
    return f"{total} speech attribution{'s' if total != 1 else ''} by source type: " + " · ".join(parts)


def _outlet_names(row: ComparedSource, outlets: Sequence[ArticleView]) -> str:
    """"James Mattis (Outlet A) / Jim Mattis (Outlet B)": the name each outlet crediting the
    source gives it in full, when those names differ; "" when they agree."""
    used = [(names[0], outlet.short) for names, outlet in zip(row.names, outlets) if names]
    if len({name for name, _ in used}) < 2:
        return ""
    by_name: dict[str, list[str]] = {}
    for name, short in used:
        by_name.setdefault(name, []).append(short)
    return " / ".join(f"{name} ({', '.join(shorts)})" for name, shorts in by_name.items())


GRADE_METRICS = ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                 "dale_chall")


def readability_section(comparison: Comparison, outlets: Sequence[ArticleView]) -> ReadabilityView:
    results = [a.readability for a in comparison.analyses]
    metrics = {m.key: m for m in readability.METRICS}
    grade_values = [getattr(r, key) for r in results for key in GRADE_METRICS]
    return ReadabilityView(
        head=section_head("readability"),
        charts=tuple(map(charts.chart_view, (
            charts.dot_plot(
                [(metrics[key].label, [getattr(r, key) for r in results]) for key in GRADE_METRICS],
                [o.colour for o in outlets], [o.short for o in outlets],
                domain=charts.nice_domain(grade_values),
                axis_title="score (higher = harder to read)", title="Grade-level readability scores"),
            charts.bar_chart(
                [o.short for o in outlets], [r.flesch_reading_ease for r in results],
                [o.colour for o in outlets], domain=(0, 100), value_format=".1f", tick_format=".0f",
                axis_title="Flesch reading ease (higher = easier; 60–70 plain English)",
                title="Flesch reading ease per outlet"),
        ))),
        labels=tuple(m.label for m in readability.METRICS),
        rows=tuple(ReadabilityRow(
            outlet=o,
            cells=tuple(format_value(getattr(r, m.key), m) for m in readability.METRICS),
            words=f"{r.words:,}", sentences=f"{r.sentences:,}", syllables=f"{r.syllables:,}",
            warning=f"{o.short}: {r.warning}" if r.warning else "",
        ) for o, r in zip(outlets, results)),
        colspan=str(len(readability.METRICS) + 4),
    )
