"""Whether an attribution reports speech or a state of mind (``cues.act_of``), and how the
speakers table and the figures count each."""

import pytest
from helpers import article

from framing.analyzers.attribution import Settings, analyze
from framing.attribution import cues
from framing.attribution.record import SPEECH, THOUGHT


def run(text):
    return analyze(article("Bridge opens\n\n" + text), Settings())


def act_of_cue(result, cue_text):
    (found,) = [a for a in result.attributions if a.cue and a.cue.text == cue_text]
    return found.act


@pytest.mark.parametrize("sentence, cue, act", [
    ("Mayor Ana Ortiz said the bridge would open in May.", "said", SPEECH),
    ("Ortiz told reporters that the bridge would open in May.", "told", SPEECH),
    ("Ortiz tweeted that the bridge was ready.", "tweeted", SPEECH),
    ("Ortiz wrote that the bridge was ready.", "wrote", SPEECH),
    ("The bridge will open in May, according to the city council.", "according to", SPEECH),
    ("A poll released Sunday found that most voters like the bridge.", "found", SPEECH),
    ("Mayor Ana Ortiz believes the budget is too small.", "believes", THOUGHT),
    ("Critics fear the bridge will fail.", "fear", THOUGHT),
    ("Ortiz found that the office door was open.", "found", THOUGHT),
    ("Councillor Ben Pike supports the plan.", "supports", THOUGHT),
    ("The plan appears to fail.", "appears", THOUGHT),
])
def test_each_attribution_says_whether_it_reports_speech_or_thought(sentence, cue, act):
    assert act_of_cue(run(sentence), cue) == act


def test_colon_cues_and_quotations_without_a_cue_are_speech():
    result = run("Ortiz: “We will win.”\n\n“We are ready for anything that comes next,” the "
                 "mayor said. “Nobody has ever built anything this fast.”")
    assert result.attributions and all(a.act == SPEECH for a in result.attributions)
    assert any(a.cue is None for a in result.attributions)


def test_act_is_in_the_json():
    (found,) = run("Critics fear the bridge will fail.").attributions
    assert found.to_json()["act"] == THOUGHT


def test_the_speakers_table_counts_speech_and_the_figures_count_both():
    said_only = run("Mayor Ana Ortiz said the bridge would open in May.")
    result = run("Mayor Ana Ortiz said the bridge would open in May. Ortiz believes the budget "
                 "is far too small. Councillor Ben Pike fears the worst for the budget.")
    ortiz, pike = result.speakers  # Pike only fears: he holds a view but does not speak
    assert (ortiz.name, ortiz.mentions, ortiz.thoughts) == ("Ana Ortiz", 1, 1)
    assert (pike.name, pike.mentions, pike.thoughts) == ("Ben Pike", 0, 1)
    assert ortiz.words == said_only.speakers[0].words
    assert ortiz.to_json()["thoughts"] == 1
    assert result.distinct_sources == 2
    assert result.attributed_word_share > said_only.attributed_word_share


def test_every_mode_of_the_lexicon_maps_to_an_act():
    for verb in cues.verb_lexicon().values():
        assert cues.act_of(verb, None) in (SPEECH, THOUGHT)
