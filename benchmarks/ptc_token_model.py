"""Would a learned model beat the loaded-language rules on the PTC? An experiment.

Usage: python benchmarks/ptc_token_model.py DATA_DIR [--words]

Not part of framing: it answers whether the F1 target of the loaded-language issue
could be reached by learning from the corpus instead of writing rules. It trains a
logistic regression (plain stochastic gradient descent, standard library only) that
labels each word of an article loaded or not, on the tuning half (even article IDs),
and scores it on the held-out half (odd IDs) exactly as
``ptc_loaded_language.py`` scores the analyzer: characters of the words it labels
loaded, joined across the space between two neighbours, against the trimmed
Loaded_Language and Name_Calling,Labeling characters.

Features of a word, all of them general rather than corpus-specific: the loaded-
language analyzer's category at that word and at its neighbours (so the model can
only add to what the rules know), VADER's valence of the word and of its neighbours
(in four bands), its last three letters, its length, its capitalisation, whether it
is in a direct quotation, in the headline, or in a line with "!" or "?". With
``--words`` the word itself is a feature too, which lets the model memorise words.
It prints precision, recall and F1 on both halves for a range of thresholds.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.analyzers import loaded_language
from framing.text.readers import parse_article
from ptc_loaded_language import char_prf, read_corpus_gold, trim

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
THRESHOLDS = (0.10, 0.15, 0.20, 0.25, 0.30)


class Word:
    __slots__ = ("article_id", "start", "end", "label", "features")

    def __init__(self, article_id, start, end, label, features):
        self.article_id, self.start, self.end = article_id, start, end
        self.label, self.features = label, features


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--words", action="store_true", help="use the word itself as a feature")
    parser.add_argument("--epochs", type=int, default=4)
    args = parser.parse_args()
    gold_spans = read_corpus_gold(args.data_dir)
    if gold_spans is None:
        return 0
    articles_dir = args.data_dir / "articles"
    valence = SentimentIntensityAnalyzer().lexicon
    settings = loaded_language.Settings()
    words: list[Word] = []
    texts, gold = {}, {}
    for path in sorted(articles_dir.glob("article*.txt")):
        article_id = int(path.stem.removeprefix("article"))
        article = parse_article(path.read_bytes(), name=str(path))
        texts[article_id] = article.text
        gold[article_id] = {i for start, end in gold_spans.get(article_id, ())
                            for i in range(*trim(article.text, start, end))}
        words.extend(article_words(article_id, article, settings, valence, gold[article_id],
                                   args.words))
    tuning = [w for w in words if w.article_id % 2 == 0]
    held_out = [w for w in words if w.article_id % 2 == 1]
    weights = train(tuning, args.epochs)
    print(f"{len(tuning)} words to learn from, {len(weights)} features"
          f"{' (words included)' if args.words else ''}")
    for threshold in THRESHOLDS:
        figures = [score(part, weights, threshold, texts, gold) for part in (tuning, held_out)]
        print(f"threshold {threshold:.2f}  " + "  ".join(
            f"{name} P {p:.3f} R {r:.3f} F1 {f:.3f}"
            for name, (p, r, f) in zip(("tuning", "held-out"), figures)))
    return 0


def article_words(article_id, article, settings, valence, gold_chars, with_words) -> list[Word]:
    text = article.text
    category: dict[int, str] = {}
    for span in loaded_language.analyze(article, settings).spans:
        for i in range(span.span.start, span.span.end):
            category.setdefault(i, span.category)
    quoted = {i for q in article.quotes for i in range(q.content.start, q.content.end)}
    headline_end = article.headline.end if article.headline else 0
    found = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]

    def band(word: str) -> str:
        value = valence.get(word.lower())
        return "none" if value is None else ("-" if value < 0 else "+") + str(min(3, round(abs(value))))

    result = []
    for k, (start, end, word) in enumerate(found):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        before = found[k - 1] if k else None
        after = found[k + 1] if k + 1 < len(found) else None
        features = [
            "bias",
            "category=" + category.get(start, "none"),
            "before category=" + (category.get(before[0], "none") if before else "start"),
            "after category=" + (category.get(after[0], "none") if after else "end"),
            "valence=" + band(word),
            "before valence=" + (band(before[2]) if before else "start"),
            "after valence=" + (band(after[2]) if after else "end"),
            "suffix=" + word[-3:].lower(),
            "length=" + str(min(4, len(word) // 3)),
            "case=" + ("upper" if word.isupper() and len(word) > 1
                       else "title" if word[0].isupper() else "lower"),
        ]
        features += [name for name, on in (("quoted", start in quoted),
                                           ("headline", start < headline_end),
                                           ("exclamation", "!" in line),
                                           ("question", "?" in line)) if on]
        if with_words:
            features.append("word=" + word.lower())
        result.append(Word(article_id, start, end, start in gold_chars, features))
    return result


def train(words: list[Word], epochs: int, rate: float = 0.05, l2: float = 1e-6) -> dict[str, float]:
    weights: dict[str, float] = {}
    order = list(range(len(words)))
    shuffle = random.Random(0).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            word = words[i]
            error = probability(word, weights) - word.label
            for name in word.features:
                weight = weights.get(name, 0.0)
                weights[name] = weight - rate * (error + l2 * weight)
    return weights


def probability(word: Word, weights: dict[str, float]) -> float:
    z = sum(weights.get(name, 0.0) for name in word.features)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def score(words, weights, threshold, texts, gold) -> tuple[float, float, float]:
    predicted: dict[int, set[int]] = {}
    previous_end: dict[int, int | None] = {}
    for word in words:
        chars = predicted.setdefault(word.article_id, set())
        if probability(word, weights) < threshold:
            previous_end[word.article_id] = None
            continue
        chars.update(range(word.start, word.end))
        last = previous_end.get(word.article_id)
        gap = texts[word.article_id][last:word.start] if last is not None else "\n"
        if len(gap) <= 2 and "\n" not in gap:
            chars.update(range(last, word.start))
        previous_end[word.article_id] = word.end
    return char_prf([(chars, gold[a]) for a, chars in predicted.items()])


if __name__ == "__main__":
    sys.exit(main())
