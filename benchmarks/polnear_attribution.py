"""Measure the attribution analyzer against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

Usage: python benchmarks/polnear_attribution.py DATA_DIR
       (DATA_DIR = the polnear-train folder: text/, attributions/)

Scoring (as in the data folder's README):
- cue and source: a predicted span is right when it overlaps a gold span of its
  label; recall is the share of gold spans overlapped by some predicted span;
- content: word-level precision, recall and F1 of the words inside Content spans;
- density: per article, the share of words inside gold Content spans against the
  analyzer's attributed-word share; Pearson r over articles.
One annotator file per article (the first in sorted order). Articles with an even
index in sorted order are the tuning half, odd ones are held out. Also prints
the mean time per article, a check that time grows linearly with length, and, on
the articles that two annotators marked, how far the second annotator agrees with
the first by the same scoring: the ceiling a system can be held to.
"""

from __future__ import annotations

import bisect
import statistics
import sys
import time
from pathlib import Path

from framing.analyzers import attribution
from framing.text.readers import parse_article
from framing.text.segment import words as word_spans

LABELS = ("Source", "Cue", "Content")


def read_gold(path: Path) -> dict[str, list[tuple[int, int]]]:
    """Spans per label from a brat .ann file, read by offsets (discontinuous spans split)."""
    gold: dict[str, list[tuple[int, int]]] = {label: [] for label in LABELS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        label, _, offsets = fields[1].partition(" ")
        if label not in gold:
            continue
        pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
        gold[label].append(pieces)
    return gold


def annotation_files(data_dir: Path) -> dict[str, list[Path]]:
    """Each article's annotation files, in sorted order, by the article's file stem."""
    files: dict[str, list[Path]] = {}
    for ann in sorted((data_dir / "attributions").glob("*.ann")):
        files.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return files


def pairs(data_dir: Path) -> list[tuple[Path, Path | None]]:
    """Each article with its first annotation file (None when it has none)."""
    files = annotation_files(data_dir)
    return [(text, files.get(text.stem, [None])[0])
            for text in sorted((data_dir / "text").glob("*.txt"))]


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s < be and bs < e for s, e in a for bs, be in b)


class Tally:
    def __init__(self) -> None:
        self.counts = {key: [0, 0, 0, 0] for key in ("cue", "source")}  # tp_pred, pred, tp_gold, gold
        self.words = [0, 0, 0]  # both, predicted, gold
        self.density: list[tuple[float, float]] = []

    def add(self, key: str, predicted: list[list[tuple[int, int]]], gold: list[list[tuple[int, int]]]) -> None:
        counts = self.counts[key]
        counts[0] += sum(any(overlaps(p, g) for g in gold) for p in predicted)
        counts[1] += len(predicted)
        counts[2] += sum(any(overlaps(p, g) for p in predicted) for g in gold)
        counts[3] += len(gold)

    def add_words(self, predicted: list[bool], gold: list[bool]) -> None:
        """Count the content words of one article, given per word whether each side covers it."""
        self.words[0] += sum(g and p for g, p in zip(gold, predicted))
        self.words[1] += sum(predicted)
        self.words[2] += sum(gold)

    def report(self, title: str) -> list[str]:
        lines = [f"{title} ({len(self.density)} articles)"]
        for key, (tp_pred, pred, tp_gold, gold) in self.counts.items():
            lines.append(f"  {key:8} " + _prf(tp_pred / pred if pred else 0, tp_gold / gold if gold else 0))
        both, pred, gold = self.words
        lines.append(f"  {'content':8} " + _prf(both / pred if pred else 0, both / gold if gold else 0))
        r = statistics.correlation(*zip(*self.density)) if len(self.density) > 2 else float("nan")
        lines.append(f"  density  Pearson r = {r:.3f}")
        return lines


def _prf(p: float, r: float) -> str:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def covered(words, spans: list[tuple[int, int]]) -> list[bool]:
    """For each word, whether it overlaps one of ``spans``."""
    spans = sorted(spans)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [m[0] for m in merged]
    flags = []
    for word in words:
        i = bisect.bisect_right(starts, word.end - 1) - 1
        flags.append(i >= 0 and merged[i][1] > word.start)
    return flags


def score_article(text_path: Path, ann_path: Path | None, settings, tallies: list[Tally]) -> float:
    data = text_path.read_bytes()
    article = parse_article(data, name=text_path.name)
    started = time.perf_counter()
    result = attribution.analyze(article, settings)
    elapsed = time.perf_counter() - started
    gold = read_gold(ann_path) if ann_path else {label: [] for label in LABELS}
    predicted_cues = [[(a.cue.start, a.cue.end)] for a in result.attributions if a.cue]
    predicted_sources = [[(a.source.start, a.source.end)] for a in result.attributions if a.source]
    words = word_spans(article.text)
    gold_words = covered(words, [piece for spans in gold["Content"] for piece in spans])
    predicted_words = covered(words, [(s.start, s.end) for s in result.attributed_spans()])
    for tally in tallies:
        tally.add("cue", predicted_cues, gold["Cue"])
        tally.add("source", predicted_sources, gold["Source"])
        tally.add_words(predicted_words, gold_words)
        tally.density.append((sum(gold_words) / max(1, len(words)), result.attributed_word_share))
    return elapsed


def agreement(data_dir: Path, settings) -> list[str]:
    """Annotator against annotator, and the analyzer against the first annotator, on
    the articles that have two annotation files (cue and source by overlap, content
    by words)."""
    humans, system = Tally(), Tally()
    for stem, (first, second, *_) in ((k, v) for k, v in annotation_files(data_dir).items()
                                      if len(v) > 1):
        text_path = data_dir / "text" / f"{stem}.txt"
        score_article(text_path, first, settings, [system])
        gold, other = read_gold(first), read_gold(second)
        humans.add("cue", other["Cue"], gold["Cue"])
        humans.add("source", other["Source"], gold["Source"])
        words = word_spans(parse_article(text_path.read_bytes(), name=text_path.name).text)
        gold_words = covered(words, [piece for spans in gold["Content"] for piece in spans])
        other_words = covered(words, [piece for spans in other["Content"] for piece in spans])
        humans.add_words(other_words, gold_words)
        humans.density.append((sum(gold_words) / max(1, len(words)), sum(other_words) / max(1, len(words))))
    return (humans.report("second annotator against the first, double-annotated articles")
            + system.report("analyzer against the first annotator, same articles"))


def linearity(text_path: Path, settings) -> list[str]:
    """Time one article repeated 1, 4 and 16 times: ms per 1,000 words should stay flat."""
    body = text_path.read_text(encoding="utf-8")
    lines = ["linearity (one article repeated; ms per 1,000 words should stay flat):"]
    for times in (1, 4, 16):
        article = parse_article("\n\n".join([body] * times).encode(), name="x.txt")
        started = time.perf_counter()
        attribution.analyze(article, settings)
        elapsed = (time.perf_counter() - started) * 1000
        lines.append(f"  x{times:<3} {len(article.words):6} words  {elapsed:8.1f} ms  "
                     f"{elapsed / len(article.words) * 1000:6.1f} ms/1000 words")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2])
        return 2
    data_dir = Path(argv[1])
    if not (data_dir / "text").is_dir() or not (data_dir / "attributions").is_dir():
        print(f"{data_dir}: no PolNeAR data here (expected text/ and attributions/); nothing to measure.")
        return 0
    settings = attribution.Settings()
    tuning, held_out, total = Tally(), Tally(), Tally()
    elapsed = []
    for index, (text_path, ann_path) in enumerate(pairs(data_dir)):
        half = tuning if index % 2 == 0 else held_out
        elapsed.append(score_article(text_path, ann_path, settings, [half, total]))
    for title, tally in (("tuning half (even index)", tuning), ("held-out half (odd index)", held_out),
                         ("total", total)):
        print("\n".join(tally.report(title)))
    print(f"mean {statistics.fmean(elapsed) * 1000:.1f} ms/article for attribution.analyze "
          f"(segmentation not included)")
    longest = max(pairs(data_dir), key=lambda pair: pair[0].stat().st_size)[0]
    print("\n".join(linearity(longest, settings)))
    print("\n".join(agreement(data_dir, settings)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
