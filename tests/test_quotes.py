from helpers import article

from framing.text import segment
from framing.text.quotes import find_quotes


def quotes(text):
    return find_quotes(text, segment.paragraphs(text))


def test_curly_and_straight_quotations_with_exact_offsets():
    text = 'She said “we will win” and he said "no way".'
    found = quotes(text)
    assert [q.content.text for q in found] == ["we will win", "no way"]
    for q in found:
        assert text[q.content.start:q.content.end] == q.content.text
        start, end = q.outer
        assert text[start] in "“\"" and text[end - 1] in "”\""


def test_a_quotation_may_open_with_one_style_and_close_with_another():
    found = quotes('"There are two people in this race,” said Rick.')
    assert [q.content.text for q in found] == ["There are two people in this race,"]


def test_two_apostrophes_are_a_double_quotation_mark():
    text = "''We finally may be seeing wage growth,'' the economist wrote."
    (quote,) = quotes(text)
    assert quote.content.text == "We finally may be seeing wage growth,"
    assert text[quote.outer[1] - 2:quote.outer[1]] == "''"


def test_a_quotation_reopened_in_the_next_paragraph_continues():
    text = "“The plan is done.\n\n“The money is there,” she said.\n\nNext paragraph."
    (quote,) = quotes(text)
    assert quote.paragraphs == 2
    assert quote.content.text.startswith("The plan is done.")
    assert quote.content.text.endswith("The money is there,")
    assert quote.closed_at is not None


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = "He said “this never ends.\n\nThe council met on Tuesday."
    (quote,) = quotes(text)
    assert quote.closed_at is None
    assert quote.content.text == "this never ends."
    assert quote.outer == (text.index("“"), text.index("ends.") + len("ends."))


def test_a_closing_mark_with_nothing_open_is_ignored():
    assert quotes("Stray ” mark here.") == []


def test_inch_marks_are_not_quotations():
    assert quotes('He is 6\'2" tall and the screen is 55" wide.') == []


def test_curly_marks_typed_the_wrong_way_round_are_read_by_place():
    found = quotes("“It's unusual,“ said Larry Noble.")
    assert [q.content.text for q in found] == ["It's unusual,"]


def test_quotations_on_the_article_and_json():
    doc = article("Headline\n\nShe said “yes” twice.")
    (quote,) = doc.quotes
    assert quote.to_json() == {"start": quote.content.start, "end": quote.content.end,
                               "text": "yes", "closed": True, "paragraphs": 1}


def test_finding_quotes_is_linear_in_the_number_of_marks():
    text = "\n\n".join(['He said “a b c” and “d e f”.'] * 4000)
    assert len(quotes(text)) == 8000
