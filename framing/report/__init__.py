"""From analyses to a PDF: compare, build the view model, render, write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from framing.comparison import compare
from framing.pipeline import ArticleAnalysis
from framing.report.context import build_context
from framing.report.render import render_html, template_dirs, write_atomically, write_pdf
from framing.settings import Settings

__all__ = ["write_report", "report_html"]


def report_html(analyses: Sequence[ArticleAnalysis], settings: Settings) -> tuple[str, list[Path]]:
    """The report's HTML and the template folders it may load files from."""
    dirs = template_dirs(settings.report.templates_dir)
    context = build_context(compare(analyses), settings)
    stylesheet = next(d / "report.css" for d in dirs if (d / "report.css").is_file())
    context["stylesheet"] = stylesheet.as_uri()
    return render_html(context, dirs), dirs


def write_report(analyses: Sequence[ArticleAnalysis], settings: Settings, output: Path, *,
                 html_output: Path | None = None) -> Path:
    """Write the PDF report (and optionally its HTML) and return the PDF's path."""
    html, dirs = report_html(analyses, settings)
    if html_output is not None:
        write_atomically(html_output, lambda path: Path(path).write_text(html, encoding="utf-8"))
    write_pdf(html, output, dirs)
    return output
