"""framing corpus --engine dask on a LocalCluster gives the local engine's tables."""

import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")

from click.testing import CliRunner  # noqa: E402
from distributed import LocalCluster  # noqa: E402

from corpus_helpers import ROWS, harbour_rows, write_csv, write_jsonl, write_parquet  # noqa: E402
from framing.cli import main  # noqa: E402
from framing.corpus import Options, run_corpus  # noqa: E402
from framing.corpus.tables import TABLES  # noqa: E402
from framing.settings import Settings  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as local:
        yield local


def test_dask_engine_writes_the_same_tables_as_the_local_engine(tmp_path, cluster):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "one.txt").write_text(f"{ROWS[3]['title']}\n\n{ROWS[3]['text']}", encoding="utf-8")
    inputs = [str(write_csv(tmp_path / "news.csv", ROWS * 2)), str(write_jsonl(tmp_path / "news.jsonl")),
              str(write_parquet(tmp_path / "news.parquet", row_group_size=3)), str(folder)]
    local = run_corpus(inputs, tmp_path / "local", Settings(), Options(jobs=1, report=False))
    dask = run_corpus(inputs, tmp_path / "dask", Settings(),
                      Options(engine="dask", scheduler=cluster.scheduler_address, report=False))
    assert dask.articles == local.articles == 8 + 4 + 4 + 1
    for name in TABLES:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_dask_results_carry_the_term_counts(tmp_path, cluster):
    table = str(write_csv(tmp_path / "news.csv", harbour_rows()))
    run_corpus([table], tmp_path / "local", Settings(), Options(jobs=1, report=False))
    run_corpus([table], tmp_path / "dask", Settings(),
               Options(engine="dask", scheduler=cluster.scheduler_address, report=False))
    terms = (tmp_path / "dask" / "terms.csv").read_bytes()
    assert b"Tern Ledger,gulls,40," in terms
    assert terms == (tmp_path / "local" / "terms.csv").read_bytes()


def test_the_command_runs_on_a_scheduler_and_skips_bad_rows_alike(tmp_path, cluster):
    table = write_csv(tmp_path / "news.csv", [ROWS[0], {**ROWS[1], "text": ""}, ROWS[2]])
    result = CliRunner().invoke(main, ["corpus", str(table), "-o", str(tmp_path / "dask"),
                                       "--engine", "dask", "--no-report", "--scheduler",
                                       cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert f"Skipped: {table}:row 2: no text in column 'text'" in result.stderr
    local = CliRunner().invoke(main, ["corpus", str(table), "-o", str(tmp_path / "local"), "-j", "1", "--no-report"])
    assert local.exit_code == 0
    assert ((tmp_path / "dask" / "articles.csv").read_bytes()
            == (tmp_path / "local" / "articles.csv").read_bytes())


def test_dask_without_a_scheduler_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["corpus", str(write_csv(tmp_path / "n.csv")), "-o",
                                       str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 2
    assert "--engine dask needs --scheduler ADDRESS" in result.output
