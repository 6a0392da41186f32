"""Lexicons: reading term lists, matching them with their inflections, and growing
a matched term into the phrase it heads (loaded language)."""

from framing.lexicon.matcher import (Entry, Lexicon, Match, builtin_files, forms, key,
                                     read_entries, subwords)
from framing.lexicon.phrases import phrases

__all__ = ["Entry", "Lexicon", "Match", "builtin_files", "forms", "key", "phrases",
           "read_entries", "subwords"]
