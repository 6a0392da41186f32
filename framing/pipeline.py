"""Run every analyzer over every article.

The Python API (``framing.analyze_text``, ``framing.analyze``) lives here too:
it is the same run, with settings defaulting to the built-in ones.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from framing.analyzers import ANALYZERS, attribution, loaded_language, readability, sentiment
from framing.analyzers.contract import voices_of
from framing.settings import Settings
from framing.story import Actor, Fact, find_actors, find_facts
from framing.text import language
from framing.text.article import Article
from framing.text.readers import article_from_text, read_article
from framing.text.voices import find_voices


@dataclass(frozen=True)
class ArticleAnalysis:
    """One article and each analyzer's result, one field per entry of ``ANALYZERS``."""

    article: Article
    sentiment: sentiment.Result
    loaded_language: loaded_language.Result
    attribution: attribution.Result
    readability: readability.Result
    actors: tuple[Actor, ...] = ()  # every named actor (framing.story.actors)
    facts: tuple[Fact, ...] = ()  # figures, dates and places it states (framing.story)

    def to_dict(self) -> dict:
        """This article's object in the ``articles`` list of ``framing analyze --json``
        (README, "JSON output"): the text, spans with character offsets into it,
        and one object per analyzer. ``framing.to_json`` adds to each analyzer's object the
        ``intervals`` of its headline figures, which depend on the ``[intervals]`` settings."""
        article = self.article
        voices = voices_of(article)
        return {
            "path": article.path,
            "outlet": article.outlet,
            "title": article.title,
            "date": article.date,
            "url": article.url,
            "format": article.format,
            "encoding": article.encoding,
            "sha256": article.sha256,
            "text": article.text,
            "headline": article.headline.to_json() if article.headline else None,
            "word_count": len(article.words),
            "sentence_count": len(article.sentences),
            "sentences": [s.to_json() for s in self.sentiment.sentences],
            "quotes": [{**q.to_json(), "speech": voices.is_speech(q.content)}
                       for q in article.quotes],
            "warnings": list(self.warnings),
            **article.language.to_json(),
            "boilerplate": [b.to_json() for b in article.boilerplate],
            **{name: getattr(self, name).to_json() for name in ANALYZERS},
            "actors": [actor.to_json() for actor in self.actors],
            "facts": [f.to_json() for f in self.facts],
        }

    @property
    def warnings(self) -> tuple[str, ...]:
        """The article's reading warnings, then the analyzers' (too short to score)."""
        warning = self.readability.warning
        return self.article.warnings + ((f"{self.article.path}: {warning}",) if warning else ())


def prepare(settings: Settings) -> None:
    """Load every analyzer's heavy resources (VADER, the pronouncing dictionary,
    lexicons) once, before the first article, so that a broken user lexicon stops
    the run before any work is done; the language detector's model, which reading
    an article needs, loads meanwhile in a thread. Every analyzer has
    ``load(settings)`` (a no-op where nothing is heavy); the loads are cached, so
    calling this twice costs nothing. The first call in a process then moves what is
    imported and loaded out of the garbage collector's sight (``gc.freeze``): it lives
    as long as the process, and every full collection walked all of it again (30 ms
    each in a one-article run, the last one at exit included)."""
    language.load_in_background()
    for name, module in ANALYZERS.items():
        module.load(getattr(settings, name))
    _freeze_loaded()


@lru_cache(maxsize=1)
def _freeze_loaded() -> None:
    gc.freeze()


def analyze_article(article: Article, settings: Settings, *, story: bool = True,
                    timings: dict[str, float] | None = None) -> ArticleAnalysis:
    """Every analyzer's result for ``article`` (call ``prepare`` first), which is
    returned with its voices (whose words each word is) found once, with the run's
    ``[voice]`` settings. The story layer's actors and facts, which only the
    side-by-side comparison of one story uses, are found unless ``story`` is false
    (then they are empty: ``framing corpus`` writes no table of them). When
    ``timings`` is given, the CPU seconds spent finding the voices (key ``voices``),
    in each analyzer (its name) and in the story layer (key ``story``) are added to
    it (CPU time, so that other work on the machine does not count)."""
    clock = time.process_time
    started = clock()
    voices = find_voices(article, scare_quote_words=settings.voice.scare_quote_words)
    article = replace(article, voices=voices)
    stages = {"voices": clock() - started}
    results = {}
    for name, module in ANALYZERS.items():
        started = clock()
        results[name] = module.analyze(article, getattr(settings, name))
        stages[name] = clock() - started
    actors, facts = (), ()
    if story:
        started = clock()
        actors = find_actors(article, tone=results["sentiment"],
                             loaded=results["loaded_language"], sources=results["attribution"])
        facts = find_facts(article)
        stages["story"] = clock() - started
    if timings is not None:
        for stage, seconds in stages.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
    return ArticleAnalysis(article=article, **results, actors=actors, facts=facts)


def analyze_articles(
    articles: Sequence[Article],
    settings: Settings,
    *,
    progress: Callable[[Iterable[Article]], Iterable[Article]] = iter,
    story: bool = True,
) -> list[ArticleAnalysis]:
    """One analysis per article, in order. ``progress`` may wrap the loop
    (the CLI passes a progress bar); ``story`` as in ``analyze_article``."""
    prepare(settings)
    return [analyze_article(article, settings, story=story) for article in progress(articles)]


def analyze(articles: Iterable[Article | str | os.PathLike],
            settings: Settings | None = None) -> list[ArticleAnalysis]:
    """One analysis per article, in order; an entry that is a path is read first.
    ``settings`` defaults to the built-in settings (``load_settings()`` reads
    ./framing.toml as the command line does)."""
    articles = [a if isinstance(a, Article) else read_article(a) for a in articles]
    return analyze_articles(articles, Settings() if settings is None else settings)


def analyze_text(text: str, outlet: str | None = None, title: str | None = None,
                 settings: Settings | None = None) -> ArticleAnalysis:
    """The analysis of an article given as a string (see
    ``framing.text.readers.article_from_text`` for how the headline is found)."""
    article = article_from_text(text, outlet=outlet, title=title)
    return analyze([article], settings)[0]
