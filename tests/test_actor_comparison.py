"""Actors matched across articles (framing.comparison.actors). Fictional articles."""

from __future__ import annotations

from framing import analyze_text
from framing.comparison import compare

WIRE = ("Council closes bridge\n\nThe Harrowgate City Council voted 7-4 to close the bridge. "
        "Deputy Mayor Lidia Marsh said the bridge was unsafe. Adam Smith, the treasurer, said "
        "the money was there. Beth Smith, a nurse, said ambulances would still cross. "
        "Drivers will take the long way round.")
CLARION = ("Bridge scheme rammed through\n\nThe council forced through its scheme on Tuesday. "
           "Marsh, the architect of the plan, brazenly claimed traders would not suffer. Smith, who "
           "signs the cheques, said the money was there. Drivers are furious.")
POST = ("At last, a safe bridge\n\nOur council finally acted. Lidia Marsh deserves thanks "
        "for a brave and wonderful decision. Motorists will cope.")


def comparison():
    return compare([analyze_text(WIRE, outlet="Wire"), analyze_text(CLARION, outlet="Clarion"),
                    analyze_text(POST, outlet="Post")])


def row(found, name):
    rows = [r for r in found.actors if r.name == name]
    assert len(rows) == 1, [r.name for r in found.actors]
    return rows[0]


def test_one_row_per_actor_named_differently_by_each_outlet():
    found = comparison()
    council = row(found, "Harrowgate City Council")
    assert council.outlets == 3
    assert all(m for m in council.mentions)
    marsh = row(found, "Lidia Marsh")
    assert marsh.outlets == 3
    assert "the architect of the plan" in marsh.labels[1]
    assert "Deputy Mayor" in marsh.labels[0]
    assert {"brazenly"} <= set(marsh.loaded[1])


def test_actors_one_article_keeps_apart_are_never_merged():
    found = comparison()
    smiths = [r for r in found.actors if r.name.endswith("Smith")]
    assert {r.name for r in smiths} == {"Adam Smith", "Beth Smith"}
    # The Clarion's bare "Smith" joins one of them, never both.
    assert sum(r.mentions[1] is not None for r in smiths) == 1


def test_tone_per_outlet_and_null_where_absent():
    found = comparison()
    marsh = row(found, "Lidia Marsh")
    assert marsh.tone[2] is not None and marsh.tone[1] is not None
    assert marsh.tone[2] > marsh.tone[1]  # the Post praises her, the Clarion does not
    beth = row(found, "Beth Smith")
    assert beth.tone[2] is None and beth.mentions[2] is None and beth.names[2] is None


def test_selection_only_and_left_out():
    found = comparison()
    ids = {r.name: r.id for r in found.actors}
    wire, clarion, post = found.actor_selection
    assert ids["motorists"] in post.only
    assert ids["drivers"] in post.left_out  # the Wire and the Clarion both name drivers
    assert ids["drivers"] not in wire.only


def test_json():
    data = comparison().to_json()
    assert {"actors", "actor_selection"} <= set(data)
    first = data["actors"][0]
    assert set(first) == {"id", "name", "type", "actor_ids", "names", "labels", "loaded",
                          "mentions", "tone", "sentences"}
    assert all(len(first[key]) == 3 for key in ("names", "mentions", "tone", "sentences"))
    assert data["actor_selection"][0].keys() == {"only", "left_out"}
