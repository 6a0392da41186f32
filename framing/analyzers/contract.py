"""What every analyzer module provides, as code: the ``Analyzer`` protocol, and the
building blocks for analyzer settings (``Section``) and headline figures (``Metric``).

``framing.analyzers.ANALYZERS`` lists the modules; ``tests/test_contract.py``
checks each of them against ``Analyzer`` and checks that the table, the settings
sections and the fields of ``framing.pipeline.ArticleAnalysis`` agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from framing.text.article import Article
from framing.text.voices import Voices, find_voices


class Section(BaseModel):
    """A settings section: frozen, and unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class VoiceSettings(Section):
    """The ``[voice]`` section: one definition of quoted words for every analyzer
    (see ``framing.text.voices``). It lives here, beside ``Section``, so that
    analyzers can fall back on its defaults without importing ``framing.settings``,
    which imports them."""

    scare_quote_words: int = Field(
        4, ge=1, le=10,
        description="A quotation of at most this many words that nobody is credited with saying "
                    "is a scare quote: the outlet's own words, not quoted speech.")


def voices_of(article: Article) -> Voices:
    """The voices the pipeline attached to ``article`` (``framing.pipeline``), or, for
    an article analysed on its own, those found with the default ``[voice]`` settings."""
    if article.voices is not None:
        return article.voices
    return find_voices(article, scare_quote_words=VoiceSettings().scare_quote_words)


@dataclass(frozen=True, slots=True)
class Metric:
    """What a headline metric is, for the at-a-glance table and the appendix.

    ``key`` names a field or property of the analyzer's ``Result``; ``higher`` says what a
    higher value means, in plain words.
    """

    key: str
    label: str
    description: str
    higher: str
    limits: str
    unit: str = ""
    digits: int = 2


@dataclass(frozen=True, eq=False)
class Sample:
    """The units one headline figure is computed from, so that the comparison can give it
    an interval (``framing.comparison.statistics``). ``kind`` says how:

    - ``mean``: ``units`` holds one value per unit; the figure is their mean times ``scale``
      (tone per sentence; a word's loaded-term weight, scale 1,000 for a density);
    - ``ratio``: ``units`` holds rows (part, whole) per unit; the figure is the total of the
      parts over the total of the wholes (attributed words over words, per sentence);
    - ``formula``: ``units`` holds rows of counts per unit and ``formula`` turns the column
      totals (an array, one row per resample) into the figure (readability);
    - ``share``: ``successes`` out of ``n`` independent units (a Wilson interval).

    ``unit`` names the units for the reader ("sentences", "words", "attributions").
    """

    kind: Literal["mean", "ratio", "formula", "share"]
    unit: str
    n: int
    units: Sequence[float] | Sequence[Sequence[float]] = ()
    scale: float = 1.0
    formula: Callable[[Any], Any] | None = None
    successes: int = 0


def share_sample(share: float | None, n: int, unit: str) -> Sample | None:
    """The sample behind ``share`` of ``n`` units (None without units or without a share)."""
    if share is None or n <= 0:
        return None
    return Sample("share", unit, n, successes=round(share * n))


class AnalyzerResult(Protocol):
    """An analyzer's result: a frozen dataclass that has a JSON form."""

    def to_json(self) -> dict[str, Any]:
        """The result as it appears in ``framing analyze --json``."""
        ...


@runtime_checkable
class Analyzer(Protocol):
    """The public face of an analyzer module (``framing/analyzers/<name>.py``).

    - ``TITLE``: the heading of its report section;
    - ``ABOUT``: paragraphs explaining it to a reader (the report's appendix);
    - ``Settings``: its settings section, a ``Section`` named like the module;
    - ``Result``: its frozen result, with ``to_json()``;
    - ``METRICS``: its headline figures, each naming a field or property of ``Result``;
      ``Result.sample(key)`` gives the units behind each (a ``Sample``, or None for a figure
      with no units to resample, such as the headline's tone);
    - ``load(settings)``: load heavy resources once, before the first article
      (a no-op where there are none); loads are cached, so a second call is free;
    - ``analyze(article, settings)``: the result for one article.
    """

    TITLE: str
    ABOUT: tuple[str, ...]
    Settings: type[Section]
    Result: type[AnalyzerResult]
    METRICS: tuple[Metric, ...]

    def load(self, settings: Any) -> None: ...

    def analyze(self, article: Article, settings: Any) -> AnalyzerResult: ...


def rounded(value: float | None, digits: int) -> float | None:
    """``value`` rounded for JSON, or None when there is no value."""
    return None if value is None else round(value, digits)
