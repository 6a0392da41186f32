from helpers import article

from framing.analyzers import sentiment

NEGATIVE = ("Angry residents\n\nThe plan is a disaster. Residents are furious and afraid. "
            "Critics call it a cruel, shameful failure. Nobody trusts the council.")
POSITIVE = ("Happy residents\n\nThe plan is a great success. Residents are delighted and hopeful. "
            "Supporters call it a wonderful, generous gift. Everyone loves the new park.")
NEUTRAL = ("Council meets\n\nThe council met on Tuesday. The bridge is 118 years old. "
           "The vote was seven to four. Work begins in March.")


def run(text, **settings):
    return sentiment.analyze(article(text), sentiment.Settings(**settings))


def test_negative_text_scores_below_positive_and_neutral():
    negative, neutral, positive = run(NEGATIVE), run(NEUTRAL), run(POSITIVE)
    assert negative.mean < neutral.mean < positive.mean
    assert negative.negative_share > neutral.negative_share
    assert positive.positive_share > neutral.positive_share
    assert neutral.neutral_share == 1.0


def test_each_sentence_is_scored_on_its_own():
    result = run(NEGATIVE + " " + POSITIVE.split("\n\n", 1)[1])
    scores = [s.compound for s in result.sentences]
    assert len(scores) == 9
    assert min(scores) < -0.3 and max(scores) > 0.3
    # one call over the whole text would saturate; per-sentence means stay moderate
    assert -0.5 < result.mean < 0.5


def test_headline_scored_separately_from_body():
    result = run("Wonderful triumph\n\nThe council met on Tuesday.")
    assert result.headline > 0.5
    assert result.mean == 0.0


def test_shares_sum_to_one_and_band_moves_sentences_to_neutral():
    narrow, wide = run(NEGATIVE, neutral_band=0.05), run(NEGATIVE, neutral_band=0.9)
    for r in (narrow, wide):
        assert abs(r.positive_share + r.neutral_share + r.negative_share - 1) < 1e-9
    assert wide.neutral_share > narrow.neutral_share


def test_extremes_and_arc():
    result = run(NEGATIVE + " " + POSITIVE.split("\n\n", 1)[1], extremes=1, arc_segments=4)
    assert len(result.most_negative) == 1 and len(result.most_positive) == 1
    assert result.most_negative[0].compound == min(s.compound for s in result.sentences)
    assert len(result.arc) == 4
    assert result.arc[0] < 0 < result.arc[-1]  # negative first half, positive second


def test_sentence_spans_cover_the_text():
    a = article(NEGATIVE)
    result = sentiment.analyze(a, sentiment.Settings())
    for s in result.sentences:
        assert a.text[s.span.start:s.span.end] == s.span.text


def test_tone_by_voice_separates_quoted_words_from_the_outlets_own():
    result = run('Council votes\n\nThe council approved the budget on Tuesday. '
                 '"This is a disgusting, shameful betrayal," said Peter Lund, who owns a shop. '
                 'The plan takes effect in March.')
    assert result.quoted_mean < -0.5
    assert abs(result.own_voice_mean) < 0.2
    assert run(NEUTRAL).quoted_mean is None
