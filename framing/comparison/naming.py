"""Things named differently across outlets: "the bridge plan" in one, "the bridge scheme" in
another.

A rule, not a parser: each article's noun phrases of a determiner and two lower-case words
("the bridge plan", "its tram project") are grouped across articles by their first word (the
modifier). A group counts when two or more articles use the modifier, their heads differ, and
at least one head judges: a loaded term in its article, or a noun of
``data/naming_judging_heads.txt`` ("scheme", "regime", "ploy"): the same modifier with a
judging head beside a plain one. "the bridge plan" and "the bridge deck" (no loaded head)
are not paired; neither is "the bridge plan" written by every outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.attribution.grammar import BETWEEN, CLAUSE_WORDS, DETERMINERS, NOT_NAMES
from framing.data import verb_forms, word_list
from framing.pipeline import ArticleAnalysis
from framing.text.spans import Span

_PHRASE_RE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+([a-z][a-z\-]{2,})"
                        r"\s+([a-z][a-z\-]{2,})\b", re.IGNORECASE)
_NOUN_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+([a-z][a-z\-]{2,})\b",
                      re.IGNORECASE)
_FUNCTION = NOT_NAMES | BETWEEN | CLAUSE_WORDS | DETERMINERS


@dataclass(frozen=True)
class NamedThing:
    """One thing (by its modifier) that the articles name with different heads."""

    modifier: str  # "bridge"
    phrases: tuple[tuple[Span, ...] | None, ...]  # per article, its phrases; None where absent
    loaded: tuple[tuple[str, ...] | None, ...]  # per article, its judging heads (loaded or listed)

    def to_json(self) -> dict:
        """This thing in the ``comparison.naming`` list of ``framing analyze --json``."""
        return {"modifier": self.modifier,
                "phrases": [None if p is None else [s.to_json() for s in p] for p in self.phrases],
                "loaded": [None if heads is None else list(heads) for heads in self.loaded]}


def named_things(analyses: Sequence[ArticleAnalysis]) -> tuple[NamedThing, ...]:
    """The things two or more articles name with the same modifier and different heads, one
    head judging (a loaded term or a listed judging noun), in order of the modifier's first use in the first article that has it."""
    # A head counts as a noun where some article writes it right after a determiner ("the
    # plan", "its scheme"): "the bridge open" is no name for the bridge.
    nouns = {m.group(1).lower() for a in analyses for m in _NOUN_RE.finditer(a.article.text)}
    per_article = [{modifier: kept for modifier, phrases in _phrases(a).items()
                    if (kept := [p for p in phrases if p[2] or p[1] in nouns])}
                   for a in analyses]
    modifiers = list(dict.fromkeys(m for found in per_article for m in found))
    things = []
    for modifier in modifiers:
        present = [found.get(modifier) for found in per_article]
        used = [p for p in present if p]
        heads = [{head for _, head, _ in p} for p in used]
        if len(used) < 2 or all(h == heads[0] for h in heads):
            continue
        if not any(loaded for p in used for _, _, loaded in p):
            continue
        things.append(NamedThing(
            modifier=modifier,
            phrases=tuple(None if not p else tuple(span for span, _, _ in p) for p in present),
            loaded=tuple(None if not p else tuple(dict.fromkeys(h for _, h, loaded in p if loaded))
                         for p in present)))
    return tuple(things)


def judges(phrase: str) -> bool:
    """Whether a naming phrase ends in a judging noun ("the Wren regime", "bridge schemes")."""
    words = phrase.lower().split()
    judging = word_list("naming_judging_heads.txt")
    return bool(words) and (words[-1] in judging or words[-1].removesuffix("s") in judging)


def _phrases(analysis: ArticleAnalysis) -> dict[str, list[tuple[Span, str, bool]]]:
    """modifier → [(phrase span, head, whether the head judges)] of one article."""
    text = analysis.article.text
    loaded = [s.span for s in analysis.loaded_language.spans]
    verbs = verb_forms(nounlike=False)
    found: dict[str, list[tuple[Span, str, bool]]] = {}
    for match in _PHRASE_RE.finditer(text):
        modifier, head = match.group(1).lower(), match.group(2).lower()
        if modifier in _FUNCTION or head in _FUNCTION or head in verbs or modifier in verbs \
                or head.endswith(("ly", "ing", "ed")) or modifier.endswith("ly"):
            continue
        start = match.start(1)
        head_start = match.start(2)
        is_loaded = judges(head) or any(s.start <= head_start < s.end for s in loaded)
        found.setdefault(modifier, []).append(
            (Span.of(text, start, match.end(2)), head, is_loaded))
    return found
