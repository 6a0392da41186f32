"""Things named differently across outlets (framing.comparison.naming). Fictional articles."""

from __future__ import annotations

from framing import analyze_text
from framing.comparison import compare, named_things


def things(*bodies: str):
    return named_things([analyze_text(f"News\n\n{body}", outlet=f"Outlet {i}")
                         for i, body in enumerate(bodies)])


def test_one_modifier_with_a_plain_and_a_loaded_head_is_paired():
    found = things("The council approved the bridge plan on Tuesday. The plan costs $4 million.",
                   "The council rammed through the bridge scheme. The scheme costs $4 million.")
    assert [t.modifier for t in found] == ["bridge"]
    thing = found[0]
    assert [s.text for s in thing.phrases[0]] == ["bridge plan"]
    assert [s.text for s in thing.phrases[1]] == ["bridge scheme"]
    assert thing.loaded == ((), ("scheme",))


def test_different_heads_with_nothing_loaded_are_not_paired():
    found = things("Engineers inspected the bridge deck. The deck is old.",
                   "The council approved the bridge plan. The plan is cheap.")
    assert found == ()


def test_the_same_loaded_phrase_in_every_outlet_is_not_a_naming_difference():
    found = things("Critics attacked the bridge scheme. The scheme is costly.",
                   "Residents mocked the bridge scheme. The scheme is costly.")
    assert found == ()


def test_an_adjective_after_the_modifier_is_no_head():
    found = things("Engineers want to keep the bridge open. The scheme is costly.",
                   "The council approved the bridge scheme. The scheme is costly.")
    assert found == ()


def test_a_modifier_only_one_outlet_uses_is_not_paired():
    found = things("The council approved the tram scheme. The scheme is costly.",
                   "The council approved the bridge plan. The plan is cheap.")
    assert found == ()


def test_json():
    comparison = compare([analyze_text("News\n\nThe council approved the bridge plan. The plan is cheap.",
                                       outlet="A"),
                          analyze_text("News\n\nThe council rammed through the bridge scheme.",
                                       outlet="B"),
                          analyze_text("News\n\nThe council met.", outlet="C")])
    data = comparison.to_json()["naming"]
    assert data[0]["modifier"] == "bridge"
    assert data[0]["phrases"][2] is None
    assert data[0]["phrases"][1][0]["text"] == "bridge scheme"
    assert data[0]["loaded"] == [[], ["scheme"], None]
