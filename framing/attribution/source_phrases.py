"""Finding the source phrase of a cue.

Given the word index of a cue, the subject before it ("Deputy Mayor Ana Ortiz
said", "Ortiz, the deputy mayor, said", "Borges, who predicted", "officials
say", "officials who spoke to the Post said", "54 percent said"), the name
opening the sentence when a long appositive or aside stands between it and the
verb ("Cory James, 22, of Flint, Mich., said", "Murphy — after a pause — told")
or, when the verb opens its clause, the phrase after it ("…,” said Ortiz, a
spokeswoman"). Every look stays within a few words of the cue or of the
sentence start. A pronoun is resolved by ``framing.attribution.pronouns``.
"""

from __future__ import annotations

from dataclasses import replace

from framing.attribution import source_types
from framing.attribution.grammar import (BETWEEN, CLAUSE_WORDS, DEMONSTRATIVES, DETERMINERS,
                                         NOT_NAMES, PRONOUNS, RELATIVES, SUFFIXES, is_between,
                                         is_date, is_date_phrase, may_open_date_phrase)
from framing.attribution.pronouns import Antecedents, gender
from framing.attribution.record import Source
from framing.attribution.word_view import TokenView
from framing.data import verb_forms
from framing.text.spans import Span

_STOPS_RIGHT = CLAUSE_WORDS | frozenset("""in on at during of about to for with from after
before over under by into amid""".split())
_LEADING_PREPOSITIONS = frozenset("in on at during after before by from for with into about of "
                                  "over under".split())
_PREPOSITIONS = frozenset("with by for to in on at from after before during about than like "
                          "without among against amid despite".split())
# Words that may open a sentence before its subject ("Then she…", "But Ortiz…").
_TIME_ADVERBS = frozenset("today yesterday tonight later earlier then again also".split())
_OPENERS = frozenset("and but then so still now later yet also meanwhile instead".split())
# Counted respondents ("54 percent said", "six in 10 said", "another said"): grammar, not a lexicon.
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens hundred "
                          "hundreds thousand thousands million millions".split())
_SHARES = frozenset("percent majority half third quarter plurality".split())
_QUANTITIES = frozenset("few couple lot number handful host score group".split())
_ONE_OF = frozenset("another one others some many most several both".split())
# Words an article may follow inside one noun phrase ("one of the", "all the").
_BEFORE_ARTICLE = DETERMINERS | _LEADING_PREPOSITIONS | _ONE_OF
# A capitalised speech verb inside a phrase is a Title Case headline's own cue ("Trump Says …").
_SPEECH_FORMS = frozenset(f for f in verb_forms(frozenset({"speech"}), nounlike=False)
                          if " " not in f)


class SourceFinder:
    """Source phrases in one article; pronouns resolve among ``antecedents``."""

    def __init__(self, tokens: TokenView, antecedents: Antecedents) -> None:
        self.tokens = tokens
        self.antecedents = antecedents

    # -- before the verb ---------------------------------------------------------
    def left(self, a: int, k: int, *, loose: bool = False) -> Source | None:
        """The subject of the verb at k, within the sentence starting at word a.
        ``loose`` also accepts an unknown noun after a determiner ("the man said")."""
        t, low = self.tokens, self.tokens.lower
        j = k - 1
        while j >= a and (is_between(t, j) or low[j] == "to") and t.joined(j + 1):
            j -= 1
        if j < a:
            return None
        if t.gap(j + 1).strip().rstrip(",").endswith(")"):
            # "Sen. Mitch McConnell (R-Ky.) said": step over the parenthesis.
            opening = next((i for i in range(j, max(a, j - 6) - 1, -1) if "(" in t.gap(i)), None)
            if opening is None or opening - 1 < a:
                return None
            found = self.ending_at(a, opening - 1, loose=loose)
            return None if found is None or found.span is None else replace(
                found, span=Span.of(t.text, found.span.start, t.text.index(")", t.words[j].end) + 1))
        if t.gap(j + 1).strip() == "." and ("." in t.words[j].text or low[j] in SUFFIXES):
            return self.ending_at(a, j, loose=loose)  # "the F.B.I. has said", "Jr. said"
        if not t.joined(j + 1):
            found = self.appositive(a, j)
            if found is None and t.gap(j + 1).strip().endswith((",", "—", "–", " -")):
                # "Rich Heffley, a GOP operative who … in the state, said": the name
                # opening the sentence before an appositive too long to read.
                found = self.opening_subject(a, j + 1)
            return found
        return self.ending_at(a, j, loose=loose)

    def ending_at(self, a: int, j: int, *, loose: bool = False) -> Source | None:
        """The source phrase whose last word is j."""
        t, low = self.tokens, self.tokens.lower
        if low[j] in RELATIVES:
            antecedent = self.antecedent(a, j)
            if antecedent is None:  # "those who said": a source, but not one to name
                return Source(t.span(j, j + 1), source_types.UNRESOLVED, None)
            return replace(antecedent, span=t.span(j, j + 1), length=1)
        if low[j].split("'")[0] in PRONOUNS:
            return self.pronoun(j)
        if low[j] == "that" and j > a and t.joined(j):
            # "a new poll that shows": "that" standing for a source before it
            antecedent = self.antecedent(a, j)
            return None if antecedent is None else replace(antecedent, span=t.span(j, j + 1), length=1)
        if low[j] in CLAUSE_WORDS:
            return None
        for i in range(j - 1, max(a, j - 8), -1):
            if not t.joined(i + 1) or low[i] in CLAUSE_WORDS:
                break
            if low[i] == "who" and i - 1 >= a and t.joined(i):
                # "officials who spoke with the Post said": the phrase before "who"
                return self.ending_at(a, i - 1, loose=loose)
        c = j
        while c > a and t.joined(c) and low[c - 1] not in CLAUSE_WORDS \
                and low[c - 1] not in RELATIVES and j - c < 14:
            if low[c - 1] in _PREPOSITIONS and (c < 2 or low[c - 2] not in source_types.bridge_words()):
                break  # "with recent polls showing": the source is after the preposition
            c -= 1
            if c - 1 > a and low[c - 1] == "and" and t.upper[c] and t.upper[c - 2] \
                    and t.joined(c - 1):
                c -= 2  # "Phil Berger and Tim Moore said"
        return self.phrase(c, j + 1, loose=loose)

    def phrase(self, c: int, e: int, *, loose: bool = False) -> Source | None:
        """The source named by words c..e-1, trimmed to its noun phrase."""
        t, low = self.tokens, self.tokens.lower
        if e - c > 8:
            run = source_types.name_words(t.texts(c, e))
            c = e - len(run) if run else e - 4
        while c < e - 1 and low[c] in _LEADING_PREPOSITIONS:
            c += 1
        if c < e - 1 and low[c] in NOT_NAMES and low[c] not in DETERMINERS \
                and not t.upper[c]:
            c += 1
        if any(is_date(t, i) for i in range(c, e)):
            return None
        if c < e and may_open_date_phrase(t.words[c].text):
            if is_date_phrase(t.texts(c, e)):
                return None  # "March 5 said", "last Tuesday"
            dated = [i for i in range(c + 1, e) if is_date_phrase(t.texts(c, i))]
            if dated:
                c = dated[-1]  # "On March 5 officials said": the source after the date
        if e - c == 1 and low[c] in DEMONSTRATIVES:
            return None  # "Konashenkov had this to say"
        if any(low[i] in _SPEECH_FORMS and t.upper[i] for i in range(c, e - 1)):
            return None  # "Trump Says Defense Secretary Jim Mattis": a headline with its own cue
        if any(low[i] in ("the", "a", "an") and not t.upper[i - 1]
               and low[i - 1] not in _BEFORE_ARTICLE
               for i in range(c + 1, e - 1)):
            return None  # "the budget bill the president": two noun phrases across a clause
        if _reduced_relative(low, c, e):
            c += 2  # "a line critics say was cooked up": the source is "critics"
        words = t.texts(c, e)
        source_type = source_types.classify(words)
        if source_type == source_types.PERSON and e - c == 1 and c in t.sentence_starts \
                and (low[c] in t.vocabulary or low[c] in _ONE_OF):
            source_type = None  # a capitalised common word opening the sentence
        if source_type is None:
            counted = loose and e - c <= 5 and (_is_number(low[e - 1]) or low[e - 1] in _SHARES
                                                 or (e - c == 1 and low[c] in _ONE_OF))
            if not counted and not (loose and low[c] in DETERMINERS and e - c <= 5
                                    and low[e - 1] not in CLAUSE_WORDS):
                return None
            source_type = source_types.ANONYMOUS
        if source_type == source_types.UNRESOLVED:
            return self.pronoun(c)
        if not t.upper[e - 1] and source_type != source_types.PERSON:
            # "I hear some people say": the noun phrase starts at its last determiner.
            starts = [i for i in range(c + 1, e - 1) if low[i] in DETERMINERS]
            if starts and low[starts[-1] - 1] != "of" \
                    and not any(low[i] in source_types.bridge_words() for i in range(c, starts[-1])):
                c = starts[-1]
                words = t.texts(c, e)
        return Source(t.span(c, e), source_type, source_types.speaker_name(words, source_type),
                      gender(words), e - c)

    def appositive(self, a: int, j: int) -> Source | None:
        """"Ortiz, the deputy mayor, said": the name before the appositive ending at j."""
        t, low = self.tokens, self.tokens.lower
        if j + 1 >= len(t.words) or t.gap(j + 1).strip() != ",":
            return None
        c = j
        while c > a and t.joined(c) and j - c < 15:
            c -= 1
        if c <= a or t.gap(c).strip() != ",":
            return None
        n = m = c - 1
        while m > a and t.joined(m) and n - m < 8:
            m -= 1
        if m > a and t.joined(m):
            return None
        head = self.phrase(m, n + 1)
        apposed = self.phrase(c, j + 1) if j - c < 5 else None
        if apposed is not None and apposed.type == source_types.PERSON \
                and all(t.upper[i] or low[i] in source_types.title_words()
                        for i in range(c, j + 1)) \
                and (head is None or head.type != source_types.PERSON
                     or not source_types.name_words(t.texts(m, n + 1))):
            head = apposed  # "Its chair, Rafael Dunn, said": the name, not the role
        if head is None or head.type not in (source_types.PERSON, source_types.ORGANISATION,
                                             source_types.GOVERNMENT):
            return None
        return replace(head, span=Span.of(t.text, t.words[m].start, t.words[j].end),
                       length=j - m + 1, apposed=True)

    def antecedent(self, a: int, j: int) -> Source | None:
        """The phrase the relative pronoun at j ("who") refers back to."""
        t = self.tokens
        if j <= a or t.gap(j).strip() not in (",", "", "—", "–", "("):
            return None
        n = m = j - 1
        while m > a and t.joined(m) and n - m < 5:
            m -= 1
        found = self.phrase(m, n + 1)
        return None if found is None or found.type == source_types.UNRESOLVED else found

    def clause_subject(self, a: int, k: int) -> Source | None:
        """The subject of the sentence a..k: the name or pronoun opening it, or
        opening the clause after one of its first commas ("For months, Cruz had…")."""
        t = self.tokens
        starts = [a] + [i for i in range(a + 1, k) if t.gap(i).strip() == ","][:3]
        fallback = None
        for start in starts:
            found = self.subject(start, k)
            if found is None or found.span is None:
                continue
            after = t.index_at(found.span.end)
            if t.lower[start] in _LEADING_PREPOSITIONS or (after < k and t.gap(after).strip() == ","):
                fallback = fallback or found  # "In three interviews, the justice…", "Shortly, …"
                continue
            return found
        return fallback

    def opening_subject(self, a: int, k: int) -> Source | None:
        """The name opening the sentence a..k when a comma or a parenthesis follows it
        ("Cory James, 22, of Flint, said"): the subject of a verb after a long appositive."""
        t = self.tokens
        if t.in_quote[a]:
            return None
        candidates = [self.subject(a, k)]
        # "An Israeli official, speaking on condition of anonymity, said"
        e = next((i for i in range(a + 1, min(k, a + 6)) if not t.joined(i)), None)
        if e is not None and not any(t.lower[i] in CLAUSE_WORDS or t.lower[i] in BETWEEN
                                     for i in range(a, e)):
            candidates.append(self.phrase(a, e, loose=True))
        for found in candidates:
            if found is None or found.span is None or found.type == source_types.UNRESOLVED:
                continue
            e = t.index_at(found.span.end)
            if e < k and t.gap(e).strip()[:1] in (",", "(", "—", "–", "-"):
                return replace(found, apposed=True)
        return None

    def subject(self, a: int, k: int) -> Source | None:
        """The name or pronoun opening the sentence at word a ("Ortiz was blunt:")."""
        t = self.tokens
        if a + 1 < k and t.lower[a] in _OPENERS and t.joined(a + 1):
            a += 1  # "Then she shattered party norms, pledging…"
        e = a
        while e < k and e - a < 6 and (e == a or t.joined(e)) and (
                t.upper[e] or t.lower[e] in source_types.title_words()):
            e += 1
        if e == a:
            return self.pronoun(a) if t.lower[a] in PRONOUNS else None
        found = self.phrase(a, e)
        if found is None or found.type not in (source_types.PERSON, source_types.ORGANISATION,
                                               source_types.GOVERNMENT, source_types.GROUP,
                                               source_types.UNRESOLVED):
            return None
        return found

    # -- after the verb ------------------------------------------------------------
    def right(self, end: int, b: int) -> Source | None:
        """"…,” said Ortiz, a spokeswoman for the ministry": the phrase from word
        ``end`` on, its appositive kept in the span."""
        t, low = self.tokens, self.tokens.lower
        if end >= b or not t.joined(end):
            return None
        e = end
        while e < b and e - end < 8 and (e == end or t.joined(e)) and low[e] not in _STOPS_RIGHT \
                and low[e] not in BETWEEN:
            e += 1
        if e == end or (e < b and low[e] in BETWEEN and low[e] not in _TIME_ADVERBS):
            return None  # "said Nunberg was…": the subject of the reported clause
        found = self.phrase(end, e, loose=True)
        if found is None or found.span is None:
            return None
        if not (t.upper[end] or low[end] in DETERMINERS or low[end] in PRONOUNS
                or low[end] in source_types.title_words()
                or found.type in (source_types.PERSON, source_types.ORGANISATION,
                                   source_types.GOVERNMENT)):
            return None  # "said retired neurosurgeon Ben Carson" passes, "said quickly" does not
        stop = t.words[e - 1].end
        if e < b and t.gap(e).strip() == "," and (low[e] in DETERMINERS
                                                  or low[e] in RELATIVES
                                                  or low[e] in source_types.title_words()):
            f = e
            while f + 1 < b and t.joined(f + 1) and f - e < 20:
                f += 1
            stop = t.words[f].end
        return replace(found, span=Span.of(t.text, found.span.start, stop), end=stop)

    # -- pronouns ----------------------------------------------------------------------
    def pronoun(self, j: int) -> Source:
        """The pronoun at word j, standing for the source it resolves to, if any."""
        word = self.tokens.lower[j].split("'")[0]
        span = self.tokens.span(j, j + 1)
        resolved = self.antecedents.resolve(span.start, word)
        if resolved is None:
            return Source(span, source_types.UNRESOLVED, None)
        return replace(resolved, span=span, length=1, apposed=False, end=None)


def _reduced_relative(low: list[str], c: int, e: int) -> bool:
    """"a line critics say…", "a plan officials backed": an indefinite article and a
    singular noun before a plural one cannot be one noun phrase, so the article and the
    first noun are the object the source talks about ("a line [that] critics say")."""
    if e - c != 3 or low[c] not in ("a", "an"):
        return False
    first, head = low[c + 1], low[e - 1]
    return (not first.endswith("s") and first not in _NUMBER_WORDS and first not in _QUANTITIES
            and head.endswith("s") and not head.endswith(("ss", "us", "is")))


def _is_number(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit() or word in _NUMBER_WORDS
