"""Attribution: who an article lets speak, how much, and through which verbs.

The rules that find each attribution (cue, source, content) live in
``framing.attribution``; names and source types in ``framing.attribution.source_types``. This
module turns them into per-article figures and a speakers table.

Each attribution reports speech or writing ("said", "wrote", a quotation) or a state of
mind ("believes", "plans", "saw"): its ``act``. The speakers table ("who speaks") counts
speech; the figures below count both unless they say otherwise.

Figures (all per article, headline included):
- attributed word share: words inside attributed content; higher means more of
  the article is other people's words or claims rather than the outlet's voice;
- direct-quote share: words inside attributed direct quotations (``framing.text.voices``;
  scare quotes are the outlet's own words even inside attributed content);
- distinct sources and sources per 1,000 words: higher means more voices (sources of
  speech or of thoughts);
- anonymous share: share of attributions to a person, organisation, government or
  anonymous source whose source is unnamed ("officials", "a source familiar with");
  higher means more reliance on sources the reader cannot check (groups and
  documents count as neither named nor anonymous);
- evaluative-verb share: share of verb cues that judge the speech ("claimed",
  "admitted", "insisted", "blasted") rather than report it ("said").
Measured against PolNeAR (Newell, Margolin & Ruths, LREC 2018): see
``benchmarks/polnear_attribution.py``.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass

from pydantic import Field

from framing.attribution import source_types
from framing.text.article import Article
from framing.attribution.finder import Attribution, find_attributions
from framing.attribution.cues import EVALUATIVE
from framing.attribution.record import SPEECH, THOUGHT
from framing.analyzers.contract import Metric, Sample, Section, rounded, share_sample, voices_of
from framing.attribution.source_types import speaker_key
from framing.attribution.identity import article_identities
from framing.text.spans import Span, WordCounter
from framing.text.voices import Voices
from framing.text.word_table import word_table


TITLE = "Attribution"
# The source types the named and anonymous shares are counted over: groups ("residents", "the
# Russians") and documents are neither a named nor an anonymous source.
_IDENTIFIED = (source_types.PERSON, source_types.ORGANISATION, source_types.GOVERNMENT,
               source_types.ANONYMOUS)

ABOUT = (
    "How much of each article is credited to someone else (quoted or reported speech with a "
    "source or a cue such as \"said\" or \"according to\"), who gets to speak, whether sources "
    "are named, and which verbs introduce them.",
    "Attributions are found by rules a reader can check: direct quotations (straight or curly "
    "marks, over several paragraphs), reporting verbs in any tense (\"said\", \"warned\", "
    "\"tweeted\"), \"according to\", colons introducing quotes, and reported speech "
    "(\"Ortiz said that...\"). Each has a cue, a source and content; pronouns are resolved to "
    "the nearest fitting named source before them, and names are merged (\"Ortiz\" and "
    "\"Ana Ortiz\" are one speaker).",
    "Sources are typed as people, organisations, governments (\"Moscow\", \"the White House\"), "
    "groups (\"residents\", \"the Russians\"), documents (a report, a poll) or anonymous "
    "(\"officials\", \"critics\", \"a source familiar with the talks\"). Cue verbs are "
    "neutral (\"said\", \"told\") or evaluative (\"claimed\", \"admitted\", \"blasted\").",
    "Each attribution is speech or writing (\"said\", \"wrote\", \"according to\", a "
    "quotation) or a state of mind (\"believes\", \"plans\", \"saw\"); the tables of who speaks "
    "count speech, the shares count both. One source is one row however it is named: a surname "
    "and the full name, \"Jim\" and \"James\", a role (\"the general\") after the person given "
    "it, \"U.S.\" and \"United States\", within an article and across the outlets.",
    "Measured against the PolNeAR corpus of annotated political news (held-out half, "
    "2026-11-29), the rules find cues at F1 0.74 and sources at F1 0.76, with over 80% "
    "precision; two human annotators of that corpus agree with each other at 0.83 and 0.85. "
    "The share of attributed words tracks the annotated share closely (Pearson r 0.86).",
)


class Settings(Section):
    extra_verbs: tuple[str, ...] = Field(
        (), description="More reporting verbs, each form as written in articles "
                        "(e.g. \"opined\", \"opines\"); counted as neutral cues.")
    evaluative_verbs: tuple[str, ...] = Field(
        (), description="Verb forms to count as evaluative cues (added as cues when not known), "
                        "e.g. \"conceded\".")
    neutral_verbs: tuple[str, ...] = Field(
        (), description="Verbs (a form or the base form, e.g. \"warn\") to count as neutral "
                        "although the built-in list calls them evaluative.")
    indirect_speech: bool = Field(
        True, description="Count reported speech without quotation marks (\"Ortiz said the plan "
                          "failed\") as attributed; off counts quotations only.")
    thoughts: bool = Field(
        True, description="Count beliefs and wishes credited to a source (\"Ortiz believes…\", "
                          "\"officials fear…\") as attributions.")
    credit_continued_quotes: bool = Field(
        True, description="Count a quotation with no cue of its own as quoted speech: one that "
                          "opens a sentence right after an attributed quotation (same or next "
                          "paragraph) goes to that speaker, any other to an unknown speaker.")


@dataclass(frozen=True, slots=True)
class Speaker:
    """One source that speaks in the article, all its names merged ("Ortiz" = "Ana Ortiz").
    Counts are of its speech attributions; ``thoughts`` counts the rest."""

    id: str  # the identity's id in this article ("s1"), as in each attribution's speaker_id
    name: str  # the fullest form of its name
    names: tuple[str, ...]  # every form the article uses, first use first
    key: str  # speaker_key(name): the same across articles
    source_type: str
    mentions: int  # speech attributions credited to this source
    words: int  # words in the speech credited to it
    quoted_words: int  # of which inside direct quotations (not scare quotes)
    # cue words of its speech, most frequent first: verb lemmas ("say"), "according to", speech nouns
    verbs: tuple[tuple[str, int], ...]
    thoughts: int = 0  # beliefs, intentions and perceptions credited to it ("believes", "plans")

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "names": list(self.names),
                "key": self.key, "source_type": self.source_type,
                "mentions": self.mentions, "words": self.words,
                "quoted_words": self.quoted_words,
                "verbs": [{"verb": v, "count": n} for v, n in self.verbs],
                "thoughts": self.thoughts}


@dataclass(frozen=True)
class Result:
    """Attribution in one article. Shares are 0–1; higher means more of that."""

    attributions: tuple[Attribution, ...]
    speakers: tuple[Speaker, ...]  # sources of speech, most mentions first
    words: int
    sentences: int
    attributed_sentence_share: float  # sentences holding attributed content or a cue
    attributed_word_share: float  # words inside attributed content
    direct_quote_share: float  # words inside attributed direct quotations
    distinct_sources: int  # identified sources of speech or thoughts (unresolved pronouns left out)
    sources_per_1000_words: float
    named_share: float | None  # of _IDENTIFIED attributions: person, organisation or government
    anonymous_share: float | None  # ... unnamed people
    evaluative_share: float | None  # verb cues with an evaluative stance; None without verb cues
    # per sentence (headline included): its words, of which attributed, of which directly quoted
    sentence_words: tuple[tuple[int, int, int], ...] = ()

    def sample(self, key: str) -> Sample | None:
        """The units behind the headline figure ``key`` (``framing.analyzers.contract``):
        sentences for the word shares (words within a sentence are not independent),
        attributions for the anonymous share, verb cues for the evaluative share; None for
        the count of distinct sources."""
        if key in ("attributed_word_share", "direct_quote_share"):
            column = 1 if key == "attributed_word_share" else 2
            units = [(row[column], row[0]) for row in self.sentence_words]
            return Sample("ratio", "sentences", len(units), units=units) if units else None
        if key == "anonymous_share":
            identified = sum(a.source_type in _IDENTIFIED for a in self.attributions)
            return share_sample(self.anonymous_share, identified, "attributions")
        if key == "evaluative_share":
            cues = sum(a.stance is not None for a in self.attributions)
            return share_sample(self.evaluative_share, cues, "verb cues")
        return None

    def attributed_spans(self) -> tuple[Span, ...]:
        """Content credited to someone else, as disjoint spans in text order
        (for tone in the outlet's own voice vs quoted or reported material)."""
        return _merged(p for a in self.attributions for p in a.content_parts)

    def to_json(self) -> dict:
        return {
            "attributed_sentence_share": rounded(self.attributed_sentence_share, 4),
            "attributed_word_share": rounded(self.attributed_word_share, 4),
            "direct_quote_share": rounded(self.direct_quote_share, 4),
            "distinct_sources": self.distinct_sources,
            "sources_per_1000_words": round(self.sources_per_1000_words, 2),
            "named_share": rounded(self.named_share, 4),
            "anonymous_share": rounded(self.anonymous_share, 4),
            "evaluative_share": rounded(self.evaluative_share, 4),
            "attributions": [a.to_json() for a in self.attributions],
            "speakers": [s.to_json() for s in self.speakers],
        }


METRICS = (
    Metric("attributed_word_share", "Attributed words",
           "Share of the article's words that are credited to someone: inside a quotation or a "
           "reported clause with a source or a cue (\"said\", \"according to\"). Counts both "
           "speech and the beliefs, plans and perceptions credited to a source (\"Ortiz fears…\").",
           higher="more of the text is other people's words or claims, less the outlet's own voice",
           limits="Rule-based: reporting verbs outside its list and unusual sentence shapes are "
                  "missed; beliefs credited to a source (\"Ortiz believes…\") count unless turned off.",
           unit="%", digits=0),
    Metric("direct_quote_share", "Direct quotation",
           "Share of the article's words inside direct quotations credited to a speaker; scare "
           "quotes (a short phrase nobody is credited with saying) and quoted names are not "
           "quotations.",
           higher="more verbatim quotation",
           limits="A short quotation counts as a scare quote when no speech cue is near it, even "
                  "if a reader can tell who said it; quotes marked with single quotation marks "
                  "are not counted.",
           unit="%", digits=0),
    Metric("distinct_sources", "Distinct sources",
           "Number of different sources credited with content, speech or thoughts (\"Ortiz "
           "believes…\") alike; \"Ortiz\" and \"Ana Ortiz\" count once, each anonymous phrase "
           "(\"officials\", \"critics\") once. The speakers table lists only those who speak.",
           higher="more voices in the article",
           limits="Pronouns that cannot be resolved are not counted; two people with one surname "
                  "and no first name given merge.", digits=0),
    Metric("anonymous_share", "Anonymous sources",
           "Share of attributions (speech and thoughts alike) to a person, organisation, "
           "government or unnamed source whose "
           "source is not named (\"officials\", \"a source familiar with the talks\", "
           "\"critics\"); the rest are named (people, organisations, governments such as "
           "\"Moscow\").",
           higher="more reliance on sources the reader cannot check",
           limits="Groups (\"residents\", \"Republicans\", \"the Russians\") and documents "
                  "(\"the report\") count as neither named nor anonymous.",
           unit="%", digits=0),
    Metric("evaluative_share", "Evaluative verbs",
           "Share of verb cues that judge what was said (\"claimed\", \"admitted\", \"insisted\", "
           "\"blasted\") rather than just report it (\"said\", \"told\"); cues of thoughts "
           "(\"believes\") count too, as neutral.",
           higher="the outlet more often tells readers what to make of a statement",
           limits="The stance of each verb comes from a fixed list (editable in settings); context "
                  "is not read, so a fair \"admitted\" counts like an unfair one.",
           unit="%", digits=0),
)


def load(settings: Settings) -> None:
    """Nothing heavy to load: the rules' word lists are small and read on first use."""


def analyze(article: Article, settings: Settings) -> Result:
    voices = voices_of(article)
    attributions = tuple(find_attributions(article, settings, voices=voices))
    words = article.words
    word_count = len(words)
    content = _merged(p for a in attributions for p in a.content_parts)
    quoted = _quoted_parts(voices, content)
    counter = word_table(words)  # the lists the rules read too, made once
    attributed_words = counter.count(content)
    quoted_words = counter.count(quoted)
    marked = _merged([*content, *(a.cue for a in attributions if a.cue)])
    marked_starts = [s.start for s in marked]
    attributed_sentences = sum(1 for s in article.sentences if _overlaps_any(s, marked, marked_starts))
    speakers = _speakers(attributions, counter, quoted)
    identified = [a for a in attributions if a.source_type in _IDENTIFIED]
    anonymous = sum(a.source_type == source_types.ANONYMOUS for a in identified)
    verb_cues = [a for a in attributions if a.stance is not None]
    distinct = len(speakers)  # identities credited with speech or thoughts
    return Result(
        attributions=attributions,
        speakers=speakers,
        words=word_count,
        sentences=len(article.sentences),
        attributed_sentence_share=attributed_sentences / max(1, len(article.sentences)),
        attributed_word_share=attributed_words / max(1, word_count),
        direct_quote_share=quoted_words / max(1, word_count),
        distinct_sources=distinct,
        sources_per_1000_words=1000 * distinct / max(1, word_count),
        named_share=(len(identified) - anonymous) / len(identified) if identified else None,
        anonymous_share=anonymous / len(identified) if identified else None,
        evaluative_share=(sum(a.stance == EVALUATIVE for a in verb_cues) / len(verb_cues)
                          if verb_cues else None),
        sentence_words=_sentence_words(article, counter, content, quoted),
    )


def _sentence_words(article: Article, counter: WordCounter, content: tuple[Span, ...],
                    quoted: tuple[Span, ...]) -> tuple[tuple[int, int, int], ...]:
    """Per sentence: its words, those inside attributed ``content``, those inside ``quoted``
    (each word goes to the sentence it starts in, or the first, so the columns add up to
    the article's counts)."""
    sentences = article.sentences
    if not sentences:
        return ()
    # bounds[i]: the first word of sentence i (the first sentence also takes any words
    # before it); sentence i holds words bounds[i] to bounds[i + 1] - 1.
    bounds = [0, *(bisect.bisect_left(counter.starts, s.start) for s in sentences[1:]),
              len(counter.starts)]
    rows = [[bounds[i + 1] - bounds[i], 0, 0] for i in range(len(sentences))]
    for column, spans in ((1, content), (2, quoted)):
        for span in spans:
            first = bisect.bisect_right(counter.ends, span.start)
            last = bisect.bisect_left(counter.starts, span.end)
            i = bisect.bisect_right(bounds, first) - 1
            while first < last:  # the words first..last-1, one sentence's share at a time
                stop = min(last, bounds[i + 1])
                rows[i][column] += stop - first
                first, i = stop, i + 1
    return tuple(tuple(row) for row in rows)


def _speakers(attributions: tuple[Attribution, ...], counter: WordCounter,
              quoted: tuple[Span, ...]) -> tuple[Speaker, ...]:
    groups: dict[str, list[Attribution]] = defaultdict(list)
    for a in attributions:
        if a.speaker_id and a.source_type != source_types.UNRESOLVED:
            groups[a.speaker_id].append(a)
    quoted_ends = [q.end for q in quoted]
    rows = []
    for found in article_identities(attributions):
        every = groups[found.id]
        items = [a for a in every if a.act == SPEECH]  # "who speaks" counts speech
        parts = _merged(p for a in items for p in a.content_parts)
        verbs = Counter(a.verb for a in items if a.verb and a.verb != ":")
        rows.append(Speaker(id=found.id, name=found.name, names=found.names,
                            key=speaker_key(found.name), source_type=found.source_type,
                            mentions=len(items), words=counter.count(parts),
                            quoted_words=counter.count(_overlapping(quoted, quoted_ends, parts)),
                            verbs=tuple(verbs.most_common()),
                            thoughts=sum(a.act == THOUGHT for a in every)))
    rows.sort(key=lambda s: (-s.mentions, -s.words, s.name))
    return tuple(rows)


def _quoted_parts(voices: Voices, content: tuple[Span, ...]) -> tuple[Span, ...]:
    """Direct quotations (``framing.text.voices``: scare quotes are not quoted speech)
    that lie inside the attributed ``content`` (disjoint, in text order)."""
    starts = [s.start for s in content]
    return tuple(q for q in voices.speech if _inside_any(q, content, starts))


def _merged(spans) -> tuple[Span, ...]:
    ordered = sorted((s for s in spans if s is not None), key=lambda s: (s.start, s.end))
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.text + span.text[last.end - span.start:])
        else:
            merged.append(span)
    return tuple(merged)


def _overlapping(spans: tuple[Span, ...], ends: list[int], parts: tuple[Span, ...]) -> tuple[Span, ...]:
    """Those of the disjoint, ordered ``spans`` (``ends``: their end offsets) that
    overlap one of ``parts``."""
    found: dict[int, Span] = {}
    for part in parts:
        i = bisect.bisect_right(ends, part.start)
        while i < len(spans) and spans[i].start < part.end:
            found[i] = spans[i]
            i += 1
    return tuple(found[i] for i in sorted(found))


def _overlaps_any(span: Span, spans: tuple[Span, ...], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, span.end - 1) - 1
    return i >= 0 and spans[i].end > span.start


def _inside_any(span: Span, spans: tuple[Span, ...], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, span.start) - 1
    return i >= 0 and spans[i].end >= span.end
