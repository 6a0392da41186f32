"""Measure the loaded-language analyzer against the Propaganda Techniques Corpus.

Usage: python benchmarks/ptc_loaded_language.py DATA_DIR [--details]

DATA_DIR is the PTC train split laid out as ``articles/article<ID>.txt`` and
``labels.tsv`` (Da San Martino et al., EMNLP 2019; SemEval-2020 Task 11). The data
is not part of framing; without it the script says so and exits cleanly.

Scoring (character level, micro-averaged over articles):
- gold: characters inside Loaded_Language or Name_Calling,Labeling spans, each span
  trimmed of `` \\n.,:;`` at both ends;
- predicted: characters inside the analyzer's ``emotive`` and ``label`` spans (loaded
  wording). Hedges, stance verbs and intensifiers on their own are other techniques
  and are not scored; scare quotes are not scored either (they mark distancing, which
  PTC files under several techniques), but ``--scare-quotes`` adds them to see the effect;
- precision, recall and F1 over the two character sets; the headline counts like the body.
Density: Spearman's rank correlation over articles between the analyzer's loaded-wording
terms per 1,000 words and gold Loaded_Language + Name_Calling spans per 1,000 words.
Speed: mean milliseconds per article of ``loaded_language.analyze`` and ``sentiment.analyze``
on the same parsed articles (the lexicon is compiled before timing starts).

Articles with an even ID are the half the rules were tuned on; odd IDs are held out.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from framing.analyzers import loaded_language, sentiment
from framing.text.readers import parse_article

GOLD_TECHNIQUES = {"Loaded_Language", "Name_Calling,Labeling"}
TRIM = " \n.,:;"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--scare-quotes", action="store_true",
                        help="score scare quotes as loaded wording too")
    parser.add_argument("--details", action="store_true",
                        help="print the most frequent false positives and missed gold spans")
    args = parser.parse_args()
    gold_spans = read_corpus_gold(args.data_dir)
    if gold_spans is None:
        return 0
    articles_dir = args.data_dir / "articles"
    scored = set(loaded_language.WORDING) | ({"scare_quote"} if args.scare_quotes else set())
    settings, tone = loaded_language.Settings(), sentiment.Settings()
    paths = sorted(articles_dir.glob("article*.txt"))
    articles = [(int(p.stem.removeprefix("article")), parse_article(p.read_bytes(), name=str(p)))
                for p in paths]
    loaded_language.analyze(articles[0][1], settings)  # compile the lexicon before timing
    sentiment.analyze(articles[0][1], tone)

    rows = []
    timings = {"loaded_language": 0.0, "sentiment": 0.0}
    for article_id, article in articles:
        started = time.perf_counter()
        result = loaded_language.analyze(article, settings)
        timings["loaded_language"] += time.perf_counter() - started
        started = time.perf_counter()
        sentiment.analyze(article, tone)
        timings["sentiment"] += time.perf_counter() - started
        predicted = [s for s in result.spans if s.category in scored]
        gold = [trim(article.text, start, end) for start, end in gold_spans.get(article_id, ())]
        rows.append(Row(article_id, article.text, predicted, gold, max(1, result.words)))

    for name, part in (("tuning half (even IDs)", [r for r in rows if r.article_id % 2 == 0]),
                       ("held-out half (odd IDs)", [r for r in rows if r.article_id % 2 == 1]),
                       ("all articles", rows)):
        p, r, f = prf(part)
        rho = spearman([len(x.predicted) * 1000 / x.words for x in part],
                       [len(x.gold) * 1000 / x.words for x in part])
        print(f"{name:25} {len(part):4} articles  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"Spearman {rho:.3f}")
    count = len(articles)
    print(f"mean time per article: loaded_language {timings['loaded_language'] * 1000 / count:.2f} ms, "
          f"sentiment {timings['sentiment'] * 1000 / count:.2f} ms")
    if args.details:
        details(rows)
    return 0


class Row:
    def __init__(self, article_id, text, predicted, gold, words):
        self.article_id, self.text, self.predicted, self.gold, self.words = (
            article_id, text, predicted, gold, words)
        self.predicted_chars = {i for s in predicted for i in range(s.span.start, s.span.end)}
        self.gold_chars = {i for start, end in gold for i in range(start, end)}


def read_corpus_gold(data_dir: Path) -> dict[int, list[tuple[int, int]]] | None:
    """The gold spans of a PTC folder, or None (with a message) when it holds no PTC data."""
    if not (data_dir / "articles").is_dir() or not (data_dir / "labels.tsv").is_file():
        print(f"{data_dir}: no PTC data here (expected articles/ and labels.tsv); nothing to measure.")
        return None
    return read_gold(data_dir / "labels.tsv")


def read_gold(path: Path) -> dict[int, list[tuple[int, int]]]:
    spans = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        article_id, technique, start, end = line.split("\t")
        if technique in GOLD_TECHNIQUES:
            spans[int(article_id)].append((int(start), int(end)))
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def prf(rows: list[Row]) -> tuple[float, float, float]:
    return char_prf([(r.predicted_chars, r.gold_chars) for r in rows])


def char_prf(articles: list[tuple[set[int], set[int]]]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1 over (predicted, gold) character sets."""
    hits = sum(len(predicted & gold) for predicted, gold in articles)
    predicted = sum(len(chars) for chars, _ in articles)
    gold = sum(len(chars) for _, chars in articles)
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def ranks(values: list[float]) -> list[float]:
    """Ranks from 1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rho: Pearson's r of the ranks."""
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    var = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return cov / var if var else 0.0


def details(rows: list[Row], top: int = 40) -> None:
    """Entries that most often land outside gold spans, and gold spans nothing touched
    (tuning half only, so that the held-out half stays unseen)."""
    wrong, right, missed = defaultdict(int), defaultdict(int), defaultdict(int)
    for row in rows:
        if row.article_id % 2:
            continue
        for s in row.predicted:
            inside = sum(i in row.gold_chars for i in range(s.span.start, s.span.end))
            right[s.entry] += inside
            wrong[s.entry] += len(s.span) - inside
        for start, end in row.gold:
            if not any(i in row.predicted_chars for i in range(start, end)):
                missed[row.text[start:end].lower()] += 1
    print("\nentries with most characters outside gold (wrong / right):")
    for entry in sorted(wrong, key=lambda e: -wrong[e])[:top]:
        print(f"  {entry:30} {wrong[entry]:5} / {right[entry]}")
    print("\nmissed gold spans:")
    for text in sorted(missed, key=lambda t: -missed[t])[:top]:
        print(f"  {missed[text]:3} {text[:70]!r}")


if __name__ == "__main__":
    sys.exit(main())
