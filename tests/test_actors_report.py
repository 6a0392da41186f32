"""The report's "Who each outlet names" (framing/report/actors.py) on the bundled examples."""

from __future__ import annotations

import pytest
from helpers import EXAMPLE_FILES

from framing.comparison import compare
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.report.highlight import Mark, paragraph_pieces
from framing.report.render import render_html, template_dirs
from framing.settings import Settings
from framing.text.readers import read_article
from framing.text.spans import Span


@pytest.fixture(scope="module")
def comparison():
    articles = [read_article(p) for p in EXAMPLE_FILES]
    return compare(analyze_articles(articles, Settings()))


@pytest.fixture(scope="module")
def view(comparison):
    return build_context(comparison, Settings())


def row(rows, name):
    found = [r for r in rows if r.name == name]
    assert len(found) == 1, [r.name for r in rows]
    return found[0]


def test_the_council_is_one_row_named_by_every_outlet(view):
    council = row(view.actors.coverage, "Harrowgate City Council")
    assert all(cell.text.isdigit() for cell in council.cells)
    assert all(cell.href.startswith("#actor-") for cell in council.cells)


def test_the_naming_table_shows_each_outlets_words_with_loaded_ones_marked(view, comparison):
    clarion = [o.short for o in view.outlets].index("The Harrowgate Clarion")
    wren = row(view.actors.naming, "Tobias Wren")
    line = next(line for line in wren.lines if line.outlet == view.outlets[clarion].short)
    marked = {t.text for t in line.terms if t.css == "naming-loaded"}
    assert "Wren regime" in marked  # a judging noun (data/naming_judging_heads.txt)
    assert "mandate" in line.loaded  # a loaded term in a clause that mentions him
    wire = next(line for line in wren.lines if line.outlet == "wire-report")
    assert not any(t.css for t in wire.terms)  # the wire calls him "Mayor" and nothing loaded


def test_tone_cells_show_a_dash_below_the_minimum_and_blank_where_absent(comparison):
    view = build_context(comparison, Settings(report={"actor_tone_min_sentences": 3}))
    for tone_row, actor in ((r, next(a for a in comparison.actors if a.name == r.name))
                            for r in view.actors.tone):
        for cell, sentences, mentions in zip(tone_row.cells, actor.sentences, actor.mentions):
            if mentions is None:
                assert cell.text == "" and cell.css == "absent"
            elif (sentences or 0) < 3:
                assert cell.text == "—"
            else:
                assert cell.text[0] in "+−"


def test_links_point_at_anchors_in_the_texts_and_vanish_without_texts(view, comparison):
    anchors = {piece.anchor for group in view.texts.groups for r in group.rows for cell in r
               for piece in cell if piece.anchor}
    hrefs = {cell.href[1:] for r in view.actors.coverage for cell in r.cells if cell.href}
    assert hrefs and hrefs <= anchors
    plain = build_context(comparison, Settings(report={"full_texts": False}))
    assert not any(cell.href for r in plain.actors.coverage for cell in r.cells)


def test_each_outlet_lists_what_only_it_names_and_what_it_alone_leaves_out(view):
    wire, clarion, column = view.actors.choices
    assert "City Hall" in clarion.only and "City Hall" not in wire.only
    assert "Lidia Marsh" in column.left_out  # the wire and the Clarion both name her
    assert wire.left_out == "—"


def test_the_html_prints_the_section_with_its_links_and_anchors(view):
    html = render_html(view, template_dirs())
    assert 'id="actors"' in html and "Who each outlet names" in html
    assert 'href="#actor-' in html and 'id="actor-' in html


def test_an_anchored_mark_names_the_piece_it_starts():
    text = "Ana Ortiz spoke. Pike left."
    pieces = paragraph_pieces(text, [Span.of(text, 0, len(text))],
                              [Mark(17, 21, "actor-first", anchor="actor-0-c2")])
    assert [(p.text, p.anchor) for p in pieces[0]] == [("Ana Ortiz spoke. ", ""),
                                                       ("Pike", "actor-0-c2"), (" left.", "")]
