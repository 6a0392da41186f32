import pyphen

from framing.text import syllables

WORDS = ["framing", "outlet", "reportedly", "unprecedented", "Zelenskyy", "misinformation",
         "hyphenation", "bipartisanship", "xylophonist", "a", "qwrtz"]


def test_the_cached_hyphenation_patterns_are_pyphens(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    path = pyphen.LANGUAGES["en_US"]
    fresh = pyphen.HyphDict(path)
    built = syllables._hyphenation_patterns(pyphen, path)  # parsed, and cached
    read_back = syllables._hyphenation_patterns(pyphen, path)
    assert len(list(tmp_path.iterdir())) == 1
    for patterns in (built, read_back):
        assert (patterns.patterns, patterns.maxlen) == (fresh.patterns, fresh.maxlen)
        assert [patterns.positions(w) for w in WORDS] == [fresh.positions(w) for w in WORDS]


def test_syllables_come_from_the_dictionary_then_from_hyphenation():
    assert syllables.syllables("framing") == 2  # CMU: F R EY1 M IH0 NG
    assert syllables.syllables("qwrtz") == len(pyphen.Pyphen(lang="en_US").positions("qwrtz")) + 1
