"""Choose the loaded-language lexicon entries that hold up on articles they were not tuned on.

Usage: python benchmarks/ptc_lexicon_selection.py DATA_DIR [--threshold T] [--min-count N]
                                                  [--sweep] [--apply]

DATA_DIR is the PTC train split, as for ``ptc_loaded_language.py`` (same scoring, same
topic folds). For every emotive and label entry (the scored categories) the script
measures, in each fold, its matches' character precision: the share of the characters
of the words it matched that lie inside annotated Loaded_Language or
Name_Calling,Labeling spans. The rule:

    an entry seen at least N times (--min-count, default 3) in the folds used is kept
    only if its precision is at least T (--threshold, default 0.2) in at least half of
    the folds where it occurs, and its pooled precision over those folds is at least T;
    an entry seen fewer times is kept (too little evidence to judge a general word).

The rule's effect is measured honestly with nested cross-validation: for each fold,
entries are chosen on the other folds and the analyzer, without the dropped entries,
is scored on that fold. The even/odd analogue chooses on the even half and scores
the odd half. ``--sweep`` prints both for a range of thresholds. It also prints, per fold,
the precision of the characters the phrase rules add around the matched terms
(``framing.lexicon.phrases``): growth pays off in F1 where it is above F1 / 2. ``--rules``
switches the phrase rules off one at a time and prints, per fold, the precision of the
characters each rule adds and the F1 it gains: a rule holds up where its added characters
are precise beyond F1 / 2 in most folds. Finally the rule is
applied to all folds and the entries to drop are printed, one ``term<TAB>category``
a line; ``--apply`` removes them from the lexicon files in framing/data/.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

from framing.analyzers import loaded_language
from framing.lexicon.matcher import builtin_files, subwords
from ptc_loaded_language import Item, figures, read_corpus, score_article, topic_folds

SCORED = set(loaded_language.WORDING)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3)

# entry -> fold -> [characters inside gold, characters matched, matches]
Stats = dict[tuple[str, str], dict[int, list[int]]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--threshold", type=float, default=0.2)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sweep", action="store_true", help="measure a range of thresholds")
    parser.add_argument("--rules", action="store_true", help="measure each phrase rule by fold")
    parser.add_argument("--apply", action="store_true",
                        help="remove the dropped entries from framing/data/loaded_*.tsv")
    args = parser.parse_args()
    corpus = read_corpus(args.data_dir)
    if corpus is None:
        return 0
    folds = topic_folds(corpus, args.folds)
    halves = {item.article_id: item.article_id % 2 for item in corpus}
    stats, half_stats = entry_stats(corpus, folds), entry_stats(corpus, halves)
    k = args.folds
    print(growth_precision(corpus, folds, k))
    if args.rules:
        print(rule_effects(corpus, folds, k))
    print(measure(corpus, folds, k, halves, stats, half_stats, None, args.min_count))
    for threshold in (THRESHOLDS if args.sweep else (args.threshold,)):
        print(measure(corpus, folds, k, halves, stats, half_stats, threshold, args.min_count))
    dropped = select(stats, range(k), args.threshold, args.min_count)
    print(f"\n{len(dropped)} entries to drop (threshold {args.threshold}, "
          f"min count {args.min_count}, all {k} folds):")
    for term, category in sorted(dropped):
        print(f"{term}\t{category}")
    if args.apply:
        remove_entries(dropped)
    return 0


def entry_stats(corpus: list[Item], folds: dict[int, int]) -> Stats:
    """Each scored entry's matched characters inside gold, per fold."""
    lexicon = loaded_language.load_lexicon(loaded_language.Settings())
    stats: Stats = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for item in corpus:
        text = item.article.text
        gold = {i for start, end in item.gold for i in range(start, end)}
        for match in lexicon.match(text, subwords(text, item.article.words)):
            if match.entry.category not in SCORED:
                continue
            cell = stats[(match.entry.term, match.entry.category)][folds[item.article_id]]
            cell[0] += sum(i in gold for i in range(match.start, match.end))
            cell[1] += match.end - match.start
            cell[2] += 1
    return stats


def growth_precision(corpus: list[Item], folds: dict[int, int], k: int) -> str:
    """Per fold, the share of the characters that phrase growth adds to the matched
    terms (scored categories) that lie inside annotated spans."""
    settings = loaded_language.Settings()
    lexicon = loaded_language.load_lexicon(settings)
    hits, added = [0] * k, [0] * k
    for item in corpus:
        text = item.article.text
        gold = {i for start, end in item.gold for i in range(start, end)}
        terms = {i for m in lexicon.match(text, subwords(text, item.article.words))
                 for i in range(m.start, m.end)}
        grown = {i for s in score_article(item, settings, SCORED).predicted
                 for i in range(s.span.start, s.span.end)} - terms
        fold = folds[item.article_id]
        hits[fold] += len(grown & gold)
        added[fold] += len(grown)
    return "phrase growth, precision of the added characters per fold: " + "  ".join(
        f"{h / a:.3f}" for h, a in zip(hits, added))


# each phrase rule and how to switch it off (a module constant of framing.lexicon.phrases)
RULES = {
    "degree words before the term": ("_is_degree_word", lambda *args: False),
    "article or possessive before": ("_DETERMINERS", frozenset()),
    "words described after": ("_DESCRIBED_WORDS", 0),
    "'of' complement": ("_COMPLEMENT_WORDS", 0),
    "bridge to the next phrase": ("_BRIDGED_WORDS", -1),
}


def rule_effects(corpus: list[Item], folds: dict[int, int], k: int) -> str:
    """Per rule and fold: precision of the characters the rule adds, and F1 with minus
    F1 without it."""
    phrases = sys.modules["framing.lexicon.phrases"]  # the package re-exports its function
    settings = loaded_language.Settings()
    full = {item.article_id: score_article(item, settings, SCORED) for item in corpus}
    lines = []
    for name, (attribute, off) in RULES.items():
        kept = getattr(phrases, attribute)
        setattr(phrases, attribute, off)
        try:
            without = {item.article_id: score_article(item, settings, SCORED) for item in corpus}
        finally:
            setattr(phrases, attribute, kept)
        cells = []
        for fold in range(k):
            ids = [i for i in full if folds[i] == fold]
            added = [full[i].predicted_chars - without[i].predicted_chars for i in ids]
            hits = sum(len(a & full[i].gold_chars) for a, i in zip(added, ids))
            total = sum(map(len, added))
            gain = figures([full[i] for i in ids])[2] - figures([without[i] for i in ids])[2]
            cells.append(f"{hits / total if total else 0:.2f} {gain:+.3f}")
        lines.append(f"  {name:30} " + "  ".join(cells))
    return ("phrase rules, per fold: precision of the characters added, F1 gained\n"
            + "\n".join(lines))


def select(stats: Stats, used, threshold: float, min_count: int) -> set[tuple[str, str]]:
    """The entries to drop, judged on the folds ``used`` (see the module docstring)."""
    used = set(used)
    dropped = set()
    for entry, by_fold in stats.items():
        cells = [cell for fold, cell in by_fold.items() if fold in used and cell[2]]
        if sum(c[2] for c in cells) < min_count:
            continue
        precise = sum(c[0] >= threshold * c[1] for c in cells)
        pooled = sum(c[0] for c in cells) / sum(c[1] for c in cells)
        if precise * 2 < len(cells) or pooled < threshold:
            dropped.add(entry)
    return dropped


def measure(corpus, folds, k, halves, stats, half_stats, threshold, min_count) -> str:
    """Nested cross-validation and the even/odd analogue of the rule at ``threshold``
    (None: the lexicon as shipped)."""
    per_fold = []
    for fold in range(k):
        part = [item for item in corpus if folds[item.article_id] == fold]
        dropped = (set() if threshold is None
                   else select(stats, set(range(k)) - {fold}, threshold, min_count))
        per_fold.append(figures(score_part(part, dropped)))
    odd = [item for item in corpus if halves[item.article_id] == 1]
    dropped = set() if threshold is None else select(half_stats, {0}, threshold, min_count)
    held_out = figures(score_part(odd, dropped))
    name = "as shipped" if threshold is None else f"threshold {threshold:.2f}"
    means = [(statistics.mean(v), statistics.stdev(v), min(v), max(v)) for v in zip(*per_fold)]
    return (f"{name:15} CV " + "  ".join(f"{n} {m:.3f}±{s:.3f} ({lo:.2f}–{hi:.2f})"
                                          for n, (m, s, lo, hi) in
                                          zip(("P", "R", "F1", "rho"), means))
            + f"  | odd half P {held_out[0]:.3f} R {held_out[1]:.3f} F1 {held_out[2]:.3f} "
              f"rho {held_out[3]:.3f}  (drops {len(dropped)} on the even half)")


def score_part(part: list[Item], dropped: set[tuple[str, str]]):
    settings = loaded_language.Settings(exclude=tuple(sorted({term for term, _ in dropped})))
    return [score_article(item, settings, SCORED) for item in part]


def remove_entries(dropped: set[tuple[str, str]]) -> None:
    """Delete the dropped entries' lines from the shipped lexicon files."""
    for path in builtin_files():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = []
        for line in lines:
            fields = line.split("#")[0].strip().split("\t")
            if len(fields) >= 2 and (" ".join(fields[0].lower().split()), fields[1].strip()) in dropped:
                continue
            kept.append(line)
        if len(kept) != len(lines):
            path.write_text("".join(kept), encoding="utf-8")
            print(f"{path.name}: {len(lines) - len(kept)} entries removed")


if __name__ == "__main__":
    sys.exit(main())
