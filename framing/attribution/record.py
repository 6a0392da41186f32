"""The attribution record: who is credited with which words, through which cue,
and the source phrase the rules pass between them.

``framing.attribution.finder`` finds them; ``framing.attribution.quote_credit`` adds
the ones found without a reporting verb. Both build this record and order it by
``anchor_position``.
"""

from __future__ import annotations

from dataclasses import dataclass

from framing.text.spans import Span

DIRECT, INDIRECT, MIXED, ACCORDING_TO = "direct", "indirect", "mixed", "according_to"
# What an attribution reports: speech or writing ("said", "wrote", "according to", a
# quotation), or a state of mind, intention or perception ("believes", "plans", "saw").
SPEECH, THOUGHT = "speech", "thought"


@dataclass(frozen=True, slots=True)
class Source:
    """A source phrase and who it stands for."""

    span: Span | None  # the phrase in the text; None when inherited from an earlier cue
    type: str  # a source type from framing.attribution.source_types
    name: str | None  # speaker name; None for an unresolved pronoun
    gender: str = ""  # "m" or "f" when a title, a first name or a pronoun says so
    length: int = 1  # words in the phrase
    apposed: bool = False  # the name stands before an appositive ("Ortiz, the mayor,")
    end: int | None = None  # for a source after its verb: offset where the phrase ends


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution: ``source`` says ``content`` through ``cue``. Any span may be None."""

    kind: str  # direct, indirect, mixed or according_to
    cue: Span | None
    source: Span | None
    content: Span | None  # from the first content part to the last
    content_parts: tuple[Span, ...]  # the content without the cue and source between parts
    speaker: str | None  # the source's name, e.g. "Ana Ortiz"; None when unknown
    source_type: str | None  # see framing.attribution.source_types
    stance: str | None  # neutral or evaluative for a verb cue, else None
    verb: str | None  # the cue verb's lemma ("say"), "according to" or ":"
    inferred: bool = False  # credited to the previous speaker without a cue of its own
    speaker_id: str | None = None  # the source's identity in the article ("s1"), see ``identity``
    alias: str | None = None  # the name this attribution's phrase gives ("Jim"), before merging
    act: str = SPEECH  # speech or thought (``framing.attribution.cues.act_of``)

    def resolved(self, *, speaker: str, speaker_id: str, alias: str,
                 source_type: str | None) -> Attribution:
        """This attribution under its source's identity (``identity.resolve_article``): what
        ``dataclasses.replace`` gives, built directly (replace walks the fields on every call,
        and every attribution of every article passes here)."""
        return Attribution(self.kind, self.cue, self.source, self.content, self.content_parts,
                           speaker, source_type, self.stance, self.verb, self.inferred,
                           speaker_id, alias, self.act)

    def to_json(self) -> dict:
        def span(value: Span | None) -> dict | None:
            return None if value is None else value.to_json()
        return {"kind": self.kind, "cue": span(self.cue), "source": span(self.source),
                "content": span(self.content),
                "content_parts": [part.to_json() for part in self.content_parts],
                "speaker": self.speaker,
                "source_type": self.source_type, "stance": self.stance, "verb": self.verb,
                "inferred": self.inferred, "speaker_id": self.speaker_id, "act": self.act}


def anchor_position(attribution: Attribution) -> tuple[int, int]:
    """(start, end) of the attribution's cue, else its content, else its source:
    the key that puts attributions in text order."""
    anchor = attribution.cue or attribution.content or attribution.source
    return anchor.start, anchor.end
