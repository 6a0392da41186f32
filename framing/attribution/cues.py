"""Reporting verbs: the lexicon of attribution cues, loaded once.

Entries come from ``data/attribution_verbs.tsv`` (see its header): each verb
form with its lemma, its mode (speech, act, thought, evidence) and its stance
(neutral or evaluative). Forms may be several words ("pointed out").
``act_of`` tells from the mode whether a cue reports speech or a state of mind.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from framing.attribution import record, source_types
from framing.data import data_rows

NEUTRAL, EVALUATIVE = "neutral", "evaluative"
SPEECH, QUOTE, ACT, THOUGHT, EVIDENCE = "speech", "quote", "act", "thought", "evidence"


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    mode: str  # speech, quote, act, thought or evidence (see the data file's header)
    stance: str  # neutral or evaluative
    nounlike: bool = False  # the form is also a common noun ("the state", "phone calls")


# Act-mode verbs that credit a position rather than words ("Ortiz supports the plan").
_POSITIONS = frozenset({"support", "back", "oppose", "side"})
_PERCEPTIONS = frozenset({"appear", "seem"})
# Sources whose findings are published writing ("the report found").
_PUBLISHERS = frozenset({source_types.DOCUMENT, source_types.ORGANISATION})

Lexicon = dict[tuple[str, ...], Verb]  # lower-case words of a form → its verb


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """The reporting verbs of one run, shared by every article (read-only)."""

    forms: MappingProxyType[tuple[str, ...], Verb]
    longest: int  # words in the longest form
    firsts: frozenset[str]  # the first word of every form: no cue starts with another word


def act_of(verb: Verb, source_type: str | None) -> str:
    """Whether a cue with ``verb`` reports speech or writing (``record.SPEECH``) or a state of
    mind, intention or perception (``record.THOUGHT``), from the verb's mode:
    speech and quote verbs report words; act verbs ("called", "accused", "tweeted") are
    speech acts, done in words, except the few that credit a position ("supports");
    thought verbs ("believes", "plans") are states of mind; evidence verbs ("found",
    "showed") report a finding published in writing when a document or an organisation is
    the source ("the report found", "the audit office found"), and otherwise what someone
    perceived or concluded ("Ortiz found that the door was open"); "appears" and "seems"
    are always perception, the writer's hedge."""
    if verb.mode == THOUGHT or (verb.mode == ACT and verb.lemma in _POSITIONS):
        return record.THOUGHT
    if verb.mode == EVIDENCE and (verb.lemma in _PERCEPTIONS or source_type not in _PUBLISHERS):
        return record.THOUGHT
    return record.SPEECH


@lru_cache(maxsize=1)
def verb_lexicon() -> Lexicon:
    """The built-in reporting verbs, keyed by the words of each form."""
    lexicon: Lexicon = {}
    for lemma, mode, stance, forms in data_rows("attribution_verbs.tsv"):
        for form in forms.split(","):
            form = form.strip()
            words = tuple(form.rstrip("*").split())
            lexicon.setdefault(words, Verb(lemma, mode, stance, form.endswith("*")))
    return lexicon


@lru_cache(maxsize=8)
def with_extras(extra_verbs: tuple[str, ...] = (), evaluative: tuple[str, ...] = (),
                neutral: tuple[str, ...] = ()) -> CueLexicon:
    """The built-in lexicon with a user's additions, built once per set of additions:
    ``extra_verbs`` are new neutral speech forms, ``evaluative`` forms become (or are
    added as) evaluative, and ``neutral`` lemmas or forms lose an evaluative stance."""
    lexicon = dict(verb_lexicon())
    for form in extra_verbs:
        lexicon.setdefault(tuple(form.lower().split()), Verb(form.lower(), SPEECH, NEUTRAL))
    for form in evaluative:
        key = tuple(form.lower().split())
        known = lexicon.get(key)
        lexicon[key] = Verb(known.lemma if known else form.lower(),
                            known.mode if known else SPEECH, EVALUATIVE,
                            known.nounlike if known else False)
    lowered = {n.lower() for n in neutral}
    if lowered:
        for key, verb in list(lexicon.items()):
            if verb.stance == EVALUATIVE and (verb.lemma in lowered or " ".join(key) in lowered):
                lexicon[key] = Verb(verb.lemma, verb.mode, NEUTRAL, verb.nounlike)
    return CueLexicon(MappingProxyType(lexicon), max(len(key) for key in lexicon),
                      frozenset(key[0] for key in lexicon if key))
