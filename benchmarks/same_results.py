"""Check that a change leaves framing's numbers exactly as they were.

Runs ``framing analyze --json`` (the real command, in this process) over the
given texts, eight files per call as the command allows, and either saves the
JSON documents as a baseline or compares them with one saved earlier, printing
every difference by its path in the document. Sentence boundaries that moved
are listed on their own, as the old and the new sentence, since a changed
boundary changes many figures at once.

    python benchmarks/same_results.py examples/* DATA/text --save /tmp/baseline.json
    python benchmarks/same_results.py examples/* DATA/text --against /tmp/baseline.json

A folder argument means the ``.txt``, ``.md`` and ``.html`` files in it,
sorted. Exit status 1 when anything differs. The data path is an argument and
nothing is written inside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from click.testing import CliRunner

from framing.cli import main

BATCH = 8  # the most files one `framing analyze` call takes
SUFFIXES = {".txt", ".md", ".html", ".htm"}
SHOWN = 40  # differences printed per batch


def inputs(names: list[str]) -> list[list[str]]:
    """Batches of files: each folder on its own, cut into calls of BATCH files."""
    batches: list[list[str]] = []
    loose: list[str] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            files = sorted(str(p) for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
            batches += [files[i:i + BATCH] for i in range(0, len(files), BATCH)]
        else:
            loose.append(name)
    return [loose[i:i + BATCH] for i in range(0, len(loose), BATCH)] + batches


def run(files: list[str]) -> dict:
    result = CliRunner().invoke(main, ["analyze", "--json", "--lang", "en", *files])
    if result.exit_code != 0:
        raise SystemExit(f"framing analyze failed on {files}: {result.output}{result.exception!r}")
    return json.loads(result.stdout)


def differences(old, new, where: str = "") -> list[str]:
    """Every place where ``new`` is not ``old``, as 'path: old -> new'."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in old.keys() | new.keys():
            if key not in new:
                found.append(f"{where}/{key}: removed")
            elif key not in old:
                found.append(f"{where}/{key}: added")
            else:
                found += differences(old[key], new[key], f"{where}/{key}")
        return found
    if isinstance(old, list) and isinstance(new, list):
        found = [] if len(old) == len(new) else [f"{where}: {len(old)} items -> {len(new)}"]
        for i, (a, b) in enumerate(zip(old, new)):
            found += differences(a, b, f"{where}[{i}]")
        return found
    return [] if old == new and type(old) is type(new) else [f"{where}: {old!r} -> {new!r}"]


def moved_boundaries(old: dict, new: dict) -> list[str]:
    """Sentences of each article that are in one run and not the other."""
    lines = []
    for a, b in zip(old["articles"], new["articles"]):
        before = {(s["start"], s["end"]) for s in a["sentences"]}
        after = {(s["start"], s["end"]) for s in b["sentences"]}
        if before != after:
            text = a["text"]
            lines.append(f"{a['path']}:")
            lines += [f"  - {text[s:e]!r}" for s, e in sorted(before - after)]
            lines += [f"  + {text[s:e]!r}" for s, e in sorted(after - before)]
    return lines


def main_(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="article files and folders of them")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write the baseline here")
    what.add_argument("--against", type=Path, help="compare with this baseline")
    args = parser.parse_args(argv)
    documents = {" ".join(batch): run(batch) for batch in inputs(args.paths)}
    if args.save:
        args.save.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(documents)} runs, "
              f"{sum(len(d['articles']) for d in documents.values())} articles to {args.save}")
        return 0
    baseline = json.loads(args.against.read_text(encoding="utf-8"))
    changed = 0
    for key in baseline.keys() | documents.keys():
        if key not in documents or key not in baseline:
            print(f"{key[:80]}…: only in {'the baseline' if key in baseline else 'this run'}")
            changed += 1
            continue
        found = differences(baseline[key], documents[key])
        if found:
            changed += 1
            print(f"{len(found)} differences in the run over {key[:80]}…")
            print("\n".join(moved_boundaries(baseline[key], documents[key])))
            print("\n".join(f"  {line}" for line in found[:SHOWN]))
    articles = sum(len(d["articles"]) for d in documents.values())
    print(f"{len(documents) - changed} of {len(documents)} runs identical ({articles} articles)")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main_())
