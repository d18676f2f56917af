"""The events stage on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Analysis, Event

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2026-04-18") -> tuple[Analysis, dict[str, Event]]:
    analysis = analyze(text, published=published)
    return analysis, {e.subtype: e for e in analysis.events}


def _names(analysis: Analysis, keys: tuple[str, ...]) -> list[str]:
    names = {e.key: e.name for e in analysis.entities}
    return [names[k] for k in keys]


def test_events_meeting_with_actors_place_time_and_modality() -> None:
    analysis, found = _events(
        "Chancellor Maria Keller is expected to meet Prime Minister Pedro Alves "
        "in Lisbon next week."
    )
    meet = found["meet"]
    assert meet.type == "CONSULT"
    assert _names(analysis, meet.actors)[:2] == ["Maria Keller", "Pedro Alves"]
    assert meet.location is not None and "lisbon" in meet.location
    assert meet.time is not None and meet.time.value == "2026-W17"
    assert meet.modality == "expected"


def test_events_light_verb_decision_and_anchored_signing() -> None:
    text = (
        "The council made the decision to close the bridge in March 2024, "
        "three months after signing a repair contract with Delmont Engineering."
    )
    analysis, found = _events(text)
    assert found["decide"].time is not None and found["decide"].time.value == "2024-03"
    sign = found["sign"]
    assert sign.type == "AGREE"
    assert sign.time is not None and sign.time.value == "2023-12"
    assert "Delmont Engineering" in _names(analysis, sign.actors)


def test_events_assault_and_negation() -> None:
    _, found = _events(
        "Rebels attacked the convoy near Goma on Tuesday. The army did not withdraw."
    )
    assert found["attack"].type == "ASSAULT"
    assert found["attack"].time is not None and found["attack"].time.value == "2026-04-14"
    assert found["withdraw"].negated is True


def test_events_offsets_are_the_predicate_phrase() -> None:
    analysis, found = _events("Protesters rallied outside parliament on Friday.")
    rally = found["rally"]
    assert analysis.article.text[rally.start : rally.end] == rally.text
    assert rally.text.startswith("rallied")


def test_events_a_concurrent_clause_takes_the_date_of_the_clause_above() -> None:
    _, found = _events(
        "The mayor resigned on Tuesday as the inquiry into the housing contracts opened in Dunmore."
    )
    assert found["open"].time is not None
    assert found["open"].time.begin.isoformat() == "2026-04-14"
    # an undated clause of its own is not dated by its neighbour
    _, alone = _events("The inquiry opened in Dunmore, and the mayor resigned on Tuesday.")
    assert alone["open"].time is None


def test_events_nominal_events_with_the_actor_of_their_verb() -> None:
    analysis, found = _events(
        "Mia Ortiz staged a protest outside City Hall in Boston on Wednesday."
    )
    protest = found["protest"]
    assert protest.nominal and protest.type == "PROTEST"
    assert _names(analysis, protest.actors) == ["Mia Ortiz"]
    assert analysis.article.text[protest.start : protest.end] == "a protest"
    assert protest.time is not None and protest.time.value == "2026-04-15"


def test_events_nominal_crash_and_no_assault_without_an_agent() -> None:
    _, found = _events("The crash on the A1 motorway killed two drivers on Monday.")
    assert found["crash"].nominal and found["crash"].type is None
    assert "kill" not in found  # a crash kills; it does not assault
    _, found = _events("Floods in the Ostrava valley have killed at least 23 people.")
    assert "kill" not in found
    _, found = _events("Gunmen killed three guards at the border post.")
    assert found["kill"].type == "ASSAULT"


def test_events_a_definite_noun_refers_back_to_an_event_found() -> None:
    _, found = _events(
        "Thousands of teachers marched through Valmora on Friday. The protest ended peacefully."
    )
    assert "protest" not in found and found["march"].type == "PROTEST"


def test_events_without_a_named_actor_keep_their_description() -> None:
    _, found = _events("A tram derailed in the city centre on Tuesday.")
    derail = found["derail"]
    assert derail.actors == ()
    assert derail.agent is not None and derail.agent.text == "A tram"


@pytest.mark.parametrize(
    ("text", "subtype", "plover"),
    [
        ("Rebels struck the army base overnight.", "strike", "ASSAULT"),
        ("Dock workers struck for a second day.", "strike", "PROTEST"),
        ("The club fired its coach after the defeat.", "dismiss", None),
        ("The Hawks won the league title.", "win", None),
        ("The court sentenced the former mayor to six years.", "sentence", "COERCE"),
    ],
)
def test_events_the_sense_of_a_verb_comes_from_its_arguments(
    text: str, subtype: str, plover: str | None
) -> None:
    _, found = _events(text)
    assert subtype in found, found
    assert found[subtype].type == plover


def test_events_a_share_of_the_vote_is_no_win() -> None:
    _, found = _events("Brandt won 41 percent, according to the commission.")
    assert "win" not in found


def test_events_lexicon_types_are_plover_and_every_row_is_whole() -> None:
    from newsclaims.extract.events import lexicon  # noqa: PLC0415
    from newsclaims.model import PLOVER_TYPES  # noqa: PLC0415

    senses = [s for group in lexicon().values() for s in group]
    assert len(senses) > 100
    assert {s.plover for s in senses} - {None} <= set(PLOVER_TYPES)
    from newsclaims.extract.events import sense_cues  # noqa: PLC0415

    cues = {f"cue:{name}" for name in sense_cues()}
    assert {s.condition for s in senses} <= {"-", "dobj", "with", "at", "nofigure"} | cues
    assert {pos for _, pos in lexicon()} == {"VERB", "NOUN"}


def test_events_a_nominal_event_the_text_denies_is_negated() -> None:
    _, found = _events("The White House said there were no additional meetings planned.")
    assert found["meet"].negated is True
    _, found = _events("The union did not hold a rally in Valmora.")
    assert found["rally"].negated is True


def test_events_an_event_inside_a_denial_is_negated() -> None:
    _, found = _events("Union leader Marco Ruiz denied that the strike had closed schools.")
    assert found["close"].negated is True


def test_events_a_verb_keeps_the_e_the_lemmatizer_drops() -> None:
    # "fined" is "fine" (SANCTION), not "fin": the rule lemmatizer's last rule would drop the e
    _, found = _events("The regulator fined the Delmont bank on Monday.")
    assert "fine" in found
    assert found["fine"].predicate == "fine" and found["fine"].type == "SANCTION"


def test_events_a_verb_with_a_hyphenated_prefix_is_its_stem() -> None:
    # "re-elected" is one word (the parser then finds its object and date), read as "elect"
    analysis, found = _events("Voters in Norland re-elected Mayor Edda Kron on Sunday.")
    elect = found["elect"]
    assert elect.predicate == "elect"
    assert _names(analysis, elect.actors) == ["Edda Kron"]
    assert elect.time is not None and elect.time.value == "2026-04-12"
    _, found = _events("Chancellor Maria Keller and Prime Minister Pedro Alves co-hosted a summit.")
    assert found["host"].predicate == "host"


def test_events_a_deed_coordinated_with_a_reported_state_is_the_reporter_s() -> None:
    # the parser coordinates "accused" with "were unnecessary": the cuts cannot accuse, so
    # the union that said it did; "the cuts" repeat no earlier verb "cut" (and its plant)
    analysis, found = _events(
        "Delmont Airways said it would cut 500 jobs at its Harlow base. "
        "The pilots' union said the cuts were unnecessary and accused the airline of "
        "ignoring safety."
    )
    names = _names(analysis, found["accuse"].actors)
    assert any("union" in n for n in names)
    assert "Harlow" not in names


def test_events_a_deed_of_a_reported_person_stays_theirs() -> None:
    # "the gunman" can act: the attack is his, not the police's who report it
    analysis, found = _events(
        "Ravel City Police said the gunman was drunk and attacked two officers on Friday."
    )
    assert "attack" in found
    assert not [n for n in _names(analysis, found["attack"].actors) if "Police" in n]


def test_events_a_pronoun_subject_is_the_person_it_refers_to() -> None:
    analysis, found = _events(
        "Mr Varga crashed in practice on Friday, but he won the Harlow Grand Prix on Sunday."
    )
    assert _names(analysis, found["win"].actors)[:1] == ["Varga"]
    analysis, found = _events(
        "Mayor Edda Kron visited Harlow on Friday, where she met flood victims."
    )
    assert _names(analysis, found["meet"].actors) == ["Edda Kron"]
    # the speaker or the reader is no actor of the text
    _, found = _events("Mayor Edda Kron spoke on Friday. 'We will win,' Kron said.")
    assert found["win"].actors == ()


def test_events_an_event_under_a_condition_is_conditional() -> None:
    _, found = _events("Mr Varga will seal the title if he wins the Harlow Grand Prix on Sunday.")
    assert found["win"].modality == "conditional"
    _, found = _events("Mr Varga won the Harlow Grand Prix on Sunday.")
    assert found["win"].modality is None


@pytest.mark.parametrize(
    "text",
    [
        "Fans in Harlow have long had dreams of a Cup win.",
        "In anticipation of a Varga win, aides booked a hall in Harlow.",
    ],
)
def test_events_an_event_noun_of_a_prospect_is_expected(text: str) -> None:
    _, found = _events(text)
    assert found["win"].modality == "expected"


def test_events_an_event_noun_told_as_news_has_no_modality() -> None:
    _, found = _events("The Harlow Rovers celebrated a Cup win on Sunday.")
    assert found["win"].modality is None


def test_events_since_date_is_the_span_not_the_event_day() -> None:
    # "since 1952" tells when a drought began; the win happened on Saturday
    _, found = _events(
        "The Rovers won their first league title since 1952 on Saturday, beating the "
        "Harriers 3-1 in Dunmore.",
        published="2026-04-19",
    )
    win = found["win"]
    assert win.time is not None and win.time.value == "2026-04-18"


def test_events_since_date_alone_leaves_the_event_undated() -> None:
    _, found = _events(
        "The Rovers won their first league title since 1952.", published="2026-04-19"
    )
    assert found["win"].time is None


@pytest.mark.parametrize(
    ("text", "subtype", "plover"),
    [
        # a comeback in a game is no protest
        (
            "The Harriers scored three runs in the ninth inning, but the Rovers survived a "
            "late Harriers rally to win the game.",
            "comeback",
            None,
        ),
        # a candidate's rally is a campaign event
        (
            "Senator Ida Marsh spoke to supporters at her campaign rally in Dunmore on Friday.",
            "campaign",
            None,
        ),
        # with nothing to say otherwise, a rally is a protest
        (
            "Thousands of students held a rally outside the ministry in Dunmore on Friday.",
            "rally",
            "PROTEST",
        ),
    ],
)
def test_events_an_ambiguous_rally_is_typed_by_the_words_of_its_clause(
    text: str, subtype: str, plover: str | None
) -> None:
    _, found = _events(text)
    [rally] = [e for e in found.values() if e.predicate == "rally"]
    assert (rally.subtype, rally.type) == (subtype, plover)


def test_events_the_rally_s_own_words_decide_before_its_clause() -> None:
    # "campaign" modifies the rally; "team" and "game" are only in its clause
    _, found = _events(
        "Senator Ida Marsh left her campaign rally early to watch her home team play the game."
    )
    [rally] = [e for e in found.values() if e.predicate == "rally"]
    assert rally.subtype == "campaign"


def test_events_a_perfect_since_date_is_when_the_ongoing_event_began() -> None:
    # "have rallied since Monday": the rallying began on Monday and goes on
    _, found = _events(
        "Protesters have rallied outside the ministry since Monday.", published="2026-04-18"
    )
    rally = found["rally"]
    assert rally.time is not None and rally.time.value == "2026-04-13"


@pytest.mark.parametrize(
    "text",
    [
        # supporters and voters are no campaign: with no other word, a rally is a protest
        "Supporters of the detained union chief rallied outside the jail in Tarnby on Tuesday.",
        "Voters rallied in the market square on Tuesday to demand a recount.",
        # a protest purpose beats the words of a game ("team", "game")
        "Hundreds of fans rallied outside the arena on Tuesday to protest the sale of the team "
        "before the game.",
        # a goal in another clause ("the goal of the rally") is no game's
        "Cleaners rallied outside the depot on Tuesday, and the goal of the rally was a "
        "higher wage.",
    ],
)
def test_events_a_rally_is_no_campaign_or_comeback_by_generic_nouns(text: str) -> None:
    _, found = _events(text)
    [rally] = [e for e in found.values() if e.predicate == "rally"]
    assert (rally.subtype, rally.type) == ("rally", "PROTEST")


def test_events_a_campaign_rally_removes_no_other_event() -> None:
    analysis, found = _events(
        "Councillor Ruth Penn addressed a crowd at her campaign rally in Tarnby on Tuesday. "
        "The election will be held on May 9."
    )
    assert "campaign" in found
    assert "election" in {e.predicate for e in analysis.events}
