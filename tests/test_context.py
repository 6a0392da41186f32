import dataclasses

import pytest
from helpers import EXAMPLE_FILES, article

from framing.analyzers import ANALYZERS
from framing.comparison import compare
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.report.view import ReportView
from framing.settings import Settings
from framing.text.readers import read_article


@pytest.fixture(scope="module")
def analyses():
    return analyze_articles([read_article(p) for p in EXAMPLE_FILES], Settings())


@pytest.fixture(scope="module")
def view(analyses) -> ReportView:
    return build_context(compare(analyses), Settings())


def leaves(value, path="view"):
    """Every value below ``value`` that is not a dataclass or a tuple, with its path;
    fails on a dataclass that is not frozen."""
    if dataclasses.is_dataclass(value):
        assert type(value).__dataclass_params__.frozen, f"{path}: {type(value).__name__} is not frozen"
        for field in dataclasses.fields(value):
            yield from leaves(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from leaves(item, f"{path}[{i}]")
    else:
        yield path, value


def test_build_context_returns_a_frozen_dataclass(view):
    assert isinstance(view, ReportView)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.title = "changed"  # type: ignore[misc]


def test_every_value_in_the_view_is_ready_to_print(view):
    """Only strings, flags and absent parts: nothing for a template to round or format."""
    found = list(leaves(view))
    assert len(found) > 1000
    wrong = [(path, value) for path, value in found if not isinstance(value, (str, bool, type(None)))]
    assert wrong == []


def test_the_stylesheet_is_part_of_the_build(view):
    assert view.stylesheet.startswith("/* framing report stylesheet") and "@page" in view.stylesheet


def test_section_titles_and_leads_come_from_the_analyzers(view):
    heads = [view.sentiment.head, view.loaded.head, view.attribution.head, view.readability.head]
    for head, module in zip(heads, ANALYZERS.values()):
        assert head.title == module.TITLE
        assert head.lead[0] == module.ABOUT[0]
    assert [m.title for m in view.appendix.methods] == [
        *(m.TITLE for m in ANALYZERS.values()), "Intervals and differences", "Distinctive words"]
    labels = [link.label for link in view.contents]
    assert labels[:6] == ["What each outlet chose", "Facts each outlet reports", "Who each outlet names",
                          "Quotations across outlets", "Shared passages", "Distinctive words"]
    assert labels[6:10] == [m.TITLE for m in ANALYZERS.values()]


def test_settings_reach_the_leads_and_the_optional_parts(analyses):
    plain = build_context(compare(analyses), Settings(
        sentiment={"neutral_band": 0.2}, report={"full_texts": False, "tone_shading": False}))
    assert plain.texts is None
    assert "#texts" not in [link.href for link in plain.contents]
    assert "Sentences within ±0.2 count as neutral." in plain.sentiment.head.lead
    assert not any("full texts" in p for p in plain.loaded.head.lead + plain.attribution.head.lead)
    shaded = build_context(compare(analyses), Settings())
    assert shaded.texts is not None and shaded.texts.tone_legend
    assert any("full texts" in p for p in shaded.loaded.head.lead)


def test_glance_marks_only_clear_differences_and_gives_every_interval(view):
    marked = 0
    for group in view.glance.groups:
        for row in group.rows:
            marks = [cell.css for cell in row.cells]
            assert set(marks) <= {"high", "low", ""}
            if row.verdict:  # no clear difference, or not tested: no arrow at all
                assert set(marks) == {""}
            else:
                assert "high" in marks and "low" in marks
                marked += 1
            assert all("n " in cell.detail for cell in row.cells if cell.text != "—"
                       and row.label != "Distinct sources")
    assert 0 < marked < sum(len(g.rows) for g in view.glance.groups)
    assert view.glance.colspan == str(len(view.outlets) + 1)


def test_who_speaks_tables_leave_out_sources_of_thoughts_alone():
    texts = ["Bridge plan\n\nMayor Ana Ortiz said the bridge would open in May. Councillor Ben "
             "Pike fears the worst for the budget.",
             "Bridge vote\n\nOrtiz said the council had voted. Pike fears a long delay."]
    analyses = analyze_articles([article(t, name=f"{i}.txt") for i, t in enumerate(texts)],
                                Settings())
    view = build_context(compare(analyses), Settings())
    assert [row.name for row in view.attribution.matrix] == ["Ana Ortiz"]
    assert [[row.name for row in outlet.rows] for outlet in view.attribution.speakers] == [
        ["Ana Ortiz"], ["Ortiz"]]
    assert "Ben Pike" in [s.name for s in analyses[0].attribution.speakers]  # kept in the JSON
    # the line under each table counts speech only: Pike's fear is not there
    assert view.attribution.speakers[0].by_type == "1 speech attribution by source type: person 1"
