"""From analyses to a PDF: compare, build the view model, render, write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from framing.comparison import compare
from framing.files import write_all_atomically
from framing.pipeline import ArticleAnalysis
from framing.report.context import build_context
from framing.report.render import render_html, render_pdf, template_dirs
from framing.settings import Settings

__all__ = ["write_report", "report_html", "report_pdf", "corpus_report_pdf"]


def report_html(analyses: Sequence[ArticleAnalysis], settings: Settings) -> tuple[str, list[Path]]:
    """The report's HTML and the template folders it may load files from."""
    dirs = template_dirs(settings.report.templates_dir)
    view = build_context(compare(analyses, settings.intervals), settings, dirs=dirs)
    return render_html(view, dirs), dirs


def write_report(analyses: Sequence[ArticleAnalysis], settings: Settings, output: Path, *,
                 html_output: Path | None = None) -> Path:
    """Write the PDF report (and optionally its HTML) and return the PDF's path.
    Both are moved into place only once both are complete."""
    html, dirs = report_html(analyses, settings)
    pdf, _ = render_pdf(html, dirs)
    outputs = [(output, lambda path: Path(path).write_bytes(pdf))]
    if html_output is not None:
        outputs.append((html_output, lambda path: Path(path).write_text(html, encoding="utf-8")))
    write_all_atomically(outputs)
    return output


def report_pdf(analyses: Sequence[ArticleAnalysis], settings: Settings) -> bytes:
    """The PDF report as bytes (for standard output)."""
    html, dirs = report_html(analyses, settings)
    return render_pdf(html, dirs)[0]


def corpus_report_pdf(outlets, settings: Settings, *, version: str, skipped: int) -> bytes:
    """The corpus report's PDF (``framing corpus``) for the per-outlet summaries
    ``outlets`` (``framing.corpus.summary.OutletSummary``, sorted by name, with their
    distinctive terms: ``CorpusSummary.distinctive``)."""
    from framing.report.corpus import build_corpus_view
    from framing.report.render import stylesheet

    dirs = template_dirs(settings.report.templates_dir)
    view = build_corpus_view(
        outlets, palette=settings.report.palette, stylesheet=stylesheet(dirs),
        page=f"{settings.report.page_size} {settings.report.orientation}", version=version,
        settings_digest=settings.digest(), skipped=skipped, intervals=settings.intervals)
    return render_pdf(render_html(view, dirs, template="corpus.html"), dirs)[0]
