import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE_FILES

from framing.cli import main, slug

COMMANDS = [["report"], ["analyze"], ["config"], ["config", "init"], ["config", "show"], []]


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_analyze_json_contract(tmp_path, no_network):
    result = run("analyze", *EXAMPLE_FILES, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["framing_version"] and len(data["settings_digest"]) == 16
    assert [a["outlet"] for a in data["articles"]] == [
        "wire-report", "The Harrowgate Clarion", "Harrowgate Evening Post"]
    for entry in data["articles"]:
        text = entry["text"]
        assert {"path", "title", "date", "headline", "word_count", "sentence_count", "sentences",
                "sentiment", "readability"} <= entry.keys()
        assert entry["sentence_count"] == len(entry["sentences"])
        head = entry["headline"]
        assert text[head["start"]:head["end"]] == head["text"] == entry["title"]
        for span in _spans(entry):
            assert text[span["start"]:span["end"]] == span["text"]
    wire = data["articles"][0]
    assert wire["text"] == EXAMPLE_FILES[0].read_text(encoding="utf-8")


def _spans(node):
    """Every {start, end, text} object anywhere below ``node``."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from _spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spans(value)


def test_analyze_summary_and_stdin():
    text = EXAMPLE_FILES[0].read_text(encoding="utf-8")
    result = run("analyze", "-", "--label", "Piped", input=text)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Piped: ")


def assert_fails(result, *fragments):
    """Exit 1 and, after at most the line naming the settings, one ``Error:`` line."""
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    if lines and lines[0].startswith("Settings: "):
        lines = lines[1:]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def out(tmp_path):
    return tmp_path / "out" / "report.pdf"


def test_unknown_config_key(tmp_path, out):
    config = tmp_path / "bad.toml"
    config.write_text("[sentiment]\nneutral_bnad = 0.1\n")
    assert_fails(run("report", *EXAMPLE_FILES, "-o", out, "--config", config),
                 "bad.toml", "sentiment.neutral_bnad")
    assert not out.exists()


def test_empty_article(tmp_path, out):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ")
    assert_fails(run("report", EXAMPLE_FILES[0], empty, "-o", out), "empty.txt", "empty")
    assert not out.exists()


def test_binary_file(tmp_path, out):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    assert_fails(run("report", EXAMPLE_FILES[0], binary, "-o", out), "photo.txt", "binary")
    assert not out.exists()


def test_missing_file_and_directory(tmp_path, out):
    assert_fails(run("report", EXAMPLE_FILES[0], tmp_path / "gone.txt", "-o", out), "gone.txt")
    assert_fails(run("report", EXAMPLE_FILES[0], tmp_path, "-o", out), "is a folder")
    assert not out.exists()


def test_a_single_article_is_no_comparison(out):
    assert_fails(run("report", EXAMPLE_FILES[0], "-o", out), "at least 2")
    assert not out.exists()


def test_too_many_articles(out):
    assert_fails(run("report", *(EXAMPLE_FILES * 3), "-o", out), "at most 8")


def test_unwritable_output(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert_fails(run("report", *EXAMPLE_FILES, "-o", blocker / "report.pdf"), "file")
    assert_fails(run("report", *EXAMPLE_FILES, "-o", tmp_path), "directory")


def test_more_labels_than_files(out):
    assert_fails(run("analyze", EXAMPLE_FILES[0], "-l", "A", "-l", "B"), "--label")


def test_config_init_and_show(tmp_path):
    path = tmp_path / "framing.toml"
    result = run("config", "init", path)
    assert result.exit_code == 0 and path.exists()
    assert "neutral_band = 0.05" in path.read_text()
    assert_fails(run("config", "init", path), "already exists")
    path.write_text("[sentiment]\nneutral_band = 0.3\n")
    result = run("config", "show", "--config", path)
    assert result.exit_code == 0
    assert "neutral_band = 0.3" in result.stdout and str(path) in result.stdout


def test_slug():
    assert slug(["The Star", "Daily News!"]) == "the-star-vs-daily-news"
    assert len(slug(["x" * 200])) <= 80


@pytest.mark.parametrize("name", ["out.html", "out", "out.PDF.txt"])
def test_report_output_must_be_a_pdf(tmp_path, name):
    output = tmp_path / "new" / name
    result = run("report", *EXAMPLE_FILES[:2], "-o", output, "--html")
    assert_fails(result, str(output), ".pdf")
    assert list(tmp_path.iterdir()) == []


def test_python_m_framing_and_the_console_script_run_the_cli():
    result = subprocess.run([sys.executable, "-m", "framing", "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Compare how news outlets frame the same story." in result.stdout
    (script,) = entry_points(group="console_scripts", name="framing")
    assert script.load() is main
    installed = Path(sys.executable).parent / "framing"
    if installed.exists():
        result = subprocess.run([str(installed), "--version"], capture_output=True, text=True)
        assert result.returncode == 0 and result.stdout.startswith("framing, version ")


GERMAN = EXAMPLE_FILES[0].parent.parent / "tests" / "fixtures" / "german-article.txt"
SPANISH = GERMAN.with_name("spanish-article.html")
COPIED = GERMAN.with_name("copied-page.txt")


@pytest.mark.parametrize("command", ["analyze", "report"])
@pytest.mark.parametrize("path, name", [(GERMAN, "German (de)"), (SPANISH, "Spanish (es)")])
def test_non_english_article_is_refused(command, path, name, out):
    result = run(command, EXAMPLE_FILES[0], path, "-o", out) if command == "report" else run(
        command, EXAMPLE_FILES[0], path)
    assert_fails(result)
    assert result.stderr.splitlines()[-1] == (
        f"Error: {path}: reads as {name}, and framing's analyzers are "
        "English-only; pass --lang en to analyse it anyway")
    assert not out.exists()


def test_lang_en_forces_a_non_english_article():
    result = run("analyze", GERMAN, SPANISH, "--lang", "en", "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["articles"]
    assert [(e["language"], e["language_source"], e["language_declared"]) for e in entries] == [
        ("de", "text", None), ("es", "text+html", "es")]


def test_json_records_language_and_boilerplate():
    result = run("analyze", *EXAMPLE_FILES, COPIED, "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["articles"]
    assert [e["language"] for e in entries] == ["en"] * 4
    assert [e["boilerplate"] for e in entries[:3]] == [[], [], []]
    copied = entries[3]
    assert copied["headline"]["text"] == "Army holds snap drill near the northern border"
    assert copied["boilerplate"][0]["text"] == "Facebook Twitter YouTube SoundCloud RSS"
    for span in copied["boilerplate"]:
        assert copied["text"][span["start"]:span["end"]] == span["text"]
        assert not any(span["start"] < s["end"] and s["start"] < span["end"]
                       for s in copied["sentences"])


def test_the_same_article_given_twice_is_warned_about():
    result = run("analyze", EXAMPLE_FILES[0], EXAMPLE_FILES[1], EXAMPLE_FILES[0])
    assert result.exit_code == 0, result.output
    assert (f"Warning: {EXAMPLE_FILES[0]}: the same file as {EXAMPLE_FILES[0]}; its column will "
            "repeat that one") in result.stderr
    assert "the same file" not in run("analyze", *EXAMPLE_FILES).stderr


def test_frame_dictionary_example_adds_categories_to_json(no_network):
    frames = Path(EXAMPLE_FILES[0]).parent / "frames" / "frames.toml"
    result = run("analyze", *EXAMPLE_FILES, "--json", "--config", frames)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    categories = data["articles"][0]["loaded_language"]["categories"]
    assert {"economic", "morality", "security", "process"} <= categories.keys()
    assert sum(a["loaded_language"]["categories"]["process"]["own"] for a in data["articles"]) > 0


def test_a_malformed_dic_file_stops_with_one_line(tmp_path):
    (tmp_path / "bad.dic").write_text("%\n1\teconomic\n%\ntax\t9\n", encoding="utf-8")
    (tmp_path / "framing.toml").write_text(
        'loaded_language.lexicons = ["bad.dic"]\n'
        '[[loaded_language.user_categories]]\nname = "economic"\ncolour = "#2e7d32"\n'
        'description = "money"\n', encoding="utf-8")
    result = run("analyze", *EXAMPLE_FILES[:1], "--config", tmp_path / "framing.toml")
    assert result.exit_code != 0
    assert result.stderr.strip().splitlines()[-1] == (
        f"Error: {tmp_path / 'bad.dic'}:4: category number '9' is not in the header")


def test_analyze_leaves_the_collector_on_and_the_loaded_resources_frozen(tmp_path):
    import gc

    assert run("analyze", EXAMPLE_FILES[0]).exit_code == 0
    assert gc.isenabled() and gc.get_freeze_count() > 0  # frozen by pipeline.prepare
    broken = tmp_path / "broken.toml"
    broken.write_text("[sentiment\n")
    assert run("analyze", "--config", broken, EXAMPLE_FILES[0]).exit_code == 1
    assert gc.isenabled()  # also after an error while loading
