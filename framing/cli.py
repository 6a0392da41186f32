"""The command line: flags, output streams and exit codes live here and only here.

Each command calls library functions; expected problems (FramingError) become a
one-line ``Error: …`` on stderr and exit code 1; usage mistakes exit 2.
"""

from __future__ import annotations

import gc
import json
import os
import re
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from framing import __version__
from framing.errors import ArticleError, FramingError
from framing.files import check_target, output_folder, write_atomically
from framing.inputs import DEFAULT_SETTINGS_FILE as DEFAULT_FILE, FORMATS, SUFFIX_FORMATS

# One BLAS thread per process, unless the user says otherwise (read when numpy is first
# imported, which happens later): framing's matrix products are small, parallel work is
# --jobs worker processes, and OpenBLAS's pool of one thread per core cost 0.04 s of CPU
# at every start, spinning as it was set up.
for _variable in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

if TYPE_CHECKING:  # the readers, analyzers and settings are imported when a command runs,
    from framing.text.article import Article  # so that --help and --version start at once

MIN_REPORT, MAX_ARTICLES = 2, 8

config_option = click.option(
    "--config", "-c", "config_path", type=click.Path(dir_okay=True, path_type=Path),
    help=f"Settings file (default: ./{DEFAULT_FILE} when present, else built-in defaults).")
label_option = click.option(
    "--label", "-l", "labels", multiple=True,
    help="Outlet name for the article in the same position; repeat once per article.")
lang_option = click.option(
    "--lang", type=click.Choice(["en"]),
    help="Analyse every article as English, even one detected as another language.")
format_option = click.option(
    "--format", "-f", "input_format", type=click.Choice(FORMATS),
    help="Read standard input (-), and files without a .txt/.md/.html suffix, as this format "
         "(default: plain text, or HTML when it starts like a page).")
_URL_RE = re.compile(r"(?i)(?:[a-z][a-z0-9+.-]*://|www\.)")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="framing")
def main() -> None:
    """Compare how news outlets frame the same story.

    \b
    Example:
      framing report examples/wire-report.txt examples/partisan-piece.md examples/opinion-column.html
    """


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="PDF to write, or - for standard output "
                   "(default: <report.output_dir>/<outlets>-<headline>.pdf).")
@click.option("--html", "also_html", is_flag=True,
              help="Also write the report's HTML beside the PDF (same name, .html).")
@config_option
@label_option
@lang_option
@format_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def report(files, output, also_html, config_path, labels, lang, input_format, quiet) -> None:
    """Analyze 2 to 8 articles on one story and write a side-by-side PDF report.

    FILES are .txt, .md (with front matter), .html/.htm files, or - for standard
    input. Prints the path of each file written. Never overwrites an input or
    anything that is not a regular file.

    \b
    Example:
      framing report examples/*.txt examples/*.md examples/*.html -o reports/demo.pdf --html
    """
    with _errors():
        with _loading():
            from framing.export import write_report
            from framing.pipeline import analyze_articles

            settings = _settings(config_path)
        inputs = [Path(name) for name in files if name != "-"]
        to_stdout = output == Path("-")
        if to_stdout and also_html:
            raise FramingError("--html needs a file name: it cannot be used with -o - "
                               "(standard output)")
        if output is not None and not to_stdout:
            _check_outputs(output, also_html, inputs)
        articles = _articles(files, labels, minimum=MIN_REPORT, lang=lang, input_format=input_format,
                             max_bytes=settings.input.max_article_bytes)
        if to_stdout:
            from framing.report import report_pdf

            analyses = analyze_articles(articles, settings, progress=_progress(quiet, len(articles)))
            sys.stdout.flush()
            sys.stdout.buffer.write(report_pdf(analyses, settings))
            sys.stdout.buffer.flush()
            return
        if output is None:
            output = Path(settings.report.output_dir) / default_name(articles)
            _check_outputs(output, also_html, inputs)
        html_output = output.with_suffix(".html") if also_html else None
        with output_folder(output.parent):
            analyses = analyze_articles(articles, settings, progress=_progress(quiet, len(articles)))
            write_report(analyses, output, settings, html_output=html_output)
        if html_output:
            click.echo(str(html_output))
        click.echo(str(output))


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the full analysis as JSON.")
@config_option
@label_option
@lang_option
@format_option
def analyze(files, as_json, config_path, labels, lang, input_format) -> None:
    """Analyze 1 to 8 articles and print the results.

    Without --json, prints one summary line per article. The JSON holds every
    article's text, spans with character offsets into it, and each analyzer's
    metrics; see README.md, "JSON output".

    \b
    Example:
      framing analyze examples/wire-report.txt examples/partisan-piece.md --json > analysis.json
    """
    with _errors():
        with _loading():
            from framing.pipeline import analyze_articles, prepare

            settings = _settings(config_path)
            prepare(settings)  # before reading: the language model loads meanwhile
        articles = _articles(files, labels, minimum=1, lang=lang, input_format=input_format,
                             max_bytes=settings.input.max_article_bytes)
        analyses = analyze_articles(articles, settings, story=as_json)  # actors: JSON only
        if as_json:
            from framing.export import to_json  # the comparison: only the JSON holds it

            click.echo(json.dumps(to_json(analyses, settings), ensure_ascii=False, indent=2))
            return
        for a in analyses:
            click.echo(f"{a.article.outlet}: {len(a.article.words)} words, "
                       f"tone {a.sentiment.mean:+.2f}, "
                       f"{a.loaded_language.own_density:.1f} loaded terms per 1,000 words, "
                       f"{a.attribution.attributed_word_share:.0%} attributed, "
                       f"Flesch–Kincaid grade {a.readability.flesch_kincaid_grade:.1f}")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", "folder", required=True, type=click.Path(path_type=Path),
              help="Folder for the tables (created if missing; a rerun resumes from its cache).")
@click.option("--jobs", "-j", type=click.IntRange(min=1),
              help="Worker processes (default: one per core).")
@click.option("--strict", is_flag=True,
              help="Stop at the first bad row or file (exit 1, nothing written) "
                   "instead of skipping it.")
@click.option("--text-column", default="text", show_default=True,
              help="Table column holding the article text (plain text or HTML).")
@click.option("--outlet-column", default="outlet", show_default=True, help="Outlet column.")
@click.option("--title-column", default="title", show_default=True, help="Headline column.")
@click.option("--date-column", default="date", show_default=True, help="Date column.")
@click.option("--url-column", default="url", show_default=True, help="URL column.")
@click.option("--story-column", default="story", show_default=True,
              help="Story id column (articles on the same story share it).")
@click.option("--metadata", type=click.Path(dir_okay=False, path_type=Path),
              help="A table giving article files their outlet, title, date, url and story, "
                   "one row per file (see --join-column).")
@click.option("--join-column", default="filename", show_default=True,
              help="The --metadata column holding each file's name (with or without suffix).")
@click.option("--no-report", is_flag=True, help="Write the tables only, no report.pdf.")
@click.option("--per-story", is_flag=True,
              help="Also write one side-by-side report per story id (2 to 8 articles) "
                   "into DIR/stories/.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Run on local cores, or on a Dask cluster (--scheduler).")
@click.option("--scheduler", help="Address of the Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@config_option
@lang_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def corpus(inputs, folder, jobs, strict, text_column, outlet_column, title_column, date_column,
           url_column, story_column, metadata, join_column, no_report, per_story, engine,
           scheduler, config_path, lang, quiet) -> None:
    """Analyze a corpus and write per-article, per-sentence and per-outlet tables.

    INPUTS are article files, folders (searched recursively), globs, and tables
    (.csv, .tsv, .jsonl, .parquet: one article per row). Writes articles.csv,
    articles.parquet, sentences.parquet, outlets.csv, terms.csv (each outlet's
    distinctive terms) and report.pdf (outlets compared) into the -o folder and
    prints their paths. A bad row or file is reported with its row number and
    skipped. An interrupted run resumes where it stopped when run again.

    \b
    Example:
      framing corpus articles.csv texts/ -o corpus-out --jobs 2
    """
    with _errors():
        from framing.corpus import Columns, Options, run_corpus

        if engine == "dask" and not scheduler:
            raise click.UsageError("--engine dask needs --scheduler ADDRESS")
        settings = _settings(config_path)
        options = Options(
            columns=Columns(text=text_column, outlet=outlet_column, title=title_column,
                            date=date_column, url=url_column, story=story_column),
            jobs=jobs, strict=strict, any_language=lang == "en", metadata=metadata,
            join_column=join_column, report=not no_report, per_story=per_story, engine=engine,
            scheduler=scheduler)
        warn = lambda message: click.echo(f"Skipped: {message}", err=True)  # noqa: E731
        summary = run_corpus(inputs, folder, settings, options,
                             progress=None if quiet or not sys.stderr.isatty() else _corpus_bar,
                             warn=warn)
        for path in summary.tables:
            click.echo(str(path))
        click.echo(f"{summary.articles} articles ({summary.cached} from the cache), "
                   f"{len(summary.skipped)} skipped", err=True)


def _corpus_bar(total: int | None):
    from framing.corpus.progress import TqdmBar

    return TqdmBar(total)


@main.group()
def config() -> None:
    """Write or show the settings.

    \b
    Example:
      framing config init && framing config show
    """


@config.command("init")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_FILE)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def config_init(path: Path, force: bool) -> None:
    """Write a commented settings file holding every default (default: ./framing.toml).

    \b
    Example:
      framing config init my-settings.toml
    """
    with _errors():
        from framing.settings import commented_toml

        check_target(path, what="settings file")
        if path.exists() and not force:
            raise FramingError(f"{path}: already exists (use --force to overwrite)")
        write_atomically(path, lambda tmp: Path(tmp).write_text(commented_toml(), encoding="utf-8"))
        click.echo(str(path))


@config.command("show")
@config_option
def config_show(config_path) -> None:
    """Print the effective settings as TOML, with the file they came from.

    \b
    Example:
      framing config show --config my-settings.toml
    """
    with _errors():
        from framing.settings import commented_toml, toml_comment

        settings = _settings(config_path)
        click.echo(toml_comment(f"effective settings from {settings.source or 'built-in defaults'}"
                                f" (digest {settings.digest()})"))
        click.echo(commented_toml(settings))


class _Terminated(BaseException):
    """Raised by the SIGTERM handler so that cleanup (``finally``) runs."""


def _terminate(signum, frame):
    raise _Terminated


@contextmanager
def _loading():
    """No garbage collection while framing imports its modules and loads its resources:
    hundreds of thousands of objects that all live until the process ends, which the
    collector walked again and again (``prepare`` then moves them out of its sight)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _errors:
    """Turn expected errors into one line on stderr and a non-zero exit.

    While the block runs, SIGTERM raises ``_Terminated`` so temporary files and
    new folders are removed as on any other failure (SIGKILL cannot be caught:
    it may leave a ``.NAME.pdf.*.part`` file, which no later run reads or
    trips over).
    """

    def __enter__(self):
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, _terminate)
        return self

    def __exit__(self, kind, error, traceback):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        if isinstance(error, FramingError):
            _fail(str(error), 1)
        if isinstance(error, KeyboardInterrupt):
            _fail("interrupted", 130)
        if isinstance(error, _Terminated):
            _fail("terminated", 128 + signal.SIGTERM)
        if isinstance(error, MemoryError):
            _fail("out of memory", 1)
        if isinstance(error, OSError):
            where = f"{error.filename}: " if error.filename else ""
            _fail(f"{where}{error.strerror or error}", 1)
        return False


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {' '.join(message.split())}", err=True)
    sys.exit(code)


def _settings(config_path: Path | None):
    """Load the settings and say on stderr where they came from."""
    from framing.settings import load_settings

    settings = load_settings(config_path)
    if not settings.source:
        where = "built-in defaults"
    elif config_path is None:
        where = f"./{settings.source} (found in the working directory)"
    else:
        where = settings.source
    click.echo(f"Settings: {where}", err=True)
    return settings


def _check_outputs(output: Path, also_html: bool, inputs: list[Path]) -> None:
    from framing.export import check_report_path

    check_report_path(output, inputs=inputs)
    if also_html:
        check_target(output.with_suffix(".html"), inputs=inputs, what="--html output")


def _articles(files: tuple[str, ...], labels: tuple[str, ...], *, minimum: int,
              lang: str | None, input_format: str | None, max_bytes: int) -> list[Article]:
    from framing.text.language import not_english
    from framing.text.readers import read_article, read_article_stream

    for name in files:
        if _URL_RE.match(name) and not Path(name).exists():
            raise FramingError(f"{name}: framing works offline: save the page and pass the file")
        if Path(name).is_dir():
            raise FramingError(f"{name}: is a folder (pass the article files, "
                               f"e.g. {name.rstrip('/')}/*.txt)")
    if len(files) < minimum:
        raise FramingError(f"a comparison needs at least {minimum} articles; got {len(files)}")
    if len(files) > MAX_ARTICLES:
        raise FramingError(f"at most {MAX_ARTICLES} articles per run; got {len(files)}")
    if len(labels) > len(files):
        raise FramingError(f"{len(labels)} --label options for {len(files)} articles")
    if files.count("-") > 1:
        raise FramingError("standard input (-) can be read only once")
    articles = []
    for i, name in enumerate(files):
        label = labels[i] if i < len(labels) else None
        if name == "-":
            articles.append(read_article_stream(sys.stdin.buffer, label=label,
                                                format=input_format, max_bytes=max_bytes))
        else:
            known = Path(name).suffix.lower() in SUFFIX_FORMATS
            articles.append(read_article(name, label=label, max_bytes=max_bytes,
                                         format=None if known else input_format))
    for article in articles:
        if lang != "en" and (reason := not_english(article.language)):
            raise ArticleError(f"{article.path}: {reason}; pass --lang en to analyse it anyway")
    seen: dict[str, str] = {}
    for article in articles:
        for warning in article.warnings:
            click.echo(f"Warning: {warning}", err=True)
        if article.sha256 in seen:
            click.echo(f"Warning: {article.path}: the same file as {seen[article.sha256]}; "
                       "its column will repeat that one", err=True)
        seen.setdefault(article.sha256, article.path)
    return articles


def _progress(quiet: bool, total: int):
    if quiet or not sys.stderr.isatty():
        return iter
    from tqdm import tqdm

    return lambda items: tqdm(items, total=total, desc="Analyzing", unit="article", leave=False)


def slug(names: list[str], limit: int = 80) -> str:
    """A file-name-safe name built from the outlets, e.g. ``wire-vs-sentinel``."""
    parts = [re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "article" for name in names]
    return "-vs-".join(parts)[:limit].rstrip("-") or "report"


def default_name(articles: list[Article], limit: int = 48) -> str:
    """The report's default file name: the outlets, then the story (the first
    article's headline, else its date), so two stories by the same outlets do
    not share a name; e.g. ``wire-vs-sentinel-council-votes-to-close-bridge.pdf``."""
    story = ""
    for text in (articles[0].title, articles[0].date or ""):
        story = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
        if story:
            break
    if len(story) > limit:
        cut = story[:limit + 1]
        story = cut.rsplit("-", 1)[0] if "-" in cut else story[:limit]
    name = slug([a.outlet for a in articles])
    return f"{name}-{story}.pdf" if story else f"{name}.pdf"
