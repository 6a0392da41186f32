"""Hostile and careless use of the output side: settings, templates, output paths,
signals and failures. Every case asserts the exit code, the one ``Error:`` line
and that no file in the folder changed or appeared.

Subprocess cases run with a time limit and a memory limit; the rest use
CliRunner, with the PDF renderer replaced where only the CLI's handling of its
result is under test (the real renderer is covered by test_report.py).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import article

from framing.cli import default_name, main
from framing.report.render import FolderLoader

TIME_LIMIT = 120  # far above any case here (about 11 s at most on an idle machine)
MEMORY_LIMIT = 3 << 30
FAKE_PDF = b"%PDF-1.7 fake\n%%EOF\n"

ARTICLE_A = ("Council closes the old bridge\n\n"
             "The city council voted on Tuesday to close the old bridge to cars, officials said. "
             "The mayor said the repairs would cost four million dollars. Critics called the vote "
             "a disaster for shops near the river, and residents asked for more buses.\n")
ARTICLE_B = ("Bridge shut in shock vote\n\n"
             "A reckless council shut the bridge on Tuesday, the mayor said. Shop owners said "
             "they feared a slump in trade, while cyclists welcomed the decision and said "
             "the crossing had long been dangerous for them.\n")


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def framing(*args, cwd: Path) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh interpreter, time- and memory-limited."""
    return subprocess.run([sys.executable, "-m", "framing", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=TIME_LIMIT, preexec_fn=_limits)


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry below ``folder``: files by size, mtime and mode; folders and
    other entries by kind and mode (a folder's mtime changes with any temporary)."""
    entries = {}
    for root, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(root, name)
            info = path.lstat()
            key = str(path.relative_to(folder))
            if path.is_file() and not path.is_symlink():
                entries[key] = ("file", info.st_size, info.st_mtime_ns, info.st_mode)
            else:
                entries[key] = ("other", info.st_mode)
    return entries


def error_line(stderr: str) -> str:
    """The one ``Error:`` line; besides it only the settings line and warnings may appear."""
    lines = [line for line in stderr.strip().splitlines()
             if not line.startswith(("Settings: ", "Warning: "))]
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    return lines[0]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A working folder with two tiny articles, the current directory of the test."""
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def fake_renderer(monkeypatch):
    monkeypatch.setattr("framing.report.render_pdf", lambda html, dirs: (FAKE_PDF, None))


# --- Templates: no code, no files from outside the template folders -------------------

POPEN = "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}"
HOSTILE_TEMPLATES = {
    "globals-popen": (POPEN, "template error: access to attribute '__init__' of 'type' "
                             "object is unsafe."),
    "subclasses": ("{{ ''.__class__.__mro__[1].__subclasses__() }}",
                   "template error: access to attribute '__class__' of 'str' object is unsafe."),
    "symlinked-include": ("{% include 'leak.html' %}",
                          "template error: leak.html: leads outside the template folders; "
                          "not loaded"),
    "dotdot-include": ("{% include '../secret.txt' %}",
                       "template error: ../secret.txt: leads outside the template folders; "
                       "not loaded"),
    "absolute-include": ("{% include '/etc/passwd' %}",
                         "template error: /etc/passwd: no such template"),
}


def _hostile_folder(folder: Path, template: str) -> None:
    (folder / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    (folder / "tpl").mkdir()
    (folder / "tpl" / "report.html").write_text(f"<html><body>{template}</body></html>")
    (folder / "tpl" / "leak.html").symlink_to(folder / "secret.txt")
    (folder / "framing.toml").write_text('[report]\ntemplates_dir = "tpl"\n', encoding="utf-8")


@pytest.mark.parametrize("name", HOSTILE_TEMPLATES)
def test_a_hostile_template_runs_no_code_and_reads_nothing(folder, name):
    template, message = HOSTILE_TEMPLATES[name]
    _hostile_folder(folder, template)
    before = snapshot(folder)
    result = run("report", "a.txt", "b.txt", "--config", "framing.toml", "-q")
    assert result.exit_code == 1
    assert error_line(result.stderr) == f"Error: {message}"
    assert "TOP SECRET" not in result.output
    assert snapshot(folder) == before  # no PWNED, no reports/ folder


def test_a_template_symlinked_out_of_its_folder_is_not_read(folder):
    _hostile_folder(folder, "")
    (folder / "tpl" / "report.html").unlink()
    (folder / "tpl" / "report.html").symlink_to(folder / "secret.txt")
    before = snapshot(folder)
    result = run("report", "a.txt", "b.txt", "--config", "framing.toml", "-q")
    assert error_line(result.stderr) == ("Error: template error: report.html: leads outside "
                                         "the template folders; not loaded")
    assert result.exit_code == 1 and snapshot(folder) == before


def test_includes_and_symlinks_inside_the_template_folders_still_work(tmp_path):
    (tmp_path / "part.html").write_text("inside")
    (tmp_path / "alias.html").symlink_to(tmp_path / "part.html")
    loader = FolderLoader([tmp_path])
    for name in ("part.html", "alias.html"):
        assert loader.get_source(None, name)[0] == "inside"


@pytest.mark.parametrize("how", ["--config", "auto-discovered"])
def test_a_downloaded_folder_cannot_run_code_however_the_run_is_started(folder, how):
    _hostile_folder(folder, POPEN)
    before = snapshot(folder)
    extra = ["--config", "framing.toml"] if how == "--config" else []
    result = framing("report", "a.txt", "b.txt", "-q", *extra, cwd=folder)
    assert result.returncode == 1
    if how == "--config":
        assert error_line(result.stderr) == f"Error: {HOSTILE_TEMPLATES['globals-popen'][1]}"
    else:
        assert error_line(result.stderr) == (
            "Error: ./framing.toml: report.templates_dir: a template folder is used only from "
            "a settings file given explicitly; if you trust it, run again with "
            "--config framing.toml")
    assert snapshot(folder) == before


# --- Settings are never picked up silently ---------------------------------------------

@pytest.mark.parametrize("command", [["analyze"], ["config", "show"]])
def test_every_run_says_which_settings_it_used(folder, command):
    files = ["a.txt"] if command == ["analyze"] else []
    assert run(*command, *files).stderr.startswith("Settings: built-in defaults\n")
    (folder / "framing.toml").write_text("[sentiment]\nneutral_band = 0.2\n")
    assert run(*command, *files).stderr.startswith(
        "Settings: ./framing.toml (found in the working directory)\n")
    (folder / "mine.toml").write_text("[sentiment]\nneutral_band = 0.2\n")
    assert run(*command, *files, "--config", "mine.toml").stderr.startswith("Settings: mine.toml\n")


def test_lexicons_from_an_auto_discovered_file_are_still_allowed(folder):
    (folder / "extra.tsv").write_text("# extra terms\nboondoggle\tlabel\n", encoding="utf-8")
    (folder / "framing.toml").write_text('[loaded_language]\nlexicons = ["extra.tsv"]\n')
    result = run("analyze", "a.txt")
    assert result.exit_code == 0, result.output


# --- Never overwrite what is not ours -------------------------------------------------

def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


REFUSED_OUTPUTS = {
    "output-is-an-input": (lambda f: ["-o", "a.txt"], "a.txt: is one of the input files"),
    "output-links-to-an-input": (lambda f: (f / "r.pdf").symlink_to(f / "a.txt") or ["-o", "r.pdf"],
                                 "r.pdf: is one of the input files"),
    "output-is-dev-null": (lambda f: ["-o", "/dev/null"],
                           "/dev/null: exists and is not a regular file"),
    "output-is-a-fifo": (lambda f: _fifo(f / "r.pdf") and ["-o", "r.pdf"],
                         "r.pdf: exists and is not a regular file"),
    "output-is-a-folder": (lambda f: (f / "r.pdf").mkdir() or ["-o", "r.pdf"],
                           "r.pdf: is a directory"),
    "output-is-not-pdf": (lambda f: ["-o", "x.html", "--html"],
                          "x.html: the report is a PDF; give an output path ending in .pdf"),
    "html-is-an-input": (lambda f: [(f / "a.txt").rename(f / "a.html"), "-o", "a.pdf", "--html"][1:],
                         "a.html: is one of the input files"),
    "html-is-a-fifo": (lambda f: _fifo(f / "r.html") and ["-o", "r.pdf", "--html"],
                       "r.html: exists and is not a regular file"),
    "html-to-stdout": (lambda f: ["-o", "-", "--html"], "--html needs a file name"),
}


@pytest.mark.parametrize("name", REFUSED_OUTPUTS)
def test_an_output_that_is_not_ours_is_refused(folder, name):
    arguments, message = REFUSED_OUTPUTS[name]
    arguments = arguments(folder)
    first = "a.html" if (folder / "a.html").exists() else "a.txt"
    before = snapshot(folder)
    result = run("report", first, "b.txt", *arguments)
    assert result.exit_code == 1
    assert error_line(result.stderr).startswith(f"Error: {message}")
    assert result.stdout == "" and snapshot(folder) == before


@pytest.mark.parametrize("target", ["/dev/null", "fifo"])
def test_config_init_refuses_a_target_that_is_not_a_regular_file(folder, target):
    if target == "fifo":
        target = str(_fifo(folder / "settings.toml"))
    before = snapshot(folder)
    result = run("config", "init", target, "--force")
    assert result.exit_code == 1
    assert error_line(result.stderr) == f"Error: {target}: exists and is not a regular file; " \
                                        "refusing to replace it"
    assert snapshot(folder) == before


def test_a_replaced_report_keeps_its_mode_and_stale_parts_do_no_harm(folder, fake_renderer):
    (folder / "r.pdf").write_bytes(b"old")
    (folder / "r.pdf").chmod(0o600)
    (folder / "r.html").write_bytes(b"old")
    (folder / "r.html").chmod(0o640)
    (folder / ".r.pdf.k1ll3d.part").write_bytes(b"%PDF-1.7 half")  # left by a SIGKILLed run
    result = run("report", "a.txt", "b.txt", "-o", "r.pdf", "--html")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["r.html", "r.pdf"]
    assert (folder / "r.pdf").read_bytes() == FAKE_PDF
    assert (folder / "r.pdf").stat().st_mode & 0o777 == 0o600
    assert (folder / "r.html").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in folder.iterdir()) == [
        ".r.pdf.k1ll3d.part", "a.txt", "b.txt", "r.html", "r.pdf"]


def test_dash_writes_the_pdf_to_stdout_and_nothing_else(folder, fake_renderer):
    before = snapshot(folder)
    result = run("report", "a.txt", "b.txt", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == FAKE_PDF
    assert snapshot(folder) == before


def test_two_stories_by_the_same_outlets_get_different_default_names():
    first = [article(ARTICLE_A, name="wire.txt"), article(ARTICLE_B, name="post.txt")]
    second = [article("Mayor resigns\n\nThe mayor resigned, aides said.\n", name="wire.txt"),
              article(ARTICLE_B, name="post.txt")]
    assert default_name(first) == "wire-vs-post-council-closes-the-old-bridge.pdf"
    assert default_name(second) == "wire-vs-post-mayor-resigns.pdf"
    long = [article("W" * 300 + "\n\nText here.\n", label="X" * 300)] * 2
    assert len(default_name(long)) <= 80 + 1 + 48 + len(".pdf")


# --- Every failure is one Error line and leaves nothing behind ------------------------

def test_a_renderer_failure_is_one_line_and_removes_the_folders_it_made(folder):
    (folder / "tpl").mkdir()
    (folder / "tpl" / "report.html").write_text("<html><body>" + "<div>" * 3000 + "</body></html>")
    (folder / "deep.toml").write_text('[report]\ntemplates_dir = "tpl"\n')
    before = snapshot(folder)
    result = run("report", "a.txt", "b.txt", "-c", "deep.toml", "-o", "new/deeper/r.pdf", "--html")
    assert result.exit_code == 1
    assert error_line(result.stderr) == ("Error: the PDF renderer failed: maximum recursion "
                                         "depth exceeded in comparison")
    assert snapshot(folder) == before


def test_a_weasyprint_system_error_is_one_line(folder, monkeypatch):
    import weasyprint

    def crash(self, *args, **kwargs):
        raise SystemError("<built-in function pango_layout_set_text> returned NULL")

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", crash)
    before = snapshot(folder)
    result = run("report", "a.txt", "b.txt", "-o", "out/r.pdf")
    assert result.exit_code == 1
    assert error_line(result.stderr) == ("Error: the PDF renderer failed: <built-in function "
                                         "pango_layout_set_text> returned NULL")
    assert snapshot(folder) == before


def test_running_out_of_memory_is_one_line(folder, monkeypatch):
    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr("framing.pipeline.analyze_articles", exhausted)
    before = snapshot(folder)
    result = run("report", "a.txt", "b.txt")
    assert result.exit_code == 1
    assert error_line(result.stderr) == "Error: out of memory"
    assert snapshot(folder) == before  # the reports/ folder it made is gone again


def test_a_failed_write_leaves_neither_file_nor_temporary(folder, fake_renderer, monkeypatch):
    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    before = snapshot(folder)
    result = run("report", "a.txt", "b.txt", "-o", "out/r.pdf", "--html")
    assert result.exit_code == 1
    assert error_line(result.stderr) == "Error: out/r.pdf: cannot write (No space left on device)"
    assert snapshot(folder) == before


SLOW_WRITE = textwrap.dedent("""
    import os, sys, time
    import framing.report
    framing.report.render_pdf = lambda html, dirs: (b"%PDF-1.7 fake", None)
    chmod = os.chmod
    def slow_chmod(*args):  # the temporary file is complete; wait to be terminated
        time.sleep(600)
        chmod(*args)
    os.chmod = slow_chmod
    from framing.cli import main
    sys.argv = ["framing", *sys.argv[1:]]
    main()
""")


def test_sigterm_while_writing_removes_the_temporary_and_the_new_folder(folder):
    before = snapshot(folder)
    process = subprocess.Popen([sys.executable, "-c", SLOW_WRITE, "report", "a.txt", "b.txt",
                                "-o", "out/r.pdf", "-q"], cwd=folder, stderr=subprocess.PIPE,
                               text=True, preexec_fn=_limits)
    try:
        deadline = time.monotonic() + TIME_LIMIT
        while not list(folder.glob("out/.r.pdf.*.part")):
            assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=TIME_LIMIT)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signal.SIGTERM
    assert error_line(stderr) == "Error: terminated"
    assert snapshot(folder) == before


def test_labels_with_a_right_to_left_override_and_a_10000_character_word_render_readably(tmp_path):
    word = "y" * 10_000
    (tmp_path / "a.txt").write_text(ARTICLE_A.replace("old bridge\n", "old bridge " + word + "\n", 1))
    (tmp_path / "b.txt").write_text(ARTICLE_B)
    result = framing("report", "a.txt", "b.txt", "-l", "\u202eEvil Outlet", "-l", word,
                     "-o", "out.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "out.pdf")
    assert reader.metadata.title.startswith("How Evil Outlet and yyy")  # not reversed
    first = reader.pages[0].extract_text()
    assert "Evil Outlet" in first and "teltuO" not in first
