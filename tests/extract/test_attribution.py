"""First-pass attribution on sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Span

from newsclaims import analyze, settings, views
from newsclaims.extract.attribution import (
    _SIGNED_QUOTE,
    _colon_children,
    _quotation_chars,
    _signed_quotes,
    _Sources,
    _speakers_typed,
    is_cue_lemma,
    learned_cues,
)
from newsclaims.extract.pipeline import build_pipeline
from newsclaims.extract.spans import entity_ranges, token_indexes
from newsclaims.model import Claim, Entity
from newsclaims.names import UNNAMED_SOURCE
from newsclaims.store import SqlStore

pytestmark = pytest.mark.model

#: The entity key of a source no word names ("It is believed that").
UNNAMED = f"GROUP:{UNNAMED_SOURCE}"


def _claims(text: str) -> list[Claim]:
    """Attributed claims only (the outlet's own narration is tested on its own)."""
    return [c for c in analyze(text).claims if c.kind.value != "narration"]


@pytest.mark.parametrize(
    ("text", "source", "stance", "kind", "content_has"),
    [
        (
            '"We will rebuild every house," the governor said.',
            "the governor",
            "quoted",
            "direct",
            "rebuild every house",
        ),
        (
            "The ministry denied that troops had crossed the border.",
            "The ministry",
            "denied",
            "indirect",
            "troops had crossed",
        ),
        (
            "Officials estimate that 300 homes were destroyed.",
            "Officials",
            "estimated",
            "indirect",
            "300 homes",
        ),
        (
            "Analysts suggest the merger could collapse.",
            "Analysts",
            "hedged",
            "indirect",
            "merger could collapse",
        ),
        (
            "The company has not disclosed the price of the deal.",
            "The company",
            "undisclosed",
            "indirect",
            "price of the deal",
        ),
        (
            "The agency could not independently verify the video.",
            "The agency",
            "unverified",
            "indirect",
            "the video",
        ),
        (
            "According to the police, the driver fled the scene.",
            "the police",
            "reported",
            "according_to",
            "the driver fled",
        ),
        (
            "Ms Park told reporters that the plan was final.",
            "Ms Park",
            "reported",
            "indirect",
            "the plan was final",
        ),
        (
            "The union confirmed that the strike would go ahead.",
            "The union",
            "confirmed",
            "indirect",
            "strike would go ahead",
        ),
        (
            "Economists expect inflation to fall next year.",
            "Economists",
            "expected",
            "indirect",
            "inflation to fall",
        ),
    ],
)
def test_attribution_finds_source_stance_and_content(
    text: str, source: str, stance: str, kind: str, content_has: str
) -> None:
    claims = _claims(text)
    assert claims, f"no claim in {text!r}"
    claim = claims[0]
    assert claim.source is not None and claim.source.text == source
    assert claim.stance.value == stance
    assert claim.kind.value == kind
    assert content_has in claim.text


def test_attribution_conjoined_sources_each_get_the_claim() -> None:
    claims = _claims("Brazil and Argentina rejected the new tariff on Monday.")
    assert sorted(c.source.text for c in claims if c.source) == ["Argentina", "Brazil"]
    assert all(c.stance.value == "denied" for c in claims)


def test_attribution_pronoun_source_resolves_to_the_person() -> None:
    analysis = analyze("Maria Santos arrived late to the meeting. She said the talks had failed.")
    [claim] = [c for c in analysis.claims if c.source and c.source.text == "She"]
    assert claim.source_entity == "PERSON:maria santos"


def test_attribution_nested_claim_keeps_its_own_source() -> None:
    claims = _claims("The Daily Star noted it could not independently verify the footage.")
    stances = {c.stance.value for c in claims}
    assert stances == {"reported", "unverified"}
    inner = next(c for c in claims if c.stance.value == "unverified")
    assert inner.source is not None and inner.source.text == "it"
    assert inner.source_entity is not None and "daily star" in inner.source_entity


def test_attribution_anonymous_source_is_marked() -> None:
    [claim] = _claims("Officials said the bridge would stay closed.")
    assert claim.anonymous is True


def test_attribution_passive_subject_is_not_a_source_unless_named() -> None:
    [claim] = _claims("The trial is expected to last four weeks.")
    assert claim.stance.value == "expected"
    assert claim.source is None


def test_attribution_weak_cue_needs_a_complement() -> None:
    assert _claims("She wrote a letter to her brother.") == []


def test_attribution_quote_before_the_cue_is_the_content() -> None:
    text = "“The country will provide for you,” Kim said."
    [claim] = _claims(text)
    assert claim.kind.value == "direct"
    assert claim.text.startswith("“The country")


def test_attribution_quote_split_by_its_cue_is_one_claim_with_two_parts() -> None:
    text = '"The bridge," the engineer said, "will not reopen this year."'
    [claim] = _claims(text)
    assert claim.stance.value == "quoted"
    assert [p.text for p in claim.parts] == ['"The bridge,"', '"will not reopen this year."']
    assert claim.source is not None and claim.source.text == "the engineer"


def test_attribution_quote_continues_into_the_next_sentence() -> None:
    text = (
        '"We are ready," Ms Ortiz said. "The team has trained for months."\nThe match is on Sunday.'
    )
    claims = _claims(text)
    quoted = [c for c in claims if c.stance.value == "quoted"]
    assert len(quoted) == 1
    assert [p.text for p in quoted[0].parts] == [
        '"We are ready,"',
        '"The team has trained for months."',
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the next quotation has its own cue and another speaker: it is not carried on
        (
            'Lena Varga said: "We will rebuild." "Can you pay?" Omar Teller asked her.',
            "Lena Varga",
            '"We will rebuild."',
        ),
        (
            '"We will rebuild," Lena Varga said. "Why resign?" Omar Teller asked.',
            "Lena Varga",
            '"We will rebuild,"',
        ),
        # negative controls: the same speaker's words go on, with no cue or the same speaker
        (
            'Lena Varga said: "We will rebuild." "It will take years."',
            "Lena Varga",
            '"We will rebuild." "It will take years."',
        ),
        (
            '"We will rebuild," Lena Varga said. "It will take years."',
            "Lena Varga",
            '"We will rebuild," Lena Varga said. "It will take years."',
        ),
        (
            'Lena Varga said: "We will rebuild." "It will take years!" Varga added.',
            "Lena Varga",
            '"We will rebuild." "It will take years!"',
        ),
        # a verb inside the quotation ("promises") is no cue of another speaker's
        (
            'Tom Reyes spoke at the dock. "That," he added, "promises a long winter for us."',
            "he",
            '"That," he added, "promises a long winter for us."',
        ),
    ],
)
def test_attribution_continued_quote_stops_at_another_speakers_quotation(
    text: str, speaker: str, content: str
) -> None:
    [claim] = [c for c in _claims(text) if c.source is not None and c.source.text == speaker]
    assert claim.text == content


def test_attribution_signed_quotation() -> None:
    text = (
        "Readers wrote in.\n“He does not speak for us.” ― Maria Lopez\n“Nothing new.” ― Tom Reed\n"
    )
    claims = [c for c in _claims(text) if c.cue is not None and c.cue.text == "―"]
    assert [(c.source.text, c.text) for c in claims if c.source] == [
        ("Maria Lopez", "“He does not speak for us.”"),
        ("Tom Reed", "“Nothing new.”"),
    ]


def test_attribution_speaker_labels_in_a_transcript() -> None:
    text = (
        "The interview went on.\n\nHOST: Will you run again next year?\n\n"
        "GARCIA: I have not decided yet, and I will tell voters first.\n"
    )
    claims = [c for c in _claims(text) if c.cue is not None and c.cue.text == ":"]
    assert [c.source.text for c in claims if c.source] == ["HOST", "GARCIA"]
    assert claims[1].text == "I have not decided yet, and I will tell voters first."


def test_attribution_title_resolves_to_the_person() -> None:
    text = (
        "Opposition leader Tomas Brandt spoke in the capital. "
        "The leader said the vote had been rigged."
    )
    analysis = analyze(text)
    [claim] = [c for c in analysis.claims if c.source and c.source.text == "The leader"]
    assert claim.source_entity == "PERSON:tomas brandt"


def test_attribution_learned_lexicon_keeps_hand_stance_verbs() -> None:
    assert len(learned_cues()) > 100
    assert is_cue_lemma("say", True)
    assert is_cue_lemma("deny", False)
    assert not is_cue_lemma("eat", True)


def test_attribution_both_refers_to_the_conjoined_subjects() -> None:
    text = (
        "Paris and Berlin had long denied the plan, but in May both governments confirmed "
        "that talks had taken place."
    )
    analysis = analyze(text)
    confirmed = [c for c in analysis.claims if c.stance.value == "confirmed"]
    assert sorted(c.source_entity or "" for c in confirmed) == ["GPE:france", "GPE:germany"]


def test_attribution_unattributed_sentences_are_the_outlets_assertions() -> None:
    text = "The bridge reopened on Monday. Officials said repairs cost more than planned. Why?"
    claims = analyze(text).claims
    narration = [c for c in claims if c.kind.value == "narration"]
    assert [(c.text, c.stance.value, c.source) for c in narration] == [
        ("The bridge reopened on Monday", "asserted", None)
    ]
    assert any(c.kind.value == "indirect" for c in claims)


def test_attribution_two_verbs_sharing_one_object_report_that_object() -> None:
    claims = _claims("Both unions had long denied or stayed silent about the secret payments.")
    denials = [c for c in claims if c.stance.value == "denied"]
    assert denials, claims
    assert {c.text for c in denials} == {"the secret payments"}


def test_attribution_putting_a_figure_is_an_estimate_and_a_contrasting_claim_is_its_own() -> None:
    claims = _claims(
        "The charity estimates that 300 boats sank, while harbour officials put the number at 120."
    )
    by_source = {c.source.text: c for c in claims if c.source}
    assert by_source["harbour officials"].stance.value == "estimated"
    assert by_source["harbour officials"].text == "the number at 120"
    # the charity's claim stops before the other source's
    assert by_source["The charity"].text == "that 300 boats sank"


def test_attribution_a_document_speaks_for_whoever_published_it() -> None:
    analysis = analyze(
        "Halden Rail said fares would rise. The firm carried 40 million passengers last year, "
        "according to its annual report.",
        published="2026-03-14",
    )
    names = {e.key: e.name for e in analysis.entities}
    [claim] = [c for c in analysis.claims if c.source and c.source.text == "its annual report"]
    assert names[claim.source_entity] == "Halden Rail"
    assert "its annual report" not in {e.name for e in analysis.entities}


def test_attribution_a_negated_belief_is_a_denial() -> None:
    [claim] = _claims("The minister does not believe that the treaty will hold.")
    assert claim.stance.value == "denied"
    assert "treaty will hold" in claim.text


def test_attribution_negation_of_a_raising_cue_stays_in_the_content() -> None:
    claims = _claims("The fire did not appear to be related to the strike, the police said.")
    assert claims
    assert any("not appear to be related" in c.text for c in claims)
    assert not any(c.text.startswith("to be related") for c in claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("LISBON — Ana Costa said on Monday that the bridge would reopen.", "Ana Costa"),
        # a city with its state or country after a comma
        ("DAYTON, Ohio -- Ana Costa said on Monday that the bridge would reopen.", "Ana Costa"),
        (
            "Judge blocks road law.\nDAYTON, Ohio - U.S. District Judge Ana C. Costa late "
            "Thursday said the bridge would reopen.",
            "U.S. District Judge Ana C. Costa",
        ),
        (
            "SAN MATEO, Calif. — Ana Costa said on Monday that the bridge would reopen.",
            "Ana Costa",
        ),
        (
            "Judge blocks road law.\nDAYTON, Ohio - Officials late Thursday said the bridge "
            "would reopen.",
            "Officials",
        ),
        (
            "JACKSON, Miss. - Gov. Carl Vance said on Monday that the bill would pass.",
            "Gov. Carl Vance",
        ),
    ],
)
def test_attribution_a_dateline_is_never_a_speaker(text: str, source: str) -> None:
    # the whole dateline ("CITY, State -") is outside the source and the content
    claims = _claims(text)
    said = [c for c in claims if c.source]
    assert [c.source.text for c in said if c.source] == [source]
    assert not any(w in said[0].text for w in ("LISBON", "DAYTON", "MATEO", "JACKSON"))


@pytest.mark.parametrize(
    "text",
    [
        "Still, Ana Costa - who chairs the board - said the bridge would reopen.",
        # capitals and a comma before a name are no dateline without a state or country
        "NO DEAL, Vance - who chairs the panel - said the bill would pass.",
    ],
)
def test_attribution_a_comma_after_an_opening_word_is_no_dateline(text: str) -> None:
    claims = _claims(text)
    sources = [c.source.text for c in claims if c.source]
    assert len(sources) == 1 and sources[0].endswith(("Ana Costa", "Vance"))


def test_attribution_unattributed_speech_is_not_the_outlets_assertion() -> None:
    analysis = analyze(
        'The bridge reopened on Monday after two years of repairs. "It is a great day for '
        'the city and for everyone who crosses it every single morning."'
    )
    narration = [c.text for c in analysis.claims if c.kind.value == "narration"]
    assert any("bridge reopened" in t for t in narration)
    assert not any("great day" in t for t in narration)


def test_attribution_a_parenthetical_cue_reports_the_clause_it_interrupts() -> None:
    text = "The new bridge, the mayor said, will open in the spring."
    claims = _claims(text)
    assert len(claims) == 1
    claim = claims[0]
    assert claim.source is not None and claim.source.text == "the mayor"
    assert [p.text for p in claim.parts] == ["The new bridge", "will open in the spring"]
    assert all(text[p.start : p.end] == p.text for p in claim.parts)


def test_attribution_an_inverted_subject_with_an_apposition_is_the_source() -> None:
    text = '"The river is rising fast," said Anna Berg, a hydrologist at the regional office.'
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].source is not None and claims[0].source.text.startswith("Anna Berg")
    assert "river is rising" in claims[0].text


def test_attribution_a_conjoined_cue_inherits_the_subject() -> None:
    claims = _claims(
        "Mr. Olsen praised the volunteers during his visit and said the dam would hold."
    )
    said = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert len(said) == 1
    assert said[0].source is not None and said[0].source.text == "Mr. Olsen"
    assert said[0].text == "the dam would hold"


def test_attribution_a_passive_cue_with_an_agent_gives_one_claim() -> None:
    claims = _claims("It was reported by MSNBC that the senator would run again.")
    assert len(claims) == 1
    assert claims[0].source is not None and claims[0].source.text == "MSNBC"
    assert claims[0].text == "that the senator would run again"


def test_attribution_signed_quotation_with_initials_and_a_no_break_space() -> None:
    text = "“We will vote in November.” ― Edwin G. Monroy\u00a0\n“Nothing changes.” ― Ana Ruiz\n"
    claims = _claims(text)
    assert [c.source.text for c in claims if c.source is not None] == [
        "Edwin G. Monroy",
        "Ana Ruiz",
    ]
    assert claims[0].text == "“We will vote in November.”"


def test_attribution_quotation_before_a_cue_with_an_addressee_and_after_a_colon() -> None:
    claims = _claims(
        "“The levee will hold,” Ms. Dahl, 61, told reporters on Monday.\n\n"
        "The mayor was upbeat, telling the council: “We are ready for the flood.”"
    )
    by_source = {c.source.text: c.text for c in claims if c.source is not None}
    assert by_source["Ms. Dahl"] == "“The levee will hold,”"
    assert by_source["The mayor"] == "“We are ready for the flood.”"


def test_attribution_a_heading_on_another_line_is_not_the_source() -> None:
    claims = _claims("12:15 p.m.\n\nMaria Lopez says the bridge will reopen next week.")
    assert [c.source.text for c in claims if c.source is not None] == ["Maria Lopez"]


def test_attribution_indirect_speech_carries_on_into_a_quotation_that_follows() -> None:
    text = (
        "Ms. Grey said the council had “a duty to rebuild.” “We cannot wait for the next flood.”"
        "\n\nThe meeting ended at noon."
    )
    claims = _claims(text)
    assert len(claims) == 1
    assert [p.text for p in claims[0].parts] == [
        "the council had “a duty to rebuild.”",
        "“We cannot wait for the next flood.”",
    ]


def test_attribution_indirect_content_ending_inside_a_quotation_runs_to_its_end() -> None:
    claims = _claims("The senator told reporters that the fine was “peanuts, really.”")
    assert claims[0].text == "that the fine was “peanuts, really.”"


def test_attribution_of_two_subjects_side_by_side_the_nearest_is_the_source() -> None:
    claims = _claims(
        'Speaking at a rally in Dover, Delaware, Johnson went after Clark, calling him "a '
        'lost cause."'
    )
    assert [c.source.text for c in claims if c.source is not None] == ["Johnson"]


def test_attribution_a_quotation_closed_by_a_full_stop_is_not_handed_to_the_next_cue() -> None:
    claims = _claims('"We will win." The bridge, Mr. Hale said, linked the two towns.')
    bush = [c for c in claims if c.source is not None and c.source.text == "Mr. Hale"]
    assert len(bush) == 1
    assert "We will win" not in bush[0].text


def test_attribution_a_quotation_after_a_full_stop_is_not_the_previous_cues() -> None:
    claims = _claims(
        "The bill expanded the services that Ms. Lind demanded.\n\n"
        '"She drove a hard bargain," Mr. Ortiz recalled last week.'
    )
    quoted = [c for c in claims if "hard bargain" in c.text]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == "Mr. Ortiz"
    assert "expanded" not in quoted[0].text


@pytest.mark.parametrize(
    "text",
    [
        "'What a mess,' said an angry Lena Brandt after the stage in Austria on Sunday.",
        "\u2018What a mess,\u2019 said an angry Lena Brandt after the stage in Austria.",
    ],
)
def test_attribution_single_quoted_words_are_a_direct_quote(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert (claim.stance.value, claim.kind.value) == ("quoted", "direct")
    assert "What a mess" in text[claim.start : claim.end]


def test_attribution_plural_possessive_is_no_quotation_mark() -> None:
    [claim] = [
        c
        for c in _claims("The players' union said the deal was fair to everyone in the talks.")
        if c.source is not None
    ]
    assert (claim.stance.value, claim.kind.value) == ("reported", "indirect")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'It is mad,' said Ann.", True),
        ("He said: 'We won. We are happy.' Then", True),  # the quotation opened a sentence back
        ("He said the players' union won.", False),
        ("He said it's fine, and left.", False),
    ],
)
def test_attribution_inside_quotation_reads_the_marks(text: str, quoted: bool) -> None:
    from newsclaims.extract.attribution import _inside_quotation  # noqa: PLC0415

    words = {
        "'It is mad,' said Ann.": "'It is mad",
        "He said: 'We won. We are happy.' Then": "We are happy",
        "He said the players' union won.": "the players",
        "He said it's fine, and left.": "it's fine",
    }[text]
    start = text.index(words)
    assert _inside_quotation(text, start, start + len(words)) is quoted


@pytest.mark.parametrize(
    "text",
    [
        "The mayor congratulated the winning team after the final.",
        "Angry shoppers have vented their fury on social media.",
        "The senator expressed her anger.",
        "The council called an emergency meeting.",
        "The coach tweeted his congratulations.",
    ],
)
def test_attribution_a_speech_act_with_a_bare_object_is_no_claim(text: str) -> None:
    analysis = analyze(text)
    assert _claims(text) == []
    # the act is the outlet's narration, as any other event
    assert [c.kind.value for c in analysis.claims] == ["narration"]


@pytest.mark.parametrize(
    ("text", "content_has"),
    [
        ("Critics called the plan a disgrace.", "a disgrace"),
        ("The minister expressed concern that the talks would fail.", "talks would fail"),
        ("Residents expressed deep concern about the new road.", "about the new road"),
        ("The coach tweeted that the team had earned the title.", "earned the title"),
        ("Ana tweeted: 'First the tax, now the chocolate.'", "now the chocolate"),
        ("Pilots are calling for the airport to be closed.", "airport to be closed"),
    ],
)
def test_attribution_a_speech_act_that_states_something_is_a_claim(
    text: str, content_has: str
) -> None:
    (claim,) = _claims(text)
    assert content_has in claim.text


def test_attribution_speech_acts_are_kept_for_the_stages_after_it() -> None:

    doc = build_pipeline()("The mayor congratulated the winning team.")
    assert [s.text for s in doc.spans["newsclaims_speech_acts"]] == ["congratulated"]
    assert doc._.newsclaims_claims is not None
    assert all(c.kind.value == "narration" for c in doc._.newsclaims_claims)


@pytest.mark.parametrize(
    "text",
    [
        "A stray dog was seen near the bench.",
        "Water is being pumped out of the flooded tunnel.",
        "The rise can be blamed on the weak pound.",
        "He and his dog were refused entry to the stadium.",
    ],
)
def test_attribution_a_passive_without_agent_clause_or_predicate_is_narration(text: str) -> None:
    assert _claims(text) == []
    assert [c.kind.value for c in analyze(text).claims] == ["narration"]


@pytest.mark.parametrize(
    ("text", "content_has"),
    [
        ("The shape is said to be a legend.", "to be a legend"),
        ("It has been reported that the shop was closed.", "shop was closed"),
        ("The guards have been accused of beating prisoners.", "beating prisoners"),
    ],
)
def test_attribution_a_passive_with_a_clause_or_predicate_is_an_unnamed_claim(
    text: str, content_has: str
) -> None:
    (claim,) = _claims(text)
    assert content_has in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "Chapman was asked to get four more outs.",
        "He was asked to get eight outs in the fifth game, then four more outs in the sixth.",
        "The riders were told to go back to the start.",
    ],
)
def test_attribution_the_one_addressed_in_a_passive_is_not_a_source(text: str) -> None:
    assert _claims(text) == []


def test_attribution_a_passive_that_clause_to_the_one_addressed_has_an_unnamed_source() -> None:
    (claim,) = _claims("The pilot was told that the runway was closed.")
    # the one told is not the speaker: whoever told is unnamed; the cue's words are the
    # evidence, the unnamed source's entity what is shown
    assert claim.source is not None and claim.source.text == "was told" and claim.anonymous
    assert claim.source_entity == UNNAMED
    assert "runway was closed" in claim.text


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        # a quotation left open when the next one opens ends there
        (
            'He said: "We won. It is hers. "I cried." Ann wrote: "Done!" Then',
            ['"We won. It is hers.', '"I cried."', '"Done!"'],
        ),
        # an inch mark after a number closes nothing and opens nothing
        ('He is 5\'10" tall and said "ok then" twice.', ['"ok then"']),
        # a paragraph ends an open quotation only when the next one opens with a mark
        ('He said "one\n\n"two" more', ['"one', '"two"']),
        ('He said "one\n\nand two" more', []),
        ("“Curly” marks say their side", ["“Curly”"]),
        # a curly quotation closed with a straight mark ends there, not at a curly closing
        # mark paragraphs later; one carried on into a paragraph that opens with a mark goes on
        (
            '“We lost," said Ana.\n\nThe club named a “new coach” today.',
            ['“We lost,"', "“new coach”"],
        ),
        ("“We lost.\n\n“We will be back,” Ana said.", ["“We lost.\n\n“We will be back,”"]),
        ("“We lost\n\nThe club named a “new coach” today.", ["“We lost", "“new coach”"]),
        ("“We lost the\nfinal,” said Ana.", ["“We lost the\nfinal,”"]),
    ],
)
def test_attribution_quotation_marks_pair_by_their_side(text: str, quotations: list[str]) -> None:
    from newsclaims.extract.attribution import _quotation_chars  # noqa: PLC0415

    assert [text[s:e] for s, e in _quotation_chars(text)] == quotations


def test_attribution_an_unclosed_quotation_does_not_pair_the_marks_after_it() -> None:
    text = (
        'Ann Lee said: "My team waited years. It was long. "I cried a bit, it was so good." '
        'Later Bob Stone tweeted: "It happened: we won the cup. Come to the party."'
    )
    [claim] = [c for c in _claims(text) if c.source is not None and c.source.text == "Bob Stone"]
    assert claim.kind.value == "direct"
    assert claim.text.startswith('"It happened: we won the cup')


@pytest.mark.parametrize(
    ("text", "parts", "unnamed"),
    [
        (
            "The girl had first been reported to be eight years old.",
            ["The girl", "to be eight years old"],
            "had first been reported",
        ),
        ("The trial is expected to last four weeks.", ["The trial", "to last four weeks"], None),
        # a named person as the raised subject: others expect it of her, she is no source
        (
            "Senator Ruth Adeyemi was expected to be named to the panel.",
            ["Senator Ruth Adeyemi", "to be named to the panel"],
            None,
        ),
    ],
)
def test_attribution_a_raised_subject_is_the_first_part_of_the_content(
    text: str, parts: list[str], unnamed: str | None
) -> None:
    """The raised subject is what the claim is about, never its source: a report verb's
    source is unnamed (its own words), a forecast's is the outlet's (none)."""
    [claim] = _claims(text)
    if unnamed is None:
        assert claim.source is None
    else:
        assert claim.source is not None and claim.source.text == unnamed and claim.anonymous
    assert [text[p.start : p.end] for p in claim.parts] == parts
    assert claim.text.startswith(parts[0])


def test_attribution_a_content_run_over_a_whole_text_makes_no_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A clause spanning more than ``MAX_CONTENT_TOKENS`` (a text without sentence ends) is
    a broken parse: no claim, and no walk of the whole text for each cue in it."""
    text = "The mayor said the bridge would reopen after the repairs to its deck."
    assert [c.source.text for c in _claims(text) if c.source] == ["The mayor"]
    monkeypatch.setattr(settings, "MAX_CONTENT_TOKENS", 5)
    assert _claims(text) == []


def test_attribution_an_expected_act_of_a_named_person_stays_theirs() -> None:
    """The golden convention: "Kim is expected to meet Putin" is Kim's expected act; only a
    passive or a state raised from ("was expected to be named") has no source of its own."""
    [claim] = _claims("Minister Lena Holt is expected to visit the port next week.")
    assert claim.source is not None and claim.source.text == "Minister Lena Holt"
    assert claim.stance.value == "expected"


def test_attribution_a_negation_keeps_its_contraction_whole() -> None:
    claims = _claims("The coach didn't argue that the referee was wrong.")
    assert any(c.text.startswith("didn't argue that the referee") for c in claims)
    assert not any(c.text.startswith("n't") for c in claims)


def test_attribution_a_quotation_before_its_cue_starts_at_its_opening_mark() -> None:
    text = (
        "Fans celebrate outside the field after their victory It was a different scene for "
        "the singer Nina Hart was another one of the fans 'I only wanted to show people "
        "how much we care,' she said."
    )
    [claim] = [c for c in _claims(text) if c.cue is not None and c.cue.text == "said"]
    assert (claim.kind.value, claim.stance.value) == ("direct", "quoted")
    assert claim.text.startswith("'I only wanted to show people")


def test_attribution_a_quotation_ends_where_page_furniture_starts() -> None:
    text = (
        'Ann Lee said: "We have worked for this all year and we won it. Image caption Fans '
        'celebrate outside the stadium in the rain. We will never forget this night," she said.'
    )
    analysis = analyze(text)
    [caption] = analysis.furniture
    claims = [c for c in analysis.claims if c.kind.value != "narration"]
    assert claims
    for claim in claims:
        for part in claim.parts or (claim,):
            assert part.end <= caption.start or part.start >= caption.end


def test_attribution_a_complement_ends_before_a_report_frame_after_it() -> None:
    text = (
        "A spokeswoman for the firm insisted that \"the new price wasn't set because of "
        'the vote," the BBC reported.'
    )
    [claim] = [c for c in _claims(text) if c.cue is not None and c.cue.text == "insisted"]
    assert "set because of the vote" in claim.text
    assert "BBC" not in claim.text


@pytest.mark.parametrize(
    ("text", "cue", "content", "left_out"),
    [
        (
            "First accounts had put the shaft at a depth of 60m. The miner was found after a "
            "search of 70 hours, according to a fire chief.",
            "according to",
            "The miner was found after a search of 70 hours",
            "60m",
        ),
        (
            "And Kate Olsen asked why not simply charge more? \"It's not as if anyone "
            'buys it every week. Madness," she fumed.',
            "asked",
            "why not simply charge more",
            None,
        ),
    ],
)
def test_attribution_an_indirect_content_stays_in_its_sentence(
    text: str, cue: str, content: str, left_out: str | None
) -> None:
    [claim] = [c for c in _claims(text) if c.cue is not None and c.cue.text == cue]
    first = claim.parts[0] if claim.parts else claim
    assert text[first.start : first.end] == content
    if left_out is not None:
        assert left_out not in claim.text


def test_attribution_an_abbreviation_ends_no_sentence() -> None:
    [claim] = _claims("Mr. Song said Mr. Li had left the U.S. Army at 5 p.m. Tuesday.")
    assert claim.text == "Mr. Li had left the U.S. Army at 5 p.m. Tuesday"


def test_attribution_the_complement_after_a_colon_is_what_was_written() -> None:
    text = (
        "The size of 500g jars has been cut to 450g while the 250g jars now hold only "
        '220g. Showing the new jars on its website, Marlow Foods wrote: "We decided '
        'to alter the jars so that shoppers can still afford them."'
    )
    [claim] = [c for c in _claims(text) if c.cue is not None and c.cue.text == "wrote"]
    assert claim.kind.value == "direct"
    assert claim.text.startswith('"We decided to alter the jars')


def test_attribution_a_partial_quote_after_the_cue_keeps_the_indirect_speech() -> None:
    text = "Lane said that Ortiz would raise with Mills 'a few of those plans,' she added."
    [claim] = [c for c in _claims(text) if c.cue is not None and c.cue.text == "said"]
    assert claim.text.startswith("that Ortiz would raise with Mills")
    assert claim.kind.value != "direct"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("It has been reported that the factory will close next year.", "It has been reported"),
        ("The old well is said to be a legend among the villagers.", "is said"),
        ("It is believed that the lighthouse keeper left in spring.", "It is believed"),
        ("It is understood that the ferry will stop running in May.", "It is understood"),
        ("It is thought the bridge was closed for repairs.", "It is thought"),
    ],
)
def test_attribution_unnamed_passive_cue_is_an_anonymous_source(text: str, source: str) -> None:
    """A passive cue stands for a source no word names: its words (with the expletive "It")
    are the source's evidence, and the source is the one unnamed entity, never "It" nor the
    cue's words."""
    analysis = analyze(text)
    [claim] = [c for c in analysis.claims if c.kind.value != "narration"]
    assert claim.source is not None and claim.source.text == source
    assert analysis.article.text[claim.source.start : claim.source.end] == source
    assert claim.anonymous is True
    assert claim.source_entity == UNNAMED
    [entity] = [e for e in analysis.entities if e.key == UNNAMED]
    assert (entity.name, entity.type) == (UNNAMED_SOURCE, "GROUP")
    # no word names it, so it has no mention (that would be the cue's words as a name)
    assert all(m.entity != UNNAMED for m in analysis.mentions)


def test_attribution_unnamed_source_is_listed_as_unnamed(store: SqlStore) -> None:
    """Stored and listed, the claim of "It is believed that" names the unnamed source, with
    the passive phrase as the mention it was read from."""
    store.add(analyze("It is believed that the lighthouse keeper left in spring."))
    [row] = [r for r in views.claims(store).rows if r["stance"] != "asserted"]
    assert row["source"] == UNNAMED_SOURCE
    assert row["mention"] == "It is believed"
    assert row["anonymous"] is True


def test_attribution_passive_judgement_stays_the_outlets() -> None:
    claims = _claims("The shortfall can be blamed on the weak harvest, the report shows.")
    assert all(
        not (c.anonymous and c.source is not None and "blamed" in c.source.text) for c in claims
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a phrase reaching back over a quote mark: the quote is not part of the name
        (
            "It was not about money' A spokeswoman for Acme Foods said it.",
            "spokeswoman for Acme Foods",
        ),
        ('Prices rose" the spokesman for Dunmore Rail said it.', "spokesman for Dunmore Rail"),
        ("The spokeswoman for Acme Foods said it.", "spokeswoman for Acme Foods"),
        # a plural possessive's apostrophe is no quote mark
        ("The dockworkers' union said it.", "dockworkers' union"),
        ("Prices rose' the nurses' union said it.", "nurses' union"),
    ],
)
def test_attribution_a_group_source_never_takes_in_a_quote(text: str, name: str) -> None:
    """An unnamed source phrase made a GROUP entity starts after the last quote mark or
    sentence end before its verb (no model needed: the tokens are enough)."""
    import spacy  # noqa: PLC0415

    from newsclaims.extract.attribution import _Sources  # noqa: PLC0415
    from newsclaims.extract.pipeline import _register_extensions  # noqa: PLC0415

    _register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc._.newsclaims_entities = {}
    verb = next(t.i for t in doc if t.text == "said")
    key = _Sources(doc, []).group(0, verb)
    assert doc._.newsclaims_entities[key].name == name


def test_attribution_a_possessive_apostrophe_stays_in_a_group_source() -> None:
    """The possessive "'" of a plural ("the dockworkers' union") is no quote mark: the
    unnamed source's entity keeps its whole name."""
    analysis = analyze("The dockworkers' union said that nine crates were lost at the pier.")
    [claim] = [c for c in analysis.claims if c.kind.value != "narration"]
    names = {e.key: e.name for e in analysis.entities}
    assert claim.source_entity is not None
    assert names[claim.source_entity] == "dockworkers' union"


# --- issue 16: narration is no claim, quotations keep their stance, channels are no sources


@pytest.mark.parametrize(
    "text",
    [
        "The squad seemed exhausted after the long flight home.",
        "The harbour appeared calm on Tuesday morning.",
        "The mayor found himself swept up in the celebrations.",
        "The coach observed the match from the stands.",
        "As he said goodbye, the crowd at the station cheered.",
        "The singer walked to the front of the stage to say thank you.",
    ],
)
def test_attribution_narration_with_a_cue_word_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_attribution_what_seems_to_someone_is_their_belief() -> None:
    [claim] = _claims("It seemed to him that the harvest was lost.")
    assert claim.source is not None and claim.source.text == "him"
    assert "the harvest was lost" in claim.text


def test_attribution_seemed_to_suggest_gives_the_subject_one_claim() -> None:
    [claim] = _claims("The treasurer seemed to suggest that fares would rise.")
    assert claim.source is not None and claim.source.text == "The treasurer"
    assert "fares would rise" in claim.text


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        (
            "On Sunday the baker Ines Moll wrote: 'Our ovens are cold again. Nobody can pay "
            "these rents.' Most shops stayed shut.",
            "the baker Ines Moll",
            "Nobody can pay these rents.'",
        ),
        (
            "'We won. We really won. Oslo, we won,' the goalkeeper Ivo Lund said after the "
            "final whistle.",
            "the goalkeeper Ivo Lund",
            "Oslo, we won,'",
        ),
        (
            "A commuter stood in the queue and said: 'This line is longer than the river'.",
            "A commuter",
            "longer than the river",
        ),
        (
            '"The pool stays open," Mayor Ida Holm told the council, adding that, "the '
            'lifeguards will stay until nine."',
            "Mayor Ida Holm",
            "lifeguards will stay",
        ),
    ],
)
def test_attribution_a_quotation_in_any_marks_is_quoted(
    text: str, source: str, content_has: str
) -> None:
    claims = [c for c in _claims(text) if content_has in c.text]
    assert claims
    for claim in claims:
        assert claim.source is not None and claim.source.text == source
        assert (claim.kind.value, claim.stance.value) == ("direct", "quoted")


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        ("He said: 'We tried. It failed.' Then he left.", ["'We tried. It failed.'"]),
        ("The players' union didn't agree.", []),
        ("They called it 'a big mess' and 'a bad idea' on air.", ["'a big mess'", "'a bad idea'"]),
        ("Rock 'n' roll is ‘great fun’ today.", ["‘great fun’"]),
        ("Wait 'til next year. 'We won,' she said.", ["'We won,'"]),
        (
            "The note read: 'The roof leaks. 'Nobody has come to fix it.' Then it ended.",
            ["'The roof leaks.", "'Nobody has come to fix it.'"],
        ),
    ],
)
def test_attribution_single_mark_quotations_are_found(text: str, quotations: list[str]) -> None:
    assert [text[s:e] for s, e in _quotation_chars(text)] == quotations


def test_attribution_according_to_after_a_cue_relays_the_whole_report() -> None:
    claims = _claims("The senator said the levy was dead, according to Radio Nord.")
    found = sorted((c.source.text if c.source else "", c.text) for c in claims)
    assert found == [
        ("Radio Nord", "The senator said the levy was dead"),
        ("The senator", "the levy was dead"),
    ]


def test_attribution_according_to_inside_what_was_said_stays() -> None:
    [claim] = _claims("The levy was dead, according to Radio Nord.")
    assert claim.source is not None and claim.source.text == "Radio Nord"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "As the Courier revealed last week, the governor had hidden the audit.",
            "the Courier",
            "the governor had hidden the audit",
        ),
        (
            "As the paper reported, the mayor will resign in May.",
            "the paper",
            "the mayor will resign in May",
        ),
    ],
)
def test_attribution_as_x_reported_frames_the_main_clause(
    text: str, source: str, content: str
) -> None:
    [claim] = _claims(text)
    assert claim.source is not None and claim.source.text == source
    assert claim.text == content


def test_attribution_quoted_as_saying_reports_the_clause() -> None:
    [claim] = _claims("Lindqvist was quoted as saying the bridge would fail.")
    assert claim.source is not None and claim.source.text == "Lindqvist"
    assert claim.text == "the bridge would fail"


def test_attribution_a_formula_with_a_clause_is_still_a_claim() -> None:
    [claim] = _claims("He said sorry that the ferry was late.")
    assert "the ferry was late" in claim.text


def test_attribution_a_quotation_ending_in_a_comma_is_not_carried_on() -> None:
    text = (
        "A neighbour said Bo hopes to come home soon. 'He just wants some peace,' his "
        "spokesman Al Ray told the radio."
    )
    [claim] = [c for c in _claims(text) if c.cue is not None and c.cue.text == "said"]
    assert "wants some peace" not in claim.text


def test_attribution_as_i_said_inside_a_quotation_frames_nothing() -> None:
    text = "'As I said on Monday, the ferry will sail at noon,' the skipper wrote."
    claims = _claims(text)
    assert all(c.cue is None or c.cue.text != "said" for c in claims)
    assert any(c.cue is not None and c.cue.text == "wrote" for c in claims)


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        # apostrophes, never quotation marks
        ("Sean O'Brien said the '90s and rock 'n' roll were back.", []),
        ("The players’ union said the owners’ offer was fine in the ‘90s.", []),
        ("James' car and the Joneses' van were stolen.", []),
        # an elision the list lacks opens nothing that a plural possessive could close
        ("The 'burbs are quiet, the mayor said of the players' union.", []),
        ("Fans shouted 'nuff said and went home.\nThe Joneses' team won.", []),
        # a real quotation beside possessives
        ("The players' union met. 'We agreed,' the owners' lawyer said.", ["'We agreed,'"]),
    ],
)
def test_attribution_apostrophes_are_no_single_mark_quotations(
    text: str, quotations: list[str]
) -> None:
    assert [text[s:e] for s, e in _quotation_chars(text)] == quotations


def test_attribution_an_elision_before_a_possessive_keeps_the_claim() -> None:
    # "praising the residents' groups" is a claim of its own since a participle after a
    # hand-listed cue shares its speaker (indirect8)
    [claim] = [
        c
        for c in _claims(
            "The 'burbs are quiet and safe, the mayor said, praising the residents' groups."
        )
        if c.cue is not None and c.cue.text == "said"
    ]
    assert claim.source is not None and claim.source.text == "the mayor"
    assert "quiet and safe" in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "Pérez blasted a three-run homer in the sixth inning.",
        "The goalkeeper deflected the ball over the bar.",
        "Ortiz singled to right in the ninth.",
        "Lena Moss was later named player of the tournament.",
        "Jo Bell announced the final out.",
        "The visiting fans mocked him as he walked off the pitch.",
        "The spokesman confirmed it.",
    ],
)
def test_attribution_plays_and_namings_are_no_claims(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor blasted the budget as a giveaway.", "blasted"),
        ("The mayor singled out the council for its delays.", "singled out"),
    ],
)
def test_attribution_speech_senses_of_play_verbs_stay_claims(text: str, cue: str) -> None:
    [claim] = _claims(text)
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and claim.source.text == "The mayor"


def test_attribution_named_subject_of_is_said_to_is_not_the_source() -> None:
    [claim] = _claims("Lord Halsey is said to have sold the castle.")
    assert claim.source is None or "Halsey" not in claim.source.text
    assert claim.anonymous is True
    assert "sold the castle" in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "History will say the hero is Smith.",
        "A clock above the stands said it was 2am.",
        "Only time will tell whether the plan works.",
    ],
)
def test_attribution_subjects_that_cannot_speak_are_no_sources(text: str) -> None:
    assert _claims(text) == []


def test_attribution_attributed_to_keeps_what_it_was_attributed_to() -> None:
    [claim] = _claims("The maker attributes the revolt to rising costs.")
    assert claim.text.endswith("to rising costs")


def _quoted_by(text: str) -> list[tuple[str | None, list[str]]]:
    """(source, quoted parts) of each direct quote, in order."""
    return [
        (c.source.text if c.source else None, [p.text for p in c.parts] or [c.text])
        for c in _claims(text)
        if c.kind.value == "direct"
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "not_theirs"),
    [
        # a quotation named by one speaker, then another's cue in the same sentence: the
        # quotation that opens the next paragraph is the second speaker's
        (
            'Her neighbours have mocked the plan, calling it "a silly fantasy," Ms Dunn said '
            'as she left the hall.\n\n"But it is our fantasy, and we will build it!"',
            "Her neighbours",
            "our fantasy",
        ),
        # a headline's quotation is not the first paragraph's speaker's
        (
            "Mayor Says Library Will Tell of 'Fear and Hope.'\n\n"
            "DENVER -- Mayor Ana Ruiz, at the library's opening on Saturday, said it would "
            "tell a local story, one of ''fear and hope, of loss, and then of finding a home.''",
            "Mayor Ana Ruiz",
            "Fear and Hope.",
        ),
    ],
)
def test_attribution_quotations_of_two_speakers_are_not_one_claim(
    text: str, speaker: str, not_theirs: str
) -> None:
    theirs = [c for c in _claims(text) if c.source is not None and c.source.text == speaker]
    assert theirs
    for claim in theirs:
        assert not any(not_theirs in p.text for p in claim.parts)
        assert not_theirs not in claim.text


def test_attribution_a_dateline_subject_stands_for_its_apposition() -> None:
    text = (
        "DENVER -- Mayor Ana Ruiz, opening the library on Saturday, said it would serve "
        "every reader in the city."
    )
    [claim] = _claims(text)
    assert claim.source is not None and claim.source.text == "Mayor Ana Ruiz"
    assert "every reader" in claim.text


def test_attribution_a_cue_sharing_the_subject_keeps_the_quotation_going() -> None:
    text = (
        '"We are ready," Ms Ortiz said, adding that the team was fit. "We have trained for months."'
    )
    quoted = [parts for source, parts in _quoted_by(text) if source == "Ms Ortiz"]
    assert any(any("trained for months" in p for p in parts) for parts in quoted)


@pytest.mark.parametrize(
    ("text", "experiencer"),
    [
        ("It seemed to Ms Lane that the ferry would never come.", "Ms Lane"),
        ("The new role makes him look gentler to Mr. Hale than he used to be.", None),
    ],
)
def test_attribution_seem_to_needs_a_view_not_an_adjective_phrase(
    text: str, experiencer: str | None
) -> None:
    sources = [c.source.text for c in _claims(text) if c.source is not None]
    assert sources == ([experiencer] if experiencer else [])


@pytest.mark.parametrize(
    "text",
    [
        # a preposition before the verb is no predicate of a passive: nothing is reported
        "As a result of the error, the Lakeport Sharks were spared the defeat.",
        # a verb learnt as a cue from the corpus alone, with a subject no source was ever
        # headed by: the outlet tells what the thing does
        "To many fans, the smaller chocolate bars signal a dim future for the factory.",
    ],
)
def test_attribution_narration_with_a_non_speaker_subject_has_no_source(text: str) -> None:
    assert [c.source.text for c in _claims(text) if c.source is not None] == []


def test_attribution_a_known_speaker_noun_keeps_a_learnt_cue() -> None:
    # "officials" headed gold sources: the same learnt cue keeps it as the source
    claims = _claims("To many fans, the officials signal a dim future for the factory.")
    assert [c.source.text for c in claims if c.source is not None] == ["the officials"]


def test_attribution_quoted_words_keep_an_unheard_of_subject() -> None:
    claims = _claims('Angry shoppers branded the move "stupid" on Monday.')
    assert [c.source.text for c in claims if c.source is not None] == ["Angry shoppers"]


def test_attribution_a_cue_inside_a_quotation_never_reports_the_narration() -> None:
    claims = _claims(
        'Lee Park, a fan who was at the meeting, recalled, "All at once, he said, '
        "'We will win the league next year.'\""
    )
    # the quoted "he said" reports only quoted words, never the sentence that quotes it
    assert [c.source.text for c in claims if c.source is not None] == ["Lee Park"]
    assert all(c.text.startswith('"') for c in claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The coach said Lee Park hopes to win the league next year.", "The coach"),
        (
            "Maria Lopez recalled that the mayor told them the factory would close in May.",
            "Maria Lopez",
        ),
        (
            "Ana Ruiz said on Friday that the senator had told her the bill would pass.",
            "Ana Ruiz",
        ),
    ],
)
def test_attribution_relayed_speech_belongs_to_the_one_relaying_it(text: str, source: str) -> None:
    claims = _claims(text)
    # one claim, of the reporter: the relayed speaker's cue makes no claim of its own
    assert len(claims) == 1
    assert claims[0].source is not None
    assert claims[0].source.text == source


def test_attribution_a_source_relaying_itself_keeps_the_inner_claim() -> None:
    stances = {c.stance.value for c in _claims("Reuters noted it could not verify the video.")}
    assert "unverified" in stances


def test_attribution_a_caption_heading_in_capitals_is_the_person_who_speaks() -> None:
    """A caption's heading ("NAME Role") run into the sentence after it: the person speaks,
    named as a person, not the heading as a body of its own."""
    a = analyze(
        "Stars reacted to the result online.\n\nAMY KESSLER Comedian wrote that the night was "
        "a disaster for the country.\n\nThe crowd marched on."
    )
    names = {e.key: (e.name, e.type) for e in a.entities}
    said = [c for c in a.claims if c.source is not None]
    assert said and all(names.get(c.source_entity or "") == ("Amy Kessler", "PERSON") for c in said)


def test_attribution_a_caption_heading_the_recogniser_missed_is_a_person() -> None:
    """No entity covers the heading: two words in capitals opening with a first name, then
    more words, are that person, in title case; a heading with no first name is not."""
    from newsclaims.extract.attribution import _Sources  # noqa: PLC0415

    nlp = build_pipeline()
    doc = nlp.make_doc("AMY KESSLER Comedian wrote it. BLUE CAT Superstitious fans wrote it.")
    doc._.newsclaims_entities = {}
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
    sources = _Sources(doc, [])
    key = sources.group(0, 3)
    assert (key, doc._.newsclaims_entities[key].name) == ("PERSON:amy kessler", "Amy Kessler")
    assert not sources.group(6, 10).startswith("PERSON:")


@pytest.mark.parametrize(
    ("text", "speaker", "said_of"),
    [
        (
            "Ana Ruiz Says Tom Okafor ‘Makes You Want To Laugh’.\nMayor Ana Ruiz spoke on Monday.",
            "Ana Ruiz",
            "Tom Okafor",
        ),
        ('Ana Ruiz says Tom Okafor "makes you want to laugh".', "Ana Ruiz", "Tom Okafor"),
    ],
)
def test_attribution_a_subject_after_the_cue_is_what_is_said_of_not_a_source(
    text: str, speaker: str, said_of: str
) -> None:
    claims = _claims(text)
    cued = [c for c in claims if c.cue is not None and c.cue.text.lower() == "says"]
    assert len(cued) == 1
    assert cued[0].source is not None and cued[0].source.text == speaker
    assert cued[0].text.startswith(said_of)
    assert all(c.source is None or said_of not in c.source.text for c in claims)


def test_attribution_an_inverted_subject_after_the_cue_stays_the_source() -> None:
    claims = _claims('"The port is open," said Tom Okafor, the harbour master.')
    assert [c.source.text for c in claims if c.source is not None] == ["Tom Okafor"]


def test_attribution_a_claim_does_not_open_with_the_signature_of_an_embedded_post() -> None:
    claims = _claims(
        "Fans were furious on social media.\n"
        "Brexit took my bread too. -- Tom Reed (@tomreed) November 8, 2016 Despite the "
        "rumours, bakery officials told the Harbour Times this week that the new loaf had "
        "been in the works for years."
    )
    told = [c for c in claims if c.cue is not None and c.cue.text == "told"]
    assert len(told) == 1
    assert told[0].text == "that the new loaf had been in the works for years"


def test_attribution_an_embedded_post_does_not_run_into_its_signature() -> None:
    claims = _claims(
        "Fans were quick to respond.\n"
        "My uncle says he can finally sell his old car -- Phil Hayes (@philhayes) November 3, "
        "2016 The team did not comment."
    )
    says = [c for c in claims if c.cue is not None and c.cue.text == "says"]
    assert len(says) == 1
    assert says[0].text == "he can finally sell his old car"


def test_attribution_a_content_does_not_cross_a_paragraph_into_another_speakers_quotation() -> None:
    claims = _claims(
        "Harbour officials said the gulls had left the pier.\n\n"
        '“Nobody feeds the gulls any more," said Mayor Ann Kole in an interview. "We move on."\n\n'
        "The budget will go to the “oversight board” next year."
    )
    by_source = {c.source.text: c for c in claims if c.source is not None}
    assert by_source["Harbour officials"].text == "the gulls had left the pier"
    assert by_source["Mayor Ann Kole"].text.startswith("“Nobody feeds the gulls any more,")
    assert "budget" not in by_source["Mayor Ann Kole"].text


@pytest.mark.parametrize("mark", ["'", '"'])
def test_attribution_a_caption_line_source_stops_at_its_line_break(mark: str) -> None:
    claims = _claims(
        "Fans reacted online on Tuesday.\n"
        f"{mark}I cried all the way home{mark}, wrote actor Tom Brandt\n"
        "He was there with his family."
    )
    [wrote] = [c for c in claims if c.cue is not None and c.cue.text == "wrote"]
    assert wrote.source is not None and wrote.source.text == "actor Tom Brandt"
    assert wrote.text == f"{mark}I cried all the way home{mark}"


def test_attribution_a_heading_in_capitals_is_no_source_of_the_sentence_it_runs_into() -> None:
    claims = _claims(
        "Fans sang late into the night.\n"
        '"I never thought I would see this," she said. ANOTHER CURSE BROKEN: THE PORT AND '
        "THE GULL Superstitious sailors point to one storm that doomed the fleet in 1969."
    )
    sources = [c.source.text for c in claims if c.source is not None]
    assert sources == ["she"]


def test_attribution_a_subject_in_capitals_before_a_comma_is_no_heading() -> None:
    claims = _claims("Fans cheered.\nTOM OKAFOR, the harbour master, said the port would reopen.")
    assert [c.source.text for c in claims if c.source is not None] == ["TOM OKAFOR"]


@pytest.mark.parametrize(
    ("text", "stance", "content_has"),
    [
        ("A spokeswoman for the bakery declined to comment.", "undisclosed", "comment"),
        ("Mr Olsen refused to say how many drivers had quit.", "undisclosed", "how many drivers"),
        ("The ministry declined to confirm that the match was moved.", "unverified", "match was"),
    ],
)
def test_attribution_refusing_to_speak_is_one_withheld_claim(
    text: str, stance: str, content_has: str
) -> None:
    claims = _claims(text)
    assert len(claims) == 1, [(c.cue and c.cue.text, c.text) for c in claims]
    assert claims[0].stance.value == stance
    assert content_has in claims[0].text


@pytest.mark.parametrize(
    "text",
    ["The mayor refused to sign the new budget.", "The senator refused to endorse Ms Varga."],
)
def test_attribution_refusing_an_act_is_not_withholding_speech(text: str) -> None:
    assert all(c.stance.value != "undisclosed" for c in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "A previous version of this story incorrectly stated that the bridge had closed.",
        "It was wrongly reported that the bridge had closed.",
    ],
)
def test_attribution_a_report_called_false_is_the_outlets_denial(text: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].source is None
    assert claims[0].stance.value == "denied"
    assert "the bridge had closed" in claims[0].text


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The spokesman falsely claimed that the bridge had closed.",
            "The spokesman",
            "that the bridge had closed",
        ),
        (
            "Some bloggers wrongly insist that the comet will hit the moon.",
            "Some bloggers",
            "that the comet will hit the moon",
        ),
        (
            "The senator's tweet falsely claimed that the election had been stolen.",
            "The senator's tweet",
            "that the election had been stolen",
        ),
        (
            "A state television report wrongly stated that the minister had resigned.",
            "A state television report",
            "that the minister had resigned",
        ),
    ],
)
def test_attribution_a_speakers_claim_called_false_stays_the_speakers(
    text: str, source: str, content: str
) -> None:
    """The speaker still made the claim; the outlet's verdict that it is false is a second
    claim of its own (no source, denied) on the same content."""
    claims = _claims(text)
    assert sorted((c.source.text if c.source else "", c.stance.value, c.text) for c in claims) == [
        ("", "denied", content),
        (source, "reported", content),
    ]


def test_attribution_a_denial_called_false_is_the_outlets_assertion() -> None:
    claims = _claims("The minister falsely denied that he had met the envoy in March.")
    assert sorted((c.source.text if c.source else "", c.stance.value, c.text) for c in claims) == [
        ("", "asserted", "that he had met the envoy in March"),
        ("The minister", "denied", "that he had met the envoy in March"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pitcher slammed into the outfield wall in the third inning.",
        "Her car crashed into a barrier on the final lap.",
        "The manager called for his closer, Dan Ruiz, in the ninth inning.",
        "The coach called for him after the second foul.",
    ],
)
def test_attribution_an_action_preposition_tells_what_was_done(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "content_has"),
    [
        ("The union called for calm after the vote.", "calm"),
        ("The senator called for Mr Ruiz's resignation.", "resignation"),
    ],
)
def test_attribution_a_demand_for_a_thing_stays_a_claim(text: str, content_has: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert content_has in claims[0].text


@pytest.mark.parametrize(
    ("text", "cue", "content_has"),
    [
        ("Explaining the decision, the statement said costs had risen.", "said", "costs"),
        (
            "The club will sell the stadium, reports the Herald, citing two sources.",
            "reports",
            "stadium",
        ),
    ],
)
def test_attribution_a_participle_naming_the_topic_makes_no_claim(
    text: str, cue: str, content_has: str
) -> None:
    claims = _claims(text)
    assert [c.cue.text for c in claims if c.cue] == [cue]
    assert content_has in claims[0].text


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The ministry was unable to say how many people were hurt.", "undisclosed"),
        ("The ministry was unable to clarify how many people were hurt.", "undisclosed"),
        ("The ministry declined to clarify how many people were hurt.", "undisclosed"),
        ("Police were unable to confirm the reports of looting.", "unverified"),
    ],
)
def test_attribution_an_inability_to_tell_withholds(text: str, stance: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].source is not None
    assert claims[0].stance.value == stance


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Doctors were unable to explain the cause of death.", "Doctors", "the cause of death"),
        (
            "Officials were unable to describe the extent of the damage.",
            "Officials",
            "the extent of the damage",
        ),
        (
            "The airline was unable to estimate how many flights would be cancelled.",
            "The airline",
            "how many flights would be cancelled",
        ),
    ],
)
def test_attribution_an_inability_to_explain_withholds(
    text: str, source: str, content: str
) -> None:
    """A verb of telling with no "not" of its own under "unable to" keeps the content back (it
    once made the whole stage fail, losing every claim of the article)."""
    analysis = analyze(text)
    assert analysis.rejection is None
    claims = [c for c in analysis.claims if c.kind.value != "narration"]
    assert [(c.source.text if c.source else None, c.stance.value, c.text) for c in claims] == [
        (source, "undisclosed", content)
    ]


def test_attribution_an_inability_keeps_the_other_claims_of_the_article() -> None:
    text = (
        "Three people died when a road bridge collapsed on Sunday, police said.\n\n"
        '"It was like an earthquake," said resident Maria Lopez.\n\n'
        "The mayor told reporters the bridge had been inspected last year.\n\n"
        "Engineers were unable to explain the collapse."
    )
    analysis = analyze(text)
    assert analysis.rejection is None
    claims = [c for c in analysis.claims if c.kind.value != "narration"]
    assert [(c.source.text if c.source else None, c.stance.value) for c in claims] == [
        ("police", "reported"),
        ("resident Maria Lopez", "quoted"),
        ("The mayor", "reported"),
        ("Engineers", "undisclosed"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "contents"),
    [
        (
            "Describing the proposal as unworkable, union leaders said they would strike.",
            "union leaders",
            ["the proposal as unworkable", "they would strike"],
        ),
        (
            "Citing the storm as the cause of the delay, the airline said flights would resume.",
            "the airline",
            ["the storm as the cause of the delay", "flights would resume"],
        ),
        (
            "Outlining plans for 20,000 new homes, the minister said the shortage would end.",
            "the minister",
            ["plans for 20,000 new homes", "the shortage would end"],
        ),
    ],
)
def test_attribution_a_participle_that_says_something_of_its_object_keeps_its_claim(
    text: str, source: str, contents: list[str]
) -> None:
    claims = _claims(text)
    assert [(c.source.text if c.source else None, c.stance.value, c.text) for c in claims] == [
        (source, "reported", content) for content in contents
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Outlining the plan on Monday, the minister said that taxes would not rise.",
            "the minister",
            "that taxes would not rise",
        ),
        (
            "Detailing the costs, the report said that the bridge was over budget.",
            "the report",
            "that the bridge was over budget",
        ),
        (
            "Describing the attack, a witness said that the men had fled on foot.",
            "a witness",
            "that the men had fled on foot",
        ),
    ],
)
def test_attribution_a_participle_laying_out_a_bare_object_names_the_topic(
    text: str, source: str, content: str
) -> None:
    # "the plan" alone is what the report is about: no claim of its own
    claims = _claims(text)
    assert [(c.source.text if c.source else None, c.stance.value, c.text) for c in claims] == [
        (source, "reported", content)
    ]


def test_attribution_a_participle_judging_its_object_keeps_its_claim() -> None:
    claims = _claims("The bakers have announced higher prices, blaming the weak pound.")
    assert "blaming" in [c.cue.text for c in claims if c.cue]


def test_attribution_an_inability_to_act_is_no_claim() -> None:
    assert _claims("The club was unable to sign the striker before the deadline.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of supporters sang 'Rovers Forever' outside the ground.",
        'The crowd was singing "Rise Up Harbour Town" in the rain.',
    ],
)
def test_attribution_a_sung_song_is_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_attribution_a_quotation_ending_in_a_nested_one_is_a_direct_quote() -> None:
    text = (
        "Ms. Lund spoke on Friday, adding that, \"it would be wrong to link this to 'the vote.' \""
    )
    claims = [c for c in _claims(text) if c.cue is not None and c.cue.text == "adding"]
    assert len(claims) == 1
    assert claims[0].stance.value == "quoted"
    assert claims[0].text.startswith('"it would be wrong')


def test_attribution_a_sung_lyric_quoted_as_a_sentence_stays_a_claim() -> None:
    claims = _claims('As the old band sang, "they will never take our homes from us."')
    assert [c.stance.value for c in claims] == ["quoted"]


def test_attribution_the_infinitive_of_a_refusal_makes_no_claim_of_its_own() -> None:
    # the endorsement was refused: "Ms Varga" alone is no one's claim
    claims = _claims("The senator refused to endorse Ms Varga.")
    assert [c.cue.text for c in claims if c.cue is not None] == ["refused"]
    assert claims[0].text == "to endorse Ms Varga"


def test_attribution_a_relative_pronoun_speaks_only_for_a_noun_that_can() -> None:
    # "threaten" is learnt from the corpus: a mine shaft is no speaker, a union is
    assert _claims("The old mine shaft, which threatens to collapse, was closed.") == []
    claims = _claims("The union, which threatens to strike in May, met on Monday.")
    assert [c.source.text for c in claims if c.source is not None] == ["which"]


@pytest.mark.parametrize(
    "text",
    [
        "His legs apparently indicated he was weary after the long race.",
        "The skid marks implied that the car had braked late.",
    ],
)
def test_attribution_evidence_is_no_speaker(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The hospital confirmed that two patients had died.", "The hospital"),
        ("The embassy confirmed that the ambassador had left.", "The embassy"),
    ],
)
def test_attribution_a_body_that_confirms_is_a_source(text: str, source: str) -> None:
    claims = _claims(text)
    assert [c.source.text for c in claims if c.source is not None] == [source]


def test_attribution_a_report_or_a_person_indicating_stays_a_source() -> None:
    claims = _claims("The report indicated that sales fell. The coach confirmed that he was hurt.")
    assert [c.source.text for c in claims if c.source is not None] == ["The report", "The coach"]


def test_attribution_a_learnt_cue_with_a_particle_no_gold_cue_had_is_no_claim() -> None:
    # "call off" never made a gold cue in PolNeAR train (particle_senses.tsv); "call out" did
    assert _claims("The council called off the vote to give members more time.") == []
    claims = _claims("The mayor called out the council for its delays.")
    assert [c.cue.text for c in claims if c.cue is not None] == ["called out"]


# realclaims (issue 16, session 31): what real news showed stored as claims that are none,
# and forms of attribution it missed. Sentences written for these tests.


@pytest.mark.parametrize(
    "text",
    [
        # an intention or wish with a bare infinitive is no statement
        "The Rams were hoping to bring the town its first cup this season.",
        "Several companies have sought to raise prices since the vote.",
        "The union wants to reopen the talks next month.",
        # a subject that names no one is the outlet's rhetoric
        "That is a headline that few thought they would ever read.",
        "Few believed the team would win the title.",
        "No one said the plan would fail.",
        "Hardly anyone expected the team to win.",
        "No voter claimed that the count was rigged.",
        # what is told, bare, is no one (workbench10)
        "According to legend, the old ferryman cursed the bridge forever.",
        "Rumour has it that the mayor will resign before the vote.",
        # a passive cue raised from the verb it hangs from: its subject undergoes it
        "Ortiz must be thrilled she can at last sell that old car.",
    ],
)
def test_intentions_and_nobody_make_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        ("He hoped that the talks would resume.", "He", "talks would resume"),
        ("A few fans said the team would win.", "A few fans", "team would win"),
        ("Many said the team would win.", "Many", "team would win"),
        # a person told of with an article or a modifier is someone (workbench10)
        ("The club legend said the team would win.", "The club legend", "team would win"),
        # an article of its own cuts a noun off a plural subject (a clause without "that")
        (
            "The bakery shrank its loaves, in a step customers have described as mean.",
            "customers",
            "mean",
        ),
        ("The firm plans to say that profits rose.", "The firm", "profits rose"),
    ],
)
def test_hopes_with_a_clause_and_some_speakers_stay_claims(
    text: str, source: str, content_has: str
) -> None:
    claims = _claims(text)
    assert [c.source.text for c in claims if c.source] == [source]
    assert content_has in claims[0].text


def test_a_caption_inside_a_quotation_is_left_out_of_its_content() -> None:
    text = (
        "The team won the title on Sunday night in Denver.\n"
        "\"It's amazing. I'm so proud of this group,\" captain Ana Ruiz said."
        ' "We did it for the fans.\n'
        "Fans celebrate the win in the city centre (Getty)\n"
        '"Every player on this team looks after each other."\n'
    )
    analysis = analyze(text)
    assert any(f.text.startswith("Fans celebrate") for f in analysis.furniture)
    (quote,) = [c for c in analysis.claims if c.kind.value == "direct"]
    # the content points to its exact characters, caption and all ...
    assert analysis.article.text[quote.start : quote.end] == quote.text
    assert "Every player" in quote.text and "for the fans" in quote.text
    # ... and its parts, what was said, leave the caption out
    said = " ".join(p.text for p in quote.parts)
    assert "Every player" in said and "for the fans" in said
    assert "Fans celebrate" not in said and "Getty" not in said
    for p in quote.parts:
        assert analysis.article.text[p.start : p.end] == p.text == p.text.strip()


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        ("First accounts had put the shaft at a depth of 60m.", "First accounts", "60m"),
        ("Officials put the death toll at 40.", "Officials", "toll at 40"),
    ],
)
def test_putting_something_at_a_number_is_an_estimate(
    text: str, source: str, content_has: str
) -> None:
    (claim,) = _claims(text)
    assert claim.stance.value == "estimated"
    assert claim.source is not None and claim.source.text == source
    assert content_has in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "He put the ball at the 40-yard line.",
        "She put the meeting at 3pm on Friday.",
        # the number is no object of "at" (nor of its "of" phrase), or it is a rank
        "The CEO put the company at risk of losing 40 contracts.",
        "The coach put his team at No. 2 in the rankings.",
    ],
)
def test_putting_a_thing_at_a_place_or_time_is_no_estimate(text: str) -> None:
    assert _claims(text) == []


def test_an_agentless_passive_in_a_statement_is_the_statements() -> None:
    (claim,) = _claims(
        "In a statement on the bakery's website, the new recipe was blamed on"
        ' "rising prices for flour and butter."'
    )
    assert claim.source is not None and claim.source.text.startswith("a statement")
    assert "rising prices" in claim.text


def test_an_infinitive_of_purpose_is_its_heads_subjects_speech() -> None:
    (claim,) = _claims('The singer also tweeted at @FLOTUS to say that her campaign is "fake."')
    assert claim.source is not None and claim.source.text == "The singer"
    assert "campaign is" in claim.text


def _post_quotes(text: str) -> list[Claim]:
    return [c for c in analyze(text).claims if c.kind.value == "direct"]


def test_an_embedded_posts_last_sentence_is_its_signers_quote() -> None:
    text = (
        "The team won the title on Sunday night in Denver. I want the coach to stay for ten"
        " more years. #Rockies pic.twitter.com/abc123 -- Ana Ruiz (@anaruiz) November 3,"
        " 2016 The team will parade through the city on Friday."
    )
    (quote,) = _post_quotes(text)
    assert quote.source is not None and quote.source.text == "Ana Ruiz"
    assert quote.stance.value == "quoted"
    assert quote.text.startswith("I want the coach")
    narration = [c.text for c in analyze(text).claims if c.kind.value == "narration"]
    assert any(t.startswith("The team won") for t in narration)
    assert any(t.startswith("The team will parade") for t in narration)


@pytest.mark.parametrize("after", [" \U0001f64f", " #floods \U0001f64f", " (More soon)"])
def test_an_emoji_or_a_bracket_after_a_posts_last_sentence_keeps_its_signer(after: str) -> None:
    text = (
        "We rescued 40 people today and more are coming home."
        f"{after} \u2014 Ana Ruiz (@AnaRuiz) May 9, 2024"
    )
    claims = analyze(text).claims
    assert [(c.source.text if c.source else None, c.stance.value, c.text) for c in claims] == [
        ("Ana Ruiz", "quoted", "We rescued 40 people today and more are coming home")
    ]


def test_a_post_run_into_the_articles_sentence_starts_after_its_sentence_end() -> None:
    text = (
        "To many fans, the loss signals a dim future for baseball in the U.S. #Rockies in three"
        " years:"
        " pic.twitter.com/abc123 -- Lisa (@lisa) November 8, 2016"
    )
    (quote,) = _post_quotes(text)
    assert quote.source is not None and quote.source.text == "Lisa"
    assert quote.text.startswith("#Rockies in three years")
    assert "dim future" not in quote.text


def test_a_sentence_with_words_before_a_signature_stays_the_outlets() -> None:
    text = (
        "The team won the title on Sunday night in Denver, and the fans were happy about it."
        " What a ride -- Ana Ruiz (@anaruiz) November 3, 2016"
    )
    # the post is the words after the sentence end; the article's sentence stays the outlet's
    assert [q.text for q in _post_quotes(text)] == ["What a ride"]
    narration = [c.text for c in analyze(text).claims if c.kind.value == "narration"]
    assert any(t.startswith("The team won") for t in narration)


def _claims_of(text: str) -> list[tuple[str | None, str]]:
    found = analyze(text)
    names = {e.key: e.name for e in found.entities}
    claims = [c for c in found.claims if c.kind.value != "narration"]
    return [(names.get(c.source_entity or ""), c.text) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose the statement is: a possessor, "from", "on ...'s page", "in a statement"
        ("A statement on the club's website said that the coach had resigned.",
         [("the coach had resigned", "club")]),
        ("Giving a reason, the statement on Kessler's Facebook page said: \"We are"
         " experiencing higher costs.\"", [("higher costs", "Kessler")]),
        ("Valmora FC said in a statement that the coach had resigned. The statement said he"
         " would stay on until May.",
         [("the coach had resigned", "Valmora FC"), ("he would stay on", "Valmora FC")]),
        ("An aerial video posted by Kessler News shows that the bridge has collapsed.",
         [("the bridge has collapsed", "Kessler News")]),
        # an "on" phrase with no owner before the one that names it
        ("A statement on Tuesday from the club said the manager would stay.",
         [("the manager would stay", "club")]),
        ("A statement from the club on Tuesday said the manager would stay.",
         [("the manager would stay", "club")]),
        # a sign is no one's words
        ("Protesters marched through Valmora. Signs read 'Not my mayor' as they walked.",
         [("Not my mayor", None)]),
        # people, not media: a plural of people who post, and surnames that are medium words
        ("Forum posters said the update broke their phones.",
         [("the update broke", "Forum posters")]),
        ("Marquee told reporters the deal was done.", [("the deal was done", "Marquee")]),
        ("Banner said the deal was done.", [("the deal was done", "Banner")]),
    ],
)  # fmt: skip
def test_attribution_a_medium_is_no_source_its_owner_is(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A statement, a video or a sign carries words; whose it is speaks ("a statement from
    the club", "the club's video"), and with no owner the claim has no source (issue 18).
    Each expected claim is found by its words and must have that source (a quote may give
    its source a second claim, a relayed report, which is not pinned)."""
    found = _claims_of(text)
    for words, source in expected:
        sources = [s for s, content in found if words in content]
        assert sources, (words, found)
        assert set(sources) == {source}, (words, found)


def test_attribution_a_that_clause_after_the_cue_is_what_it_reports() -> None:
    # the parse can hang a clause before the cue on it as a second complement
    text = (
        "Writing for a county newsletter that all agreed Varga won the vote, Tomas Lind noted "
        "that the way Varga spoke was critical to her success."
    )
    claims = [c for c in _claims(text) if c.cue is not None and c.cue.text == "noted"]
    assert [c.text for c in claims] == ["that the way Varga spoke was critical to her success"]


def test_attribution_a_that_clause_after_the_one_told_is_what_was_told() -> None:
    text = (
        "In Oslo last week, she told a meeting of harbour pilots that few towns understood "
        "the risks of the new canal better than theirs."
    )
    claims = _claims(text)
    assert [(c.source.text if c.source else None, c.text) for c in claims] == [
        ("she", "that few towns understood the risks of the new canal better than theirs")
    ]


def test_attribution_a_participle_after_a_cue_shares_its_speaker() -> None:
    text = (
        '"There is anger in the valley," Ana Ruiz said, referring to the closure of the '
        "Dunmore mill."
    )
    claims = [c for c in _claims(text) if c.cue is not None and c.cue.text == "referring"]
    assert [(c.source.text if c.source else None, c.text) for c in claims] == [
        ("Ana Ruiz", "to the closure of the Dunmore mill")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "On Friday, the governor refused to warn the gang or even openly "
            "name it as the culprit.",
            "refused",
            "to warn the gang or even openly name it as the culprit",
        ),
    ],
)
def test_attribution_a_coordinated_complement_is_carried_on(
    text: str, cue: str, content: str
) -> None:
    claims = [c for c in _claims(text) if c.cue is not None and c.cue.text == cue]
    assert [c.text for c in claims] == [content]


def test_attribution_a_quotation_split_by_its_cue_keeps_both_halves() -> None:
    claims = _claims('"I just felt it was going to be a long night," she said, "that I would win."')
    assert [c.text for c in claims] == [
        '"I just felt it was going to be a long night," she said, "that I would win."'
    ]


def test_attribution_an_infinitive_takes_no_subject_from_further_up() -> None:
    text = (
        "The May referendum on quitting the pact sent the currency lower, leading some bakers "
        "to reveal that bread would cost more."
    )
    assert all(c.source is None or "vote" not in c.source.text for c in _claims(text))


def test_attribution_a_cue_finds_its_subject_up_a_chain_of_verbs() -> None:
    claims = _claims(
        "Senator Ana Ruiz kept to the budget at first but slowly grew harsher, finally "
        "saying the plan would be a disaster."
    )
    assert [(c.source.text if c.source else None, c.text) for c in claims] == [
        ("Senator Ana Ruiz", "the plan would be a disaster")
    ]


def test_attribution_a_speech_frame_train_holds_as_a_cue_reports() -> None:
    # "continue" is a cue under the lemma bar, but before a quotation train has it as one
    # 44 times of 55 (cue_frames.tsv)
    claims = _claims('"We will be back next year with a stronger team," the coach continued.')
    assert [
        (c.source.text if c.source else None, c.cue.text if c.cue else None) for c in claims
    ] == [("the coach", "continued")]


@pytest.mark.parametrize(
    "text",
    [
        "Local media named Li Wei.",
        "The club identified Ana Ruiz on Tuesday.",
    ],
)
def test_attribution_a_naming_verb_with_only_a_name_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_attribution_a_naming_verb_with_what_it_says_keeps_its_claim() -> None:
    claims = _claims("Local media named the boy as Li Wei.")
    assert len(claims) == 1
    assert "the boy" in claims[0].text


@pytest.mark.parametrize(
    ("text", "speaker", "relay", "content"),
    [
        (
            "A spokesman incorrectly said that two workers had died, the council said.",
            "A spokesman",
            "the council",
            "that two workers had died",
        ),
        (
            "The mayor falsely claimed that the bridge was safe, the Herald reported.",
            "The mayor",
            "the Herald",
            "that the bridge was safe",
        ),
    ],
)
def test_attribution_a_report_called_false_inside_anothers_claim_is_that_sources_verdict(
    text: str, speaker: str, relay: str, content: str
) -> None:
    # the one who reports the false claim calls it false, not the outlet
    claims = _claims(text)
    found = sorted((c.source.text if c.source else "", c.stance.value, c.text) for c in claims)
    assert found == sorted(
        [
            (relay, "reported", text[: text.index(content) + len(content)]),
            (speaker, "reported", content),
            (relay, "denied", content),
        ]
    )


def test_attribution_a_persons_presence_speaks_for_no_one() -> None:
    assert _claims("The mayor's presence at the rally suggests a deal with the unions.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Will the council tell residents how much the new harbour wall will cost?",
        "Did the minister say at the meeting that the harbour plan was dead?",
        "Why did the minister say at the meeting that the harbour plan was dead",
        "Councillor Ruiz will you tell the voters what the harbour plan will cost",
    ],
)
def test_attribution_a_question_makes_no_claim(text: str) -> None:
    analysis = analyze(text)
    # nothing found is the only rejection allowed: a crash (W203) or a too-short text fails
    assert analysis.rejection is None or analysis.rejection.code == "W202"
    assert [c for c in analysis.claims if c.kind.value != "narration"] == []


def test_attribution_a_name_called_before_a_question_still_asks() -> None:
    # "Minister," is tagged like a fronted adverbial; the addressee "you" is asked, not quoted
    text = "Minister, did you say that taxes would rise next year, the reporter asked on Monday."
    claims = _claims(text)
    assert [(c.source.text if c.source else None, c.stance.value, c.text) for c in claims] == [
        ("the reporter", "reported", "Minister, did you say that taxes would rise next year")
    ]


@pytest.mark.parametrize(
    ("text", "source", "stance", "content"),
    [
        (
            "Only later did police say that the man had been armed.",
            "police",
            "reported",
            "that the man had been armed",
        ),
        (
            "Not until Friday did the ministry confirm that three soldiers had died.",
            "the ministry",
            "confirmed",
            "that three soldiers had died",
        ),
        (
            "Never before has the central bank said that rates could rise this fast.",
            "the central bank",
            "hedged",
            "that rates could rise this fast",
        ),
    ],
)
def test_attribution_an_inversion_after_a_fronted_adverbial_states_a_report(
    text: str, source: str, stance: str, content: str
) -> None:
    claims = _claims(text)
    assert [(c.source.text if c.source else None, c.stance.value, c.text) for c in claims] == [
        (source, stance, content)
    ]


@pytest.mark.parametrize(
    ("text", "source", "stance", "content"),
    [
        # read as "the company did not say that ...": it leaves it unsaid
        (
            "At no point did the company say that the plant was unsafe.",
            "the company",
            "undisclosed",
            "that the plant was unsafe",
        ),
        (
            "Nowhere did the report say that the plant was unsafe.",
            "the report",
            "undisclosed",
            "that the plant was unsafe",
        ),
        (
            "Seldom has the bank said that rates would rise.",
            "the bank",
            "undisclosed",
            "that rates would rise",
        ),
        (
            "Nor did the company say that the plant was unsafe.",
            "the company",
            "undisclosed",
            "that the plant was unsafe",
        ),
        # "Hardly had X said Y when ...": X said it, and something followed at once
        (
            "Hardly had the minister said that the talks were over when the protests began.",
            "the minister",
            "reported",
            "that the talks were over when the protests began",
        ),
        # read as "the minister did not suggest that ...": a belief negated is a denial
        (
            "In no way did the minister suggest that the plant was unsafe.",
            "the minister",
            "denied",
            "that the plant was unsafe",
        ),
    ],
)
def test_attribution_an_inversion_after_a_negative_phrase_is_read_as_negated(
    text: str, source: str, stance: str, content: str
) -> None:
    claims = _claims(text)
    assert [(c.source.text if c.source else None, c.stance.value, c.text) for c in claims] == [
        (source, stance, content)
    ]


def test_attribution_a_clause_before_a_verb_with_its_own_object_is_not_relayed() -> None:
    text = "Prices climbed all winter, however shoppers found bargains at the street markets."
    claims = _claims(text)
    # the clause before "found" is no content it relays (what "found" holds is another rule's)
    assert [c.source.text if c.source else None for c in claims] == ["shoppers"]
    assert "Prices climbed" not in claims[0].text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plan is dead, he told reporters on Monday.", "he"),
        ("The bridge will reopen in May, the council said on Friday.", "the council"),
    ],
)
def test_attribution_a_clause_before_its_relay_stays_its_content(text: str, source: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].source is not None and claims[0].source.text == source
    assert text.startswith(claims[0].text)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The race was cancelled after the storm, reports ESPN.", "ESPN", "The race was cancelled"),
        ("They have two children, reports USA Today.", "USA Today", "They have two children"),
        ("The striker has been sold to a rival, reports the Sun.", "the Sun", "The striker"),
    ],
)
def test_attribution_an_inverted_relay_names_its_source(
    text: str, source: str, content: str
) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].source is not None and claims[0].source.text == source
    assert claims[0].text.startswith(content)


@pytest.mark.parametrize(
    ("text", "source", "quotation"),
    [
        (
            'The final was over at last. "Did you ever doubt us?" read one supporter\'s flag '
            "outside the ground.",
            "one supporter's flag",
            '"Did you ever doubt us?"',
        ),
        (
            '"We are never leaving this town," read the placard at the gate.',
            "the placard",
            '"We are never leaving this town,"',
        ),
    ],
)
def test_attribution_a_quotation_before_an_inverted_common_noun_names_its_source(
    text: str, source: str, quotation: str
) -> None:
    # the parse takes the noun after "read" for its object; after a quotation the verb has
    # no subject of its own, and the noun phrase right after it is the inverted subject
    quoted = [c for c in _claims(text) if c.kind.value == "direct"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == source
    assert quoted[0].text == quotation


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ('"Save our library," write letters to the council.', "letters"),
        ('"Save our library," post notes on the door.', "notes"),
    ],
)
def test_attribution_a_quotation_before_a_bare_common_noun_names_no_source(
    text: str, noun: str
) -> None:
    # a bare noun after the verb, even one that can carry words, is an imperative's object
    assert not [c for c in _claims(text) if c.source is not None and noun in c.source.text]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ('"We will rebuild the bridge," explained the decision to close the road.', "decision"),
        ('"The deal is dead," announced the end of the talks, Smith said.', "end"),
    ],
)
def test_attribution_a_quotation_before_an_abstract_noun_names_no_inverted_source(
    text: str, noun: str
) -> None:
    # only a speaker or a text that carries words is the inverted subject of the verb after
    # a quotation; a decision or an end is its object (or a misparse), never a source
    assert not [c for c in _claims(text) if c.source is not None and noun in c.source.text]
    assert len([c for c in _claims(text) if c.kind.value == "direct"]) <= 1


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"The car just stopped on the final lap," added the two-time champion.',
            "the two-time champion",
        ),
        ('"I am sorry for the delay," added the singer.', "the singer"),
        ('"The bridge is unsafe," said the report.', "the report"),
        ('"We want a new manager," chanted the crowd.', "the crowd"),
    ],
)
def test_attribution_a_quotation_before_an_inverted_speaker_noun_names_it(
    text: str, source: str
) -> None:
    quoted = [c for c in _claims(text) if c.kind.value == "direct"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == source


@pytest.mark.parametrize(
    "text", ['"Stay calm," tell your friends.', '"Stay calm," ask the neighbours.']
)
def test_attribution_a_quotation_before_an_imperative_names_no_inverted_source(text: str) -> None:
    # the one told or asked is no speaker, nor is a noun owned by "your"
    assert not [c for c in _claims(text) if c.source is not None]


def test_attribution_an_inverted_speaker_hung_on_the_next_clause_is_the_source() -> None:
    # the parse makes the name the subject of "finished", the clause after the verb
    text = (
        '"The old curse is gone now, it is over," said club fan Rod Ames, 31, '
        "minutes after the match finished."
    )
    quoted = [c for c in _claims(text) if c.kind.value == "direct"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == "club fan Rod Ames"
    assert quoted[0].text == '"The old curse is gone now, it is over,"'


@pytest.mark.parametrize(
    ("text", "source", "quotation"),
    [
        (
            "The minister took to Twitter to attack the plan: 'It is a shameful decision.'",
            "The minister",
            "'It is a shameful decision.'",
        ),
        (
            "Mark Ruddle vented his frustration: 'This is a disaster for the town.'",
            "Mark Ruddle",
            "'This is a disaster for the town.'",
        ),
    ],
)
def test_attribution_a_quotation_after_an_act_and_a_colon_is_its_subjects(
    text: str, source: str, quotation: str
) -> None:
    quoted = [c for c in _claims(text) if c.stance.value != "asserted"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == source
    assert quoted[0].text == quotation
    assert quoted[0].kind.value == "direct"


@pytest.mark.parametrize(
    ("text", "source", "quotation"),
    [
        (
            '"Nobody buys it at that price. Madness," he ranted.',
            "he",
            '"Nobody buys it at that price. Madness,"',
        ),
        (
            '"The season is over," Dan Oduya fumed after the match.',
            "Dan Oduya",
            '"The season is over,"',
        ),
    ],
)
def test_attribution_a_quotation_handed_on_by_its_comma_to_a_bare_verb_is_its_subjects(
    text: str, source: str, quotation: str
) -> None:
    quoted = [c for c in _claims(text) if c.stance.value != "asserted"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == source
    assert quoted[0].text == quotation


@pytest.mark.parametrize(
    "text",
    [
        # the verb does something of its own: the quotation is no one's words here
        '"The season is over," the goalkeeper kicked the ball away.',
        # a quoted title and a relative clause: "which" is no speaker
        'The mayor launched the "Clean Streets Plan," which came with new fines.',
    ],
)
def test_attribution_a_quotation_before_a_verb_is_not_always_handed_on(text: str) -> None:
    claims = _claims(text)
    assert all(c.stance.value == "asserted" for c in claims)


def test_attribution_a_quotation_after_a_colon_of_no_speaker_stays_the_outlets() -> None:
    claims = _claims("The rules on the gate were simple: 'Nobody enters after dark.'")
    assert all(c.stance.value == "asserted" for c in claims)


def test_attribution_a_quotation_relayed_by_no_one_named_stays_its_speakers() -> None:
    text = 'It is believed that Ms Okafor sent a note to the council, saying: "The roof will fall."'
    quoted = [c for c in _claims(text) if c.kind.value == "direct"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == "Ms Okafor"
    assert quoted[0].text == '"The roof will fall."'


def test_attribution_a_quotation_relayed_by_a_named_source_stays_the_relays() -> None:
    # PolNeAR train: the outer source owns what it relays
    claims = _claims('Mr Ruiz recalled that his father said "this team will win one day".')
    assert [c.source.text for c in claims if c.source] == ["Mr Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        "The company has not denied that prices will rise.",
        "The club did not dispute the figures.",
    ],
)
def test_attribution_a_denial_not_made_denies_nothing(text: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].stance.value == "undisclosed"


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz was asked whether he would stay on as chair of the board.",
        "Ms Park, who was asked when the shop would reopen, said she did not know the date.",
    ],
)
def test_attribution_a_question_put_by_no_one_named_is_no_claim(text: str) -> None:
    analysis = analyze(text)
    assert analysis.rejection is None
    claims = [c for c in analysis.claims if c.kind.value != "narration"]
    expected = [("Ms Park", "she did not know the date")] if text.startswith("Ms") else []
    assert [(c.source.text if c.source else None, c.text) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('The coach told his players before the match: "We will win."', "We will win"),
        ('The mayor warned residents on Friday night: "Stay indoors."', "Stay indoors"),
    ],
)
def test_attribution_a_colon_after_the_verbs_adverbials_opens_its_quotation(
    text: str, quoted: str
) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].kind.value == "direct"
    assert quoted in claims[0].text


def _sources_of(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The name, type and aliases of each attributed claim's source entity."""
    found = analyze(text)
    entities = {e.key: e for e in found.entities}
    return [
        (e.name, e.type, e.aliases)
        for c in found.claims
        if c.kind.value != "narration" and (e := entities.get(c.source_entity or "")) is not None
    ]


@pytest.mark.parametrize(
    ("text", "name", "type_", "alias"),
    [
        # a trade before a name the recogniser missed: the name is the source, the trade
        # its alias (a body here: no first name)
        ("The average ticket cost around $2,000, according to reseller SeatWise.",
         "SeatWise", "ORG", "reseller"),
        ("The average ticket cost around $2,000, according to broker SeatWise.",
         "SeatWise", "ORG", "broker"),
        # a brand in camel case the tagger reads as a common noun
        ("The typical seat for the final cost about $1,200 on the secondary market,"
         " according to reseller SeatWise.", "SeatWise", "ORG", "reseller"),
    ],
)  # fmt: skip
def test_attribution_a_role_before_a_name_is_its_alias_not_the_source(
    text: str, name: str, type_: str, alias: str
) -> None:
    assert [(n, t, alias in a) for n, t, a in _sources_of(text)] == [(name, type_, True)]


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        # a headline's line is never part of the phrase on the next line
        ("Valmora Grand Prix\nTeam boss said the car was fast.", "Valmora Grand Prix\nTeam boss",
         "Team boss"),
        # a caption run into the subject without a stop: the new sentence's phrase alone
        ("The bars were cut to 150g Angry shoppers said it was absurd.",
         "the bars were cut to 150g Angry shoppers", "Angry shoppers"),
        # a capitalised word of a name (a nationality) starts no sentence, nor a determiner
        ("The family member of a Chinese girl said she was safe.",
         "family member of a Chinese girl", "family member of a Chinese girl"),
        ("A chart obtained by The Daily Ledger said so.", "chart obtained by The Daily Ledger",
         "chart obtained by The Daily Ledger"),
        # nor a word after a possessive
        ("Valmora's Democratic party's estimates said so.",
         "Valmora's Democratic party's estimates", "Valmora's Democratic party's estimates"),
    ],
)  # fmt: skip
def test_attribution_a_source_phrase_keeps_to_its_own_line_and_sentence(
    text: str, phrase: str, name: str
) -> None:
    """The phrase made a source of its own (``_Sources.group``) starts after a line break
    or after a capitalised word that is no name and opens a sentence run into it."""
    doc = build_pipeline()(text)
    start = text.lower().index(phrase.lower())
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    key = _Sources(doc, []).group(span.start, span.end)
    assert doc._.newsclaims_entities[key].name == name


@pytest.mark.parametrize(
    ("others", "type_"),
    [
        ([Entity(key="ORG:valcora", name="Valcora", type="ORG")], "ORG"),
        ([], "NORP"),  # "Mexicans said": a people, when no body bears the name
    ],
)
def test_attribution_a_speaking_nationality_the_text_names_as_a_body_is_that_body(
    others: list[Entity], type_: str
) -> None:
    """A mention's type follows its role: a NORP that speaks is the body the text names so."""
    doc = build_pipeline().make_doc("Valcora said so.")
    norp = Entity(key="NORP:valcora", name="Valcora", type="NORP")
    doc._.newsclaims_entities = {e.key: e for e in (norp, *others)}
    _speakers_typed(doc, [SimpleNamespace(source_entity=norp.key)])  # type: ignore[list-item]
    assert doc._.newsclaims_entities[norp.key].type == type_


def test_attribution_a_post_s_last_sentence_with_no_verb_is_its_signer_s_quote() -> None:
    """Posts embedded one after another whose last sentence the narration pass does not keep
    (no verb, or a line in quotation marks) are still the signers' words (invented text)."""
    claims = _claims(
        "Fans reacted online after the final whistle. Plane taking off. Let's go team!!!! "
        '-- Dan Wade (@dwade) November 3, 2016 "Not this time, friends" pic.twitter.com/x2 '
        "-- City 1 (@city1) November 3, 2016 The club said it would hold a parade on Sunday."
    )
    said = sorted((c.source.text, c.stance.value, c.text) for c in claims if c.source)
    assert said == [
        ("City 1", "quoted", '"Not this time, friends"'),
        ("Dan Wade", "quoted", "Let's go team!!!!"),
        ("The club", "reported", "it would hold a parade on Sunday"),
    ]


@pytest.mark.parametrize(
    ("text", "stance", "content"),
    [
        ("Many residents questioned whether the bridge had ever been inspected.", "unverified",
         "whether the bridge had ever been inspected"),
        ("Some fans doubted that the striker was injured.", "unverified",
         "that the striker was injured"),
        ("The senator questioned the cost of the new stadium.", "unverified",
         "the cost of the new stadium"),
        ("Experts doubt the drug will reach the market before 2030.", "unverified",
         "the drug will reach the market before 2030"),
        # negated, the doubt reports its content, and the "not" is no part of it
        ("The coach never doubted that the striker was injured.", "reported",
         "that the striker was injured"),
        ("The coach did not doubt that the striker was injured.", "reported",
         "that the striker was injured"),
        ("Fans questioned why the club had sold the striker.", "reported",
         "why the club had sold the striker"),
    ],
)  # fmt: skip
def test_attribution_a_cue_of_doubt_leaves_open_and_denies_nothing(
    text: str, stance: str, content: str
) -> None:
    claims = [c for c in _claims(text) if c.stance.value != "asserted"]
    assert [(c.stance.value, c.text) for c in claims] == [(stance, content)]


def test_attribution_an_earlier_sentence_in_a_post_s_voice_is_its_signer_s() -> None:
    text = (
        "The new bars drew anger online. Hi @Choco I opened my bar and half of it was gone. "
        "Thanks! pic.twitter.com/x4 -- Jo Bell (@jobell) May 3, 2016 Sales of the bar fell."
    )
    signed = {c.text: c.source.text for c in _claims(text) if c.source is not None}
    assert signed.get("Hi @Choco I opened my bar and half of it was gone") == "Jo Bell"
    assert signed.get("Thanks!") == "Jo Bell"
    assert not any("anger" in t for t in signed)


@pytest.mark.parametrize(
    "text",
    [
        'Dubbed "the Iron Lady," she resigned from the cabinet in 1990.',
        'Nicknamed "The Butcher of the Balkans," Mladic died in prison.',
        'After the flop of his film "Heaven\'s Gate," Cimino retired from directing for years.',
        'Hailed as "a masterpiece of modern cinema," it premiered in Cannes last May.',
    ],
)
def test_attribution_a_quoted_name_in_an_opening_phrase_is_nobodys_words(text: str) -> None:
    # a quotation handed on by its comma opens its sentence; "it" is no speaker
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Smith received a text from his wife at noon: "Come home now, the river is rising."',
        'Johnson got an angry email from a voter: "You have betrayed every one of us."',
        'The mayor faced one question at the meeting: "Why was the bridge never inspected?"',
        'She recalled the chant of the protesters: "No justice, no peace, no more waiting."',
        'He ended with a line from Churchill: "We shall never surrender to them."',
    ],
)
def test_attribution_words_taken_in_before_a_colon_are_not_the_subjects(text: str) -> None:
    claims = _claims(text)
    assert all(c.stance.value == "asserted" for c in claims)


def test_attribution_a_colon_after_the_addressees_origin_still_hands_on_the_quotation() -> None:
    text = 'The coach told reporters from Reuters before the match: "We will win this game."'
    quoted = [c for c in _claims(text) if c.kind.value == "direct"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == "The coach"


def test_attribution_an_inverted_speaker_from_the_next_clause_takes_no_conjunct() -> None:
    text = '"We will win the title this year," said Smith and Jones agreed with him.'
    quoted = [c for c in _claims(text) if c.kind.value == "direct"]
    assert [c.source.text for c in quoted if c.source is not None] == ["Smith"]
    assert len(quoted) == 1


def test_attribution_it_after_a_quotation_is_no_speaker() -> None:
    # the bare-verb rule reads the same pronouns of speakers as the colon rule
    claims = _claims('"A masterpiece of modern cinema," it premiered in Cannes last May.')
    assert all(c.kind.value != "direct" for c in claims)


def test_attribution_a_bare_role_before_a_colon_leaves_the_quotation_to_the_subject() -> None:
    text = (
        'Ms Lane said she has the one quality for the job of mayor: "Patience above all, and calm."'
    )
    quoted = [c for c in _claims(text) if c.kind.value == "direct"]
    assert len(quoted) == 1
    assert quoted[0].source is not None and quoted[0].source.text == "Ms Lane"


def test_attribution_second_person_narration_before_a_post_is_not_its_signer_s() -> None:
    text = (
        "Shoppers were angry. If you bought a jar this month, you may have seen it shrink. "
        "The brand's account @Jamco answered hundreds of them. This is a swindle and I want "
        "a refund. -- Ann Lowe (@annlowe) June 2, 2017 Sales of the jam fell."
    )
    signed = {c.text: c.source.text for c in _claims(text) if c.source is not None}
    assert signed.get("This is a swindle and I want a refund") == "Ann Lowe"
    assert not any("you bought" in t or "answered" in t for t in signed)


def test_an_embedded_post_signed_with_a_hashtag_is_its_handles_quote() -> None:
    text = (
        "Fans reacted online.\nWe will rebuild every house on this street."
        " -- #HarbourStrong (@marialopez) November 9, 2016 The rally ended at noon."
    )
    (quote,) = _post_quotes(text)
    assert quote.source is not None and quote.source.text == "@marialopez"
    assert quote.text.startswith("We will rebuild")


def test_a_signs_text_inside_an_embedded_post_is_the_signers_not_the_signs() -> None:
    text = (
        "Fans cheered. After a long wait, the Harbour Park marquee reads:"
        ' "League Champions." pic.twitter.com/abc123 -- City News (@CityNews) May 3, 2016'
        " The parade is on Friday."
    )
    (quote,) = _post_quotes(text)
    assert quote.source is not None and quote.source.text == "City News"
    assert quote.text.startswith("After a long wait")


def test_a_signs_text_outside_a_post_keeps_its_claim_with_no_source() -> None:
    claims = analyze('Fans cheered. The marquee reads: "League Champions." It rained.').claims
    (quote,) = [c for c in claims if c.kind.value == "direct"]
    assert quote.source_entity is None


def test_a_banner_of_a_named_owner_keeps_its_claim() -> None:
    claims = analyze('Fans cheered. The club\'s banner reads "We did it." It rained.').claims
    (quote,) = [c for c in claims if c.kind.value == "direct"]
    assert quote.source_entity is not None


@pytest.mark.parametrize(
    ("text", "source", "content", "stance"),
    [
        (
            "Residents were angered by the mayor's promise to close the bridge.",
            "the mayor",
            "to close the bridge",
            "reported",
        ),
        (
            "The council's statement that the road would reopen drew criticism.",
            "The council",
            "that the road would reopen",
            "reported",
        ),
        ("His pledge to cut taxes won votes.", "His", "to cut taxes", "reported"),
        (
            "Aides were surprised by the President's insistence that the plan would work.",
            "the President",
            "that the plan would work",
            "reported",
        ),
        (
            "Voters were unmoved by the senator's denial that he had met the lobbyist.",
            "the senator",
            "that he had met the lobbyist",
            "denied",
        ),
    ],
)
def test_a_nominal_cue_with_its_owner_and_complement_is_the_owners_claim(
    text: str, source: str, content: str, stance: str
) -> None:
    nominal = [c for c in _claims(text) if c.text == content]
    assert len(nominal) == 1
    (claim,) = nominal
    assert claim.source is not None and claim.source.text == source
    assert claim.kind.value == "indirect" and claim.stance.value == stance


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Reporters checked the governor's claims that the roads were repaired.",
            "the governor",
            "that the roads were repaired",
        ),
    ],
)
def test_a_nominal_cue_in_the_plural_is_the_owners_claim(
    text: str, source: str, content: str
) -> None:
    nominal = [c for c in _claims(text) if c.text == content]
    assert len(nominal) == 1
    (claim,) = nominal
    assert claim.source is not None and claim.source.text == source
    assert claim.kind.value == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The council's statement drew criticism from the shop owners.",
        "The statement that the road would reopen drew criticism.",
        "The governor's decision to close the schools upset the parents.",
        "Residents were angered by the mayor's refusal to close the bridge.",
        "The old letter stood out for its prediction that the mill would close.",
    ],
)
def test_a_nominal_cue_without_owner_or_complement_or_a_noun_of_acts_makes_no_claim(
    text: str,
) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # a relative "that" (a stranded preposition, a missing object) is no complement
        ("The mayor's remarks that residents complained about were deleted.", "remarks"),
        ("The governor's claims that the insurer paid out reached $2 million.", "claims"),
        # a private state is no claim
        ("The actor's fear that he would be typecast never left him.", "fear"),
        ("The farmer's concern that the river would flood kept him awake.", "concern"),
    ],
)
def test_a_nominal_cue_with_a_relative_clause_or_of_a_private_state_makes_no_claim(
    text: str, noun: str
) -> None:
    assert [c for c in _claims(text) if c.cue is not None and c.cue.text == noun] == []


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        ("The bank cut rates on Tuesday, citing low growth.", "The bank", "low growth"),
        ("The union called a strike, blaming the new shift rota.", "The union", "shift rota"),
    ],
)
def test_a_participle_whose_object_train_holds_as_said_shares_its_heads_subject(
    text: str, source: str, content_has: str
) -> None:
    (claim,) = [c for c in _claims(text) if content_has in c.text]
    assert claim.source is not None and claim.source.text == source


def test_a_participle_whose_object_is_seldom_what_is_said_makes_no_claim() -> None:
    assert _claims("The crew left the port at dawn, carrying a load of timber.") == []


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        (
            "The mayor issued a statement on Monday, calling for the council to delay the vote.",
            "The mayor",
            "delay the vote",
        ),
        (
            "The bishop wrote to the parish, urging his flock to welcome the newcomers.",
            "The bishop",
            "welcome the newcomers",
        ),
        (
            "The union released a report, calling on lawmakers to raise the fee.",
            "The union",
            "raise the fee",
        ),
        (
            "The senator spoke for an hour, calling for a new tram line.",
            "The senator",
            "a new tram line",
        ),
        (
            "The police chief held a press conference, warning residents to stay indoors.",
            "The police chief",
            "residents to stay indoors",
        ),
    ],
)
def test_a_participle_of_request_shares_its_heads_subject(
    text: str, source: str, content_has: str
) -> None:
    (claim,) = [c for c in _claims(text) if content_has in c.text]
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The crew left the port at dawn, calling at two islands on the way.",
        "The pupils ran down the lane, asking about the match.",
        # a request or a commitment needs a head whose subject can speak
        "The siren sounded at noon, warning residents to stay indoors.",
        "The storm grew stronger, vowing to flood the harbour.",
    ],
)
def test_a_participle_of_call_without_a_request_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Governor Tom Brandt signed the bill, vowing to fight any repeal in court.",
            "Governor Tom Brandt",
            "vowing",
            "to fight any repeal in court",
        ),
        (
            "Brandt stood firm on Monday, vowing not to raise taxes this year.",
            "Brandt",
            "vowing",
            "not to raise taxes this year",
        ),
        (
            "The council voted for the plan, promising to build two new schools.",
            "The council",
            "promising",
            "to build two new schools",
        ),
        (
            "Mayor Lena Ortiz closed the fair, pledging to hold it again next year.",
            "Mayor Lena Ortiz",
            "pledging",
            "to hold it again next year",
        ),
    ],
)
def test_a_participle_of_commitment_with_an_infinitive_is_its_heads_subjects(
    text: str, source: str, cue: str, content: str
) -> None:
    (claim,) = _claims(text)
    assert claim.source is not None and claim.source.text == source
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Carl Vance was fired by Mayor Lena Ortiz on Monday, vowing to sue the city.",
            "Carl Vance",
            "to sue the city",
        ),
        (
            "Carl Vance was beaten by Lena Ortiz in the final, vowing to return next year.",
            "Carl Vance",
            "to return next year",
        ),
        (
            "Carl Vance was sued by the firm, promising to fight the case.",
            "Carl Vance",
            "to fight the case",
        ),
        (
            "Carl Vance was arrested by police on Monday, saying that he was innocent.",
            "Carl Vance",
            "that he was innocent",
        ),
        # controls: without an agent, and an active clause's subject
        (
            "Carl Vance was fired on Monday, vowing to sue the city.",
            "Carl Vance",
            "to sue the city",
        ),
        (
            "Mayor Lena Ortiz fired Carl Vance on Monday, vowing to clean up the office.",
            "Mayor Lena Ortiz",
            "to clean up the office",
        ),
    ],
)
def test_a_participle_after_a_passive_clause_is_its_subjects_never_its_agents(
    text: str, source: str, content: str
) -> None:
    (claim,) = _claims(text)
    assert claim.source is not None and claim.source.text == source
    assert claim.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Hurricane Delia strengthened overnight, promising to bring heavy rain.",
        "Storm Delia moved inland, promising to be the wettest day of the year.",
        "The Tarvik Bridge reopened, promising to cut commutes.",
        "The shares fell sharply, promising to recover.",
        "The dollar rose, promising to lift exporters.",
        "The new law took effect, promising to cut waiting times.",
        "The market fell sharply, warning investors to sell.",
        "A group of storms moved inland, promising to bring heavy rain.",
    ],
)
def test_a_thing_commits_or_asks_nothing_by_a_participle(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Halvard Group cut 300 jobs, promising to rehire in spring.", "The Halvard Group"),
        ("They left the talks, vowing to return.", "They"),
        ("The coach left the pitch, vowing to return next season.", "The coach"),
        ("Democrats walked out of the chamber, vowing to block the bill.", "Democrats"),
        (
            "A group of doctors sent a letter to the dean, calling for his dismissal.",
            "A group of doctors",
        ),
    ],
)
def test_a_person_a_body_or_a_group_commits_by_a_participle(text: str, source: str) -> None:
    (claim,) = _claims(text)
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz left the talks, neither vowing to return nor ruling it out.",
        "Ortiz left the talks, not vowing to return.",
        "Ortiz left the talks, never promising to return.",
    ],
)
def test_a_negated_participle_of_commitment_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ortiz left the talks, vowing not to return.", "not to return"),
        ("Ortiz left the talks on Monday, still vowing to return.", "to return"),
    ],
)
def test_a_participle_of_commitment_with_its_own_negation_or_adverb_is_a_claim(
    text: str, content: str
) -> None:
    (claim,) = _claims(text)
    assert claim.source is not None and claim.source.text == "Ortiz"
    assert claim.text == content


def test_a_participle_report_stops_before_a_second_participle_the_parse_hung_on_it() -> None:
    text = (
        "Voss escalated her attack on Tuesday, telling reporters that Ruiz was a fraud and"
        " questioning how he had dodged every audit."
    )
    found = {c.cue.text: (c.source, c.text) for c in _claims(text) if c.cue is not None}
    assert found["telling"][1] == "that Ruiz was a fraud"
    source, content = found["questioning"]
    assert source is not None and source.text == "Voss"
    assert content == "how he had dodged every audit"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Voss left the hall, saying that Ruiz had lied and had asked that the vote be rerun.",
            "that Ruiz had lied and had asked that the vote be rerun",
        ),
        (
            "Voss left the hall, saying that the vote was rigged and the count was wrong.",
            "that the vote was rigged and the count was wrong",
        ),
    ],
)
def test_a_participle_report_keeps_its_complements_own_conjunct(text: str, content: str) -> None:
    (claim,) = _claims(text)
    assert claim.text == content


def test_a_report_stops_before_a_participle_of_commitment_hung_on_its_infinitive() -> None:
    text = "Ortiz criticised the council and vowed to fight on, promising not to resign."
    found = {c.cue.text: c.text for c in _claims(text) if c.cue is not None}
    assert found["vowed"] == "to fight on"
    assert found["promising"] == "not to resign"


@pytest.mark.parametrize(
    "text",
    [
        "The company, adding jobs, grew quickly last year.",
        "Ortiz toured the plant, hoping to meet the workers.",
        "The new plant opened on Monday, promising to bring 500 jobs to the valley.",
        # the participle of "threaten" often tells what the head's act threatens
        "Mayor Ortiz cut the budget again, threatening to undo years of progress.",
        "The fire spread across the hills, threatening to reach the town.",
    ],
)
def test_a_participle_that_commits_no_speaker_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The senator rejected the offer, calling it "a disaster for farmers."',
            'it "a disaster for farmers."',
        ),
        (
            'Ortiz opened the fair, declaring it "the best fair in the county."',
            'it "the best fair in the county."',
        ),
    ],
)
def test_a_quoted_predicate_keeps_what_it_is_said_of(text: str, content: str) -> None:
    (claim,) = [c for c in _claims(text) if c.kind.value == "direct"]
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"We are done," Ortiz called out to the reporters.', '"We are done,"'),
        ('Ortiz called the reporters over and said: "We are done."', '"We are done."'),
        ('Ortiz praised the crew, telling them, "We are done."', '"We are done."'),
    ],
)
def test_a_quotation_after_no_predicate_object_starts_at_its_mark(text: str, content: str) -> None:
    (claim,) = [c for c in _claims(text) if c.kind.value == "direct"]
    assert claim.text == content


# --- issue 16: a sentence that holds someone else's view or words is never the outlet's own


def _narration(text: str) -> list[str]:
    return [c.text for c in analyze(text).claims if c.kind.value == "narration"]


@pytest.mark.parametrize(
    "text",
    [
        "Many shoppers think the weather is to blame for the change.",
        "Many shoppers believe they can name the cause of the change: the weather.",
        "Farm owners in the valley believed they could guess how the flood would end.",
        "It was, the farmers agreed, the wettest spring in the valley's history.",
        "Most residents fear the bridge will close again before the winter.",
        "Though the row ended, residents saw the deal as a warning for the future.",
        "The mayor was confident the council would back the plan in the vote.",
    ],
)
def test_attribution_a_reported_view_is_not_the_outlets_assertion(text: str) -> None:
    assert _narration(text) == []


def test_attribution_a_view_held_in_the_view_of_someone_is_not_the_outlets() -> None:
    text = "The mayor, who in the opinion of several residents had ignored the warnings, resigned."
    assert _narration(text) == []


def test_attribution_a_single_quoted_quotation_is_not_the_outlets_assertion() -> None:
    text = "The mayor's office, in a statement, called the decision 'a betrayal of the city'."
    assert not any("betrayal" in t for t in _narration(text))
    # an apostrophe is no quotation mark: the narration stays
    assert _narration("The mayor's office closed the town's library on Friday.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Clear the desk and breathe slowly.",
        "Let's settle this before the vote.",
        "So call it what you like: a flood, a deluge, a disaster.",
    ],
)
def test_attribution_an_imperative_asserts_nothing(text: str) -> None:
    assert _narration(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The farmers cleared off the table before the vote.",
        "The river rose on Monday and the farm owners left their homes.",
        "The bridge reopened in May after the council paid for the repairs.",
        "I think the council got the repairs badly wrong this year.",
    ],
)
def test_attribution_the_outlets_own_narration_stays(text: str) -> None:
    assert _narration(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The mill shut two of its kilns in March, dismissing 300 workers.",
        "The airline grounded its fleet, recalling 12 jets for repairs.",
        "The startup went public in June, listing its stock in Frankfurt.",
        "The navy expanded its fleet, ordering six new frigates from Spain.",
        "The miners deepened the shaft, blasting granite with explosives.",
    ],
)
def test_a_participle_of_a_verb_with_a_common_sense_of_doing_needs_a_speech_object(
    text: str,
) -> None:
    assert [c for c in _claims(text) if c.kind.value != "narration"] == []


def test_a_participle_of_a_verb_of_doing_with_an_object_of_statement_is_a_report() -> None:
    text = "The regulator fined the bank on Monday, dismissing its complaints as baseless."
    (claim,) = [c for c in _claims(text) if c.kind.value != "narration"]
    assert claim.source is not None and claim.source.text == "The regulator"
    assert "complaints" in claim.text


@pytest.mark.parametrize(
    ("text", "owner", "content"),
    [
        (
            "The referee told reporters after the manager's denial that the match would go ahead.",
            "the manager",
            "that the match would go ahead",
        ),
        (
            "Next month's promise to widen the road was forgotten.",
            "Next month",
            "to widen the road",
        ),
        (
            "The festival's promise to plant trees pleased residents.",
            "The festival",
            "to plant trees",
        ),
        (
            "Senator Ortiz retracted his claim that the ballots were forged.",
            "his",
            "that the ballots were forged",
        ),
        (
            "The mayor's claim that the council rejected in May was revived.",
            "The mayor",
            "that the council rejected in May",
        ),
    ],
)
def test_a_nominal_cue_under_a_reporting_verb_or_with_no_speaking_owner_makes_no_claim(
    text: str, owner: str, content: str
) -> None:
    claims = _claims(text)
    assert not [c for c in claims if c.source is not None and c.source.text == owner]
    assert not [
        c for c in claims if c.text == content and c.cue is not None and c.cue.text != "told"
    ]


def test_a_relative_clause_on_a_nominal_cue_is_not_its_content() -> None:
    claims = _claims("The mayor's claim that the council rejected in May was revived.")
    assert not [c for c in claims if c.text.startswith("that the council rejected")]


@pytest.mark.parametrize(
    "text",
    [
        "Bus fares rose sharply in June, which drivers think reflects dearer fuel.",
        "Ferry tickets rose in May, which traders believe reflects dearer diesel.",
        "Though growers fear the frost will return, the orchard opened its gates on Saturday.",
    ],
)
def test_attribution_a_view_in_a_subordinate_clause_keeps_the_outlets_statement(
    text: str,
) -> None:
    # only a view heading the main clause makes the sentence someone else's
    assert _narration(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The council's 'interim' budget stayed in force for four years.",
        "The ferry, nicknamed 'the old lady', sailed again on Sunday.",
    ],
)
def test_attribution_a_single_quoted_scare_word_is_no_quotation(text: str) -> None:
    assert _narration(text) != []


def test_attribution_a_short_single_quoted_stretch_with_a_verb_is_a_quotation() -> None:
    assert _narration("Over the gate the farmers hung a banner: 'we never sleep'.") == []


def test_attribution_hoping_is_a_view_though_the_tagger_lemmatises_it_hop() -> None:
    assert _narration("Many growers were hoping the rain would hold off until the harvest.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train's convention: "heaps praise on" is the cue, its target what is said
        (
            "Earlier on Tuesday, the singer heaped praise on the young mayor ahead of the vote.",
            "the young mayor",
        ),
        ("The coach heaped criticism on the new offside rule.", "the new offside rule"),
    ],
)
def test_attribution_a_cue_noun_object_hands_the_content_to_its_preposition(
    text: str, content: str
) -> None:
    """ "heaped praise on X": the noun says how the source spoke of X; the content is X, not
    the bare noun ("praise" alone is no proposition)."""
    [claim] = _claims(text)
    assert claim.text.startswith(content)
    # the cue runs from the verb to the preposition, as PolNeAR train marks it
    assert claim.cue is not None and claim.cue.text.startswith("heaped ")
    assert claim.cue.text.endswith(" on")


def test_attribution_an_order_keeps_its_condition() -> None:
    """ "told her followers to repost if they wish": the condition belongs to
    what was asked, not to the telling (and the one told, before the infinitive, too: PolNeAR
    train's content of "urged X to ..." holds X; summ47)."""
    text = (
        "The singer has told her Twitter followers to repost if they want a fresh count of ballots."
    )
    [claim] = _claims(text)
    assert claim.text == "her Twitter followers to repost if they want a fresh count of ballots"


def test_attribution_a_seeming_reference_is_the_outlets_reading() -> None:
    """ "The mayor appeared to refer to X": the outlet reads what he meant; he said nothing
    of X, so the subject is no source of X."""
    text = "The mayor appeared to refer to the harbour scheme of the council."
    assert not [c for c in _claims(text) if c.source is not None]


def test_attribution_a_seeming_statement_of_a_clause_stays_the_speakers() -> None:
    """ "She appeared to imply that ...": she said something, the outlet hedges it."""
    text = "The senator appeared to suggest that the harbour plan would fail."
    [claim] = _claims(text)
    assert claim.source is not None and claim.source.text == "The senator"
    assert claim.text.endswith("the harbour plan would fail")


def test_attribution_a_passive_blame_keeps_what_is_blamed() -> None:
    """ "X was blamed on Y" claims that Y caused X: the passive subject is the content's first
    fragment (PolNeAR train: "migrants | for mass sexual abuse ..."), not dropped."""
    text = 'In a note on its website, the smaller loaf was blamed on "rising costs of flour."'
    [claim] = _claims(text)
    assert [text[p.start : p.end].lower() for p in claim.parts][:1] == ["the smaller loaf"]
    assert "rising costs of flour" in claim.text


def test_attribution_a_seeming_blame_stays_the_speakers() -> None:
    """ "appeared to blame X for Y": the subject did blame, the outlet hedges it (PolNeAR
    train: a "riff on" cue under "seemed" is the subject's)."""
    text = "The minister appeared to criticise the council for its slow response."
    claims = [c for c in _claims(text) if c.source is not None]
    assert [c.source.text for c in claims if c.source is not None] == ["The minister"]


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        # the parser hangs "10" of a poll share on the verb as a number, leaving it no subject
        (
            "About 6 in 10 say they expect fares to rise again.",
            "About 6 in 10",
            "they expect fares to rise",
        ),
        (
            "Nearly 7 in 10 said the harbour bridge should be rebuilt before winter.",
            "Nearly 7 in 10",
            "the harbour bridge should be rebuilt",
        ),
    ],
)
def test_attribution_poll_share_before_its_verb_is_the_source(
    text: str, source: str, content_has: str
) -> None:
    claims = _claims(text)
    assert len(claims) == 1, [c.text for c in claims]
    assert claims[0].source is not None and claims[0].source.text == source
    assert content_has in claims[0].text


def test_attribution_number_before_a_verb_with_a_subject_is_not_the_source() -> None:
    claims = _claims("In 2019 the 40 members said the rules were unfair.")
    assert [c.source.text for c in claims if c.source] == ["the 40 members"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” she said.\n“Every house.” — Ana Ruiz\nThe port opened.",
        '"One" and "two" – Tom Hale.\n"Last line" ― Dana Lee',
        "The ferry — late again — sailed at noon.\n“Quoted” — with a dash — and more.",
        "“A” — B\n\n“C” —D E F G H I J\n",
        "No quotation and no dash here.",
    ],
)
def test_signed_quotes_are_the_signed_quote_pattern_searched_by_line(text: str) -> None:
    """``_signed_quotes`` searches only the lines with a closing mark and a dash after it;
    it finds what the pattern finds in the whole text."""
    found = [(m.span(), m.groupdict()) for m in _signed_quotes(text)]
    assert found == [(m.span(), m.groupdict()) for m in _SIGNED_QUOTE.finditer(text)]


def test_colon_children_are_each_tokens_children_that_are_colons() -> None:
    """``_colon_children`` (read once per document) gives each verb the colons its own
    children hold, in order, as reading the verb's children does."""
    doc = build_pipeline()(
        'The mayor vented his anger: "We will rebuild." Ana told reporters at noon: "Soon."\n'
        "Update: the ferry sails at noon: on time."
    )
    found = _colon_children(doc)
    expected = {t.i: [c.i for c in t.children if c.text == ":"] for t in doc}
    assert found == {i: colons for i, colons in expected.items() if colons}
    assert len(found) >= 2


def test_token_indexes_are_the_tokens_with_one_of_the_values() -> None:
    """``token_indexes`` reads spaCy's arrays; it finds what reading every token finds."""
    doc = build_pipeline()('Ana said: "We won." Tom agreed, and fans sang all night.')
    assert token_indexes(doc, "POS", ("VERB",)) == [t.i for t in doc if t.pos_ == "VERB"]
    assert token_indexes(doc, "ORTH", ('"', ":")) == [t.i for t in doc if t.text in ('"', ":")]
    assert token_indexes(doc, "DEP", ("nsubj", "ROOT")) == [
        t.i for t in doc if t.dep_ in ("nsubj", "ROOT")
    ]
    assert token_indexes(doc, "LOWER", ("nowhere",)) == []


def test_entity_ranges_are_the_entities_of_one_label() -> None:
    """``entity_ranges`` reads spaCy's arrays; it finds the spans ``doc.ents`` gives of one
    label: two names side by side stay two, a one-word name is one, and a name of another
    label is left out (the negative control)."""
    doc = spacy.blank("en")("Coach Ana Ruiz Tom Bell and Sam met Harbor City officials")
    doc.ents = [
        Span(doc, 1, 3, "PERSON"),
        Span(doc, 3, 5, "PERSON"),
        Span(doc, 6, 7, "PERSON"),
        Span(doc, 8, 10, "GPE"),
    ]
    for label in ("PERSON", "GPE", "ORG"):
        assert entity_ranges(doc, label) == [
            (e.start, e.end) for e in doc.ents if e.label_ == label
        ]
    assert entity_ranges(doc, "PERSON") == [(1, 3), (3, 5), (6, 7)]
    assert entity_ranges(doc, "ORG") == []
    assert entity_ranges(spacy.blank("en")(""), "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "It said: \"We kept the price low for our buyers.\" 'Why the long wait?' "
        "But shoppers went online to ask why the firm had waited.",
        "The bakery wrote: 'Our ovens will stay open all winter.' \"Who pays?\" "
        "Neighbours wondered how the fuel bill would be met.",
    ],
)
def test_attribution_a_quotation_in_other_marks_does_not_carry_the_words_on(text: str) -> None:
    """A subheading in single marks after a quotation in double ones (or the other way round)
    opens a sentence with a quotation, but it is not the speaker's words carried on."""
    first = _claims(text)[0]
    assert first.text.count("?") == 0
    assert first.text.rstrip().endswith(('buyers."', "winter.'"))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The coach said his team had played well, although the owner said that changes "
            "were coming.",
            ("The coach", "his team had played well"),
            ("the owner", "that changes were coming"),
        ),
        (
            "The ferry will sail at noon, the harbour master said, though the crew said the "
            "storm would keep it in port.",
            ("the harbour master", "The ferry will sail at noon"),
            ("the crew", "the storm would keep it in port"),
        ),
    ],
)
def test_attribution_a_contrasting_report_is_its_own_sources_claim(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """Two sources in one sentence, the second in a clause marked "while", "though" ...:
    each gets its own content, and the first content stops where the second clause begins."""
    found = [(c.source.text, c.text.rstrip(".")) for c in _claims(text) if c.source is not None]
    assert found == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "It is odd for the council to claim that the roads are safe.",
        "For the senator to say he will cut taxes is absurd.",
        "@harbourboard to say the pier is safe is a joke.",
    ],
)
def test_attribution_a_saying_judged_or_supposed_is_no_claim(text: str) -> None:
    """An infinitive cue whose own subject comes with "for" or that stands as the clause's
    subject is a saying the writer judges or supposes, not one reported: no source."""
    assert [c for c in _claims(text) if c.source is not None] == []


def test_attribution_an_infinitive_cue_sharing_its_subject_stays_a_claim() -> None:
    """ "took to the radio to say that ...": the infinitive's subject is the main verb's,
    and the saying is reported."""
    text = "The mayor went on the radio to say that the budget had failed."
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.source is not None and claim.source.text == "The mayor"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The manager said the firm had to choose between cutting jobs and raising prices "
            "-- a serious issue in the town, where wages have fallen.",
            "the firm had to choose between cutting jobs and raising prices",
        ),
        (
            "Many believe that the tower was built by monks, a belief no doubt fed by the old "
            "carvings on its door.",
            "that the tower was built by monks",
        ),
    ],
)
def test_attribution_the_writers_gloss_after_a_content_is_not_said(text: str, content: str) -> None:
    """An indefinite noun phrase ("a serious issue ...", "a belief ...") set off after what was
    said sums it up in the writer's words: the content stops before it."""
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.text == content


def test_attribution_an_apposition_naming_a_person_stays_in_the_content() -> None:
    text = "The mayor said she had hired Tom Reed, a former banker, to run the fund."
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.text.endswith("a former banker, to run the fund")


def test_attribution_a_pronoun_speaking_inside_an_embedded_post_is_not_its_source() -> None:
    """ "they will ask for refunds" in a post's last sentence: "they" speaks inside the post,
    of people the writer has in mind; the sentence is the post signer's words."""
    text = (
        "Riders reacted online.\n\nIf the ferry is late again they will ask for refunds, and "
        "they should. -- Ana Ruiz (@anaruiz) May 3, 2016\n\nThe operator did not comment."
    )
    sourced = [c for c in _claims(text) if c.source is not None]
    assert [c.source.text for c in sourced if c.source is not None] == ["Ana Ruiz"]
    assert sourced[0].text.startswith("If the ferry is late again")


def test_attribution_according_to_relays_the_quotation_its_report_carries_on() -> None:
    text = (
        "“We will not close the mill this year,” Ms. Varga said, according to Radio Nord. "
        "“The workers deserve to know that now.”\n"
    )
    claims = _claims(text)
    relayed = [c for c in claims if c.source is not None and c.source.text == "Radio Nord"]
    assert len(relayed) == 1
    assert [p.text for p in relayed[0].parts][-1:] == ["“The workers deserve to know that now.”"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator said the ban on imports -- a move her party has since dropped -- was "
        "still needed.",
        "The senator said the ban on imports, a move her party has since dropped, was still "
        "needed.",
    ],
)
def test_attribution_a_gloss_the_reported_clause_goes_on_after_stays_in(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.text.endswith("was still needed")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The company is expected to announce that it will close the plant.",
            "The company",
            "that it will close the plant",
        ),
        (
            "Ana Ruiz is set to announce that the plant will close.",
            "Ana Ruiz",
            "that the plant will close",
        ),
        (
            "Ana Ruiz plans to announce that the plant will close.",
            "Ana Ruiz",
            "that the plant will close",
        ),
    ],
)
def test_attribution_a_statement_still_to_come_is_expected_of_its_speaker(
    text: str, source: str, content: str
) -> None:
    """An infinitive of speech under a verb of prospect: one claim, its speaker the subject,
    its content the clause, its stance expected (nothing has been said yet)."""
    [claim] = [c for c in _claims(text) if c.source is not None or c.stance.value == "expected"]
    assert claim.source is not None and claim.source.text == source
    assert claim.stance.value == "expected"
    assert claim.text == content


@pytest.mark.parametrize(
    "text",
    [
        "During the inquiry, Mr. Hale admitted that the fees could be called favours, "
        "the Daily Ledger reported in 1994.",
        "Union leader Ana Ruiz noted that wages had fallen since the spring, "
        "reported the Daily Ledger.",
        "Union leader Ana Ruiz noted that pay – what her union calls “a living wage” – is "
        "“central” to the new contract at last, reported the Daily Ledger.",
    ],
)
def test_attribution_a_relaying_cue_after_a_report_relays_the_whole_report(text: str) -> None:
    claims = _claims(text)
    relayed = [c for c in claims if c.source is not None and c.source.text == "the Daily Ledger"]
    assert len(relayed) == 1
    assert relayed[0].text == text[: text.rindex(",")]
    assert any(c.source is not None and c.source.text.endswith(("Hale", "Ruiz")) for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'She said the plan was "a mistake -- a big mistake".',
            'the plan was "a mistake -- a big mistake"',
        ),
        (
            'The coach said the draw was "a setback, a blow to the whole squad".',
            'the draw was "a setback, a blow to the whole squad"',
        ),
    ],
)
def test_attribution_a_gloss_inside_the_sources_quoted_words_stays_in(
    text: str, content: str
) -> None:
    """A noun phrase after a dash or a comma inside quotation marks is the source's own
    words, not the writer's gloss: the content keeps the whole quotation (a partial quote)."""
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.text.rstrip(".") == content
    assert claim.kind.value == "partial"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She said the village needed just one thing -- a fresh idea.",
            "the village needed just one thing -- a fresh idea",
        ),
        (
            "The minister said the cure was simple -- a change of coach.",
            "the cure was simple -- a change of coach",
        ),
        (
            "She said the verdict was a setback, a blow to the whole valley.",
            "the verdict was a setback, a blow to the whole valley",
        ),
        (
            "He said fares rose by 9 percent last spring, a sharp increase on 2023.",
            "fares rose by 9 percent last spring, a sharp increase on 2023",
        ),
    ],
)
def test_attribution_a_phrase_restating_part_of_the_content_is_said(
    text: str, content: str
) -> None:
    """A noun phrase after a dash or a comma that restates a noun or a predicate of the
    content ("a setback, a blow ..."), that a word before the dash announces ("one thing --
    ...", "simple -- ..."), or that puts a figure in words ("a sharp increase") is the
    source's, not the writer's gloss: the content keeps it."""
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.text.rstrip(".") == content


@pytest.mark.parametrize(
    "text",
    [
        "The bakery is not expected to announce that it will shut its ovens.",
        "The mayor does not plan to say that the bridge will close.",
    ],
)
def test_attribution_a_negated_statement_to_come_is_no_report(text: str) -> None:
    """ "is not expected to announce that X": no one has said X, nor is expected to: no
    claim of the subject, least of all a positive report of X."""
    assert [c for c in _claims(text) if c.source is not None] == []


def test_attribution_a_denial_still_to_come_is_expected() -> None:
    """ "plans to deny that ...": the denial is not made yet; the stance is expected, as for
    any statement still to come, not denied."""
    text = "The senator plans to deny that she met the builder."
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.source is not None and claim.source.text == "The senator"
    assert claim.stance.value == "expected"


def test_attribution_a_time_clause_with_while_stays_in_the_content() -> None:
    """ "while he was talking to ...": a clause of time, not another source's report set
    against the content; the content keeps it."""
    text = "He said his bag was taken while he was talking to his sister on the phone."
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.text.rstrip(".") == (
        "his bag was taken while he was talking to his sister on the phone"
    )


def test_attribution_a_sentence_in_other_marks_after_a_quotation_is_not_lost() -> None:
    """A whole sentence in single marks after a quotation in double ones is no subheading:
    the speaker's words go on into it (it is in a claim, not silently dropped)."""
    text = "\"We will repair the library,\" she said. 'It will take two winters.'"
    claims = analyze(text).claims
    assert any("two winters" in c.text for c in claims)


def test_attribution_a_relay_after_and_relays_only_its_own_conjunct() -> None:
    """A conjunction on the top cue before the relay: the relay covers the second report only
    (the comma before "the Daily Ledger" passes, so the conjunction alone decides)."""
    text = (
        "Ana Ruiz said the mill would close, and the plant would shut, the Daily Ledger reported."
    )
    claims = [c for c in _claims(text) if c.source is not None]
    assert sorted((c.source.text, c.text) for c in claims if c.source is not None) == [
        ("Ana Ruiz", "the mill would close"),
        ("the Daily Ledger", "the plant would shut"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Mayor Tom Bell said the bridge would reopen in May, Ana Diaz revealed the tolls "
            "would rise.",
            "Ana Diaz",
            "the tolls would rise",
        ),
        (
            "The council said the budget was short, the treasurer reported a loss of $2 million.",
            "the treasurer",
            "a loss of $2 million",
        ),
    ],
)
def test_attribution_a_relaying_verb_with_its_own_content_reports_that_content(
    text: str, source: str, content: str
) -> None:
    claims = [c for c in _claims(text) if c.source is not None and c.source.text == source]
    assert [c.text for c in claims] == [content]


def test_attribution_a_relaying_verb_without_a_subject_of_its_own_relays_nothing() -> None:
    text = (
        "Mayor Tom Bell said the bridge would reopen in May, revealed plans for a ferry, and left."
    )
    claims = [c for c in _claims(text) if c.source is not None]
    assert {c.source.text for c in claims if c.source is not None} == {"Mayor Tom Bell"}
    assert sorted(c.text for c in claims) == ["plans for a ferry", "the bridge would reopen in May"]


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        (
            "Mayor Tom Bell said the bridge would reopen, the ferry would run and the tolls "
            "would fall, the Harbor Times reported.",
            "the Harbor Times",
        ),
        (
            "Ana Ruiz said the mill would close and blamed the tariffs, the Daily Ledger reported.",
            "the Daily Ledger",
        ),
        (
            "Mayor Tom Bell said Ana Diaz admitted the tolls would rise, the Harbor Times "
            "reported.",
            "the Harbor Times",
        ),
    ],
)
def test_attribution_a_relay_relays_the_whole_report_the_parser_splits(
    text: str, relay: str
) -> None:
    """The parser hangs the last part of the report (list items, a second verb, an inner
    report) on the relaying verb: it is still the report relayed, from its start."""
    claims = [c for c in _claims(text) if c.source is not None and c.source.text == relay]
    assert [c.text for c in claims] == [text[: text.rindex(",")]]


@pytest.mark.parametrize(
    ("glued", "quote"),
    [
        (
            "Supporters wave flags along the pier after the last race",
            "We never stopped believing in this squad,",
        ),
        ("The club will appeal the three-match ban", "We will fight this all the way,"),
        ("Rescue teams reach the flooded village by boat", "Nobody here has slept for days,"),
    ],
)
def test_attribution_a_quotation_glued_to_the_clause_before_is_what_was_said(
    glued: str, quote: str
) -> None:
    """A caption or heading run into a quotation with no stop ('... after the last race "We
    never stopped ...," he said'): the parser hangs both clauses on the cue; what was said is
    the quotation that closes right before it, never the glued words before its mark."""
    text = f'Goalkeeper Sam Hale spoke after the match on Saturday. {glued} "{quote}" he said.'
    said = [c for c in _claims(text) if c.source is not None and c.source.text == "he"]
    assert [quote.rstrip(",") in c.text for c in said] == [True]
    assert not any(glued in c.text for c in said)


def test_attribution_a_quoted_title_before_a_cue_with_its_own_words_keeps_the_sentence() -> None:
    """A title in quotation marks after a noun, before a cue that says more after it ("the
    hymn "The River Is Running Home," she added the words ..."), is part of the sentence,
    not a quotation run into it."""
    text = (
        "The choir won loud cheers in the hall as, closing its set with the old folk "
        'hymn "The River Is Running Home," she added the words "Vote tomorrow."'
    )
    contents = [c.text for c in _claims(text)]
    assert contents and not any(c.startswith('"The River') for c in contents)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a function word before the quotation: the quotation is the sentence's own
        (
            'Her aunt drove her to the library every week so "We could read the paper in '
            'Spanish together," Ms. Ortega wrote.',
            "Her aunt drove her",
        ),
        # a short title after a noun: part of the sentence
        ('The viewers in Lyon are big fans of the show "Harbor Lights," Mr. Dale said.', "fans"),
        # a longer title or a phrase taken by a word before its mark: the sentence's own
        ('Ruth Dent starred in the film "The Day We Left Home," her agent said.', "starred"),
        ('The mayor called the plan "A waste of public money from day one," Bell said.', "called"),
    ],
)
def test_attribution_a_quotation_inside_its_sentence_is_not_read_as_glued(
    text: str, kept: str
) -> None:
    """Only a statement run into a noun, a name or a number reads as glued: a quotation
    after a function word, or a title, keeps the words of its sentence before it."""
    claims = [c for c in _claims(text) if c.source is not None]
    assert claims and all(kept in c.text for c in claims)


def test_attribution_each_run_of_the_stage_reads_the_doc_afresh() -> None:
    """What the stage keeps on a doc while it reads it (each verb's cue frame, the colon before
    each quotation) is dropped when a run starts: a doc run through the stage again is read
    afresh, not from what an earlier run kept (here made wrong on purpose)."""
    nlp = build_pipeline()
    doc = nlp(
        'The coach told his players before the match: "We will win." '
        "The mayor said that the road would reopen."
    )
    first = list(doc._.newsclaims_claims)
    assert [d.kind.value for d in first] == ["direct", "indirect"]
    frames, colons = (
        doc.user_data["newsclaims_cue_frames"],
        doc.user_data["newsclaims_quote_colons"],
    )
    assert frames and colons
    frames.update(dict.fromkeys(frames, "bare"))
    colons.update(dict.fromkeys(colons, -1))
    nlp.get_pipe("newsclaims_attribution")(doc)
    assert list(doc._.newsclaims_claims) == first


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The mayor criticized the new budget, which auditors said was badly drawn up.",
            ("The mayor", "the new budget"),
            ("auditors", "was badly drawn up"),
        ),
        (
            "The governor praised the bridge plan, which engineers say will cost twice the "
            "estimate.",
            ("The governor", "the bridge plan"),
            ("engineers", "will cost twice the estimate"),
        ),
    ],
)
def test_attribution_a_reporting_relative_clause_ends_the_first_content(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """Two sources in one sentence, the second in a relative clause with a reporting verb and
    a subject of its own at the end of the first content: the first content stops before it,
    and the second source keeps its own claim."""
    found = {c.source.text: c.text.rstrip(".") for c in _claims(text) if c.source is not None}
    assert found[first[0]] == first[1]
    assert found[second[0]].endswith(second[1])


def test_attribution_a_relative_clause_whose_subject_is_the_relative_word_stays() -> None:
    """ "criticized the farmers, who say ...": the relative clause names its own speaker inside
    the content (the farmers), so the first content keeps it whole."""
    text = "The minister criticized the farmers, who say the new rules will ruin them."
    found = {c.source.text: c.text.rstrip(".") for c in _claims(text) if c.source is not None}
    assert found["The minister"] == "the farmers, who say the new rules will ruin them"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # a report yet to come, under "when" / "before": no claim of its own
        (
            "The mayor said the bridge will reopen when Ruth Dent confirms that it is safe.",
            "The mayor",
            "the bridge will reopen when Ruth Dent confirms that it is safe",
        ),
        (
            "The mayor said the bridge would reopen before inspectors confirmed that it was safe.",
            "The mayor",
            "the bridge would reopen before inspectors confirmed that it was safe",
        ),
        # "since" gives a reason: the reason is part of the content
        (
            "The mayor said the bridge must close since Ruth Dent said it was unsafe.",
            "The mayor",
            "the bridge must close since Ruth Dent said it was unsafe",
        ),
        # a subject that names no one reports nothing
        (
            "The mayor said the vote was fair and no voter claimed that it was rigged.",
            "The mayor",
            "the vote was fair and no voter claimed that it was rigged",
        ),
    ],
)
def test_attribution_a_report_not_made_after_a_mark_stays_in_the_content(
    text: str, source: str, content: str
) -> None:
    """A clause under "when" or "before" whose report is still to come (a present-tense cue,
    or a first content with a modal), a reason under "since", or a report whose subject names
    no one ("no voter claimed") is no other source's claim: the first content keeps it."""
    found = [(c.source.text, c.text.rstrip(".")) for c in _claims(text) if c.source is not None]
    assert found == [(source, content)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Kim said she left the party after Lee said the vote was rigged.",
            ("Kim", "she left the party"),
            ("Lee", "the vote was rigged"),
        ),
        (
            "The driver said the bus was withdrawn when the inspectors said its brakes were "
            "unsafe.",
            ("The driver", "the bus was withdrawn"),
            ("the inspectors", "its brakes were unsafe"),
        ),
    ],
)
def test_attribution_a_report_after_a_mark_of_time_is_its_own(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """ "said X after Y said Z": a clause opened by "after", "when" ... whose verb reports
    with its own subject is the other source's claim; the first content ends before the
    mark, and the second source is not lost inside the first claim."""
    found = {c.source.text: c.text.rstrip(".") for c in _claims(text) if c.source is not None}
    assert found == dict([first, second])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said he was robbed after the guard left the bank.",
            "he was robbed after the guard left the bank",
        ),
        (
            "The mayor said he resigned because the council told him to go.",
            "he resigned because the council told him to go",
        ),
        (
            "The mayor said he resigned after he read that the council wanted him to go.",
            "he resigned after he read that the council wanted him to go",
        ),
    ],
)
def test_attribution_a_clause_of_time_or_reason_stays_in_the_content(
    text: str, content: str
) -> None:
    """A clause after "after" that reports nothing, a reason given with "because", and a
    clause whose subject is a pronoun (most often the first source again) are part of what
    was said: the first content keeps them."""
    found = {c.source.text: c.text.rstrip(".") for c in _claims(text) if c.source is not None}
    assert found["The mayor"] == content


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Most farmers said the rain had come too late and many said they would sell their "
            "herds.",
            ("Most farmers", "the rain had come too late"),
            ("many", "they would sell their herds"),
        ),
        (
            "The pilots say the runway is too short and the airport says it will be extended "
            "next year.",
            ("The pilots", "the runway is too short"),
            ("the airport", "it will be extended next year"),
        ),
    ],
)
def test_attribution_a_conjoined_report_inside_a_content_is_its_own(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """ "X said A and Y said B", parsed with the second report conjoined inside the first
    content: the first content ends before it, and each cue keeps its own source."""
    found = {c.source.text: c.text.rstrip(".") for c in _claims(text) if c.source is not None}
    assert found == dict([first, second])


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Mayor Tom Bell was quick to stress that the ferry had run late twice.",
            "Mayor Tom Bell",
            "that the ferry had run late twice",
        ),
        (
            "Harbor officials were careful to note that the tolls would not rise.",
            "Harbor officials",
            "that the tolls would not rise",
        ),
    ],
)
def test_attribution_an_infinitive_cue_after_an_adjective_of_doing_takes_the_subject(
    text: str, source: str, content: str
) -> None:
    """ "was quick to stress that X": the infinitive of an adjective of how it was done
    (``done_infinitive_adjectives.tsv``) is said by the subject of the copula."""
    claims = [c for c in _claims(text) if c.source is not None]
    assert [(c.source.text, c.text) for c in claims if c.source is not None] == [(source, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Bell was reluctant to say that the ferry had run late.",
        "Mayor Tom Bell was too busy to explain why the ferry had run late.",
        # an adjective of wanting: the infinitive need not have been done
        "The mayor was eager to show that the tolls were fair.",
        "Mayor Tom Bell was happy to confirm that the ferry ran all winter.",
        # a modal or a copula not in the past: not done yet
        "Mayor Tom Bell would be quick to confirm that the ferry will run all winter.",
        "The mayor is quick to point out that the tolls are fair.",
    ],
)
def test_attribution_an_infinitive_after_another_adjective_is_not_said(text: str) -> None:
    """ "reluctant to say", "too busy to explain", "eager to show": the infinitive was not
    (or need not have been) done, so the subject says nothing; nor when the copula has a
    modal or is not past ("would be quick to confirm": not done yet)."""
    assert [c for c in _claims(text) if c.source is not None] == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Mayor Tom Bell made it clear that the ferry would keep running.",
            "Mayor Tom Bell",
            "that the ferry would keep running",
        ),
        (
            "The harbor council made clear that the tolls would rise in May.",
            "The harbor council",
            "that the tolls would rise in May",
        ),
        (
            "Ana Ruiz made the case that the mill should stay open.",
            "Ana Ruiz",
            "that the mill should stay open",
        ),
        (
            "Ana Ruiz has repeatedly made the claim that the mill was sold too cheaply.",
            "Ana Ruiz",
            "that the mill was sold too cheaply",
        ),
    ],
)
def test_attribution_a_light_verb_with_a_statement_word_reports_its_clause(
    text: str, source: str, content: str
) -> None:
    """ "made it clear that X", "made the case that X": a light verb whose object is a word of
    stating (``light_cues.tsv``) reports the clause as its subject's claim."""
    claims = [c for c in _claims(text) if c.source is not None]
    assert [(c.source.text, c.text) for c in claims if c.source is not None] == [(source, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The storm made it clear that the sea wall was too low.",
        "Mayor Tom Bell made the case for a new ferry.",
        "The report made it clear to voters.",
        "The council urged Mayor Tom Bell to make it clear that the ferry would keep running.",
        "The mayor made no promise that the ferry would keep running.",
    ],
)
def test_attribution_a_light_verb_without_a_speaker_or_clause_reports_nothing(text: str) -> None:
    """A storm or a report does not speak; with no clause there is no claim; "urged X to make
    it clear" asks for a statement not yet made; "made no promise" made none."""
    light = {"make", "makes", "made", "making"}
    assert [c for c in _claims(text) if c.cue is not None and light & set(c.cue.text.split())] == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Councillor Ada Okafor thinks the new parking rules are unfair to small shops.",
            "Councillor Ada Okafor",
            "the new parking rules are unfair to small shops",
        ),
        (
            "The ferry captain thinks that the crossing will be rough tonight.",
            "The ferry captain",
            "that the crossing will be rough tonight",
        ),
    ],
)
def test_attribution_a_view_verb_in_the_narration_reports_its_clause(
    text: str, source: str, content: str
) -> None:
    """ "X thinks (that) Y" in the narration tells X's view, a hedged claim: the cue lexicon
    counts "think" outside quotations only, where PolNeAR marks it (a speaker's own "I think"
    is never a cue there; ``scripts/cue_corpus.counted``)."""
    claims = [c for c in _claims(text) if c.source is not None]
    assert [(c.source.text, c.text, c.stance.value) for c in claims if c.source is not None] == [
        (source, content, "hedged")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rowing club decided to close the boathouse for the winter.",
        "Fans celebrated the late goal in the town square.",
        "The mayor attacked the budget at the council meeting.",
        "The new ferry felt cramped to its regular passengers.",
        "The two unions agreed to a new pay deal on Monday.",
        "Harbour traders hope for a quick repair of the pier.",
        "She thought she heard a noise in the hallway before the fire started.",
        "For a moment, the crowd thought the game was over.",
        "The driver thought the light was green when he crossed the junction.",
    ],
)
def test_attribution_an_act_is_no_view(text: str) -> None:
    """Deciding, celebrating or attacking is done, not said, and a feeling or a wish for a
    thing is no view of how things are: leaving the view verbs' quoted uses with a clause out
    of the count lets none of them in."""
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You might think the council would have learned its lesson by now.",
        "One would think the council would have learned its lesson by now.",
        "Anyone would think the council had never run a ferry before.",
        "Who would have thought the council would agree to the plan?",
        "Let's hope the council gets the ferry timetable right this time.",
        "Most of us think the new toll is far too high for families.",
    ],
)
def test_attribution_a_view_of_a_generic_subject_is_the_narration(text: str) -> None:
    """A view verb whose subjects are all generic or the reader ("you might think", "one would
    think", "who would have thought", "let's hope", "most of us think") is the writer's
    rhetoric, the outlet's narration, as the writer's own "I think": no source holds it."""
    assert _claims(text) == []


def test_attribution_one_of_named_people_is_no_generic_subject() -> None:
    """ "one" of someone named is a source of the story, not the generic "one would think"."""
    claims = _claims("One of the ferry captains thinks the crossing will be rough tonight.")
    assert [c.source.text for c in claims if c.source is not None] == ["One of the ferry captains"]


def test_attribution_a_past_view_is_a_claim_unless_told_of_a_moment() -> None:
    """ "X thought Y" is X's view, reported; "X thought she saw Y", or a "thought" bound to a
    moment of the story, is what X believed then: narration."""
    claims = _claims("Councillor Ada Okafor thought the new toll was far too high for families.")
    assert [c.source.text for c in claims if c.source is not None] == ["Councillor Ada Okafor"]
    assert _claims("Councillor Ada Okafor thought she saw the ferry leave the harbour early.") == []


def test_attribution_a_view_verb_inside_a_quotation_is_the_quotation() -> None:
    """A speaker's own "I think" is part of what they said, not a second claim."""
    claims = _claims('"I think the toll is far too high," said Councillor Ada Okafor.')
    assert [c.cue.text for c in claims if c.cue is not None] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "I believe the harbour board got the ferry timetable badly wrong.",
        "We think the new toll will drive drivers onto the old coast road.",
        "My wife and I think the new toll is far too high for families.",
    ],
)
def test_attribution_the_writers_own_view_is_the_narration(text: str) -> None:
    """An unquoted "I think" / "we believe" is the writer's own view: the outlet's narration,
    not a claim of a source "I" or "we"."""
    assert _claims(text) == []
    assert _narration(text) != []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("No 10 said the talks were going well.", "No 10", "the talks were going well"),
        (
            "A No 10 spokesman said the talks were going well.",
            "A No 10 spokesman",
            "the talks were going well",
        ),
        (
            "The mayor said the plan was fair and No 10 said that it was rigged.",
            "No 10",
            "that it was rigged",
        ),
    ],
)
def test_attribution_no_with_a_number_names_an_office(text: str, source: str, content: str) -> None:
    """ "No 10", "a No 10 spokesman": "No" before a number is a name (Downing Street), not a
    negator, so the subject names someone ("no voter claimed" still names no one)."""
    found = [(c.source.text, c.text.rstrip(".")) for c in _claims(text) if c.source is not None]
    assert (source, content) in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A source close to the former governor Dale Hurst said the lake house had been sold.",
            "A source close to the former governor Dale Hurst",
        ),
        (
            "People close to the retired judge Nora Quill say she wants the seat back.",
            "People close to the retired judge Nora Quill",
        ),
        (
            "The ferry deal is dead, according to sources close to the harbor commissioner"
            " Lena Brandt.",
            "sources close to the harbor commissioner Lena Brandt",
        ),
        (
            "Sources close to the Harbor Tigers owner Mark Lentz said he would sell the club.",
            "Sources close to the Harbor Tigers owner Mark Lentz",
        ),
        (
            "An aide to the mayor Dana Whitfield said she would not seek a third term.",
            "An aide to the mayor Dana Whitfield",
        ),
        (
            "A person familiar with the mayor Dana Whitfield's thinking said she would resign.",
            "A person familiar with the mayor Dana Whitfield's thinking",
        ),
    ],
)
def test_attribution_a_source_close_to_someone_is_not_that_someone(text: str, source: str) -> None:
    """Issue 16: "a source close to the governor Dale Hurst" is an unnamed source shown as its
    words, never the person it is close to (the name after a role in its prepositional
    phrase is who it is close to, not who speaks)."""
    [claim] = _claims(text)
    assert claim.source is not None and claim.source.text == source
    assert claim.source_entity is not None
    assert claim.source_entity.startswith("GROUP:"), claim.source_entity
    assert claim.anonymous is True


def test_attribution_a_role_before_a_name_still_names_the_speaker() -> None:
    """The guard above leaves a role noun right before a name alone ("Hawks fan ...")."""
    [claim] = _claims("Hawks fan Marta Byrne said the new stadium was too far from town.")
    assert claim.source_entity == "PERSON:marta byrne"


def test_attribution_a_roundup_heading_run_into_a_sentence_is_not_its_source() -> None:
    """Issue 16: a star's name as a roundup heading, its line break lost ("Sam Ortiz His
    co-star Nina Hale said ..."), never becomes the source of the sentence after it."""
    text = (
        "The stars arrived early. Sam Ortiz His co-star Nina Hale said Ortiz had worked"
        " harder than anyone on the film."
    )
    [claim] = _claims(text)
    assert claim.source_entity != "PERSON:sam ortiz"
    assert claim.source is not None and "Sam Ortiz" not in claim.source.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The chief executive of the carmaker Dale Hurst said sales would rise.", "dale hurst"),
        ("The chief executive of the insurer Marta Byrne said premiums would rise.", "marta byrne"),
        ("The head of the publisher Nora Quill said the book would be pulled.", "nora quill"),
        ("The president of the retailer Tom Lee said stores would close.", "tom lee"),
        ("The owner of the bakery Marta Byrne said prices would rise.", "marta byrne"),
    ],
)
def test_attribution_a_company_noun_before_a_name_is_no_person_it_is_close_to(
    text: str, name: str
) -> None:
    """Review of caption40 (HIGH 1): only a listed person role after a preposition ("close to
    the mayor Dana Whitfield") makes the name someone other than the speaker; a noun that
    merely ends like one ("carmaker", "insurer", "publisher", "retailer") is a company, and
    the name after it is the executive who speaks."""
    [claim] = _claims(text)
    assert claim.source_entity == f"PERSON:{name}"


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for the defendant Nora Quill said she would appeal the verdict.",
        "Sources close to the club owner Mark Lentz said the sale was off.",
        "An aide to the governor Dale Hurst said the budget was balanced.",
        # review of fix40a (HIGH 1): person roles known by their ending, not only listed ones
        "A source close to the footballer Dale Hurst said the transfer was off.",
        "A colleague of the teacher Marta Byrne said the board had been warned.",
        "A lawyer for the investor Leo Brandt said the deal would close.",
    ],
)
def test_attribution_a_listed_role_after_a_preposition_still_hides_the_name(text: str) -> None:
    """The listed roles the rule above reads ("defendant", "owner", "governor") keep the name
    after them out of the source: the lawyers, sources, aide speak, not the person."""
    [claim] = _claims(text)
    assert claim.source_entity is not None
    assert claim.source_entity.startswith("GROUP:"), claim.source_entity


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Like many of his neighbors farmer Tom Lee said the drought was the worst in memory.",
            "tom lee",
        ),
        (
            "Like most of her colleagues coach Marta Byrne said the league had waited too long.",
            "marta byrne",
        ),
        (
            "Along with other residents teacher Marta Byrne said the river had never flooded.",
            "marta byrne",
        ),
    ],
)
def test_attribution_a_fronted_phrase_s_preposition_does_not_hide_the_speaker(
    text: str, name: str
) -> None:
    """Review of caption40 (MEDIUM 3): a preposition in a fronted phrase run into the subject
    with no comma ("Like many of his neighbors farmer Tom Lee said") is not the role's own
    complement: the name after the role still speaks."""
    [claim] = _claims(text)
    assert claim.source_entity == f"PERSON:{name}"


@pytest.mark.parametrize(
    ("text", "content", "left_out"),
    [
        (
            "The parade drew large crowds. The coach said the team had earned the win Amy Ortiz"
            " (left) and Tom Reyes celebrate with fans at Harbor Park on Sunday night.",
            "the team had earned the win",
            "Amy Ortiz",
        ),
        (
            "The parade drew large crowds. Mayor Dana Whitfield said the city would pay for the"
            " parade Harbor City fan Lena Brandt, pictured, cheered as the team arrived.",
            "the city would pay for the parade",
            "Lena Brandt",
        ),
        (
            "The square was packed. Whitfield told reporters the square would stay closed until"
            " noon Singer Nina Hale (right) performed for the crowd in Harbor Park in March.",
            "the square would stay closed until noon",
            "Nina Hale",
        ),
        (
            "The team won on Sunday. Captain Ana Ruiz said the players never doubted themselves"
            " Fans celebrate outside Harbor Park on Sunday night Coach Tom Reyes, pictured in"
            " March, was carried off by his players.",
            "the players never doubted themselves",
            "Fans celebrate",
        ),
    ],
)
def test_attribution_a_content_ends_where_an_undetected_caption_runs_in(
    text: str, content: str, left_out: str
) -> None:
    """Crawled text loses a caption's line breaks, so a caption (present tense, or any tense
    when its names carry their place in the photo: "(right)", ", pictured,") runs into a
    report with no punctuation: the content ends where the caption starts."""
    [claim] = _claims(text)
    assert claim.text == content
    assert left_out not in claim.text


def test_attribution_a_quotation_left_open_ends_where_a_caption_runs_in() -> None:
    text = (
        'The team won on Sunday. "We worked so hard for this," captain Ana Ruiz said. "Nobody'
        " gave us a chance Fans celebrate outside Harbor Park on Sunday night Singer Nina Hale"
        ' (right) performed for the crowd "We proved them all wrong." The mayor will host a parade.'
    )
    [claim] = [c for c in _claims(text) if c.source and c.source.text == "captain Ana Ruiz"]
    said = " ".join(p.text for p in claim.parts)
    assert "Nobody gave us a chance" in said
    assert "Fans celebrate" not in said and "Nina Hale" not in said


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a role before the name: no caption ("the mayor Dana Whitfield, pictured, ...")
        (
            "The coach said the mayor Dana Whitfield, pictured, had paid for the parade.",
            "the mayor Dana Whitfield, pictured, had paid for the parade",
        ),
        # a place in a photo before a joining word: prose ("... Ana Ruiz (right) in May")
        (
            "The prosecutor said the driver struck Ana Ruiz (right) in May and then fled.",
            "the driver struck Ana Ruiz (right) in May and then fled",
        ),
        # a relative clause after the marked name: prose
        (
            "Officials said the striker Leo Grant, pictured, who scored twice, would miss the"
            " final.",
            "the striker Leo Grant, pictured, who scored twice, would miss the final",
        ),
        # a present-tense clause after a conjunction is the same sentence
        (
            "The mayor said the bridge will reopen while Harbor City fans celebrate the win.",
            "the bridge will reopen while Harbor City fans celebrate the win",
        ),
    ],
)
def test_attribution_a_content_with_caption_like_words_in_prose_is_kept_whole(
    text: str, content: str
) -> None:
    [claim] = _claims(text)
    assert claim.text == content


def test_attribution_a_quotation_after_a_caption_stays_with_its_own_speaker() -> None:
    """Negative case from chain40's review: another speaker's quotation after a caption is
    not carried on as the first speaker's."""
    text = (
        "The mayor said the parade would start at noon.\n"
        "Fans celebrate in the square (Getty Images)\n"
        '"The bridge stays closed until Monday," police chief Tom Reyes said.'
    )
    claims = _claims(text)
    mayor = [c for c in claims if c.source and c.source.text == "The mayor"]
    assert mayor and all("bridge" not in c.text for c in mayor)
    [chief] = [c for c in claims if "bridge" in c.text]
    assert chief.source is not None and chief.source.text == "police chief Tom Reyes"


def test_attribution_a_quotation_left_open_before_a_caption_does_not_take_the_narration() -> None:
    """Negative case from chain40's review: a quotation left open before a caption does not
    resume into the narration after it."""
    text = (
        'Ana Ruiz said: "We never gave up on this season.\n'
        "Fans celebrate in the square (Getty Images)\n"
        "The parade will start at noon on Friday. The route passes the harbor."
    )
    analysis = analyze(text)
    ruiz = [c for c in analysis.claims if c.source and c.source.text == "Ana Ruiz"]
    assert all("parade" not in c.text and "route" not in c.text for c in ruiz)
    assert any(
        c.kind.value == "narration" and "route passes the harbor" in c.text for c in analysis.claims
    )


def test_attribution_quotations_around_a_caption_are_each_in_one_claim() -> None:
    """Negative case from chain40's review: one quotation is never in two claims."""
    text = (
        '"We never gave up," Ruiz said.\n'
        "Fans celebrate in the square (Getty Images)\n"
        '"The city believed in us from the first day," she added.'
    )
    claims = _claims(text)
    for word in ("never gave up", "believed in us"):
        assert len([c for c in claims if word in c.text]) == 1, word


def test_attribution_narration_after_an_apostrophe_or_a_title_in_single_marks_is_kept() -> None:
    """Negative case from chain40's review: a plural's apostrophe or a title in single marks
    ending in s opens no quotation that swallows the narration."""
    text = (
        "The fans' parade drew thousands to the harbor.\n"
        "Fans celebrate in the square (Getty Images)\n"
        "The band played 'Harbor Lights' and 'Sailors' at the park. The crowd stayed late."
    )
    narration = [c.text for c in analyze(text).claims if c.kind.value == "narration"]
    assert any("parade drew thousands" in t for t in narration)
    assert any("The crowd stayed late" in t for t in narration)
    assert any("played" in t for t in narration)


def test_attribution_a_quotation_after_a_caption_is_not_given_to_the_caption_s_person() -> None:
    """A caption run into the text before a quotation names a person in the photo, not the
    speaker: the quotation is never that person's."""
    text = (
        'The team won the title on Sunday. "We worked so hard for this," captain Ana Ruiz said.'
        ' Harbor City fan Lena Brandt, pictured, cheered as the team arrived "Nobody gave us a'
        ' chance in August." The parade is on Friday.'
    )
    claims = _claims(text)
    assert all(c.source is None or "Brandt" not in c.source.text for c in claims)
    assert all("Lena Brandt" not in c.text for c in claims if c.source is not None)


def test_attribution_a_marked_name_after_a_quotation_is_a_caption_not_its_speaker() -> None:
    """A caption whose name carries its place in the photo, run into a quotation closed with
    no stop, is no cue of that quotation: the quotation stays its own speaker's, and the
    caption's person gets no claim over the words before the caption."""
    text = (
        'The team won. Ruiz tweeted "What a night for this city" Singer Nina Hale, pictured,'
        ' wrote "So proud of my home team" after the final whistle. The parade is on Friday.'
    )
    claims = _claims(text)
    assert all("Ruiz tweeted" not in c.text for c in claims)
    [ruiz] = [c for c in claims if "What a night" in c.text]
    assert ruiz.source is not None and ruiz.source.text == "Ruiz"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a verb's object or clause: a name after a verb is prose, marked or not
        (
            "The coach said the new rule means Tom Reyes carries the ball on every play.",
            "the new rule means Tom Reyes carries the ball on every play",
        ),
        (
            "The coach said the rule means Harbor City fans cheer from the north stand next year.",
            "the rule means Harbor City fans cheer from the north stand next year",
        ),
        (
            "The lawyer said the court cleared Ana Ruiz (pictured) last week.",
            "the court cleared Ana Ruiz (pictured) last week",
        ),
        (
            "The prosecutor said jurors heard Tom Reyes, pictured, had lied to the police.",
            "jurors heard Tom Reyes, pictured, had lied to the police",
        ),
        (
            "The report said police believe Tom Reyes (pictured) fled the country in May.",
            "police believe Tom Reyes (pictured) fled the country in May",
        ),
        # a wh-word opens the clause the name is the subject of
        (
            "The coach said everyone saw how Ana Ruiz celebrates every goal.",
            "everyone saw how Ana Ruiz celebrates every goal",
        ),
    ],
)
def test_attribution_a_name_after_a_verb_or_a_wh_word_is_no_caption(
    text: str, content: str
) -> None:
    """A caption runs in after a sentence's last word, not after a verb that takes the name as
    its object or clause ("the rule means Tom Reyes carries ...", "jurors heard Tom Reyes,
    pictured, had lied ...") nor after a wh-word: the content is kept whole. The cases that
    cut after a noun (a sentence's end) are in
    ``test_attribution_a_content_ends_where_an_undetected_caption_runs_in``."""
    [claim] = _claims(text)
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"I told them Tom Reyes (left) would start," the coach said.', "I told them"),
        (
            'Ruiz said: "The fans here know Tom Reyes, pictured, scored the winner and they love'
            ' him."',
            "The fans here know",
        ),
    ],
)
def test_attribution_a_closed_quotation_is_not_cut_at_a_marked_name(text: str, words: str) -> None:
    """A quotation with both its marks holds no caption run in: a name marked with its place
    in a photo inside it is the speaker's words, and the claim keeps them all."""
    [claim] = _claims(text)
    assert words in claim.text and "Reyes" in claim.text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The lawyer said the money Tom Reyes (pictured) took was never returned.",
            "the money Tom Reyes (pictured) took was never returned",
        ),
        (
            "The agent said the buyers toured the property Ana Ruiz, pictured, was selling last"
            " spring.",
            "the buyers toured the property Ana Ruiz, pictured, was selling last spring",
        ),
        (
            "The coach said it was the best goal Tom Reyes (left) ever scored.",
            "it was the best goal Tom Reyes (left) ever scored",
        ),
    ],
)
def test_attribution_a_bare_marked_name_after_a_noun_is_a_relative_clause(
    text: str, content: str
) -> None:
    """A name marked with its place in a photo right after a noun, with no role before it, is
    most often a relative clause's subject in prose ("the money Tom Reyes (pictured) took
    was never returned"): the content is kept whole. A caption's marked name carries a role
    ("Singer Nina Hale (right) performed ...":
    ``test_attribution_a_content_ends_where_an_undetected_caption_runs_in``)."""
    [claim] = _claims(text)
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coach said the crowd goes wild every time Tom Reyes walks onto the pitch.",
            "the crowd goes wild every time Tom Reyes walks onto the pitch",
        ),
        (
            "The coach said the reason Tom Reyes celebrates every goal is his late mother.",
            "the reason Tom Reyes celebrates every goal is his late mother",
        ),
        (
            "The coach said fans love the way Ana Ruiz celebrates her goals.",
            "fans love the way Ana Ruiz celebrates her goals",
        ),
        (
            "The mayor said nobody knows the songs Harbor City fans sing on match days.",
            "nobody knows the songs Harbor City fans sing on match days",
        ),
    ],
)
def test_attribution_a_bare_name_and_a_present_verb_after_a_noun_is_prose(
    text: str, content: str
) -> None:
    """A name and a caption's present verb after a noun with no photo mark and no role is a
    clause of the sentence ("every time Tom Reyes walks ...", "the reason Tom Reyes
    celebrates ..."), not a caption run in: the content is kept whole. A caption is cut when
    its names carry a mark or its subject is a group capitalised mid sentence
    (``test_attribution_a_content_ends_where_an_undetected_caption_runs_in``)."""
    [claim] = _claims(text)
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agent said the house Singer Nina Hale (pictured) bought last year was sold.",
            "the house Singer Nina Hale (pictured) bought last year was sold",
        ),
        (
            "Police said the money Harbor City fan Lena Brandt (right) raised was stolen.",
            "the money Harbor City fan Lena Brandt (right) raised was stolen",
        ),
    ],
)
def test_attribution_a_caption_cut_never_leaves_a_content_without_a_verb(
    text: str, content: str
) -> None:
    """A cut at a caption's start that would leave the content with no verb ("the house")
    has found a relative clause, not a caption: the content is kept whole. A content with
    its verb before the caption is cut
    (``test_attribution_a_content_ends_where_an_undetected_caption_runs_in``)."""
    [claim] = _claims(text)
    assert claim.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Dana Reyes reported from Lisbon.",
        "The statistics office reported on Monday.",
        "The two councils have been discussing for three weeks.",
    ],
)
def test_attribution_a_cue_with_only_its_place_or_time_says_nothing(text: str) -> None:
    """ "X reported from Lisbon", "reported on Monday": only a phrase placing or dating the
    act follows the cue (setting_prepositions.tsv), so nothing said is given; the sentence is
    the outlet's narration (a credit line, a report of an act), no one's claim."""
    assert _claims(text) == []
    assert [c.kind.value for c in analyze(text).claims] == ["narration"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the same phrases with what was said: the claim stays
        ("Dana Reyes reported from Lisbon that the talks had stalled.", "the talks had stalled"),
        ("The statistics office reported on Monday that exports fell.", "exports fell"),
        # a phrase of what it is about is no setting ("on the new housing rules")
        ("Dana Reyes reported on the new housing rules.", "on the new housing rules"),
        # a cue after what it relays, with a date: the relayed words are the claim
        ("Wages fell in March, the Daily Ledger reported on Monday.", "Wages fell in March"),
        # a fronted date is no phrase after the cue; a clause inside the phrase is said
        ("In December, the mayor called for Ortiz to resign.", "for Ortiz to resign"),
        ("Dana Reyes recalled in 2008 that the mill had closed.", "the mill had closed"),
        # a forecast reported by someone stays their claim
        ("The senator was expected to win the seat, analysts said.", "win the seat"),
    ],
)
def test_attribution_a_setting_beside_what_is_said_keeps_the_claim(text: str, content: str) -> None:
    """Negative controls of the rule above: a complement or a topic phrase is what is said."""
    assert any(content in c.text and c.source is not None for c in _claims(text))


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        (
            '"Nobody wins on the first count," Ilse Varro answered before adding that she '
            "would need the three northern wards.",
            "Ilse Varro",
            "she would need the three northern wards",
        ),
        (
            "The ferry captain thanked the crew, before stressing that the Brask route "
            "would stay closed.",
            "The ferry captain",
            "the Brask route would stay closed",
        ),
        (
            "Okonkwo brushed off the charge by pointing out that the council had never "
            "voted on the tolls.",
            "Okonkwo",
            "the council had never voted on the tolls",
        ),
        (
            "Marta Lindqvist was demoted after arguing that the budget for the port was "
            "far too small.",
            "Marta Lindqvist",
            "the budget for the port was far too small",
        ),
        # the verb is passive: its subject is still the one who said it, not someone unnamed
        (
            "After saying her left knee was badly swollen, the runner was rushed to the "
            "clinic in Vessa.",
            "the runner",
            "her left knee was badly swollen",
        ),
        (
            "Dr. Haslam spoke about the flood before explaining why she had left the valley.",
            "Dr. Haslam",
            "she had left the valley",
        ),
    ],
)
def test_a_cue_gerund_after_a_preposition_of_time_or_means_is_the_verbs_subjects_report(
    text: str, source: str, content_has: str
) -> None:
    """ "... before adding that ...", "... by pointing out that ...": a cue gerund with a clause
    of its own, the object of "before", "after" or "by" hung on a verb, reports for that
    verb's subject (PolNeAR train: no_cue misses of pcomp cues)."""
    claims = [c for c in _claims(text) if content_has in c.text]
    assert len(claims) == 1, [c.text for c in _claims(text)]
    assert claims[0].source is not None and claims[0].source.text == source
    assert claims[0].kind.value == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        # a gerund of an act, a thing as its object: no statement
        "The mayor opened the bridge after cutting the ribbon in front of the town hall.",
        # not a cue: what was learnt, heard of or planned is no statement of the subject's
        "The crew turned back after learning that the harbour at Vessa was closed.",
        "Kessler left the town hall before the report found that the tolls were too high.",
        # a preposition that is neither of time nor of means
        "The dockers were angry about hearing that the port would close.",
    ],
)
def test_a_gerund_after_a_preposition_without_a_cue_or_clause_reports_nothing(text: str) -> None:
    """The controls of the rule above: the gerund gives no claim."""
    cues = [c.cue.text for c in _claims(text) if c.cue is not None]
    assert not [cue for cue in cues if cue.endswith("ing")], cues


@pytest.mark.parametrize(
    ("text", "source", "content_has"),
    [
        (
            "Tomas Rell was arrested by the harbour police after saying that the Vessa "
            "ballot had been rigged.",
            "Tomas Rell",
            "the Vessa ballot had been rigged",
        ),
        (
            "Ilse Varro was praised by the dockers of Brask after insisting that the tolls "
            "would stay low.",
            "Ilse Varro",
            "the tolls would stay low",
        ),
        # control: an active verb keeps its subject
        (
            "The dockers of Brask praised the mayor after insisting that the tolls would stay low.",
            "The dockers of Brask",
            "the tolls would stay low",
        ),
    ],
)
def test_a_cue_gerund_under_a_passive_verb_with_an_agent_reports_for_its_subject(
    text: str, source: str, content_has: str
) -> None:
    """ "X was arrested by police after saying that ...": the gerund's speaker is the passive
    verb's subject, the one it happened to, never the agent "by" it (fig44r review of ind44:
    the agent took the claim)."""
    claims = [c for c in _claims(text) if content_has in c.text]
    assert claims, [c.text for c in _claims(text)]
    assert all(c.source is not None and c.source.text == source for c in claims), [
        (c.source.text if c.source else None) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "content_has"),
    [
        (
            "Shares in Kelso Mining fell sharply after announcing that the Vessa pit would "
            "close next spring.",
            "the Vessa pit would close",
        ),
        (
            "Prices at the Brask market soared after warning that the harvest would be "
            "thin this year.",
            "the harvest would be thin",
        ),
    ],
)
def test_a_cue_gerund_never_reports_for_a_subject_that_cannot_speak(
    text: str, content_has: str
) -> None:
    """ "Shares fell after announcing that ...": the subject the gerund would inherit is a
    thing, so no claim is given to it (fig44r review of ind44). The controls are the cases
    above: a name, a person noun ("the runner", "the ferry captain") and a group of people."""
    sources = [
        c.source.text if c.source is not None else None
        for c in _claims(text)
        if content_has in c.text
    ]
    assert not [s for s in sources if s is not None and ("Shares" in s or "Prices" in s)], sources


@pytest.mark.parametrize(
    ("text", "content_has", "source"),
    [
        # a relative pronoun stands for its noun: a body that can speak keeps its claim
        (
            "The Brask Timber firm, which collapsed after admitting that its books were "
            "false, was sold to a rival.",
            "its books were false",
            "which",
        ),
        (
            "Tarrow Mills, which closed after announcing that the orders had dried up, "
            "left two hundred workers idle.",
            "the orders had dried up",
            "which",
        ),
        # negative controls: a figure behind the relative pronoun, or a demonstrative
        (
            "The miner's shares, which fell after announcing that the Vessa pit would "
            "close, recovered by noon.",
            "the Vessa pit would close",
            None,
        ),
        (
            "This came after announcing that the Vessa pit would close.",
            "the Vessa pit would close",
            None,
        ),
    ],
)
def test_a_cue_gerund_under_a_relative_clause_reports_for_the_noun_it_stands_for(
    text: str, content_has: str, source: str | None
) -> None:
    """ "The firm, which collapsed after admitting that ...": "which" is the firm, which can
    speak, so the claim stays (revB47 review of gerund46, which dropped every relative
    pronoun); behind "which" a market or figure gives no claim, as its noun would not."""
    sources = [
        c.source.text if c.source is not None else None
        for c in _claims(text)
        if content_has in c.text
    ]
    assert sources == ([source] if source is not None else []), sources


# --- issue 16 (summ47): speech summaries by an object and its complement


@pytest.mark.parametrize(
    ("text", "source", "stance", "content"),
    [
        (
            "The senator left the stage, calling the mayor a liar.",
            "The senator",
            "reported",
            "the mayor a liar",
        ),
        (
            "Brandt spoke for an hour, accusing the minister of lying about the budget.",
            "Brandt",
            "reported",
            "the minister of lying about the budget",
        ),
        (
            "The campaign released an ad, dismissing Kessler as a career politician.",
            "The campaign",
            "denied",
            "Kessler as a career politician",
        ),
    ],
)
def test_a_participle_that_sums_up_what_was_said_of_someone_shares_its_heads_subject(
    text: str, source: str, stance: str, content: str
) -> None:
    (claim,) = _claims(text)
    assert claim.source is not None and claim.source.text == source
    assert (claim.stance.value, claim.text) == (stance, content)


@pytest.mark.parametrize(
    "text",
    [
        "The chairman opened the session, calling the meeting to order.",
        "The comet crossed the sky, describing an arc over the bay.",
        "The storm described an arc over the bay.",
        "The accused man stood silently in the hall.",
    ],
)
def test_a_summary_verb_without_its_complement_or_a_speaker_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # review of summ47: a count of people, people nouns the lists lacked, a part "of"
        # people: all can speak, so a bare object keeps their claim (a bare count stands for
        # the plural noun before it: review of rest48)
        ("The dockers met on Friday. Many praised the council.", "Many"),
        ("The dockers met on Friday. Most praised the council.", "Most"),
        ("No docker would speak at the meeting. Most praised the council.", "Most"),
        ("Every docker at the meeting voted. Most praised the council.", "Most"),
        ("Most of the dockers condemned the harbour tax.", "Most of the dockers"),
        ("The victims praised the council.", "The victims"),
        ("One neighbour praised the council.", "One neighbour"),
        ("Locals praised the council.", "Locals"),
        # review of rest50: a count of a learnt people noun (M1), a count named by "in",
        # "at" or "among" + people or a gathering (M2), and a count that stands for the
        # previous sentence's people subject rather than the nearer object (M3)
        ("Most of the critics praised the plan.", "Most of the critics"),
        ("Most of the analysts praised the plan.", "Most of the analysts"),
        ("The critics met in Delvin on Friday. Many criticized the plan.", "Many"),
        ("Many in the crowd praised the plan.", "Many in the crowd"),
        ("Many at the meeting criticized the plan.", "Many at the meeting"),
        ("Many among the fans praised the plan.", "Many among the fans"),
        (
            "The storms hit Delvin and the fishermen lost their boats. Many blamed the council.",
            "Many",
        ),
    ],
)
def test_a_bare_summary_by_people_or_a_count_of_people_is_their_claim(
    text: str, source: str
) -> None:
    claims = _claims(text)
    assert [c.source.text if c.source else None for c in claims] == [source]


@pytest.mark.parametrize(
    "text",
    [
        # negative controls: a count of things, and things, make no claim
        "Most of the storms described an arc over the bay.",
        "The tide described an arc over the bay.",
        "The rain condemned the harvest.",
        # review of rest48: a bare count of things before it, or of nothing named, and a
        # count "of" a learnt source word that is a thing
        "A storm hit Delvin. Many slammed the coast.",
        "Three buses crashed. Most slammed the barrier.",
        "The boats were lost in the storm. Several slammed the rocks.",
        "Every boat was lost in the storm. Most slammed the rocks.",
        "Many praised the council.",
        "Most of the waves slammed the pier.",
        "Most of the evidence condemned the driver.",
        # review of rest50: learnt heads that are things, a preposition with no people or
        # gathering, a subject of things before the people object, and an amount
        "Most of the hours slammed the pier.",
        "Many in the sea slammed the rocks.",
        "Many at the harbour slammed the pier.",
        "Huge waves surprised the residents on Friday. Many slammed the sea wall.",
        "Thousands of dollars were lost. Many slammed the rocks.",
    ],
)
def test_a_bare_summary_by_things_or_a_count_of_things_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "contents"),
    [
        # a second cue of the same speaker, hung by the parser on the first one's complement,
        # ends the first content and reports its own
        (
            "Mayor Ana Ruiz said the bridge would reopen in May and said the ferry would stop.",
            "Mayor Ana Ruiz",
            ["the bridge would reopen in May", "the ferry would stop"],
        ),
        (
            "The union says the strike will last a week and says members will picket the depot.",
            "The union",
            ["the strike will last a week", "members will picket the depot"],
        ),
        # the conjunction before the second cue is not left at the first content's end
        (
            "Tom Reyes said the pier would be safe by June and added that tolls would rise.",
            "Tom Reyes",
            ["the pier would be safe by June", "that tolls would rise"],
        ),
        # negative controls: one cue with two coordinated clauses is one content; a conjunct
        # in the complement's own form is left as parsed; a plain verb is no second cue
        (
            "Ana Ruiz said that the bridge would reopen in May and that the ferry would stop.",
            "Ana Ruiz",
            ["that the bridge would reopen in May and that the ferry would stop"],
        ),
        (
            "Ana Ruiz said the council would meet on Monday and decide the tolls.",
            "Ana Ruiz",
            ["the council would meet on Monday and decide the tolls"],
        ),
    ],
)
def test_attribution_content_stops_before_the_speakers_second_cue(
    text: str, speaker: str, contents: list[str]
) -> None:
    claims = [c for c in _claims(text) if c.source is not None and c.source.text == speaker]
    assert sorted(c.text for c in claims) == sorted(contents)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ortiz asked the congregation to stand for the anthem.",
            "the congregation to stand for the anthem",
        ),
        (
            "The bishop urged his flock to welcome the newcomers.",
            "his flock to welcome the newcomers",
        ),
        # negative controls: the object of a promise is not who acts; no object, no change
        ("Ortiz promised voters to cut taxes.", "to cut taxes"),
        ("Ortiz agreed to review the plan.", "to review the plan"),
    ],
)
def test_a_request_holds_the_one_addressed_before_its_infinitive(text: str, content: str) -> None:
    (claim,) = _claims(text)
    assert claim.text == content


def test_a_summary_verb_with_quoted_words_in_its_object_keeps_its_claim() -> None:
    # the subject the parse gives is a thing, but the quoted words were said by someone
    text = (
        "The old 500ml cartons shrank to 450ml and the 250ml cartons to 220ml Irate parents"
        ' branded the change "greedy" and a "shabby trick".'
    )
    assert any("greedy" in c.text for c in _claims(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quotation standing as a heading or a link line is not the speaker's words
        # carried on
        (
            'Ana Ruiz said the bridge would reopen. "It is safe."\n\n"PIER REOPENS IN MAY"\n\n'
            "Tolls will rise.",
            'the bridge would reopen. "It is safe."',
        ),
        (
            '"The pier is safe," Tom Reyes said. "We checked it."\n\n"Related:"\n\n'
            "Tolls will rise.",
            '"The pier is safe," Tom Reyes said. "We checked it."',
        ),
        (
            'Ana Ruiz said the pier would reopen.\n\n"Harbour days are back" (poster, 2019)\n\n'
            "Tolls will rise.",
            "the pier would reopen",
        ),
        # negative controls: whole sentences carried on, with the stop inside or outside
        # the closing mark, or a question
        (
            'Ana Ruiz said the pier would reopen.\n\n"We waited two years for this".\n\n'
            "Tolls will rise.",
            'the pier would reopen.\n\n"We waited two years for this"',
        ),
        (
            'Ana Ruiz said the pier would reopen.\n\n"It is safe. We checked every cable."\n\n'
            "Tolls will rise.",
            'the pier would reopen.\n\n"It is safe. We checked every cable."',
        ),
        (
            '"The pier is safe," Tom Reyes said. "Why wait?"\n\nTolls will rise.',
            '"The pier is safe," Tom Reyes said. "Why wait?"',
        ),
    ],
)
def test_attribution_carried_on_words_stop_at_a_quoted_heading(text: str, content: str) -> None:
    [claim] = [c for c in _claims(text) if c.source is not None]
    assert claim.text == content


@pytest.mark.parametrize(
    "caption",
    [
        # a photo's caption in quotation marks, its credit after it (not taken as furniture)
        '"Tom Reyes attends a gala in Lisbon on May 3, 2016." (Image: Getty)',
        '"Fans wave flags outside the stadium." (Photo: Ana Ruiz, AP)',
        # a caption opened by a label
        '"Happier times: Tom Reyes with his family at the harbour."',
    ],
)
def test_attribution_carried_on_quotations_stop_at_a_caption(caption: str) -> None:
    """Issue 16: a caption in quotation marks after a speaker's quotation (the furniture and
    narration detectors read it as one) is no part of the words carried on."""
    text = (
        '"We never stopped believing," said coach Tom Reyes. "It was a long road for all of '
        f'us."\n\n{caption}\n\nThe club will parade the trophy on Sunday.'
    )
    (claim,) = _claims(text)
    assert claim.source is not None and claim.source.text == "coach Tom Reyes"
    assert claim.text.endswith('"It was a long road for all of us."')


@pytest.mark.parametrize(
    ("after", "carried"),
    [
        # a quotation carried on over a paragraph break is kept
        ('"We will be back next year."', '"We will be back next year."'),
        # told in the present tense, but with no credit after it: the speaker's words
        ('"Fans love this team."', '"Fans love this team."'),
    ],
)
def test_attribution_carried_on_quotations_keep_the_speakers_words(
    after: str, carried: str
) -> None:
    """Negative controls for the caption stop: words carried on across a paragraph break
    with no caption mark stay the speaker's."""
    text = (
        '"We never stopped believing," said coach Tom Reyes. "It was a long road for all of '
        f'us."\n\n{after}\n\nThe club will parade the trophy on Sunday.'
    )
    (claim,) = _claims(text)
    assert claim.text.endswith(carried)


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        ('"Fans wave flags outside the stadium." (Photo: Ana Ruiz, AP)', False),
        ('"Fans will see the cup on Sunday."', True),  # negative control: no credit after it
    ],
)
def test_attribution_an_indirect_content_is_not_carried_on_into_a_caption(
    after: str, kept: bool
) -> None:
    """Issue 16: an indirect content carried on by the quotations after it stops at a caption
    in quotation marks with its credit; a quotation without one is carried on."""
    text = (
        'Coach Tom Reyes said his side had "never stopped believing".\n\n'
        f"{after}\n\nThe club will parade the trophy on Sunday."
    )
    (claim,) = _claims(text)
    assert claim.text.startswith('his side had "never stopped believing"')
    assert ("Fans" in claim.text) is kept


# --- med48: a market named as the subject of a cue gerund; a gerund of learning


@pytest.mark.parametrize(
    ("text", "content_has"),
    [
        # a market, an index, a currency or a commodity cannot claim, named or not
        ("The Dow fell after warning that the rally would fade by the spring.", "the rally"),
        ("The FTSE 100 slid after warning that exporters would struggle next year.", "exporters"),
        ("The Nikkei tumbled after signalling that rates in Tarvia would stay high.", "rates"),
        ("Sterling fell after warning that inflation would rise in Tarvia.", "inflation"),
        ("Oil jumped after warning that supplies would tighten in the spring.", "supplies"),
        ("Gold climbed after signalling that the Tarvian mint would cut output.", "mint"),
    ],
)
def test_a_cue_gerund_never_reports_for_a_named_market(text: str, content_has: str) -> None:
    """ "The Dow fell after warning that ...": a dangling gerund whose subject is a market
    (``market_names.tsv``, ``figure_subjects.tsv``, also when tagged as a name) leaves its
    speaker unsaid (revB47 review of gerund46)."""
    sources = [
        c.source.text if c.source is not None else None
        for c in _claims(text)
        if content_has in c.text and c.kind.value != "narration"
    ]
    assert not [s for s in sources if s is not None], sources


@pytest.mark.parametrize(
    ("text", "content_has", "source"),
    [
        # controls: a firm, a person whose words name a market, a person with a market's name
        (
            "Brask Timber slid after warning that demand would fall sharply next year.",
            "demand would fall",
            "Brask Timber",
        ),
        (
            "Oil minister Tom Varga resigned after saying that the wells in Tarvia had run dry.",
            "the wells in Tarvia",
            "Oil minister Tom Varga",
        ),
        (
            "Ana Sterling resigned after warning that the council would cut the budget.",
            "the council would cut",
            "Ana Sterling",
        ),
    ],
)
def test_a_cue_gerund_still_reports_for_a_firm_or_a_person(
    text: str, content_has: str, source: str
) -> None:
    sources = [
        c.source.text if c.source is not None else None
        for c in _claims(text)
        if content_has in c.text
    ]
    assert sources == [source], sources


@pytest.mark.parametrize(
    ("text", "content_has", "source"),
    [
        # a gerund of taking news in is no speech: learning, reading or finding is not saying
        (
            "The board fired Lena Okafor after learning that she had lied about her degree.",
            "she had lied",
            None,
        ),
        (
            "Tom Varga resigned after reading that the council had cut his budget.",
            "the council had cut",
            None,
        ),
        (
            "Tom Varga resigned after finding that the council had cut his budget.",
            "the council had cut",
            None,
        ),
        (
            "The mayor of Lesk quit before discovering that the audit had cleared her.",
            "the audit had cleared",
            None,
        ),
        # controls: a gerund of saying or admitting still reports for the subject
        (
            "Tom Varga resigned after saying that the council had cut his budget.",
            "the council had cut",
            "Tom Varga",
        ),
        (
            "The board fired Lena Okafor after announcing that the college would merge.",
            "the college would merge",
            "The board",
        ),
    ],
)
def test_a_gerund_of_learning_is_no_speech_cue(
    text: str, content_has: str, source: str | None
) -> None:
    """ "fired X after learning that ...": learning is not saying, so the subject gets no
    claim (revB47, pre-existing); the sentence is the outlet's own (``uptake_gerunds.tsv``)."""
    sources = [
        c.source.text if c.source is not None else None
        for c in _claims(text)
        if content_has in c.text and c.kind.value != "narration"
    ]
    assert sources == ([source] if source is not None else []), sources


# --- issue 16 (ing48): summary verbs below the cue bar in their frame; "described X as <clause>"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # a verb the cue lexicon holds below its bar is a cue in its summary frame
        (
            "The coach spoke after the match, thanking the fans for their patience.",
            "The coach",
            "the fans for their patience",
        ),
        (
            "Councillor Ivo Marsh framed the ferry levy as a tax on the poor.",
            "Councillor Ivo Marsh",
            "the ferry levy as a tax on the poor",
        ),
    ],
)
def test_a_verb_below_the_cue_bar_reports_in_its_summary_frame(
    text: str, source: str, content: str
) -> None:
    (claim,) = [c for c in _claims(text) if c.text == content]
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs with no summary of their object: acts, not reports
        "The rebels attacked the fort as night fell.",
        "The troops attacked the town for three days.",
        "The rebels attacked the fort at dawn.",
        "Lena Varko framed the old map in oak.",
        "Lena Varko painted the fence as greedy and careless.",
    ],
)
def test_a_verb_below_the_cue_bar_without_its_summary_frame_makes_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parse makes "as" the mark (or an adverb) of a clause with no subject of its own:
        # what was said of the object runs to the clause's end
        (
            "Marta Lind described the town as beset by floods and fires.",
            "the town as beset by floods and fires",
        ),
        (
            "The new guidelines describe small parties as covered by the law.",
            "small parties as covered by the law",
        ),
        # "as" with a participle that has a clause of its own: the object is kept
        (
            "Ivo Marsh described the vote as showing that the town had lost its nerve.",
            "the vote as showing that the town had lost its nerve",
        ),
        # negative control: a clause with a subject of its own tells when, not what
        ("Tomas Delvin described the bridge as the crowd cheered.", "the bridge"),
    ],
)
def test_described_as_a_clause_keeps_the_clause(text: str, content: str) -> None:
    (claim,) = _claims(text)
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Rina Kolbe left the hall after calling the mayor a coward.",
            "Rina Kolbe",
            "the mayor a coward",
        ),
    ],
)
def test_a_gerund_after_a_preposition_in_its_summary_frame_is_its_heads_subjects(
    text: str, source: str, content: str
) -> None:
    (claim,) = _claims(text)
    assert claim.source is not None and claim.source.text == source
    assert claim.text == content


def test_a_gerund_of_an_act_after_a_preposition_makes_no_claim() -> None:
    assert _claims("Rina Kolbe left the hall after cutting the ribbon.") == []


@pytest.mark.parametrize(
    ("text", "content_has", "source"),
    [
        # a quoted subheading glued onto the speaker that follows it
        (
            "Many shoppers blamed it on the vote to leave the union. 'Not a result of the vote'"
            " A spokeswoman for Pellworth acknowledged that the exchange rate was currently"
            ' "not kind", but added: "This change was not made because of the vote."',
            "not made because",
            "A spokeswoman for Pellworth",
        ),
        # controls: a quoted title before a lowercase role, a possessive, a name said once
        (
            '"Harbour Lights" director Tom Reyes said that the film was finished.',
            "the film was finished",
            'Harbour Lights" director Tom Reyes',
        ),
        (
            'Tom "The Hammer" Reyes said that the season was over.',
            "the season was over",
            'Tom "The Hammer" Reyes',
        ),
        (
            "The Gulls' Coach Tom Reyes said that the season was over.",
            "the season was over",
            "The Gulls' Coach Tom Reyes",
        ),
        (
            "Pellworth Foods manager Nadia Ostrova said that the tins were smaller.",
            "the tins were smaller",
            "Pellworth Foods manager Nadia Ostrova",
        ),
    ],
)
def test_attribution_a_source_starts_after_a_heading_or_credit_glued_before_it(
    text: str, content_has: str, source: str
) -> None:
    """A quoted subheading the crawl glued before a speaker, closed before a capitalised word,
    is no part of the source (issue 16)."""
    sources = [c.source.text for c in _claims(text) if content_has in c.text and c.source]
    assert sources == [source], sources


@pytest.mark.parametrize(
    "text",
    [
        # "attack" in its summary frame is as often a blow as words (review rev49 of ing48):
        # an armed or physical attack with an "as" or "for" phrase is no claim
        "Soldiers attacked the village as a warning to the rebels.",
        "Gunmen attacked the bus for the third time this year.",
        "Protesters attacked the embassy for its role in the deal.",
        "Tomas Lind left the club after attacking a referee for a penalty decision.",
        "Gunmen attacked Tom Bell for his remarks on the strike.",
        # a purpose, a time or a price is no judgement, whoever the subject and object
        # (review rev49c)
        "Carl Vance attacked Tom Bell as a warning to other dealers.",
        "Carl Vance attacked Tom Bell for the third time this year, prosecutors say.",
        "Carl Vance, who attacked Tom Bell for money, was jailed.",
        "Carl Vance attacked Tom Bell for revenge.",
        "Carl Vance attacked Tom Bell for his wallet.",
        "The rebels attacked Fort Daley as night fell.",
    ],
)
def test_an_attack_with_an_as_or_for_phrase_makes_no_claim(text: str) -> None:
    # "..., prosecutors say" is a claim of its own, the attack none
    assert [c for c in _claims(text) if c.cue and c.cue.text.startswith("attack")] == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # an attack in words (the complement judges the object) keeps its summary frame
        (
            "Senator Ruth Okoye attacked Tom Bell for his silence on the dredging.",
            "Senator Ruth Okoye",
            "Tom Bell for his silence on the dredging",
        ),
        (
            "Mayor Dana Kolbe rejected the budget on Tuesday, attacking Tom Bell as reckless.",
            "Mayor Dana Kolbe",
            "Tom Bell as reckless",
        ),
        (
            "Senator Okoye opened the debate by attacking Tom Bell as a friend of the rich.",
            "Senator Okoye",
            "Tom Bell as a friend of the rich",
        ),
        (
            "Tom Bell met the press on Monday. Senator Ruth Okoye attacked him as a liar.",
            "Senator Ruth Okoye",
            "him as a liar",
        ),
        # the complement judges, whatever the object or subject (review rev49c)
        (
            "Senator Ruth Okoye on Tuesday attacked the budget plan as reckless.",
            "Senator Ruth Okoye",
            "the budget plan as reckless",
        ),
        (
            "Ruth Okoye attacked the plan as a giveaway to banks.",
            "Ruth Okoye",
            "the plan as a giveaway to banks",
        ),
        (
            "The senator attacked Tom Bell as a liar in a speech on Tuesday.",
            "The senator",
            # the parse hangs "in a speech" on "liar"
            "Tom Bell as a liar in a speech on Tuesday",
        ),
        ("Critics attacked Tom Bell for his vote.", "Critics", "Tom Bell for his vote"),
        (
            "Democrats attacked the governor for not answering the letter.",
            "Democrats",
            "the governor for not answering the letter",
        ),
        (
            "The White House attacked Senator Mira Holt for supporting the tariff.",
            "The White House",
            "Senator Mira Holt for supporting the tariff",
        ),
        (
            "Mayor Dana Kolbe left the hall on Tuesday, attacking the levy as reckless.",
            "Mayor Dana Kolbe",
            "the levy as reckless",
        ),
        (
            "Senator Ruth Okoye attacked Tom Bell as being too close to the banks.",
            "Senator Ruth Okoye",
            "Tom Bell as being too close to the banks",
        ),
        (
            'Ruth Okoye attacked the mayor for "the waste and the swagger" of his term.',
            "Ruth Okoye",
            'the mayor for "the waste and the swagger" of his term',
        ),
    ],
)
def test_an_attack_whose_complement_judges_sums_up(text: str, source: str, content: str) -> None:
    (claim,) = [c for c in _claims(text) if c.text == content]
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # controls: the summary verbs that only say go on reporting in the same frames
        (
            "Senator Ruth Okoye criticized the harbor board for its silence on the dredging.",
            "Senator Ruth Okoye",
            "the harbor board for its silence on the dredging",
        ),
        (
            "Mayor Dana Kolbe rejected the budget on Tuesday, condemning the levy as reckless.",
            "Mayor Dana Kolbe",
            "the levy as reckless",
        ),
        (
            "Senator Okoye opened the debate by dismissing the levy as a tax on the poor.",
            "Senator Okoye",
            "the levy as a tax on the poor",
        ),
    ],
)
def test_a_summary_verb_that_only_says_reports_in_its_frame(
    text: str, source: str, content: str
) -> None:
    (claim,) = [c for c in _claims(text) if c.text == content]
    assert claim.source is not None and claim.source.text == source


# --- issue 16 (neg49): a negated summary verb says nothing; "credit" sums up between people
@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # as "did not say that X" (negated_cues.tsv): the negation is the cue's, the claim
        # is left undisclosed, and the content holds no "not"
        (
            "Oren Talbot did not call the mayor a liar.",
            "Oren Talbot",
            "did not call",
            "the mayor a liar",
        ),
        (
            "Oren Talbot has never accused the harbor board of lying.",
            "Oren Talbot",
            "has never accused",
            "the harbor board of lying",
        ),
        (
            "Mara Quill did not blame the council for the delay.",
            "Mara Quill",
            "did not blame",
            "the council for the delay",
        ),
        (
            "Mara Quill never thanked the crew for its work.",
            "Mara Quill",
            "never thanked",
            "the crew for its work",
        ),
        # the parser takes a surname in -ly for an adverb of the verb: the source is still
        # the whole name the recogniser read
        (
            "Oren Blakely never thanked the crew for its work.",
            "Oren Blakely",
            "never thanked",
            "the crew for its work",
        ),
        (
            "The ministry did not describe the levy as a tax on the poor.",
            "The ministry",
            "did not describe",
            "the levy as a tax on the poor",
        ),
    ],
)
def test_a_negated_summary_verb_leaves_its_summary_undisclosed(
    text: str, source: str, cue: str, content: str
) -> None:
    (claim,) = _claims(text)
    assert claim.source is not None and claim.cue is not None
    assert (claim.source.text, claim.cue.text, claim.stance.value, claim.text) == (
        source,
        cue,
        "undisclosed",
        content,
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # controls: a negation inside the summary, or on another verb, is no negated summary
        ("Oren Talbot called the plan not viable.", "the plan not viable"),
        ("Oren Talbot did not hesitate to call the mayor a liar.", "the mayor a liar"),
        ("Mara Quill accused the board of not reading the report.", "the board of not reading"),
    ],
)
def test_a_negation_inside_a_summary_or_above_it_keeps_it_reported(text: str, content: str) -> None:
    (claim,) = [c for c in _claims(text) if c.text.startswith(content)]
    assert claim.stance.value == "reported"
