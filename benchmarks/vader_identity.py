"""Check that framing's VADER (framing.analyzers.vader) gives the vaderSentiment
package's compound score for every text framing scores, and time both.

    python benchmarks/vader_identity.py DATA/text [MORE_FOLDERS…]

Each folder's ``.txt``, ``.md`` and ``.html`` files are analysed by the whole
pipeline, story layer included, while every text handed to
``framing.analyzers.sentiment.score`` is recorded: each sentence, each sentence's
own words and quoted words, and the actors' tone texts. Each distinct text is then
scored by the package's ``polarity_scores`` and by framing's ``Vader.compound``
(a fresh one, so its word table starts empty) and the two compared exactly
(``repr``, which tells 0.0 from -0.0). Prints the number of texts, of differences
(each one shown) and the CPU seconds of each scorer. Exit status 1 when any differ.
The data paths are arguments; nothing is written.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.analyzers import sentiment
from framing.analyzers.vader import Vader
from framing.pipeline import analyze_article, prepare
from framing.settings import Settings
from framing.text.readers import parse_article

SUFFIXES = {".txt", ".md", ".html", ".htm"}


def scored_texts(folders: list[Path]) -> list[str]:
    """Every distinct text the pipeline asks sentiment.score about, in first-asked order."""
    settings = Settings()
    prepare(settings)
    asked: dict[str, None] = {}
    real = sentiment.score

    def recording(text: str) -> float:
        asked[text] = None
        return real(text)

    sentiment.score = recording  # analyze() and framing.story.actor_tone look it up by name
    try:
        for folder in folders:
            for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
                article = parse_article(path.read_bytes(), name=str(path))
                analyze_article(article, settings)
    finally:
        sentiment.score = real
    return list(asked)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    folders = parser.parse_args().folders
    texts = scored_texts(folders)
    package = SentimentIntensityAnalyzer()
    started = time.process_time()
    expected = [package.polarity_scores(text)["compound"] for text in texts]
    package_seconds = time.process_time() - started
    ours = Vader()
    started = time.process_time()
    found = [ours.compound(text) for text in texts]
    our_seconds = time.process_time() - started
    differ = [(t, e, f) for t, e, f in zip(texts, expected, found) if repr(e) != repr(f)]
    for text, e, f in differ:
        print(f"differs: package {e!r}, framing {f!r}: {text!r}")
    print(f"{len(texts):,} distinct texts scored: {len(differ)} differences; CPU seconds: "
          f"package {package_seconds:.2f}, framing {our_seconds:.2f} "
          f"({package_seconds / our_seconds:.1f}x)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
