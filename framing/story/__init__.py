"""What an article tells, found once per article between the analyzers and the pipeline:
whom it names and what it states.

- ``actors``: every named person, organisation, government and group, with its mentions
  resolved into one identity, the words the article names it by, the loaded terms attached
  to it and the tone of the sentences that mention it.
- ``facts``: figures (counts with what they count, money, percentages, ranges, vote
  tallies), dates and places, each with its spans (``numbers``, ``dates``, ``places``
  hold the rules).
"""

from framing.story.actors import Actor, find_actors
from framing.story.facts import DATE, NUMBER, PLACE, Fact, find_facts

__all__ = ["DATE", "NUMBER", "PLACE", "Actor", "Fact", "find_actors", "find_facts"]
