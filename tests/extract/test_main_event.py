"""The main event (5W1H) on articles written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.extract.main_event import _headline_stems, _stem
from newsclaims.extract.pipeline import build_pipeline
from newsclaims.model import Analysis, EventPart, MainEvent

pytestmark = pytest.mark.model


def _main(text: str, title: str | None = None, published: str = "2026-04-18") -> MainEvent:
    analysis = analyze(text, published=published, title=title)
    assert analysis.main_event is not None
    _check_offsets(analysis)
    return analysis.main_event


def _check_offsets(analysis: Analysis) -> None:
    main = analysis.main_event
    assert main is not None
    for name in ("who", "what", "when", "where", "why", "how"):
        part: EventPart | None = getattr(main, name)
        if part is not None:
            source = analysis.article.title if part.in_title else analysis.article.text
            assert source is not None and source[part.start : part.end] == part.text
            assert not part.in_title or name in ("who", "what")  # a headline gives these two


def _text(part: EventPart | None) -> str | None:
    return None if part is None else part.text


def test_main_event_from_the_lead_with_who_what_when_where() -> None:
    main = _main(
        "Mayor Lena Brandt opened the new Harbour Bridge in Lisbon on Friday, two years after "
        "construction began. The bridge cost 40 million euros. Critics said it was late.",
        title="Mayor opens Harbour Bridge",
    )
    # the headline names her by her role: the who keeps it (session 39)
    assert _text(main.who) == "Mayor Lena Brandt"
    assert main.who is not None and main.who.entity is not None
    assert _text(main.what) == "opened the new Harbour Bridge in Lisbon"
    assert _text(main.when) == "Friday"
    assert main.when_interval is not None and main.when_interval.value == "2026-04-17"
    assert main.when_interval.precision == "day"
    assert _text(main.where) == "Lisbon"


def test_main_event_headline_picks_the_sentence_over_furniture() -> None:
    main = _main(
        "Get daily updates directly to your inbox. The weather was cold in the city. "
        "The Riverside Rovers beat the Harbour Kings 3-1 to win the Northern Cup final on "
        "Saturday.",
        title="Riverside Rovers win the Northern Cup",
    )
    assert _text(main.who) == "The Riverside Rovers" or _text(main.who) == "Riverside Rovers"
    # the predicate that repeats the headline, not the sentence's main verb ("beat")
    assert main.what is not None and main.what.text.startswith("win the Northern Cup final")


def test_main_event_without_a_named_actor_keeps_the_subject_words() -> None:
    main = _main(
        "A tram derailed near the central station in Ostrava on Tuesday morning. "
        "Nobody was hurt, the operator said.",
        title="Tram derails in Ostrava",
    )
    assert _text(main.who) == "A tram"
    assert _text(main.what) == "derailed near the central station in Ostrava"
    assert _text(main.where) == "Ostrava"


def test_main_event_publication_day_when_the_text_gives_no_date() -> None:
    main = _main(
        "Mia Ortiz staged a protest outside Harbor Tower after the vote. "
        "She carried a banner saying 'Save our park'.",
        title="Mia Ortiz stages protest",
        published="2016-11-09",
    )
    assert main.when is None
    assert main.when_interval is not None and main.when_interval.value == "2016-11-09"
    assert _text(main.where) == "Harbor Tower"
    analysis = analyze(
        "Mia Ortiz staged a protest outside Harbor Tower after the vote.",
        published="2016-11-09",
        title="Mia Ortiz stages protest",
    )
    assert analysis.main_event is not None and analysis.main_event.event is not None
    assert analysis.events[analysis.main_event.event].subtype == "protest"  # "a protest"


def test_main_event_place_with_its_region_and_no_place_from_a_modifier() -> None:
    main = _main(
        "A Chinese girl fell into a 30m mine shaft in Wuhan, Hubei province on Sunday. "
        "Rescuers are digging.",
        title="Chinese girl falls into mine shaft",
        published="2025-03-12",
    )
    assert _text(main.where) == "Wuhan, Hubei province"
    assert main.when_interval is not None and main.when_interval.value == "2025-03-09"


def test_main_event_old_dates_are_background_not_when() -> None:
    main = _main(
        "The Harbor Hawks won the national cup for the first time since 1921.",
        title="Hawks win national cup",
        published="2016-11-03",
    )
    assert main.when is None  # 1921 is background; the day is the publication day
    assert main.when_interval is not None and main.when_interval.value == "2016-11-03"


def test_main_event_none_without_a_clause() -> None:
    analysis = analyze("Subscribe now. Invalid Email. Photos: Getty.", published="2026-04-18")
    assert analysis.main_event is None


def test_main_event_why_and_how_where_the_text_says_them() -> None:
    main = _main(
        "The Dunmore council closed the old bridge on Monday because engineers found cracks. "
        "Traffic was diverted.",
        title="Council closes old bridge",
    )
    assert _text(main.what) == "closed the old bridge"
    assert _text(main.why) == "engineers found cracks"
    main = _main(
        "Rescuers reached the trapped miners on Friday by drilling a second shaft. "
        "All were unhurt.",
        title="Rescuers reach trapped miners",
    )
    assert main.how is not None and main.how.text.startswith("by drilling a second shaft")


def test_main_event_a_speech_act_counts_as_speech_not_as_the_event() -> None:
    from newsclaims.extract.main_event import _Lead  # noqa: PLC0415 - the scorer's own reading
    from newsclaims.extract.pipeline import build_pipeline  # noqa: PLC0415

    text = "The mayor congratulated the team. Floods destroyed the bridge."
    doc = build_pipeline()(text)
    assert text.index("congratulated") in _Lead(doc).cues


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        # a nationality on the subject names no actor: the description is kept
        (
            "A Chinese student was arrested in Boston on Monday.",
            "Student arrested in Boston",
            "A Chinese student",
        ),
        # a club named as a modifier of the subject is not the actor
        (
            "Liverpool supporters gathered outside Anfield on Sunday.",
            "Supporters gather at Anfield",
            "Liverpool supporters",
        ),
        # ... and when the subject's head is named, that name is the actor
        (
            "Google engineer Jane Miller resigned from the company on Tuesday.",
            "Engineer resigns",
            "Jane Miller",
        ),
    ],
)
def test_main_event_who_is_not_a_name_that_only_modifies_the_subject(
    text: str, title: str, who: str
) -> None:
    main = _main(text, title=title)
    assert _text(main.who) == who


def test_main_event_where_keeps_the_city_a_building_is_in() -> None:
    main = _main(
        "Greenpeace activists staged a sit-in at the Shell Centre in London on Friday.",
        title="Activists stage sit-in at Shell Centre",
    )
    assert main.where is not None
    assert main.where.text.endswith("Shell Centre in London")


def test_main_event_a_state_weighs_less_than_what_happened() -> None:
    main = _main(
        "A large rescue operation is underway in the hills above Tromso. "
        "A hiker fell into a ravine near Tromso on Sunday.",
        title="Rescue operation for hiker who fell into ravine",
    )
    # "is underway" states a state; the fall is the event
    assert _text(main.who) == "A hiker"
    assert _text(main.what) == "fell into a ravine near Tromso"


def test_main_event_where_a_country_gives_way_to_a_town_in_it_named_in_the_lead() -> None:
    main = _main(
        "Hundreds of volunteers in Peru are searching for a missing climber. "
        "Snow fell overnight on the mountains. "
        "The climber disappeared near Huaraz on Saturday.",
        title="Volunteers search for missing climber",
    )
    assert _text(main.where) == "Huaraz"


def test_main_event_where_a_country_stays_without_a_place_inside_it() -> None:
    main = _main(
        "Hundreds of volunteers in Peru are searching for a missing climber. "
        "A storm hit Lisbon overnight.",
        title="Volunteers search for missing climber",
    )
    assert _text(main.where) == "Peru"


def test_main_event_when_keeps_the_part_of_the_day_it_names() -> None:
    main = _main(
        "The Riverside Rovers won the Northern Cup in the early hours of Sunday after a "
        "long rain delay.",
        title="Riverside Rovers win the Northern Cup",
        published="2026-04-20",
    )
    assert _text(main.when) == "the early hours of Sunday"
    # the date is still the day the expression names
    assert main.when_interval is not None and main.when_interval.value == "2026-04-19"


def test_main_event_when_without_a_part_is_the_date_alone() -> None:
    main = _main(
        "The Riverside Rovers won the Northern Cup on Sunday after a long rain delay.",
        title="Riverside Rovers win the Northern Cup",
        published="2026-04-20",
    )
    assert _text(main.when) == "Sunday"


def test_main_event_headline_present_tense_matches_the_past_in_the_text() -> None:
    # "win" in the headline is "won" in the text: the lemma, not the spelling, is compared
    main = _main(
        "The Riverside Rovers lifted the Northern Cup and won the league title on Saturday "
        "in Porto. Fans sang in the streets.",
        title="Rovers win cup and title",
    )
    assert _text(main.what) == "won the league title"


def test_main_event_who_keeps_every_name_of_a_listed_subject() -> None:
    main = _main(
        "Mayor Lena Brandt, Tom Reyes and Ana Silva opened the Harbour Bridge in Lisbon on "
        "Friday. It cost 40 million euros.",
        title="Bridge opens",
    )
    assert _text(main.who) == "Lena Brandt, Tom Reyes and Ana Silva"


def test_main_event_a_list_read_as_an_apposition_is_listed() -> None:
    import spacy  # noqa: PLC0415
    from spacy.tokens import Doc  # noqa: PLC0415

    from newsclaims.extract.main_event import _listed_after  # noqa: PLC0415

    words = ["Kim", ",", "Lee", "and", "Park", "met", "."]
    heads = [5, 0, 0, 2, 2, 5, 5]
    deps = ["nsubj", "punct", "appos", "cc", "conj", "ROOT", "punct"]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in _listed_after(doc[0])] == ["Lee", "Park"]
    # an apposition without a coordinator is a description, not a list
    deps_plain = ["nsubj", "punct", "appos", "punct", "appos", "ROOT", "punct"]
    plain = Doc(vocab, words=words, heads=heads, deps=deps_plain)
    assert _listed_after(plain[0]) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a naming verb gives the subject its name
        (
            "The girl, named Marta Kowalska by local media, fell into the river near Torun "
            "on Sunday. Divers searched for hours.",
            "Marta Kowalska",
        ),
        # so does an appositive name
        (
            "The fisherman, Tomas Berg, rescued three swimmers off Bergen on Sunday. "
            "All were unhurt.",
            "Tomas Berg",
        ),
    ],
)
def test_main_event_who_is_the_name_given_to_a_described_subject(text: str, who: str) -> None:
    main = _main(text, title="Rescue on the coast")
    assert _text(main.who) == who


@pytest.mark.parametrize(
    "text",
    [
        "Two decades of waiting came to an end for the Riverside Rovers on Saturday.",
        "Years of misery finally ended for the Riverside Rovers on Saturday.",
        "More than a century of heartbreak ended for the Riverside Rovers on Saturday.",
    ],
)
def test_main_event_a_span_of_time_is_no_actor_the_headline_names_one(text: str) -> None:
    main = _main(text + " Fans sang in the streets.", title="Riverside Rovers lift the cup")
    assert main.who is not None and main.who.text.endswith("Riverside Rovers")
    assert main.who.entity is not None


def test_main_event_where_is_a_proper_name_at_a_building_no_entity_covers() -> None:
    import spacy  # noqa: PLC0415
    from spacy.tokens import Doc  # noqa: PLC0415

    from newsclaims.extract.main_event import _Lead, _place_in  # noqa: PLC0415
    from newsclaims.extract.pipeline import _register_extensions  # noqa: PLC0415

    _register_extensions()
    # the entity finder read only "Reyes" (a person) in "outside Reyes Towers"
    words = ["Brandt", "protested", "outside", "Reyes", "Towers", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 4, 2, 1],
        deps=["nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
    )
    doc.spans["newsclaims_entities"] = [doc.char_span(0, 6, label="PERSON:brandt")]
    doc.spans["newsclaims_entities"] += [doc.char_span(25, 30, label="PERSON:reyes")]
    person = type("E", (), {"type": "PERSON"})()
    doc._.newsclaims_entities = {"PERSON:brandt": person, "PERSON:reyes": person}
    place = _place_in(_Lead(doc), list(doc))
    assert place is not None
    assert doc.text[place.start : place.end] == "Reyes Towers"


def test_main_event_what_is_the_headlines_when_the_lead_tells_another_event() -> None:
    # the lead opens on a scene; the headline names the event (news-writing convention)
    main = _main(
        "More than a century of waiting died for the Riverside Rovers on a wet evening. "
        "Fans sang in the streets until dawn.",
        title="Riverside Rovers beat Harbour Kings to win the Northern Cup",
    )
    assert main.what is not None and main.what.in_title
    assert main.what.text == "beat Harbour Kings"
    assert main.event is None  # no event of the text is the headline's


def test_main_event_what_stays_in_the_text_when_it_says_the_headlines_predicate() -> None:
    # "staged a protest" says the headline's "stages protest": the text's words are kept
    main = _main(
        "Singer Mara Lind staged a protest outside City Hall in Dunmore on Friday.",
        title="Mara Lind stages protest outside City Hall",
    )
    assert main.what is not None and not main.what.in_title
    assert main.what.text.startswith("staged a protest")


@pytest.mark.parametrize(
    ("title", "what"),
    [
        # a verb in "-s" after a singular name, read by the parser as a plural noun
        ("Mara Lind protests outside City Hall", "protests outside City Hall"),
        # the words after the verb in their order: "safe", not a later noun read as object;
        # the clause's place adjunct after it, not its reason ("after long search")
        ("Mara Lind found safe in cave after long search", "found safe in cave"),
        ("Riverside Rovers end long drought at Harbour Park", "end long drought at Harbour Park"),
        # the clause after a label and a colon
        ("Cup final 2026: Riverside Rovers win the Northern Cup", "win the Northern Cup"),
    ],
)
def test_main_event_headline_clause_read_in_headline_style(title: str, what: str) -> None:
    text = "The evening was cold and wet in Dunmore. The Riverside Rovers and Mara Lind were there."
    main = _main(text, title)
    assert main.what is not None and main.what.in_title
    assert main.what.text == what


@pytest.mark.parametrize(
    "title",
    [
        "Footage shows rescuers at work near the river",  # the subject names no actor
        "Tears of joy as fans celebrate the win",  # no clause: a label
        "Storm rescue: race to reach the stranded boat",  # a noun ("rescue") is no predicate
    ],
)
def test_main_event_what_stays_in_the_text_without_an_actors_headline_clause(
    title: str,
) -> None:
    main = _main("Rescuers from Dunmore reached the stranded boat on Friday.", title=title)
    assert main.what is not None and not main.what.in_title
    assert main.what.text.startswith("reached the stranded boat")


def test_main_event_where_from_the_sentence_that_dates_it() -> None:
    # the main sentence names no place; the sentence that gives the time gives the place too
    main = _main(
        "The Riverside Rovers became champions of the Northern league. Their fans had waited "
        "twenty years for the title. On Saturday in Dunmore, Ireland, a crowd of fans sang.",
        title="Riverside Rovers are champions",
    )
    assert _text(main.what) == "became champions of the Northern league"
    assert _text(main.when) == "Saturday"
    assert _text(main.where) == "Dunmore, Ireland"


def test_main_event_where_the_headline_says_at_its_mention_in_the_text() -> None:
    main = _main(
        "The Riverside Rovers won the Northern Cup on Saturday. Fans cheered for hours. "
        "The final, played in Cleveland, Ohio, drew a record crowd.",
        title="Riverside Rovers win Northern Cup after final in Cleveland",
    )
    assert _text(main.where) == "Cleveland, Ohio"


@pytest.mark.parametrize("dash", ["--", "—"])
def test_main_event_where_is_the_dateline_when_the_sentence_names_no_place(dash: str) -> None:
    # a dateline in capitals names the town even where the entity finder reads no name
    main = _main(
        f"CLEVELAND {dash} The Riverside Rovers won the Northern Cup on Saturday. Fans cheered.",
        title="Riverside Rovers win the Northern Cup",
    )
    assert _text(main.where) == "CLEVELAND"


@pytest.mark.parametrize("dash", ["--", "—"])
def test_main_event_where_is_the_sentences_place_before_the_dateline(dash: str) -> None:
    # the dateline is where the reporter filed from; the main sentence says where it happened
    main = _main(
        f"CLEVELAND {dash} A car bomb exploded in Dunmore on Tuesday, police said.",
        title="Car bomb explodes in Dunmore",
    )
    assert _text(main.where) == "Dunmore"


def test_main_event_dateline_in_capitals_must_be_a_place() -> None:
    main = _main(
        "BREAKING -- The Riverside Rovers won the Northern Cup at Harbour Park on Saturday.",
        title="Riverside Rovers win the Northern Cup",
    )
    assert _text(main.where) is not None and "Harbour Park" in _text(main.where)


def test_main_event_who_of_a_headline_what_is_the_headlines_subject() -> None:
    # the what is the headline's clause, so its who is that clause's subject, as the text
    # mentions it, not the subject of the scene the lead opens on
    main = _main(
        "Coach Tomas Berg wept on the touchline in Dunmore. "
        "The Riverside Rovers had waited twenty years.",
        title="Riverside Rovers beat Harbour Kings to win the Northern Cup",
    )
    assert main.what is not None and main.what.in_title
    assert _text(main.who) == "Riverside Rovers"
    assert main.who is not None and main.who.entity == "ORG:riverside rovers"


def test_main_event_headline_what_links_the_texts_event_of_its_predicate() -> None:
    analysis = analyze(
        "Coach Tomas Berg wept on the touchline in Dunmore. "
        "Fans said the Riverside Rovers had won the Northern Cup.",
        published="2026-04-18",
        title="Riverside Rovers win Northern Cup",
    )
    _check_offsets(analysis)
    main = analysis.main_event
    assert main is not None and main.what is not None and main.what.in_title
    assert main.event is not None and analysis.events[main.event].predicate == "win"


@pytest.mark.parametrize(
    "told",
    [
        "Fans said the Riverside Rovers could win the Northern Cup again next year.",  # later
        "Fans said the Riverside Rovers did not win the Northern Cup.",  # negated
        "Fans said the Riverside Rovers will win the Northern Cup on May 2.",  # expected
        # past the lead: background, not the headline's news
        "The crowd sang for an hour. Fans hugged in the rain. Old men cried at the gates. "
        "Berg said his father won a cup in 1970.",
    ],
)
def test_main_event_headline_what_links_no_event_the_lead_does_not_tell_as_news(
    told: str,
) -> None:
    analysis = analyze(
        f"Coach Tomas Berg wept on the touchline in Dunmore. {told}",
        published="2026-04-18",
        title="Riverside Rovers win Northern Cup",
    )
    main = analysis.main_event
    assert main is not None and main.what is not None and main.what.in_title
    assert [e.predicate for e in analysis.events] == ["win"]
    assert main.event is None


def test_main_event_who_of_a_headline_what_is_the_headlines_when_the_text_never_names_it() -> None:
    # the headline's subject is never mentioned: the lead's subject (Berg) wept, he did not
    # win, so the headline's event has its who in the headline's words (session 35: was none)
    main = _main(
        "Coach Tomas Berg wept on the touchline in Dunmore. The crowd sang for an hour.",
        title="Riverside Rovers win Northern Cup",
    )
    assert main.what is not None and main.what.in_title
    assert main.who is not None and main.who.in_title
    assert main.who.text == "Riverside Rovers"


def test_main_event_hyphenated_place_of_the_headline_found_in_the_text() -> None:
    # the headline's "Winston - Salem" tokens name the text's "Winston-Salem"
    main = _main(
        "The Riverside Rovers won the Northern Cup on Saturday. Fans cheered for hours. "
        "The final, played in Winston-Salem, drew a record crowd.",
        title="Riverside Rovers win Northern Cup after final in Winston-Salem",
    )
    assert _text(main.where) == "Winston-Salem"


def test_main_event_hyphenated_name_of_the_headlines_subject_found_in_the_text() -> None:
    main = _main(
        "Tears flowed on the court in Dunmore on Sunday. Anna Clarke-Hughes had waited twenty "
        "years.",
        title="Anna Clarke-Hughes beats Mara Lind to win the Dunmore Open",
    )
    assert main.what is not None and main.what.in_title
    assert _text(main.who) == "Anna Clarke-Hughes"


def test_main_event_hyphenated_name_makes_the_headlines_clause_an_actors() -> None:
    # the text names the subject's "Winston-Salem": the headline's clause is an actor's
    main = _main(
        "Coach Tomas Berg wept on the touchline in Dunmore. The Winston-Salem Wolves had "
        "waited twenty years.",
        title="Winston-Salem Wolves beat Harbour Kings to win the Northern Cup",
    )
    assert main.what is not None and main.what.in_title
    assert main.what.text == "beat Harbour Kings"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the lead's date is another person's: "he" cannot be Mrs. Okafor
        (
            "Mrs. Dana Okafor staged a sit-in outside City Hall after the council voted to "
            "close the library. The developer, 61, surprised the town as he won the vote on "
            "Tuesday morning after months of lobbying.",
            None,
        ),
        # her own later clause dates her event
        (
            "Mrs. Dana Okafor staged a sit-in outside City Hall after the council voted to "
            "close the library. The protester, 45, stayed there as she held a sign on "
            "Tuesday morning in the rain.",
            "Tuesday morning",
        ),
    ],
)
def test_main_event_when_not_from_a_lead_clause_of_another_gendered_person(
    text: str, when: str | None
) -> None:
    main = _main(text, title="Dana Okafor stages sit-in outside City Hall")
    assert _text(main.what) is not None and "sit-in" in _text(main.what)  # type: ignore[operator]
    assert _text(main.when) == when


def test_main_event_when_a_title_in_the_name_gives_the_actors_gender() -> None:
    main = _main(
        "Lady Zora staged a sit-in outside City Hall after the council voted to close the "
        "library. The developer, 61, surprised the town as he won the vote on Tuesday "
        "morning after months of lobbying.",
        title="Lady Zora stages sit-in outside City Hall",
    )
    assert main.when is None


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a team named after its town: "the city" is that town
        (
            "Jubilant Denver Comets fans poured out of bars and restaurants across the city to "
            "toast their team's first league title in 40 years on Saturday.",
            "Denver",
        ),
        # the town named as a place before
        (
            "A storm hit Tulsa on Monday. Hundreds of volunteers cleared fallen trees across "
            "the city on Tuesday as power returned to most homes.",
            "Tulsa",
        ),
        # no town named before: no place
        (
            "Jubilant fans poured out of bars and restaurants across the city to toast "
            "their team's first league title in 40 years on Saturday.",
            None,
        ),
    ],
)
def test_main_event_where_the_city_is_the_town_named_before(text: str, where: str | None) -> None:
    main = _main(text)
    assert _text(main.where) == where


def test_main_event_a_lead_date_outside_any_verbs_clause_is_read() -> None:
    # the date's sentence has no verb: its clause is the sentence root itself
    main = _main(
        "Mrs. Dana Okafor staged a sit-in outside City Hall after the council voted to close "
        "the library. Her second protest in a week, on Tuesday morning, in the rain. The "
        "council members left the building through a side door. Nobody from the council "
        "spoke to the crowd of reporters outside.",
        title="Dana Okafor stages sit-in outside City Hall",
    )
    assert main.what is not None and "sit-in" in main.what.text


def test_main_event_the_city_after_a_long_run_of_names_reads_its_last_words() -> None:
    # a run of capitalised words longer than the words read: its last words still name the town
    main = _main(
        "Jubilant Mighty Great Big Bold Brave Proud Loud Happy Denver Comets fans poured out "
        "of bars across the city to toast their title on Saturday."
    )
    assert _text(main.where) == "Denver"


def test_main_event_headline_past_tense_finds_the_texts_other_form_of_the_verb() -> None:
    # the headline's "drove" and the text's "driven" share a lemma, which the parse gives
    title = "Retired teacher drove off alone"
    parsed = build_pipeline()(title)
    assert _stem("drive") in _headline_stems(title, parsed)
    assert _stem("drive") not in _headline_stems(title)  # without the parse: the words only


def test_main_event_relative_pronoun_subject_is_its_antecedent() -> None:
    # the relative clause on the object of "for" tells the headline's event: its "who" is
    # the teacher it is about, and the searchers' clause gives way to it
    main = _main(
        "Rangers on Tuesday were searching for a retired teacher who is believed to have "
        "driven alone into the Tamar desert. Her daughter raised the alarm.",
        title="Retired teacher drove alone into Tamar desert",
    )
    assert _text(main.who) == "a retired teacher"
    assert main.what is not None and "driven alone into the Tamar desert" in main.what.text


def test_main_event_object_the_parser_left_out_of_a_preposition_is_kept() -> None:
    # the parser reads "well" after "fell down a dry" as an adverb of "fell", leaving the
    # preposition without its object; a determiner shows it is a noun
    main = _main(
        "Two men fell down a dry well while clearing a drain behind a school in Tarn. "
        "Firefighters pulled them out after an hour.",
        title="Two workers rescued from well",
    )
    assert main.what is not None and main.what.text == "fell down a dry well"


def test_main_event_when_is_the_date_of_the_event_told_again_later() -> None:
    # no date in the lead: the text tells the same event again with its day further on
    main = _main(
        "An old water tower collapsed in the town of Brisk. Nobody was hurt in the collapse. "
        "Engineers had warned about cracks in its base for years. The mayor visited the "
        "site with two inspectors. The tower collapsed shortly after noon on Monday, "
        "witnesses said.",
        title="Water tower collapses in Brisk",
    )
    assert _text(main.when) == "noon on Monday"  # the clock time with its day
    assert main.when_interval is not None and main.when_interval.value == "2026-04-13"


def test_main_event_when_ignores_a_later_date_of_another_verb() -> None:
    main = _main(
        "An old water tower collapsed in the town of Brisk. Nobody was hurt in the collapse. "
        "Engineers had warned about cracks in its base for years. The mayor visited the "
        "site with two inspectors. The council will meet on Monday, witnesses said.",
        title="Water tower collapses in Brisk",
    )
    assert main.when is None


def test_main_event_reporting_root_gives_way_to_the_reported_event() -> None:
    # the parser reads "said" as the root; the event is what the council reported
    main = _main(
        "Landslides in the Korva hills have destroyed at least 12 houses and cut the main "
        "road, the district council said on Tuesday. Mayor Ida Lund told reporters in Kern "
        'that crews had cleared one lane. "We are working day and night," Lund said. '
        "Lund said the road would stay closed for a week."
    )
    assert main.what is not None and main.what.text.startswith("have destroyed")
    assert _text(main.who) == "Landslides"


def test_main_event_reported_pronoun_is_the_speaker() -> None:
    # "it" of the content is the company that said it: its announced cut is the news, not
    # the later move of its shares
    main = _main(
        "Brightwave Telecom said on Monday it would close 12 call centres as customers move "
        "online. The union said the closures were unnecessary. Shares in Brightwave Telecom "
        "fell 4 percent on Tuesday. Brightwave Telecom employs 9,000 people."
    )
    assert _text(main.who) == "Brightwave Telecom"
    assert main.what is not None and main.what.text.startswith("would close 12 call centres")


def test_main_event_a_reported_possibility_is_no_event() -> None:
    # "could close" is a hypothesis: the reporting clause is not replaced by it
    main = _main(
        "The regional court ruled on Monday that the Kessel mine could close two shafts. "
        "Miners gathered outside the gates. The union said the ruling was unfair."
    )
    assert main.what is not None and main.what.text.startswith("ruled")


@pytest.mark.parametrize(
    ("text", "who", "what"),
    [
        # a denial is the news, not the deed denied
        (
            "The Kremlin on Monday denied that Russian troops had crossed into Ukraine.",
            "Kremlin",
            "denied",
        ),
        (
            "The finance minister denied that the government would raise income tax next year.",
            "finance minister",
            "denied",
        ),
        # a charge ("alleged", stance reported like "said") is not told as so
        (
            "Prosecutors alleged that the former mayor had taken bribes from builders.",
            "Prosecutors",
            "alleged",
        ),
        # nor is what a source did not say
        (
            "The ministry did not say that the bridge had closed. Drivers were told to use "
            "the ferry.",
            "ministry",
            "did not say",
        ),
    ],
)
def test_main_event_a_denied_or_alleged_event_is_not_the_main_event(
    text: str, who: str, what: str
) -> None:
    main = _main(text)
    assert main.who is not None and main.who.text.endswith(who)
    # the denial or the charge heads the phrase; what it denies or charges is its object
    assert main.what is not None and main.what.text.startswith(f"{what} that ")


@pytest.mark.parametrize(
    ("title", "text", "who", "what"),
    [
        (
            "Mayor takes bribes, prosecutors say",
            "Prosecutors alleged on Monday that the mayor had taken bribes from builders. "
            "The mayor's lawyer declined to comment.",
            "Prosecutors",
            "alleged",
        ),
        (
            "Troops cross border",
            "The ministry denied on Monday that troops had crossed the border. Villagers "
            "said they had seen tanks.",
            "ministry",
            "denied",
        ),
        (
            "Bridge closes",
            "The ministry did not say on Monday that the bridge had closed. Drivers were "
            "told to use the ferry.",
            "ministry",
            "did not say",
        ),
    ],
)
def test_main_event_a_denied_clause_that_repeats_the_headline_is_not_the_main_event(
    title: str, text: str, who: str, what: str
) -> None:
    """A content clause that repeats the headline stays no main event when its source
    denies it, alleges it or does not say it: the denial or the charge is the news."""
    main = _main(text, title=title)
    assert main.who is not None and main.who.text.endswith(who)
    assert main.what is not None and main.what.text.startswith(what)


def test_main_event_a_confirmed_clause_that_repeats_the_headline_is_the_main_event() -> None:
    main = _main(
        "The spokesman confirmed on Monday that the bridge had closed. Drivers were told to "
        "use the ferry.",
        title="Bridge closes",
    )
    assert _text(main.who) == "the bridge"
    assert main.what is not None and main.what.text.startswith("had closed")


def test_main_event_a_confirmed_event_is_the_main_event() -> None:
    main = _main(
        "The spokesman confirmed that the bridge had closed on Monday. Drivers were told to "
        "use the ferry."
    )
    assert _text(main.who) == "the bridge"
    assert main.what is not None and main.what.text.startswith("had closed")


def test_main_event_a_filler_it_is_no_speaker() -> None:
    # "it" stands for "to restore power": the officials did not take weeks
    main = _main("Officials said it would take weeks to restore power. Crews worked all night.")
    assert _text(main.who) == "Officials"
    # the saying, with what was said as its object
    assert _text(main.what) == "said it would take weeks to restore power"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # another actor's deed of the same verb
        (
            "Protesters blocked the main highway into the capital. Police used tear gas against "
            "the crowd. Traffic was diverted for several hours. Farmers blocked the same road on "
            "March 13 in a separate protest.",
            "Protesters block highway into capital",
        ),
        # "also": another occurrence, and a pronoun actor
        (
            "The central bank raised interest rates by half a point. Markets fell sharply after "
            "the decision. Analysts had expected a smaller rise. It also raised them on March 12, "
            "a week before.",
            "Central bank raises interest rates",
        ),
        # "earlier", another object
        (
            "Argentina won the World Cup final against France. Fans celebrated in the streets of "
            "Buenos Aires. The coach praised his players after the match. Earlier in the "
            "tournament they won against Mexico on March 14.",
            "Argentina win World Cup",
        ),
        # pluperfect: an earlier time
        (
            "The central bank raised interest rates by half a point. Markets fell sharply after "
            "the decision. Analysts had expected a smaller rise. The central bank had raised "
            "interest rates on March 12 too.",
            "Central bank raises interest rates",
        ),
    ],
)
def test_main_event_when_not_from_a_later_clause_of_another_event(text: str, title: str) -> None:
    main = _main(text, title=title, published="2026-03-20")
    assert main.what is not None and main.what.text.split()[0] in ("blocked", "raised", "won")
    assert main.when is None


def test_main_event_when_from_a_later_clause_of_the_same_actor_and_object() -> None:
    main = _main(
        "The central bank raised interest rates by half a point. Markets fell sharply after "
        "the decision. Analysts had expected a smaller rise. The bank raised interest rates "
        "on Wednesday after a two-day meeting.",
        title="Central bank raises interest rates",
        published="2026-03-20",
    )
    assert _text(main.what) == "raised interest rates"
    assert _text(main.when) == "Wednesday"


def test_main_event_who_is_not_the_place_of_a_dateline_with_an_agency() -> None:
    main = _main(
        "Lyon (AFP) – Mayor Jean Dupont on Monday toured the flooded town of Vienne, "
        "promising help to hundreds of families. The river rose two metres overnight.",
        title="Mayor tours flooded town",
    )
    # the parser reads the dateline's town as a second subject of "toured"
    assert _text(main.who) == "Jean Dupont"
    assert main.what is not None and main.what.text.startswith("toured the flooded town")


def test_main_event_what_of_a_verb_of_saying_keeps_its_clausal_object() -> None:
    main = _main(
        "Senator Maria Rivera predicted on Friday that the pension reform would pass before "
        "the summer recess. Her party holds a majority.",
        title="Rivera: pension reform will pass",
    )
    assert _text(main.who) == "Maria Rivera"
    # not the bare "predicted on Friday": the clause is what she predicted
    assert main.what is not None and main.what.text.startswith("predicted")
    assert "pension reform would pass" in main.what.text


def test_main_event_who_is_not_a_place_that_only_modifies_the_headline_subject() -> None:
    main = _main(
        "HARBOURTON - Carla Lopez, trailing in the polls before the vote in May, received the "
        "endorsement of Governor Tom Reyes on Friday. Reyes praised her record on schools.",
        title="Harbourton governor endorses Lopez",
    )
    # the headline's subject is a governor, not the town that names the office
    assert main.who is None or "Harbourton" not in main.who.text.title()


@pytest.mark.parametrize(
    "title",
    [
        "Why the Harbour Kings could miss the playoffs",
        "Harbour Kings might miss the playoffs",
        "Will the Harbour Kings miss the playoffs?",
    ],
)
def test_main_event_a_headline_that_tells_no_event_gives_no_what(title: str) -> None:
    main = _main(
        "The Harbour Kings lost 3-0 to the Riverside Rovers on Saturday, their fourth defeat "
        "in a row. Their coach said the team had to improve.",
        title=title,
    )
    # a headline's guess or question is no event: the lead's is the what
    assert main.what is not None and not main.what.in_title
    assert main.what.text.startswith("lost")


def test_main_event_headline_subject_by_surname_is_the_full_name_in_the_text() -> None:
    main = _main(
        "President Ana Costa said on Thursday that her first meeting with her elected successor "
        "Tom Reyes had been excellent, after the two spoke for 90 minutes at the palace.",
        title="Costa says Reyes meeting was 'excellent'",
    )
    # the headline names her by her surname only; the text first names her in full
    assert main.who is not None and main.who.text.endswith("Ana Costa")
