"""The view model of each analyzer's section of the report: charts, tables and
labels, every number already rounded and worded."""

from __future__ import annotations

import math

from framing.analyzers import loaded_language, readability
from framing.comparison import Comparison
from framing.report import charts
from framing.analyzers.contract import Metric
from framing.settings import Settings

TONE_PARTS = (("positive", "#4a9f6e"), ("neutral", "#c9c9c9"), ("negative", "#d0573f"))


def format_value(value: float | None, metric: Metric) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if metric.unit == "%":
        return f"{value * 100:.{metric.digits}f}%"
    text = f"{value:.{metric.digits}f}"
    return f"{text} {metric.unit}".strip()


def sentiment_section(comparison: Comparison, outlets: list[dict], settings: Settings) -> dict:
    results = [a.sentiment for a in comparison.analyses]
    labels = [o["short"] for o in outlets]
    colours = [o["colour"] for o in outlets]
    band = settings.sentiment.neutral_band
    return {
        "mean_chart": charts.bar_chart(
            labels, [r.mean for r in results], colours, domain=(-1, 1),
            axis_title="mean sentence compound score (−1 negative … +1 positive)",
            title="Mean sentence tone per outlet"),
        "headline_chart": charts.bar_chart(
            labels, [r.headline for r in results], colours, domain=(-1, 1),
            axis_title="headline compound score (−1 negative … +1 positive)",
            title="Headline tone per outlet"),
        "shares_chart": charts.stacked_shares(
            labels, [(r.positive_share, r.neutral_share, r.negative_share) for r in results],
            [(f"positive (> +{band:g})", TONE_PARTS[0][1]), (f"neutral (±{band:g})", TONE_PARTS[1][1]),
             (f"negative (< −{band:g})", TONE_PARTS[2][1])],
            axis_title="share of body sentences (%)", title="Positive, neutral and negative sentences"),
        "arc_chart": charts.line_chart(
            [(o["short"], o["colour"], r.arc) for o, r in zip(outlets, results)],
            y_domain=(-1, 1), x_title=f"position in the article, in {settings.sentiment.arc_segments} "
                                      "equal stretches (gaps: no sentence there)",
            y_title="mean compound", title="Tone along each article"),
        "voice_chart": charts.dot_plot(
            [("own voice", [r.own_voice_mean for r in results]),
             ("direct quotations", [r.quoted_mean for r in results])],
            colours, labels, domain=(-1, 1), tick_format="+.1f",
            axis_title="mean compound score (−1 negative … +1 positive); no dot: no quotation",
            title="Tone in the outlet's own words and in the words it quotes"),
        "extremes": [{
            "outlet": o,
            "positive": [{"text": s.span.text, "score": f"{s.compound:+.2f}"} for s in r.most_positive],
            "negative": [{"text": s.span.text, "score": f"{s.compound:+.2f}"} for s in r.most_negative],
        } for o, r in zip(outlets, results)],
        "band": f"{band:g}",
    }


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
SOURCE_TYPES = {"named_person": "named person", "organisation": "organisation",
                "document": "document", "anonymous": "anonymous",
                "unresolved_pronoun": "unresolved pronoun"}
ATTRIBUTION_LEGEND = [
    {"css": "attr-content", "label": "attributed content (quoted or reported)"},
    {"css": "attr-cue", "label": "cue (said, according to…)"},
    {"css": "attr-source", "label": "source"},
]


def loaded_language_section(comparison: Comparison, outlets: list[dict], settings: Settings) -> dict:
    results = [a.loaded_language for a in comparison.analyses]
    categories = settings.loaded_language.categories

    def density(figures) -> str:
        if figures is None:
            return "—"
        quoted = "—" if figures.quoted_density is None else f"{figures.quoted_density:.1f}"
        return f"{figures.own_density:.1f} / {quoted}"

    return {
        "density_chart": charts.dot_plot(
            [("own voice", [r.own_density for r in results]),
             ("quoted material", [r.quoted_density for r in results])],
            [o["colour"] for o in outlets], [o["short"] for o in outlets],
            domain=charts.nice_domain([v for r in results for v in (r.own_density, r.quoted_density)]),
            axis_title="loaded terms per 1,000 words (no dot: no quotation)",
            title="Loaded-language density in the outlet's own voice and in quotations"),
        "category_chart": charts.dot_plot(
            [(CATEGORY_SHORT[c], [_own_density(r, c) for r in results]) for c in categories],
            [o["colour"] for o in outlets], [o["short"] for o in outlets],
            domain=charts.nice_domain([_own_density(r, c) for r in results for c in categories]),
            axis_title="terms per 1,000 own-voice words",
            title="Loaded language by category, in the outlet's own voice"),
        "categories": [{"css": f"ll-{c}", "label": CATEGORY_LABELS[c],
                        "cells": [density(r.category(c)) for r in results]} for c in categories],
        "per_outlet": [{
            "outlet": o,
            "top": [{"css": f"ll-{t.category}", "entry": t.entry, "count": t.count,
                     "quoted": t.quoted} for t in r.top_terms],
            "exclusive": [{"css": f"ll-{u.category}", "entry": u.entry, "count": u.count}
                          for u in exclusive[:12]],
            "more_exclusive": max(0, len(exclusive) - 12),
            "headline": [s.span.text for s in r.headline],
        } for o, r, exclusive in zip(outlets, results, comparison.exclusive_terms)],
    }


def _own_density(result: loaded_language.Result, category: str) -> float | None:
    figures = result.category(category)
    return None if figures is None else figures.own_density


def attribution_section(comparison: Comparison, outlets: list[dict]) -> dict:
    results = [a.attribution for a in comparison.analyses]

    def percent(value: float | None) -> float | None:
        return None if value is None else value * 100

    return {
        "shares_chart": charts.dot_plot(
            [("attributed words", [percent(r.attributed_word_share) for r in results]),
             ("words in direct quotation", [percent(r.direct_quote_share) for r in results]),
             ("anonymous sources", [percent(r.anonymous_share) for r in results]),
             ("evaluative cue verbs", [percent(r.evaluative_share) for r in results])],
            [o["colour"] for o in outlets], [o["short"] for o in outlets], domain=(0, 100),
            axis_title="percent (no dot: nothing to count)",
            title="How much of each article rests on sources, and how they are introduced"),
        "speakers": [{
            "outlet": o,
            "rows": [{"name": s.name, "type": SOURCE_TYPES.get(s.source_type, s.source_type),
                      "mentions": s.mentions, "words": s.words, "quoted_words": s.quoted_words,
                      "verbs": ", ".join(f"{v} ×{n}" if n > 1 else v for v, n in s.verbs) or "—"}
                     for s in r.speakers],
        } for o, r in zip(outlets, results)],
        "matrix": [{"name": row.name, "type": SOURCE_TYPES.get(row.source_type, row.source_type),
                    "cells": [str(m) if m else "" for m in row.mentions],
                    "shared": row.outlets > 1}
                   for row in comparison.sources],
        "shared_count": sum(1 for row in comparison.sources if row.outlets > 1),
    }


GRADE_METRICS = ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                 "dale_chall")


def readability_section(comparison: Comparison, outlets: list[dict]) -> dict:
    results = [a.readability for a in comparison.analyses]
    metrics = {m.key: m for m in readability.METRICS}
    grade_values = [getattr(r, key) for r in results for key in GRADE_METRICS]
    return {
        "grade_chart": charts.dot_plot(
            [(metrics[key].label, [getattr(r, key) for r in results]) for key in GRADE_METRICS],
            [o["colour"] for o in outlets], [o["short"] for o in outlets],
            domain=charts.nice_domain(grade_values),
            axis_title="score (higher = harder to read)", title="Grade-level readability scores"),
        "ease_chart": charts.bar_chart(
            [o["short"] for o in outlets], [r.flesch_reading_ease for r in results],
            [o["colour"] for o in outlets], domain=(0, 100), value_format=".1f", tick_format=".0f",
            axis_title="Flesch reading ease (higher = easier; 60–70 plain English)",
            title="Flesch reading ease per outlet"),
        "rows": [{
            "outlet": o,
            "cells": [format_value(getattr(r, m.key), m) for m in readability.METRICS],
            "words": f"{r.words:,}", "sentences": r.sentences, "syllables": f"{r.syllables:,}",
            "warning": r.warning,
        } for o, r in zip(outlets, results)],
        "labels": [m.label for m in readability.METRICS],
    }
