"""Cross-article evidence: what the articles of one comparison share and where they differ.

- ``figures``: each headline metric side by side with its extremes, the sources matched
  across the articles (one row per real-world identity), the loaded terms only one uses.
- ``passages``: sentences two or more articles carry in near-identical form (wire copy).
"""

from framing.comparison.figures import (Comparison, MetricRow, SourceRow, TermUse, compare,
                                        exclusive_terms, shared_sources)
from framing.comparison.passages import SharedPassage, SharedPassages, shared_passages

__all__ = ["Comparison", "MetricRow", "SourceRow", "TermUse", "compare", "exclusive_terms",
           "shared_sources", "SharedPassage", "SharedPassages", "shared_passages"]
