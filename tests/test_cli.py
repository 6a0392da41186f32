import json

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
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
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
