"""The "Key differences" summary that opens the report: at most six sentences, each made
from fixed wording filled with outlet names and figures, each pointing to the section (and,
through the stylesheet, the page) that holds its evidence.

Only differences the comparison found beyond chance are stated: a headline figure whose
highest and lowest outlets' intervals do not overlap (``MetricRow.clear``), a distinctive word
(``framing.comparison.distinctive``), a quotation an outlet altered, a large share of an
outlet's words in passages another outlet also carries. Where nothing differs, it says so.

The summary is a list of sentence builders (``BUILDERS``): each takes the ``SummaryInput`` and
returns its sentences, most important first, at most ``limit`` of them. A new section adds
its builder to the list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from framing.comparison import Comparison, MetricRow
from framing.report.distinctive import term_text
from framing.report.glance import percent
from framing.report.sections import format_value
from framing.report.view import ArticleView, KeySentence, Link, SummaryView
from framing.settings import Settings

MAX_SENTENCES = 6
PASSAGE_SHARE = 0.2  # an outlet with at least this share of its words in shared passages is named


@dataclass(frozen=True)
class SummaryInput:
    comparison: Comparison
    outlets: Sequence[ArticleView]
    settings: Settings
    sections: Mapping[str, Link]  # by key ("glance", "sentiment", "quotes"…): href and title


Builder = Callable[[SummaryInput], list[KeySentence]]


def _names(outlets: Sequence[ArticleView], indexes: Sequence[int]) -> str:
    names = [outlets[i].name for i in indexes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _sentence(text: str, link: Link) -> KeySentence:
    return KeySentence(text=text, href=link.href, section=link.label)


def _separation(row: MetricRow) -> float:
    """How far apart the highest and lowest intervals lie, in widths of the intervals."""
    high = row.estimates[row.highest[0]].interval
    low = row.estimates[row.lowest[0]].interval
    width = (high[1] - high[0]) + (low[1] - low[0])
    return (high[0] - low[1]) / width if width else float("inf")


def metric_differences(facts: SummaryInput, limit: int = 3) -> list[KeySentence]:
    """The clear differences among the headline figures, widest apart first; or, with none,
    one sentence saying that nothing differs beyond chance."""
    rows = sorted(facts.comparison.clear_rows, key=lambda r: -_separation(r))
    level = percent(facts.settings.intervals.confidence_level)
    if not rows:
        return [_sentence(f"No headline figure differs beyond chance: for every measure that "
                          f"could be tested, the {level} intervals of the highest and lowest "
                          f"outlets overlap.",
                          facts.sections["glance"])]
    sentences = []
    for row in rows[:limit]:
        metric = row.metric
        high = format_value(row.values[row.highest[0]], metric)
        low = format_value(row.values[row.lowest[0]], metric)
        sentences.append(_sentence(
            f"{metric.label}: {_names(facts.outlets, row.highest)} {high} against "
            f"{_names(facts.outlets, row.lowest)} {low}, a difference beyond chance "
            f"(higher means {metric.higher}).",
            facts.sections[row.analyzer]))
    return sentences


def distinctive_words(facts: SummaryInput, limit: int = 1) -> list[KeySentence]:
    """One sentence naming each outlet's most distinctive words, when any outlet has some."""
    parts = [f"{outlet.name}: {', '.join(term_text(t) for t in found.terms[:3])}"
             for outlet, found in zip(facts.outlets, facts.comparison.distinctive) if found.terms]
    if not parts:
        return []
    return [_sentence("Words an outlet uses more than the others beyond chance: "
                      + "; ".join(parts) + ".", facts.sections["distinctive"])][:limit]


def altered_quotes(facts: SummaryInput, limit: int = 1) -> list[KeySentence]:
    """How many shared quotations an outlet altered, and which outlets did."""
    groups = facts.comparison.quotes
    altered = [g for g in groups if any(v.relation == "altered" for v in g.versions)]
    if not altered:
        return []
    who = sorted({v.article for g in altered for v in g.versions if v.relation == "altered"})
    count = len(altered)
    return [_sentence(
        f"{count} of the {len(groups)} quotations given by two or more outlets "
        f"{'is' if count == 1 else 'are'} worded differently by {_names(facts.outlets, who)}.",
        facts.sections["quotes"])][:limit]


def shared_passages(facts: SummaryInput, limit: int = 1) -> list[KeySentence]:
    """The outlet with the largest share of its words in passages another outlet carries,
    when that share is large."""
    shares = facts.comparison.passages.shares
    if "passages" not in facts.sections or len(shares) != len(facts.outlets) or max(shares, default=0) < PASSAGE_SHARE:
        return []
    top = max(range(len(shares)), key=lambda i: shares[i])
    return [_sentence(f"{facts.outlets[top].name} carries {shares[top]:.0%} of its words in "
                      f"passages another outlet also carries near-identically.",
                      facts.sections["passages"])][:limit]


BUILDERS: tuple[Builder, ...] = (metric_differences, distinctive_words, altered_quotes,
                                 shared_passages)


def summary_section(comparison: Comparison, outlets: Sequence[ArticleView], settings: Settings,
                    sections: Mapping[str, Link]) -> SummaryView:
    facts = SummaryInput(comparison, outlets, settings, sections)
    sentences = [s for build in BUILDERS for s in build(facts)][:MAX_SENTENCES]
    level = percent(settings.intervals.confidence_level)
    return SummaryView(
        title="Key differences",
        sentences=tuple(sentences),
        note=(f"Made from the figures of this report: only differences beyond chance at {level} "
              f"confidence are stated, each with the section and page that hold the evidence."),
    )
