"""framing: compare how news outlets frame the same story.

The Python API (README, "Python API")::

    import framing
    analysis = framing.analyze_text("Headline\n\nBody…", outlet="Wire")
    analysis.to_dict()  # this article's object in `framing analyze --json`

``import framing`` stays cheap: each function below is imported from the module
that owns it on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# The one place the version is written (pyproject.toml reads it from here): asking
# importlib.metadata instead cost a fifth of `framing --help`'s start-up.
__version__ = "0.1.0"

if TYPE_CHECKING:
    from framing.comparison import compare
    from framing.export import to_json, write_report
    from framing.pipeline import analyze, analyze_text
    from framing.settings import load_settings
    from framing.text.readers import read_article

# Each public name, and the module that defines it.
_API = {
    "analyze_text": "framing.pipeline",
    "analyze": "framing.pipeline",
    "read_article": "framing.text.readers",
    "compare": "framing.comparison",
    "write_report": "framing.export",
    "to_json": "framing.export",
    "load_settings": "framing.settings",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> object:
    if name not in _API:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(import_module(_API[name]), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
