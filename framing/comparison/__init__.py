"""Cross-article evidence: what the articles of one comparison share and where they differ.

- ``figures``: each headline metric side by side with its extremes, the sources matched
  across the articles (one row per real-world identity), the loaded terms only one uses.
- ``passages``: sentences two or more articles carry in near-identical form (wire copy).
- ``quotes``: the same quotation across the articles, verbatim, trimmed, altered or
  paraphrased, with the speaker and cue verb each gives it.
- ``statistics``: bootstrap and Wilson intervals, general enough for any sample of units;
  ``differences``: each headline figure's interval and which differences are beyond chance.
- ``distinctive``: the words and phrases each article uses more than the others, by weighted
  log-odds with an informative Dirichlet prior.
"""

from framing.comparison.figures import (Comparison, MetricRow, SourceRow, TermUse, compare,
                                        exclusive_terms, shared_sources)
from framing.comparison.passages import SharedPassage, SharedPassages, shared_passages
from framing.comparison.quotes import QuoteGroup, QuoteVersion, quote_groups

__all__ = ["Comparison", "MetricRow", "QuoteGroup", "QuoteVersion", "SharedPassage",
           "SharedPassages", "SourceRow", "TermUse", "compare", "exclusive_terms", "quote_groups",
           "shared_passages", "shared_sources"]
