"""framing.comparison.distinctive: words an article uses more than the others, beyond chance."""

from helpers import article

from framing.comparison.distinctive import PRIOR_WEIGHT, _background, distinctive_terms

CALM = ("Council report\n\n" + " ".join(
    f"The council met on day {i} and the members discussed the budget, the roads and the "
    f"library hours with residents, who asked about parking and bus routes." for i in range(12)))
ANGRY = ("Council report\n\n" + " ".join(
    f"Councillor Brannigan pushed another boondoggle through on day {i}, and the members "
    f"shrugged while residents asked about parking and bus routes." for i in range(12)))


def test_a_word_one_article_repeats_and_the_other_never_uses_is_distinctive():
    calm, angry = distinctive_terms([article(CALM, "calm.txt"), article(ANGRY, "angry.txt")])
    terms = {t.term: t for t in angry.terms}
    assert "boondoggle" in terms and terms["boondoggle"].count == 12
    assert terms["boondoggle"].z >= 1.645
    # shared words are not distinctive of either, function words and numbers never terms
    for shared in ("parking", "residents", "bus routes"):
        assert shared not in terms and shared not in {t.term for t in calm.terms}
    assert not {"the", "and", "on", "12"} & set(terms)
    # a name (always capitalised) says who the story is about, not how it is told
    assert "brannigan" not in terms and "councillor brannigan" not in terms
    assert list(angry.terms) == sorted(angry.terms, key=lambda t: -t.z)


def test_two_copies_of_one_text_have_no_distinctive_words():
    first, second = distinctive_terms([article(CALM, "a.txt"), article(CALM, "b.txt")])
    assert first.terms == () and second.terms == ()


def test_a_stricter_level_keeps_fewer_terms():
    loose = distinctive_terms([article(CALM, "c.txt"), article(ANGRY, "a.txt")], level=0.8)[1]
    strict = distinctive_terms([article(CALM, "c.txt"), article(ANGRY, "a.txt")], level=0.999)[1]
    assert len(strict.terms) <= len(loose.terms)
    assert {t.term for t in strict.terms} <= {t.term for t in loose.terms}


def test_the_background_prior_knows_common_words_and_floors_unknown_ones():
    common, rare, unknown, phrase = _background(("the", "fiasco", "qzxv", "bus routes"))
    assert common > 0.01 > rare > unknown > 0
    assert phrase < _background(("bus",))[0]
    assert PRIOR_WEIGHT > 0


def test_one_article_alone_has_nothing_to_be_distinctive_against():
    (alone,) = distinctive_terms([article(CALM, "a.txt")])
    assert alone.terms == ()


def test_curly_and_straight_apostrophes_make_one_term():
    from framing.comparison.distinctive import term_counts

    counted = term_counts(article("Head\n\nThe council’s plan won't pass. The council's plan won’t pass."))
    assert counted.terms["council's"] == 2 and "council’s" not in counted.terms


def test_term_counts_pair_words_within_a_sentence_only_and_skip_numbers_and_function_words():
    from framing.comparison.distinctive import term_counts

    counted = term_counts(article("Budget Row\n\nCouncil budget cuts anger parents. Parents "
                                  "protest the council budget cuts in 2024 and 12 schools close."))
    assert counted.terms["budget cuts"] == 2
    assert counted.terms["council budget"] == 2
    assert counted.terms["anger parents"] == 1
    assert "parents parents" not in counted.terms  # the pair would cross a sentence end
    assert "protest council" not in counted.terms  # "the" stands between them
    assert "2024" not in counted.terms and "schools close" in counted.terms
    assert counted.capitalised["parents"] == 1 and counted.capitalised["budget"] == 1
    # every word with a letter: 2 in the headline, 5 + 10 in the body ("2024" and "12" are not)
    assert counted.words == 17
    # the same counts, in the same order, however often the words were seen before
    again = term_counts(article("Budget Row\n\nCouncil budget cuts anger parents. Parents "
                                "protest the council budget cuts in 2024 and 12 schools close."))
    assert list(again.terms.items()) == list(counted.terms.items())
