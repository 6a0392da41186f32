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
terms per 1,000 words (terms, as the densities count them, not highlighted phrases) and
gold Loaded_Language + Name_Calling spans per 1,000 words.
Speed: mean milliseconds per article of ``loaded_language.analyze`` and ``sentiment.analyze``
on the same parsed articles (the lexicon is compiled before timing starts).

Articles with an even ID are the half the rules were tuned on; odd IDs are held out.
Cross-validation: the articles are also split into K folds (``--folds``, default 5) by
topic, so that articles on one story stay in one fold: an article's topic is the
capitalised word it uses most often ("Kavanaugh", "Iran", "Ebola"), and topics are dealt
to the folds largest first, each to the fold with fewest articles. PTC has no outlet
metadata, so topic is the grouping it allows. Each fold's P, R, F1 and Spearman are
printed, then their mean, standard deviation and range. ``ptc_lexicon_selection.py``
uses the same folds to choose lexicon entries.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
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
    parser.add_argument("--folds", type=int, default=5, help="folds of the cross-validation")
    parser.add_argument("--details", action="store_true",
                        help="print the most frequent false positives and missed gold spans")
    args = parser.parse_args()
    corpus = read_corpus(args.data_dir)
    if corpus is None:
        return 0
    scored = set(loaded_language.WORDING) | ({"scare_quote"} if args.scare_quotes else set())
    settings, tone = loaded_language.Settings(), sentiment.Settings()
    loaded_language.analyze(corpus[0].article, settings)  # compile the lexicon before timing
    sentiment.analyze(corpus[0].article, tone)

    rows = []
    timings = {"loaded_language": 0.0, "sentiment": 0.0}
    for item in corpus:
        started = time.perf_counter()
        rows.append(score_article(item, settings, scored))
        timings["loaded_language"] += time.perf_counter() - started
        started = time.perf_counter()
        sentiment.analyze(item.article, tone)
        timings["sentiment"] += time.perf_counter() - started

    print_halves(rows)
    print_folds(rows, topic_folds(corpus, args.folds))
    count = len(corpus)
    print(f"mean time per article: loaded_language {timings['loaded_language'] * 1000 / count:.2f} ms, "
          f"sentiment {timings['sentiment'] * 1000 / count:.2f} ms")
    if args.details:
        details(rows)
    return 0


class Item:
    """One PTC article, parsed, with its trimmed gold spans."""

    def __init__(self, article_id, article, gold):
        self.article_id, self.article, self.gold = article_id, article, gold


def read_corpus(data_dir: Path) -> list[Item] | None:
    """The parsed articles of a PTC folder with their gold spans, or None (with a message)."""
    gold_spans = read_corpus_gold(data_dir)
    if gold_spans is None:
        return None
    corpus = []
    for path in sorted((data_dir / "articles").glob("article*.txt")):
        article_id = int(path.stem.removeprefix("article"))
        article = parse_article(path.read_bytes(), name=str(path))
        corpus.append(Item(article_id, article, [trim(article.text, start, end)
                                                 for start, end in gold_spans.get(article_id, ())]))
    return corpus


def score_article(item: Item, settings, scored) -> Row:
    result = loaded_language.analyze(item.article, settings)
    predicted = [s for s in result.spans if s.category in scored]
    return Row(item.article_id, item.article.text, predicted, item.gold, max(1, result.words))


def figures(rows: list[Row]) -> tuple[float, float, float, float]:
    """Precision, recall, F1 and density Spearman of some articles."""
    p, r, f = prf(rows)
    rho = spearman([x.terms * 1000 / x.words for x in rows],
                   [len(x.gold) * 1000 / x.words for x in rows])
    return p, r, f, rho


def print_halves(rows: list[Row]) -> None:
    for name, part in (("tuning half (even IDs)", [r for r in rows if r.article_id % 2 == 0]),
                       ("held-out half (odd IDs)", [r for r in rows if r.article_id % 2 == 1]),
                       ("all articles", rows)):
        p, r, f, rho = figures(part)
        print(f"{name:25} {len(part):4} articles  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"Spearman {rho:.3f}")


def print_folds(rows: list[Row], folds: dict[int, int]) -> list[tuple[float, ...]]:
    """Each fold's figures, then their mean, standard deviation and range; returns them."""
    per_fold = []
    for fold in sorted(set(folds.values())):
        part = [r for r in rows if folds[r.article_id] == fold]
        per_fold.append(figures(part))
        p, r, f, rho = per_fold[-1]
        print(f"fold {fold + 1} {len(part):17} articles  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"Spearman {rho:.3f}")
    print("cross-validated (mean ± sd, min–max over folds):")
    for name, values in zip(("P", "R", "F1", "Spearman"), zip(*per_fold)):
        print(f"  {name:9} {statistics.mean(values):.3f} ± {statistics.stdev(values):.3f}  "
              f"({min(values):.3f}–{max(values):.3f})")
    return per_fold


_TOPIC_RE = re.compile(r"(?<![.!?\n]\s)(?<!^)\b([A-Z][a-z]{3,})\b", re.M)
_NOT_TOPICS = frozenset(
    "According After Also Before From However More Most Other President Some That Their Then "
    "There These They This Those What When Where Which While With".split())


def topic(text: str) -> str:
    """The capitalised word (not opening a sentence) an article uses most: its topic."""
    counts = Counter(w for w in _TOPIC_RE.findall(text) if w not in _NOT_TOPICS)
    return counts.most_common(1)[0][0] if counts else ""


def topic_folds(corpus: list[Item], k: int) -> dict[int, int]:
    """Article ID -> fold (0 to k-1), articles of one topic in one fold, folds balanced."""
    topics: dict[str, list[int]] = defaultdict(list)
    for item in corpus:
        topics[topic(item.article.text)].append(item.article_id)
    sizes = [0] * k
    folds = {}
    for name, ids in sorted(topics.items(), key=lambda t: (-len(t[1]), t[0])):
        fold = sizes.index(min(sizes))
        sizes[fold] += len(ids)
        folds.update((i, fold) for i in ids)
    return folds


class Row:
    def __init__(self, article_id, text, predicted, gold, words):
        self.article_id, self.text, self.predicted, self.gold, self.words = (
            article_id, text, predicted, gold, words)
        self.predicted_chars = {i for s in predicted for i in range(s.span.start, s.span.end)}
        self.gold_chars = {i for start, end in gold for i in range(start, end)}
        # what the densities count: the terms of the scored categories, not the phrases
        scored = {s.category for s in predicted}
        self.terms = sum(t.category in scored for s in predicted for t in s.terms)


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
