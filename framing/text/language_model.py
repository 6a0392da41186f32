"""py3langid's language model, loaded fast and run over a whole text at once.

py3langid (a naive Bayes model over byte n-grams) finds a text's n-grams by
walking an Aho-Corasick automaton one byte at a time in a Python loop, and
loads its model by decompressing 48 MB of LZMA on every start (0.5 s). This
module gives the same answers, to the bit, faster:

- **The scan.** In an Aho-Corasick automaton the state after a byte is the
  longest suffix of the text so far that begins some n-gram, so it depends only
  on the last ``SCAN_DEPTH`` bytes (the longest n-gram's length). Starting every
  position from the start state ``SCAN_DEPTH`` bytes back and taking
  ``SCAN_DEPTH`` steps for all positions at once with numpy gives each
  position's state; the model's output table turns states into n-gram counts.
  The counts are listed in the order py3langid's ``Counter`` lists them (first
  occurrence), so the score is the same sum in the same order.
  ``tests/test_language_model.py`` checks the depth on the shipped model (every
  start state reaches the same state after ``SCAN_DEPTH`` bytes) and the
  answers against py3langid's.
- **The load.** The first load decompresses the model as py3langid does and
  keeps the arrays as plain ``.npy`` files in framing's cache folder
  (``framing.data.cache_path``); later processes map them into memory, which
  takes milliseconds and reads only the pages a text touches. When the cache
  cannot be written, the model is used from memory as decompressed.
"""

from __future__ import annotations

import io
import lzma
import math
import os
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from framing.data import cache_path, package_file, write_cache
from framing.errors import FramingError

SCAN_DEPTH = 6  # bytes of the longest n-gram in py3langid 0.4's model: see the docstring
_STORED = ("pc", "classes", "nextmove", "nextmove_row", "out_feat")  # as py3langid has them
_ARRAYS = ("ptc32", *_STORED)  # the n-gram table, made float32 (see _decompressed)
_MAPPED = ("ptc32", "nextmove")  # the large ones, read page by page as texts need them


def model_file() -> Path:
    """py3langid's shipped model (LZMA-compressed npz)."""
    return package_file("py3langid", "data", "model.npz.xz")


def _decompressed(path: Path) -> dict[str, np.ndarray]:
    try:
        with lzma.open(path) as source, np.load(io.BytesIO(source.read()),
                                                allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in _STORED}
            # stored as float16; products take float32, and converting the rows a text
            # needs every time costs more than converting the table once
            arrays["ptc32"] = npz["ptc"].astype(np.float32)
            return arrays
    except (OSError, lzma.LZMAError, KeyError, ValueError) as error:
        raise FramingError(f"{path}: the language model cannot be read ({error}): "
                           "reinstall py3langid") from error


def load_arrays(path: Path | None = None) -> dict[str, np.ndarray]:
    """The model's arrays by name: mapped from the cache when it holds them all, else
    decompressed from ``path`` (py3langid's model by default) and cached, each file
    written whole (an incomplete set is rebuilt by the next load)."""
    path = path or model_file()
    try:
        folder = cache_path("langid", path)
        return {name: np.load(folder / f"{name}.npy", allow_pickle=False,
                              mmap_mode="r" if name in _MAPPED else None)
                for name in _ARRAYS}
    except (OSError, ValueError):
        pass
    arrays = _decompressed(path)
    try:
        folder = cache_path("langid", path)
        for name, array in arrays.items():
            data = io.BytesIO()
            np.save(data, array, allow_pickle=False)
            write_cache(folder / f"{name}.npy", data.getbuffer())
    except OSError:
        pass  # no writable cache folder: this process keeps the model in memory
    return arrays


@lru_cache(maxsize=1)
def _one_blas_thread() -> object:
    """Make numpy's BLAS run on one thread from now on in this process, once: a text's
    product is small, and splitting it over threads tripled its CPU time (the sums, per
    language, are the same either way; tests compare with py3langid run as it comes).
    The command line asks for one thread in the environment before numpy is imported,
    and then nothing is done here; a program that imports framing and classifies texts
    gets the limit at its first text, kept for the process (entering and leaving it
    around every text cost 0.04 s of CPU over the 840 PolNeAR texts)."""
    if all(os.environ.get(name) == "1" for name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")):
        return None
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")  # applied now; kept, never undone


class LanguageModel:
    """``classify(text)`` as py3langid's ``LanguageIdentifier`` with ``norm_probs=True``."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        # plain arrays over the mapped memory: indexing a np.memmap goes through Python
        self.table = np.asarray(arrays["ptc32"])  # n-gram x language log-probabilities
        self.priors = arrays["pc"]
        self.labels = [str(label) for label in arrays["classes"]]
        self.moves = np.asarray(arrays["nextmove"])  # the automaton: 256 next states per row
        positions = np.int32 if self.moves.size < 2**31 else np.int64  # into moves
        self.row_start = arrays["nextmove_row"].astype(positions) << 8  # state -> its row
        self.ngram = arrays["out_feat"].astype(np.intp)  # state -> n-gram ending there, or -1
        # the state after any two bytes from the start, at (first byte << 8 | second byte)
        after_one = self.moves[self.row_start[0] + np.arange(256)]
        self.after_two = self.moves[(self.row_start[after_one][:, None] + np.arange(256)).ravel()]
        self.rows = np.empty((0, self.table.shape[1]), dtype=self.table.dtype)  # reused
        first = {}
        self.merged = []  # (kept, folded) columns of a label listed twice (a script variant)
        for column, label in enumerate(self.labels):
            if label in first:
                self.merged.append((first[label], column))
            else:
                first[label] = column

    def states(self, data: bytes) -> np.ndarray:
        """The automaton's state after each byte of ``data``: from the start state, over
        the last ``SCAN_DEPTH`` bytes up to and including it (fewer at the very start)."""
        codes = np.frombuffer(data, dtype=np.uint8)
        states = np.empty(len(codes), dtype=self.moves.dtype)
        state = 0
        for at, code in enumerate(data[:SCAN_DEPTH - 1]):  # whole prefixes, walked one by one
            state = states[at] = self.moves[self.row_start[state] + code]
        if len(codes) >= SCAN_DEPTH:
            ahead = len(codes) - SCAN_DEPTH + 1  # positions with a full window
            index = (codes[:ahead].astype(self.row_start.dtype) << 8) | codes[1:ahead + 1]
            window = np.take(self.after_two, index)
            # the window's other bytes, for all at once; mode="clip" (every index is in
            # range) because take's default mode copies through a buffer when given out=
            for offset in range(2, SCAN_DEPTH):
                np.take(self.row_start, window, out=index, mode="clip")
                index += codes[offset:offset + ahead]
                np.take(self.moves, index, out=window, mode="clip")
            states[SCAN_DEPTH - 1:] = window
        return states

    def counts(self, data: bytes) -> tuple[np.ndarray, np.ndarray]:
        """The n-grams found in ``data`` and how often, in order of first occurrence
        (py3langid's ``Counter`` order, which fixes the order of the score's sum)."""
        found = self.ngram[self.states(data)]
        where = np.flatnonzero(found >= 0)
        shift = max(len(data), 1).bit_length()
        keys = (found[where] << shift) | where  # by n-gram, then by position
        keys.sort()
        ngrams = keys >> shift
        new = np.empty(len(ngrams), dtype=bool)  # where a run of one n-gram starts
        new[:1] = True
        np.not_equal(ngrams[1:], ngrams[:-1], out=new[1:])
        starts = np.flatnonzero(new)
        counts = np.empty(len(starts), dtype=np.intp)  # the runs' lengths
        np.subtract(starts[1:], starts[:-1], out=counts[:-1])
        counts[-1:] = len(keys) - starts[-1:]
        order = np.argsort(keys[starts] & ((1 << shift) - 1))  # first positions differ
        return ngrams[starts][order], counts[order]

    def scores(self, data: bytes) -> np.ndarray:
        """Each label's probability for the UTF-8 bytes ``data``, computed as py3langid
        computes it: the same numbers, the same operations, in the same order."""
        ngrams, counts = self.counts(data)
        if len(ngrams):
            if len(ngrams) > len(self.rows):
                self.rows = np.empty((len(ngrams), self.table.shape[1]), dtype=self.table.dtype)
            rows = np.take(self.table, ngrams, axis=0, out=self.rows[:len(ngrams)], mode="clip")
            _one_blas_thread()
            scores = np.log1p(counts.astype(np.float32)) @ rows + self.priors
        else:
            scores = np.full(len(self.labels), 0.0, dtype=np.float32)
        scores *= 1.0 / math.sqrt(len(data) or 1)  # py3langid's temperature
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for kept, folded in self.merged:
            scores[kept] += scores[folded]
            scores[folded] = 0.0
        return scores

    def classify(self, text: str) -> tuple[str, float]:
        """The likeliest language of ``text`` and its probability (0-1)."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        scores = self.scores(data)
        best = int(scores.argmax())
        return self.labels[best], float(scores[best])
