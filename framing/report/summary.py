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
from framing.report.view import ArticleView, KeySentence, Link, SummaryView, in_words
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
    return in_words([outlets[i].name for i in indexes])


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


def differing_figures(facts: SummaryInput, limit: int = 1) -> list[KeySentence]:
    """A figure the outlets give with different values for the same counted thing (the
    facts comparison's ``differs``): not a chance difference but a disagreement on the
    record, so stated whenever the rules find one."""
    if "facts" not in facts.sections:
        return []
    sentences = []
    for row in facts.comparison.facts:
        if not row.differs:
            continue
        by_value: dict[str, list[int]] = {}
        wording: dict[str, str] = {}
        for article, found in enumerate(row.facts):
            if found:
                key = repr(found[0].value)
                by_value.setdefault(key, []).append(article)
                wording.setdefault(key, found[0].text)
        if len(by_value) < 2:
            continue
        parts = [f"“{wording[key]}” ({_names(facts.outlets, who)})"
                 for key, who in sorted(by_value.items(), key=lambda kv: -len(kv[1]))]
        sentences.append(_sentence("The outlets give different figures for one thing: "
                                   + " against ".join(parts) + ".", facts.sections["facts"]))
    return sentences[:limit]


def named_differently(facts: SummaryInput, limit: int = 1) -> list[KeySentence]:
    """A thing one outlet names with a judging word where another names it plainly
    ("the bridge scheme" / "the bridge plan")."""
    if "actors" not in facts.sections:
        return []
    for thing in facts.comparison.naming:
        judged = [i for i, heads in enumerate(thing.loaded) if heads]
        plain = [i for i, heads in enumerate(thing.loaded) if heads is not None and not heads]
        if not judged or not plain:
            continue
        judging = " ".join(thing.phrases[judged[0]][0].text.split())
        plainly = " ".join(thing.phrases[plain[0]][0].text.split())
        return [_sentence(f"{_names(facts.outlets, judged)} "
                          f"{'writes' if len(judged) == 1 else 'write'} “{judging}” where "
                          f"{_names(facts.outlets, plain)} "
                          f"{'writes' if len(plain) == 1 else 'write'} “{plainly}”.",
                          facts.sections["actors"])][:limit]
    return []


BUILDERS: tuple[Builder, ...] = (metric_differences, differing_figures, altered_quotes,
                                 named_differently, distinctive_words, shared_passages)


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
