"""Phrases that are never a source (framing.attribution.source_phrases): each rule in a
fictional sentence, with a near miss that still has its source."""

from helpers import article

from framing.analyzers.attribution import Settings, analyze


def sources(text):
    result = analyze(article(text), Settings())
    return [(a.cue.text if a.cue else None, a.source.text if a.source else None, a.speaker)
            for a in result.attributions]


def test_a_headline_fragment_holding_its_own_cue_is_never_a_source():
    found = sources("Mayor Says Deputy Ana Ortiz Warned Him\n\nThe council met on Tuesday.")
    assert ("Warned", None, None) in found
    assert not any(source and "Says" in source for _, source, _ in found)


def test_a_headline_name_without_a_cue_inside_is_kept_whole():
    found = sources("Deputy Mayor Ana Ortiz Warned Council\n\nThe council met on Tuesday.")
    assert ("Warned", "Deputy Mayor Ana Ortiz", "Ana Ortiz") in found


def test_a_noun_phrase_across_a_clause_boundary_is_never_a_source():
    found = sources("Vote\n\nLawmakers passed the budget bill the mayor said was too costly.")
    assert [source for _, source, _ in found] == [None]


def test_one_noun_phrase_with_one_determiner_is_kept():
    found = sources("Vote\n\nThe budget office said the bill was too costly.")
    assert found[0][:2] == ("said", "The budget office")


def test_a_demonstrative_is_never_a_source():
    found = sources("Talks\n\nIvan Sorokin, of the Ruritanian defence ministry, had this to say "
                    "on the dispute: \u201cWe will not move.\u201d")
    assert not any(source == "this" for _, source, _ in found)


def test_a_demonstrative_before_a_noun_is_part_of_its_source():
    found = sources("Talks\n\nThis official said the talks would resume.")
    assert found[0][:2] == ("said", "This official")


def test_a_date_is_never_a_source():
    assert sources("Talks\n\nMarch 5 said a lot about the talks.")[0][1] is None
    assert sources("Talks\n\nOn March 5 officials said the talks would resume.")[0][1] == "officials"


def test_a_phrase_with_a_year_in_it_is_still_a_source():
    (found,) = sources("Talks\n\nThe 2018 report said the talks would resume.")
    assert found[1] is not None and found[2] == "report"
