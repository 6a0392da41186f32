"""Actors of an article (framing.story): mentions resolved into identities, naming terms,
attached loaded terms and tone. Every article here is fictional."""

from __future__ import annotations

import os

import pytest

from framing import analyze_text
from framing.story import Actor


def actors(body: str, headline: str = "Town news") -> tuple[Actor, ...]:
    return analyze_text(f"{headline}\n\n{body}").actors


def named(found: tuple[Actor, ...], name: str) -> Actor:
    matches = [a for a in found if a.name == name]
    assert len(matches) == 1, [a.name for a in found]
    return matches[0]


def names(found: tuple[Actor, ...]) -> set[str]:
    return {a.name for a in found}


# -- who is an actor ------------------------------------------------------------------------

def test_people_organisations_governments_and_groups_are_actors_quoted_or_not():
    found = actors("Mayor Tobias Wren met officials of the Brenford Water Board on Monday. "
                   "Russia sent an envoy. Residents gathered outside the hall.\n\n"
                   "The Brenford Water Board said the pipes were old.")
    assert {"Tobias Wren", "Brenford Water Board", "Russia", "residents"} <= names(found)
    assert named(found, "Tobias Wren").type == "person"
    assert named(found, "Russia").type == "government"
    assert named(found, "residents").type == "group"
    assert named(found, "Brenford Water Board").speaker_id is not None
    assert named(found, "Tobias Wren").speaker_id is None  # named, never quoted


def test_places_dates_and_sentence_openers_are_not_actors():
    found = actors("Harrowgate City Council voted on Tuesday to close Marlow Street. "
                   "Emergency vehicles will still cross St. Anne's Road. "
                   "Traffic will move to the Harlan Bridge in March, Ana Ortiz said.")
    found_names = names(found)
    assert "Harrowgate City Council" in found_names and "Ana Ortiz" in found_names
    for wrong in ("Marlow Street", "Emergency", "Tuesday", "March", "Harlan Bridge", "Harrowgate",
                  "St. Anne's Road"):
        assert wrong not in found_names


# -- one identity per actor -----------------------------------------------------------------

def test_surname_and_title_join_the_full_name():
    found = actors("Deputy Mayor Lidia Marsh proposed the closure. Critics attacked Marsh, "
                   "but Ms. Marsh did not back down.")
    marsh = named(found, "Lidia Marsh")
    assert len(marsh.mentions) == 3
    assert [m.text for m in marsh.mentions][1:] == ["Marsh", "Ms. Marsh"]


def test_two_people_with_one_surname_stay_apart():
    found = actors("Adam Smith, the treasurer, praised the budget. Beth Smith, a nurse, "
                   "criticised it. Adam Smith said the budget was fair.")
    assert {"Adam Smith", "Beth Smith"} <= names(found)
    assert len(named(found, "Adam Smith").mentions) == 2
    assert len(named(found, "Beth Smith").mentions) == 1


def test_a_role_goes_to_the_person_who_holds_it_not_to_a_deputy():
    found = actors("Deputy Mayor Lidia Marsh opened the meeting. Later the mayor arrived "
                   "and the mayor spoke briefly.")
    marsh = named(found, "Lidia Marsh")
    assert len(marsh.mentions) == 1  # "the mayor" is somebody else
    mayor = named(found, "mayor")
    assert len(mayor.mentions) == 2


def test_a_role_after_the_person_named_with_it_is_that_person():
    found = actors("Mayor Tobias Wren opened the meeting. Later the mayor left early.")
    assert len(named(found, "Tobias Wren").mentions) == 2
    assert "mayor" not in names(found)


def test_an_institution_role_joins_the_body_named_before_it():
    found = actors("The Harrowgate City Council voted 7-4. Afterwards the council adjourned, "
                   "and the council's chair went home.")
    council = named(found, "Harrowgate City Council")
    assert council.type == "government"
    assert len(council.mentions) == 3
    assert "council" in council.names


def test_pronouns_the_attribution_resolved_are_mentions():
    found = actors("Ana Ortiz runs the shelter. She said the shelter was full.")
    ortiz = named(found, "Ana Ortiz")
    assert [m.text for m in ortiz.mentions] == ["Ana Ortiz", "She"]
    assert ortiz.speaker_id == "s1"


def test_headline_names_count_as_mentions():
    found = actors("Mayor Tobias Wren said the budget was balanced.", headline="Wren defends budget")
    wren = named(found, "Tobias Wren")
    assert wren.mentions[0].text == "Wren" and len(wren.mentions) == 2


def test_a_full_name_in_the_headline_is_one_mention_whatever_the_hash_seed():
    """The headline's forms were once searched in a set's order, which Python's string
    hashing changes from one process to the next: "Gerald Pike" in the headline came out
    as "Pike" in some runs. Three processes with different seeds must agree."""
    import subprocess
    import sys

    script = ("from framing import analyze_text\n"
              "found = analyze_text('Gerald Pike quits over Harbour Road plan\\n\\n'\n"
              "    'Pike said the plan was wrong. Council member Gerald Pike left early.').actors\n"
              "print([(m.text, m.start) for a in found for m in a.mentions])\n")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1
    assert "('Gerald Pike', 0)" in runs.pop()


# -- naming terms and loaded terms ----------------------------------------------------------

def test_naming_terms_titles_appositives_and_the_nouns_a_name_modifies():
    found = actors("Peter Lund, chair of the Marlow Street Traders' Association, spoke first. "
                   "Council member Gerald Pike followed. Mayor Tobias Wren stayed away, and the "
                   "Wren regime did not reply. "
                   "The reckless activists of the Harrowgate Cycling Association cheered.")
    assert "chair of the Marlow Street Traders' Association" in named(found, "Peter Lund").labels
    assert "Council member" in named(found, "Gerald Pike").labels
    wren = [a for a in found if "Wren" in a.name]
    assert wren and "Wren regime" in wren[0].labels
    cyclists = named(found, "Harrowgate Cycling Association")
    assert "reckless activists" in cyclists.labels
    assert {"reckless"} <= {t.entry for t in cyclists.loaded}


def test_a_verb_before_a_name_is_no_naming_term():
    found = actors("The plan was approved, said Gerald Pike, and told Ana Ortiz so.")
    assert named(found, "Gerald Pike").labels == ()


def test_loaded_terms_in_an_actors_clause_attach_to_it_and_not_to_another():
    found = actors("The Brenford Water Board delivered the repairs on time, but the "
                   "Kelso Mining Company brazenly dumped toxic sludge in the river.")
    board = named(found, "Brenford Water Board")
    company = named(found, "Kelso Mining Company")
    assert "brazenly" in {t.entry for t in company.loaded}
    assert "brazenly" not in {t.entry for t in board.loaded}


def test_loaded_words_an_actor_says_do_not_attach_to_it():
    found = actors('Gerald Pike called the decision "a disgraceful debacle," and left.')
    pike = named(found, "Gerald Pike")
    assert not {t.entry for t in pike.loaded} & {"disgraceful", "debacle"}


# -- tone -----------------------------------------------------------------------------------

PRAISE_AND_ATTACK = (
    "Ana Ortiz has done wonderful, generous work for the shelter, and volunteers love her. "
    "Ortiz raised money that saved dozens of families. "
    "Gerald Pike, by contrast, has been a disastrous, dishonest manager. "
    "Pike wasted the budget and ruined the programme.")


def test_an_article_that_praises_one_actor_and_attacks_another_rates_them_apart():
    found = actors(PRAISE_AND_ATTACK)
    ortiz, pike = named(found, "Ana Ortiz"), named(found, "Gerald Pike")
    assert ortiz.tone is not None and pike.tone is not None
    assert ortiz.tone > 0 > pike.tone
    assert ortiz.sentences == 2 and pike.sentences == 2


def test_clauses_split_praise_and_attack_in_one_sentence():
    found = actors("Ana Ortiz kept the shelter open and safe, but Gerald Pike shamefully "
                   "wrecked the budget.")
    assert named(found, "Ana Ortiz").tone > named(found, "Gerald Pike").tone


def test_quoted_insults_lower_the_target_not_the_speaker():
    calm = ("Mayor Tobias Wren opened the new library. Tom Ward attended the opening. "
            "Ward said Wren had opened the library on time.")
    insult = ("Mayor Tobias Wren opened the new library. Tom Ward attended the opening. "
              "Ward said Wren was a disgraceful, corrupt liar.")
    calm_found, insult_found = actors(calm), actors(insult)
    wren_calm, wren_insulted = named(calm_found, "Tobias Wren"), named(insult_found, "Tobias Wren")
    ward_calm, ward_insulting = named(calm_found, "Tom Ward"), named(insult_found, "Tom Ward")
    assert wren_insulted.tone < wren_calm.tone
    assert ward_insulting.tone == pytest.approx(ward_calm.tone)


def test_an_actors_own_quoted_words_do_not_set_its_tone():
    found = actors('Gerald Pike opened the meeting. "This is a horrible, hateful, disgusting '
                   'plan," Pike said.')
    pike = named(found, "Gerald Pike")
    assert pike.tone is not None and pike.tone > -0.05


def test_every_resolved_mention_counts_not_only_the_surname():
    found = actors('Ana Ortiz opened the shelter. "It is full," she said happily, beaming '
                   'with joy.')
    ortiz = named(found, "Ana Ortiz")
    assert ortiz.sentences == 2


def test_an_actor_only_in_quoted_sentences_of_its_own_has_no_tone_from_them():
    found = actors('"We will win," said Gerald Pike.')
    pike = named(found, "Gerald Pike")
    assert pike.sentences == 0 and pike.tone is None


def test_json_keys():
    found = actors("Mayor Tobias Wren said the budget was fair.")
    data = named(found, "Tobias Wren").to_json()
    assert set(data) == {"id", "name", "names", "type", "speaker_id", "mentions", "tone",
                         "sentences", "labels", "loaded"}
    assert data["mentions"][0] == {"start": data["mentions"][0]["start"],
                                   "end": data["mentions"][0]["end"], "text": "Mayor Tobias Wren"}
