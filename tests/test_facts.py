"""Facts in one article (framing.story): figures with what they count, money, percentages,
ranges, tallies, dates and places, each rule with a near miss; spans exact."""

import dataclasses

import pytest
from helpers import article

from framing.story import DATE, NUMBER, PLACE, find_facts


def facts(text: str, date: str | None = None):
    found = article(f"Headline\n\n{text}")
    return find_facts(dataclasses.replace(found, date=date) if date else found)


def one(text: str, kind: str, date: str | None = None):
    found = [f for f in facts(text, date) if f.kind == kind]
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize("text", ["The work will cost $4.2 million.", "The work will cost $4.2M.",
                                  "The work will cost 4.2 million dollars."])
def test_money_in_any_wording_is_the_same_value(text):
    fact = one(text, NUMBER)
    assert (fact.value, fact.unit, fact.counts) == (4_200_000, "$", None)


@pytest.mark.parametrize("text", ["Of the replies, 58 percent backed it.", "Of the replies, 58% backed it.",
                                  "Of the replies, 58 per cent backed it."])
def test_percentages(text):
    fact = one(text, NUMBER)
    assert (fact.value, fact.unit) == (58, "%")


@pytest.mark.parametrize("text", ["The council voted 7-4 on the plan.", "The 7-4 vote ended the row.",
                                  "By a vote of seven to four, the board agreed.",
                                  "The board voted 7 to 4 for the plan."])
def test_vote_tallies_in_digits_or_words(text):
    fact = one(text, NUMBER)
    assert (fact.value, fact.unit) == ("7-4", "vote")
    assert not [f for f in facts(text) if f.kind == DATE]  # a 7-4 vote is no date


def test_a_range_without_a_vote_counts_what_follows():
    fact = one("The detour adds four to six minutes.", NUMBER)
    assert (fact.value, fact.counts, fact.unit) == ((4, 6), "minutes", None)


@pytest.mark.parametrize("text, value, counts", [
    ("Engineers counted 11,000 vehicles on the bridge.", 11_000, "vehicles"),
    ("The fire left three children without a home.", 3, "children"),
    ("The crash injured 2,000 residents, officials said.", 2_000, "residents"),
    ("A six-week consultation ended.", 6, "weeks"),
    ("The deck carries 11,000 vehicle crossings a day.", 11_000, "vehicle crossings"),
])
def test_a_count_keeps_the_noun_it_counts(text, value, counts):
    fact = one(text, NUMBER)
    assert (fact.value, fact.counts) == (value, counts)


def test_of_a_number_counts_the_noun_of_the_second():
    found = [(f.value, f.counts) for f in facts("He said 41 of its 64 members expect losses.")]
    assert found == [(41, "members"), (64, "members")]


def test_a_qualifier_before_a_figure_is_kept_and_inside_its_span():
    fact = one("Engineers recorded about 10,000 vehicles a day.", NUMBER)
    assert (fact.approx, fact.text) == ("about", "about 10,000 vehicles")
    long = one("After a long and bitter evening of questions from residents on the east bank, "
               "engineers said they recorded about 10,000 vehicles a day.", NUMBER)
    assert long.text == "about 10,000 vehicles"
    assert one("The detour adds up to six minutes.", NUMBER).bound == "high"


@pytest.mark.parametrize("text", ["The Line 3 tram will run by then.",  # a number in a name
                                  "It is one of the most dangerous crossings.",  # a word, no figure
                                  "Covid-19 closed the bridge."])
def test_numbers_that_are_no_figures(text):
    assert [f for f in facts(text) if f.kind == NUMBER] == []


@pytest.mark.parametrize("text, iso", [("The 1908 bridge is closing.", "1908"),
                                       ("The bridge opened in 1908, records show.", "1908")])
def test_a_year_is_a_date_not_a_count(text, iso):
    assert one(text, DATE).value == iso
    assert [f for f in facts(text) if f.kind == NUMBER] == []


def test_a_year_like_number_before_a_plural_is_a_count():
    assert one("About 2000 residents signed.", NUMBER).value == 2000
    assert [f for f in facts("About 2000 residents signed.") if f.kind == DATE] == []


@pytest.mark.parametrize("text, date, iso", [
    ("Cars are barred from March 1, 2027, officials said.", None, "2027-03-01"),
    ("Cars are barred from 1 March, officials said.", "2026-10-15", "2027-03-01"),
    ("The petition is due by Jan. 15 at noon.", "2026-10-14", "2027-01-15"),
    ("The council met on Tuesday to vote.", "2026-10-14", "2026-10-13"),
    ("The council met on Tuesday to vote.", None, None),
    ("Work starts from March 2027, the report said.", None, "2027-03"),
    ("The tram arrives by spring 2028 at the latest.", None, "2028"),
])
def test_dates_are_resolved_against_the_articles_date(text, date, iso):
    assert one(text, DATE, date).value == iso


def test_a_month_alone_is_a_date_only_after_a_word_of_time():
    assert one("A timetable is due in May, the office said.", DATE).when[1] == 5
    assert [f for f in facts("Officials say traffic May rise.") if f.kind == DATE] == []


@pytest.mark.parametrize("text, place", [
    ("Shopkeepers on Marlow Street are unhappy.", "Marlow Street"),
    ("The detour runs over the already clogged Gen. Harlan Bridge every day.", "Gen. Harlan Bridge"),
    ("Her neighbours in Eastbank worry about traffic.", "Eastbank"),
    ("Talks in Moscow ended late.", "Moscow"),
])
def test_places(text, place):
    assert one(text, PLACE).value == place


def test_a_dateline_is_a_place():
    assert [f.value for f in facts("HARROWGATE — The council met.") if f.kind == PLACE] == ["Harrowgate"]


@pytest.mark.parametrize("text", ["Moscow said the talks had ended.",  # an actor, not a place
                                  "She spoke for the Harrowgate Cycling Association.",  # an organisation
                                  "They met in September to vote.",  # a date
                                  "The plan was praised in Dr. Osei's report."])  # a person
def test_names_that_are_no_places(text):
    assert [f for f in facts(text) if f.kind == PLACE] == []


def test_spans_are_exact_and_a_repeated_fact_is_one_with_two_spans():
    found = article("Headline\n\nThe work will cost $4.2 million. Critics said $4.2 million is too much "
                    "for a bridge on Marlow Street.")
    result = find_facts(found)
    for fact in result:
        for span in fact.spans:
            assert found.text[span.start:span.end] == span.text
    money = [f for f in result if f.unit == "$"]
    assert len(money) == 1 and len(money[0].spans) == 2
    assert [f.id for f in result] == [f"f{n}" for n in range(1, len(result) + 1)]


def test_json_keys():
    fact = one("The detour adds four to six minutes.", NUMBER)
    data = fact.to_json()
    assert set(data) == {"id", "kind", "text", "value", "counts", "unit", "approx", "span", "mentions"}
    assert data["value"] == [4, 6] and data["span"]["text"] == "four to six minutes"


def test_a_shorter_name_of_a_place_and_a_year_of_a_fuller_date_join_it():
    found = facts("Traffic goes over the Gen. Harlan Bridge. Drivers hate the Harlan Bridge. "
                  "The bridge shuts in 2027. Work starts in March 2027.")
    assert [(f.kind, f.text, len(f.spans)) for f in found] == [
        ("place", "Gen. Harlan Bridge", 2), ("date", "March 2027", 2)]
