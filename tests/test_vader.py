"""framing.analyzers.vader gives the vaderSentiment package's compound score to the
last bit; the package itself is the oracle. Every sentence here is made up."""

import random

import pytest
from vaderSentiment import vaderSentiment as package

from framing.analyzers import vader

ORACLE = package.SentimentIntensityAnalyzer()
OURS = vader.Vader()

# one or more sentences for each of VADER's rules
RULES = {
    "plain": ["The council approved a good plan.", "The bridge is old."],
    "caps emphasis": ["The plan is GOOD and the park is nice.", "The plan is GOOD.",
                      "THE PLAN IS GOOD", "The VERY good plan.", "It was VERY BAD indeed."],
    "boosters and dampeners": ["The plan is extremely good.", "The plan is barely good.",
                               "The very, very bad plan.", "Incredibly awful results so far.",
                               "A slightly, somewhat, partly bad idea."],
    "negation": ["The plan is not good.", "The mayor isn't happy.", "Nobody was never sad.",
                 "It wasnt bad at all.", "The plan is not very good.", "Not bad at all",
                 "She did not say it was not bad.", "He aint no fool."],
    "never so / never this": ["The town has never been so happy.",
                              "The town was never this happy.", "It is never so very good."],
    "without doubt": ["Without doubt a great plan.", "Without a doubt, an excellent idea.",
                      "Without any doubt, excellent."],
    "no": ["No good comes of it.", "There is no problem.", "no no good", "No love or hope.",
           "No joy nor hope here.", "The answer was no."],
    "but": ["The plan is good, but the cost is awful.", "Good, but but bad.",
            "Bad bad but good good bad.", "But it is good.", "It is good but.",
            # "accept" (1.6) halves to "fine" (0.8), which the package then finds first
            "They accept the plan, but fine."],
    "least": ["The least happy town.", "At least it is not a horrible plan.",
              "The very least good idea.", "least good"],
    "kind of / sort of": ["The plan was kind of good.", "The plan was sort of good.",
                          "A kind man.", "It is kinda good.", "It was kind of, sort of bad."],
    "punctuation": ["Good!", "Good!!!!!!", "Good??", "Bad???", "Good?????", "Is it good?",
                    "Bad!?!?", "!!!", "???", "...", "Good! Bad?"],
    "emoji and emoticons": ["Great day :)", "Sad news :(", "Love it 😍", "😍😍 yes", "a😍b",
                            "The mayor 😡 said so", "Make sure you :) or :D today!"],
    "idioms": ["With this, it is the bomb.", "The plan is the shit!", "He is such a bad ass.",
               "That is the kiss of death for them.", "A cake to die for, they say.",
               "Yeah right, that is great.", "A bus stop nice.", "My beating heart is good.",
               "She came just enough good."],
    "empty and odd": ["", " ", "\n\t", "a", "- -", "“Good,” she said.", "(good)", "'good'",
                      "good.good", "GOOD", "Ǧood İstanbul happy"],
}


def same(text):
    expected = ORACLE.polarity_scores(text)["compound"]
    found = OURS.compound(text)
    return repr(expected) == repr(found), expected, found  # repr tells 0.0 from -0.0


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_scores_as_the_package(rule):
    for text in RULES[rule]:
        equal, expected, found = same(text)
        assert equal, f"{rule}: {text!r}: package {expected}, ours {found}"


def test_the_rule_cases_are_not_all_zero():
    scores = {OURS.compound(t) for texts in RULES.values() for t in texts}
    assert len(scores) > 40 and min(scores) < -0.5 < 0.5 < max(scores)


def _vocabulary():
    """Lexicon words, boosters, negations and the rules' little words, with some noise."""
    lexicon = sorted(ORACLE.lexicon)
    rng = random.Random(13)
    words = rng.sample(lexicon, 400) + sorted(package.BOOSTER_DICT) + list(package.NEGATE)
    words += ("no nor or but least at very so this never without doubt kind of sort the "
              "bomb shit bad ass kiss death to die for bus stop yeah right beating heart just "
              "enough council said mayor bridge 1999 :) :( :D 😍 😡 ✨").split()
    return words


@pytest.mark.parametrize("seed", range(4))
def test_random_sentences_score_as_the_package(seed):
    rng = random.Random(seed)
    words = _vocabulary()
    marks = ["!", "?", ",", ".", "!!", "??", "...", "'", '"', ")"]
    differences = []
    for _ in range(2500):
        chosen = []
        for _ in range(rng.randint(0, 12)):
            word = rng.choice(words)
            roll = rng.random()
            if roll < 0.15:
                word = word.upper()
            elif roll < 0.2:
                word = word.title()
            if rng.random() < 0.15:
                word += rng.choice(marks)
            if rng.random() < 0.05:
                word = rng.choice(['"', "(", "“"]) + word
            chosen.append(word)
        text = rng.choice([" ", " ", "  ", "\n", ""]).join(chosen)
        if not same(text)[0]:
            differences.append(text)
    assert differences == []


def test_a_full_word_table_starts_afresh_with_the_same_scores(monkeypatch):
    monkeypatch.setattr(vader, "MAX_TYPES", 5)
    small = vader.Vader()
    texts = [t for texts in RULES.values() for t in texts]
    assert [small.compound(t) for t in texts] == [OURS.compound(t) for t in texts]
    assert len(small._words) <= 5


def test_a_sentence_without_lexicon_words_scores_zero():
    assert OURS.compound("The council met on Tuesday at noon!!!") == 0.0
    assert ORACLE.polarity_scores("The council met on Tuesday at noon!!!")["compound"] == 0.0
