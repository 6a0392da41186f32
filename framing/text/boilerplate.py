"""Boilerplate: the furniture of a web page that comes along when its text is copied.

A paragraph is boilerplate when it is short (at most ``MAX_WORDS`` words) and is
one of (the words and phrases are in ``framing/data/boilerplate_lines.tsv``):

- a **share-button row**: only share and filler words, at least one of them a
  share word ("Facebook Twitter YouTube SoundCloud RSS", "Share on Facebook",
  "Tweet Email");
- a **"watch/read more" line**: it starts with a lead such as "Read more",
  "Related" or "Watch", followed by a colon (or ``|``, ``»``, ``›``), or it is the
  lead alone, or the lead has several words and the paragraph ends with a colon
  ("Watch a video of this report here:"); a one-word lead needs its colon, so
  "More than 40 people were hurt, among them:" stays article text;
- a **stand-alone line** such as "Advertisement" or "Continue reading";
- a **caption or credit line**: it starts with a credit lead ("Photo: Reuters",
  "Image copyright Getty Images", "© AFP"), or it ends with one in brackets
  ("Troops at a drill near Moscow. (Photo Credit: Mil.ru)"). A one-word lead
  needs a colon after it, so "Photographs of the meeting were published" stays;
  a lead that also opens article sentences ("Source:") marks only a line of at
  most ``SHORT_CREDIT_WORDS`` words.

The article keeps these paragraphs in its text, so offsets are unchanged, but
leaves them out of its sentences, words and quotations: no analyzer counts them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from framing.data import data_rows
from framing.text.spans import Span

MAX_WORDS = 40
SHORT_CREDIT_WORDS = 10  # a "shortcredit" lead ("Source:") marks only a line this short
_TOKEN_RE = re.compile(r"[^\s|•·/,;]+")
_EDGE_PUNCT = "\"'“”‘’()[]{}.:!?«»›‹-–—"
_LEAD_SEPARATORS = (":", "|", "»", "›")
_TRAILING_BRACKETS_RE = re.compile(r"[(\[]([^()\[\]]*)[)\]]\s*$")


@dataclass(frozen=True)
class _Lists:
    share: frozenset[str]
    filler: frozenset[str]
    more: dict[str, tuple[str, ...]]  # by first character, so a line tries only leads it can start with
    line: frozenset[str]
    credit: dict[str, tuple[str, ...]]  # likewise
    short_credit: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    kinds: dict[str, list[str]] = {"share": [], "filler": [], "more": [], "line": [], "credit": [],
                                   "shortcredit": []}
    for kind, phrase in data_rows("boilerplate_lines.tsv"):
        kinds[kind].append(phrase.strip().lower())
    return _Lists(frozenset(kinds["share"]), frozenset(kinds["filler"]), _by_first(kinds["more"]),
                  frozenset(kinds["line"]), _by_first(kinds["credit"] + kinds["shortcredit"]),
                  frozenset(kinds["shortcredit"]))


def _by_first(leads: list[str]) -> dict[str, tuple[str, ...]]:
    """The leads grouped by their first character, longest first in each group."""
    groups: dict[str, list[str]] = {}
    for lead in sorted(leads, key=len, reverse=True):
        groups.setdefault(lead[0], []).append(lead)
    return {first: tuple(group) for first, group in groups.items()}


def is_boilerplate(paragraph: str) -> bool:
    """True when the paragraph (or line) is page furniture, not article text."""
    if not 0 < len(paragraph.split(maxsplit=MAX_WORDS)) <= MAX_WORDS:  # blank, or too long
        return False
    flat = " ".join(paragraph.replace("’", "'").split()).lower()  # one space between words
    lists = _lists()
    return (_is_share_row(flat, lists) or _is_more_line(flat, lists)
            or flat.strip(_EDGE_PUNCT + " ") in lists.line or _is_credit(flat, lists))


def find(text: str, paragraphs: Sequence[Span], *, keep: Span | None = None) -> list[Span]:
    """The paragraphs of ``text`` that are boilerplate; ``keep`` (the headline) never is."""
    return [p for p in paragraphs
            if not (keep and p.overlaps(keep.start, keep.end)) and is_boilerplate(p.text)]


def leading_end(text: str) -> int:
    """Offset of the first line of ``text`` that is neither blank nor boilerplate
    (where the headline is looked for); ``len(text)`` when there is none."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not is_boilerplate(line):
            return offset
        offset += len(line)
    return offset


def _is_share_row(flat: str, lists: _Lists) -> bool:
    """Only share and filler words, at least one a share word; most lines fail at their
    first word."""
    shared = False
    for match in _TOKEN_RE.finditer(flat):
        token = match.group().strip(_EDGE_PUNCT)
        if token in lists.share:
            shared = True
        elif token and token not in lists.filler:
            return False
    return shared


def _is_more_line(flat: str, lists: _Lists) -> bool:
    for lead in lists.more.get(flat[:1], ()):
        rest = _after_lead(flat, lead)
        if rest is None:
            continue
        rest = rest.strip()
        if not rest.strip(_EDGE_PUNCT) or rest.startswith(_LEAD_SEPARATORS):
            return True
        if " " in lead and flat.endswith(":"):
            return True
    return False


def _is_credit(flat: str, lists: _Lists) -> bool:
    if _starts_with_credit(flat.lstrip("([ "), lists):
        return True
    trailing = _TRAILING_BRACKETS_RE.search(flat)
    return bool(trailing) and _starts_with_credit(trailing.group(1).strip(), lists)


def _starts_with_credit(flat: str, lists: _Lists) -> bool:
    for lead in lists.credit.get(flat[:1], ()):
        rest = _after_lead(flat, lead)
        if rest is None:
            continue
        if " " in lead or not lead.isalpha():
            return True
        if rest.lstrip().startswith(_LEAD_SEPARATORS) and (
                lead not in lists.short_credit or len(flat.split()) <= SHORT_CREDIT_WORDS):
            return True
    return False


def _after_lead(flat: str, lead: str) -> str | None:
    """The rest of ``flat`` after ``lead`` when it starts with the lead as whole words."""
    if not flat.startswith(lead):
        return None
    rest = flat[len(lead):]
    if rest and lead[-1].isalnum() and rest[0].isalnum():
        return None
    return rest
