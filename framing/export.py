"""The JSON form of an analysis run: a contract later versions extend, never break.

Every span is ``{start, end, text, ...}`` with character offsets into that
article's ``text``.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing import __version__
from framing.analyzers import ANALYZERS
from framing.analyzers.contract import voices_of
from framing.pipeline import ArticleAnalysis
from framing.settings import Settings

SCHEMA_VERSION = 1


def to_json(analyses: Sequence[ArticleAnalysis], settings: Settings) -> dict:
    return {
        "framing_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "settings_digest": settings.digest(),
        "settings": settings.effective(),
        "articles": [article_json(a) for a in analyses],
    }


def article_json(analysis: ArticleAnalysis) -> dict:
    article = analysis.article
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
        "sentences": [s.to_json() for s in analysis.sentiment.sentences],
        "quotes": [{**q.to_json(), "speech": voices.is_speech(q.content)} for q in article.quotes],
        "warnings": list(article.warnings) + _analysis_warnings(analysis),
        **{name: getattr(analysis, name).to_json() for name in ANALYZERS},
    }


def _analysis_warnings(analysis: ArticleAnalysis) -> list[str]:
    warning = analysis.readability.warning
    return [f"{analysis.article.path}: {warning}"] if warning else []
