"""framing corpus: each outlet's distinctive terms (terms.csv and the report), counted as the
articles stream past and kept in the cache."""

import pytest

from corpus_helpers import GULLS, HARBOUR_STORIES, harbour_rows, read_csv, write_csv
from framing.corpus import Options, run_corpus
from framing.corpus import run as run_module
from framing.corpus.cache import CACHE_NAME
from framing.corpus.rows import Job, Result, analyze_item
from framing.corpus.sources import Item
from framing.settings import Settings

ONE_JOB = Options(jobs=1, report=False)


def _terms(folder):
    return read_csv(folder / "terms.csv")


def test_a_word_only_one_outlet_keeps_using_is_its_distinctive_term(tmp_path):
    summary = run_corpus([str(write_csv(tmp_path / "news.csv", harbour_rows()))],
                         tmp_path / "out", Settings(), ONE_JOB)
    assert tmp_path / "out" / "terms.csv" in summary.tables
    rows = _terms(tmp_path / "out")
    assert list(rows[0]) == ["outlet", "term", "count", "z"]
    ledger = [r for r in rows if r["outlet"] == "Tern Ledger"]
    assert ledger[0]["term"] == "gulls" and ledger[0]["count"] == "40"
    assert float(ledger[0]["z"]) >= 1.645
    assert [float(r["z"]) for r in ledger] == sorted((float(r["z"]) for r in ledger), reverse=True)
    assert not any("gulls" in r["term"] for r in rows if r["outlet"] != "Tern Ledger")


def test_a_name_is_no_term(tmp_path):
    run_corpus([str(write_csv(tmp_path / "news.csv", harbour_rows()))], tmp_path / "out",
               Settings(), ONE_JOB)
    terms = [r["term"] for r in _terms(tmp_path / "out")]
    assert terms  # the gulls are there ...
    assert not any("quillon" in term.split() for term in terms)  # ... their counter is not


def test_a_word_also_written_in_lower_case_is_no_name(tmp_path):
    rows = harbour_rows()
    for row in rows:  # the Bay Herald writes "quillon" once in lower case: no name any more
        if row["outlet"] == "Bay Herald" and row["story"] == "s0":
            row["text"] += " A quillon is the cross-guard of a sword."
    run_corpus([str(write_csv(tmp_path / "news.csv", rows))], tmp_path / "out",
               Settings(), ONE_JOB)
    ledger = [r["term"] for r in _terms(tmp_path / "out") if r["outlet"] == "Tern Ledger"]
    assert "quillon" in ledger


def test_the_article_result_carries_its_term_counts_through_the_cache(tmp_path):
    from framing.corpus.cache import ResultCache

    item = Item(name="ledger.txt", path="ledger.txt", row=None, text=HARBOUR_STORIES[0] + GULLS,
                metadata={"outlet": "Tern Ledger"})
    result = analyze_item(item, Job(settings=Settings()))
    assert isinstance(result, Result)
    assert result.terms["gulls"] == 5 and result.terms["north pier"] == 1
    assert result.capitalised["quillon"] == result.terms["quillon"] == 3
    assert "the" not in result.terms and result.term_words > 30
    cache = ResultCache(tmp_path, settings_digest="d", version="v")
    cache.put("key", result)
    cache.close()
    assert ResultCache(tmp_path, settings_digest="d", version="v").get("key") == result


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_resumed_run_writes_the_same_terms(tmp_path, monkeypatch, jobs):
    table = write_csv(tmp_path / "news.csv", harbour_rows())
    run_corpus([str(table)], tmp_path / "whole", Settings(), ONE_JOB)
    run_corpus([str(table)], tmp_path / "out", Settings(), Options(jobs=jobs, report=False))
    assert (tmp_path / "out" / CACHE_NAME).exists()
    (tmp_path / "out" / "terms.csv").unlink()
    computed = []
    original = run_module.analyze_item
    monkeypatch.setattr(run_module, "analyze_item",
                        lambda item, job: computed.append(item.name) or original(item, job))
    summary = run_corpus([str(table)], tmp_path / "out", Settings(), ONE_JOB)
    assert summary.cached == 24 and not computed
    expected = (tmp_path / "whole" / "terms.csv").read_bytes()
    assert b"gulls" in expected
    assert (tmp_path / "out" / "terms.csv").read_bytes() == expected


def test_the_report_lists_each_outlets_terms(tmp_path):
    from pypdf import PdfReader

    settings = Settings.model_validate({"intervals": {"confidence_level": 0.9,
                                                      "resamples": 500}})
    run_corpus([str(write_csv(tmp_path / "news.csv", harbour_rows()))], tmp_path / "out", settings,
               Options(jobs=1))
    pages = PdfReader(tmp_path / "out" / "report.pdf").pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Distinctive terms" in text
    assert "gulls (40; z" in text
    assert "90% bootstrap interval (500 resamples" in text
    assert "z reaches 1.28 (one-sided, 90%)" in text
