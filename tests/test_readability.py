import subprocess
import sys

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
