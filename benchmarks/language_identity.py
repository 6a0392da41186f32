"""framing's language detection against py3langid's: the same answers, and how fast.

    python benchmarks/language_identity.py DATA [DATA ...]

Each DATA is a folder (its ``.txt``, ``.md`` and ``.html`` files, recursively) or a
file; the paths are arguments and nothing is written in the repository. For every
text, cut to the first ``language.SAMPLE_CHARS`` characters as ``detect`` cuts it,
framing's ``LanguageModel.classify`` must give py3langid's label and the same
probability to the last bit (``float.hex``). It prints how many texts agree, the
CPU seconds (``time.process_time``) each takes over all texts, and the model's
load time both ways: py3langid's (LZMA decompression) and framing's (from its
cache; built first if missing). Exit status 1 when any text differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from framing.text.language import SAMPLE_CHARS
from framing.text.language_model import LanguageModel, load_arrays

SUFFIXES = {".txt", ".md", ".html", ".htm"}


def texts(names: list[str]) -> list[tuple[str, str]]:
    found = []
    for name in names:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES) \
            if path.is_dir() else [path]
        found += [(str(p), p.read_text(encoding="utf-8", errors="replace")[:SAMPLE_CHARS])
                  for p in files]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", help="folders or files of articles")
    args = parser.parse_args(argv)
    items = texts(args.data)

    load_arrays()  # build the cache first if it is missing: the timing below reads it
    started = time.perf_counter()
    model = LanguageModel(load_arrays())
    framing_load = time.perf_counter() - started
    started = time.perf_counter()
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    py3langid_load = time.perf_counter() - started

    started = time.process_time()
    expected = [reference.classify(text) for _, text in items]
    py3langid_cpu = time.process_time() - started
    started = time.process_time()
    answers = [model.classify(text) for _, text in items]
    framing_cpu = time.process_time() - started

    differ = [(name, want, got) for (name, _), want, got in zip(items, expected, answers)
              if (want[0], float(want[1]).hex()) != (got[0], got[1].hex())]
    for name, want, got in differ[:20]:
        print(f"DIFFERS {name}: py3langid {want}, framing {got}")
    print(f"{len(items) - len(differ)} of {len(items)} texts: the same label and probability bits")
    print(f"classify, CPU: py3langid {py3langid_cpu:.2f} s, framing {framing_cpu:.2f} s "
          f"({py3langid_cpu / max(framing_cpu, 1e-9):.1f}x)")
    print(f"model load, wall: py3langid {py3langid_load:.3f} s, framing (cached) {framing_load:.3f} s")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
