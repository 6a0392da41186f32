"""Loaded language: wording that judges, labels, exaggerates, distances or editorialises.

Six categories of terms are found in an article and reported as exact character spans:

- ``emotive``: emotive and loaded terms whose choice passes judgement ("slaughter",
  "junta", "ploy", "brutal");
- ``label``: labels and name-calling for people and groups ("thug", "tyrant", "puppet");
- ``intensifier``: intensifiers and exaggeration ("unprecedented", "always", "utterly");
- ``hedge``: hedges and distancing ("so-called", "alleged", "purportedly", "apparently");
- ``stance_verb``: speech verbs that take a side ("claimed", "admitted", "blasted",
  "conceded", where neutral reporting has "said", "told", "stated"); counted only
  next to a quotation or before "that" or a colon, where they introduce speech;
- ``scare_quote``: a short quoted word or phrase (one to a few words in straight, curly
  or single quotation marks) that nobody is credited with saying; found from the text
  (``framing.text.voices``).

The first five come from lexicons: the TSV files ``framing/data/loaded_*.tsv`` and any
files named in the ``lexicons`` setting. A lexicon has one entry a line::

    term or phrase<TAB>category[<TAB>weight]

``category`` is one of the five lexicon categories, ``weight`` a number from 0 to 10
(default 1), and ``#`` starts a comment. Terms are base forms, matched case-insensitively
with their inflections ("slam" finds "slammed"); a term written with spaces also finds
its hyphenated form, a hyphenated term only hyphenated text (see ``framing.lexicon``).
A user's entry for a term replaces the built-in one; ``exclude`` drops entries.

User categories: ``user_categories`` in the settings declares categories beside the
built-in ones (name, colour, one-line description, weight), which user lexicons may then
use, in TSV files or LIWC-style ``.dic`` files (``framing.lexicon.matcher.read_dic``).
Their terms are single terms (they do not grow into phrases); each gets its own
``CategoryFigures`` and a headline figure of its own (``run_metrics``).

A loaded word often heads a loaded phrase, and annotators mark the phrase, so an
emotive or label term grows into the phrase around it (``framing.lexicon.phrases``): the degree
words, intensifiers, describing word, coordinated word and article or possessive before
it ("a truly vile", "the angry leftists"), loaded terms of its category next to
it or coordinated with it ("brutal, senseless"), up to two words it describes and an
"of" complement after it ("attack", "a scourge of modern life"), and the few words up
to the next loaded phrase of the clause. A phrase starts only at a lexicon term and
keeps the category and entry of its first term; the other categories stay single terms.
Each shape was kept only when it raised the character-level F1 on the Propaganda
Techniques Corpus (benchmarks/ptc_loaded_language.py).

Terms inside a direct quotation (``framing.text.voices``: quoted speech, not scare quotes
or quoted names) are the speaker's words: they are marked ``quoted`` and counted apart
from the outlet's own voice, which includes scare quotes. Densities are weighted terms
per 1,000 words: densities count terms, highlights show phrases, so a phrase holding three
lexicon terms counts three; each term counts its entry's weight times its category's
weight (1 by default; 0 keeps the spans but leaves them out of the densities), so with
default settings a density is a count of terms per 1,000 words.
Higher densities and shares mean more loaded wording.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from collections.abc import Sequence
from typing import Literal

from pydantic import Field, field_validator

from framing.text.article import Article
from framing.data import cached_for
from framing.lexicon import matcher
from framing.lexicon.matcher import Lexicon, Match, builtin_files, key, read_entries, subwords
from framing.lexicon.phrases import phrases
from framing.analyzers.contract import Metric, Sample, Section, rounded, share_sample, voices_of
from framing.text.quotes import DOUBLE_MARKS, SINGLE_MARKS
from framing.text.spans import Span

Category = Literal["emotive", "label", "intensifier", "hedge", "stance_verb", "scare_quote"]
CATEGORIES: tuple[str, ...] = ("emotive", "label", "intensifier", "hedge", "stance_verb",
                               "scare_quote")
LEXICON_CATEGORIES = CATEGORIES[:-1]  # scare quotes are found from the text, not a lexicon
WORDING = ("emotive", "label")  # the categories that grow into phrases

_QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS


TITLE = "Loaded language"

ABOUT = (
    "Words that carry judgement or emotion rather than information, found with word lists and "
    "a few phrase rules and counted per 1,000 words. Words inside direct quotations are the "
    "speakers', counted apart from the outlet's own voice.",
    "Loaded terms are found with word lists written for framing (listed below with their "
    "sources and licences) in five categories: emotive and loaded terms, labels and "
    "name-calling, intensifiers and exaggeration, hedges and distancing, and speech verbs that "
    "take a side (counted only where they introduce speech). A sixth category, scare quotes, is "
    "found from the text: a quoted word or short phrase that nobody is credited with saying.",
    "Terms match in any case and with their inflections. An emotive term or label grows into "
    "the phrase an annotator would mark: the words that intensify or describe it, a word "
    "coordinated with it, its article, an \"of\" complement, and the few words bridging it to "
    "a nearby loaded phrase. A phrase never starts at a word no list holds.",
    "Terms inside direct quotations are the speakers' words: they are counted separately from "
    "the outlet's own voice. A scare quote is the outlet's own wording, held at a distance: "
    "its words count as the outlet's own, as in the other sections of this report. Densities "
    "are terms per 1,000 words, each term counted with its weight (1 unless the settings "
    "change it). Counts are of terms, highlights of phrases: a highlighted phrase such as "
    "\"Rams Through Disastrous, Shameful Bridge Plan\" holds three terms and counts three.",
    "How far to trust it, as measured against people: on the Propaganda Techniques Corpus "
    "(371 news articles whose loaded wording and name-calling annotators marked), in 5-fold "
    "cross-validation with each fold's lexicon entries chosen on the other four folds, about "
    "two highlighted words in five are wording the annotators also marked (precision "
    "0.42 ± 0.01 across folds, 0.40–0.43), and the highlights cover about 28% of what they "
    "marked (recall 0.28 ± 0.04; F1 0.34 ± 0.03). Ranking the articles by density agrees with "
    "ranking them by the annotators' counts at Spearman 0.64 ± 0.13 (0.44–0.78 across folds). "
    "On writing unlike that corpus expect fewer hits: read the highlighted terms, not just "
    "the numbers.",
)


class UserCategory(Section):
    """A category a user lexicon adds beside the built-in ones (a frame dictionary's
    "economic", "morality"…): its terms are found and counted like the built-in ones and
    get their own rows, chart dots, JSON keys and legend entries."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,30}$",
                      description="The category's name, as the lexicon files write it.")
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$",
                        description="Its colour in the report, as #rrggbb.")
    description: str = Field(max_length=200, pattern=r"^[^\n]*$",
                             description="One line saying what its terms are.")
    weight: float = Field(1.0, ge=0, le=10, description="How much its terms count in the densities.")

    @field_validator("name")
    @classmethod
    def _not_builtin(cls, value: str) -> str:
        if value in CATEGORIES:
            raise ValueError(f"{value!r} is a built-in category")
        return value


class Settings(Section):
    categories: tuple[Category, ...] = Field(
        CATEGORIES,
        description="Categories of loaded language to find; leave one out to switch it off.")
    lexicons: tuple[str, ...] = Field(
        (),
        description="Your own lexicon files, used with the built-in ones (one entry a line: "
                    "term<TAB>category[<TAB>weight]; '#' comments); relative to the settings file.")
    builtin_lexicons: bool = Field(
        True, description="Use the lexicons shipped with framing; false uses only your own.")
    user_categories: tuple[UserCategory, ...] = Field(
        (), description="Categories your lexicons add, each a table with name, colour (#rrggbb), "
                        "description and optional weight ([[loaded_language.user_categories]]).")
    exclude: tuple[str, ...] = Field(
        (), description="Lexicon entries to ignore, written as in the lexicon (e.g. \"junta\").")
    emotive_weight: float = Field(
        1.0, ge=0, le=10, description="How much an emotive term counts in the densities.")
    label_weight: float = Field(
        1.0, ge=0, le=10, description="How much a label or epithet counts in the densities.")
    intensifier_weight: float = Field(
        1.0, ge=0, le=10, description="How much an intensifier counts in the densities.")
    hedge_weight: float = Field(
        1.0, ge=0, le=10, description="How much a hedge or distancing term counts in the densities.")
    stance_verb_weight: float = Field(
        1.0, ge=0, le=10, description="How much a stance-laden speech verb counts in the densities.")
    scare_quote_weight: float = Field(
        1.0, ge=0, le=10, description="How much a scare quote counts in the densities.")
    top_terms: int = Field(
        10, ge=0, le=50, description="How many most frequent loaded terms the report lists per article.")

    @field_validator("exclude")
    @classmethod
    def _normalised(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(" ".join(term.lower().split()) for term in value)

    @field_validator("user_categories")
    @classmethod
    def _distinct(cls, value: tuple[UserCategory, ...]) -> tuple[UserCategory, ...]:
        names = [c.name for c in value]
        for name in names:
            if names.count(name) > 1:
                raise ValueError(f"user category {name!r} is declared twice")
        return value

    @property
    def user_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.user_categories)

    @property
    def counted(self) -> tuple[str, ...]:
        """Every category counted in a run: the enabled built-in ones, then the user's."""
        return self.categories + self.user_names

    def weight(self, category: str) -> float:
        user = next((c for c in self.user_categories if c.name == category), None)
        return user.weight if user else getattr(self, f"{category}_weight")


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon term inside a highlighted span (or a scare quote): what counts."""

    entry: str
    category: str
    weight: float  # the entry's weight times its category's weight

    def to_json(self) -> dict:
        data = {"entry": self.entry, "category": self.category}
        if self.weight != 1:
            data["weight"] = self.weight
        return data


@dataclass(frozen=True, slots=True)
class LoadedSpan:
    """One highlighted loaded term or phrase. ``entry`` is the lexicon term that matched
    first (for a scare quote, the quoted words); ``terms`` are all the terms the span
    holds, which is what densities count ("Rams Through Disastrous Bridge Scheme": one
    span, three terms); ``quoted`` is True inside a direct quotation."""

    span: Span
    category: str
    entry: str
    quoted: bool
    terms: tuple[Term, ...]

    @property
    def weight(self) -> float:
        return sum(t.weight for t in self.terms)

    def to_json(self) -> dict:
        return {**self.span.to_json(), "category": self.category, "entry": self.entry,
                "quoted": self.quoted, "terms": [t.to_json() for t in self.terms]}


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    """One category's counts and weighted densities per 1,000 words (higher = more)."""

    category: str
    own: int  # terms in the outlet's own voice
    quoted: int  # terms inside direct quotations
    own_density: float  # per 1,000 own-voice words
    quoted_density: float | None  # per 1,000 quoted words; None without quotations

    def to_json(self) -> dict:
        return {"own": self.own, "quoted": self.quoted, "own_density": round(self.own_density, 2),
                "quoted_density": rounded(self.quoted_density, 2)}


@dataclass(frozen=True, slots=True)
class TermCount:
    entry: str
    category: str
    own: int
    quoted: int

    @property
    def count(self) -> int:
        return self.own + self.quoted

    def to_json(self) -> dict:
        return {"entry": self.entry, "category": self.category, "own": self.own,
                "quoted": self.quoted}


@dataclass(frozen=True)
class Result:
    """Loaded language in one article. Higher densities and shares mean more loaded wording."""

    spans: tuple[LoadedSpan, ...]  # in text order; a scare quote or bridged phrase may contain others
    words: int
    own_words: int  # words outside direct quotations (scare quotes included)
    quoted_words: int  # words inside direct quotations
    density: float  # weighted terms per 1,000 words, both voices
    own_density: float  # per 1,000 own-voice words
    quoted_density: float | None  # per 1,000 quoted words; None without quotations
    sentence_share: float  # share of body sentences with at least one term
    headline: tuple[LoadedSpan, ...]  # the headline's terms
    categories: tuple[CategoryFigures, ...]  # one per enabled category, the user's last
    top_terms: tuple[TermCount, ...]  # most frequent entries, most frequent first
    body_sentences: int = 0  # the sentences sentence_share counts over
    user_categories: tuple[UserCategory, ...] = ()  # as the settings declared them

    def __getattr__(self, name: str):
        # "category:economic" names a user category's own-voice density (see run_metrics)
        if name.startswith("category:"):
            figures = self.category(name.removeprefix("category:"))
            return None if figures is None else figures.own_density
        raise AttributeError(name)

    @property
    def headline_terms(self) -> int:
        return sum(t.category in CATEGORIES for s in self.headline for t in s.terms)

    def sample(self, key: str) -> Sample | None:
        """The units behind the headline figure ``key`` (``framing.analyzers.contract``):
        words for the densities, a user category's (``category:NAME``) included (each word
        carrying the weight of the terms of the span that starts at it), sentences for the sentence share; the headline's count is a single value."""
        if key == "headline_terms":
            return Sample("mean", "headline", 1, units=(float(self.headline_terms),))
        if key == "sentence_share":
            return share_sample(self.sentence_share, self.body_sentences, "sentences")
        category = key.removeprefix("category:") if key.startswith("category:") else None
        if key not in ("own_density", "quoted_density") and category is None:
            return None
        quoted = key == "quoted_density"
        words = self.quoted_words if quoted else self.own_words
        weights: Counter[int] = Counter()
        for s in self.spans:
            if s.quoted == quoted:
                weights[s.span.start] += sum(
                    t.weight for t in s.terms
                    if (t.category in CATEGORIES if category is None else t.category == category))
        present = [w for w in weights.values() if w]  # words where no counted term starts: 0
        if not words or len(present) > words:
            return None
        units = [*present, *([0.0] * (words - len(present)))]
        return Sample("mean", "words", words, units=units, scale=1000)

    def category(self, name: str) -> CategoryFigures | None:
        return next((c for c in self.categories if c.category == name), None)

    def to_json(self) -> dict:
        return {
            "density": round(self.density, 2),
            "own_density": round(self.own_density, 2),
            "quoted_density": rounded(self.quoted_density, 2),
            "sentence_share": round(self.sentence_share, 4),
            "headline_terms": self.headline_terms,
            "words": self.words,
            "own_words": self.own_words,
            "quoted_words": self.quoted_words,
            "categories": {c.category: c.to_json() for c in self.categories},
            "top_terms": [t.to_json() for t in self.top_terms],
            "headline": [s.to_json() for s in self.headline],
            "spans": [s.to_json() for s in self.spans],
        }


METRICS = (
    Metric("own_density", "Loaded terms (own voice)",
           "Loaded terms per 1,000 words in the outlet's own voice (outside direct quotations; "
           "scare quotes are the outlet's own words), all enabled categories, each term counted "
           "with its weight; a highlighted phrase may hold several terms, and each counts.",
           higher="more loaded wording in the outlet's own words", digits=1,
           limits="Lexicon-based: it finds listed words and simple phrases, not irony, context or "
                  "loaded framing built from neutral words; a term can be loaded in one story and "
                  "neutral in another (\"regime\", \"radical\"). Compare outlets on one story."),
    Metric("quoted_density", "Loaded terms (quoted)",
           "Loaded terms per 1,000 words inside direct quotations: the speakers' words, "
           "which the outlet chose to quote. Scare quotes are not quotations here.",
           higher="more loaded wording in the quotations the outlet chose", digits=1,
           limits="Empty when the article quotes nobody; only double quotation marks are "
                  "recognised as direct quotations, and a short quoted phrase with no speech "
                  "cue near it is read as a scare quote."),
    Metric("sentence_share", "Sentences with loaded terms",
           "Share of body sentences with at least one loaded term, quoted or not.",
           higher="loaded wording spread over more of the article", unit="%", digits=0,
           limits="A sentence with one mild intensifier counts like one with several epithets."),
    Metric("headline_terms", "Loaded terms in the headline",
           "How many loaded terms the headline holds.",
           higher="a more loaded headline", digits=0,
           limits="Headlines are short and written to grab attention; one word decides it."),
)


def run_metrics(results: Sequence[Result]) -> tuple[Metric, ...]:
    """The headline figures of a run: ``METRICS``, then one row per user category."""
    user = results[0].user_categories if results else ()
    return METRICS + tuple(
        Metric(f"category:{c.name}", f"{c.name.replace('_', ' ').capitalize()} terms (own voice)",
               f"Terms of the user category {c.name!r} ({c.description}) per 1,000 words in the "
               "outlet's own voice.",
               higher=f"more {c.name.replace('_', ' ')} wording in the outlet's own words", digits=1,
               limits="From a lexicon the user supplied; framing has not measured it.")
        for c in user)


def analyze(article: Article, settings: Settings) -> Result:
    """Find the article's loaded terms and summarise them per category and voice."""
    lexicon = load_lexicon(settings)
    text = article.text
    enabled = set(settings.counted)
    voices = voices_of(article)
    sentence_starts = [s.start for s in article.sentences]
    words = subwords(text, article.words)
    matches = lexicon.match(text, words)
    matches = [m for m in matches if m.entry.category in enabled and (
        m.entry.category != "stance_verb" or _introduces_speech(m, text, article, voices.speech,
                                                                 sentence_starts))]
    found = phrases(text, article.words, matches, WORDING,
                    article.headline.end if article.headline else 0)
    spans = [LoadedSpan(span, category, entry, voices.is_quoted(span.start, span.end),
                        tuple(Term(m.entry.term, m.entry.category,
                                   m.entry.weight * settings.weight(m.entry.category))
                              for m in matched))
             for span, category, entry, _, matched in found]
    if "scare_quote" in enabled:
        spans += [LoadedSpan(s, "scare_quote", s.text.lower(), voices.is_quoted(s.start, s.end),
                             (Term(s.text.lower(), "scare_quote", settings.scare_quote_weight),))
                  for s in voices.scare]
    spans.sort(key=lambda s: (s.span.start, -s.span.end))
    return _summary(article, settings, tuple(spans), len(article.words), voices.quoted_words)


def load(settings: Settings) -> None:
    """Compile the lexicons before the first article (see framing.pipeline.prepare)."""
    load_lexicon(settings)


def load_lexicon(settings: Settings) -> Lexicon:
    """The run's lexicon, compiled once per set of files. Raises SettingsError for a
    missing or malformed user lexicon: call it when settings are loaded to fail early."""
    return compiled_lexicon(settings.builtin_lexicons, settings.lexicons, settings.exclude,
                            settings.user_names)


@lru_cache(maxsize=8)
def compiled_lexicon(builtin: bool, paths: tuple[str, ...], exclude: tuple[str, ...],
                     user_categories: tuple[str, ...] = ()) -> Lexicon:
    """All lexicon entries of a run in one matcher, read once per set of files and
    process, and kept compiled in framing's cache folder (framing.data.cached_for) under
    the files, the settings that shape it and the matcher's own code, so a later process
    reads it back instead of compiling it (about 0.04 s of every start)."""
    files = (builtin_files() if builtin else []) + [Path(p) for p in paths]

    def compiled() -> tuple:
        entries = [e for f in files for e in read_entries(f, LEXICON_CATEGORIES + user_categories)]
        excluded = {tuple(key(w) for w in term.replace("-", " ").split()) for term in exclude}
        return Lexicon([e for e in entries
                        if e.term not in exclude and e.keys not in excluded]).state()

    code = [Path(matcher.__file__), Path(__file__)]  # a changed rule compiles afresh
    return Lexicon.from_state(cached_for("lexicon", files + code,
                                         repr((exclude, LEXICON_CATEGORIES + user_categories)),
                                         compiled))


def _introduces_speech(match: Match, text: str, article: Article, speech: tuple[Span, ...],
                       sentence_starts: list[int]) -> bool:
    """A stance verb counts where it introduces speech: in a sentence with a direct
    quotation, or right before "that" or a colon."""
    after = text[match.end:match.end + 8].lstrip()
    if after.startswith((":", "that ")) or after[:1] in _QUOTE_MARKS:
        return True
    i = bisect.bisect_right(sentence_starts, match.start) - 1
    if i < 0:
        return False
    sentence = article.sentences[i]
    return any(sentence.overlaps(q.start, q.end) for q in speech)


def _summary(article: Article, settings: Settings, spans: tuple[LoadedSpan, ...],
             words: int, quoted_words: int) -> Result:
    own_words = words - quoted_words
    own = [t for s in spans if not s.quoted for t in s.terms]
    quoted = [t for s in spans if s.quoted for t in s.terms]
    # The headline figures count the built-in categories: a user category (a frame
    # dictionary's "economic", "process") has rows of its own and is no loaded wording.
    loaded = [s for s in spans if any(t.category in CATEGORIES for t in s.terms)]
    categories = tuple(
        CategoryFigures(
            category=c,
            own=sum(t.category == c for t in own),
            quoted=sum(t.category == c for t in quoted),
            own_density=_per_thousand([t for t in own if t.category == c], own_words) or 0.0,
            quoted_density=_per_thousand([t for t in quoted if t.category == c], quoted_words))
        for c in settings.counted)
    body = article.body_sentences or article.sentences
    starts = [s.span.start for s in loaded]
    with_terms = sum(bisect.bisect_left(starts, s.start) < bisect.bisect_left(starts, s.end)
                     for s in body)
    headline = article.headline
    return Result(
        spans=spans,
        words=words,
        own_words=own_words,
        quoted_words=quoted_words,
        density=_per_thousand(_built_in(own + quoted), words) or 0.0,
        own_density=_per_thousand(_built_in(own), own_words) or 0.0,
        quoted_density=_per_thousand(_built_in(quoted), quoted_words),
        sentence_share=with_terms / len(body) if body else 0.0,
        headline=tuple(s for s in loaded if headline and headline.contains(s.span.start, s.span.end)),
        categories=categories,
        top_terms=_top_terms(spans, settings.top_terms),
        body_sentences=len(body),
        user_categories=settings.user_categories,
    )


def _built_in(terms: list[Term]) -> list[Term]:
    return [t for t in terms if t.category in CATEGORIES]


def _per_thousand(terms: list[Term], words: int) -> float | None:
    return sum(t.weight for t in terms) * 1000 / words if words else None


def _top_terms(spans: tuple[LoadedSpan, ...], limit: int) -> tuple[TermCount, ...]:
    own = Counter((t.entry, t.category) for s in spans if not s.quoted for t in s.terms)
    quoted = Counter((t.entry, t.category) for s in spans if s.quoted for t in s.terms)
    ranked = sorted(own.keys() | quoted.keys(), key=lambda k: (-(own[k] + quoted[k]), -own[k], k))
    return tuple(TermCount(entry, category, own[(entry, category)], quoted[(entry, category)])
                 for entry, category in ranked[:limit])
