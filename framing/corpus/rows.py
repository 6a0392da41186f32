"""The per-article function of a corpus run: one Item in, one table row and its
sentence rows out (or a Skipped saying why not).

Both engines (local processes, Dask) call ``analyze_item``; it parses the item
(``framing.text.readers``), runs the pipeline (``framing.pipeline.analyze_article``)
and flattens the analysis into plain values, so that results travel between
processes and into the cache as JSON-safe dicts.

Columns of ``articles.csv``/``.parquet``: ``ARTICLE_FIELDS``, then one column per
headline metric of every analyzer (``metric_columns``: ``sentiment_mean``,
``readability_flesch_kincaid_grade``, …, every ``METRICS`` entry).
Columns of ``sentences.parquet``: ``SENTENCE_FIELDS``.
"""

from __future__ import annotations

import bisect
import inspect
import itertools
import operator
import time
import typing
from dataclasses import dataclass, field, replace
from functools import cache

from framing.analyzers import ANALYZERS
from framing.comparison.distinctive import term_counts
from framing.corpus.sources import Item, Skipped
from framing.errors import ArticleError
from framing.pipeline import ArticleAnalysis, analyze_article, prepare
from framing.settings import Settings
from framing.text.language import not_english
from framing.text.readers import article_from_cell, parse_article
from framing.text.word_table import word_table

# (name, type) of the columns before the metrics; "int"/"float"/"str"/"bool" as in Python
ARTICLE_FIELDS = (
    ("id", "int"), ("outlet", "str"), ("title", "str"), ("date", "str"), ("story", "str"),
    ("url", "str"), ("path", "str"), ("row", "int"), ("sha256", "str"), ("format", "str"),
    ("language", "str"), ("words", "int"), ("sentences", "int"), ("warnings", "str"),
)
SENTENCE_FIELDS = (
    ("article", "int"),  # the article's id in articles.csv
    ("sentence", "int"),  # its position in the article, from 0 (the headline when there is one)
    ("start", "int"), ("end", "int"),  # character offsets into the article's text
    ("headline", "bool"),
    ("tone", "float"),  # VADER compound, -1 (negative) to +1 (positive)
    ("voice", "str"),  # own, quoted (inside a direct quotation) or mixed
    ("loaded_terms", "int"), ("loaded_entries", "str"),  # lexicon entries, "; "-joined
    ("attributed", "bool"),  # holds content credited to a source, or a cue
)


@dataclass(frozen=True)
class Job:
    """What every call of ``analyze_item`` in one run shares."""

    settings: Settings
    any_language: bool = False  # analyse an article detected as not English (--lang en)


@dataclass(frozen=True)
class Result:
    """One article's row (without its id, which the writer gives in output order)
    and its sentences' rows (without the article id)."""

    name: str
    row: dict
    sentences: list[dict]
    # sources of speech: [key (the same across articles), name, source type, mentions]
    sources: list[list] = field(default_factory=list)
    # the article's candidate terms for the outlets' distinctive terms
    # (``framing.comparison.distinctive.TermCounts``): term: uses, word: capitalised uses,
    # and the number of words
    terms: dict[str, int] = field(default_factory=dict)
    capitalised: dict[str, int] = field(default_factory=dict)
    term_words: int = 0

    def to_json(self) -> dict:
        return {"name": self.name, "row": self.row, "sentences": self.sentences,
                "sources": self.sources, "terms": self.terms, "capitalised": self.capitalised,
                "term_words": self.term_words}

    @classmethod
    def from_json(cls, data: dict) -> Result:
        return cls(name=data["name"], row=data["row"], sentences=data["sentences"],
                   sources=data.get("sources", []), terms=data.get("terms", {}),
                   capitalised=data.get("capitalised", {}),
                   term_words=data.get("term_words", 0))

    def at(self, item: Item) -> Result:
        """This result for ``item``, which has the same key (text and metadata) but
        may come from another file or row: a cached result, or a repeated article."""
        if self.name == item.name:
            return self
        return replace(self, name=item.name, row={**self.row, "path": item.path, "row": item.row})


@cache
def metric_columns() -> tuple[tuple[str, str, str, str], ...]:
    """(column, analyzer, metric key, type) for every analyzer's every metric."""
    columns = []
    for name, module in ANALYZERS.items():
        hints = typing.get_type_hints(module.Result)
        for metric in module.METRICS:
            attribute = inspect.getattr_static(module.Result, metric.key, None)
            kind = (typing.get_type_hints(attribute.fget).get("return")
                    if isinstance(attribute, property) else hints[metric.key])
            columns.append((f"{name}_{metric.key}", name, metric.key,
                            "int" if kind is int else "float"))
    return tuple(columns)


def article_columns() -> tuple[tuple[str, str], ...]:
    """(name, type) of every column of the articles table, in order."""
    return ARTICLE_FIELDS + tuple((column, kind) for column, _, _, kind in metric_columns())


def analyze_item(item: Item, job: Job, *,
                 timings: dict[str, float] | None = None) -> Result | Skipped:
    """The row of one article, or why it was skipped. Loads the analyzers'
    resources on the first call in a process (``prepare``). The story layer's
    actors and facts are not found: no corpus table holds them (``--per-story``
    reports analyse their articles again, whole). ``timings`` as in
    ``framing.pipeline.analyze_article``, plus the article's reading (``article``)
    and the rows' making (``rows``)."""
    prepare(job.settings)  # cached: loads only on a process's first article
    clock = time.process_time
    started = clock()
    try:
        article = article_of(item, job)
    except ArticleError as error:
        return Skipped(item.name, str(error))
    reading = clock() - started
    analysis = analyze_article(article, job.settings, story=False, timings=timings)
    started = clock()
    sources = [[s.key, s.name, s.source_type, s.mentions]
               for s in analysis.attribution.speakers if s.mentions]
    counted = term_counts(article)
    result = Result(name=item.name, row=_row(item, analysis), sentences=_sentences(analysis),
                    sources=sources, terms=dict(counted.terms),
                    capitalised=dict(counted.capitalised), term_words=counted.words)
    if timings is not None:
        for stage, seconds in (("article", reading), ("rows", clock() - started)):
            timings[stage] = timings.get(stage, 0.0) + seconds
    return result


def article_of(item: Item, job: Job):
    """The Article of ``item`` (its metadata applied), or ArticleError naming it."""
    fields = item.metadata
    if item.data is not None:
        article = parse_article(item.data, name=item.name)
        overrides = {key: value for key in ("outlet", "title", "date", "url")
                     if (value := fields.get(key))}
        if overrides:  # a metadata row's fields win over what the file says
            article = replace(article, **overrides)
    else:
        article = article_from_cell(item.text or "", name=item.name, outlet=fields.get("outlet"),
                                    title=fields.get("title"), date=fields.get("date"),
                                    url=fields.get("url"))
    if not job.any_language and (reason := not_english(article.language)):
        raise ArticleError(f"{item.name}: {reason} (--lang en analyses it anyway)")
    return article


def _row(item: Item, analysis: ArticleAnalysis) -> dict:
    article = analysis.article
    row = {
        "outlet": article.outlet,
        "title": article.title,
        "date": article.date,
        "story": item.metadata.get("story"),
        "url": article.url,
        "path": item.path,
        "row": item.row,
        "sha256": article.sha256,
        "format": article.format,
        "language": article.language.code,
        "words": len(article.words),
        "sentences": len(article.sentences),
        "warnings": " | ".join(article.warnings) or None,
    }
    for column, analyzer, key, kind in metric_columns():
        value = getattr(getattr(analysis, analyzer), key)
        row[column] = None if value is None else (int(value) if kind == "int" else float(value))
    return row


def _sentences(analysis: ArticleAnalysis) -> list[dict]:
    article = analysis.article
    voices = article.voices
    word_starts = word_table(article.words).starts
    # quoted[k]: how many of the first k words are inside a direct quotation
    quoted_before = list(itertools.accumulate(
        map(operator.eq, voices.labels if voices else (), itertools.repeat("quoted")), initial=0))
    loaded = sorted(analysis.loaded_language.spans, key=lambda s: s.span.start)
    loaded_starts = [s.span.start for s in loaded]
    marked = sorted([*analysis.attribution.attributed_spans(),
                     *(a.cue for a in analysis.attribution.attributions if a.cue)],
                    key=lambda s: s.start)
    marked_starts = [m.start for m in marked]
    reach = list(itertools.accumulate((m.end for m in marked), max))  # furthest end so far
    rows = []
    for index, scored in enumerate(analysis.sentiment.sentences):
        span = scored.span
        first = bisect.bisect_left(word_starts, span.start)
        last = bisect.bisect_left(word_starts, span.end)
        quoted = quoted_before[last] - quoted_before[first] if voices else 0
        voice = "own" if not quoted else ("quoted" if quoted == last - first else "mixed")
        terms = [s.entry for s in loaded[bisect.bisect_left(loaded_starts, span.start):
                                         bisect.bisect_left(loaded_starts, span.end)]]
        # attributed: a marked span starting before the sentence's end reaches past its start
        before_end = bisect.bisect_left(marked_starts, span.end)
        rows.append({
            "sentence": index,
            "start": span.start,
            "end": span.end,
            "headline": bool(article.headline and span.start < article.headline.end
                             and span.end > article.headline.start),
            "tone": float(scored.compound),
            "voice": voice,
            "loaded_terms": len(terms),
            "loaded_entries": "; ".join(terms) or None,
            "attributed": before_end > 0 and reach[before_end - 1] > span.start,
        })
    return rows
