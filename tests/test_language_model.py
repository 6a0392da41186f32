import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from framing.text import language_model
from framing.text.language_model import SCAN_DEPTH, LanguageModel, load_arrays

TEXTS = [
    "",
    " ",
    "a",
    "Hi.",
    "The council voted on Tuesday to close the old bridge for repairs, officials said.",
    "THE COUNCIL VOTED TO CLOSE THE BRIDGE",  # all capitals: py3langid lower-cases these
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren.",
    "Ο δήμαρχος είπε ότι η γέφυρα θα κλείσει για επισκευές την Τρίτη.",
    "市议会周二投票决定关闭旧桥进行维修。",
    "Mixed: the mayor said «на следующей неделе» and left 🙂 — then came back.",
    "Cafe\u0301 au lait",  # decomposed é: normalised to NFC before scanning
    "A broken surrogate \ud800 in the middle",
    "123 456 789 !!! ???",
    "word " * 3000,
]


@pytest.fixture(scope="module")
def reference():
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture(scope="module")
def model():
    return LanguageModel(load_arrays())


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_label_and_probability_as_py3langid_to_the_bit(text, model, reference):
    label, probability = model.classify(text)
    expected_label, expected_probability = reference.classify(text)
    assert label == expected_label
    assert probability.hex() == float(expected_probability).hex()


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_ngrams_in_the_same_order_as_py3langids_walk(text, model, reference):
    data = reference._encode(text)
    expected = {}  # py3langid's walk, one byte at a time, as its Counter lists it
    state = 0
    for code in data:
        state = reference.tk_nextmove[(reference.tk_row[state] << 8) + code]
        if (ngram := reference.tk_output[state]) >= 0:
            expected[ngram] = expected.get(ngram, 0) + 1
    ngrams, counts = model.counts(data)
    assert list(zip(ngrams.tolist(), counts.tolist())) == list(expected.items())


def test_every_state_forgets_what_came_before_the_last_scan_depth_bytes(model):
    """The scan starts each position SCAN_DEPTH bytes back, which is exact only if any two
    states fed the same SCAN_DEPTH bytes end in the same state: follow every (state, start
    state) pair over every byte until the pairs agree."""
    moves, row_start = model.moves, model.row_start
    states = len(row_start)
    here, start = np.arange(states), np.zeros(states, dtype=np.intp)
    for _ in range(SCAN_DEPTH):
        pairs = []
        for code in range(256):
            a = moves[row_start[here] + code].astype(np.int64)
            b = moves[row_start[start] + code].astype(np.int64)
            differ = a != b
            pairs.append(np.unique(a[differ] * states + b[differ]))
        pairs = np.unique(np.concatenate(pairs))
        here, start = pairs // states, pairs % states
    assert len(pairs) == 0


def test_the_cached_model_is_mapped_and_gives_the_same_answers(tmp_path, monkeypatch, model):
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    built = load_arrays()  # decompressed, and written to the cache
    assert not isinstance(built["ptc32"], np.memmap)
    mapped = load_arrays()
    assert isinstance(mapped["ptc32"], np.memmap)
    for name, array in built.items():
        assert np.array_equal(array, mapped[name])
    assert LanguageModel(mapped).classify(TEXTS[4]) == model.classify(TEXTS[4])


def test_an_unwritable_cache_leaves_the_model_in_memory(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(blocked / "cache"))
    arrays = load_arrays()
    assert LanguageModel(arrays).classify(TEXTS[6])[0] == "de"
    assert not (blocked / "cache").exists()


def test_an_unreadable_model_is_a_one_line_error(tmp_path, monkeypatch):
    broken = tmp_path / "model.npz.xz"
    broken.write_bytes(b"not lzma")
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(language_model.FramingError, match="model.npz.xz: the language model"):
        load_arrays(broken)
