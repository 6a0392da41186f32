"""Cross-article evidence: what the articles of one comparison share and where they differ.

- ``figures``: each headline metric side by side with its extremes, the sources matched
  across the articles (one row per real-world identity), the loaded terms only one uses.
- ``passages``: sentences two or more articles carry in near-identical form (wire copy).
- ``facts``: each figure, date and place matched across the articles: what only one outlet
  states, what all but one state, figures whose values differ.
- ``quotes``: the same quotation across the articles, verbatim, trimmed, altered or
  paraphrased, with the speaker and cue verb each gives it.
"""

from framing.comparison.figures import (Comparison, MetricRow, SourceRow, TermUse, compare,
                                        exclusive_terms, shared_sources)
from framing.comparison.facts import FactRow, fact_rows
from framing.comparison.passages import SharedPassage, SharedPassages, shared_passages
from framing.comparison.quotes import QuoteGroup, QuoteVersion, quote_groups

__all__ = ["Comparison", "FactRow", "MetricRow", "QuoteGroup", "QuoteVersion", "SharedPassage",
           "SharedPassages", "SourceRow", "TermUse", "compare", "exclusive_terms", "fact_rows", "quote_groups",
           "shared_passages", "shared_sources"]
