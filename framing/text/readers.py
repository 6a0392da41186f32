"""Reading articles from .txt, .md, .html/.htm files and standard input.

- ``.txt``: the decoded file is the text (only ``\\r\\n`` folded to ``\\n``), so
  every offset maps straight back to the file. The headline is the first line
  that is neither blank nor boilerplate (a share-button row, say), when a blank
  line follows it.
- ``.md``: YAML front matter (title, outlet, date, url) and a Markdown body,
  reduced to plain text; the text is ``title + blank line + body``.
- ``.html``/``.htm``: main text, headline, site name and date extracted with
  trafilatura (offline: it is given the file's content, never a URL); the
  page's declared language (``<html lang>``) is kept for language detection.

Decoding: UTF-8, UTF-8 with BOM, UTF-16 with BOM; anything else that is not
UTF-8 is read as Windows-1252 with a warning.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import frontmatter
import yaml

from framing.text import boilerplate
from framing.text.article import Article, make_article
from framing.text.language import declared_language
from framing.errors import ArticleError

SUFFIX_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                  ".html": "html", ".htm": "html"}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_article(path: str | Path, *, label: str | None = None) -> Article:
    """Read one article file. Raises ArticleError with a one-line reason."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from None
    return parse_article(data, name=str(path), label=label)


def parse_article(data: bytes, *, name: str, label: str | None = None,
                  format: str | None = None) -> Article:
    """Build an Article from raw bytes. ``name`` is the path shown to the user
    (``-`` for standard input); the format follows its suffix unless given."""
    format = format or SUFFIX_FORMATS.get(Path(name).suffix.lower(), "txt")
    text, encoding, warnings = decode(data, name)
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    fallback_outlet = label or ("stdin" if name == "-" else Path(name).stem)
    parse = {"txt": _parse_txt, "md": _parse_md, "html": _parse_html}[format]
    fields = parse(text, name)
    _check_body(fields, name)
    outlet = label or fields.pop("outlet", None) or fallback_outlet
    fields.pop("outlet", None)
    return make_article(path=name, data=data, outlet=outlet, format=format,
                        encoding=encoding, warnings=warnings, **fields)


def _check_body(fields: dict, name: str) -> None:
    """Refuse an article with a headline but no body, whatever its format."""
    if not fields["text"][fields["body_start"]:].strip():
        what = "has a title but no body text" if fields["headline_end"] else "is empty"
        raise ArticleError(f"{name}: the article {what}")


def article_from_text(text: str, *, outlet: str | None = None,
                      title: str | None = None) -> Article:
    """Build an Article from a string (a notebook, a script).

    With ``title``, the analyzed text is the title, a blank line and ``text``, and
    the title is the headline; without it, ``text`` is read as a ``.txt`` file is
    (the first line is the headline when a blank line follows it). The outlet
    defaults to "text"; the article's path is ``<text>``. Raises ArticleError for
    an empty text.
    """
    name = "<text>"
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    if title and title.strip():
        fields = _with_headline(title.strip(), text.replace("\r\n", "\n").strip())
    else:
        fields = _parse_txt(text, name)
    _check_body(fields, name)
    return make_article(path=name, data=text.encode("utf-8"), outlet=outlet or "text",
                        format="txt", encoding="utf-8", **fields)


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decoded text, the encoding used and any warnings."""
    marked = data.startswith(codecs.BOM_UTF8)
    if marked:
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), name), "utf-16", ()
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: starts with a UTF-16 mark but is not valid UTF-16") from None
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks like a binary file, not text")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8-sig" if marked else "utf-8", ()
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return _checked(text, name), "cp1252", (
        f"{name}: not valid UTF-8; read as Windows-1252 (check accented characters)",)


def _checked(text: str, name: str) -> str:
    if len(_CONTROL_RE.findall(text[:4096])) > 4:
        raise ArticleError(f"{name}: looks like a binary file, not text")
    return text


def _parse_txt(text: str, name: str) -> dict:
    text = text.replace("\r\n", "\n")
    start = _headline_start(text)
    first_end = text.find("\n", start)
    has_headline = (first_end > start and text[start:first_end].strip()
                    and text[first_end + 1:].split("\n", 1)[0].strip() == "")
    if has_headline:
        headline = text[start:first_end].rstrip()
        return dict(text=text, headline_start=start, headline_end=start + len(headline),
                    body_start=first_end + 1, title=headline.strip())
    return dict(text=text, headline_end=None, body_start=0, title=_first_words(text[start:]))


def _headline_start(text: str) -> int:
    """Where to look for a plain-text headline: past leading boilerplate lines
    (and the blank lines between them), or 0 when the text opens with none."""
    start = boilerplate.leading_end(text)
    return start if text[:start].strip() else 0


_MD_PATTERNS = [
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # heading marks
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])"), r"\1"),  # italics
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),  # list bullets
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
]


def _parse_md(text: str, name: str) -> dict:
    text = text.replace("\r\n", "\n")
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ArticleError(f"{name}: front matter is not valid YAML{where}") from None
    meta = {k.lower(): v for k, v in post.metadata.items()}
    body = post.content
    for pattern, replacement in _MD_PATTERNS:
        body = pattern.sub(replacement, body)
    body = body.strip()
    title = str(meta.get("title") or "").strip()
    if not title:
        first, _, rest = body.partition("\n")
        if post.content.lstrip().startswith("#"):
            title, body = first.strip(), rest.strip()
    fields = _with_headline(title, body)
    fields.update(outlet=_str(meta.get("outlet")), date=_str(meta.get("date")),
                  url=_str(meta.get("url")))
    return fields


def _parse_html(text: str, name: str) -> dict:
    import trafilatura  # heavy import, only needed for HTML input

    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                           include_tables=False)
    if document is None or not (document.text or "").strip():
        raise ArticleError(f"{name}: no article text found in the HTML")
    title = (document.title or "").strip()
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    if not lines:
        raise ArticleError(f"{name}: no article text found in the HTML")
    # One line a paragraph, as trafilatura gives them; a line that goes on in lower case
    # is a hard wrap inside a paragraph (see segment.paragraphs).
    fields = _with_headline(title, "\n".join(lines))
    fields.update(outlet=document.sitename, date=document.date, url=document.url,
                  declared_language=declared_language(text) or document.language)
    return fields


def _with_headline(title: str, body: str) -> dict:
    if not title:
        return dict(text=body, headline_end=None, body_start=0, title=_first_words(body))
    return dict(text=f"{title}\n\n{body}", headline_end=len(title), body_start=len(title) + 2,
                title=title)


def _first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _str(value: object) -> str | None:
    return None if value is None else str(value).strip() or None
