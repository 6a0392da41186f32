"""Shared passages: a fictional test set with known answers, near misses included."""

import pytest
from helpers import EXAMPLES, article

from framing.comparison import compare, shared_passages
from framing.export import to_json
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.settings import Settings
from framing.text.readers import read_article

WIRE = ("The Dunmere water board approved a plan on Monday to replace 14 miles of lead pipes "
        "under the old market district by the end of 2029. The work will cost $18 million, "
        "most of it from a state loan that the board expects to repay over twenty years.")
QUOTE = ("Engineers found that nine of the district's twelve pumping stations had not been "
         "inspected since the flood of 2011, according to the board's annual report.")
FILLER_A = ("Residents packed the hall for the meeting. Several asked how long their streets "
            "would be dug up, and one man brought a jar of brown tap water to show the board.")
FILLER_B = ("The decision came after a long evening of questions. A retired teacher told the "
            "board her grandchildren no longer drink from the kitchen tap at all.")
FILLER_C = ("Critics on the opposition bench said the timetable was unrealistic and that the "
            "board had ignored cheaper options put forward by its own consultants last spring.")

# Each case: two article texts and the shared sentences each should yield (by their first four
# words); an empty set is a near miss that must yield nothing.
CASES = {
    "copied paragraph": (f"{FILLER_A}\n\n{WIRE}\n\n{FILLER_C}", f"{FILLER_B}\n\n{WIRE}",
                         {"The Dunmere water board", "The work will cost"}),
    "one word changed": (
        f"{FILLER_A}\n\n{QUOTE}",
        FILLER_B + "\n\n" + QUOTE.replace("twelve pumping", "12 pumping"),
        {"Engineers found that nine"}),
    "sentences reordered": (
        f"{FILLER_A}\n\n{WIRE}",
        FILLER_C + "\n\n" + " ".join(reversed(WIRE.split(". ", 1))).replace("2029 The", "2029. The"),
        {"The Dunmere water board", "The work will cost"}),
    "wire text in three": (f"{WIRE}\n\n{FILLER_A}", f"{FILLER_B}\n\n{WIRE}",
                           {"The Dunmere water board", "The work will cost"}),
    "common phrase": (
        "The city council voted on Tuesday to raise parking fees in the harbour district by a "
        "third, starting in the new year.",
        "The city council voted on Tuesday to name a new library after a local poet who died "
        "last winter at the age of ninety.",
        set()),
    "short identical sentence": (
        f"{FILLER_A} The vote was seven to four.", f"{FILLER_C} The vote was seven to four.",
        set()),
    "same topic, other words": (
        WIRE,
        "Lead pipes beneath the market district will be dug out by 2029 under a scheme the water "
        "board backed on Monday. A state loan covers most of the $18 million bill, and the board "
        "plans to pay it back across two decades.",
        set()),
    "half a sentence shared": (
        "Engineers found that nine of the district's twelve pumping stations had not been "
        "inspected since the flood, which angered the mayor.",
        "Officials denied that nine of the district's twelve pumping stations were unsafe and "
        "said the mayor had been misinformed about the reports.",
        set()),
}


def _found(first: str, second: str) -> set[str]:
    result = shared_passages([article(first, "a.txt"), article(second, "b.txt")])
    openings = set()
    for passage in result.passages:
        assert all(s is not None for s in passage.spans)
        for span in passage.spans:
            for sentence in span.text.replace("\n\n", " ").split(". "):
                openings.add(" ".join(sentence.split()[:4]))
    return openings


def _scores() -> tuple[float, float]:
    """Precision and recall over the shared sentences (by their first words) of every case."""
    true_positive = false_positive = false_negative = 0
    for first, second, expected in CASES.values():
        found = _found(first, second)
        true_positive += len(found & expected)
        false_positive += len(found - expected)
        false_negative += len(expected - found)
    return (true_positive / max(1, true_positive + false_positive),
            true_positive / max(1, true_positive + false_negative))


def test_precision_and_recall_on_the_fictional_set():
    precision, recall = _scores()
    assert precision >= 0.9, (precision, recall)
    assert recall >= 0.8, (precision, recall)


@pytest.mark.parametrize("name", [n for n, case in CASES.items() if not case[2]])
def test_near_misses_share_nothing(name):
    first, second, _ = CASES[name]
    assert shared_passages([article(first, "a.txt"), article(second, "b.txt")]).passages == ()


def test_spans_are_exact_offsets_and_shares_count_the_words():
    first, second = article(f"{FILLER_A}\n\n{WIRE}", "a.txt"), article(f"{WIRE}", "b.txt")
    result = shared_passages([first, second])
    (passage,) = result.passages
    for art, span in zip((first, second), passage.spans):
        assert art.text[span.start:span.end] == span.text
        assert span.text.startswith("The Dunmere") and span.text.endswith("twenty years.")
    assert result.shares[1] == 1.0
    assert 0 < result.shares[0] < 1


def test_a_passage_in_three_articles_is_one_passage():
    arts = [article(f"{WIRE}\n\n{FILLER_A}", "a.txt"), article(f"{FILLER_B}\n\n{WIRE}", "b.txt"),
            article(FILLER_C, "c.txt"), article(f"{WIRE}", "d.txt")]
    (passage,) = shared_passages(arts).passages
    assert passage.outlets == 3 and passage.spans[2] is None and passage.words[2] == 0


@pytest.fixture(scope="module")
def example_analyses():
    paths = [EXAMPLES / "wire-report.txt", EXAMPLES / "partisan-piece.md",
             EXAMPLES / "regional-digest.txt"]
    return analyze_articles([read_article(p) for p in paths], Settings())


def test_the_fourth_example_shares_wire_paragraphs(example_analyses):
    passages = compare(example_analyses).passages
    assert len(passages.passages) == 2
    assert all(p.spans[0] and p.spans[2] and p.spans[1] is None for p in passages.passages)
    assert passages.shares[1] == 0 and passages.shares[2] > passages.shares[0] > 0


def test_json_lists_shared_passages_with_null_where_absent(example_analyses):
    comparison = to_json(example_analyses)["comparison"]
    first = comparison["shared_passages"][0]
    assert first["id"] == "p1" and first["spans"][1] is None
    text = example_analyses[0].article.text
    assert text[first["spans"][0]["start"]:first["spans"][0]["end"]] == first["spans"][0]["text"]
    assert len(comparison["shared_share"]) == 3 and comparison["shared_share"][1] == 0


def test_view_lists_passages_and_marks_them_in_the_texts(example_analyses):
    view = build_context(compare(example_analyses), Settings())
    assert len(view.passages.rows) == 2
    assert "wire-report" in view.passages.rows[0].outlets
    assert view.passages.shares[1].share.startswith("0%")
    marked = {p.text for g in view.texts.groups for row in g.rows for cell in row for p in cell
              if "shared-passage" in p.css.split()}
    assert any("$4.2 million" in t for t in marked)


def test_view_says_so_when_nothing_is_shared(example_analyses):
    view = build_context(compare(example_analyses[:2]), Settings())
    assert view.passages.rows == () and view.passages.empty.startswith("No passage")
