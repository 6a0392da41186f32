"""Who says what: attributions found by rules, each with a cue, a source and content.

Modules, in the order the rules run:
- ``word_view``: the article as a sequence of words the rules step through;
- ``grammar``: the closed-class words every rule shares (pronouns, determiners, auxiliaries);
- ``cues``: the reporting-verb lexicon; ``verb_context``: whether a form is used as a verb;
  ``document_cues``: documents described before their verb;
- ``source_phrases``: the phrase naming the source; ``pronouns``: what a pronoun stands for;
- ``source_types``: the type of a source phrase (person, government…), its shown name and key;
  ``gazetteer``: countries, capitals, seats of power and peoples;
- ``identity``: one identity per source, within an article and across a comparison;
- ``content``: how far the credited content runs;
- ``quote_credit``: colon cues and quotations with no cue of their own;
- ``record``: the Attribution record and the Source phrase;
- ``finder``: the sentence walk that ties them together.
"""

from framing.attribution.finder import RuleSettings, find_attributions
from framing.attribution.record import ACCORDING_TO, DIRECT, INDIRECT, MIXED, Attribution
from framing.attribution.source_types import (ANONYMOUS, DOCUMENT, GOVERNMENT, GROUP,
                                              ORGANISATION, PERSON, UNRESOLVED, speaker_key)

__all__ = ["ACCORDING_TO", "ANONYMOUS", "Attribution", "DIRECT", "DOCUMENT", "GOVERNMENT", "GROUP",
           "INDIRECT", "MIXED", "ORGANISATION", "PERSON", "RuleSettings", "UNRESOLVED",
           "find_attributions", "speaker_key"]
