"""Verbs that report neither speech nor thought in a given use are not cues
(``framing.attribution.verb_context``); each pattern has a near miss that stays a cue."""

import pytest
from helpers import article

from framing.analyzers.attribution import Settings, analyze
from framing.attribution.record import SPEECH


def cues_of(text):
    result = analyze(article("Bridge opens\n\n" + text), Settings())
    return {a.cue.text: a for a in result.attributions if a.cue}


@pytest.mark.parametrize("sentence, cue", [
    ("Ortiz is sharing resources with the county.", "sharing"),
    ("Diplomats in Vienna are planning a summit for the spring.", "planning"),
    ("The water appeared to trickle past the barrier overnight.", "appeared"),
    ("The goal was credited to McDavid upon review.", "credited"),
    ("Several users posted instances of the error on social media.", "posted"),
])
def test_a_verb_in_its_everyday_sense_is_not_a_cue(sentence, cue):
    assert cue not in cues_of(sentence)


@pytest.mark.parametrize("sentence, cue", [
    ("Ortiz is sharing a statement with the county: “We won.”", "sharing"),
    ("Ortiz is planning to visit the bridge.", "planning"),
    ("Ortiz appeared to suggest that the bridge will open.", "appeared"),
    ("Ortiz credited the engineers with saving the bridge.", "credited"),
    ("Ortiz posted a message on Twitter: “We won.”", "posted"),
])
def test_the_near_miss_stays_a_cue(sentence, cue):
    assert cue in cues_of(sentence)


def test_a_participle_between_a_speaker_and_her_verb_leaves_her_the_speech():
    found = cues_of("Mayor Ana Ortiz, supporting the program, said the city would pay for it.")
    said = found["said"]
    assert (said.speaker, said.act) == ("Ana Ortiz", SPEECH)
    assert [p.text for p in said.content_parts] == ["the city would pay for it"]
