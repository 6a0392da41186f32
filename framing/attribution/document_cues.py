"""Cue patterns that need more than a verb and the words right before it.

Each function looks only a few words around one position, so the attribution
pass stays linear in the article's length:
- ``document_subject``: a document whose finding is reported after a phrase that
  describes it ("A poll released Sunday by the Post found…", "a study of 40
  states shows…"): the document, not the participle, is the verb's subject.
"""

from __future__ import annotations

from framing.attribution import source_types
from framing.attribution.grammar import BETWEEN, CLAUSE_WORDS, PRONOUNS, RELATIVES
from framing.attribution.word_view import TokenView

# Words that may open a phrase describing a document between it and its verb
# ("a poll of likely voters", "data from the census"): grammar, not a lexicon.
_DESCRIBING = frozenset("of from by for in on among at".split())
_MAX_DESCRIPTION = 12  # words between the document and its verb
# A finite verb in between means the document is not the verb's subject.
_AUXILIARIES = frozenset("is are was were has have had will would could should may might must "
                         "can do does did".split())


def document_subject(tokens: TokenView, a: int, k: int) -> int | None:
    """The index of the document word heading the subject of the verb at k, when a
    participle ("released", "taken") or a preposition ("of", "from") opens a phrase
    that stands between them ("A poll released Sunday found"); else None.
    The phrase stays inside the clause: no punctuation, clause word or finite verb."""
    low = tokens.lower
    documents = source_types.document_words()
    for j in range(k - 1, max(a, k - _MAX_DESCRIPTION) - 1, -1):
        if not tokens.joined(j + 1):
            return None
        word = low[j]
        if word in documents and j + 1 < k:
            after = low[j + 1]
            if after in _DESCRIBING or (after.endswith(("ed", "en")) and after not in BETWEEN):
                return j
            return None
        if word == "and" and tokens.upper[j - 1] and tokens.upper[j + 1]:
            continue  # "by The Washington Post and ABC News"
        if word in CLAUSE_WORDS or word in RELATIVES or word in PRONOUNS \
                or word in _AUXILIARIES:
            return None
    return None
