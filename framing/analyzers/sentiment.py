"""Sentiment: VADER compound scores per sentence, summarised per article.

VADER (Hutto & Gilbert, 2014) gives each sentence a compound score in [-1, 1]:
above zero reads as positive, below as negative. We score sentences one at a
time and never the whole article in one call, because the compound score
saturates towards ±1 on long texts.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field

from framing.text.article import Article
from framing.analyzers.contract import Metric, Sample, Section, rounded, share_sample, voices_of
from framing.analyzers.vader import Vader
from framing.text.spans import Span

TITLE = "Sentiment"

ABOUT = (
    "Each sentence is scored on its own by VADER (Hutto & Gilbert, 2014), from -1 (negative "
    "wording) to +1 (positive wording). Tone measures word choice, not whether the news is good "
    "or bad.",
    "framing never scores the whole article at once, because the compound score of a long text "
    "drifts towards -1 or +1. A calm report of a disaster scores negative, sarcasm and irony are "
    "missed, and VADER, built for social media, knows no news-specific loaded words "
    "(\"scheme\" or \"regime\" score neutral).",
    "Tone is also given by voice: the words inside direct quotations, and the outlet's own "
    "words around them. A short phrase in quotation marks that nobody is credited with "
    "saying (a scare quote, as in the “reform”) is the outlet's own wording, not a quotation.",
)


class Settings(Section):
    neutral_band: float = Field(
        0.05, ge=0, lt=1,
        description="Sentences whose compound score lies within ±this value count as neutral.")
    arc_segments: int = Field(
        10, ge=2, le=50,
        description="How many equal stretches the tone-along-the-article chart divides each article into.")
    extremes: int = Field(
        2, ge=0, le=10,
        description="How many most positive and most negative sentences the report quotes per article.")


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    span: Span
    compound: float

    def to_json(self) -> dict:
        return {**self.span.to_json(), "compound": round(self.compound, 4)}


@dataclass(frozen=True)
class Result:
    """Tone of one article. Higher compound values mean more positive wording."""

    sentences: tuple[ScoredSentence, ...]  # every sentence, headline included
    mean: float  # mean body-sentence compound
    median: float
    positive_share: float  # share of body sentences above +neutral_band
    neutral_share: float
    negative_share: float
    headline: float | None
    most_positive: tuple[ScoredSentence, ...]
    most_negative: tuple[ScoredSentence, ...]
    arc: tuple[float | None, ...]  # mean compound per stretch, beginning to end
    own_voice_mean: float | None  # mean tone of the outlet's own words (direct quotations removed)
    quoted_mean: float | None  # mean tone of the words inside direct quotations (not scare quotes)
    # the units behind the means, for their intervals: one score per body sentence, per
    # sentence's own words, per sentence's quoted words
    body_scores: tuple[float, ...] = ()
    own_voice_scores: tuple[float, ...] = ()
    quoted_scores: tuple[float, ...] = ()

    def sample(self, key: str) -> Sample | None:
        """The units behind the headline figure ``key`` (``framing.analyzers.contract``):
        sentences for the means and shares; the headline is a single sentence, nothing to
        resample."""
        if key == "headline":
            return None if self.headline is None else Sample("mean", "headline", 1,
                                                             units=(self.headline,))
        n = len(self.body_scores)
        if key in ("positive_share", "neutral_share", "negative_share"):
            return share_sample(getattr(self, key), n, "sentences")
        scores = {"mean": self.body_scores, "own_voice_mean": self.own_voice_scores,
                  "quoted_mean": self.quoted_scores}.get(key)
        if not scores:
            return None
        return Sample("mean", "sentences", len(scores), units=scores)

    def to_json(self) -> dict:
        return {
            "mean": round(self.mean, 4),
            "median": round(self.median, 4),
            "positive_share": round(self.positive_share, 4),
            "neutral_share": round(self.neutral_share, 4),
            "negative_share": round(self.negative_share, 4),
            "headline": rounded(self.headline, 4),
            "most_positive": [s.to_json() for s in self.most_positive],
            "most_negative": [s.to_json() for s in self.most_negative],
            "arc": [rounded(v, 4) for v in self.arc],
            "own_voice_mean": rounded(self.own_voice_mean, 4),
            "quoted_mean": rounded(self.quoted_mean, 4),
        }



METRICS = (
    Metric("mean", "Mean sentence tone",
           "The average VADER compound score of the body's sentences, from -1 (negative) to +1 (positive).",
           higher="more positive wording on average",
           limits="VADER is a general-purpose lexicon tuned on social media; it reads words, not "
                  "facts, so a neutral report of a tragedy scores negative and sarcasm is missed."),
    Metric("negative_share", "Negative sentences",
           "Share of body sentences whose compound score is below minus the neutral band.",
           higher="more sentences with negative wording", unit="%", digits=0,
           limits="Depends on the neutral band setting; quoted speech counts like the outlet's own words."),
    Metric("positive_share", "Positive sentences",
           "Share of body sentences whose compound score is above the neutral band.",
           higher="more sentences with positive wording", unit="%", digits=0,
           limits="Depends on the neutral band setting; quoted speech counts like the outlet's own words."),
    Metric("own_voice_mean", "Tone in own voice",
           "The average compound score of each body sentence's own words, with direct quotations "
           "taken out (sentences left with fewer than three words are skipped); scare quotes "
           "stay in, as the outlet's own words.",
           higher="the outlet's own wording is more positive",
           limits="Indirect speech ('she said the plan would fail') still counts as own voice."),
    Metric("quoted_mean", "Tone in quotations",
           "The average compound score of the words inside direct quotations in each body "
           "sentence that holds one; scare quotes (a short phrase nobody is credited with "
           "saying) are left out.",
           higher="the people quoted speak more positively",
           limits="Empty when an article quotes nobody directly; short quotes give noisy scores."),
    Metric("headline", "Headline tone",
           "The VADER compound score of the headline alone.",
           higher="a more positive headline",
           limits="Headlines are short, so a single charged word moves the score a lot."),
)


@lru_cache(maxsize=1)
def _vader() -> Vader:
    """VADER's lexicon and rules, loaded once per process (``framing.analyzers.vader``
    gives the vaderSentiment package's compound score, to the bit, faster)."""
    return Vader()


@lru_cache(maxsize=8192)
def score(text: str) -> float:
    """VADER compound score of one sentence, in [-1, 1]. Each text is scored once: a
    sentence without quotation marks is also its own-voice text, and the actors' tone
    (framing.story.actor_tone) asks again for many texts scored here."""
    return _vader().compound(text)


def load(settings: Settings) -> None:
    """Load the heavy resources once (see framing.pipeline.prepare)."""
    _vader()


def analyze(article: Article, settings: Settings) -> Result:
    scored = tuple(ScoredSentence(s, score(s.text)) for s in article.sentences)
    headline = article.headline
    body = [s for s in scored if s.span.start >= article.body_start] or list(scored)
    values = [s.compound for s in body]
    band = settings.neutral_band
    count = len(values)
    ranked = sorted(body, key=lambda s: s.compound)
    top = settings.extremes
    return Result(
        sentences=scored,
        mean=statistics.fmean(values),
        median=statistics.median(values),
        positive_share=sum(v > band for v in values) / count,
        neutral_share=sum(-band <= v <= band for v in values) / count,
        negative_share=sum(v < -band for v in values) / count,
        headline=next((s.compound for s in scored if headline and s.span.start == headline.start), None),
        most_positive=tuple(s for s in reversed(ranked[-top:]) if s.compound > band) if top else (),
        most_negative=tuple(s for s in ranked[:top] if s.compound < -band),
        arc=_arc(body, article, settings.arc_segments),
        body_scores=tuple(values),
        **_by_voice(article, [s.span for s in body], score),
    )


def _by_voice(article: Article, sentences: list[Span],
              tone: Callable[[str], float]) -> dict[str, float | None | tuple[float, ...]]:
    """Mean tone of own words and of quoted words, sentence by sentence. Quoted words
    are those inside direct quotations (``framing.text.voices``); scare quotes are the
    outlet's own words.

    Sentences and quotations are both in text order, so one forward walk pairs
    them (linear in the number of each)."""
    text, quotes = article.text, voices_of(article).speech
    own_scores, quoted_scores = [], []
    first = 0
    for sentence in sentences:
        while first < len(quotes) and quotes[first].end <= sentence.start:
            first += 1
        inside, outside, cursor = [], [], sentence.start
        for quote in quotes[first:]:
            if quote.start >= sentence.end:
                break
            start, end = max(quote.start, sentence.start), min(quote.end, sentence.end)
            outside.append(text[cursor:start])
            inside.append(text[start:end])
            cursor = end
        outside.append(text[cursor:sentence.end])
        own = " ".join(outside).replace('"', " ").replace("“", " ").replace("”", " ")
        if len(own.split()) >= 3:
            own_scores.append(tone(own))
        if inside:
            quoted_scores.append(tone(" ".join(inside)))
    return {
        "own_voice_mean": statistics.fmean(own_scores) if own_scores else None,
        "quoted_mean": statistics.fmean(quoted_scores) if quoted_scores else None,
        "own_voice_scores": tuple(own_scores),
        "quoted_scores": tuple(quoted_scores),
    }


def _arc(body: list[ScoredSentence], article: Article, segments: int) -> tuple[float | None, ...]:
    """Mean compound per equal stretch of the body, by each sentence's midpoint."""
    start, length = article.body_start, max(1, len(article.text) - article.body_start)
    buckets: list[list[float]] = [[] for _ in range(segments)]
    for s in body:
        middle = (s.span.start + s.span.end) / 2 - start
        index = min(segments - 1, max(0, int(middle / length * segments)))
        buckets[index].append(s.compound)
    return tuple(statistics.fmean(b) if b else None for b in buckets)
