"""Shared building blocks for analyzer settings and results."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """A settings section: frozen, and unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


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
