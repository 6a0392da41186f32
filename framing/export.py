"""What leaves framing: the JSON form of an analysis run, and the report file.

The JSON is a contract later versions extend, never break. Every span is
``{start, end, text, ...}`` with character offsets into that article's ``text``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from framing import __version__
from framing.comparison import compare
from framing.comparison.differences import Estimate, article_estimates
from framing.errors import ReportError
from framing.files import check_target, output_folder
from framing.pipeline import ArticleAnalysis
from framing.settings import Settings

SCHEMA_VERSION = 1


def to_json(analyses: Sequence[ArticleAnalysis], settings: Settings | None = None) -> dict:
    """The document ``framing analyze --json`` prints for ``analyses``; with two or more,
    a ``comparison`` object (``Comparison.to_json``) holds what they share. Pass the settings
    they were made with; the default is the built-in settings."""
    settings = Settings() if settings is None else settings
    comparison = compare(analyses, settings.intervals) if len(analyses) > 1 else None
    estimates = (comparison.estimates if comparison is not None
                 else [article_estimates(a, settings.intervals) for a in analyses])
    document = {
        "framing_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "settings_digest": settings.digest(),
        "settings": settings.effective(),
        "articles": [_with_intervals(a.to_dict(), found) for a, found in zip(analyses, estimates)],
    }
    if comparison is not None:
        document["comparison"] = comparison.to_json()
    return document


def _with_intervals(document: dict, estimates: dict[str, dict[str, Estimate]]) -> dict:
    """The article's JSON with ``intervals`` in each analyzer's object: per headline figure,
    its ``interval`` and the ``n`` units it rests on (``comparison.differences``)."""
    for name, figures in estimates.items():
        document[name]["intervals"] = {key: e.to_json() for key, e in figures.items()}
    return document


def write_report(analyses: Sequence[ArticleAnalysis], path: str | os.PathLike,
                 settings: Settings | None = None, *,
                 html_output: str | os.PathLike | None = None) -> Path:
    """Write the PDF report comparing ``analyses`` (and its HTML, if asked) and
    return the PDF's path, which must end in ``.pdf``. Pass the settings the
    analyses were made with; the default is the built-in settings."""
    from framing.report import write_report as write_pdf_report  # jinja2, WeasyPrint

    path = Path(path)
    check_report_path(path)
    with output_folder(path.parent):
        return write_pdf_report(analyses, Settings() if settings is None else settings, path,
                                html_output=Path(html_output) if html_output else None)


def check_report_path(path: Path, *, inputs: Sequence[Path] = ()) -> None:
    """Refuse, before any work is done, a report path that is not ours to write: a name
    not ending in ``.pdf`` (the report is always a PDF; its HTML, when wanted, goes
    beside it), one of the ``inputs``, or an existing file that is not a regular file."""
    check_target(path, inputs=inputs)
    if path.suffix.lower() != ".pdf":
        raise ReportError(f"{path}: the report is a PDF; give an output path ending in .pdf")
