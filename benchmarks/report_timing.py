"""Time one run of the example report, phase by phase, and print the figures.

Usage: python benchmarks/report_timing.py [ARTICLE ...] [--output PDF]

Phases: reading (decoding, extraction, segmentation), analysis (every analyzer,
including the one-off loading of VADER, the CMU dictionary and word lists),
templating (comparison, view model, Jinja2) and rendering (WeasyPrint to PDF); the
comparison alone (``framing.comparison.compare``) is also timed on its own, as a share of
the analysis time, and so are the actors (``framing.story.find_actors``, part of the
analysis) and the facts (``framing.story.find_facts`` on each article,
``framing.comparison.fact_rows`` across them); and within the comparison what the
intervals, the distinctive words and the "Key differences" summary take (issue 12's target:
at most 10% of the analysis time of an 8-article report; ``--eight`` runs the four examples
twice, as eight outlets), together with what the readability analyzer's per-sentence counts
cost over textstat on the whole body.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from framing.comparison import compare, distinctive, fact_rows
from framing.comparison.differences import article_estimates
from framing.report.context import build_context
from framing.report.summary import summary_section
from framing.pipeline import analyze_articles
from framing.text.readers import read_article
from framing.report import report_html
from framing.report.render import write_pdf
from framing.settings import Settings
from framing.story import find_actors, find_facts

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DEFAULT = [EXAMPLES / "wire-report.txt", EXAMPLES / "partisan-piece.md",
           EXAMPLES / "opinion-column.html"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--eight", action="store_true",
                        help="the four examples twice, as eight outlets (no ARTICLE given)")
    parser.add_argument("--output", type=Path, help="keep the PDF here (default: a temporary file)")
    args = parser.parse_args()
    settings = Settings()
    clock = time.perf_counter

    t0 = clock()
    if args.eight:
        paths = sorted(p for p in EXAMPLES.iterdir() if p.is_file()) * 2
        articles = [read_article(path, label=f"Outlet {i + 1}") for i, path in enumerate(paths)]
    else:
        articles = [read_article(path) for path in args.articles]
    t1 = clock()
    analyses = analyze_articles(articles, settings)
    t2 = clock()
    compare(analyses)
    comparing = clock() - t2
    analysing = t2 - t1
    t5 = clock()
    found = [find_facts(a.article) for a in analyses]
    t6 = clock()
    fact_rows(found, [a.article for a in analyses])
    finding, matching = t6 - t5, clock() - t6
    extra = _statistics_timing(analyses, settings)
    t2 = clock()
    for analysis in analyses:  # the actors again, on their own (the analysis above found them)
        find_actors(analysis.article, tone=analysis.sentiment, loaded=analysis.loaded_language,
                    sources=analysis.attribution)
    actors = clock() - t2
    t2 = clock()
    html, dirs = report_html(analyses, settings)
    t3 = clock()
    with tempfile.TemporaryDirectory() as folder:
        output = args.output or Path(folder) / "report.pdf"
        write_pdf(html, output, dirs)
        t4 = clock()
        size = output.stat().st_size

    words = sum(len(a.words) for a in articles)
    print(f"articles:   {len(articles)} ({words:,} words)")
    print(f"reading:    {t1 - t0:7.3f} s")
    print(f"analysis:   {analysing:7.3f} s")
    print(f"comparison: {comparing:7.3f} s  ({comparing / analysing:.1%} of the analysis time)")
    print(f"actors:     {actors:7.3f} s  ({actors / analysing:.1%} of the analysis time, in it)")
    print(f"facts:      {finding:7.3f} s finding (in the analysis), {matching:.3f} s matching "
          f"(in the comparison): {(finding + matching) / analysing:.1%} of the analysis time")
    for name, seconds in extra.items():
        print(f"  {name + ':':<38}{seconds:7.3f} s  ({seconds / analysing:.1%} of the analysis time)")
    print(f"  {'all of issue 12 together:':<38}{sum(extra.values()):7.3f} s  "
          f"({sum(extra.values()) / analysing:.1%} of the analysis time)")
    print(f"templating: {t3 - t2:7.3f} s  (comparison included)")
    print(f"rendering:  {t4 - t3:7.3f} s  (WeasyPrint, {size / 1024:.0f} KiB PDF)")
    print(f"total:      {t4 - t0 - comparing:7.3f} s  (without the separate comparison)")


def _statistics_timing(analyses, settings: Settings) -> dict[str, float]:
    """Seconds spent on what issue 12 added: intervals, distinctive words (first use, with
    the reading of wordfreq's list) and the summary. (Readability's per-sentence counts,
    the units of its intervals, are made by the analyzer itself, in the analysis time.)"""
    clock = time.perf_counter
    t0 = clock()
    for analysis in analyses:
        article_estimates(analysis, settings.intervals)
    t1 = clock()
    distinctive._english.cache_clear()  # as on first use: wordfreq's list read again
    distinctive.distinctive_terms([a.article for a in analyses],
                                  level=settings.intervals.confidence_level)
    t2 = clock()
    comparison = compare(analyses, settings.intervals)
    view = build_context(comparison, settings)
    sections = {link.href.removeprefix("#"): link for link in view.contents}
    t3 = clock()
    summary_section(comparison, view.outlets, settings, {
        "glance": view.contents[0], "sentiment": sections["sentiment"],
        "loaded_language": sections["loaded-language"], "attribution": sections["attribution"],
        "readability": sections["readability"], "quotes": sections["quotes"],
        "distinctive": sections["distinctive"], "passages": view.contents[0]})
    t3b = clock()
    return {"intervals (every figure, every article)": t1 - t0,
            "distinctive words (first use)": t2 - t1,
            "key differences summary": t3b - t3}


if __name__ == "__main__":
    main()
