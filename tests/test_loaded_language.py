from __future__ import annotations

import json

import pytest

from framing.analyzers import loaded_language
from framing.analyzers.loaded_language import METRICS, Settings, analyze
from framing.errors import SettingsError
from framing.lexicon.matcher import builtin_files, forms, read_entries
from framing.text.readers import parse_article


def article(text: str):
    return parse_article(text.encode("utf-8"), name="t.txt")


def spans(text: str, settings: Settings | None = None, category: str | None = None):
    result = analyze(article(text), settings or Settings())
    return [s for s in result.spans if category is None or s.category == category]


def texts(text: str, category: str | None = None, settings: Settings | None = None) -> list[str]:
    return [s.span.text for s in spans(text, settings, category)]


# --- categories -----------------------------------------------------------------------

def test_emotive_terms():
    found = spans("The junta launched a ploy to slaughter dissent.")
    assert {s.entry for s in found if s.category == "emotive"} >= {"junta", "ploy", "slaughter"}


def test_labels():
    assert "label" in {s.category for s in spans("The thugs and their puppet ran the town.")}


def test_intensifiers():
    text = "It was an unprecedented week. They always win."
    entries = {s.entry for s in spans(text, category="intensifier")}
    assert entries >= {"unprecedented", "always"}


def test_hedges():
    text = "The so-called expert made an alleged payment, apparently."
    entries = {s.entry for s in spans(text, category="hedge")}
    assert entries >= {"so-called", "alleged", "apparently"}


def test_stance_verbs_only_where_they_introduce_speech():
    quoted = 'The minister claimed that the plan works. She conceded: "We were late."'
    assert {s.entry for s in spans(quoted, category="stance_verb")} == {"claim", "concede"}
    assert spans("He said the plan works and told reporters so.", category="stance_verb") == []
    assert spans("Troops attacked the town at dawn.", category="stance_verb") == []


def test_scare_quotes_are_uncredited_short_quotations():
    found = texts("The “reform” left many poorer. Its ‘experts’ were wrong.", "scare_quote")
    assert found == ["reform", "experts"]


def test_credited_short_quotations_are_not_scare_quotes():
    text = 'The senator called the plan "a disaster" on Monday. "Nonsense," he said.'
    assert spans(text, category="scare_quote") == []


def test_long_quotations_and_apostrophes_are_not_scare_quotes():
    text = ("Officials' plans changed. \"We will build a very long road for all of you,\" "
            "the mayor said. It's the Smiths' house.")
    assert spans(text, category="scare_quote") == []


# --- matching -------------------------------------------------------------------------

def test_phrases_and_hyphen_variants():
    assert texts("It was a witch hunt.", "emotive") == ["a witch hunt"]
    assert texts("It was a witch-hunt.", "emotive") == ["a witch-hunt"]


def test_hyphenated_entries_need_the_hyphen():
    assert [s.entry for s in spans("A so-called expert spoke.")] == ["so-called"]
    assert spans("The bay is so called because of its shape.") == []


def test_inflections_match():
    entries = [s.entry for s in spans("Critics demonized him; mobs were slaughtering cattle; "
                                      "juntas fell; heinously so.")]
    assert {"demonize", "slaughter", "heinous", "junta"} <= set(entries)


def test_case_variants_match():
    upper = spans("JUNTA FALLS AS THUGS FLEE")
    assert {s.entry for s in upper} >= {"junta", "thug"}


def test_inflected_forms():
    assert {"slams", "slammed", "slamming"} <= forms("slam", "verb")
    assert {"lying", "lied", "lies"} <= forms("lie")
    assert "brutally" in forms("brutal", "adverb")
    assert "slammed" not in forms("slam", "adverb")


def test_loaded_modifier_takes_in_its_noun_and_neighbours():
    found = spans("It was a brutal, senseless attack on the town.", category="emotive")
    assert [s.span.text for s in found] == ["a brutal, senseless attack"]
    assert found[0].entry == "brutal"
    assert texts("The plan was truly devastating for them.", "emotive") == ["truly devastating"]


def test_loaded_noun_takes_in_its_article_and_describing_word():
    assert texts("Voters rejected the political charade on Monday.", "emotive") == [
        "the political charade"]
    assert texts("Police met the angry thugs.", "label") == ["the angry thugs"]


def test_loaded_term_takes_in_a_word_coordinated_with_it():
    assert texts("It was a hasty and reckless gamble by the board.", "emotive") == [
        "a hasty and reckless gamble"]


def test_loaded_noun_takes_in_its_of_complement():
    assert texts("Critics called it a scourge of modern life in cities.", "emotive") == [
        "a scourge of modern life"]


def test_nearby_loaded_phrases_are_bridged_but_keep_their_terms():
    text = "The junta launched a ploy to slaughter dissent."
    found = spans(text, category="emotive")
    assert [s.entry for s in found] == ["junta", "ploy", "slaughter"]
    assert " ".join(s.span.text for s in found) == "The junta launched a ploy to slaughter dissent"
    assert all(a.span.end + 1 == b.span.start for a, b in zip(found, found[1:]))
    apart = spans("The junta fell. Then a ploy began.", category="emotive")
    assert [s.span.text for s in apart] == ["The junta fell", "a ploy began"]


def test_phrases_start_only_at_lexicon_terms():
    text = "The old town council met. Then the quiet vote of the board passed the plan."
    assert spans(text, category="emotive") == spans(text, category="label") == []


def test_phrases_cover_whole_hyphenated_words():
    assert texts("A war-ravaged town.", "emotive") == ["A war-ravaged town"]
    assert len(spans("The junta-junta thing.", category="emotive")) == 1


def test_title_case_headline_phrase():
    result = analyze(article("Council Backs Disastrous Parking Plan\n\nThe vote was close."), Settings())
    assert [s.span.text for s in result.headline] == ["Disastrous Parking Plan"]


def test_spans_are_exact_offsets():
    text = "Headline here\n\nA shocking move by the “elites” stunned the town."
    doc = article(text)
    for s in analyze(doc, Settings()).spans:
        assert doc.text[s.span.start:s.span.end] == s.span.text


# --- voices ---------------------------------------------------------------------------

def test_quoted_terms_are_counted_apart():
    text = ('The council met on Tuesday. "This is a disgraceful, corrupt scheme," '
            'said a resident. The council approved the budget.')
    result = analyze(article(text), Settings())
    emotive = [s for s in result.spans if s.category == "emotive"]
    assert emotive and all(s.quoted for s in emotive)
    assert result.own_density == 0
    assert result.quoted_density > 0
    assert result.quoted_words > 0 and result.own_words > result.quoted_words


@pytest.mark.parametrize("text", ["The “reform” arrived late.",
                                  "The “experts,” who came late, left."])
def test_scare_quotes_count_as_own_voice(text):
    result = analyze(article(text), Settings())
    assert [(s.category, s.quoted) for s in result.spans] == [("scare_quote", False)]
    assert result.quoted_words == 0


# --- settings -------------------------------------------------------------------------

def test_category_switched_off():
    text = "The so-called regime was brutal."
    settings = Settings(categories=("emotive", "label", "intensifier", "stance_verb", "scare_quote"))
    assert "hedge" not in {s.category for s in spans(text, settings)}
    result = analyze(article(text), settings)
    assert result.category("hedge") is None
    assert "hedge" in {s.category for s in spans(text)}


def test_excluded_entry():
    text = "The junta was brutal."
    assert "junta" in {s.entry for s in spans(text)}
    assert "junta" not in {s.entry for s in spans(text, Settings(exclude=("Junta",)))}


def test_user_lexicon(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my terms\nbudget hawk\tlabel\t2\nsnowplough\temotive  # odd, but mine\n",
                    encoding="utf-8")
    settings = Settings(lexicons=(str(path),))
    found = spans("Every budget hawk hates snowploughs.", settings)
    by_entry = {s.entry: s for s in found}
    assert by_entry["budget hawk"].category == "label"
    assert by_entry["budget hawk"].weight == 2
    assert by_entry["budget hawk"].to_json()["terms"] == [{"entry": "budget hawk", "category": "label", "weight": 2}]
    assert "snowplough" in by_entry
    assert "weight" not in by_entry["snowplough"].to_json()


def test_user_lexicon_overrides_builtin_category(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("regime\tlabel\n", encoding="utf-8")
    found = spans("The regime fell.", Settings(lexicons=(str(path),)))
    assert [(s.entry, s.category) for s in found] == [("regime", "label")]


def test_only_user_lexicon(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("tariff\temotive\n", encoding="utf-8")
    settings = Settings(lexicons=(str(path),), builtin_lexicons=False)
    assert [s.entry for s in spans("The brutal regime raised a tariff.", settings)] == ["tariff"]


@pytest.mark.parametrize("line, problem", [
    ("regime", "expected 'term<TAB>category[<TAB>weight]'"),
    ("regime\tugly", "unknown category 'ugly'"),
    ("regime\temotive\theavy", "weight 'heavy' is not a number"),
    ("regime\temotive\t99", "outside 0 to 10"),
    ("!!!\temotive", "the term has no words"),
])
def test_malformed_user_lexicon_names_file_and_line(tmp_path, line, problem):
    path = tmp_path / "bad.tsv"
    path.write_text(f"# header\nthug\tlabel\n{line}\n", encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        analyze(article("Some text."), Settings(lexicons=(str(path),)))
    message = str(error.value)
    assert message.startswith(f"{path}:3: ")
    assert problem in message


def test_missing_user_lexicon_names_the_file(tmp_path):
    path = tmp_path / "nowhere.tsv"
    with pytest.raises(SettingsError, match="nowhere.tsv: lexicon file not found"):
        analyze(article("Some text."), Settings(lexicons=(str(path),)))


def test_category_weight_scales_densities():
    text = "The brutal regime and its thugs."
    plain = analyze(article(text), Settings())
    heavy = analyze(article(text), Settings(emotive_weight=3))
    assert heavy.own_density > plain.own_density
    assert heavy.category("emotive").own == plain.category("emotive").own


def test_unknown_setting_is_rejected():
    with pytest.raises(ValueError):
        Settings(colour="red")


def test_lexicon_is_compiled_once_per_set_of_files():
    assert loaded_language.load_lexicon(Settings()) is loaded_language.load_lexicon(Settings(top_terms=3))


def test_builtin_lexicons_parse_and_do_not_overlap():
    seen = {}
    for path in builtin_files():
        for entry in read_entries(path, loaded_language.LEXICON_CATEGORIES):
            assert entry.keys not in seen, f"{entry.term} in {path.name} and {seen[entry.keys]}"
            seen[entry.keys] = path.name


# --- metrics --------------------------------------------------------------------------

LOADED = ("Regime Thugs Unleash Savage Crackdown\n\n"
          "The corrupt regime unleashed its thugs on peaceful protesters in a brutal, "
          "shameless display of tyranny. The so-called leaders, a gang of puppets, "
          "claimed that the utterly disgraceful massacre was justified. Their propaganda "
          "machine spewed vile lies all week.\n")
NEUTRAL = ("Council Approves Budget for Road Repairs\n\n"
           "The city council approved the budget for road repairs on Tuesday. The plan "
           "covers twelve streets and two bridges. Work will start in March and finish in "
           "October, the council said. Residents can comment on the schedule online.\n")


def test_loaded_article_scores_higher_than_neutral_one():
    loaded = analyze(article(LOADED), Settings())
    neutral = analyze(article(NEUTRAL), Settings())
    assert loaded.own_density > neutral.own_density
    assert loaded.sentence_share > neutral.sentence_share
    assert loaded.headline_terms > neutral.headline_terms
    emotive = loaded.category("emotive")
    assert emotive.own > neutral.category("emotive").own


def test_top_terms_are_counted():
    result = analyze(article("The junta lied. The junta cheated. The junta was brutal."), Settings())
    top = result.top_terms[0]
    assert (top.entry, top.category, top.own) == ("junta", "emotive", 3)


def test_headline_terms_are_listed():
    result = analyze(article(LOADED), Settings())
    assert result.headline
    assert all(s.span.end <= len("Regime Thugs Unleash Savage Crackdown") for s in result.headline)


def test_json_has_metrics_and_spans():
    data = analyze(article(LOADED), Settings()).to_json()
    json.dumps(data)
    for metric in METRICS:
        assert metric.key in data
    span = data["spans"][0]
    assert set(span) >= {"start", "end", "text", "category", "entry", "quoted"}
    assert set(data["categories"]) == set(loaded_language.CATEGORIES)


def test_neutral_article_has_no_loaded_wording():
    result = analyze(article(NEUTRAL), Settings())
    assert [s for s in result.spans if s.category in loaded_language.WORDING] == []


def test_broken_user_lexicon_stops_the_run_before_any_article_is_analyzed(tmp_path):
    from framing.errors import SettingsError
    from framing.pipeline import prepare
    from framing.settings import Settings

    bad = tmp_path / "bad.tsv"
    bad.write_text("fine\temotive\nno category here\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="bad.tsv:2"):
        prepare(Settings(loaded_language={"lexicons": [str(bad)]}))


# --- counting terms, showing phrases ------------------------------------------------------

def test_a_phrase_of_several_terms_counts_each_term():
    text = "Council Rams Through Disastrous, Shameful Bridge Plan\n\nThe council met on Tuesday.\n"
    result = analyze(article(text), Settings())
    emotive = [s for s in result.spans if s.category == "emotive"]
    assert len(emotive) == 1  # one highlighted phrase
    assert [t.entry for t in emotive[0].terms] == ["ram through", "disastrous", "shameful"]
    assert result.headline_terms == 3
    assert result.category("emotive").own == 3
    one_term = analyze(article("Council Rams Through Bridge Plan\n\nThe council met on Tuesday.\n"),
                       Settings())
    assert one_term.headline_terms == 1
    assert result.own_density > one_term.own_density


def test_an_intensifier_inside_a_phrase_counts_as_an_intensifier():
    result = analyze(article("It was an utterly shameful display."), Settings())
    assert len([s for s in result.spans if s.category == "emotive"]) == 1
    assert result.category("intensifier").own == 1
    assert result.category("emotive").own == 1


# --- inflections only where English makes them -------------------------------------------

@pytest.mark.parametrize("word, form", [
    ("brutal", "brutally"), ("mad", "madder"), ("mad", "maddest"), ("angry", "angrier"),
    ("vile", "vilest"), ("attack", "attacker"), ("boss", "bosses"), ("hero", "heroes"),
    ("slam", "slammed"), ("lie", "lying"), ("panic", "panicked")])
def test_english_inflections(word, form):
    assert form in forms(word)


@pytest.mark.parametrize("word, form", [
    ("brutal", "brutaler"), ("brutal", "brutales"), ("brutal", "brutalest"),
    ("hostile", "hostiler"), ("dangerous", "dangerouser"), ("horrific", "horrificer"),
    ("slaughter", "slaughterred"), ("scandal", "scandales"), ("evil", "evillest")])
def test_no_inflections_english_does_not_make(word, form):
    assert form not in forms(word)


def test_a_german_adjective_is_not_an_english_term():
    assert spans("Ein brutaler Angriff und ein brutales Regime.") == []
    assert [s.span.text for s in spans("They were brutally beaten.")] == ["brutally beaten"]


# --- user categories and .dic lexicons ------------------------------------------------------

FRAMES = [dict(name="economic", colour="#2e7d32", description="money and jobs"),
          dict(name="security", colour="#e65100", description="safety and threat")]
DIC = "%\n1\teconomic\n2\tsecurity\n%\necon*\t1\ntax\t1\nthreat*\t2\nsafe\t2 1\n"


def frame_settings(tmp_path, dic: str = DIC) -> Settings:
    path = tmp_path / "frames.dic"
    path.write_text(dic, encoding="utf-8")
    tsv = tmp_path / "process.tsv"
    tsv.write_text("vote\tprocess\n", encoding="utf-8")
    return Settings(lexicons=(str(path), str(tsv)), user_categories=FRAMES + [
        dict(name="process", colour="#00838f", description="votes and hearings")])


def test_user_categories_from_a_dic_and_a_tsv_lexicon(tmp_path):
    settings = frame_settings(tmp_path)
    text = "The economic threats grew. Taxes rose, not the tax. Safe streets. Council votes."
    found = {(s.span.text, s.category) for s in spans(text, settings)}
    assert {("economic", "economic"), ("threats", "security"), ("tax", "economic"),
            ("Safe", "security"), ("votes", "process")} <= found
    assert ("Taxes", "economic") not in found  # a .dic word without '*' matches as written
    result = analyze(article(text), settings)
    assert result.category("economic").own == 2
    assert result.to_json()["categories"]["process"]["own"] == 1
    rows = [m.key for m in loaded_language.run_metrics([result])]
    assert rows[len(METRICS):] == ["category:economic", "category:security", "category:process"]
    assert getattr(result, "category:economic") == result.category("economic").own_density


def test_user_categories_have_their_own_rows_and_leave_the_loaded_figures_alone(tmp_path):
    text = ("Council Votes On Disastrous Tax Plan\n\nThe council votes on a disastrous tax plan. "
            "Economic threats grew. Residents were outraged by the vote.")
    plain = analyze(article(text), Settings())
    framed = analyze(article(text), frame_settings(tmp_path))
    assert framed.category("economic").own > 0 and framed.category("process").own > 0
    for key in ("own_density", "sentence_share", "headline_terms"):
        assert getattr(framed, key) == getattr(plain, key), key
    assert framed.sample("own_density").units == plain.sample("own_density").units


def test_a_user_category_must_be_declared(tmp_path):
    path = tmp_path / "frames.dic"
    path.write_text(DIC, encoding="utf-8")
    with pytest.raises(SettingsError, match=r"frames.dic:3: unknown category 'security'"):
        loaded_language.load_lexicon(Settings(lexicons=(str(path),), user_categories=FRAMES[:1]))


@pytest.mark.parametrize("name, colour", [("emotive", "#000000"), ("Economic", "#000000"),
                                          ("economic", "green"), ("economic", "#12345")])
def test_bad_user_category_settings_are_rejected(name, colour):
    with pytest.raises(ValueError):
        Settings(user_categories=[dict(name=name, colour=colour, description="x")])


@pytest.mark.parametrize("dic, line, message", [
    ("1\teconomic\n%\ntax\t1\n", 1, "starts with a line holding only '%'"),
    ("%\n1\teconomic\ntax\t1\n", 3, "expected 'number<TAB>category' in the header"),
    ("%\n1\teconomic\n", 2, "the category header has no closing '%'"),
    ("%\n1\teconomic\n1\tsecurity\n%\ntax\t1\n", 3, "category number 1 is used twice"),
    ("%\n1\teconomic\n%\ntax\n", 4, "expected 'word<TAB>category number"),
    ("%\n1\teconomic\n%\n\ntax\t7\n", 5, "category number '7' is not in the header"),
    ("%\n1\teconomic\n%\n*\t1\n", 4, "is not a word or a word ending in '*'"),
    ("%\n1\teconomic\n%\nta*x\t1\n", 4, "is not a word or a word ending in '*'"),
])
def test_malformed_dic_names_file_and_line(tmp_path, dic, line, message):
    path = tmp_path / "bad.dic"
    path.write_text(dic, encoding="utf-8")
    settings = Settings(lexicons=(str(path),), user_categories=FRAMES)
    with pytest.raises(SettingsError) as error:
        loaded_language.load_lexicon(settings)
    assert str(error.value).startswith(f"{path}:{line}: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_user_categories_get_legend_entries_and_colours(tmp_path):
    from framing.report import sections
    from framing.settings import Settings as RunSettings

    settings = RunSettings(loaded_language=frame_settings(tmp_path))
    legend = [(item.css, item.label) for item in sections.loaded_legend(settings)]
    assert ("ll-economic", "economic: money and jobs") in legend
    assert legend[-1][0] == "ll-process"
    styles = str(sections.category_styles(settings))
    assert ".ll-security { font-weight: bold; color: #e65100;" in styles


def test_a_lexicon_matches_the_same_after_it_has_seen_the_words():
    from framing.lexicon.matcher import Entry, Lexicon, subwords

    lexicon = Lexicon([Entry("witch hunt", "label", 1.0, ("witch", "hunt"), (False,)),
                       Entry("witch", "label", 1.0, ("witch",)),
                       Entry("econom*", "label", 1.0, ("econom*",), inflection="none"),
                       Entry("brutal", "emotive", 1.0, ("brutal",))])
    text = "A witch-hunt, a witch, a witch trial and brutally economic Economies."
    words = subwords(text, article(text).words)
    first = lexicon.match(text, words)
    again = lexicon.match(text, words)  # every word now remembered
    assert again == first
    assert [text[m.start:m.end] for m in first] == [
        "witch-hunt", "witch", "witch", "brutally", "economic", "Economies"]


def test_a_matcher_made_again_from_its_state_matches_as_the_compiled_one():
    from framing.lexicon.matcher import Lexicon
    from framing.text.segment import words

    entries = [e for f in builtin_files() for e in read_entries(f, loaded_language.LEXICON_CATEGORIES)]
    compiled = Lexicon(entries)
    again = Lexicon.from_state(compiled.state())
    text = ("The disastrous, shameful scheme was rammed through by radical extremists; "
            "critics slammed the so-called reforms as an outrageous, brutal betrayal.")
    tokens = words(text)
    assert compiled.match(text, tokens) and again.match(text, tokens) == compiled.match(text, tokens)
    assert again.entries == compiled.entries and len(again) == len(compiled)


def test_the_kept_lexicon_is_compiled_afresh_when_a_user_lexicon_changes(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("tariff\temotive\n", encoding="utf-8")
    settings = Settings(lexicons=(str(path),), builtin_lexicons=False)
    loaded_language.compiled_lexicon.cache_clear()
    assert [s.entry for s in spans("A tariff and a levy.", settings)] == ["tariff"]
    loaded_language.compiled_lexicon.cache_clear()  # a new process: read back from the cache
    assert [s.entry for s in spans("A tariff and a levy.", settings)] == ["tariff"]
    path.write_text("tariff\temotive\nlevy\tlabel\n", encoding="utf-8")
    loaded_language.compiled_lexicon.cache_clear()
    assert [s.entry for s in spans("A tariff and a levy.", settings)] == ["tariff", "levy"]
