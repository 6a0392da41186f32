"""Settings: one TOML file, one section per analyzer plus one for the report.

Every key is optional; defaults live in the models below and nowhere else.
The file is validated once, at load: an unknown section or key, a wrong type
or a value out of range is a SettingsError naming the file and the key.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from framing.analyzers.attribution import Settings as AttributionSettings
from framing.analyzers.loaded_language import Settings as LoadedLanguageSettings
from framing.analyzers.readability import Settings as ReadabilitySettings
from framing.analyzers.sentiment import Settings as SentimentSettings
from framing.analyzers.contract import Section, VoiceSettings
from framing.errors import SettingsError, read_settings_file
from framing.inputs import DEFAULT_SETTINGS_FILE
from framing.text.readers import DEFAULT_MAX_BYTES

DEFAULT_FILE = DEFAULT_SETTINGS_FILE

# Okabe & Ito's colour-blind-safe palette, darkened where needed for text contrast.
DEFAULT_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7",
                   "#E69F00", "#56B4E9", "#7A5C00", "#555555")
_HEX_RE = re.compile(r"#[0-9A-Fa-f]{6}")


class ReportSettings(Section):
    page_size: Literal["A4", "A3", "A5", "Letter", "Legal"] = Field(
        "A4", description="Paper size of the PDF (A4, A3, A5, Letter, Legal).")
    orientation: Literal["portrait", "landscape"] = Field(
        "portrait", description="Page orientation (portrait or landscape).")
    title: str = Field(
        "", description="Report title; empty means one is made from the outlet names.")
    output_dir: str = Field(
        "reports", description="Folder for reports when no -o/--output is given "
                               "(relative to the working directory).")
    templates_dir: str = Field(
        "", description="A folder with your own report.html, charts.html and/or report.css to use "
                        "instead of the built-in ones (files you don't provide come from the "
                        "built-in set), relative to the settings file; empty means built-in.")
    text_columns: int = Field(
        3, ge=1, le=4, description="At most this many full texts stand side by side on a page.")
    palette: tuple[str, ...] = Field(
        DEFAULT_PALETTE, min_length=8,
        description="Outlet colours as #RRGGBB, in article order (at least 8: one per article).")
    tone_shading: bool = Field(
        True, description="Tint each sentence of the full texts by its tone.")
    full_texts: bool = Field(
        True, description="Include the articles' full texts side by side.")
    actor_tone_min_sentences: int = Field(
        2, ge=1, le=50,
        description="An outlet's tone towards an actor is shown only when at least this many of "
                    "its sentences mention the actor (one sentence's VADER score is noise); "
                    "the JSON gives every tone with its count.")

    @field_validator("palette")
    @classmethod
    def _hex_colours(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for colour in value:
            if not _HEX_RE.fullmatch(colour):
                raise ValueError(f"{colour!r} is not a #RRGGBB colour")
        return value


class IntervalSettings(Section):
    confidence_level: float = Field(
        0.95, ge=0.5, le=0.999,
        description="Confidence level of the interval around every compared figure; a difference "
                    "is marked only where the highest and lowest articles' intervals do not overlap.")
    resamples: int = Field(
        1000, ge=100, le=100_000,
        description="Bootstrap resamples per interval (more: steadier interval ends, slower).")
    seed: int = Field(
        0, ge=0, description="Seed of the bootstrap's random numbers: the same seed gives the same "
                             "intervals for the same articles.")


class InputSettings(Section):
    max_article_bytes: int = Field(
        DEFAULT_MAX_BYTES, ge=1_000, le=50_000_000,
        description="Largest article file (or standard input) read, in bytes; a larger one is "
                    "refused (analysis of 1 MB of prose takes seconds, a report longer).")


class Settings(Section):
    input: InputSettings = InputSettings()
    voice: VoiceSettings = VoiceSettings()
    sentiment: SentimentSettings = SentimentSettings()
    loaded_language: LoadedLanguageSettings = LoadedLanguageSettings()
    attribution: AttributionSettings = AttributionSettings()
    readability: ReadabilitySettings = ReadabilitySettings()
    intervals: IntervalSettings = IntervalSettings()
    report: ReportSettings = ReportSettings()
    source: str = Field("", exclude=True, description="Where the settings came from.")

    def digest(self) -> str:
        """A short SHA-256 of the effective settings, to tell runs apart."""
        canonical = json.dumps(self.effective(), sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def effective(self) -> dict:
        return self.model_dump(mode="json")


def load_settings(path: str | Path | None = None) -> Settings:
    """Settings from ``path``, else from ./framing.toml if present, else defaults.

    A ``report.templates_dir`` is honoured only from a file named explicitly:
    templates are code-like, so one found in the working directory (say, inside
    a downloaded folder) is refused rather than run.
    """
    discovered = path is None
    if discovered:
        if not Path(DEFAULT_FILE).is_file():
            return Settings()
        path = DEFAULT_FILE
    import tomllib  # only with a settings file: a run on the defaults reads no TOML

    path = Path(path)
    text = read_settings_file(path, "settings file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML: {error}") from None
    settings = parse_settings(data, source=str(path))
    if discovered and settings.report.templates_dir:
        raise SettingsError(
            f"./{DEFAULT_FILE}: report.templates_dir: a template folder is used only from a "
            f"settings file given explicitly; if you trust it, run again with --config {DEFAULT_FILE}")
    return settings


def parse_settings(data: dict, *, source: str) -> Settings:
    """Validate a settings mapping; errors name ``source`` and the key."""
    if "source" in data:
        raise SettingsError(f"{source}: source: unknown section")
    data = _relative_paths(data, Path(source).parent)
    try:
        return Settings(**data, source=source)
    except ValidationError as error:
        raise SettingsError(_one_line(error, source)) from None


# Settings that name files, resolved against the settings file's folder.
_PATH_SETTINGS = (("report", "templates_dir"), ("loaded_language", "lexicons"))


def _relative_paths(data: dict, base: Path) -> dict:
    data = dict(data)
    for section, key in _PATH_SETTINGS:
        values = data.get(section)
        if not isinstance(values, dict) or not values.get(key):
            continue
        value = values[key]
        if isinstance(value, str):
            value = str(base / value)
        elif isinstance(value, list):
            value = [str(base / v) if isinstance(v, str) else v for v in value]
        data[section] = {**values, key: value}
    return data


def _one_line(error: ValidationError, source: str) -> str:
    problems = error.errors()
    first = problems[0]
    key = ".".join(str(part) for part in first["loc"])
    if first["type"] == "extra_forbidden":
        what = "unknown section" if len(first["loc"]) == 1 else "unknown setting"
    elif first["type"] == "model_type":
        what = f"must be a [{key}] table (got {first['input']!r})"
    else:
        what = first["msg"].removeprefix("Value error, ")
        if first["type"] not in ("missing",) and "input" in first:
            what += f" (got {first['input']!r})"
    more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" \
        if len(problems) > 1 else ""
    return f"{source}: {key}: {what}{more}"


def sections() -> dict[str, type[Section]]:
    """Each settings section's model, in file order."""
    return {name: field.annotation for name, field in Settings.model_fields.items()
            if name != "source"}


def commented_toml(settings: Settings | None = None) -> str:
    """A TOML document with every setting, its value and a comment saying what it does."""
    settings = settings or Settings()
    lines = ["# framing settings. Every key is optional: delete a line to use its default.",
             "# Reference: README.md, section 'Settings'.", ""]
    for name, model in sections().items():
        values = getattr(settings, name)
        lines.append(f"[{name}]")
        for key, field in model.model_fields.items():
            lines.append(toml_comment(field.description or ""))
            lines.append(f"{key} = {_toml_value(getattr(values, key))}")
        lines.append("")
    return "\n".join(lines)


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string: quotes, backslashes and every control
    character TOML forbids (U+0000–U+001F and U+007F) escaped, so it parses back."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _escaped_controls(escaped) + '"'


def toml_comment(text: str) -> str:
    """``text`` as one TOML comment line: line breaks and other control characters,
    which would end the comment or are not allowed in one, shown escaped."""
    return "# " + _escaped_controls(text)


_TOML_CONTROL_RE = re.compile("[\x00-\x1f\x7f]")


def _escaped_controls(text: str) -> str:
    """``text`` with each control character TOML forbids written as ``\\uXXXX``."""
    return _TOML_CONTROL_RE.sub(lambda m: f"\\u{ord(m.group()):04X}", text)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, BaseModel):  # a table in a list ([[loaded_language.user_categories]])
        return "{ " + ", ".join(f"{key} = {_toml_value(getattr(value, key))}"
                                for key in type(value).model_fields) + " }"
    raise TypeError(f"no TOML form for {value!r}")
