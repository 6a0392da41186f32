"""Which differences are beyond chance: intervals per figure, marks, the summary, the JSON.

Two articles drawn from one text differ by chance alone; a calm report and a furious column
(tests/fixtures/differences, fictional) differ in tone and loaded wording beyond doubt."""

import json

import pytest
from click.testing import CliRunner
from helpers import EXAMPLES, ROOT, article

import framing
from framing.analyzers import ANALYZERS
from framing.cli import main
from framing.comparison import compare
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.settings import IntervalSettings, Settings

PAIR = [ROOT / "tests" / "fixtures" / "differences" / name
        for name in ("calm-wire.txt", "furious-column.txt")]


def halves(path):
    """Two articles from one: the headline over the odd paragraphs, and over the even ones."""
    headline, *paragraphs = [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
    return [article("\n\n".join([headline, *paragraphs[start::2]]), name=f"half-{start + 1}.txt",
                    label=f"Half {start + 1}") for start in (0, 1)]


@pytest.fixture(scope="module")
def pair():
    return compare(framing.analyze([str(p) for p in PAIR]))


@pytest.fixture(scope="module", params=["wire-report.txt", "opinion-column.html"])
def split(request):
    path = EXAMPLES / request.param
    if path.suffix == ".html":  # the column's text as read, without its markup
        text = framing.analyze([str(path)])[0].article
        path = ROOT / "tests" / "fixtures" / "differences" / "column.tmp"
        path.write_text(text.text, encoding="utf-8")
        try:
            return compare(analyze_articles(halves(path), Settings()))
        finally:
            path.unlink()
    return compare(analyze_articles(halves(path), Settings()))


def row(comparison, analyzer, key):
    return next(r for r in comparison.rows if r.analyzer == analyzer and r.metric.key == key)


def summary(comparison):
    return build_context(comparison, Settings()).summary


def test_two_halves_of_one_text_show_no_clear_difference(split):
    assert [r.metric.key for r in split.rows if r.clear] == []
    assert all(not found.terms for found in split.distinctive)
    sentences = summary(split).sentences
    assert len(sentences) >= 1
    assert sentences[0].text.startswith("No headline figure differs beyond chance")


def test_a_calm_report_and_a_furious_column_get_the_expected_marks(pair):
    calm, furious = 0, 1
    for analyzer, key, highest in [("sentiment", "mean", calm),
                                   ("sentiment", "negative_share", furious),
                                   ("loaded_language", "own_density", furious),
                                   ("loaded_language", "sentence_share", furious)]:
        marked = row(pair, analyzer, key)
        assert marked.clear and marked.test == "interval_overlap", key
        assert marked.highest == (highest,) and marked.lowest == (1 - highest,), key
    # readability differs little between the two: no mark
    assert not row(pair, "readability", "flesch_reading_ease").clear
    # the headline is one sentence: never tested
    headline = row(pair, "sentiment", "headline")
    assert not headline.clear and headline.test == "none"


def test_every_figure_has_its_units_and_an_interval_around_its_value(pair):
    for article_estimates in pair.estimates:
        for name, module in ANALYZERS.items():
            for metric in module.METRICS:
                estimate = article_estimates[name][metric.key]
                if estimate.interval is None:
                    continue
                low, high = estimate.interval
                assert estimate.n >= 2 and estimate.unit
                assert low <= high
                if metric.key not in ("own_density", "quoted_density"):  # 0 terms: [0, 0]
                    assert low - 1e-9 <= estimate.value <= high + 1e-9 or low < high


def test_the_summary_never_mentions_a_row_without_a_clear_difference(pair, split):
    for comparison in (pair, split):
        view = build_context(comparison, Settings())
        text = " ".join(s.text for s in view.summary.sentences)
        assert len(view.summary.sentences) <= 6
        for r in comparison.rows:
            if not r.clear:
                assert f"{r.metric.label}:" not in text
        for group in view.glance.groups:
            for shown in group.rows:
                assert (shown.verdict == "") == any(c.css for c in shown.cells)
    marked = build_context(pair, Settings()).summary.sentences
    assert {s.href for s in marked} <= {"#sentiment", "#loaded-language", "#attribution",
                                        "#readability", "#distinctive", "#quotes", "#passages",
                                        "#facts", "#actors"}
    assert any("Mean sentence tone: calm-wire" in s.text or "Loaded terms (own voice): furious-column"
               in s.text for s in marked)


def test_the_confidence_level_decides_the_width_and_the_marks(pair):
    analyses = pair.analyses
    strict = compare(analyses, IntervalSettings(confidence_level=0.999))
    loose = compare(analyses, IntervalSettings(confidence_level=0.5))
    mean = [row(c, "sentiment", "mean").estimates[0].interval for c in (strict, pair, loose)]
    assert mean[0][1] - mean[0][0] > mean[1][1] - mean[1][0] > mean[2][1] - mean[2][0]
    assert sum(r.clear for r in strict.rows) <= sum(r.clear for r in pair.rows) \
        <= sum(r.clear for r in loose.rows)


def test_json_gives_every_figure_an_interval_and_n_and_the_differences(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(main, ["analyze", "--json", *map(str, PAIR)])
    second = CliRunner().invoke(main, ["analyze", "--json", *map(str, PAIR)])
    assert first.exit_code == 0
    assert first.stdout == second.stdout  # same inputs, byte-identical JSON
    document = json.loads(first.stdout)
    for article_json in document["articles"]:
        for name, module in ANALYZERS.items():
            intervals = article_json[name]["intervals"]
            assert list(intervals) == [m.key for m in module.METRICS]
            for figure in intervals.values():
                assert set(figure) == {"interval", "n"}
    differences = document["comparison"]["differences"]
    assert len(differences) == sum(len(m.METRICS) for m in ANALYZERS.values())
    mean = next(d for d in differences if d["metric"] == "mean")
    assert mean == {"analyzer": "sentiment", "metric": "mean", "highest": [0], "lowest": [1],
                    "clear": True, "test": "interval_overlap"}
    assert len(document["comparison"]["distinctive_terms"]) == 2
    seeded = tmp_path / "seed.toml"
    seeded.write_text("[intervals]\nseed = 7\n", encoding="utf-8")
    other = CliRunner().invoke(main, ["analyze", "--json", "--config", str(seeded), *map(str, PAIR)])
    reseeded = json.loads(other.stdout)["articles"][1]
    assert reseeded["readability"]["intervals"] != document["articles"][1]["readability"]["intervals"]
    assert reseeded["readability"]["intervals"]["dale_chall"]["n"] \
        == document["articles"][1]["readability"]["intervals"]["dale_chall"]["n"]
