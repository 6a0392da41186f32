"""framing corpus: inputs at scale, the tables, strictness and resumption."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from corpus_helpers import ROWS, read_csv, without, write_csv, write_jsonl, write_parquet
from framing.cli import main
from framing.corpus import Columns, Options, run_corpus
from framing.corpus import run as run_module
from framing.corpus.cache import CACHE_NAME
from framing.corpus.rows import metric_columns
from framing.corpus.tables import TABLES
from framing.pipeline import analyze
from framing.settings import Settings

ONE_JOB = Options(jobs=1, report=False)


def corpus(*args):
    return CliRunner().invoke(main, ["corpus", *[str(a) for a in args]])


def test_tables_have_a_row_per_article_and_a_column_per_metric(tmp_path):
    table = write_csv(tmp_path / "news.csv")
    summary = run_corpus([str(table)], tmp_path / "out", Settings(), ONE_JOB)
    assert summary.articles == 4 and not summary.skipped
    rows = read_csv(tmp_path / "out" / "articles.csv")
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]
    assert [r["outlet"] for r in rows] == [r["outlet"] for r in ROWS]
    assert [r["story"] for r in rows] == ["ferry", "ferry", "school", "school"]
    assert [r["row"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0]["title"] == "Ferry service to resume on Monday"
    assert rows[2]["date"] == ""
    for column, *_ in metric_columns():
        assert column in rows[0]
    assert "readability_flesch_kincaid_grade" in rows[0]
    assert "attribution_distinct_sources" in rows[0]
    parquet = pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    assert [r["sha256"] for r in parquet] == [r["sha256"] for r in rows]
    assert parquet[1]["sentiment_mean"] == float(rows[1]["sentiment_mean"])


def test_the_loaded_outlet_scores_higher_than_the_neutral_one(tmp_path):
    run_corpus([str(write_csv(tmp_path / "news.csv"))], tmp_path / "out", Settings(), ONE_JOB)
    rows = read_csv(tmp_path / "out" / "articles.csv")
    wire, courier = rows[0], rows[1]
    assert (float(courier["loaded_language_own_density"])
            > float(wire["loaded_language_own_density"]))
    assert float(courier["sentiment_mean"]) < float(wire["sentiment_mean"])


def test_metrics_match_the_analysis_of_the_same_text(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "wire.txt").write_text(f"{ROWS[0]['title']}\n\n{ROWS[0]['text']}\n", encoding="utf-8")
    run_corpus([str(folder)], tmp_path / "out", Settings(), ONE_JOB)
    row = read_csv(tmp_path / "out" / "articles.csv")[0]
    analysis = analyze([folder / "wire.txt"])[0]
    assert float(row["sentiment_mean"]) == analysis.sentiment.mean
    assert float(row["readability_gunning_fog"]) == analysis.readability.gunning_fog
    sentences = pq.read_table(tmp_path / "out" / "sentences.parquet").to_pylist()
    assert [s["tone"] for s in sentences] == [s.compound for s in analysis.sentiment.sentences]
    assert sentences[0]["headline"] and not sentences[1]["headline"]
    quoted = [s for s in sentences if "engines" in analysis.article.text[s["start"]:s["end"]]]
    assert quoted[0]["voice"] == "mixed" and quoted[0]["attributed"]


def test_csv_tsv_jsonl_and_parquet_give_the_same_articles_table(tmp_path):
    inputs = [write_csv(tmp_path / "news.csv"), write_csv(tmp_path / "news.tsv", delimiter="\t"),
              write_jsonl(tmp_path / "news.jsonl"),
              write_parquet(tmp_path / "news.parquet", row_group_size=3)]
    tables = []
    for number, table in enumerate(inputs):
        run_corpus([str(table)], tmp_path / f"out{number}", Settings(), ONE_JOB)
        rows = read_csv(tmp_path / f"out{number}" / "articles.csv")
        tables.append(without(rows, "path", "row"))
    assert all(table == tables[0] for table in tables)
    assert len(tables[0]) == 4


def test_folders_are_searched_recursively_and_globs_expanded(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / ".hidden").mkdir()
    for name, row in zip(["a/one.txt", "a/b/two.md", "a/.hidden/three.txt"], ROWS):
        (tmp_path / name).write_text(f"{row['title']}\n\n{row['text']}\n", encoding="utf-8")
    (tmp_path / "a" / "notes.log").write_text("not an article", encoding="utf-8")
    run_corpus([str(tmp_path / "a")], tmp_path / "out", Settings(), ONE_JOB)
    paths = [r["path"] for r in read_csv(tmp_path / "out" / "articles.csv")]
    assert paths == [str(tmp_path / "a/b/two.md"), str(tmp_path / "a/one.txt")]
    run_corpus([str(tmp_path / "a" / "**" / "*.md")], tmp_path / "out2", Settings(), ONE_JOB)
    assert [r["path"] for r in read_csv(tmp_path / "out2" / "articles.csv")] == [
        str(tmp_path / "a/b/two.md")]


def test_a_metadata_table_names_the_files_outlets_and_dates(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "w-1.txt").write_text(f"{ROWS[0]['title']}\n\n{ROWS[0]['text']}",
                                                encoding="utf-8")
    (tmp_path / "meta.tsv").write_text("filename\tpublisher\tpublication_date\n"
                                       "w-1\tValley Wire\t2025-03-03\n", encoding="utf-8")
    result = corpus(tmp_path / "texts", "-o", tmp_path / "out", "-j", "1", "--no-report",
                    "--metadata", tmp_path / "meta.tsv", "--outlet-column", "publisher",
                    "--date-column", "publication_date")
    assert result.exit_code == 0, result.output
    row = read_csv(tmp_path / "out" / "articles.csv")[0]
    assert (row["outlet"], row["date"]) == ("Valley Wire", "2025-03-03")
    assert row["title"] == "Ferry service to resume on Monday"


def test_html_in_a_text_column_goes_through_the_html_extractor(tmp_path):
    html = ("<div class='share'>Share this</div><article><h1>Ferry back</h1>"
            f"<p>{ROWS[0]['text']}</p><p>Timetables are posted at the pier.</p></article>")
    table = write_jsonl(tmp_path / "news.jsonl", [{**ROWS[0], "text": html}])
    run_corpus([str(table)], tmp_path / "out", Settings(), ONE_JOB)
    row = read_csv(tmp_path / "out" / "articles.csv")[0]
    assert row["format"] == "html"
    sentences = pq.read_table(tmp_path / "out" / "sentences.parquet").to_pylist()
    assert len(sentences) >= 4
    assert int(row["words"]) > 30
    assert row["title"] == ROWS[0]["title"]  # the column wins over the page


def test_a_bad_row_is_skipped_with_its_row_number(tmp_path):
    rows = [ROWS[0], {**ROWS[1], "text": "   "}, ROWS[2]]
    table = write_csv(tmp_path / "news.csv", rows)
    with open(table, "a", encoding="utf-8") as stream:
        stream.write('"Only two",fields\n')
    result = corpus(table, "-o", tmp_path / "out", "-j", "1", "--quiet", "--no-report")
    assert result.exit_code == 0
    assert f"Skipped: {table}:row 2: " in result.stderr
    assert f"Skipped: {table}:row 4: 2 fields where the header names 6" in result.stderr
    assert "2 articles (0 from the cache), 2 skipped" in result.stderr
    assert len(read_csv(tmp_path / "out" / "articles.csv")) == 2


def test_bad_jsonl_lines_and_parquet_cells_are_skipped(tmp_path):
    table = tmp_path / "news.jsonl"
    table.write_text(json.dumps(ROWS[0]) + "\n{not json\n" + json.dumps({**ROWS[1], "text": 7})
                     + "\n", encoding="utf-8")
    summary = run_corpus([str(table)], tmp_path / "out", Settings(), ONE_JOB)
    assert [s.name for s in summary.skipped] == [f"{table}:line 2", f"{table}:line 3"]
    assert "holds int, not text" in summary.skipped[1].reason
    parquet = write_parquet(tmp_path / "news.parquet", [ROWS[0], {**ROWS[1], "text": None}])
    summary = run_corpus([str(parquet)], tmp_path / "out2", Settings(), ONE_JOB)
    assert [s.name for s in summary.skipped] == [f"{parquet}:row 2"]


def test_strict_stops_at_the_first_bad_row_and_writes_nothing(tmp_path):
    table = write_csv(tmp_path / "news.csv", [ROWS[0], {**ROWS[1], "text": ""}, ROWS[2]])
    result = corpus(table, "-o", tmp_path / "out", "-j", "1", "--strict", "--no-report")
    assert result.exit_code == 1
    assert f"Error: {table}:row 2: no text in column 'text'" in result.stderr
    assert not any((tmp_path / "out" / name).exists() for name in TABLES)


def test_a_table_without_the_text_column_is_an_error_naming_it(tmp_path):
    table = write_csv(tmp_path / "news.csv")
    result = corpus(table, "-o", tmp_path / "out", "--text-column", "body")
    assert result.exit_code == 1
    assert f"Error: {table}: no column 'body' for the article text" in result.stderr
    assert not (tmp_path / "out").exists()


def test_other_column_names(tmp_path):
    renamed = [{"body": r["text"], "source": r["outlet"], "headline": r["title"]} for r in ROWS]
    table = write_jsonl(tmp_path / "news.jsonl", renamed)
    columns = Columns(text="body", outlet="source", title="headline")
    run_corpus([str(table)], tmp_path / "out", Settings(), Options(columns=columns, jobs=1, report=False))
    rows = read_csv(tmp_path / "out" / "articles.csv")
    assert [(r["outlet"], r["title"]) for r in rows] == [(r["outlet"], r["title"]) for r in ROWS]


def test_outlets_table_gives_a_mean_and_interval_per_metric(tmp_path):
    rows = ROWS * 3
    table = write_csv(tmp_path / "news.csv", rows)
    run_corpus([str(table)], tmp_path / "out", Settings(), ONE_JOB)
    outlets = read_csv(tmp_path / "out" / "outlets.csv")
    assert {r["outlet"] for r in outlets} == {"Valley Wire", "Hill Courier"}
    assert len(outlets) == 2 * len(metric_columns())
    articles = read_csv(tmp_path / "out" / "articles.csv")
    for row in outlets:
        values = [float(a[row["metric"]]) for a in articles
                  if a["outlet"] == row["outlet"] and a[row["metric"]] != ""]
        assert int(row["n"]) == len(values)
        if values:
            assert float(row["mean"]) == pytest.approx(sum(values) / len(values))
        if len(set(values)) > 1:
            assert float(row["low"]) <= float(row["mean"]) <= float(row["high"])
            assert float(row["low"]) < float(row["high"])
    first = (tmp_path / "out" / "outlets.csv").read_bytes()
    run_corpus([str(table)], tmp_path / "again", Settings(), ONE_JOB)
    assert (tmp_path / "again" / "outlets.csv").read_bytes() == first  # seeded


class _Interrupt(KeyboardInterrupt):
    pass


def _interrupting(after: int):
    class Bar(run_module.ProgressBar):
        def update(self, *, done, cached, skipped):
            if done >= after:
                raise _Interrupt
    return lambda total: Bar()


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_interrupted_run_resumes_with_identical_tables(tmp_path, monkeypatch, jobs):
    table = write_csv(tmp_path / "news.csv", ROWS * 2)  # 8 articles, the repeats cached at once
    run_corpus([str(table)], tmp_path / "whole", Settings(), Options(jobs=1, report=False))
    with pytest.raises(_Interrupt):
        run_corpus([str(table)], tmp_path / "out", Settings(), Options(jobs=jobs, report=False),
                   progress=_interrupting(after=3))
    assert not any((tmp_path / "out" / name).exists() for name in TABLES)
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")]
    assert (tmp_path / "out" / CACHE_NAME).exists()
    computed = []
    original = run_module.analyze_item
    monkeypatch.setattr(run_module, "analyze_item",
                        lambda item, job: computed.append(item.name) or original(item, job))
    summary = run_corpus([str(table)], tmp_path / "out", Settings(), Options(jobs=1, report=False))
    assert summary.articles == 8
    assert len(computed) < 4  # the first three (and their repeats) came from the cache
    assert summary.cached == 8 - len(computed)
    for name in TABLES:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()


def test_changed_settings_do_not_reuse_cached_results(tmp_path):
    table = write_csv(tmp_path / "news.csv")
    run_corpus([str(table)], tmp_path / "out", Settings(), ONE_JOB)
    changed = Settings.model_validate({"sentiment": {"neutral_band": 0.2}})
    summary = run_corpus([str(table)], tmp_path / "out", changed, ONE_JOB)
    assert summary.cached == 0
    assert run_corpus([str(table)], tmp_path / "out", changed, ONE_JOB).cached == 4


def test_two_workers_write_the_same_tables_as_one(tmp_path):
    table = write_csv(tmp_path / "news.csv", ROWS * 2)
    run_corpus([str(table)], tmp_path / "one", Settings(), Options(jobs=1, report=False))
    run_corpus([str(table)], tmp_path / "two", Settings(), Options(jobs=2, report=False))
    for name in TABLES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_the_command_writes_the_tables_and_the_corpus_report(tmp_path):
    result = corpus(write_csv(tmp_path / "news.csv", ROWS * 2), "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [str(tmp_path / "out" / name)
                                          for name in (*TABLES, "report.pdf")]
    assert "8 articles (4 from the cache), 0 skipped" in result.stderr
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "out" / "report.pdf").pages)
    text = " ".join(text.split())
    assert "8 articles from 2 outlets, dated 2025-03 to 2025-04" in text
    for heading in ("Distributions", "Mean sentence tone", "95% interval", "Tone over time",
                    "Most quoted sources", "Lena Brandt"):
        assert heading in text


def test_an_input_table_is_never_overwritten(tmp_path):
    table = write_csv(tmp_path / "articles.csv")
    result = corpus(table, "-o", tmp_path)
    assert result.exit_code == 1
    assert "is one of the input files" in result.stderr
    assert len(read_csv(table)) == 4


def test_missing_inputs_are_named(tmp_path):
    result = corpus(tmp_path / "nothing-*.csv", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "no file matches" in result.stderr
    result = corpus(tmp_path / "absent.csv", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "absent.csv: no such file" in result.stderr


def test_the_same_text_in_two_files_keeps_each_files_outlet(tmp_path):
    for name in ("harbour-news.txt", "bay-times.txt"):
        (tmp_path / name).write_text(f"{ROWS[0]['title']}\n\n{ROWS[0]['text']}", encoding="utf-8")
    run_corpus([str(tmp_path / "harbour-news.txt"), str(tmp_path / "bay-times.txt")],
               tmp_path / "out", Settings(), ONE_JOB)
    rows = read_csv(tmp_path / "out" / "articles.csv")
    assert [r["outlet"] for r in rows] == ["harbour-news", "bay-times"]
    assert rows[0]["sha256"] == rows[1]["sha256"]


def test_temporary_files_of_a_killed_run_are_cleared(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".articles.csv.x1y2z3.part"
    stale.write_text("half a table", encoding="utf-8")
    other = out / ".notes.txt.abc.part"
    other.write_text("not ours", encoding="utf-8")
    run_corpus([str(write_csv(tmp_path / "news.csv"))], out, Settings(), ONE_JOB)
    assert not stale.exists() and other.exists()


def test_the_report_lists_at_most_forty_outlets(tmp_path):
    from framing.corpus.summary import CorpusSummary
    from framing.corpus.rows import Result
    from framing.report.corpus import build_corpus_view

    summary = CorpusSummary()
    row = {name: 0.5 for name, *_ in metric_columns()}
    for number in range(50):
        summary.add(Result(name=f"a{number}", sentences=[], row={
            **row, "outlet": f"Outlet {number:02d}", "words": 100, "date": None, "story": None}))
    view = build_corpus_view(summary.sorted_outlets(), palette=Settings().report.palette,
                             stylesheet="", page="A4", version="test", settings_digest="d",
                             skipped=0)
    assert len(view.outlets) == len(view.sources) == 40
    assert "50 outlets: the charts show the 16" in view.outlets_note
    assert all(len(m.rows) == 16 for m in view.metrics)
    assert view.tone_time is None


def test_per_story_writes_one_side_by_side_report_per_story(tmp_path):
    from pypdf import PdfReader

    rows = [*ROWS, {**ROWS[0], "story": "alone"}, {**ROWS[1], "text": "", "story": "school"}]
    table = write_csv(tmp_path / "news.csv", rows)
    result = corpus(table, "-o", tmp_path / "out", "-j", "1", "--no-report", "--per-story")
    assert result.exit_code == 0, result.output
    stories = tmp_path / "out" / "stories"
    assert sorted(p.name for p in stories.iterdir()) == ["ferry.pdf", "school.pdf"]
    assert str(stories / "ferry.pdf") in result.stdout.splitlines()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(stories / "school.pdf").pages)
                    .split())
    assert "Valley Wire" in text and "Hill Courier" in text
    assert "Leaking school roof" in text


def test_the_progress_total_counts_every_item_read_items_gives(tmp_path):
    from framing.corpus.sources import count_items, read_items

    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text('{"text": "One.", "outlet": "A"}\n\nnot json\n[1, 2]\n{"text": "Two."}\n',
                     encoding="utf-8")
    csv_path = write_csv(tmp_path / "news.csv")
    for path in (jsonl, csv_path):
        items = list(read_items([path], max_bytes=10_000_000))
        assert count_items([path], max_bytes=10_000_000) == len(items), path.name


def test_a_sentence_row_is_attributed_when_any_cue_or_credited_content_overlaps_it():
    from helpers import article

    from framing.corpus.rows import _sentences
    from framing.pipeline import analyze_article, prepare

    settings = Settings()
    prepare(settings)
    analysis = analyze_article(article(
        "Bridge vote\n\nThe council met on Monday. “We will build it,” Mayor Ana Ortiz said, "
        "“and it will open next year.” Traffic was light. Officials said the cost had doubled, "
        "and the budget, according to the auditor, is short. Rain fell."), settings, story=False)
    marks = [*analysis.attribution.attributed_spans(),
             *(a.cue for a in analysis.attribution.attributions if a.cue)]
    rows = _sentences(analysis)
    expected = [any(m.overlaps(r["start"], r["end"]) for m in marks) for r in rows]
    assert [r["attributed"] for r in rows] == expected
    assert True in expected and False in expected  # both kinds of sentence are there
