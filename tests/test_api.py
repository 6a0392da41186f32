"""The Python API: ``import framing`` is cheap, and its results are the CLI's."""

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE_FILES, ROOT

import framing
from framing.analyzers import ANALYZERS
from framing.cli import main
from framing.errors import ArticleError, ReportError

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    section = README.split("## Python API", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.+?)\n```", section, re.S).group(1)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    report = tmp_path / "reports" / "notebook.pdf"
    assert report.read_bytes().startswith(b"%PDF")
    assert [a.article.outlet for a in namespace["analyses"]] == [
        "wire-report", "The Harrowgate Clarion", "Notebook"]
    assert "Notebook" in capsys.readouterr().out


def test_to_dict_and_to_json_are_exactly_what_the_cli_prints(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./framing.toml
    result = CliRunner().invoke(main, ["analyze", *map(str, EXAMPLE_FILES[:2]), "--json"])
    printed = json.loads(result.stdout)
    analyses = framing.analyze([str(p) for p in EXAMPLE_FILES[:2]])
    for analysis, article in zip(analyses, printed["articles"]):
        for name in ("sentiment", "loaded_language", "attribution", "readability"):
            # the intervals depend on the [intervals] settings: framing.to_json adds them
            assert set(article[name].pop("intervals")) == {m.key for m in ANALYZERS[name].METRICS}
        assert analysis.to_dict() == article
    assert framing.to_json(analyses) == json.loads(result.stdout)


def test_analyze_text_reads_a_string_like_a_txt_file_or_with_a_title():
    plain = framing.analyze_text("Bridge closes\n\nThe council closed the bridge.")
    assert plain.article.headline.text == "Bridge closes"
    assert plain.article.outlet == "text"
    titled = framing.analyze_text("The council closed the bridge.", outlet="Wire",
                                  title="Bridge closes")
    assert titled.article.text == "Bridge closes\n\nThe council closed the bridge."
    assert titled.article.headline.text == "Bridge closes"
    assert titled.article.outlet == "Wire"
    assert titled.sentiment.sentences == plain.sentiment.sentences


@pytest.mark.parametrize("text, title", [("  \n", None), ("Bridge closes\n\n", None), (" ", "Bridge")])
def test_analyze_text_refuses_an_article_without_a_body(text, title):
    with pytest.raises(ArticleError, match="<text>"):
        framing.analyze_text(text, title=title)


def test_write_report_refuses_a_path_that_is_not_a_pdf(tmp_path):
    analyses = framing.analyze([framing.read_article(EXAMPLE_FILES[0])])
    with pytest.raises(ReportError, match=r"out\.html.*\.pdf"):
        framing.write_report(analyses, tmp_path / "out.html")


def test_the_api_names_stay_functions_after_their_modules_are_imported():
    import framing.comparison  # noqa: F401  (the submodule must not shadow framing.compare)

    assert framing.compare is framing.comparison.compare
    assert callable(framing.compare)


def test_import_framing_loads_no_analyzer():
    code = "import framing, sys; print(sorted(m for m in sys.modules if m.startswith('framing')))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "['framing']"


def test_analyze_article_adds_the_seconds_of_each_stage_to_timings():
    from framing.analyzers import ANALYZERS
    from framing.pipeline import analyze_article, prepare
    from framing.settings import Settings

    settings = Settings()
    prepare(settings)
    article = framing.read_article(EXAMPLE_FILES[0])
    timings = {"voices": 10.0}
    plain = analyze_article(article, settings)
    timed = analyze_article(article, settings, timings=timings)
    assert set(timings) == {"voices", *ANALYZERS, "story"}
    assert timings["voices"] > 10.0 and all(v > 0 for v in timings.values())
    assert timed.to_dict() == plain.to_dict()


def test_without_the_story_layer_the_analyzers_results_are_the_same():
    from framing.analyzers import ANALYZERS
    from framing.pipeline import analyze_article, prepare
    from framing.settings import Settings

    settings = Settings()
    prepare(settings)
    article = framing.read_article(EXAMPLE_FILES[0])
    timings: dict[str, float] = {}
    whole = analyze_article(article, settings)
    lean = analyze_article(article, settings, story=False, timings=timings)
    assert whole.actors and whole.facts
    assert lean.actors == () and lean.facts == ()
    assert "story" not in timings
    for name in ANALYZERS:
        assert getattr(lean, name).to_json() == getattr(whole, name).to_json()
