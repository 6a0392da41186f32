import json

import pytest
from helpers import article


from framing.analyzers.attribution import Settings, analyze
from framing.attribution import cues
from framing.attribution.source_types import speaker_key


def run(text, **settings):
    return analyze(article(text), Settings(**settings))


def by_cue(result, cue_text):
    return [a for a in result.attributions if a.cue and a.cue.text == cue_text]


def contents(attribution_):
    return [p.text for p in attribution_.content_parts]


BRIDGE = """City plans new bridge

Deputy Mayor Ana Ortiz said the bridge would open next year. “We are ready,” Ortiz said.

“It will change the city,” she added, “and it will be cheap.”

“Nobody has ever built anything this fast in this town before.”

The Interior Ministry said in a statement that it had approved the funds.
"""


def test_spans_are_exact_offsets_into_the_text():
    doc = article(BRIDGE)
    result = analyze(doc, Settings())
    assert result.attributions
    for a in result.attributions:
        for span in (a.cue, a.source, a.content, *a.content_parts):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text


def test_direct_quote_before_the_cue():
    (said,) = [a for a in by_cue(run(BRIDGE), "said") if a.source.text == "Ortiz"]
    assert said.kind == "direct"
    assert contents(said) == ["We are ready,"]
    assert said.speaker == "Ana Ortiz"


def test_direct_quote_after_the_cue_with_colon_or_comma():
    result = run("Vote\n\nThe mayor told reporters: “We will win.” Smith said, “Never.”")
    told, said = by_cue(result, "told")[0], by_cue(result, "said")[0]
    assert contents(told) == ["We will win."] and told.kind == "direct"
    assert contents(said) == ["Never."] and said.source.text == "Smith"


def test_inverted_cue_takes_the_source_after_it_with_its_appositive():
    result = run('Budget\n\n"We will not raise taxes," said Mary Jones, a spokeswoman for the governor.')
    (said,) = by_cue(result, "said")
    assert said.kind == "direct"
    assert said.speaker == "Mary Jones"
    assert said.source.text == "Mary Jones, a spokeswoman for the governor"


def test_a_cue_interrupting_a_quotation_credits_both_parts():
    (added,) = by_cue(run(BRIDGE), "added")
    assert contents(added) == ["It will change the city,", "and it will be cheap."]
    assert added.content.start == added.content_parts[0].start
    assert added.content.end == added.content_parts[1].end


def test_colon_introduced_quote_without_a_verb():
    result = run("Council\n\nOrtiz was blunt: “This is a disgrace.”")
    (colon,) = by_cue(result, ":")
    assert colon.source.text == "Ortiz" and contents(colon) == ["This is a disgrace."]
    assert colon.kind == "direct"


def test_a_pronoun_resolves_to_the_nearest_fitting_source_before_it():
    (added,) = by_cue(run(BRIDGE), "added")
    assert added.source.text == "she"
    assert added.speaker == "Ana Ortiz" and added.source_type == "person"
    result = run("Talks\n\nMr. Brown arrived late. Ms. Green spoke first. He said the deal was off.")
    (said,) = by_cue(result, "said")
    assert said.speaker == "Brown"


def test_a_pronoun_with_no_source_before_it_stays_unresolved():
    result = run("Opinion\n\nThey said the deal was off.")
    (said,) = by_cue(result, "said")
    assert said.source_type == "unresolved_pronoun" and said.speaker is None


@pytest.mark.parametrize("sentence, source", [
    ("Officials say the plan is flawed.", "Officials"),
    ("A source familiar with the talks said the deal was dead.", "A source familiar with the talks"),
    ("Critics argue the vote was rigged.", "Critics"),
    ("Two senior officials said the talks had stalled.", "Two senior officials"),
    ("Experts warned that prices would rise.", "Experts"),
    ("It was a cheap fix, a line critics say was cooked up.", "critics"),
    ("It was a costly fix, a few critics said.", "few critics"),
])
def test_anonymous_sources(sentence, source):
    result = run("Report\n\n" + sentence)
    (found,) = result.attributions
    assert found.source.text == source
    assert found.source_type == "anonymous"
    assert result.anonymous_share == 1.0


def test_organisation_and_person_sources():
    result = run(BRIDGE)
    (ministry,) = [a for a in result.attributions if a.source and "Ministry" in a.source.text]
    assert ministry.source_type == "organisation" and ministry.speaker == "Interior Ministry"
    assert contents(ministry) == ["it had approved the funds"]
    assert result.anonymous_share == 0.0


def test_an_unmatched_quote_mark_does_not_crash_and_ends_with_its_paragraph():
    text = "Council\n\nOrtiz said: “the vote was rigged and we know it.\n\nThe council met on Tuesday."
    result = run(text)
    (said,) = by_cue(result, "said")
    assert contents(said) == ["the vote was rigged and we know it."]
    assert "Tuesday" not in said.content.text


def test_a_quote_running_over_paragraphs_is_one_content():
    text = ("Budget\n\n“We will not raise taxes,” said Mary Jones. “Not this year.\n\n"
            "“Not next year either.”\n\nThe council met on Tuesday.")
    result = run(text)
    inferred = [a for a in result.attributions if a.inferred]
    assert len(inferred) == 1
    assert inferred[0].speaker == "Mary Jones"
    assert "Not this year." in inferred[0].content.text
    assert "Not next year either." in inferred[0].content.text


def test_a_cueless_quote_paragraph_is_credited_to_the_previous_speaker():
    inferred = [a for a in run(BRIDGE).attributions if a.inferred]
    assert [contents(a) for a in inferred] == [
        ["Nobody has ever built anything this fast in this town before."]]
    assert inferred[0].speaker == "Ana Ortiz" and inferred[0].cue is None


def test_crediting_cueless_quotes_can_be_turned_off_and_scare_quotes_are_never_credited():
    assert not [a for a in run(BRIDGE, credit_continued_quotes=False).attributions if a.inferred]
    text = ("Vote\n\n“We won,” Ortiz said. The “victory” was short-lived. "
            "The council met on “Super Tuesday” again.")
    assert not [a for a in run(text).attributions if a.inferred]


def test_a_short_cueless_quotation_that_ends_like_a_sentence_is_speech():
    text = "Vote\n\n“We won,” Ortiz said. “Huge.” The council called it a “victory”."
    inferred = [a for a in run(text).attributions if a.inferred]
    assert [(a.content.text, a.speaker) for a in inferred] == [("Huge.", "Ortiz")]


def test_names_of_one_person_merge_in_the_speakers_table():
    result = run(BRIDGE)
    names = {s.name: s for s in result.speakers}
    assert set(names) == {"Ana Ortiz", "Interior Ministry"}
    ortiz = names["Ana Ortiz"]
    assert ortiz.mentions == 4  # said, said, added, and the cue-less paragraph
    assert ortiz.quoted_words > 0 and ortiz.words >= ortiz.quoted_words
    assert dict(ortiz.verbs) == {"say": 2, "add": 1}
    assert result.distinct_sources == 2


def test_speaker_keys_match_across_articles():
    assert speaker_key("Deputy Mayor Ana Ortiz") == speaker_key("Ortiz") == speaker_key("Ms. Ortiz’s")
    assert speaker_key("the Interior Ministry") == speaker_key("Interior Ministry")


def test_according_to_before_and_after_the_claim():
    result = run("Crash\n\nAccording to the Interior Ministry, 40 people were hurt. "
                 "The bridge was closed, according to police.")
    first, second = by_cue(result, "According to")[0], by_cue(result, "according to")[0]
    assert first.kind == second.kind == "according_to"
    assert contents(first) == ["40 people were hurt"]
    assert first.source.text == "the Interior Ministry"
    assert contents(second) == ["The bridge was closed"]
    assert second.source.text == "police"


def test_indirect_speech_and_the_setting_that_turns_it_off():
    text = "Budget\n\nJohn Smith told reporters on Monday that the budget was balanced."
    (told,) = by_cue(run(text), "told")
    assert told.kind == "indirect"
    assert contents(told) == ["the budget was balanced"]
    assert told.source.text == "John Smith"
    assert not run(text, indirect_speech=False).attributions


def test_indirect_speech_before_the_cue():
    (said,) = by_cue(run("Budget\n\nThe budget is sound, Smith said."), "said")
    assert contents(said) == ["The budget is sound"] and said.kind == "indirect"


def test_mixed_quotation():
    (said,) = by_cue(run("Vote\n\nOrtiz said the vote was “a total disgrace” for the city."), "said")
    assert said.kind == "mixed"
    assert "a total disgrace" in said.content.text


def test_evaluative_verbs_raise_the_evaluative_share():
    neutral = run("Vote\n\nOrtiz said the figures were wrong. Smith said he was late.")
    loaded = run("Vote\n\nOrtiz insisted the figures were wrong. Smith admitted he was late.")
    assert neutral.evaluative_share == 0.0
    assert loaded.evaluative_share == 1.0
    assert {a.stance for a in loaded.attributions} == {"evaluative"}
    assert by_cue(run("Vote\n\nOrtiz blasted the council for its vote."), "blasted")[0].stance == "evaluative"


def test_settings_add_verbs_and_change_stance():
    text = "Vote\n\nOrtiz harrumphed the figures were wrong. Smith warned that taxes would rise."
    assert not by_cue(run(text), "harrumphed")
    result = run(text, extra_verbs=("harrumphed",), evaluative_verbs=("warned",))
    assert by_cue(result, "harrumphed")[0].stance == "neutral"
    assert by_cue(result, "warned")[0].stance == "evaluative"
    softened = run("Vote\n\nOrtiz claimed the figures were wrong.", neutral_verbs=("claim",))
    assert softened.evaluative_share == 0.0


def test_the_cue_lexicon_with_user_verbs_is_built_once_per_settings_not_per_article():
    settings = Settings(extra_verbs=("opined",), evaluative_verbs=("conceded",))
    analyze(article("Vote\n\nOrtiz opined the figures were wrong."), settings)
    built = cues.with_extras.cache_info().misses
    for text in ("Vote\n\nSmith opined that taxes would rise.", BRIDGE):
        analyze(article(text), settings)
    assert cues.with_extras.cache_info().misses == built


def test_thoughts_can_be_left_out():
    text = "Vote\n\nOrtiz believes the figures are wrong."
    assert by_cue(run(text), "believes")
    assert not run(text, thoughts=False).attributions


def test_nouns_that_look_like_verbs_are_not_cues():
    result = run("States\n\nThe state laws bind them. Clinton's state council met. "
                 "Terrorist attacks in Paris shocked voters. Phone calls went unanswered.")
    assert result.attributions == ()


def test_shares_are_relational():
    quoted = run(BRIDGE)
    plain = run("Bridge\n\nThe bridge will open next year. It cost ten million euros. Work starts soon.")
    assert plain.attributed_word_share == 0.0 and plain.distinct_sources == 0
    assert quoted.attributed_word_share > plain.attributed_word_share
    assert 0 < quoted.direct_quote_share < quoted.attributed_word_share <= 1
    assert quoted.sources_per_1000_words > 0
    assert 0 < quoted.attributed_sentence_share <= 1
    assert plain.anonymous_share is None and plain.evaluative_share is None


def test_attributed_spans_are_disjoint_and_ordered():
    spans = run(BRIDGE).attributed_spans()
    assert spans
    for first, second in zip(spans, spans[1:]):
        assert first.end <= second.start


def test_json_shape():
    data = run(BRIDGE).to_json()
    json.dumps(data)
    for key in ("attributed_word_share", "direct_quote_share", "distinct_sources",
                "sources_per_1000_words", "named_share", "anonymous_share", "evaluative_share",
                "attributed_sentence_share", "attributions", "speakers"):
        assert key in data
    first = data["attributions"][0]
    assert set(first) >= {"cue", "source", "content", "kind", "speaker", "source_type", "stance"}
    assert set(first["cue"]) == {"start", "end", "text"}
    assert any(a["cue"] is None for a in data["attributions"])


def test_settings_reject_unknown_keys_and_document_every_field():
    with pytest.raises(ValueError):
        Settings(no_such_setting=True)
    for name, field in Settings.model_fields.items():
        assert field.description, name


@pytest.mark.parametrize("sentence, source_type, speaker", [
    ("Trump supporters said the rally was peaceful.", "anonymous", "Trump supporters"),
    ("The Clinton campaign said the rally was peaceful.", "organisation", "Clinton campaign"),
    ("The report said the rally was peaceful.", "document", "report"),
    ("The mayor said the rally was peaceful.", "person", "mayor"),
    ("Sen. Ted Cruz said the rally was peaceful.", "person", "Ted Cruz"),
])
def test_the_head_of_the_source_phrase_decides_its_type(sentence, source_type, speaker):
    (said,) = run("Rally\n\n" + sentence).attributions
    assert (said.source_type, said.speaker) == (source_type, speaker)


def test_a_person_gets_the_fullest_name_the_article_gives():
    result = run("Vote\n\nMayor Tobias Wren voted with the majority. Wren said the city would "
                 "publish a timetable.")
    (said,) = by_cue(result, "said")
    assert said.speaker == "Tobias Wren" and said.source.text == "Wren"


def test_appositives_credit_the_name_not_the_role():
    result = run("Bikes\n\nIts chair, Rafael Dunn, said the bridge was dangerous. Carla Nyberg, "
                 "a spokeswoman for the Eastbank Residents' Forum, said residents were worried.")
    assert [a.speaker for a in result.attributions] == ["Rafael Dunn", "Carla Nyberg"]
    assert result.attributions[1].source.text == (
        "Carla Nyberg, a spokeswoman for the Eastbank Residents' Forum")


def test_speech_reported_inside_speech_is_one_statement():
    result = run("Vote\n\nPike said he would ask the council to review the decision.")
    (said,) = result.attributions
    assert contents(said) == ["he would ask the council to review the decision"]
    assert result.speakers[0].mentions == 1


def test_a_speech_noun_with_its_owner_and_a_that_clause():
    result = run("Vote\n\nOrtiz spoke first. Her claim that the vote was rigged, however, "
                 "angered the council.")
    (claim,) = by_cue(result, "claim")
    assert claim.source.text == "Her" and claim.speaker == "Ortiz"
    assert contents(claim) == ["the vote was rigged"]
    assert not by_cue(run("Vote\n\nHer claim was rejected."), "claim")


def test_sources_with_a_parenthesis_or_an_opening_phrase():
    result = run("Iran\n\nSen. Mitch McConnell (R-Ky.) said that he would not bring the deal up. "
                 "For months, Cruz had praised Trump, saying there was a benefit to it.")
    said, saying = by_cue(result, "said")[0], by_cue(result, "saying")[0]
    assert said.source.text == "Sen. Mitch McConnell (R-Ky.)" and said.speaker == "Mitch McConnell"
    assert saying.speaker == "Cruz"


def test_a_cueless_quote_far_from_any_speaker_counts_as_speech_of_an_unknown_speaker():
    result = run("Bridge\n\nThe council met on Tuesday.\n\n“We cannot keep patching this bridge "
                 "forever.”\n\nThe vote is next week.")
    (quote,) = result.attributions
    assert quote.inferred and quote.speaker is None and quote.source_type is None
    assert contents(quote) == ["We cannot keep patching this bridge forever."]
    assert result.direct_quote_share > 0 and result.speakers == ()
    assert run("Bridge\n\nThe “fix” held. The council met.").attributions == ()


def test_a_subject_far_from_its_verb():
    result = run("Vote\n\nRich Heffley, a party operative who ran the early vote and now runs the "
                 "count in the state, said the program is a success. Cory James, 22, of Flint, "
                 "Mich., said he had not given up. Murphy — after a knock on wood — told me he "
                 "was lucky. An aide, speaking on condition of anonymity, said the talks failed.")
    sources = [a.source.text for a in result.attributions if a.verb in ("say", "tell")]
    assert [s.split(",")[0] for s in sources] == ["Rich Heffley", "Cory James", "Murphy", "An aide"]


def test_a_role_before_the_name_and_an_abbreviation_before_the_verb():
    result = run("Vote\n\nHer campaign manager, Robby Mook, suggested that the staff broke the law. "
                 "Later, the F.B.I. has said it found nothing.")
    assert by_cue(result, "suggested")[0].speaker == "Robby Mook"
    assert by_cue(result, "said")[0].source.text == "the F.B.I"


def test_a_participle_after_a_comma_is_credited_to_the_clause_subject_not_its_object():
    result = run("Vote\n\nRomney fired back in March, attacking Trump for “the greed and the "
                 "showing off” of his campaign.")
    assert by_cue(result, "attacking")[0].speaker == "Romney"


def test_a_passive_cue_credits_the_agent_or_nobody():
    result = run("Vote\n\nThe senator was accused by the news media of lying. "
                 "The purchase price was not disclosed to reporters.")
    assert by_cue(result, "accused")[0].source.text == "the news media"
    disclosed = by_cue(result, "disclosed")
    assert all(a.source is None for a in disclosed)


def test_counted_respondents_are_sources():
    result = run("Poll\n\nAbout four in 10 said they were angry. Another said he hoped for change.")
    assert [a.source_type for a in result.attributions if a.verb == "say"] == ["anonymous", "anonymous"]


def test_an_unlisted_verb_before_a_that_clause_is_a_cue():
    result = run("Vote\n\nOrtiz harrumphed that the figures were wrong. The bill that passed was long.")
    (cue,) = result.attributions
    assert cue.cue.text == "harrumphed" and cue.speaker == "Ortiz"
    assert contents(cue) == ["the figures were wrong"]


def test_a_second_report_by_the_same_speaker_counts_and_double_apostrophes_end_a_quote():
    result = run("Vote\n\nRyan said on Monday that he would wait, though he said he hoped to. "
                 "Mr. Trump agreed that the fleet had ''promotional value.'' He added that he "
                 "could live without it.")
    assert len(by_cue(result, "said")) == 2
    assert by_cue(result, "added")[0].speaker == "Trump"


def test_a_document_described_before_its_verb_is_the_source_of_its_finding():
    result = run("Race\n\nA Marist poll released Sunday by the Ledger found that Ortiz leads the race.")
    (found,) = by_cue(result, "found")
    assert found.source.text == "A Marist poll"
    assert contents(found) == ["Ortiz leads the race"]
    assert not by_cue(result, "released")  # the participle describes the poll


def test_a_clause_between_a_document_and_a_verb_keeps_the_document_out():
    result = run("Race\n\nThe poll that Ortiz paid for found a friendly audience.")
    assert not [a for a in by_cue(result, "found") if a.source and "poll" in a.source.text]


def test_a_month_abbreviation_before_a_day_is_a_date_not_a_name():
    result = run("Vote\n\nThe group sent letters by Jan. 15 asking for a recount. "
                 "Jan Novak said the count was fair.")
    assert all(a.source is None or "Jan." not in a.source.text for a in by_cue(result, "asking"))
    assert by_cue(result, "said")[0].speaker == "Jan Novak"


def test_a_name_opening_a_sentence_makes_a_nounlike_form_a_verb():
    result = run("Budget\n\nThe mayor, Ana Ortiz, spoke first. Ortiz hopes the council will pass "
                 "the budget.")
    assert by_cue(result, "hopes")[0].speaker == "Ortiz"


def test_a_capitalised_common_word_opening_a_sentence_does_not():
    result = run("Budget\n\nInsurance claims rose again. Drivers file insurance claims each year.")
    assert not by_cue(result, "claims")


def test_an_infinitive_after_a_wish_or_plan_is_its_content():
    result = run("Budget\n\nThe mayor, Ana Ortiz, spoke first. Ortiz plans to veto the bill on Monday.")
    assert contents(by_cue(result, "plans")[0]) == ["to veto the bill on Monday"]


def test_a_place_after_to_is_not_content():
    result = run("Budget\n\nThe mayor, Ana Ortiz, spoke first. Ortiz said to reporters on Monday.")
    assert all(not contents(a) for a in by_cue(result, "said"))


def test_appears_to_is_a_cue_with_its_infinitive_as_content():
    result = run("Budget\n\nThe plan appears to have failed in the council.")
    (cue,) = by_cue(result, "appears")
    assert contents(cue) == ["to have failed in the council"]


def test_appearing_somewhere_is_not_a_cue():
    result = run("Budget\n\nThe mayor appeared on television on Monday.")
    assert not by_cue(result, "appeared")


def test_word_view_marks_the_words_inside_each_quotation_as_a_word_by_word_scan_does():
    from framing.attribution.word_view import TokenView

    tokens = TokenView(article("Vote “delayed”\n\n“We will vote,” Ortiz said. Pike said “no” and "
                               "“not now, not ever.” Rain fell. “Unclosed quote runs on\n\nNext."))
    # the plain definition: the first quotation ending after a word's start holds the word
    # when it starts before the word
    plain = []
    for word in tokens.words:
        after = [q for q in tokens.quotes if q.outer[1] > word.start]
        plain.append(bool(after) and after[0].outer[0] < word.start)
    assert tokens.in_quote == plain
    assert True in plain and False in plain


def test_word_view_finds_names_and_lower_case_words():
    from framing.attribution.word_view import TokenView

    tokens = TokenView(article("Budget vote\n\nThe council met. Ortiz said the Council would "
                               "vote. Pike agreed with Ortiz."))
    assert {"council", "the", "vote", "said"} <= tokens.vocabulary
    # capitalised inside a sentence and never in lower case; "council" is also written lower
    assert tokens.names == {"ortiz"}


def test_sentence_word_counts_add_up_to_the_article_figures():
    result = run(BRIDGE)
    rows = result.sentence_words
    assert sum(r[0] for r in rows) == result.words
    assert sum(r[1] for r in rows) == round(result.attributed_word_share * result.words)
    assert sum(r[2] for r in rows) == round(result.direct_quote_share * result.words)
    assert all(r[0] >= r[1] >= r[2] >= 0 for r in rows)
