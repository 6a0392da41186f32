"""Render the view model to HTML (Jinja2) and PDF (WeasyPrint).

Safety: autoescaping is on and undefined names are errors; article text never
passes through ``|safe``. Templates, the built-in ones and a user's, run in
Jinja2's sandbox (no ``__class__``/``__globals__`` escapes) and can load only
files whose real path, symlinks resolved, lies inside a template folder.
WeasyPrint gets a URL fetcher that serves files from the template folders only,
so nothing in an article can make it read a local file or reach the network.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlparse

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from framing.errors import ReportError
from framing.files import write_atomically

TEMPLATE = "report.html"
STYLESHEET = "report.css"


def builtin_templates() -> Path:
    """The templates shipped inside the package (the checkout's templates/ when
    running from source)."""
    packaged = files("framing") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "templates"


def template_dirs(user_dir: str = "") -> list[Path]:
    """Where templates are looked up: the user's folder first, then the built-in one."""
    dirs = [builtin_templates()]
    if user_dir:
        path = Path(user_dir)
        if not path.is_dir():
            raise ReportError(f"report.templates_dir: {path} is not a folder")
        dirs.insert(0, path.resolve())
    return dirs


def stylesheet(dirs: Sequence[Path]) -> Markup:
    """The text of the first ``report.css`` in ``dirs`` (the built-in folder always has
    one), read like a template (inside the template folders only), for a ``<style>``
    element: the HTML report then needs no file beside it. The stylesheet comes from
    the template folders, never from an article; "</" is escaped so that it cannot
    end the element."""
    try:
        source, _, _ = FolderLoader(list(dirs)).get_source(None, STYLESHEET)
    except jinja2.TemplateNotFound as error:
        raise ReportError(f"stylesheet: {error.message or error.name}") from None
    return Markup(source.replace("</", "<\\/"))


# Bidirectional embeddings, overrides and isolates: in a label or a headline they
# would reverse the text around them (the report's title, a table row).
_BIDI_CONTROLS_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
# A run of this many characters with no space or slash gets a break opportunity
# (a zero-width space) every _BREAK_EVERY characters, so that WeasyPrint's line
# breaking stays fast and the run cannot run off the page; a SHA-256 (64) stays whole.
_LONG_RUN_RE = re.compile(r"[^\s/]{65,}")
_BREAK_EVERY = 24


def displayed(value: object) -> object:
    """What the report prints for ``value``: plain strings without bidirectional
    controls and with long unbroken runs breakable; markup and other values as they are.
    Applied to every ``{{ … }}`` of every template (Jinja2's ``finalize``)."""
    if type(value) is not str:
        return value
    value = _BIDI_CONTROLS_RE.sub("", value)
    return _LONG_RUN_RE.sub(_breakable, value)


def _breakable(match: re.Match) -> str:
    run = match.group()
    return "\u200b".join(run[i:i + _BREAK_EVERY] for i in range(0, len(run), _BREAK_EVERY))


def render_html(view, dirs: list[Path], template: str = TEMPLATE) -> str:
    """``template`` (``report.html``, or ``corpus.html`` for a corpus report) rendered
    with the view's fields as its top-level names. Partials (``sections/*.html``) and
    ``charts.html`` are looked up like it: the user's folder first, then the built-in one."""
    env = SandboxedEnvironment(
        loader=FolderLoader(dirs),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=displayed,
    )
    try:
        return env.get_template(template).render({f.name: getattr(view, f.name) for f in fields(view)})
    except jinja2.TemplateError as error:
        raise ReportError(f"template error: {_template_error(error)}") from None


def _template_error(error: jinja2.TemplateError) -> str:
    """One line: where (for syntax errors) and the first line of the message."""
    message = (str(error) or type(error).__name__).splitlines()[0]
    if isinstance(error, jinja2.TemplateSyntaxError):
        return f"{error.name or TEMPLATE}, line {error.lineno}: {message}"
    return message


class FolderLoader(jinja2.BaseLoader):
    """Loads templates from ``dirs`` (first match wins), serving only regular
    files whose resolved path lies inside one of the folders: a symlink or an
    include that leads elsewhere is refused, never read."""

    def __init__(self, dirs: list[Path]):
        self.roots = [d.resolve() for d in dirs]

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        try:
            parts = split_template_path(template)  # refuses ".." segments
        except jinja2.TemplateNotFound:
            raise jinja2.TemplateNotFound(
                template, f"{template}: leads outside the template folders; not loaded") from None
        for root in self.roots:
            candidate = root.joinpath(*parts)
            if not candidate.exists() and not candidate.is_symlink():
                continue
            path = candidate.resolve()
            if not any(path.is_relative_to(r) for r in self.roots):
                raise jinja2.TemplateNotFound(
                    template, f"{template}: leads outside the template folders; not loaded")
            if not path.is_file():
                raise jinja2.TemplateNotFound(template, f"{template}: not a regular file")
            try:
                source = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise jinja2.TemplateNotFound(template, f"{template}: cannot be read ({error})")
            mtime = path.stat().st_mtime
            return source, str(path), lambda: path.is_file() and path.stat().st_mtime == mtime
        raise jinja2.TemplateNotFound(template, f"{template}: no such template")


# What WeasyPrint raises when a document defeats it (deep nesting, absurd sizes,
# a failure inside its C libraries); expected problems like an unreadable image
# it logs and skips by itself.
_RENDERER_FAILURES = (RecursionError, OverflowError, SystemError)


# Tagged for accessibility (headings, tables, reading order, alternative texts): a
# screen reader can read the report. Costs about a tenth more rendering time.
PDF_VARIANT = "pdf/ua-1"


def render_pdf(html: str, dirs: list[Path]):
    """The PDF of ``html`` as bytes, and the URL fetcher (see ``write_pdf``). The same
    HTML gives the same bytes, apart from the creation and modification dates."""
    from weasyprint import HTML  # heavy import, needed only here

    fetcher = template_only_fetcher(dirs)
    try:
        document = HTML(string=html, base_url=dirs[0].as_uri() + "/", url_fetcher=fetcher)
        with _fixed_font_dates():
            pdf = document.write_pdf(pdf_variant=PDF_VARIANT)
    except _RENDERER_FAILURES as error:
        reason = (str(error) or type(error).__name__).splitlines()[0]
        raise ReportError(f"the PDF renderer failed: {reason}") from None
    return pdf, fetcher


@contextmanager
def _fixed_font_dates() -> Iterator[None]:
    """fontTools stamps each embedded font subset with the time it was made, unless
    SOURCE_DATE_EPOCH is set (the reproducible-builds convention); set it for the
    rendering when the user has not, so two runs embed identical fonts."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def write_pdf(html: str, output: Path, dirs: list[Path]):
    """Render ``html`` to ``output`` atomically (a temporary file renamed into
    place). Returns the URL fetcher, whose ``served`` and ``refused`` lists
    record every file WeasyPrint asked for."""
    pdf, fetcher = render_pdf(html, dirs)
    write_atomically(output, lambda path: Path(path).write_bytes(pdf))
    return fetcher


def template_only_fetcher(dirs: list[Path]):
    """A WeasyPrint URL fetcher that serves only files inside ``dirs``. It keeps
    the lists ``served`` (paths read) and ``refused`` (URLs turned away)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    roots = [d.resolve() for d in dirs]

    class TemplateOnlyFetcher(URLFetcher):
        def __init__(self):
            super().__init__(allowed_protocols={"file"})
            self.served: list[str] = []
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            path = _local_path(url)
            if path is None or not path.is_file() or not any(path.is_relative_to(r) for r in roots):
                self.refused.append(url)
                raise ValueError(f"framing does not fetch {url}")
            self.served.append(str(path))
            return URLFetcherResponse(url, body=path.read_bytes(),
                                      headers={"Content-Type": _content_type(path)})

    return TemplateOnlyFetcher()


def _local_path(url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return None
    return Path(unquote(parsed.path)).resolve()


def _content_type(path: Path) -> str:
    return {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png",
            ".woff2": "font/woff2", ".ttf": "font/ttf"}.get(path.suffix.lower(),
                                                            "application/octet-stream")
