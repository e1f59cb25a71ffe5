"""Per-article details: read off the article's parse, spans back to the text, names left as written."""

from __future__ import annotations

from newsfuse import text
from newsfuse.annotate import annotate, entities, nlp
from newsfuse.annotate.details import find_details, time_key
from newsfuse.model import Article, Detail
from newsfuse.settings import Settings
from newsfuse.store import codec


def _find(body: str) -> tuple[Detail, ...]:
    article = Article("a", body)
    sentences = text.split(article)
    return find_details(article, sentences, next(nlp.parse([body], [sentences], Settings().spacy_model)))


def test_place_count_and_fate_with_spans_into_the_article() -> None:
    body = (
        "Rescuers worked through the night.\n"
        "The arrest of activist Maria Lopez took place in Caracas on Monday.\n"
        "Officials said 420 people were evacuated.\n"
        "Pedro Alvarez was killed in the attack."
    )
    found = _find(body)
    for d in found:
        assert body[d.span.start : d.span.end] == d.span.text
    place = next(d for d in found if d.kind == "location")
    assert (place.sentence, place.slot, place.value, place.span.text) == (1, "arrest", "Caracas", "Caracas")
    assert ("Maria Lopez", "PERSON") in place.anchors  # as written: the story folds names
    count = next(d for d in found if d.kind == "number")
    assert (count.slot, count.key, count.span.text) == ("evacuate|people", ("420.0", "420.0"), "420 people")
    fate = next(d for d in found if d.kind == "status")
    assert fate.key == ("killed",) and fate.anchors == (("Pedro Alvarez", "PERSON"),)


def test_sentences_without_cues_and_boilerplate_are_skipped() -> None:
    assert _find("The weather was pleasant and calm.\nEveryone enjoyed it.") == ()


def test_a_count_of_a_word_that_says_no_state_is_no_count() -> None:
    """Garbled text ("thousands of federal were affected", a noun lost) once crashed the whole run."""
    found = _find("Officials said thousands of federal were affected. The storm left 12 dead.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [(1, "kill|people")]


def test_a_heading_without_a_full_stop_stays_out_of_the_next_sentence() -> None:
    # each line starts a sentence for spaCy's parser too, so the heading is not part of the next line's tree
    body = "Breaking news from the capital\nIran and Hamas have accused Israel of the killing."
    found = _find(body)
    neg = [d for d in found if d.kind == "negation"]
    assert neg and neg[0].slot == "neg:accuse:iran" and neg[0].span.text == "accused"


def test_what_may_or_should_happen_is_not_a_count_or_a_status() -> None:
    body = (
        "The ferry was licensed to carry 150 passengers.\n"
        "The new ferry could carry 300 people.\n"
        "Activists urged officials to cancel the vote.\n"
        "The ferry was carrying 212 people when it sank.\n"
        "Officials cancelled the vote."
    )
    found = [(d.kind, d.value) for d in _find(body) if d.kind in ("number", "status")]
    assert found == [("number", "212 people"), ("status", "the vote cancelled")]


def test_a_quake_that_strikes_is_an_earthquake_and_who_tells_is_no_anchor() -> None:
    found = _find("The magnitude 5.8 quake struck on Sunday night, AFAD said, and more than 200 people were injured.")
    day = next(d for d in found if d.kind == "date")
    assert (day.slot, day.value) == ("earthquake", "Sunday night")
    counts = [d for d in found if d.kind == "number"]
    assert counts and all(d.anchors == (("AFAD", "SOURCE"),) for d in counts)  # AFAD tells; the counts are not about it


def test_made_to_leave_home_is_evacuated() -> None:
    body = (
        "Floods forced about 4,000 people to leave their homes.\n"
        "Police ordered 300 residents to flee.\n"
        "The 20 guests left the party."
    )
    slots = [(d.slot, d.value) for d in _find(body) if d.kind == "number"]
    assert slots == [("evacuate|people", "about 4,000 people"), ("evacuate|people", "300 residents"),
                     ("leave|people", "20 guests")]


def test_times_keep_their_part_of_day() -> None:
    assert time_key("early Wednesday") == ("weekday", "wednesday", "early")
    assert time_key("3 p.m.") == ("clock", "15", "")
    assert time_key("last year") is None
    assert time_key("late last night") == ("relative", "yesterday", "late")
    assert time_key("this morning") == ("relative", "today", "morning")


def test_details_survive_the_store_codec() -> None:
    body = "The arrest of activist Maria Lopez took place in Caracas on Monday."
    [doc] = annotate([Article("a", body)], Settings(embedder="fake"))
    assert doc.annotations.details
    back = codec.doc_from_bytes(doc.article, codec.doc_to_bytes(doc))
    assert back.annotations.details == doc.annotations.details


def test_a_pronoun_victim_takes_the_person_last_named_in_such_an_event() -> None:
    body = (
        "Rebel commander Omar Hadid was assassinated on Tuesday.\n"
        "The group said its leader was killed in an airstrike on his home in Kabul."
    )
    [place] = [d for d in _find(body) if d.kind == "location"]
    assert (place.slot, place.value, place.anchors) == ("kill", "Kabul", (("Omar Hadid", "PERSON"),))


def test_a_relative_pronoun_or_a_named_victim_is_not_resolved_across_sentences() -> None:
    body = (
        "Rebel commander Omar Hadid was assassinated on Tuesday.\n"
        "In April an attack on an embassy killed several officers in Damascus.\n"
        "It followed a strike that killed two guards in Beirut."
    )
    places = [d for d in _find(body) if d.kind == "location"]
    assert [(d.value, d.anchors) for d in places] == [("Damascus", ()), ("Beirut", ())]  # about no one named


def test_a_known_place_the_model_mistakes_is_still_a_place() -> None:
    # spaCy's small model tags nothing at "Kyiv" here; the place table knows it
    [place] = [d for d in _find("Russian missiles killed 12 people in Kyiv on Monday.") if d.kind == "location"]
    assert (place.slot, place.value, place.anchors) == ("kill", "Kyiv", ())


def test_a_role_belongs_to_an_organisation_the_article_names_elsewhere() -> None:
    body = "Acme Corp recalled 50,000 heaters on Tuesday.\nAcme chief executive Mark Davis said customers would get refunds."
    article = Article("a", body)
    sentences = text.split(article)
    doc = next(nlp.parse([body], [sentences], Settings().spacy_model))
    assert not [d for d in find_details(article, sentences, doc) if d.kind == "person"]  # no name for the company
    mentions = entities.find_mentions(article, sentences, doc)
    [role] = [d for d in find_details(article, sentences, doc, mentions) if d.kind == "person"]
    assert (role.slot, role.value, role.slot_names) == ("role:chief executive", "Mark Davis", (("Acme", "ORG"),))


def _roles(body: str) -> list[tuple[str, str, str]]:
    article = Article("a", body)
    sentences = text.split(article)
    doc = next(nlp.parse([body], [sentences], Settings().spacy_model))
    found = find_details(article, sentences, doc, entities.find_mentions(article, sentences, doc))
    return [(d.slot, d.value, d.slot_names[0][0] if d.slot_names else "")
            for d in found if d.kind == "person" and d.slot.startswith("role:")]


def test_a_role_is_whose_its_name_says_written_before_or_beside_the_person() -> None:
    assert _roles("Austin spoke with Israeli Defense Minister Yoav Gallant on July 31.") == [
        ("role:defense minister", "Yoav Gallant", "Israeli")]  # not the prime minister's role
    assert _roles("Maule’s regional governor, Rodrigo Fuenzalida, said rescue teams were still searching.") == [
        ("role:regional governor", "Rodrigo Fuenzalida", "Maule")]
    assert _roles("Cristián Valdebenito, the regional governor of Maule, said funds were released.") == [
        ("role:regional governor", "Cristián Valdebenito", "Maule")]
    assert _roles("Tim Cook, the former chief executive of Apple, said so.") == []
    # a role of no one named is the story's own where it is particular, not where any company has one
    assert _roles("Natasha Chisenga, the district health director, said cases were falling.") == [
        ("role:district health director", "Natasha Chisenga", "")]
    assert _roles("Denise Marchand, the chief executive, said the deal was fair.") == []


def test_a_role_belongs_to_the_name_right_before_it_not_one_across_punctuation() -> None:
    said = "“We are cooperating fully with the TGA,” Marrick boss Gregor Lindquist said."
    assert ("role:chief executive", "Gregor Lindquist", "TGA") not in _roles(said)
    # the company tagged as a person is still whose boss he is
    boss = "Laurentian Shield boss Paul Lafrenière did not respond to our requests for comment."
    assert _roles(boss) == [("role:chief executive", "Paul Lafrenière", "Laurentian Shield")]


def test_an_evacuation_counts_as_one_however_it_is_told() -> None:
    body = (
        "An explosion killed two workers, forcing about 4,000 residents from their homes.\n"
        "Some 4,000 people living near the plant were ordered out of their homes.\n"
        "About 4,000 residents were told to leave.\n"
        "Nine people were taken to hospital."
    )
    slots = [d.slot for d in _find(body) if d.kind == "number"]
    assert slots == ["kill|worker", "evacuate|people", "evacuate|people", "evacuate|people", "hospitalise|people"]


def test_whether_a_road_is_open_or_closed() -> None:
    found = _find("State Route 7 remains closed near the plant.\nThe airport has reopened.\nShares closed higher.\n"
                  "Drivers should check whether roads are open before they set off.")
    access = [(d.sentence, d.value, d.key) for d in found if d.slot == "access"]
    assert access == [(0, "State Route 7 closed", ("closed",)), (1, "The airport open", ("open",))]


def test_who_resigns_and_who_says_they_will_stay() -> None:
    found = _find(
        "Voicu resigned on Friday.\nVoicu has said she will not resign.\nThe opposition urged Voicu to resign.\n"
        "Voicu has faced calls to step down but has ruled out resigning."
    )
    got = [(d.sentence, d.key) for d in found if d.kind == "status" and d.slot == "resign"]
    assert got == [(0, ("resigns",)), (1, ("stays",)), (3, ("stays",))]


def test_whether_a_named_person_is_held_or_free() -> None:
    found = _find(
        "Police arrested the captain, Juma Mfinanga, on Monday.\nThe gunman, Tom Reed, remains at large.\n"
        "John Smith, who is still on the run, is wanted for murder.\nPolice are trying to arrest Ann Lee.\n"
        "Ann Lee was taken into custody on Friday.\nBob Ray escaped from custody.\n"
        "Dravenia released aid worker Hanna Thorsell and businessman Karel Ostrander.\n"
        "Karel Ostrander was left behind in his prison cell.\nJohn Smith was released from hospital.\n"
        "Suspect Ann Lee in custody after chase\n"  # no verb: nothing to read, and the search for one ends
        "Gary Gomes had been released from prison in 2008.\n"  # an earlier spell
        "Dale Whitcomb was being held without bail at the county jail.\nAlex Crane is now behind bars.\n"
        "Prime Minister Jonas Aldric evaded arrest.\nThe meeting was held on Monday."
    )
    got = [(d.sentence, d.anchors[0][0], d.key) for d in found if d.slot == "custody"]
    assert got == [(0, "Juma Mfinanga", ("arrested",)), (1, "Tom Reed", ("at large",)),
                   (2, "John Smith", ("at large",)), (4, "Ann Lee", ("held",)), (6, "Hanna Thorsell", ("released",)),
                   (6, "Karel Ostrander", ("released",)), (7, "Karel Ostrander", ("held",)),
                   (11, "Dale Whitcomb", ("held",)), (12, "Alex Crane", ("held",)), (13, "Jonas Aldric", ("at large",))]


def test_an_inquiry_opened_or_not() -> None:
    found = _find("Police have launched a criminal investigation into the deal.\nPolice said they had not opened an "
                  "investigation.\nNo investigation has been opened.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "status"] == [
        (0, "act", ("opened",)), (1, "act", ("not opened",)), (2, "act", ("not opened",))]


def test_the_next_meeting_and_an_order_lifted_have_their_own_days() -> None:
    found = _find(
        "The council's next policy meeting is on April 22.\nRate-setters meet again on April 29.\n"
        "The city will hold a public meeting about the explosion on Thursday.\n"
        "It was not until Wednesday that the authorities lifted the evacuation order.\n"
        "The curfew was lifted on March 24.\nHe lifted the box on Monday."
    )
    got = [(d.sentence, d.slot, d.key[1]) for d in found if d.kind == "date"]
    assert got == [(0, "next meeting", "04-22"), (1, "next meeting", "04-29"), (2, "meeting", "thursday"),
                   (3, "lift", "wednesday"), (4, "lift", "03-24")]


def test_a_programme_ended_or_extended() -> None:
    found = _find("The bank extended its bond-buying programme by six months.\n"
                  "The bank wound up its bond-buying scheme.\nThe bank ended its bond-buying program.")
    assert [d.key for d in found if d.slot == "plan"] == [("extended",), ("ended",), ("ended",)]


def test_a_vote_keeps_its_tally() -> None:
    found = _find("The board voted seven to two in favour.\nMembers backed it by six votes to three.")
    assert [d.key for d in found if d.slot == "vote"] == [("split", "7", "2"), ("split", "6", "3")]


def test_a_town_the_table_does_not_know_keeps_the_state_the_article_puts_it_in() -> None:
    found = _find("Two workers were killed in an explosion at a plant in Parkersburg, West Virginia, late Monday.\n"
                  "The blast happened in the Ohio town of Belpre.")
    places = [d.key for d in found if d.kind == "location"]
    assert ("Parkersburg", "west virginia") in places and ("Belpre", "ohio") in places


def test_a_number_in_a_name_counts_nothing_and_a_verb_that_starts_another_is_no_plan() -> None:
    found = _find("State Route 7 remains closed, and Local 644 represents 150 workers.\n"
                  "Inflation expectations had started to drift.\nThe strike began on Monday.")
    assert [d.value for d in found if d.kind == "number"] == ["150 workers"]
    assert [(d.sentence, d.key) for d in found if d.slot == "plan"] == [(2, ("went ahead",))]


def test_a_person_suspended_and_a_gate_opened_are_no_plans() -> None:
    found = _find("Rovers have suspended the club’s head of safety, Viktor Pell.\nStewards opened Gate 7 at 7.35pm.\n"
                  "Police opened fire.\nThe council suspended the stadium’s safety certificate, which means that no "
                  "matches can be played there.\nThe match was abandoned.")
    assert [(d.sentence, d.key, d.anchors) for d in found if d.slot == "plan"] == [
        (3, ("suspended",), (("certificate", ""), ("safety", ""), ("stadium", ""))), (4, ("cancelled",), (("match", ""),))]


def test_a_stop_for_now_and_a_stop_for_good() -> None:
    found = _find("The company has suspended the trial while it investigates.\nThe firm stopped the study for good.\n"
                  "Alderwick halted the trial.\nPolice stopped a car on the road.")
    assert [(d.sentence, d.key) for d in found if d.slot == "plan"] == [
        (0, ("suspended",)), (1, ("ended",)), (2, ("halted",))]


def test_a_toll_with_no_noun_and_jobs_cut_however_told() -> None:
    found = _find("A crush killed 11 people and injured 64.\nAnother 84 were hurt.\nTwo of them were hurt.\n"
                  "Corvane will axe 3,250 jobs.\nThe plant will close with the loss of 2,350 jobs.\n"
                  "The closure puts 2,350 people out of work.\nThe mine employs 400 workers.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "number"] == [
        (0, "kill|people", "11 people"), (0, "injure|people", "64"), (1, "injure|people", "Another 84"),
        (3, "cut|worker", "3,250 jobs"), (4, "cut|worker", "2,350 jobs"), (5, "cut|worker", "2,350 people"),
        (6, "employ|worker", "400 workers")]


def test_the_office_a_named_person_holds() -> None:
    found = _find("Ramon Villaluz, the mayor of Santo Rosendo, ordered everyone to leave.\n"
                  "Governor Ramon Villaluz toured the ruins.\nFormer President Barack Obama spoke.\n"
                  "Prime Minister Keir Starmer said the plan would work.\nA spokesman, Tim Fann, said so.")
    assert [(d.sentence, d.value, d.anchors) for d in found if d.slot == "office"] == [
        (0, "mayor", (("Ramon Villaluz", "PERSON"),)), (1, "governor", (("Ramon Villaluz", "PERSON"),)),
        (3, "prime minister", (("Keir Starmer", "PERSON"),))]


def test_the_day_of_national_mourning_and_not_mourners_at_a_vigil() -> None:
    found = _find("The government has declared Thursday, March 19, a national day of mourning.\n"
                  "The government has declared a national day of mourning on 18 March.\n"
                  "A day of national mourning will be held on Wednesday.\nHundreds gathered to mourn the victims on Sunday.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "date"] == [
        (0, "mourning", ("calendar", "03-19", "")), (1, "mourning", ("calendar", "03-18", "")),
        (2, "mourning", ("weekday", "wednesday", ""))]


def test_the_day_a_plant_or_its_production_closes() -> None:
    found = _find("The factory will shut its gates for good on September 30.\n"
                  "Production will be wound down and end by March 31, 2027.\nThe airport closed on Monday.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "date"] == [
        (0, "closure", ("calendar", "09-30", "")), (1, "closure", ("calendar", "03-31", ""))]


def test_whether_anyone_was_arrested_over_the_story() -> None:
    found = _find("No arrests have been made.\nMr Hostek said no one had been arrested.\nNobody has been detained.\n"
                  "Police arrested the club’s head of safety, Viktor Pell.\nTwo men were arrested.\n"
                  "Police detained 30 protesters.\nHe had been arrested in 2019.\nPolice are trying to arrest the driver.")
    assert [(d.sentence, d.key) for d in found if d.slot == "arrests"] == [
        (0, ("none",)), (1, ("none",)), (2, ("none",)), (3, ("made",)), (4, ("made",))]


def test_a_storm_makes_landfall_with_winds_and_gusts_of_two_speeds() -> None:
    found = _find("Typhoon Soryu made landfall at dawn on 15 October.\n"
                  "It brought sustained winds of 175 km/h and gusts of up to 215 km/h.")
    assert [(d.slot, d.key) for d in found if d.kind == "date"] == [("disaster", ("calendar", "10-15", ""))]
    assert [(d.slot, d.value) for d in found if d.kind == "number"] == [
        ("measure|speed", "175 km/h"), ("measure|gust", "215 km/h")]


def test_what_was_done_with_an_offer_and_the_sum_of_a_package() -> None:
    found = _find("Corvane said it was still considering the government’s offer.\n"
                  "The carmaker turned down a £180m support package.\nBosses snubbed the rescue package.\n"
                  "He declined to comment on the offer.\nThe union may reject the deal.")
    assert [(d.sentence, d.key) for d in found if d.slot == "response"] == [
        (0, ("under consideration",)), (1, ("rejected",)), (2, ("rejected",))]
    assert [(d.slot, d.value) for d in found if d.kind == "number"] == [("package|pound", "£180m")]


def test_the_whole_a_part_is_taken_from_is_no_count() -> None:
    found = _find("Two of the three victims died.\nMost of the 40 workers were evacuated.\nFive workers died.")
    assert [d.value for d in found if d.kind == "number"] == ["Five workers"]


def test_a_prison_term_in_months_however_it_is_written() -> None:
    found = _find("Smith was sentenced on Tuesday to eight years in prison.\nSmith got a 10-year prison sentence.\n"
                  "Smith was jailed for 96 months.\nSmith must also serve three years of supervised release.\n"
                  "Smith faces up to 20 years.")
    terms = [(d.sentence, d.key) for d in found if d.slot == "sentence|month"]
    assert terms == [(0, ("96.0", "96.0")), (1, ("120.0", "120.0")), (2, ("96.0", "96.0"))]


def test_found_guilty_is_a_conviction_and_a_month_dates_only_what_happens_once() -> None:
    found = _find("Smith was found guilty in February.\nSmith was convicted in April.\nThe two men met in November.")
    dates = [(d.sentence, d.slot, d.key) for d in found if d.kind == "date"]
    assert dates == [(0, "convict", ("calendar", "02", "")), (1, "convict", ("calendar", "04", ""))]


def test_hospital_counts_its_own_not_the_injured_nor_those_who_died_there_and_a_plane_lands_or_touches_down() -> None:
    found = _find("A total of 41 passengers were rushed to hospital.\n14 people were treated in hospital.\n"
                  "Two men died in hospital.\nThe jet touched down at 1:05 p.m. in Medan.\n38 people were injured.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [
        (0, "hospitalise|people"), (1, "hospitalise|people"), (2, "kill|man"), (4, "injure|people")]
    assert [(d.slot, d.key) for d in found if d.kind == "time"] == [("land", ("clock", "13", ""))]
    found = _find("Twenty-three people remain in hospital.\nNine people are still being treated in hospital.")
    assert not [d for d in found if d.slot.startswith("hospitalise")]  # some of them, not all


def test_a_disaster_and_its_toll_however_it_is_told() -> None:
    found = _find("The death toll from the landslide rose to 27 on Monday.\nAt least 72 people are confirmed dead.\n"
                  "The number of people killed in the landslide rose to 30.\n"
                  "A mudslide buried 40 homes in Kangema on Sunday, February 1.\nThe landslide struck on Friday night.\n"
                  "Rescue operations were suspended on Monday.")
    counts = [(d.sentence, d.slot, d.key) for d in found if d.kind == "number" and d.slot.startswith("kill")]
    assert counts == [(0, "kill|people", ("27.0", "27.0")), (1, "kill|people", ("72.0", "inf")),
                      (2, "kill|people", ("30.0", "30.0"))]
    days = [(d.sentence, d.slot, d.key) for d in found if d.kind == "date"]
    assert days == [(3, "disaster", ("calendar", "02-01", "")),  # the mudslide's day; no funeral: homes were buried
                    (4, "disaster", ("weekday", "friday", "night"))]
    assert [(d.sentence, d.key) for d in found if d.slot == "plan"] == [(5, ("suspended",))]


def test_what_it_costs_a_tally_for_and_against_and_the_vote_a_mayor_survived() -> None:
    found = _find("The line is expected to cost €840m.\nThe line is budgeted at nearly half a billion euros.\n"
                  "The Nationals made a $160 million offer.\nThe motion got 14 votes in favour and 15 against.\n"
                  "The mayor survived a vote on Thursday.\nThe vote in the council on 22 May was close.\n"
                  "A jury on Tuesday ordered the execution of the killer.")
    costs = [(d.sentence, d.slot, d.key) for d in found if d.slot.startswith("cost")]
    assert costs == [(0, "cost|euro", ("840000000.0", "840000000.0")), (1, "cost|euro", ("400000000.0", "600000000.0"))]
    assert [d.key for d in found if d.slot == "vote" and d.kind == "attribute"] == [("split", "15", "14")]
    days = [(d.sentence, d.slot, d.key) for d in found if d.kind == "date"]
    assert days == [(4, "vote", ("weekday", "thursday", "")), (5, "vote", ("calendar", "05-22", ""))]


def test_who_did_an_act_one_person_does() -> None:
    found = _find("Deputy Governor Cristina Neagu announced the decision.\nMihai Dragomir, the bank's governor, "
                  "announced the decision.\nJudge Thomas Varner handed down the sentence.\nWhitcombe was sentenced by "
                  "Judge Katherine Ellery.\nThe motion was led by Senator John Miller.\nSmith did not announce the decision.\n"
                  "Jones announced the plan.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.slot.startswith("agent:")] == [
        (0, "agent:announce the decision", "Cristina Neagu"), (1, "agent:announce the decision", "Mihai Dragomir"),
        (2, "agent:issue the sentence", "Thomas Varner"), (3, "agent:issue the sentence", "Katherine Ellery"),
        (4, "agent:lead the motion", "John Miller")]


def test_a_group_that_claims_an_attack_and_the_day_a_breach_was_found() -> None:
    found = _find("A hacking group calling itself Black Kestrel has claimed responsibility for the attack.\n"
                  "The company said it discovered the intrusion on Sunday.")
    assert [(d.slot, d.value) for d in found if d.kind == "person"] == [
        ("agent:claim the responsibility", "Black Kestrel")]
    assert [(d.slot, d.key) for d in found if d.kind == "date"] == [("discover", ("weekday", "sunday", ""))]


def test_who_did_an_act_told_in_a_relative_clause_or_a_participle() -> None:
    found = _find("Health minister Sofia Lindgren, who announced the ban, said shops had a week to comply.\n"
                  "Announcing the recall, the agency's director, Dr Paul Okafor, said parents should check their cupboards.\n"
                  "Chief inspector Mara Quint, announcing the closure, thanked residents.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.slot.startswith("agent:")] == [
        (0, "agent:announce the ban", "Sofia Lindgren"), (1, "agent:announce the recall", "Paul Okafor"),
        (2, "agent:announce the closure", "Mara Quint")]


def test_a_recall_its_day_and_its_count_however_it_is_told() -> None:
    found = _find("The regulator ordered the recall on Monday.\nThe recall was ordered on March 3.\n"
                  "Residents recalled on Friday how the water rose.\nIn all, 12 batches are being withdrawn.\n"
                  "So far, 40 people have been evacuated.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "date"] == [
        (0, "recall", ("weekday", "monday", "")), (1, "recall", ("calendar", "03-03", ""))]
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [(3, "recall|batch"), (4, "evacuate|people|total")]


def test_work_that_stops_or_goes_on_is_a_plan_not_a_way_in() -> None:
    found = _find("Production at the plant has stopped.\nThe assembly line was shut down on Friday.\n"
                  "Production of the Acme Widget continued as normal.\nThe bridge was shut.\n"
                  "The gunman stopped at the front desk.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "status"] == [
        (0, "plan", ("halted",)), (1, "plan", ("halted",)), (2, "plan", ("went ahead",)),
        (3, "access", ("closed",))]
    named = next(d for d in found if d.sentence == 2 and d.slot == "plan")
    assert ("production", "") in named.anchors  # shared with a retelling that names no product


def test_a_sum_keeps_its_scale_however_it_is_abbreviated() -> None:
    found = _find("The deal is valued at C$2.4B.\nThe deal is valued at $2.4-billion.\nThe deal is valued at $2.4 billion.")
    assert [(d.sentence, d.value, d.key) for d in found if d.kind == "number"] == [
        (0, "$2.4B", ("2400000000.0", "2400000000.0")), (1, "$2.4-billion", ("2400000000.0", "2400000000.0")),
        (2, "$2.4 billion", ("2400000000.0", "2400000000.0"))]


def test_where_a_plant_or_a_company_is_and_who_owns_it() -> None:
    def sites(body: str) -> list[tuple[str, str, tuple[str, ...], tuple[tuple[str, str], ...]]]:
        return [(d.slot, d.value, d.key, d.anchors) for d in _find(body) if d.slot.startswith("site:")]

    assert sites("The tablets were made at Harwick's packaging plant in Tromsø, Norway.") == [
        ("site:plant", "Tromsø", ("Tromsø", "Norway"), (("Harwick", "ORG"),))]
    assert sites("The cans are filled by Harwick Foods at its Bergen factory.") == [
        ("site:plant", "Bergen", ("Bergen",), (("Harwick", "ORG"),))]  # "its": the sentence's organisations
    assert sites("Bergen-based Fjordline Networks serves 90,000 homes.") == [
        ("site:headquarters", "Bergen", ("Bergen",), (("Fjordline", "ORG"),))]
    assert sites("The decision was based in part on new evidence.") == []
    assert sites("Workers at the plant walked out on Monday.") == []  # no place: nothing to compare


def test_figures_in_words_with_hyphens_spaces_in_thousands_and_a_state_after_the_figure() -> None:
    found = _find("Thirty-one people have now been confirmed dead.\nFORTY-ONE workers were trapped underground.\n"
                  "The campaign starts with 150 000 doses released from the stockpile.\n"
                  "A ferry flipped over in a storm, leaving 41 dead.\n"
                  "Of the 412 cases, 57 have been confirmed by laboratory tests.")
    counts = [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"]
    assert counts == [(0, "kill|people", "31.0"), (1, "trap|worker", "41.0"), (2, "release|dose", "150000.0"),
                      (3, "kill|people", "41.0")]  # the 412 cases are the whole the 57 are of


def test_a_ferry_that_capsizes_or_overturns_and_a_rockfall_are_one_disaster() -> None:
    found = _find("The ferry capsized on Sunday.\nThe MV Mwanga Bora overturned in bad weather on 15 February.\n"
                  "The rockfall happened shortly after 9pm on Sunday night.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "date"] == [
        (0, "disaster"), (1, "disaster"), (2, "disaster")]


def test_a_toll_is_what_befell_its_subject_not_what_describes_it() -> None:
    found = _find("Figures show 41 patients given the drug died, compared with 14 on placebo.\n"
                  "The panel found that 31 participants who received the drug had died.\n"
                  "Officials said 420 people who were evacuated returned home.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "number"] == [
        (0, "kill|patient", ("41.0", "41.0")), (1, "kill|patient", ("31.0", "31.0")),
        (2, "evacuate|people", ("420.0", "420.0"))]


def test_how_long_hostages_were_held_in_days() -> None:
    found = _find("The four were freed after 48 days in captivity.\nShe is free after a 58-day hostage nightmare.\n"
                  "They were freed after nearly seven weeks in captivity.\n"
                  "Clearwell was warned two weeks before the kidnapping.\nHe spent 10 days in hospital.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "number"] == [
        (0, "captivity|day", ("48.0", "48.0")), (1, "captivity|day", ("58.0", "58.0")),
        (2, "captivity|day", ("42.0", "56.0"))]  # "nearly seven weeks": six to eight


def test_a_courts_ruling_its_tally_and_a_release_however_told() -> None:
    found = _find("The nine-judge court ruled 6-3 that the law was void.\n"
                  "Six of the nine judges of the Constitutional Court ruled that the act was unconstitutional.\n"
                  "Judges in Merovia voted by seven to two to rip up the law.\n"
                  "The Constitutional Court on Tuesday 7 April annulled two articles of the act.\n"
                  "The ruling party on Monday named a new leader.\n"
                  "The engineer and three colleagues were freed on Friday, March 6.\n"
                  "The handover took place in the village of Ras Oumar.")
    assert [(d.sentence, d.key) for d in found if d.slot == "vote" and d.kind == "attribute"] == [
        (0, ("split", "6", "3")), (1, ("split", "6", "3")), (2, ("split", "7", "2"))]
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind in ("date", "location") and d.slot != "vote"] == [
        (3, "ruling", ("calendar", "04-07", "")), (5, "release", ("calendar", "03-06", "")),
        (6, "release", ("Ras Oumar",))]


def test_a_sum_written_before_what_it_is() -> None:
    found = _find("The kidnappers quietly dropped their $8m demand.\nThe group had demanded $5m for their release.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [(0, "demand|dollar"), (1, "demand|dollar")]


def test_a_portfolio_before_a_name_is_the_storys_own_role_whatever_the_model_took_the_name_for() -> None:
    found = _find("Infrastructure Minister Marek Kovar said the ministry would send a bill to parliament.\n"
                  "Lidia Sarkany, the infrastructure minister, said a new bill would be put before parliament.\n"
                  "Fuming Infrastructure Minister Lidia Sarkani insisted: “We respect the decision.”\n"
                  "Chief Executive Mark Davis said the firm would cut jobs.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "person"] == [
        (0, "role:infrastructure minister", "Marek Kovar"), (1, "role:infrastructure minister", "Lidia Sarkany"),
        (2, "role:infrastructure minister", "Lidia Sarkani")]


def test_whether_a_ransom_was_paid() -> None:
    found = _find("The gunmen let the four go after pocketing a ransom of around £2 million.\n"
                  "The minister denied that any ransom had been paid to the kidnappers.\n"
                  "“The state did not pay a single cent for their freedom,” he said, adding that no ransom was paid.\n"
                  "The kidnappers demanded a ransom of $5m.\nThe family may pay a ransom.\n"
                  "The council paid £2m for the land.")
    assert [(d.sentence, d.key) for d in found if d.slot == "ransom"] == [
        (0, ("paid",)), (1, ("none",)), (2, ("none",))]


def test_a_sale_completed_and_who_led_the_talks_however_told() -> None:
    found = _find("The sale of the stake to the Hydralis consortium was completed last month.\n"
                  "The talks: Mediation was led by Moussa Tagane, a tribal elder.\n"
                  "The release followed five weeks of talks brokered by Abdou Kerimane, a tribal elder.\n"
                  "The decision was announced by Lufthansa Cargo.")
    assert [(d.sentence, d.key) for d in found if d.slot == "plan"] == [(0, ("completed",))]
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "person"] == [
        (1, "agent:lead the talks", "Moussa Tagane"), (2, "agent:lead the talks", "Abdou Kerimane")]


def test_a_firms_workforce_however_told_and_jobs_laid_off() -> None:
    found = _find("All 460 of Alderwick’s employees were told to keep working.\n"
                  "The news worries the 640 people who work for Alderwick.\nAlderwick employs 640 people.\n"
                  "The firm has 640 staff.\nThe company laid off 200 employees.\nAll 41 of the passengers were rescued.\n"
                  "About 260 people work at the company’s call centre.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"] == [
        (0, "employ|worker", "460.0"), (1, "employ|worker", "640.0"), (2, "employ|worker", "640.0"),
        (3, "employ|worker", "640.0"), (4, "cut|worker", "200.0"), (5, "rescue|people", "41.0"),
        (6, "work|people", "247.0")]  # a site's staff, not the firm's


def test_a_price_a_share_a_market_value_and_a_valuation_are_three_sums() -> None:
    found = _find("Lumivane priced its offering at $24 a share.\nThe company priced its shares at $24.\n"
                  "Cordillera will pay shareholders $19.50 for each Laurentian Shield share.\n"
                  "The debut gave it a market value of about $7.1 billion.\nThe offer price valued the company at $5.1 billion.\n"
                  "The bridge will cost €840m.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number" and d.slot != "measure|share"] == [
        (0, "unit price|dollar"), (1, "unit price|dollar"), (2, "unit price|dollar"), (3, "market value|dollar"),
        (4, "cost|dollar"), (5, "cost|euro")]


def test_a_volcano_erupts_a_crowd_does_not() -> None:
    found = _find("The volcano erupted at around 4 a.m. on Saturday.\nMount Kolewang erupted before dawn on Sunday.\n"
                  "Violence erupted in the capital on Monday.\nThe crowd erupted in cheers on Monday.")
    assert [(d.sentence, d.slot, d.key[1]) for d in found if d.kind == "date"] == [
        (0, "disaster", "saturday"), (1, "disaster", "sunday")]


def test_a_named_persons_age_however_written() -> None:
    found = _find("Raymond Voss, 41, is serving a life sentence.\nInvestigators believe the 46-year-old Voss fled.\n"
                  "The pair met Jane Doe, 5 Main Street, on Monday.")
    assert [(d.sentence, d.value, d.key[0]) for d in found if d.slot == "age"] == [
        (0, "Raymond Voss, 41", "41.0"), (1, "Voss, 46", "46.0")]


def test_a_reward_however_offered_and_a_count_before_the_event() -> None:
    found = _find("A reward of up to $20,000 is being offered for information.\n"
                  "Officials have slapped a $50,000 bounty on his head.\n"
                  "About 3,200 people had already left their homes before this week’s eruption.\n"
                  "About 2,000 people fled ahead of schedule.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "number"] == [
        (0, "reward|dollar", ("0.0", "20000.0")), (1, "reward|dollar", ("50000.0", "50000.0")),
        (3, "evacuate|people", ("1600.0", "2400.0"))]


def test_groundings_blackouts_crushes_and_escapes_have_days() -> None:
    found = _find("The tanker ran aground on a reef early Monday.\nThe tanker struck the Cribyn Ledges on Monday.\n"
                  "The lights went out across the region on Monday evening.\nHomes lost power on Tuesday.\n"
                  "The crush happened on Sunday.\nTwo inmates broke out of the prison on Sunday.\n"
                  "A fire broke out on Sunday.\nThe power of the state grew on Sunday.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "date"] == [
        (0, "disaster"), (1, "disaster"), (2, "disaster"), (3, "disaster"), (4, "disaster"), (5, "escape"), (6, "fire")]


def test_plans_put_off_called_off_for_now_and_told_for_the_future() -> None:
    found = _find("The tour has been put on hold.\nThe concert has been pushed back along with the other dates.\n"
                  "The match was called off.\nThe search had been called off until the volcano calms.\n"
                  "The promoter said the tour will go ahead as planned.\nThe strike will go ahead if talks fail.\n"
                  "Classes resume today.")
    assert [(d.sentence, d.key[0]) for d in found if d.slot == "plan"] == [
        (0, "postponed"), (1, "postponed"), (2, "cancelled"), (3, "suspended"), (4, "went ahead")]


def test_an_inquiry_ordered_or_ruled_out_and_who_leads_it() -> None:
    found = _find("The minister ordered an independent review of the failure.\n"
                  "The minister has ruled out an independent inquiry.\nThe minister commissioned a review.\n"
                  "The review will be chaired by Alan Whitcombe.\nHe ruled the country for years.")
    assert [(d.sentence, d.value) for d in found if d.slot == "act"] == [
        (0, "inquiry opened"), (1, "inquiry not opened"), (2, "inquiry opened")]
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "person"] == [
        (3, "agent:lead the inquiry", "Alan Whitcombe")]


def test_what_did_not_happen_has_no_hour_and_parts_of_a_toll_are_not_it() -> None:
    found = _find("The dummies were not detected at the 2 a.m. count.\n"
                  "Four people died at the scene and two more in hospital.\n"
                  "About 2,300 metric tons of oil leaked.\nAbout 3,200 tonnes had spilled by Wednesday.")
    assert [(d.sentence, d.kind, d.slot) for d in found if d.kind in ("time", "number")] == [
        (2, "number", "spill|tonne"), (3, "number", "spill|tonne")]


def test_others_with_a_verb_of_their_own_and_survivors_brought_out_alive() -> None:
    found = _find("Six miners died and 17 others were rescued after the rockfall.\n"
                  "Four people died at the scene and two others died later in hospital.\n"
                  "By Thursday 17 survivors had been hauled out alive.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "number"] == [
        (0, "kill|worker", "Six miners"), (0, "rescue|people", "17 others"), (2, "rescue|people", "17 survivors")]


def test_a_count_by_an_hour_is_a_floor_and_the_missing_are_counted_beside_their_toll() -> None:
    found = _find("Rescuers had pulled 11 people alive from the rubble by mid-morning.\n"
                  "Twenty-six people have been pulled alive from the ruins.\n"
                  "Seven people were killed and four others are missing.\nTwo people remain missing.\n"
                  "A rockfall trapped 23 workers.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "number"] == [
        (0, "rescue|people", ("11.0", "inf")), (1, "rescue|people", ("26.0", "26.0")),
        (2, "kill|people", ("7.0", "7.0")), (2, "miss|people|beside 7 dead", ("4.0", "4.0")),
        (3, "miss|people", ("2.0", "2.0")), (4, "trap|worker", ("23.0", "23.0"))]


def test_lives_saved_are_no_toll_and_flights_since_a_day_a_total() -> None:
    found = _find("The evacuation saved hundreds of lives.\nAirlines have cancelled a total of 380 flights since Wednesday.\n"
                  "Castelmare airport suspended all flights on Wednesday.\nThe match was suspended.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [(1, "cancel|flight|total")]
    assert [(d.sentence, d.key) for d in found if d.slot == "plan"] == [(2, ("cancelled",)), (3, ("suspended",))]


def test_a_stabbing_injures_and_a_dozen_counts() -> None:
    found = _find("Four people were knifed as commuters fled.\nThe attack left five people with stab wounds.\n"
                  "A dozen people were rushed to hospital.\nFive victims were taken to Kelsworth Royal Infirmary.\n"
                  "All five victims were taken to hospital.\n"
                  "Officials said 11 deaths had been confirmed, and rescuers fear the toll will rise.\n"
                  "Eleven people had been confirmed dead as of Wednesday evening.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind == "number"] == [
        (0, "injure|people", ("4.0", "4.0")), (1, "injure|people", ("5.0", "5.0")),
        (2, "hospitalise|people", ("12.0", "12.0")), (3, "hospitalise|people", ("5.0", "5.0")),
        (5, "kill|people", ("11.0", "inf")), (6, "kill|people", ("11.0", "inf"))]


def test_a_storm_ashore_and_a_volcano_that_blew_have_a_day() -> None:
    found = _find("Irada came ashore near Mellin Bay on Monday night.\nThousands fled when Mount Ardessa blew on Monday night.\n"
                  "The wind blew hard on Monday night.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "date"] == [(0, "disaster"), (1, "disaster")]


def test_passengers_on_board_or_all_of_them_are_how_many_it_carried() -> None:
    found = _find("The ship, which had 2,870 passengers on board, docked on Tuesday.\n"
                  "The line is refunding all 3,120 passengers.\nTwelve passengers were injured.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [
        (0, "carry|people"), (1, "carry|people"), (2, "injure|people")]


def test_an_inquiry_stopped_short_of_or_not_yet_decided_is_not_opened() -> None:
    found = _find("The regulator has so far stopped short of opening a formal investigation.\n"
                  "The regulator said it had not yet decided whether to launch a formal investigation.\n"
                  "The regulator opened a formal investigation into the outage.\nThe regulator could open an investigation.")
    assert [(d.sentence, d.key) for d in found if d.slot == "act"] == [
        (0, ("not opened",)), (1, ("not opened",)), (2, ("opened",))]


def test_who_led_or_fronted_a_news_conference() -> None:
    found = _find("The afternoon press conference was led by chief operating officer Clara Voss.\n"
                  "Henrik Dalsgaard, the chief executive, fronted a news conference at the airport.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "person"] == [
        (0, "agent:lead the conference", "Clara Voss"), (1, "agent:lead the conference", "Henrik Dalsgaard")]


def test_a_structures_collapse_told_by_its_own_verb_has_a_day() -> None:
    found = _find("The span dropped into the river on Monday.\nThe bridge gave way early Wednesday.\n"
                  "The reservoir burst its embankment on Tuesday.\nThe middle of the bridge fell away on Tuesday.\n"
                  "Optimism gave way to despair on Monday.\nShares fell on Monday.\nShe burst into tears on Monday.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "date"] == [
        (0, "disaster"), (1, "disaster"), (2, "disaster"), (3, "disaster")]


def test_who_chairs_a_panel_however_appointed() -> None:
    found = _find("The province asked Mayor Carol Beaudry to chair a task force.\n"
                  "Ontario has appointed Mary Kendall as chair of a task force.\n"
                  "The ministry appointed a committee headed by Rohini Pathiraja.\n"
                  "The government ordered an inquiry, to be led by Rohini Pathiraja.\n"
                  "The police force was led by Tom Hart.\nThey urged Tom Hart to chair the committee.\n"
                  "He was an aide to Mitchell, who later headed President Nixon’s reelection committee.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.slot.startswith("agent:")] == [
        (0, "agent:lead the task force", "Carol Beaudry"), (1, "agent:lead the task force", "Mary Kendall"),
        (2, "agent:lead the committee", "Rohini Pathiraja"), (3, "agent:lead the inquiry", "Rohini Pathiraja"),
        (6, "agent:lead the committee", "Mitchell")]


def test_an_order_lifted_or_still_in_force_and_an_appeal_made_or_not() -> None:
    found = _find("Officials lifted the evacuation order last night.\nThe evacuation order remains in force.\n"
                  "The curfew would remain in place until Friday.\nThe ban will not be lifted.\n"
                  "Marlowe will not appeal against the ban.\nHer lawyers have lodged an appeal.\n"
                  "The club has ruled out an appeal.\nPolice appealed to the public for information.\n"
                  "She could appeal.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.slot in ("order", "appeal")] == [
        (0, "order", "lifted"), (1, "order", "in force"), (2, "order", "in force"),
        (4, "appeal", "none"), (5, "appeal", "appealed"), (6, "appeal", "none")]


def test_where_the_hurt_were_taken_and_how_long_a_ban_is() -> None:
    found = _find("The injured were rushed to Harwick Memorial Hospital.\n"
                  "They were flown to the university hospital in Lausanne.\nHe was taken to hospital in a critical "
                  "condition.\nShe was banned from competition for two years.\nShe was handed a four-year ban.\n"
                  "He was jailed for two years.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.slot in ("hospital", "ban|month", "sentence|month")] == [
        (0, "hospital", ("harwick memorial", "@hospital")), (1, "hospital", ("Lausanne",)),
        (3, "ban|month", ("24.0", "24.0")), (4, "ban|month", ("48.0", "48.0")), (5, "sentence|month", ("24.0", "24.0"))]


def test_acre_feet_are_no_area() -> None:
    found = _find("The tank holds 18,500 acre feet of water.\nThe flood covered 4,200 hectares.")
    assert [(d.sentence, d.value) for d in found if d.slot == "measure|area"] == [(1, "4,200 hectares")]


def test_a_plan_said_to_go_ahead_is_one_told() -> None:
    found = _find("He said the cider weekend would go ahead as planned.\n"
                  "The Supporters’ Trust insisted next week’s protest march will still go ahead, with fans demanding "
                  "answers.\n"
                  "He said the fair would have gone ahead but for the rain.\n"
                  "Councillors scraped the budget through by four votes.\n"
                  "Daniel Okoro, who holds the transport brief, spoke first.")
    assert [(d.sentence, d.key[0]) for d in found if d.slot == "plan"] == [(0, "went ahead"), (1, "went ahead")]


def test_a_person_put_out_of_a_job_has_a_day() -> None:
    found = _find("Kestwick Rovers fired manager Graham Hollis on Monday.\nHollis was axed yesterday morning.\n"
                  "He was told he had lost his job on Sunday evening.\nThe army fired missiles on Tuesday.\n"
                  "The firm dismissed the claims on Wednesday.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "date"] == [
        (0, "dismiss"), (1, "dismiss"), (2, "dismiss")]


def test_sums_shots_and_counts_told_as_later() -> None:
    found = _find("Rovers coughed up £2.5million in compensation.\nRovers paid Cardew compensation of £1.5 million.\n"
                  "Andre Tolliver was shot four times.\nThe officer blasted him six times.\n"
                  "Police fired 30 rounds.\nNine people were later arrested for curfew violations.\n"
                  "A total of 32 revellers were rushed to hospital.\n"
                  "The 9km line will run from the station to Kestle Park Hospital, with 14 stops.\n"
                  "Two bullets struck from the front; one bullet entered his left side.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"] == [
        (0, "compensation|pound", "2500000.0"), (1, "compensation|pound", "1500000.0"), (2, "shoot|shot", "4.0"),
        (3, "shoot|shot", "6.0"), (4, "fire|round", "30.0"), (5, "arrest|people|later", "9.0"),
        (6, "hospitalise|people", "32.0"), (7, "run|stop", "14.0"), (8, "enter|bullet", "1.0")]  # 8: parts of a count


def test_who_leads_a_named_team_and_where_the_ill_were_treated() -> None:
    found = _find("Dr Priya Sandhu, who is leading the outbreak control team, spoke.\n"
                  "The outbreak control team is chaired by Dr Helen Marchbank.\nTremlett will lead the team.\n"
                  "The revellers were treated at Kessingford Community Hospital.\n"
                  "Twenty people needed treatment at Calderbury General Hospital.\n"
                  "She works as a nurse at Calderbury General Hospital.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.slot.startswith("agent:") or d.slot == "hospital"] == [
        (0, "agent:lead the control team", "Priya Sandhu"), (1, "agent:lead the control team", "Helen Marchbank"),
        (3, "hospital", "Kessingford Community Hospital"), (4, "hospital", "Calderbury General Hospital")]


def test_a_day_in_court_is_a_hearing_and_one_to_come_is_the_next() -> None:
    body = (
        "Jones appeared before magistrates on Monday.\n"
        "She made her first appearance in court on Tuesday.\n"
        "Smith is due to appear at Truro Crown Court on June 19.\n"
        "The case will be heard on Friday.\n"
        "He appeared on television on Monday.\n"
        "Residents heard a bang on Sunday."
    )
    days = [(d.sentence, d.slot, d.value) for d in _find(body) if d.kind == "date"]
    assert days == [(0, "hearing", "Monday"), (1, "hearing", "Tuesday"), (2, "next hearing", "June 19"),
                    (3, "next hearing", "Friday")]


def test_counts_of_some_of_the_hurt_or_of_animals_that_died_are_other_counts() -> None:
    found = _find(
        "Twenty-two children were hurt.\nTwo children were critically injured.\n"
        "Six people wounded in the fighting were still being treated at the hospital.\n"
        "Some 61,500 hens have been killed.\nSeveral hundred hens died overnight."
    )
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [
        (0, "injure|child"), (1, "seriously injure|child"), (3, "kill|hen"), (4, "die|hen")]


def test_a_role_holder_sacked_held_it_before_and_a_day_as_of_is_no_events() -> None:
    found = _find(
        "In January, the president sacked her army chief, General Dorin Kessler.\n"
        "The army chief, General Ilie Varga, pledged support.\n"
        "As of Tuesday evening, the fire was 20 percent contained.\nThe fire started on Sunday afternoon.\n"
        "John Smith, a police officer, was hurt.\nDr Miriam Achterberg, the chief veterinary officer, spoke.\n"
        "California Highway Patrol Officer Brad Baehr said it happened at 2 a.m."
    )
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind in ("person", "date")] == [
        (1, "role:army chief", "Ilie Varga"), (3, "fire", "Sunday afternoon"),
        (5, "role:chief veterinary officer", "Miriam Achterberg")]


def test_a_body_found_a_tour_vowed_to_go_on_an_election_scheduled_and_a_coup_led() -> None:
    found = _find(
        "Marsh was found dead in his suite on Wednesday, March 12.\n"
        "Bandmates have vowed the Long Way Down tour WILL go on.\n"
        "The presidential election, which had been scheduled for October 12, is now in doubt.\n"
        "The coup, led by army chief of staff General Ilie Varga, toppled the president.\n"
        "He went on to win the race on Sunday.\nMr Henshaw has not been arrested."
    )
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind in ("date", "status", "person")]
    assert got == [(0, "discover", "Wednesday, March 12"), (1, "plan", "the Long Way Down tour went ahead"),
                   (2, "election", "October 12"), (3, "agent:lead the coup", "Ilie Varga"), (4, "win", "Sunday"),
                   (5, "custody", "Henshaw not arrested")]


def test_a_ballot_closes_on_its_day_and_a_recommendation_accepts_nothing() -> None:
    found = _find("The ballot of the union's 6,400 drivers closes on 27 March.\nMembers will vote in a ballot closing on "
                  "March 20.\nThe executive is recommending that members accept the deal.\nMembers rejected the offer.")
    assert [(d.sentence, d.slot, d.key) for d in found if d.kind in ("date", "status")] == [
        (0, "ballot_close", ("calendar", "03-27", "")), (1, "ballot_close", ("calendar", "03-20", "")),
        (3, "response", ("rejected",))]


def test_a_crush_has_the_day_of_its_toll_and_counts_at_the_scene_or_at_a_gate_are_not_the_toll() -> None:
    found = _find("The crush that killed seven people at Castlebrook Road on Monday night shocked the league.\n"
                  "NINE football fans were crushed to death.\n"
                  "Six people died at the scene outside the East Stand.\n"
                  "Fans were caught behind the Gate 7 turnstiles.\n"
                  "The youngest victim was a 16-year-old schoolgirl from Dunmore.\n"
                  "Meridian's negotiating team was led by chief operating officer Colin Mabry.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind in ("date", "number", "person")]
    assert got == [(0, "disaster", "Monday night"), (0, "kill|people", "seven people"), (1, "kill|people", "NINE fans"),
                   (2, "die at the scene|people", "Six people"), (5, "agent:lead the Meridian team", "Colin Mabry")]


def test_a_verdict_counts_the_charges_picked_out_and_a_judge_sets_sentencing_and_bail() -> None:
    found = _find("Jurors found Valdane, 58, guilty on nine of the 12 counts he faced.\n"
                  "Judge Miriam Oduya set sentencing for September 16.\n"
                  "The judge allowed Brennick to remain free on bond.\n"
                  "More than 300 operations have been cancelled.\n"
                  "Two of the victims died in hospital.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind in ("date", "number", "status")]
    assert got == [(0, "convict|count", "nine counts"), (0, "age", "Valdane, 58"), (1, "sentence", "September 16"),
                   (2, "custody", "Brennick released"), (3, "cancel|operation", "More than 300 operations")]


def test_a_hyphened_count_sizes_what_it_qualifies_and_a_city_of_people_is_no_toll() -> None:
    found = _find("In Tashkala, a city of about 310,000 people, the six-storey Hotel Arkana collapsed.\n"
                  "The four-storey Arkana Hotel folded like a pack of cards.\n"
                  "The party crashed to 106 seats, short of a majority in the 240-seat National Assembly.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind == "number"]
    assert got == [(0, "size|arkana hotel|storey", "six storey"), (1, "size|arkana hotel|storey", "four storey"),
                   (2, "crash|seat", "106 seats"), (2, "size|assembly national|seat", "240 seat")]


def test_core_inflation_is_another_measure_and_a_site_or_a_vague_count_is_not_the_workforce() -> None:
    found = _find("Core inflation stood at 4.9 per cent.\nInflation hit 6.1 per cent in January.\n"
                  "The Pellingham bakery on Station Road employs 1,150 people.\n"
                  "Up to 600 jobs are at risk at Pellingham's bakery in Hexley, which employs 1,150 people.\n"
                  "Hundreds of jobs at Hexley's biggest employer could be at risk.\n"
                  "Pellingham employs about 4,800 people.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind == "number"]
    assert got == [(0, "measure|core inflation", "4.9 per cent"), (1, "measure|inflation", "6.1 per cent"),
                   (2, "employ|people", "1,150 people"), (3, "employ|people", "1,150 people"),
                   (5, "employ|worker", "about 4,800 people")]


def test_pence_are_a_pound_s_hundredths_and_a_closing_price_is_not_a_cost() -> None:
    found = _find("Brantwell is offering 421p for every Pellingham share.\n"
                  "The cash offer of 412 pence per share was rejected.\n"
                  "It is a premium of 38% to the closing price of 298.5 pence on Friday.\n"
                  "The meeting starts at 5 p.m. and a stamp now costs 85p.")
    got = [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number" and "pound" in d.slot]
    assert got == [(0, "unit price|pound", "4.21"), (1, "unit price|pound", "4.12"),
                   (2, "closing price|pound", "2.985"), (3, "cost|pound", "0.85")]


def test_a_chairman_is_a_chair_and_not_missed_until_denies_nothing() -> None:
    found = _find("Pellingham's chairman Graham Eldwick said the board had turned down the approach.\n"
                  "The men were not missed until the 6 a.m. roll call.")
    assert {(d.sentence, d.kind, d.slot) for d in found if d.kind in ("person", "negation")} == {
        (0, "person", "role:chair"), (0, "negation", "neg:turn:board")}  # what the chairman said the board did


def test_one_among_those_recaptured_is_held_and_escaped_lags_are_inmates() -> None:
    found = _find("Ringleader Victor Halloran, 41 - a killer serving life - was among the three recaptured, in a manhunt.\n"
                  "EIGHT dangerous lags broke out of a top-security jail.\n"
                  "A guard is suspected of helping seven inmates escape.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind in ("status", "number") and d.slot != "age"]
    assert got == [(0, "custody", "Victor Halloran arrested"), (1, "escape|inmate", "EIGHT lags"),
                   (2, "escape|inmate", "seven inmates")]


def test_a_named_index_or_currency_moves_by_a_share_however_the_move_is_told() -> None:
    found = _find("The Halden Composite plunged 3.2% as investors dumped property stocks.\n"
                  "The benchmark Halden Composite index closed 2.3% lower.\n"
                  "The Halden Composite lost 198 points, or 2.3%, to close at 8,412.\n"
                  "The estra rose 1.8% against the dollar.\n"
                  "Acme's shares fell 6.4%.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind == "number"]
    assert got == [(0, "measure|move of halden composite", "3.2%"), (1, "measure|move of halden composite", "2.3%"),
                   (2, "measure|move of halden composite", "2.3%"), (3, "measure|move of estra", "1.8%"),
                   (4, "measure|share", "6.4%")]


def test_a_press_conference_is_its_speaker_s_and_a_ship_capsizes_off_a_cape() -> None:
    found = _find("Rupert Aldane, Brantwell's chief executive, had made his case at a press conference in Manchester.\n"
                  "Aldane told reporters at a press conference in London.\n"
                  "The vessel capsized off Punta Selva, at the southern tip of Pelarga Island.")
    got = [(d.sentence, d.slot, d.value, d.anchors) for d in found if d.kind == "location"]
    assert got == [(0, "briefing", "Manchester", (("Rupert Aldane", "PERSON"),)),
                   (1, "briefing", "London", (("Aldane", "PERSON"),)), (2, "disaster", "Punta Selva", ())]


def test_an_airport_that_stayed_shut_and_a_warning_issued_or_not() -> None:
    found = _find("Tashkala's airport has stayed shut since the quake.\n"
                  "Tashkala airport reopened to relief flights at 4 p.m.\n"
                  "No weather warning had been issued for the strait when the ferry left.\n"
                  "The ferry set off despite a gale warning issued hours before it sailed.")
    got = [(d.sentence, d.slot, d.value, d.anchors) for d in found if d.kind == "status"]
    assert got == [(0, "access", "Tashkala's airport closed", (("tashkala", ""), ("airport", ""))),
                   (1, "access", "Tashkala airport open", (("tashkala", ""), ("airport", ""))),
                   (2, "act", "warning not issued", (("warning", ""),)), (3, "act", "warning issued", (("warning", ""),))]


def test_who_leads_a_manhunt_or_chairs_a_board_however_told() -> None:
    found = _find("Detective Chief Inspector Owen Tasker, who is leading the manhunt, spoke.\n"
                  "The manhunt is being led by Detective Superintendent Maria Castellane of Wendmoor Police.\n"
                  "MSA administrator Ramon Ilustre said he would personally chair a board of inquiry.\n"
                  "The board was convened last Wednesday and is chaired by the deputy administrator, Carla Benitez.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "person" and d.slot.startswith("agent:")] == [
        (0, "agent:lead the manhunt", "Owen Tasker"), (1, "agent:lead the manhunt", "Maria Castellane"),
        (2, "agent:lead the board", "Ramon Ilustre"), (3, "agent:lead the board", "Carla Benitez")]


def test_a_crew_is_counted_however_the_count_is_told() -> None:
    found = _find("The ferry's 21 crew members have all been accounted for.\n"
                  "It was carrying 142 passengers and 18 crew.\nIts manifest listed 18 crew.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number" and "crew" in d.slot] == [
        (0, "carry|crew", "21.0"), (1, "carry|crew", "18.0"), (2, "carry|crew", "18.0")]


def test_the_aged_governor_is_the_one_governor_the_article_names() -> None:
    found = _find("Governor Teodor Vasquel, 58, insisted he had no choice.\n"
                  "The 61-year-old governor said rates would stay high.\n"
                  "The 44-year-old mayor was not named.")
    assert [(d.sentence, d.value, d.anchors) for d in found if d.slot == "age"] == [
        (0, "Teodor Vasquel, 58", (("Teodor Vasquel", "PERSON"),)), (1, "Vasquel, 61", (("Vasquel", "PERSON"),))]
    two = _find("Governor Teodor Vasquel spoke. Deputy Governor Ilse Brannok did not.\nThe 61-year-old governor left.\n"
                "Governor Anna Holt and Governor Teodor Vasquel met.\nThe 52-year-old governor left.")
    assert [d.value for d in two if d.slot == "age"] == []  # two governors: which is 52 is not told


def test_the_mayor_or_the_58_year_old_is_the_one_the_article_names_so() -> None:
    found = _find("Mayor Ellis Valdane, 58, was found guilty.\nThe mayor was remanded in custody.\n"
                  "Police later arrested the 58-year-old at his home.\nThe 40-year-old was released.")
    assert [(d.sentence, d.value) for d in found if d.slot == "custody"] == [
        (1, "Valdane held"), (2, "Valdane arrested")]  # no one named is 40


def test_job_cuts_at_a_named_site_are_that_site_s_and_babies_being_treated_are_not_all_taken_to_hospital() -> None:
    found = _find("The Lisgar office loses about 300 roles.\n"
                  "At its Port Averly customer support centre, about 600 jobs will go.\n"
                  "Quillon Systems said it would cut about 4,200 jobs.\nCritics said it was axing 4,800 jobs.\n"
                  "Corvane will close its Hollinsford plant with the loss of 2,350 jobs.\n"
                  "Five babies have now been treated in hospital.\nFour babies are being treated at the hospital.")
    got = [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"]
    assert got == [(0, "cut at lisgar|worker", "240.0"), (1, "cut at port averly|worker", "500.0"),
                   (2, "cut|worker", "3990.0"), (3, "cut|worker", "4800.0"), (4, "cut at hollinsford|worker", "2350.0"),
                   (5, "hospitalise|baby", "5.0"), (6, "treat|baby", "4.0")]


def test_a_role_qualified_by_a_nationality_word_after_the_name() -> None:
    found = _find("Milan Oresko, the Teravian foreign minister, rejected the claims.")
    assert [(d.slot, d.slot_names) for d in found if d.kind == "person"] == [
        ("role:foreign minister", (("Teravian", "NORP"),))]


def test_one_among_the_dead_or_pulled_alive_and_a_report_signed_and_batches_pulled() -> None:
    found = _find("Tragic bus driver Declan Farrow, 54, was among the dead.\n"
                  "The bus driver, Declan Farrow, 54, from Ardmore Park, was pulled alive from the water.\n"
                  "The report was signed off by chartered engineer Rachel Oduya.\n"
                  "The report, signed by senior engineer Martin Kilbride, recommended repairs.\n"
                  "Brennick Foods has pulled five batches of its formula.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.kind in ("status", "person", "number") and d.slot != "age"]
    assert got == [(0, "fate", "Declan Farrow killed"), (1, "fate", "Declan Farrow survived"),
                   (2, "agent:sign the report", "Rachel Oduya"), (3, "agent:sign the report", "Martin Kilbride"),
                   (4, "recall|batch", "five batches")]


def test_an_age_told_as_a_year_old_apposition_and_who_oversees_a_restructuring() -> None:
    found = _find("Mr Edvik, 49, appeared before the court on Monday.\n"
                  "At the centre of the affair is Tomas Edvik, a 46-year-old design engineer.\n"
                  "Finance chief Harlan Voss will oversee the restructuring, the company said.")
    got = [(d.sentence, d.slot, d.value) for d in found if d.slot == "age" or d.slot.startswith("agent:")]
    assert got == [(0, "age", "Edvik, 49"), (1, "age", "Tomas Edvik, 46"),
                   (2, "agent:oversee the restructuring", "Harlan Voss")]


def test_matches_left_to_play_are_no_one_leaving_home() -> None:
    found = _find("Rovers sit 18th, two points from safety with ten matches left.\nSome 300 people left their homes.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [(0, "leave|match"), (1, "evacuate|people")]


def test_those_airlifted_are_a_count_of_their_own_but_airlifted_to_hospital_are_hospitalised() -> None:
    found = _find("The 31 people airlifted to safety included a baby.\n"
                  "Rescue boss Thomas Brennick said 23 people had been winched to safety by helicopter.\n"
                  "Two people were airlifted to hospital.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [
        (0, "airlift|people"), (1, "airlift|people"), (2, "hospitalise|people")]


def test_who_ordered_the_evacuation() -> None:
    found = _find("Mayor Helen Marsh ordered the evacuation of riverside streets at 10.05pm.")
    assert [(d.slot, d.value) for d in found if d.slot.startswith("agent:")] == [
        ("agent:order the evacuation", "Helen Marsh")]


def test_an_approximate_figure_is_as_loose_as_its_digits() -> None:
    found = _find("The firm will cut about 4,200 jobs.\nNearly 200 people were hurt.\n"
                  "About 4.5 million people lost power.")
    ranges = [(d.span.text, d.key) for d in found if d.kind == "number"]
    assert ranges == [("about 4,200 jobs", ("3990.0", "4410.0")),  # given to the hundred: rounded by 5% at most
                      ("Nearly 200 people", ("160.0", "240.0")),  # a round figure: up to a fifth
                      ("About 4.5 million people", ("4275000.0", "4725000.0"))]  # "about" before the whole figure


def test_a_count_is_of_what_was_done_to_them_and_a_running_total_is_another_count() -> None:
    found = _find("The hospital said it had treated 19 people injured in the protests.\n"
                  "A total of 131 people have been detained since protests began on Saturday.\n"
                  "Police arrested 87 people during the clashes.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"] == [
        (0, "treat|people", "19.0"),  # one hospital's patients, not everyone injured
        (1, "arrest|people|total", "131.0"), (2, "arrest|people", "87.0")]


def test_a_closure_told_as_over_is_no_state() -> None:
    found = _find("The airport's single runway was closed overnight.\nThe road was closed for several hours.\n"
                  "The bridge remains closed.\nThe runway reopened on Wednesday afternoon.")
    assert [(d.sentence, d.value) for d in found if d.slot == "access"] == [
        (2, "The bridge closed"), (3, "The runway open")]


def test_an_age_after_a_name_the_model_took_for_a_place_and_counts_of_two_things_joined_by_and() -> None:
    found = _find("Moraghan, 44, was pronounced dead at the scene.\n"
                  "The flight was carrying 132 passengers and five crew members.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"] == [
        (0, "age", "44.0"), (1, "carry|people", "132.0"), (1, "carry|crew", "5.0")]  # no range of 132 to five
    assert next(d.anchors for d in found if d.slot == "age") == (("Moraghan", "PERSON"),)


def test_who_led_a_rescue_or_commanded_an_operation_named_beside_their_role() -> None:
    found = _find("The rescue was led by Korvane's group safety manager, Johannes Pretorius, with teams in support.\n"
                  "The rescue operation was led by Dawid Mostert, a brigade captain.\n"
                  "Police went in at 1.20am, said Assistant Chief Constable Martin Okafor, who commanded the operation.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind == "person"] == [
        (0, "agent:lead the rescue", "Johannes Pretorius"),  # the manager named beside the role, not Korvane
        (1, "agent:lead the rescue", "Dawid Mostert"), (2, "agent:lead the operation", "Constable Martin Okafor")]


def test_homes_without_power_however_counted_and_a_cause_ruled_out_or_not() -> None:
    found = _find("In all, 650,000 homes were left without power.\nAcross the province, 412,000 households lost power.\n"
                  "The operator ruled out sabotage or a cyberattack on Monday night.\n"
                  "Grid bosses refused to rule out a cyber attack.\nPolice have not ruled out foul play.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"] == [
        (0, "lose power|home", "650000.0"), (1, "lose power|home", "412000.0")]
    assert [(d.sentence, d.anchors[0][0], d.key) for d in found if d.slot == "act"] == [
        (2, "sabotage", ("ruled out",)), (2, "cyberattack", ("ruled out",)),
        (3, "cyberattack", ("not ruled out",)), (4, "foulplay", ("not ruled out",))]


def test_an_appeal_told_in_reported_speech_and_counts_the_tagger_or_a_leading_of_hid() -> None:
    found = _find("A spokesperson told the Post the company would not appeal the suspension.\n"
                  "The firm said it would appeal the decision.\nThe club would appeal if the ban stood.\n"
                  "Eleven people were injured during the evacuation, most of them on the slides.\n"
                  "Of the nine people injured, four were treated in hospital.\nOf the 412 cases, 57 were confirmed.")
    assert [(d.sentence, d.key) for d in found if d.slot == "appeal"] == [(0, ("none",)), (1, ("appealed",))]
    assert [(d.sentence, d.key[0]) for d in found if d.slot == "injure|people"] == [(3, "11.0"), (4, "9.0")]
    assert not [d for d in found if d.sentence == 5 and d.kind == "number" and d.key[0] == "412.0"]  # the whole


def test_a_verb_told_yes_or_no_with_its_named_subject_and_object_also_in_reported_speech() -> None:
    found = _find("Castellane did not attend the hearing in Varnholm.\nCastellane attended both days of the hearing.\n"
                  "Police said they had not received any referral.\nResidents said no evacuation order had been issued.\n"
                  "They attended the hearing.\nThe agency denied that it had received a referral.\n"
                  "Payton said the Saints would not have placed Bush on injured reserve if they were still fighting.\n"
                  "Henshaw has not been arrested or charged, she said.")
    negations = [(d.sentence, d.slot, d.key[0], [a for a, label in d.anchors if label == "OBJECT"])
                 for d in found if d.kind == "negation"]
    assert negations == [
        (0, "neg:attend:castellane", "not", ["hearing"]), (1, "neg:attend:castellane", "yes", ["day", "hearing"]),
        (2, "neg:receive:police", "not", ["referral"]), (3, "neg:issue:order", "not", ["evacuation order"]),
        (4, "neg:attend:they", "yes", [])]  # no object for a pronoun's act; a denial is no report of the act, nor
    # what would have been done, and an arrest is custody's


def test_counts_still_missing_added_to_another_or_of_a_whole_crew() -> None:
    found = _find("For the families of the 13 people still missing, the waiting goes on.\n"
                  "Eleven people remain unaccounted for.\nA further 61 birds were brought in on Thursday.\n"
                  "All 23 crew were winched to safety.\nOne crew member was kept in hospital overnight.\n"
                  "Six people wounded in the fighting were still being treated.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"] == [
        (0, "miss|people", "13.0"), (1, "miss|people", "11.0"), (3, "carry|crew", "23.0"),
        (4, "keep|crew member", "1.0")]


def test_a_day_the_model_missed_a_day_told_on_a_second_verb_and_a_past_role() -> None:
    found = _find("The vessel grounded on Kessel Reef in the early hours of 3 March.\n"
                  "A freight train derailed and caught fire late Tuesday.\n"
                  "Gustav Renn, the federation's president when she won her silver, was heartbroken.\n"
                  "The tribunal, chaired by the lawyer Oskar Brandt, sat for two days.\n"
                  "Eight miners were killed in a rockfall, and their families are demanding answers tonight.")
    assert [(d.sentence, d.slot, d.value) for d in found if d.kind in ("date", "person")] == [
        (0, "disaster", "3 March"), (1, "crash", "late Tuesday"), (3, "agent:lead the panel", "Oskar Brandt")]
    assert not [d for d in found if d.kind == "number" and d.sentence == 0]  # "3 March" counts no March


def test_a_tribunals_size_is_a_panels_and_a_year_that_names_a_championship_dates_no_count() -> None:
    found = _find("Castellane, the 2023 world championships silver medallist, was banned after a five-member panel "
                  "upheld the charge.\nThe three-member tribunal sat for two days.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.slot.startswith("size|")] == [
        (0, "size|panel|member", "5.0"), (1, "size|panel|member", "3.0")]


def test_a_plan_gone_ahead_with_decided_against_or_begun_and_one_that_goes_on_with_others() -> None:
    found = _find("Officials went ahead with a controlled burn of the tankers.\n"
                  "On Thursday, officials decided against a controlled burn of the tank cars.\n"
                  "Salvage crews began pumping the remaining oil on Wednesday.\n"
                  "The tour went ahead on Friday, with a string of guest singers.\n"
                  "Expectations had started to drift.")
    assert [(d.sentence, d.key[0], [a for a, _ in d.anchors]) for d in found if d.slot == "plan"] == [
        (0, "went ahead", ["burn", "tanker"]), (1, "cancelled", ["burn", "car", "tank"]), (2, "went ahead", ["oil"]),
        (3, "went ahead", ["tour"])]


def test_an_investigator_in_charge_named_beside_or_after_the_bodys_acronym() -> None:
    body = ("The Federal Rail Safety Board (FRSB) opened an investigation on Wednesday.\n"
            "FRSB investigator-in-charge Martin Delacroix said the team had finished.\n"
            "Ruth Okafor, the board's investigator-in-charge, said the work would take weeks.")
    [doc] = annotate([Article("a", body)], Settings(embedder="fake"))
    assert [(d.sentence, d.slot, d.value, d.slot_names) for d in doc.annotations.details if d.kind == "person"] == [
        (1, "role:investigator in charge", "Martin Delacroix", (("FRSB", "ORG"),)),
        (2, "role:investigator in charge", "Ruth Okafor", (("board", "OWNED"),))]


def test_days_of_a_lasting_event_and_figures_over_a_window_or_for_each_year() -> None:
    found = _find("The dam breached at about 2:15 a.m. on Tuesday.\nThe bank failed on Friday.\n"
                  "The stoppage is due to end at 7am on Thursday.\n"
                  "Nurses completed the second day of a 48-hour strike on Wednesday.\n"
                  "The fire broke out at around 1.40am on Thursday 13 March in a flat of the block.\n"
                  "In total, 1,130 operations were postponed across the two days.\n"
                  "The offer amounted to 1.75 per cent in each of the next two years.\n"
                  "Of the sick, 88 percent ate the skewers, compared with under 5 percent of those who stayed well.\n"
                  "Some 112 mm of rain fell in the 24 hours to 9 p.m. on Monday.\n"
                  "Organisers have axed the night market.\nHe was not admitted to hospital.\n"
                  "The inmates broke out in the early hours of Wednesday through a shaft.")
    assert [(d.sentence, d.kind, d.slot, d.value) for d in found if d.kind in ("date", "time")] == [
        (0, "time", "disaster", "about 2:15 a.m."), (0, "date", "disaster", "Tuesday"),
        (4, "date", "fire", "Thursday 13 March"),  # (1.40am is no time the tagger knows)
        (11, "date", "escape", "Wednesday")]
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [
        (5, "postpone|operation|total"), (6, "measure|increase a year")]
    assert [(d.sentence, d.key[0]) for d in found if d.slot == "plan"] == [(3, "completed"), (9, "cancelled")]
    assert [(d.sentence, [a for a, label in d.anchors if label == "OBJECT"]) for d in found if d.kind == "negation"
            and d.sentence == 10] == [(10, ["hospital"])]


def test_strikers_counted_however_the_strike_is_told_and_no_jobs_lost_by_striking() -> None:
    found = _find("About 2,300 nurses began a 48-hour strike on Tuesday.\nSome 4,000 workers walked out on Monday.\n"
                  "Around 900 staff went on strike.\nAbout 600 jobs will go at the plant.\n"
                  "The army launched a strike on Monday, killing 12 people.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number"] == [
        (0, "walkout|nurse", "2185.0"), (1, "walkout|worker", "3200.0"), (2, "walkout|worker", "800.0"),
        (3, "cut|worker", "500.0"), (4, "kill|people", "12.0")]


def test_the_first_or_final_few_of_a_count_are_part_of_it() -> None:
    found = _find("The first three hostages were released at around 2.30pm.\n"
                  "The two men gave themselves up, releasing the final four hostages.\n"
                  "All 11 hostages were freed unharmed.")
    assert [(d.sentence, d.key[0]) for d in found if d.kind == "number" and "hostage" in d.slot] == [(2, "11.0")]


def test_a_closure_only_supposed_is_no_closure() -> None:
    found = _find("She said that closing the course mid-race would have left thousands of runners stranded.\n"
                  "Police closed the course at 1pm.")
    assert [(d.sentence, d.value) for d in found if d.slot == "access"] == [(1, "the course closed")]


def test_a_trials_size_however_told() -> None:
    found = _find("The drug was approved after a trial of 621 patients found it slowed the disease.\n"
                  "The approval rests on a 48-week study of 612 patients.\n"
                  "It follows the 612-patient HORIZON trial.\n"
                  "The trial, which enrolled 612 patients, was published on Monday.")
    assert [(d.sentence, d.slot, d.key[0]) for d in found if d.kind == "number" and "patient" in d.slot] == [
        (0, "enrol|patient", "621.0"), (1, "enrol|patient", "612.0"), (2, "enrol|patient", "612.0"),
        (3, "enrol|patient", "612.0")]


def test_a_count_of_others_is_a_count_of_its_own() -> None:
    found = _find("Eleven other runners were taken to hospital.\nTwelve runners were taken to hospital.")
    assert [(d.sentence, d.slot) for d in found if d.kind == "number"] == [
        (0, "hospitalise|runner|others"), (1, "hospitalise|runner")]  # those besides the one who died; all of them


def test_a_season_tally_and_those_left_in_hospital_are_other_counts_than_the_event_s() -> None:
    found = _find("This winter, 17 people have died in avalanches in the Alps.\n"
                  "Seventeen people were taken to hospital.\nTwo were discharged today, leaving 15 in hospital.")
    counts = {(d.sentence, d.slot, d.key) for d in found if d.kind == "number"}
    assert (0, "kill|people|total", ("17.0", "17.0")) in counts
    assert (1, "hospitalise|people", ("17.0", "17.0")) in counts
    assert not any(sentence == 2 and slot.startswith("hospitalise") for sentence, slot, _ in counts)


def test_those_among_the_injured_and_those_included_are_counts_of_the_injured() -> None:
    found = _find("Twenty-three police officers were among the injured.\n"
                  "The emergency service said 194 people were injured, including 23 police officers.")
    counts = sorted((d.sentence, d.slot, d.key) for d in found if d.kind == "number")
    assert counts == [(0, "injure|police officer", ("23.0", "23.0")), (1, "injure|people", ("194.0", "194.0")),
                      (1, "injure|police officer", ("23.0", "23.0"))]
