"""Build the report's view model (view.py): every number rounded, every label
written, every colour chosen here, so the templates only loop and print."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path

from framing import __version__
from framing.analyzers import ANALYZERS
from framing.comparison import Comparison
from framing.pipeline import ArticleAnalysis
from framing.report import sections
from framing.report.actors import LEGEND as ACTOR_LEGEND
from framing.report.actors import actor_marks, actors_section
from framing.report.appendix import appendix
from framing.report.distinctive import distinctive_section
from framing.report.glance import glance_section
from framing.report.coverage import LEGEND as FACT_LEGEND
from framing.report.coverage import fact_marks, facts_section
from framing.report.highlight import Mark, paragraph_pieces
from framing.report.passages import LEGEND as PASSAGE_LEGEND
from framing.report.passages import passage_marks, passages_section
from framing.report.provenance import quotes_section
from framing.report.summary import summary_section
from framing.report.render import stylesheet, template_dirs
from framing.report.view import (
    ArticleView, ArticleWarning, ChapterView, clipped, in_words, LegendItem, Link,
    ReportView, TextGroup, TextsView,
)
from framing.settings import Settings

SHORT = 22  # characters of an outlet name shown in charts
# Characters of an outlet name and a headline shown in tables, headings and the title:
# every table sizes its columns by their longest words, so a name of thousands of
# characters would cost WeasyPrint minutes (the full text is in the JSON and the texts).
NAME, HEADLINE = 80, 300
TITLE_NAME = 40  # characters of each outlet name in a title made from the names


CHOSEN = ChapterView(
    anchor="chosen", title="What each outlet chose",
    lead=("Before any score: what each outlet put in its story and what it left out. The facts "
          "it states (figures, dates, places), the people and bodies it names and the words it "
          "names them by, the quotations it carries and how it cuts them, and the text it "
          "shares word for word with another outlet.",
          "Each row links to the place in the side-by-side texts where the item stands, "
          "underlined there. Matching is done by rules, not by reading: each part says what "
          "counts as the same fact, actor, quotation or passage."))


def build_context(comparison: Comparison, settings: Settings, *,
                  dirs: Sequence[Path] | None = None) -> ReportView:
    """The report's view model. ``dirs`` are the template folders (by default those
    the settings name); the stylesheet is the first ``report.css`` among them."""
    if dirs is None:
        dirs = template_dirs(settings.report.templates_dir)
    palette = settings.report.palette
    outlets = tuple(_article_view(a, palette[i]) for i, a in enumerate(comparison.analyses))
    source = settings.source or "built-in defaults"
    version = f"framing {__version__}"
    created = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    sentiment = sections.sentiment_section(comparison, outlets, settings)
    loaded = sections.loaded_language_section(comparison, outlets, settings)
    attribution = sections.attribution_section(comparison, outlets, settings)
    readability = sections.readability_section(comparison, outlets)
    texts = _texts(comparison, outlets, settings) if settings.report.full_texts else None
    end = appendix(settings, outlets, source)
    facts = facts_section(comparison, outlets, linked=texts is not None)
    passages = passages_section(comparison, outlets)
    quotes = quotes_section(comparison, outlets)
    actors = actors_section(comparison, outlets,
                            min_sentences=settings.report.actor_tone_min_sentences,
                            band=settings.sentiment.neutral_band, linked=texts is not None)
    distinctive = distinctive_section(comparison, outlets, settings)
    parts = [(facts.anchor, facts.title), (actors.anchor, actors.title),
             (quotes.anchor, quotes.title)]
    parts += [(passages.anchor, passages.title)] if passages else []
    parts.append((distinctive.anchor, distinctive.title))
    heads = [(s.head.anchor, s.head.title) for s in (sentiment, loaded, attribution, readability)]
    if texts:
        heads.append((texts.anchor, texts.title))
    heads.append((end.anchor, end.title))
    contents = (Link(f"#{CHOSEN.anchor}", CHOSEN.title),
                *(Link(f"#{anchor}", title, "contents-part") for anchor, title in parts),
                *(Link(f"#{anchor}", title) for anchor, title in heads))
    evidence = {"glance": Link("#glance", "At a glance"), "quotes": Link(f"#{quotes.anchor}", quotes.title),
                "distinctive": Link(f"#{distinctive.anchor}", distinctive.title),
                "facts": Link(f"#{facts.anchor}", facts.title),
                "actors": Link(f"#{actors.anchor}", actors.title),
                **({"passages": Link(f"#{passages.anchor}", passages.title)} if passages else {}),
                **{name: Link(f"#{s.head.anchor}", s.head.title) for name, s in
                   zip(ANALYZERS, (sentiment, loaded, attribution, readability))}}
    return ReportView(
        title=clipped(settings.report.title, HEADLINE)
        or _default_title([clipped(o.name, TITLE_NAME) for o in outlets]),
        description=f"Side-by-side framing comparison of {len(outlets)} articles",
        stylesheet=stylesheet(dirs) + sections.category_styles(settings),
        page=f"{settings.report.page_size} {settings.report.orientation}",
        generated=f"Generated {created} with {version} · settings {settings.digest()} ({source})",
        version=version,
        outlets=outlets,
        warnings=tuple(ArticleWarning(o.name, "; ".join(w)) for o, a in zip(outlets, comparison.analyses)
                       if (w := _warnings(a))),
        contents=contents,
        glance=glance_section(comparison, settings),
        quotes=quotes,
        sentiment=sentiment,
        loaded=loaded,
        attribution=attribution,
        readability=readability,
        texts=texts,
        appendix=end,
        passages=passages,
        actors=actors,
        distinctive=distinctive,
        summary=summary_section(comparison, outlets, settings, evidence),
        facts=facts,
        chosen=CHOSEN,
    )


def _article_view(analysis: ArticleAnalysis, colour: str) -> ArticleView:
    article = analysis.article
    name = clipped(article.outlet, NAME)
    return ArticleView(
        name=name,
        short=clipped(name, SHORT),
        colour=colour,
        title=clipped(article.title, HEADLINE),
        date=article.date or "—",
        path=str(article.path),
        words=f"{len(article.words):,}",
        sentences=f"{len(article.sentences):,}",
        sha256=article.sha256,
        file_kind=f"{article.format}, {article.encoding}, {article.language.name}"
                  + ("" if article.language.reliable else " (uncertain)"),
    )


def _warnings(analysis: ArticleAnalysis) -> list[str]:
    readability = analysis.readability.warning
    return [*analysis.article.warnings, *([readability] if readability else [])]


def _default_title(names: list[str]) -> str:
    if len(names) > 3:
        return f"How {len(names)} outlets framed the story"
    return f"How {in_words(names)} framed the story"


def _tone_class(compound: float, band: float) -> str:
    if compound >= 0.5:
        return "tone-pos2"
    if compound > band:
        return "tone-pos1"
    if compound <= -0.5:
        return "tone-neg2"
    if compound < -band:
        return "tone-neg1"
    return ""


def _tone_legend(settings: Settings) -> tuple[LegendItem, ...]:
    if not settings.report.tone_shading:
        return ()
    band = settings.sentiment.neutral_band
    return (
        LegendItem("tone-pos2", "strongly positive (≥ +0.5)"),
        LegendItem("tone-pos1", f"positive (> +{band:g})"),
        LegendItem("", f"neutral (within ±{band:g})"),
        LegendItem("tone-neg1", f"negative (< −{band:g})"),
        LegendItem("tone-neg2", "strongly negative (≤ −0.5)"),
    )


def _texts(comparison: Comparison, outlets: Sequence[ArticleView], settings: Settings) -> TextsView:
    """Full texts side by side, in groups of at most ``text_columns`` articles,
    row by row: paragraph i of each article in row i."""
    band = settings.sentiment.neutral_band
    columns = []
    for number, analysis in enumerate(comparison.analyses):
        article = analysis.article
        marks = []
        if settings.report.tone_shading:
            marks = [Mark(s.span.start, s.span.end, css) for s in analysis.sentiment.sentences
                     if (css := _tone_class(s.compound, band))]
        marks += [Mark(s.span.start, s.span.end, f"ll-{s.category}")
                  for s in analysis.loaded_language.spans]
        for a in analysis.attribution.attributions:
            marks += [Mark(p.start, p.end, "attr-content") for p in a.content_parts]
            marks += [Mark(x.start, x.end, css) for x, css in ((a.cue, "attr-cue"),
                                                               (a.source, "attr-source")) if x]
        if article.headline:
            marks.append(Mark(article.headline.start, article.headline.end, "headline"))
        marks += [Mark(b.start, b.end, "boilerplate") for b in article.boilerplate]
        marks += passage_marks(comparison.passages, number)
        marks += actor_marks(comparison, number)
        marks += fact_marks(comparison, number)
        shown = sorted(article.paragraphs + article.boilerplate, key=lambda p: p.start)
        columns.append(paragraph_pieces(article.text, shown, marks))
    count = len(columns)
    groups = math.ceil(count / settings.report.text_columns)
    size = math.ceil(count / groups)
    result = []
    for first in range(0, count, size):
        members = range(first, min(first + size, count))
        depth = max(len(columns[i]) for i in members)
        rows = tuple(tuple(tuple(columns[i][p]) if p < len(columns[i]) else () for i in members)
                     for p in range(depth))
        result.append(TextGroup(outlets=tuple(outlets[i] for i in members), rows=rows,
                                width=f"{100 / len(members):.2f}%"))
    return TextsView(
        anchor="texts",
        title="The articles side by side",
        tone_legend=_tone_legend(settings),
        loaded_legend=sections.loaded_legend(settings),
        attribution_legend=sections.ATTRIBUTION_LEGEND,
        passage_legend=PASSAGE_LEGEND,
        actor_legend=ACTOR_LEGEND,
        fact_legend=FACT_LEGEND,
        groups=tuple(result),
    )
