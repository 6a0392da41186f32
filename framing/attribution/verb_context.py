"""Whether a reporting-verb form is used as a verb here, and how its clause is built.

A form from the lexicon (``framing.attribution.cues``) is not always a reporting verb: "the
report", "Clinton's state", "add up", "the Washington Post". For a form that is
also a noun, a verb needs a pronoun or an auxiliary right before it, or "that",
a quotation, a comma or a colon right after it. A verb in an everyday sense that reports neither
words nor thoughts is no cue either: "planning a summit", "posted instances of…",
"appeared to trickle past", "credited to McDavid". The same few-word looks tell a
passive cue ("was accused", "is expected"), a verb that shares an earlier
clause's subject ("and said", ", adding") and one that opens its clause
("…,” said Ortiz").
"""

from __future__ import annotations

from functools import lru_cache

from framing.attribution import cues, source_types
from framing.attribution.grammar import DETERMINERS, NOT_NAMES, PRONOUNS, RELATIVES, is_between
from framing.attribution.word_view import TokenView
from framing.data import word_list
from framing.text.quotes import DOUBLE_MARKS

_OTHER_SENSE = frozenset("up off down away".split())
_OTHER_SENSE_PAIRS = frozenset({("add", "to"), ("add", "on")})
_NOUN_MARKERS = frozenset("the a an his her its their our my your this these those every each no "
                          "any another".split())
# "he's said", "who's called": a contraction, not a possessive, before the verb.
_CONTRACTS = frozenset({*PRONOUNS, *RELATIVES, "that", "there"})
_BE = frozenset("is are was were be been being".split())
# Participles that describe the subject's own state of mind ("Ortiz is worried that…").
_STATES = frozenset("worry".split())
# Verbs whose -ing form with a plain object reports no words and no state of mind
# ("planning a summit", "sharing resources"). "supporting the program" is left a cue: PolNeAR
# marks "supporting X" as attribution, and "support" is a thought (``cues.act_of``).
_OBJECT_SENSE = frozenset("plan share".split())
# Verbs that hand on something; what they hand on may be no message of the source's
# (data/attribution_not_messages.txt): "posted instances of the error", "shared resources".
# Likewise "the water appeared to trickle past": "appear" before a verb of motion
# (data/motion_verbs.txt) describes a sight.
_HANDED_ON = frozenset("post share".split())



@lru_cache(maxsize=1)
def _message_nouns() -> frozenset[str]:
    """Nouns for what is said or written ("statement", "report"): an object that makes a
    verb a cue."""
    return source_types.speech_nouns() | source_types.document_words()

class VerbContext:
    """The verb-cue tests for one article; ``a`` is the sentence's first word, ``k`` the cue's."""

    def __init__(self, tokens: TokenView, *, thoughts: bool) -> None:
        self.tokens = tokens
        self.text = tokens.text
        self.thoughts = thoughts

    def is_verb(self, a: int, k: int, end: int, verb: cues.Verb) -> bool:
        """Whether the form at k is used as a reporting verb here."""
        t, low = self.tokens, self.tokens.lower
        previous = low[k - 1] if k > a else ""
        counted = verb.mode == cues.SPEECH and not verb.nounlike and (
            previous[:1].isdigit() or previous in {"another", "each"})  # "another said", "43 said"
        if (previous in _NOUN_MARKERS or previous[:1].isdigit()) and t.joined(k) and not counted:
            return False  # "the report", "a call", "1,200 pledged delegates"
        if previous.endswith(("'s", "s'")) and t.joined(k) and previous.split("'")[0] not in _CONTRACTS:
            return False  # "Clinton's state", "voters' support"
        if k > a and t.upper[k] and not t.in_headline(k):
            return False  # "the Washington Post", "Secretary of State"
        if verb.mode == cues.THOUGHT and not self.thoughts:
            return False
        if previous == "to" and (verb.mode != cues.SPEECH or k - 1 == a):
            return False  # "to call", "to show": only speech after "to" ("declined to say")
        following = low[end] if end < len(t.words) and t.joined(end) else ""
        if following in _OTHER_SENSE or (verb.lemma, following) in _OTHER_SENSE_PAIRS:
            return False  # "add up", "called off", "adding to his wins": another verb
        if verb.lemma == "credit" and following == "to" and low[k].endswith("ed"):
            return False  # "the goal was credited to McDavid upon review": a credit, not speech
        if verb.lemma == "appear" and following == "to" and end + 1 < len(t.words) \
                and low[end + 1] in word_list("motion_verbs.txt"):
            return False  # "the water appeared to trickle past the barrier"
        if verb.lemma in _OBJECT_SENSE and low[k].endswith("ing") and self.plain_object(end):
            return False  # "planning a summit", "sharing resources"
        not_messages = word_list("attribution_not_messages.txt")
        if verb.lemma in _HANDED_ON and end < len(t.words) and t.joined(end) and any(
                low[j] in not_messages for j in range(end, min(end + 3, len(t.words)))):
            return False  # "posted instances of the error", "shared resources"
        return not verb.nounlike or self.verb_context(a, k, end)

    def plain_object(self, end: int) -> bool:
        """Whether the verb ending before word ``end`` takes a plain noun-phrase object: a
        determiner or a lower-case word right after it (not "that", "to", a preposition or a
        pronoun), and no speech or document noun ("message", "statement", "report") among
        the next three words."""
        t, low = self.tokens, self.tokens.lower
        if end >= len(t.words) or not t.joined(end):
            return False
        first = low[end]
        if first not in DETERMINERS and (t.upper[end] or first in NOT_NAMES
                                         or first in PRONOUNS or not first.isalpha()):
            return False
        nouns = _message_nouns()
        return not any(low[j] in nouns for j in range(end, min(end + 3, len(t.words))))

    def verb_context(self, a: int, k: int, end: int) -> bool:
        """For a form that is also a noun: a pronoun or an auxiliary right before
        it, or "that", a quotation, a comma or a colon right after it."""
        t, low = self.tokens, self.tokens.lower
        if k > a and t.joined(k) and (low[k - 1] in PRONOUNS or is_between(t, k - 1)
                                      or low[k - 1] in RELATIVES
                                      or low[k - 1] in source_types.anonymous_nouns()
                                      or low[k - 1] in source_types.document_words()):
            return True  # "he says", "did not say", "critics fear", "polls show"
        if end < len(t.words) and low[end] == "that" and t.joined(end):
            return True
        if k > a and t.joined(k) and low[k].endswith("s") and t.upper[k - 1] \
                and (k - 1 not in t.sentence_starts or (k - 2 >= a and t.upper[k - 2])
                     or low[k - 1] in t.names):
            return True  # "Calderon calls", "the Pentagon says"; "Ortiz plans" opening a sentence
        after = t.words[end - 1].end
        following = self.text[after:after + 3].lstrip()[:1]
        return following in (":", ",") or following in DOUBLE_MARKS

    def is_passive(self, a: int, k: int, verb: cues.Verb) -> bool:
        """"was said", "is expected", "had been asked": a participle after a form of "be"."""
        t, low = self.tokens, self.tokens.lower
        if low[k].endswith(("ing", "s")) or verb.lemma in _STATES:
            return False
        after = self.tokens.words[k].end
        if low[k].endswith("ed") and self.text[after:after + 4] == " by ":
            return True  # "a practice criticized by civil rights advocates", "Asked by Starnes"
        j = k - 1
        while j >= a and is_between(t, j) and t.joined(j + 1):
            if low[j] in _BE:
                return True
            j -= 1
        return False

    def continues_clause(self, a: int, k: int) -> bool:
        """Whether the verb at k shares an earlier clause's subject: after "and" or
        "but", or an -ing form right after a comma."""
        t, low = self.tokens, self.tokens.lower
        j = k - 1
        while j > a and is_between(t, j) and t.joined(j + 1):
            j -= 1
        if j <= a:
            return False
        if low[j] in {"and", "but"} and t.joined(j + 1):
            return True
        return low[k].endswith("ing") and j == k - 1 and t.gap(k).strip() == ","

    def opens_clause(self, a: int, k: int) -> bool:
        """Whether the verb at k opens its clause (after a quotation, a comma or the start)."""
        t, low = self.tokens, self.tokens.lower
        j = k - 1
        while j >= a and is_between(t, j) and t.joined(j + 1):
            j -= 1
        return j < a or not t.joined(j + 1) or low[j] in {"and", "but"}
