"""Source types (framing.attribution.source_types and gazetteer): each pattern in a
fictional sentence, with a near miss beside it."""

import pytest
from helpers import article

from framing.analyzers.attribution import Settings, analyze
from framing.attribution.source_types import classify


def said(sentence):
    result = analyze(article("Talks stall\n\n" + sentence), Settings())
    (found,) = [a for a in result.attributions if a.verb == "say"]
    return found


@pytest.mark.parametrize("sentence, source_type, speaker", [
    # governments: countries, capitals, seats of power
    ("Moscow said the convoy had turned back.", "government", "Moscow"),
    ("The Kremlin said the convoy had turned back.", "government", "Kremlin"),
    ("The White House said the convoy had turned back.", "government", "White House"),
    ("Russia said the convoy had turned back.", "government", "Russia"),
    ("The U.S. said the convoy had turned back.", "government", "U.S."),
    ("The United States said the convoy had turned back.", "government", "United States"),
    ("The Ruritanian government said the convoy had turned back.", "government",
     "Ruritanian government"),
    # near misses: a person from that place or of that government
    ("Moscow resident Ivan Petrov said the convoy had turned back.", "person", "Ivan Petrov"),
    ("Russia's foreign minister Sergei Lavrov said the convoy had turned back.", "person",
     "Sergei Lavrov"),
    ("Russian President Boris Volkov said the convoy had turned back.", "person", "Boris Volkov"),
    ("Russian officials said the convoy had turned back.", "anonymous", "Russian officials"),
    # groups: peoples and named collectives
    ("The Russians said the convoy had turned back.", "group", "Russians"),
    ("Residents said the convoy had turned back.", "group", "residents"),
    ("Residents of Vellmar said the convoy had turned back.", "group", "residents of Vellmar"),
    ("Republicans said the convoy had turned back.", "group", "republicans"),
    # near misses: unnamed individuals stay anonymous
    ("A resident said the convoy had turned back.", "anonymous", "resident"),
    ("Critics said the convoy had turned back.", "anonymous", "critics"),
    ("Officials of the ministry said the convoy had turned back.", "anonymous",
     "officials of the ministry"),
    ("A source familiar with the talks said the convoy had turned back.", "anonymous",
     "source familiar with the talks"),
])
def test_source_types(sentence, source_type, speaker):
    found = said(sentence)
    assert (found.source_type, found.speaker) == (source_type, speaker)


def test_names_of_one_country_are_one_identity_and_keep_their_forms():
    text = ("Convoy turns back\n\nThe US said the convoy had turned back. The United States "
            "added that talks would go on. America said nothing more. Officials in Vienna said "
            "the talks were useful.")
    result = analyze(article(text), Settings())
    (country,) = [s for s in result.speakers if s.source_type == "government"]
    assert set(country.names) == {"US", "United States", "America"}
    assert country.name == "United States"


def test_a_country_name_that_is_mostly_a_surname_stays_a_person():
    assert classify(["Jordan"]) == "person"
    assert classify(["Rep.", "Jim", "Jordan"]) == "person"


def test_a_peoples_adjective_alone_is_no_source():
    assert classify(["Russian"]) is None
    assert classify(["the", "Chinese"]) == "group"


def test_governments_count_as_named_and_groups_as_neither():
    result = analyze(article("Talks\n\nMoscow said the talks had failed. Officials said the "
                             "talks would resume. Residents said they were tired."), Settings())
    assert [a.source_type for a in result.attributions if a.verb == "say"] == [
        "government", "anonymous", "group"]
    assert result.named_share == 0.5 and result.anonymous_share == 0.5
