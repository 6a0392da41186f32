"""Render the view model to HTML (Jinja2) and PDF (WeasyPrint).

Safety: autoescaping is on and undefined names are errors; article text never
passes through ``|safe``. WeasyPrint gets a URL fetcher that serves files from
the template folders only, so nothing in an article can make it read a local
file or reach the network.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import fields
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlparse

import jinja2

from framing.errors import ReportError
from framing.report.view import ReportView

TEMPLATE = "report.html"


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


def stylesheet_url(dirs: Sequence[Path]) -> str:
    """The URL of the first ``report.css`` in ``dirs`` (the built-in folder always has one)."""
    return next(d / "report.css" for d in dirs if (d / "report.css").is_file()).as_uri()


def render_html(view: ReportView, dirs: list[Path]) -> str:
    """``report.html`` rendered with the view's fields as its top-level names. Partials
    (``sections/*.html``) and ``charts.html`` are looked up like it: the user's folder
    first, then the built-in one."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    try:
        return env.get_template(TEMPLATE).render({f.name: getattr(view, f.name) for f in fields(view)})
    except jinja2.TemplateError as error:
        raise ReportError(f"template error: {error}") from None


def write_pdf(html: str, output: Path, dirs: list[Path]):
    """Render ``html`` to ``output`` atomically (a temporary file renamed into
    place). Returns the URL fetcher, whose ``served`` and ``refused`` lists
    record every file WeasyPrint asked for."""
    from weasyprint import HTML  # heavy import, needed only here

    fetcher = template_only_fetcher(dirs)
    document = HTML(string=html, base_url=dirs[0].as_uri() + "/", url_fetcher=fetcher)
    write_atomically(output, lambda path: document.write_pdf(path))
    return fetcher


def write_atomically(output: Path, write) -> None:
    """Call ``write(temporary_path)`` then move the result to ``output``; on any
    failure nothing is left at ``output`` or beside it."""
    folder = output.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ReportError(f"{output}: cannot write here ({error.strerror})") from None
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, output)
    except OSError as error:
        raise ReportError(f"{output}: cannot write ({error.strerror})") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
