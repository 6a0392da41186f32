"""Run every analyzer over every article."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from framing.analyzers import ANALYZERS, attribution, loaded_language, readability, sentiment
from framing.settings import Settings
from framing.text.article import Article
from framing.text.voices import find_voices


@dataclass(frozen=True)
class ArticleAnalysis:
    article: Article
    sentiment: sentiment.Result
    loaded_language: loaded_language.Result
    attribution: attribution.Result
    readability: readability.Result


def prepare(settings: Settings) -> None:
    """Load every analyzer's heavy resources (VADER, the pronouncing dictionary,
    lexicons) once, before the first article, so that a broken user lexicon stops
    the run before any work is done. Analyzers with such resources define
    ``load(settings)``; the loads are cached, so calling this twice costs nothing."""
    for name, module in ANALYZERS.items():
        load = getattr(module, "load", None)
        if load is not None:
            load(getattr(settings, name))


def analyze_article(article: Article, settings: Settings) -> ArticleAnalysis:
    """Every analyzer's result for ``article``, which is returned with its voices
    (whose words each word is) found once, with the run's ``[voice]`` settings."""
    voices = find_voices(article, scare_quote_words=settings.voice.scare_quote_words)
    article = replace(article, voices=voices)
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
    prepare(settings)
    return [analyze_article(article, settings) for article in progress(articles)]
