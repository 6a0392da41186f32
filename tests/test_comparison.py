from helpers import article

from framing.comparison import compare
from framing.pipeline import analyze_articles
from framing.settings import Settings

FIRST = ('Bridge closes\n\nDeputy Mayor Ana Ortiz said the bridge would close in March. '
         '"We have no choice," Ortiz said. Critics said the plan was rushed.\n\n'
         'Peter Lund, who owns a shop, said trade would suffer.')
SECOND = ('Bridge scheme\n\nThe disastrous scheme was forced through, Deputy Mayor Ortiz admitted. '
          'Residents, furious at the reckless plan, said nobody listened.')


def test_sources_are_matched_across_outlets_and_shared_ones_come_first():
    comparison = compare(analyze_articles([article(FIRST), article(SECOND)], Settings()))
    rows = {row.name: row for row in comparison.sources}
    ortiz = [row for row in comparison.sources if "Ortiz" in row.name]
    assert len(ortiz) == 1 and ortiz[0].outlets == 2
    assert comparison.sources[0] is ortiz[0]
    assert rows["Peter Lund"].mentions == (1, 0)


def test_exclusive_terms_are_those_no_other_article_uses():
    comparison = compare(analyze_articles([article(FIRST), article(SECOND)], Settings()))
    first, second = comparison.exclusive_terms
    assert first == ()
    entries = {use.entry for use in second}
    assert {"disastrous", "scheme"} & entries


def test_metric_rows_mark_highest_and_lowest():
    comparison = compare(analyze_articles([article(FIRST), article(SECOND)], Settings()))
    row = next(r for r in comparison.rows if r.metric.key == "own_density")
    assert row.highest == (1,) and row.lowest == (0,)
