"""Reading articles from .txt, .md, .html/.htm files and standard input.

- ``.txt``: the decoded file is the text (only ``\\r\\n`` folded to ``\\n``), so
  every offset maps straight back to the file. The headline is the first line
  that is neither blank nor boilerplate (a share-button row, say), when a blank
  line follows it.
- ``.md``: YAML front matter (title, outlet, date, url; see front_matter) and a
  Markdown body reduced to plain text by markdown-it-py (see markdown); the text
  is ``title + blank line + body``, one paragraph a block.
- ``.html``/``.htm``: main text, headline, site name and date extracted with
  trafilatura (offline: it is given the file's content, never a URL); the
  page's declared language (``<html lang>``) is kept for language detection.

Decoding: UTF-8, UTF-8 with BOM, UTF-16 with BOM; anything else that is not
UTF-8 is decoded in the encoding charset-normalizer guesses, with a warning
naming it.

Only a regular file (or standard input) is read, and at most ``max_bytes`` of
it: see framing.inputs.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from framing.errors import ArticleError
from framing.inputs import SUFFIX_FORMATS, read_regular_file, read_stream
from framing.text import boilerplate
from framing.text.article import Article, make_article
from framing.text.language import declared_language

DEFAULT_MAX_BYTES = 2_000_000  # article size limit; the input.max_article_bytes setting's default
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_START_RE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_HTML_CELL_RE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|[a-z][a-z0-9]*)[\s/>]",
                           re.I | re.S)
LIMIT_HINT = " (the input.max_article_bytes setting)"


def read_article(path: str | Path, *, label: str | None = None, format: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file (a regular file of at most ``max_bytes``).
    Raises ArticleError with a one-line reason."""
    data = read_regular_file(Path(path), limit=max_bytes, kind="article", error=ArticleError,
                             hint=LIMIT_HINT)
    return parse_article(data, name=str(path), label=label, format=format)


def read_article_stream(stream: BinaryIO, *, label: str | None = None,
                        format: str | None = None,
                        max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article from standard input (shown as ``-``), at most ``max_bytes``."""
    data = read_stream(stream, limit=max_bytes, name="-", kind="article", error=ArticleError,
                       hint=LIMIT_HINT)
    return parse_article(data, name="-", label=label, format=format)


def parse_article(data: bytes, *, name: str, label: str | None = None,
                  format: str | None = None) -> Article:
    """Build an Article from raw bytes. ``name`` is the path shown to the user
    (``-`` for standard input).

    The format is ``format`` when given, else the suffix's; text with no known
    suffix (standard input included) that starts like an HTML page is read as
    HTML, with a warning, and otherwise as plain text.
    """
    text, encoding, warnings = decode(data, name)
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    if format is None:
        format = SUFFIX_FORMATS.get(Path(name).suffix.lower())
    if format is None:
        format = "txt"
        if _HTML_START_RE.match(text):
            format = "html"
            warnings += (f"{name}: looks like an HTML page; read as HTML "
                         f"(--format txt reads it as plain text)",)
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


def article_from_cell(text: str, *, name: str, format: str | None = None,
                      outlet: str | None = None, title: str | None = None,
                      date: str | None = None, url: str | None = None) -> Article:
    """Build an Article from a table cell (a CSV, JSONL or Parquet row), named ``name``
    in messages (``corpus.csv:row 7``).

    ``format`` is ``txt``, ``md`` or ``html``; None reads a cell that opens with a
    tag (``<p>``, ``<!doctype html>``) as HTML, through the same extractor as an
    HTML file, and anything else as plain text. A ``title`` becomes the headline
    of a plain-text cell (title, blank line, text, as ``article_from_text``) and
    of a page that has none; it and the other columns, when given, win over what
    the HTML or front matter says (a page's own headline stays in its text).
    Raises ArticleError with a one-line reason.
    """
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    if format is None:
        format = "html" if _HTML_CELL_RE.match(text) else "txt"
    title = _str(title)
    if format == "txt" and title:
        fields = _with_headline(title, text.replace("\r\n", "\n").strip())
    else:
        parse = {"txt": _parse_txt, "md": _parse_md, "html": _parse_html}[format]
        fields = parse(text, name)
        if title and not fields["headline_end"]:
            fields.update(_with_headline(title, fields["text"]))
        elif title:
            fields["title"] = title  # the page's own headline stays in the text
    _check_body(fields, name)
    given = {"outlet": _str(outlet), "date": _str(date), "url": _str(url)}
    fields.update({key: value for key, value in given.items() if value})
    outlet = fields.pop("outlet", None) or "unknown"
    return make_article(path=name, data=text.encode("utf-8"), outlet=outlet, format=format,
                        encoding="utf-8", **fields)


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
    encoding = _guess_encoding(data)
    text = data.decode(encoding, errors="replace")
    return _checked(text, name), encoding, (
        f"{name}: not valid UTF-8; read as {_display_name(encoding)} (guessed; "
        f"check accented characters)",)


def _guess_encoding(data: bytes) -> str:
    """The Python name of the encoding charset-normalizer finds most likely;
    Windows-1252 when it finds none."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else "cp1252"


def _display_name(encoding: str) -> str:
    """The name a user knows: windows-1250 for cp1250, iso-8859-2 for iso8859_2."""
    if re.fullmatch(r"cp125\d", encoding):
        return f"windows-{encoding[2:]}"
    return encoding.replace("_", "-").replace("iso8859", "iso-8859")


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


def _parse_md(text: str, name: str) -> dict:
    from framing.text import front_matter, markdown  # PyYAML and markdown-it: Markdown only

    text = text.replace("\r\n", "\n")
    meta, content = front_matter.split(text, name)
    blocks = markdown.blocks(content)
    title = _str(meta.get("title")) or ""
    if not title and blocks and blocks[0].heading:
        title, blocks = blocks[0].text.replace("\n", " "), blocks[1:]
    body = "\n\n".join(block.text for block in blocks)
    if not body:
        if title:
            raise ArticleError(f"{name}: the article has a title but no body text")
        raise ArticleError(f"{name}: no article text found in the Markdown")
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
