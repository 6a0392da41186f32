"""Shared building blocks for analyzer settings and results."""

from __future__ import annotations

from dataclasses import dataclass

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

    ``higher`` says what a higher value means, in plain words.
    """

    key: str
    label: str
    description: str
    higher: str
    limits: str
    unit: str = ""
    digits: int = 2


def rounded(value: float | None, digits: int) -> float | None:
    """``value`` rounded for JSON, or None when there is no value."""
    return None if value is None else round(value, digits)
