"""Cross-article evidence: what the articles of one comparison share and where they differ.

- ``figures``: each headline metric side by side with its extremes, the sources matched
  across the articles (one row per real-world identity), the loaded terms only one uses.
- ``passages``: sentences two or more articles carry in near-identical form (wire copy).
- ``actors``: every named actor matched across the articles, with each outlet's words for it
  and its tone there; per outlet, the actors only it names and those it alone leaves out.
- ``naming``: things the outlets name with one modifier and different heads ("the bridge
  plan" / "the bridge scheme"), one head a loaded term.
- ``facts``: each figure, date and place matched across the articles: what only one outlet
  states, what all but one state, figures whose values differ.
- ``quotes``: the same quotation across the articles, verbatim, trimmed, altered or
  paraphrased, with the speaker and cue verb each gives it.
- ``statistics``: bootstrap and Wilson intervals, general enough for any sample of units;
  ``differences``: each headline figure's interval and which differences are beyond chance.
- ``distinctive``: the words and phrases each article uses more than the others, by weighted
  log-odds with an informative Dirichlet prior.
"""

from framing.comparison.actors import ActorRow, ActorSelection, actor_rows, actor_selection
from framing.comparison.figures import (Comparison, MetricRow, SourceRow, TermUse, compare,
                                        exclusive_terms, shared_sources)
from framing.comparison.facts import FactRow, fact_rows
from framing.comparison.naming import NamedThing, named_things
from framing.comparison.passages import SharedPassage, SharedPassages, shared_passages
from framing.comparison.quotes import QuoteGroup, QuoteVersion, quote_groups

__all__ = ["ActorRow", "ActorSelection", "Comparison", "FactRow", "MetricRow", "NamedThing",
           "QuoteGroup", "QuoteVersion", "SharedPassage", "SharedPassages", "SourceRow", "TermUse",
           "actor_rows", "actor_selection", "compare", "exclusive_terms", "fact_rows",
           "named_things", "quote_groups",
           "shared_passages", "shared_sources"]
