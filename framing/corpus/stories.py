"""``framing corpus --per-story``: one side-by-side report per story id (the
``framing report`` PDF) into ``DIR/stories/``.

After the tables are written, the inputs are read a second time; the articles of
a story with 2 to 8 articles (the side-by-side report's range) are gathered, and
as soon as a story is complete it is analysed again in this process and its
report written (atomically, like every report); then its articles are dropped.
Memory holds the articles of the stories not yet complete, so a corpus sorted by
story keeps it small.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from framing.corpus.rows import Job, article_of
from framing.corpus.sources import Item
from framing.errors import ArticleError
from framing.pipeline import analyze_article, prepare

MIN_STORY, MAX_STORY = 2, 8
STORIES_FOLDER = "stories"


def write_story_reports(items: Iterable[Item], sizes: Counter, folder: Path, job: Job, *,
                        warn: Callable[[str], None]) -> list[Path]:
    """Write ``folder/stories/<story>.pdf`` for each story of ``sizes`` (story id:
    articles in the tables) with 2 to 8 articles; say in ``warn`` which are left out."""
    from framing.export import write_report

    wanted = {story for story, size in sizes.items() if MIN_STORY <= size <= MAX_STORY}
    for story, size in sorted(sizes.items()):
        if size > MAX_STORY:
            warn(f"story {story}: {size} articles; a side-by-side report takes "
                 f"{MIN_STORY} to {MAX_STORY}, so it gets none")
    prepare(job.settings)
    gathered: dict[str, list] = {}
    names: set[str] = set()
    written = []
    for item in items:
        story = item.metadata.get("story") if isinstance(item, Item) else None
        if story not in wanted:
            continue
        try:
            article = article_of(item, job)
        except ArticleError:
            continue  # skipped in the tables too
        articles = gathered.setdefault(story, [])
        articles.append(article)
        if len(articles) == sizes[story]:
            del gathered[story]
            path = folder / STORIES_FOLDER / f"{_unique(_slug(story), names)}.pdf"
            analyses = [analyze_article(a, job.settings) for a in articles]
            written.append(write_report(analyses, path, job.settings))
    return written


def _slug(story: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", story.lower()).strip("-")[:60].rstrip("-") or "story"


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}-{number}"
    taken.add(candidate)
    return candidate
