"""Time and peak memory of `framing analyze` on pathological inputs just under 1 MB.

Each input is written to a temporary folder and analysed in a fresh process
(analysis only: no report is rendered). Prints one line per input: seconds of
wall time and the process's peak resident memory. The target is at most 10 s
for any input under 1 MB.

    python benchmarks/hostile_inputs.py            # every case
    python benchmarks/hostile_inputs.py brackets   # cases whose name contains "brackets"
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = 999_000  # bytes: "under 1 MB"
ROOT = Path(__file__).resolve().parent.parent
PROSE = (ROOT / "examples" / "wire-report.txt").read_text(encoding="utf-8")


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


CASES: dict[str, tuple[str, str]] = {
    # name: (file name, content)
    "80,000 [ (txt)": ("brackets.txt", "Headline\n\n" + "[" * 80_000 + "\n"),
    "80,000 [ (md)": ("brackets.md", "# Headline\n\n" + "[" * 80_000 + "\n"),
    "1 MB of [ (md)": ("brackets-1mb.md", "# Headline\n\n" + _fill("[", SIZE - 20) + "\n"),
    "1 MB of ![ (md)": ("images-1mb.md", "# Headline\n\n" + _fill("![", SIZE - 20) + "\n"),
    "1 MB of [a]( (md)": ("links-1mb.md", "# Headline\n\n" + _fill("[a](", SIZE - 20) + "\n"),
    "1 MB line without spaces": ("nospace.txt", _fill("lorem,ipsum.dolor;sit-amet:")),
    "1 MB word": ("word.txt", _fill("abcdefghij")),
    '1 MB of "': ("quotes.txt", _fill('"')),
    "100,000 short lines": ("lines.txt", _fill("Line here.\n", 100_000 * 11)[:SIZE]),
    "1 MB of 'A. '": ("initials.txt", _fill("A. ")),
    "1 MB of prose (reference)": ("prose.txt", _fill(PROSE + "\n\n")),
}


def run(path: Path, timeout: float) -> tuple[float, float, int | None]:
    """Seconds, peak resident MB and exit code (None on timeout) of one analysis."""
    framing = Path(sys.executable).with_name("framing")
    started = time.perf_counter()
    process = subprocess.Popen([str(framing), "analyze", str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            seconds = time.perf_counter() - started
            return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)
        if time.perf_counter() > deadline:
            process.kill()
            _, _, usage = os.wait4(process.pid, 0)
            return time.perf_counter() - started, usage.ru_maxrss / 1024, None
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="?", default="", help="run only cases whose name holds this")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a case is killed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'input':28} {'bytes':>9} {'seconds':>8} {'peak MB':>8}  exit")
        for name, (file_name, content) in CASES.items():
            if args.only not in name:
                continue
            path = Path(folder) / file_name
            path.write_text(content, encoding="utf-8")
            seconds, peak, code = run(path, args.timeout)
            shown = "timeout" if code is None else str(code)
            print(f"{name:28} {path.stat().st_size:>9,} {seconds:>8.1f} {peak:>8.0f}  {shown}",
                  flush=True)


if __name__ == "__main__":
    main()
