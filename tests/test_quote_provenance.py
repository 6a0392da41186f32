"""Quote provenance (framing/comparison/quotes.py) on fictional article sets with known
answers: which quotations are one across outlets, and how each outlet gives it."""

from itertools import combinations

import pytest
from helpers import article

from framing.comparison import compare
from framing.comparison.quotes import words_of
from framing.export import to_json
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.report.provenance import shown_quotation
from framing.settings import Settings

LONG = "We have no choice but to close the bridge for repairs before the winter storms arrive"

# Each case: the articles, then the expected groups: {(article, first three words): relation}.
CASES = {
    "verbatim": (
        [f'Bridge\n\nMayor Ana Ortiz said the bridge would shut. "{LONG}," Ortiz said.',
         f'Bridge shut\n\n“{LONG.lower()}…” Mayor Ana Ortiz claimed on Monday.'],
        [{(0, "we have no"): "verbatim", (1, "we have no"): "verbatim"}]),
    "trimmed": (
        [f'Bridge\n\nMayor Ana Ortiz said: "{LONG}." The council agreed.',
         'Bridge\n\nMayor Ana Ortiz said: "We have no choice but to close the bridge for repairs."'],
        [{(0, "we have no"): "verbatim", (1, "we have no"): "trimmed"}]),
    "altered": (
        [f'Bridge\n\nMayor Ana Ortiz said: "{LONG}."',
         'Bridge\n\nMayor Ana Ortiz said: "We have no option but to close the bridge for repairs '
         'before the winter storms arrive."'],
        [{(0, "we have no"): "verbatim", (1, "we have no"): "altered"}]),
    "ellipsis": (
        [f'Bridge\n\nMayor Ana Ortiz said: "{LONG}."',
         'Bridge\n\nMayor Ana Ortiz said: "We have no choice ... before the winter storms arrive."'],
        [{(0, "we have no"): "verbatim", (1, "we have no"): "trimmed"}]),
    "paraphrase": (
        ['Budget\n\nTreasurer Maria Lindqvist said: "The city will borrow nine million dollars '
         'to rebuild the harbour wall next year."',
         'Budget\n\nTreasurer Maria Lindqvist said the city would borrow nine million dollars to '
         'rebuild the harbour wall next year.'],
        [{(0, "the city will"): "verbatim", (1, "the city would"): "paraphrased"}]),
    "three outlets": (
        [f'Bridge\n\nMayor Ana Ortiz said: "{LONG}."',
         f'Bridge\n\nMayor Ana Ortiz insisted: "{LONG}."',
         'Bridge\n\nOrtiz claimed: "We have no choice but to close the bridge."'],
        [{(0, "we have no"): "verbatim", (1, "we have no"): "verbatim",
          (2, "we have no"): "trimmed"}]),
    "short partial quotation, same speaker": (
        ['Bridge\n\nDeputy Mayor Lidia Marsh said: "This was the most affordable way to keep '
         'the bridge open at all."',
         'Bridge\n\nDeputy Mayor Lidia Marsh claimed the closure was "the most affordable way" '
         'to save the bridge.'],
        [{(0, "this was the"): "verbatim", (1, "the most affordable"): "trimmed"}]),
    # near misses: nothing here is one quotation in two outlets
    "short partial quotation, other speaker": (
        ['Bridge\n\nDeputy Mayor Lidia Marsh said: "This was the most affordable way to keep '
         'the bridge open at all."',
         'Bridge\n\nShop owner Peter Lund said the closure was "the most affordable way" '
         'to ruin the street.'],
        []),
    "same words, other speaker": (
        [f'Bridge\n\nMayor Ana Ortiz said: "{LONG}."',
         f'Bridge\n\nShop owner Peter Lund said: "{LONG}."'],
        []),
    "common phrase": (
        ['Vote\n\nMayor Ana Ortiz said the vote was close. "We will see," Ortiz said.',
         'Vote\n\nMayor Ana Ortiz said the result was unclear. "We will see," she said.'],
        []),
    "two quotations of one speaker": (
        ['Bridge\n\nMayor Ana Ortiz said: "The bridge will reopen in spring once the steel '
         'beams are replaced."',
         'Bridge\n\nMayor Ana Ortiz said: "The bridge has served this town for ninety years '
         'and deserves better care."'],
        []),
}


def _key(article_index, span):
    return article_index, " ".join(words_of(span.text)[:3])


@pytest.fixture(scope="module")
def results():
    found = {}
    for name, (texts, expected) in CASES.items():
        analyses = analyze_articles([article(t, name=f"{i}.txt") for i, t in enumerate(texts)],
                                    Settings())
        found[name] = (compare(analyses), expected)
    return found


def _pairs(groups):
    """Every pair of versions the groups put together, each with its two relations."""
    return {frozenset(pair) for group in groups for pair in combinations(group.items(), 2)}


def test_precision_and_recall_on_the_fictional_set(results):
    predicted, expected = set(), set()
    for name, (comparison, answers) in results.items():
        groups = [{_key(v.article, v.span): v.relation for v in g.versions} for g in comparison.quotes]
        predicted |= {(name, pair) for pair in _pairs(groups)}
        expected |= {(name, pair) for pair in _pairs(answers)}
    hits = len(predicted & expected)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(expected)
    assert precision >= 0.9, sorted(predicted - expected, key=str)
    assert recall >= 0.8, sorted(expected - predicted, key=str)


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_gives_the_known_groups(results, name):
    comparison, answers = results[name]
    groups = [{_key(v.article, v.span): v.relation for v in g.versions} for g in comparison.quotes]
    assert groups == answers


def test_altered_keeps_the_word_difference_and_verbs_each_outlet_gives(results):
    (group,) = results["altered"][0].quotes
    altered = group.version(1)
    assert (altered.removed, altered.added) == (("choice",), ("option",))
    (group,) = results["verbatim"][0].quotes
    assert [v.verb for v in group.versions] == ["say", "claim"]
    assert group.speaker_id == "c1" and group.speaker == "Ana Ortiz"


def test_json_gives_each_article_its_span_verb_and_relation(results):
    comparison = results["three outlets"][0]
    document = to_json(comparison.analyses)
    (quote,) = document["comparison"]["quotes"]
    assert quote["speaker_id"] == "c1"
    assert quote["relation"] == ["verbatim", "verbatim", "trimmed"]
    assert quote["verbs"] == ["say", "insist", "claim"]
    for analysis, span in zip(comparison.analyses, quote["spans"]):
        assert analysis.article.text[span["start"]:span["end"]] == span["text"]
    none = to_json(results["common phrase"][0].analyses)
    assert none["comparison"]["quotes"] == []


def test_report_view_shows_each_outlets_version_and_the_word_difference(results):
    view = build_context(results["altered"][0], Settings()).quotes
    (group,) = view.groups
    assert "Ana Ortiz" in group.speaker
    altered = group.versions[1]
    assert altered.relation == "altered"
    assert [w.text for w in altered.removed] == ["choice"]
    assert [w.text for w in altered.added] == ["option"]
    empty = build_context(results["common phrase"][0], Settings()).quotes
    assert empty.groups == () and empty.empty_note


def test_a_quotation_running_into_a_new_paragraph_shows_a_pilcrow_not_a_stray_mark():
    text = ('The deck is worn. Daily use is wearing it out.\n\n'
            '“A tram crossing puts far less load on it, and it opens the old town')
    assert shown_quotation(text) == ('The deck is worn. Daily use is wearing it out. ¶ '
                                     'A tram crossing puts far less load on it, and it opens the old town')
    assert shown_quotation('one line, "no break"') == 'one line, "no break"'
