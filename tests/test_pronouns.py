"""Pronouns resolve to a fitting person: gender from titles and first names."""

import pytest
from helpers import article

from framing.analyzers.attribution import Settings, analyze
from framing.attribution.pronouns import gender


def speaker_of(text: str, cue: str) -> str | None:
    result = analyze(article("Bridge vote\n\n" + text), Settings())
    return next(a.speaker for a in result.attributions if a.cue and a.cue.text == cue)


@pytest.mark.parametrize("words, expected", [
    (["Ana", "Ortiz"], "f"),
    (["Deputy", "Mayor", "Ana", "Ortiz"], "f"),  # titles before the first name are skipped
    (["Mayor", "Ben", "Pike"], "m"),
    (["Mr.", "Ana"], "m"),  # a gendered title wins over the first name
    (["Ortiz"], ""),  # a surname alone says nothing
    (["Jordan", "Smith"], ""),  # a first name given to both is not listed
])
def test_gender_from_titles_and_first_names(words, expected):
    assert gender(words) == expected


def test_she_skips_a_nearer_man_for_the_woman_named_before():
    text = ("Ana Ortiz said the bridge would close in May. Ben Pike said the cost was too high. "
            "She added that buses would run every ten minutes.")
    assert speaker_of(text, "added") == "Ana Ortiz"


def test_a_surname_named_again_keeps_the_gender_of_the_full_name():
    text = ("Ana Ortiz said the bridge would close in May. Ortiz said the vote was close. "
            "Ben Pike said the cost was too high. He added that he would vote against it. "
            "She warned that delays would cost more.")
    assert speaker_of(text, "warned") == "Ana Ortiz"
    assert speaker_of(text, "added") == "Ben Pike"


def test_a_name_that_tells_no_gender_still_takes_either_pronoun():
    text = "Jordan Smith said the bridge would close. She added that buses would run."
    assert speaker_of(text, "added") == "Jordan Smith"


def test_a_pronoun_can_stand_for_the_name_opening_its_own_sentence():
    text = ("Ben Pike spoke first. Dr. Miriam Osei put the problem plainly: \"Daily car use is "
            "wearing it out faster than we can repair it,\" she said.")
    assert speaker_of(text, "said") == "Miriam Osei"
