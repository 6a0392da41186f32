"""YAML front matter at the top of a Markdown article, read defensively.

The YAML is parsed with PyYAML's safe loader (no ``!!python/*`` tags) and two
further refusals: anchors and aliases (a few hundred bytes of nested aliases
expand to gigabytes, "billion laughs"), and keys that are not plain strings
(``1:``, ``yes:``, ``? null``), which YAML 1.1 turns into numbers, booleans and
null. A front matter block longer than MAX_FRONT_MATTER is refused unparsed.
"""

from __future__ import annotations

import re

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node

from framing.errors import ArticleError

MAX_FRONT_MATTER = 64_000  # characters; real front matter is a few lines
_STRING_TAG = "tag:yaml.org,2002:str"
_OPENING_RE = re.compile(r"---[ \t]*\n")
_CLOSING_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


class _Refused(Exception):
    def __init__(self, reason: str, line: int):
        super().__init__(reason)
        self.reason, self.line = reason, line


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases before composing them."""

    def compose_node(self, parent: Node | None, index: object) -> Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent) or (
                isinstance(event, (ScalarEvent, CollectionStartEvent)) and event.anchor):
            raise _Refused("anchors and aliases (& and *) are not allowed",
                           event.start_mark.line + 1)
        return super().compose_node(parent, index)


def split(text: str, name: str) -> tuple[dict, str]:
    """The front matter's fields (keys lower-cased) and the Markdown after it.

    Text without a ``---`` line at its very top has no front matter.
    """
    opening = _OPENING_RE.match(text)
    if not opening:
        return {}, text
    closing = _CLOSING_RE.search(text, opening.end())
    if not closing:
        return {}, text
    block = text[opening.end():closing.start()]
    body = text[closing.end():].removeprefix("\n")
    if len(block) > MAX_FRONT_MATTER:
        raise ArticleError(f"{name}: front matter is longer than {MAX_FRONT_MATTER:,} characters")
    return _fields(block, name), body


def _fields(block: str, name: str) -> dict:
    loader = _Loader(block)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        if not isinstance(node, MappingNode):
            raise _Refused("must be a list of 'key: value' lines", node.start_mark.line + 1)
        for key, _ in node.value:
            if key.tag != _STRING_TAG or not isinstance(key.value, str):
                shown = repr(key.value) if isinstance(key.value, str) else "a list or mapping"
                raise _Refused(f"key {shown} is not a name (put a key in quotes to keep it)",
                               key.start_mark.line + 1)
        data = loader.construct_document(node)
    except _Refused as refused:
        raise ArticleError(f"{name}: front matter (line {refused.line + 1}): "
                           f"{refused.reason}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise ArticleError(f"{name}: front matter is not valid YAML{where}") from None
    finally:
        loader.dispose()
    return {key.lower(): value for key, value in data.items()}
