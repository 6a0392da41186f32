"""Facts across outlets (framing.comparison.facts): the same fact in other words, figures
that differ, near misses, only-here and left-out; a fictional set with hand-checked answers
(tests/fixtures/facts/answers.json; `python tests/test_fact_coverage.py` prints its scores);
the examples, their JSON and the report's section."""

import itertools
import json
from pathlib import Path

import pytest
from helpers import EXAMPLES, article

from framing.comparison import compare, fact_rows
from framing.export import to_json
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.settings import Settings
from framing.story import find_facts
from framing.text.readers import read_article

FIXTURES = Path(__file__).parent / "fixtures" / "facts"


def rows_of(*texts: str):
    articles = [article(f"Headline\n\n{t}", name=f"a{n}.txt") for n, t in enumerate(texts)]
    return fact_rows([find_facts(a) for a in articles], articles)


def cells(rows):
    """Each row as the text each article gives it (None: absent) and whether it differs."""
    return [([r.stated(a).text if r.stated(a) else None for a in range(len(r.facts))], r.differs)
            for r in rows]


def test_the_same_money_in_other_words_is_one_fact():
    rows = rows_of("The plan costs $4.2 million.", "The $4.2M plan passed.",
                   "It costs 4.2 million dollars.")
    assert cells(rows) == [(["$4.2 million", "$4.2M", "4.2 million dollars"], False)]


def test_a_tally_in_digits_and_in_words_is_one_fact():
    rows = rows_of("The board voted 7-4 for it.", "By a vote of seven to four, it passed.")
    assert cells(rows) == [(["7-4", "seven to four"], False)]


def test_the_same_count_of_another_thing_is_another_fact():
    rows = rows_of("The flood forced 2,000 residents from their homes.",
                   "The flood stranded 2,000 vehicles on the ring road.")
    assert len([r for r in rows if r.kind == "number"]) == 2
    assert not any(r.differs for r in rows)


def test_a_count_with_another_value_is_one_figure_that_differs():
    rows = rows_of("Engineers count 11,000 vehicles a day on the bridge.",
                   "The bridge carries about 10,000 vehicles a day.",
                   "The bridge carries 11,000 cars a day, the council says.")
    assert cells(rows) == [(["11,000 vehicles", "about 10,000 vehicles", "11,000 cars"], True)]


def test_two_tallies_of_one_vote_differ_and_of_two_votes_do_not():
    rows = rows_of("The council voted 7-4 to close the bridge.", "The council voted 8-3 to close it.")
    assert cells(rows) == [(["7-4", "8-3"], True)]
    rows = rows_of("The council voted 7-4 to close the bridge.", "The council voted 5-2 to close it.")
    assert not any(r.differs for r in rows)


def test_durations_of_different_things_are_not_one_figure():
    rows = rows_of("She has crossed the river on foot for twenty years.",
                   "Lund has run his hardware shop for 31 years.")
    assert [differs for _, differs in cells(rows)] == [False, False]
    assert len(rows) == 2


def test_a_small_count_in_unrelated_sentences_is_not_one_fact():
    rows = rows_of("The fire left three children without a home.",
                   "The library hired three children to read at the festival.",
                   "Three children were rescued from the fire.")
    texts = cells(rows)
    assert (["three children", None, "Three children"], False) in texts


def test_a_bound_matches_the_top_of_a_range():
    rows = rows_of("The detour adds four to six minutes.", "The detour adds up to six minutes.")
    assert cells(rows) == [(["four to six minutes", "up to six minutes"], False)]


def test_dates_match_on_the_parts_they_write():
    rows = rows_of("Cars are barred from March 1, 2027, the council said.",
                   "Cars will go in March, the council said.",
                   "Cars will go on 1 March.")
    assert cells(rows) == [(["March 1, 2027", "March", "1 March"], False)]
    assert len(rows_of("The vote was on Tuesday.", "The vote was on Thursday.")) == 2


def test_a_place_matches_its_tail():
    rows = rows_of("Traffic moves to the Gen. Harlan Bridge.", "Traffic crawls across the Harlan Bridge.")
    assert cells(rows) == [(["Gen. Harlan Bridge", "Harlan Bridge"], False)]


def test_only_here_and_left_out():
    rows = rows_of("The plan costs $4.2 million. It passed 7-4.",
                   "The $4.2 million plan passed 7-4 on Marlow Street.",
                   "The plan costs $4.2 million.")
    by_text = {r.stated(0).text if r.stated(0) else r.stated(1).text: r for r in rows}
    assert by_text["7-4"].left_out == 2 and by_text["7-4"].only is None
    assert by_text["Marlow Street"].only == 1 and by_text["Marlow Street"].left_out is None
    assert by_text["$4.2 million"].only is None and by_text["$4.2 million"].left_out is None


def score() -> dict[str, float]:
    """Precision and recall of the facts found and of the pairs of statements matched on
    the fictional set, against the hand-checked answers."""
    answers = json.loads((FIXTURES / "answers.json").read_text(encoding="utf-8"))
    files = answers["files"]
    articles = [read_article(FIXTURES / name) for name in files]
    facts = [find_facts(a) for a in articles]
    found = {(name, f.kind, f.text) for name, fs in zip(files, facts) for f in fs}
    expected = {(name, kind, text) for name, listed in answers["facts"].items()
                for kind, text in listed}
    rows = fact_rows(facts, articles)
    pairs, differing = set(), set()
    for row in rows:
        members = [(files[a], f[0].text) for a, f in enumerate(row.facts) if f]
        pairs |= {frozenset(p) for p in itertools.combinations(members, 2)}
        if row.differs:
            differing.add(frozenset(members))
    expected_pairs = {frozenset(p) for group in answers["shared"]
                      for p in itertools.combinations(map(tuple, group["facts"]), 2)}
    expected_differing = {frozenset(map(tuple, g["facts"])) for g in answers["shared"] if g["differs"]}
    return {"facts_precision": len(found & expected) / len(found),
            "facts_recall": len(found & expected) / len(expected),
            "match_precision": len(pairs & expected_pairs) / len(pairs),
            "match_recall": len(pairs & expected_pairs) / len(expected_pairs),
            "differs_correct": float(differing == expected_differing)}


def test_the_fictional_set_with_known_answers():
    figures = score()
    assert figures["facts_precision"] >= 0.9 and figures["facts_recall"] >= 0.85
    assert figures["match_precision"] >= 0.9 and figures["match_recall"] >= 0.9
    assert figures["differs_correct"] == 1.0


@pytest.fixture(scope="module")
def examples():
    paths = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    return analyze_articles([read_article(p) for p in paths], Settings())


def test_the_examples_share_the_vote_the_cost_and_differ_on_the_vehicles(examples):
    comparison = compare(examples)
    in_all = [{f[0].text for f in r.facts} for r in comparison.facts if r.outlets == len(examples)]
    for wording in ("$4.2 million", "7-4", "seven to four", "Tuesday", "Marlow Street Bridge"):
        assert any(wording in texts for texts in in_all), wording
    differing = [r for r in comparison.facts if r.differs]
    assert len(differing) == 1
    assert {f[0].value for f in differing[0].facts if f} == {10_000, 11_000}


def test_the_json_has_facts_per_article_and_per_fact_across_them(examples):
    document = to_json(examples)
    for item in document["articles"]:
        for fact in item["facts"]:
            span = fact["span"]
            assert item["text"][span["start"]:span["end"]] == fact["text"]
            assert fact["kind"] in {"number", "date", "place"}
    facts = document["comparison"]["facts"]
    assert facts and all(len(f["text"]) == len(examples) for f in facts)
    differing = [f for f in facts if f["differs"]]
    assert len(differing) == 1 and None not in differing[0]["value"]
    assert {"id", "kind", "differs", "outlets", "only", "left_out", "text", "value", "counts",
            "fact_ids", "spans"} == set(facts[0])


def test_the_report_section_links_each_fact_to_its_mark_in_the_texts(examples):
    view = build_context(compare(examples), Settings())
    anchors = {piece.anchor for group in view.texts.groups for row in group.rows
               for cell in row for piece in cell if piece.anchor}
    links = {cell.href for row in view.facts.rows for cell in row.cells if cell.href}
    links |= {v.fact.href for d in view.facts.differing for v in d.versions}
    links |= {f.href for o in view.facts.choices for f in o.only + o.left_out}
    assert links and {link.lstrip("#") for link in links} <= anchors
    assert len(view.facts.differing) == 1
    assert all(len(row.cells) == len(examples) for row in view.facts.rows)
    plain = build_context(compare(examples), Settings(report={"full_texts": False}))
    assert all(cell.href == "" for row in plain.facts.rows for cell in row.cells)


if __name__ == "__main__":
    for name, value in score().items():
        print(f"{name}: {value:.3f}")
