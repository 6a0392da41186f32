"""What an article tells: its actors (and, beside them, its facts), found once per
article between the analyzers and the pipeline.

- ``actors``: every named person, organisation, government and group, with its mentions
  resolved into one identity, the words the article names it by, the loaded terms attached
  to it and the tone of the sentences that mention it.
"""

from framing.story.actors import Actor, find_actors

__all__ = ["Actor", "find_actors"]
