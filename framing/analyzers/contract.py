"""What every analyzer module provides, as code: the ``Analyzer`` protocol, and the
building blocks for analyzer settings (``Section``) and headline figures (``Metric``).

``framing.analyzers.ANALYZERS`` lists the modules; ``tests/test_contract.py``
checks each of them against ``Analyzer`` and checks that the table, the settings
sections and the fields of ``framing.pipeline.ArticleAnalysis`` agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from framing.text.article import Article
from framing.text.voices import Voices, find_voices

if TYPE_CHECKING:
    from framing.text.article import Article


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
