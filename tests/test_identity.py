"""One identity per source: within an article (framing.attribution.identity.resolve_article,
run by the finder) and across the articles of a comparison (match_sources)."""

import pytest
from helpers import article

from framing.attribution import source_types
from framing.attribution.identity import (edit_distance, first_names_compatible, match_sources,
                                          normalise)
from framing.comparison import compare, shared_sources
from framing.export import to_json
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.settings import Settings

LEAD = "A vote on the plan\n\n"


def speakers(body: str):
    """The speakers table of a one-article analysis of ``body``."""
    analysis = analyze_articles([article(LEAD + body)], Settings())[0]
    return analysis.attribution


def names_of(result) -> dict[str, tuple[str, ...]]:
    return {s.name: s.names for s in result.speakers}


# -- within one article: a pattern and a near miss each ---------------------------------------

def test_a_surname_alone_joins_the_full_name():
    result = speakers("Ana Ortiz said the plan would fail. Ortiz added that it cost too much.")
    assert names_of(result) == {"Ana Ortiz": ("Ana Ortiz", "Ortiz")}


def test_two_people_of_one_surname_with_different_first_names_stay_apart():
    result = speakers("Bill Clinton said the plan would fail. "
                      "Hillary Clinton said that it would work.")
    assert set(names_of(result)) == {"Bill Clinton", "Hillary Clinton"}


def test_a_nickname_and_the_full_first_name_are_one_person():
    result = speakers("Jim Mattis said the plan would fail. "
                      "James Mattis added that it cost too much.")
    assert [(s.name, s.mentions) for s in result.speakers] == [("James Mattis", 2)]
    assert set(result.speakers[0].names) == {"James Mattis", "Jim Mattis"}


def test_first_names_that_are_not_variants_stay_apart():
    result = speakers("Jim Mattis said the plan would fail. "
                      "John Mattis added that it cost too much.")
    assert set(names_of(result)) == {"Jim Mattis", "John Mattis"}


def test_a_misspelled_repeat_of_a_long_surname_is_the_same_person():
    result = speakers("Sergei Surovikin said the offensive would go on. "
                      "Surkovikin added that more troops would come.")
    assert names_of(result) == {"Sergei Surovikin": ("Sergei Surovikin", "Surkovikin")}


@pytest.mark.parametrize("second", [
    "Anna Surkovikin added that more troops would come.",  # another first name
    "Barker added that more troops would come.",  # a short surname: Baker and Barker differ
])
def test_a_near_spelling_with_another_first_name_or_a_short_surname_stays_apart(second):
    first = ("Sergei Surovikin said the offensive would go on. " if "Surkovikin" in second
             else "Tom Baker said the offensive would go on. ")
    assert len(speakers(first + second).speakers) == 2


def test_apostrophe_variants_are_one_name():
    result = speakers("Pat O'Neill said the vote was close. O’Neill added that it was fair.")
    assert names_of(result) == {"Pat O'Neill": ("Pat O'Neill", "O'Neill")}
    assert normalise("O’Neill") == "O'Neill" and normalise("U.S") == "U.S."


def test_a_role_noun_resolves_to_the_person_introduced_with_that_title():
    result = speakers("General Sergei Surovikin, commander of the southern forces, said the "
                      "offensive would go on. Ana Ortiz said the town was calm. "
                      "The general claimed that the town had fallen.")
    by_name = {s.name: s for s in result.speakers}
    assert by_name["Sergei Surovikin"].mentions == 2
    assert "general" in by_name["Sergei Surovikin"].names
    claimed = next(a for a in result.attributions if a.verb == "claim")
    assert claimed.speaker == "Sergei Surovikin" and claimed.speaker_id == by_name["Sergei Surovikin"].id


def test_a_role_nobody_was_introduced_with_stays_its_own_source():
    result = speakers("General Sergei Surovikin said the offensive would go on. "
                      "The minister claimed that the town had fallen.")
    assert set(names_of(result)) == {"Sergei Surovikin", "minister"}


def test_an_age_resolves_to_the_person_whose_age_was_given():
    result = speakers("Ana Ortiz, 44, said the plan would fail. Tom Baker, 61, said it would work. "
                      "The 44-year-old added that the plan cost too much.")
    assert {s.name: s.mentions for s in result.speakers} == {"Ana Ortiz": 2, "Tom Baker": 1}


def test_an_age_nobody_was_given_does_not_resolve():
    result = speakers("Ana Ortiz, 45, said the plan would fail. "
                      "The 44-year-old added that the plan cost too much.")
    assert len(result.speakers) == 2


def test_a_resolved_pronoun_shares_the_person_id_and_an_unfitting_one_does_not():
    result = speakers("Mr. Tom Baker said the plan would fail. He added that it cost too much. "
                      "She said that it would work.")
    baker = result.speakers[0]
    assert (baker.name, baker.mentions) == ("Tom Baker", 2)
    she = next(a for a in result.attributions if a.source and a.source.text == "She")
    assert she.source_type == source_types.UNRESOLVED and she.speaker_id is None


def test_an_organisation_s_aliases_are_one_source():
    result = speakers("The U.S. said the offensive was illegal. "
                      "The United States said it would send aid.")
    assert [s.name for s in result.speakers] == ["United States"]


def test_two_acronyms_are_two_sources():
    result = speakers("The U.S. said the offensive was illegal. The UN said it would send aid.")
    assert len(result.speakers) == 2


def test_a_document_with_and_without_its_owner_is_one_source():
    result = speakers("Mattis's resignation letter said the alliance mattered. "
                      "The resignation letter also said he would stay until February.")
    assert [(s.name, s.mentions) for s in result.speakers] == [("Mattis's resignation letter", 2)]


def test_documents_of_two_owners_stay_apart():
    result = speakers("The Pentagon report said the costs doubled. "
                      "The CBO report said that the costs fell.")
    assert len(result.speakers) == 2


def test_ids_are_unique_and_every_credited_attribution_points_to_a_row():
    result = speakers("Ana Ortiz said the plan would fail. The council said it would vote. "
                      "Ortiz added that it cost too much.")
    ids = [s.id for s in result.speakers]
    assert len(set(ids)) == len(ids) == 2
    assert {a.speaker_id for a in result.attributions if a.speaker} == set(ids)


# -- the rules on their own ------------------------------------------------------------------

def test_first_name_compatibility():
    assert first_names_compatible("jim", "james") and first_names_compatible("bill", "william")
    assert first_names_compatible("j", "james")
    assert not first_names_compatible("bill", "hillary")
    assert not first_names_compatible("jim", "john")


def test_edit_distance_stops_above_its_limit():
    assert edit_distance("surovikin", "surkovikin") == 1
    assert edit_distance("surovikin", "surovikin") == 0
    assert edit_distance("smith", "jones") == 3


def test_match_sources_keeps_two_sources_of_one_article_apart():
    matched = match_sources([
        [("Bill Clinton", ("Bill Clinton",), source_types.PERSON, 2),
         ("Hillary Clinton", ("Hillary Clinton",), source_types.PERSON, 1)],
        [("William Clinton", ("William Clinton", "Clinton"), source_types.PERSON, 1)],
    ])
    assert [(m.name, m.members) for m in matched] == [
        ("William Clinton", ((0,), (0,))), ("Hillary Clinton", ((1,), ()))]


# -- across the articles of a comparison ------------------------------------------------------

WIRE = """Defence chief quits over Syria plan

Defense Secretary Jim Mattis said on Thursday that he would resign in February. "I will leave
the post," Mattis said. The U.S. said its troops would stay in the region. Mattis's resignation
letter said the alliance mattered. A spokesman for Acme Corp said the firm had no comment.
"""

PAPER = """Mattis resigns

James Mattis said he would step down. The resignation letter said allies deserved respect.
The United States said it would withdraw some troops. Hillary Clinton said the move was
dangerous. Pat O'Neill said the Senate would hold hearings.
"""

BLOG = """Goodbye to the general

Mattis said he would leave. America said the withdrawal would go ahead. Bill Clinton said the
plan was reckless. O’Neill added that hearings would start soon.
"""


@pytest.fixture(scope="module")
def three():
    return analyze_articles([article(WIRE, name="wire.txt"), article(PAPER, name="paper.txt"),
                             article(BLOG, name="blog.txt")], Settings())


def test_shared_sources_named_differently_are_one_identity_each(three):
    rows = {row.name: row for row in shared_sources(three)}
    mattis = rows["James Mattis"]
    assert all(mattis.mentions) and mattis.names[0][0] == "Jim Mattis" \
        and mattis.names[1][0] == "James Mattis"
    assert all(rows["United States"].mentions)
    assert rows["Mattis's resignation letter"].mentions[:2] == (1, 1)
    assert rows["Pat O'Neill"].mentions[1:] == (1, 1)
    # Bill and Hillary Clinton: two people, each quoted by one outlet.
    assert rows["Hillary Clinton"].mentions == (0, 1, 0)
    assert rows["Bill Clinton"].mentions == (0, 0, 1)


def test_the_json_comparison_lists_one_source_per_identity(three):
    document = to_json(three)
    sources = document["comparison"]["sources"]
    assert [s["id"] for s in sources] == [f"c{n}" for n in range(1, len(sources) + 1)]
    mattis = next(s for s in sources if s["name"] == "James Mattis")
    assert mattis["type"] == source_types.PERSON and all(mattis["mentions"])
    assert mattis["names"][0][0] == "Jim Mattis" and "Mattis" in mattis["names"][2]
    assert sum(1 for s in sources if "Mattis" in s["name"] and s["type"] == mattis["type"]) == 1
    united = next(s for s in sources if s["name"] == "United States")
    assert [n[0] for n in united["names"]] == ["U.S.", "United States", "America"]
    # Shared sources come first; each article's speakers carry ids the comparison points to.
    outlets = [sum(1 for m in s["mentions"] if m) for s in sources]
    assert outlets == sorted(outlets, reverse=True)
    for article_json, ids in zip(document["articles"], mattis["speaker_ids"]):
        speakers = {s["id"]: s for s in article_json["attribution"]["speakers"]}
        assert ids and all(i in speakers for i in ids)
        assert {"id", "name", "names", "source_type", "mentions"} <= set(speakers[ids[0]])


def test_the_json_has_no_comparison_for_one_article(three):
    assert "comparison" not in to_json(three[:1])


def test_the_report_sources_table_has_one_row_per_identity_with_each_outlet_s_name(three):
    view = build_context(compare(three), Settings())
    rows = {row.name: row for row in view.attribution.matrix}
    mattis = rows["James Mattis"]
    assert mattis.css == "shared" and all(mattis.cells)
    assert mattis.names == "Jim Mattis (wire) / James Mattis (paper) / Mattis (blog)"
    assert rows["United States"].css == "shared" and "America (blog)" in rows["United States"].names
    # "O'Neill" and "O’Neill" are one source, shown with one apostrophe.
    assert rows["Pat O'Neill"].names == "Pat O'Neill (paper) / O'Neill (blog)"
    assert not any("’" in r.name + r.names for r in view.attribution.matrix)
    assert sum(1 for r in view.attribution.matrix if "Mattis" in r.name
               and "letter" not in r.name) == 1
    shared = [r.css == "shared" for r in view.attribution.matrix]
    assert shared == sorted(shared, reverse=True)


def test_an_institution_named_by_the_end_of_its_full_name_is_one_source():
    texts = ["Bridge closes\n\nThe Harrow Valley Transport Authority said the bridge would "
             "close. Ana Ortiz said the vote was close.",
             "Bridge shut\n\nThe Transport Authority said buses would run. Ortiz said the "
             "council had no choice.",
             "Bridge vote\n\nThe Valley Authority said nothing. The Harrow Cycling "
             "Association said riders were pleased."]
    analyses = analyze_articles([article(t, name=f"{i}.txt") for i, t in enumerate(texts)],
                                Settings())
    names = {row.name: row.mentions for row in compare(analyses).sources}
    assert names["Harrow Valley Transport Authority"] == (1, 1, 0)
    assert names["Valley Authority"] == (0, 0, 1)  # not the end of the full name: another body


def test_a_resolved_attribution_keeps_every_other_field():
    import dataclasses

    from framing.attribution.record import Attribution
    from framing.text.spans import Span

    found = Attribution(kind="direct", cue=Span(10, 14, "said"), source=Span(0, 5, "Ortiz"),
                        content=Span(20, 30, "we will win"),
                        content_parts=(Span(20, 30, "we will win"),), speaker="Ortiz",
                        source_type="person", stance="neutral", verb="say", inferred=True,
                        speaker_id=None, alias=None, act="thought")
    changes = dict(speaker="Ana Ortiz", speaker_id="s1", alias="Ortiz", source_type="person")
    assert found.resolved(**changes) == dataclasses.replace(found, **changes)
    # a field added to the record must be carried by resolved() too
    assert len(dataclasses.fields(Attribution)) == 13
