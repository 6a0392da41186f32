"""Hostile and careless input: each case runs the CLI in its own process with a
time limit and a memory limit, and checks the exit code, the one-line error and
that nothing in the folder changed or appeared.

Sizes are modest so the file stays fast, but large enough that a quadratic
regression (pysbd, the Markdown link regexes) blows the time limit.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

FRAMING = str(Path(sys.executable).with_name("framing"))
MEMORY_LIMIT = 3 * 1024 ** 3  # bytes of address space
# Seconds before a run counts as hung (a device or pipe read forever): a guard against
# hanging, not a speed test, so generous enough for a loaded machine.
HANG = 90
BODY = ("The council voted on Monday to close the old bridge. Officials said repairs would "
        "take a year.\n")

BILLION_LAUGHS = "---\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, *"abcdefgh"], "abcdefghi")) + "title: *i\n---\n" + BODY


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}


def run(folder: Path, *args: str, stdin: bytes | None = None,
        timeout: float = HANG) -> subprocess.CompletedProcess:
    """Run framing in ``folder`` and check that it left the folder as it was."""
    before = _snapshot(folder)
    result = subprocess.run([FRAMING, *args], cwd=folder, input=stdin,
                            stdin=None if stdin is not None else subprocess.DEVNULL,
                            capture_output=True, timeout=timeout, preexec_fn=_limit_memory)
    assert _snapshot(folder) == before
    return result


def assert_error(result: subprocess.CompletedProcess, message: str) -> None:
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr
    lines = [line for line in stderr.splitlines() if not line.startswith("Settings: ")]
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    assert "Traceback" not in stderr
    assert message in stderr, stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text("Bridge to close\n\n" + BODY, encoding="utf-8")
    return tmp_path


# --- what may be read ---------------------------------------------------------

@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_at_once(folder, device):
    assert_error(run(folder, "analyze", device, timeout=HANG), f"{device}: is a device, not an article")


@pytest.mark.parametrize("option", [(), ("--config",)], ids=["article", "settings"])
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(folder, option):
    os.mkfifo(folder / "pipe")
    args = ("analyze", *option, "pipe") + (("good.txt",) if option else ())
    kind = "a settings file" if option else "an article"
    assert_error(run(folder, *args, timeout=HANG), f"pipe: is a named pipe, not {kind}")


def test_a_device_as_lexicon_is_refused(folder):
    (folder / "framing.toml").write_text('[loaded_language]\nlexicons = ["/dev/zero"]\n')
    assert_error(run(folder, "analyze", "good.txt", timeout=HANG),
                 "/dev/zero: is a device, not a lexicon file")


def test_an_article_over_the_size_limit_is_refused(folder):
    (folder / "framing.toml").write_text("[input]\nmax_article_bytes = 1000\n")
    (folder / "big.txt").write_text("Head\n\n" + BODY * 20, encoding="utf-8")
    assert_error(run(folder, "analyze", "big.txt"),
                 "big.txt: larger than the 1 KB limit for an article "
                 "(the input.max_article_bytes setting)")


def test_standard_input_is_read_with_the_same_limit(folder):
    (folder / "framing.toml").write_text("[input]\nmax_article_bytes = 1000\n")
    assert_error(run(folder, "analyze", "-", stdin=b"x " * 100_000),
                 "-: larger than the 1 KB limit for an article")


def test_standard_input_from_dev_zero_stops_at_the_limit(folder):
    with open("/dev/zero", "rb") as zero:
        before = _snapshot(folder)
        result = subprocess.run([FRAMING, "analyze", "-"], cwd=folder, stdin=zero,
                                capture_output=True, timeout=HANG, preexec_fn=_limit_memory)
    assert _snapshot(folder) == before
    assert_error(result, "-: larger than the 2 MB limit for an article")


# --- command-line arguments ----------------------------------------------------

def test_a_folder_argument_says_it_is_a_folder(folder):
    (folder / "examples").mkdir()
    assert_error(run(folder, "report", "examples/"),
                 "examples/: is a folder (pass the article files, e.g. examples/*.txt)")


@pytest.mark.parametrize("url", ["https://www.example.com/story", "http://example.com/a",
                                 "www.example.com/news/story"])
def test_a_url_argument_is_refused_as_offline(folder, url):
    assert_error(run(folder, "analyze", url),
                 f"{url}: framing works offline: save the page and pass the file")


def test_piped_html_is_read_as_html(folder):
    page = (b"<!DOCTYPE html><html><head><title>Bridge to close</title></head><body><article>"
            b"<p>" + BODY.encode() + b"</p></article></body></html>")
    result = run(folder, "analyze", "--json", "-", stdin=page)
    assert result.returncode == 0, result.stderr.decode()
    assert b"<p>" not in result.stdout and b"DOCTYPE" not in result.stdout
    forced = run(folder, "analyze", "--json", "--format", "txt", "-", stdin=page)
    assert b"DOCTYPE" in forced.stdout


def test_format_option_reads_markdown_from_standard_input(folder):
    result = run(folder, "analyze", "--json", "--format", "md", "-",
                 stdin=b"# Bridge to close\n\n" + BODY.encode().replace(b"council", b"**council**"))
    assert result.returncode == 0, result.stderr.decode()
    assert b"**" not in result.stdout


# --- front matter ----------------------------------------------------------------

def test_billion_laughs_fails_fast(folder):
    (folder / "laughs.md").write_text(BILLION_LAUGHS, encoding="utf-8")
    assert_error(run(folder, "analyze", "laughs.md", timeout=HANG),
                 "laughs.md: front matter (line 2): anchors and aliases (& and *) are not allowed")


@pytest.mark.parametrize("key, shown", [("1: x", "'1'"), ("yes: x", "'yes'"),
                                        ("? null\n: x", "'null'"), ("? [a, b]\n: x", "a list")])
def test_front_matter_key_that_is_not_a_name(folder, key, shown):
    (folder / "keys.md").write_text(f"---\ntitle: T\n{key}\n---\n{BODY}", encoding="utf-8")
    assert_error(run(folder, "analyze", "keys.md"),
                 f"keys.md: front matter (line 3): key {shown}")


def test_python_tags_stay_refused(folder):
    (folder / "tag.md").write_text(
        "---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n" + BODY)
    assert_error(run(folder, "analyze", "tag.md"), "tag.md: front matter is not valid YAML")


# --- Markdown ----------------------------------------------------------------------

def _json_text(result: subprocess.CompletedProcess) -> str:
    import json

    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)["articles"][0]["text"]


def test_raw_html_in_markdown_is_not_analysed(folder):
    (folder / "html.md").write_text(
        '# Bridge\n\n<div class="ad">\nSubscribe now\n</div>\n\nThe council <span>voted</span> '
        'on Monday.\n\n<script>alert(1)</script>\n', encoding="utf-8")
    assert _json_text(run(folder, "analyze", "--json", "html.md")) == \
        "Bridge\n\nThe council voted on Monday."


def test_a_link_keeps_its_text_and_drops_its_url(folder):
    (folder / "link.md").write_text(
        "# Bridge\n\nThe [Council](https://en.wikipedia.org/wiki/Council_(government)) met. "
        "![a photo](x.png)\n", encoding="utf-8")
    assert _json_text(run(folder, "analyze", "--json", "link.md")) == "Bridge\n\nThe Council met."


@pytest.mark.parametrize("name, content", [
    ("brackets.md", "# Head\n\n" + "[" * 80_000 + "\n"),
    ("brackets.txt", "Head\n\n" + "[" * 80_000 + "\n"),
    ("closed.md", "# Head\n\n" + "[" * 80_000 + "]\n"),
    ("word.txt", "Head\n\n" + "abcdefghij" * 20_000 + "\n"),
    ("quotes.txt", "Head\n\n" + '"' * 100_000 + "\n"),
    ("initials.txt", "Head\n\n" + "A. " * 20_000 + "\n"),
], ids=lambda value: value if len(value) < 20 else "")
def test_pathological_text_is_analysed_in_time(folder, name, content):
    (folder / name).write_text(content, encoding="utf-8")
    result = run(folder, "analyze", name, timeout=HANG)
    assert result.returncode == 0, result.stderr.decode()


# --- encodings ----------------------------------------------------------------------

def test_legacy_encoding_warning_names_the_guess(folder):
    (folder / "cz.txt").write_bytes(
        "Zprávy\n\nŽluťoučký kůň úpěl ďábelské ódy. Příliš žluťoučký kůň v Brně.".encode("cp1250"))
    result = run(folder, "analyze", "cz.txt")
    assert result.returncode == 0
    assert "cz.txt: not valid UTF-8; read as windows-1250 (guessed" in result.stderr.decode()

