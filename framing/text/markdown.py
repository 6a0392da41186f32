"""Markdown reduced to plain text with markdown-it-py (CommonMark, plus tables
and ~~strikethrough~~).

What stays: the text of headings, paragraphs, list items, block quotes, table
cells and code (inline and blocks, as text); link text without its URL; text
between inline HTML tags. What goes: formatting marks, URLs, images (alt text
included: it describes a picture, it is not the article's prose), raw HTML
blocks and inline tags, horizontal rules. Each block becomes one paragraph;
paragraphs are separated by a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

# markdown-it-py tries every "[" as the start of a link; a long run of brackets
# costs tens of microseconds each. A "[" that no later "]" balances can never
# open a link, so before parsing such brackets are swapped for a private-use
# character (restored in the text afterwards).
_PLACEHOLDER = "\ue000"
_SPACES_RE = re.compile(r"[ \t]{2,}")  # left where an image or a tag was dropped
_BRACKET_RE = re.compile(r"\\.|[\[\]]", re.S)  # an escaped character, or a bracket


@dataclass(frozen=True)
class Block:
    text: str
    heading: bool


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def blocks(markdown: str) -> list[Block]:
    """The text blocks of ``markdown`` in reading order, empty ones left out."""
    guarded = _guard_brackets(markdown)
    result: list[Block] = []
    heading = False
    row: list[str] | None = None
    for token in _parser().parse(guarded):
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            _append(result, " · ".join(cell for cell in row if cell), heading=False)
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text.strip())
            else:
                _append(result, _SPACES_RE.sub(" ", text), heading=heading)
        elif token.type in ("fence", "code_block"):
            for part in token.content.split("\n\n"):
                _append(result, part, heading=False)
    if guarded is not markdown:
        result = [Block(b.text.replace(_PLACEHOLDER, "["), b.heading) for b in result]
    return result


def _append(result: list[Block], text: str, *, heading: bool) -> None:
    text = text.strip()
    if text:
        result.append(Block(text, heading))


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        # An image's alt text lives in the image token's own children, so it is
        # left out here without further ado; link text is plain text between
        # link_open and link_close, whose URL is an attribute.
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def _guard_brackets(text: str) -> str:
    """``text`` with every "[" that no later "]" balances replaced by _PLACEHOLDER
    (the same object back when there is none, or when the text holds the placeholder)."""
    if _PLACEHOLDER in text or "[" not in text:
        return text
    unmatched: list[int] = []
    for match in _BRACKET_RE.finditer(text):
        if match.group() == "[":
            unmatched.append(match.start())
        elif match.group() == "]" and unmatched:
            unmatched.pop()
    if len(unmatched) < 100:  # few brackets cost nothing; leave the text as written
        return text
    chars = list(text)
    for position in unmatched:
        chars[position] = _PLACEHOLDER
    return "".join(chars)
