"""The "Key differences" summary (framing/report/summary.py): the sentences built from the
facts and naming comparisons, on small fictional article sets."""

from helpers import article

from framing.comparison import compare
from framing.pipeline import analyze_articles
from framing.report.context import build_context
from framing.settings import Settings


def summary(*texts: str) -> list:
    settings = Settings()
    articles = [article(text, name=f"Outlet {'ABC'[n]}.txt") for n, text in enumerate(texts)]
    view = build_context(compare(analyze_articles(articles, settings)), settings)
    return list(view.summary.sentences)


FERRY = ("Ferry service to Dunmore Island resumes\n\n"
         "The harbour board voted on Monday to restart the ferry to Dunmore Island. "
         "Engineers counted {count} passengers a day on the old route before it closed. "
         "The board said the {name} would cost less than a new bridge. "
         "Few people spoke against the {head}.")


def story(count: str, name: str) -> str:
    return FERRY.format(count=count, name=name, head=name.split()[-1])


def test_a_figure_the_outlets_give_differently_is_stated_with_each_wording():
    sentences = summary(story("1,200", "ferry plan"),
                        story("1,200", "ferry plan"),
                        story("about 1,000", "ferry plan"))
    (figure,) = [s for s in sentences if s.text.startswith("The outlets give different figures")]
    assert "“1,200 passengers” (Outlet A and Outlet B)" in figure.text
    assert "“about 1,000 passengers” (Outlet C)" in figure.text
    assert figure.href == "#facts"


def test_the_same_figure_everywhere_gives_no_sentence():
    sentences = summary(story("1,200", "ferry plan"),
                        story("1,200", "ferry plan"))
    assert not any("different figures" in s.text for s in sentences)


def test_a_thing_named_with_a_judging_noun_beside_a_plain_one_is_stated():
    sentences = summary(story("1,200", "ferry plan"),
                        story("1,200", "ferry scheme"))
    (named,) = [s for s in sentences if "where" in s.text]
    assert named.text == "Outlet B writes “ferry scheme” where Outlet A writes “ferry plan”."
    assert named.href == "#actors"
    plain = summary(story("1,200", "ferry plan"),
                    story("1,200", "ferry service"))
    assert not any("where" in s.text for s in plain)  # two plain heads: no judgement to report
