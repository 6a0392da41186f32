"""Run every analyzer over every article."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from framing.analyzers import ANALYZERS, readability, sentiment
from framing.article import Article
from framing.settings import Settings


@dataclass(frozen=True)
class ArticleAnalysis:
    article: Article
    sentiment: sentiment.Result
    readability: readability.Result


def analyze_article(article: Article, settings: Settings) -> ArticleAnalysis:
    results = {name: module.analyze(article, getattr(settings, name))
               for name, module in ANALYZERS.items()}
    return ArticleAnalysis(article=article, **results)


def analyze_articles(
    articles: Sequence[Article],
    settings: Settings,
    *,
    progress: Callable[[Iterable[Article]], Iterable[Article]] = iter,
) -> list[ArticleAnalysis]:
    """One analysis per article, in order. ``progress`` may wrap the loop
    (the CLI passes a progress bar)."""
    return [analyze_article(article, settings) for article in progress(articles)]
