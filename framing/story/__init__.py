"""The story each article tells, below the comparison: what it states and whom it names.

- ``facts``: figures (counts with what they count, money, percentages, ranges, vote
  tallies), dates and places, each with its spans (``numbers``, ``dates``, ``places``
  hold the rules).
"""

from framing.story.facts import DATE, NUMBER, PLACE, Fact, find_facts

__all__ = ["DATE", "Fact", "NUMBER", "PLACE", "find_facts"]
