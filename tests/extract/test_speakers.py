"""Speaker resolution on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from speaker_checks import by_source as _by_source
from speaker_checks import entity_name as _name

from newsclaims import analyze
from newsclaims.extract.attribution import ClaimDraft, _speakers_typed
from newsclaims.extract.pipeline import build_pipeline
from newsclaims.extract.speakers import (
    Speakers,
    body_name_determiners,
    body_nouns,
    lexicon,
    person_shaped,
    plural_head,
    pronoun_turn_verbs,
    speaker_model,
)
from newsclaims.lexicons import first_name_gender
from newsclaims.model import ClaimKind, Entity, Stance


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Hillary", "f"),
        ("Donald", "m"),
        ("Maria", "f"),
        ("Kim", None),
        ("Xqzt", None),
        # session 42: names the list reads wrong ("Bernie" mostly female) or lacks
        # (first_name_genders.tsv); a name of both genders stays unread
        ("Bernie", "m"),
        ("Megyn", "f"),
        ("Mary", "f"),
        ("Chris", None),
        ("Lindsey", None),
    ],
)
def test_speakers_first_name_gender(name: str, gender: str | None) -> None:
    assert first_name_gender(name) == gender


def test_speakers_word_lists_and_model_load() -> None:
    assert "he" in lexicon().male_pronouns
    assert "AFP" in lexicon().news_agencies
    model = speaker_model()
    assert 0 < model.decay < 1 and model.margin >= 1
    assert {"team", "club", "report", "company"} <= body_nouns()
    assert not {"nurse", "victim", "neighbour", "landlord"} & body_nouns()
    assert "the" in body_name_determiners()
    assert {"add", "continue", "go on"} <= pronoun_turn_verbs("continues")
    assert "be" in pronoun_turn_verbs("introduces")
    assert {"jury", "crowd"} <= body_nouns()


pytestmark_model = pytest.mark.model


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # gender agreement: "he" skips the woman who is the more recent subject
        (
            "Daniel Kerr met the mayor on Monday. Maria Lopez joined them later. "
            "He said the deal was close.",
            "He",
            "Daniel Kerr",
        ),
        # a title gives the gender when the first name does not
        (
            "Mrs. Okafor spoke after Mr. Brandt. She said the vote was fair.",
            "She",
            "Okafor",
        ),
        # a quote chain keeps its speaker
        (
            '"We are ready," Tomas Brandt said on Sunday. '
            '"The team has trained for months," he added.',
            "he",
            "Tomas Brandt",
        ),
        # a name inside the quotation is not the speaker of that quotation
        (
            "Governor Tom Reyes spoke on Friday. "
            '"My adviser, Karl Stein, sends me a new report every morning," he said.',
            "he",
            "Tom Reyes",
        ),
        # the object of a clause whose subject is the pronoun is not the pronoun
        (
            "Paul Reed ran for governor in 2019. "
            "Campaigning against Victor Moss, he said that taxes would fall.",
            "he",
            "Paul Reed",
        ),
        # a relative pronoun is what its clause modifies
        (
            "The council thanked Nadia Varga, who said the budget was balanced.",
            "who",
            "Nadia Varga",
        ),
        # a description names the one person with that title and those modifiers
        (
            "Democratic nominee Alice Grant and Republican nominee Robert Stone debated on "
            "Tuesday. The Republican nominee said that taxes were too high.",
            "The Republican nominee",
            "Robert Stone",
        ),
    ],
)
def test_speakers_resolve_the_source_to_the_person(text: str, source: str, speaker: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Two senators, Paul Hardy and Mary Cole, said the fuel tax would fail.", "Two senators"),
        ("His rivals, Paul Hardy and Mary Cole, said the fuel tax would fail.", "His rivals"),
    ],
)
def test_speakers_a_plural_source_is_not_the_first_name_apposed_to_it(
    text: str, source: str
) -> None:
    # the names in apposition to a plural list its members: none of them alone said it
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) not in ("Paul Hardy", "Mary Cole")
    assert not (claim.source_entity or "").startswith("PERSON:")


@pytestmark_model
def test_speakers_a_plural_source_is_the_body_apposed_to_it() -> None:
    analysis = analyze("The cereal's makers, Hartwell Foods, said the boxes would shrink.")
    claim = _by_source(analysis, "The cereal's makers")
    assert _name(analysis, claim.source_entity) == "Hartwell Foods"


@pytestmark_model
def test_speakers_ambiguous_pronoun_stays_unresolved() -> None:
    analysis = analyze("Peter Hale and Mark Dunn met in Rome. He said the talks went well.")
    claim = _by_source(analysis, "He")
    assert claim.source_entity is None


@pytestmark_model
def test_speakers_a_possessive_beside_another_subject_stays_unresolved() -> None:
    # "his" in the object of a verb whose subject is another man: he or the man before
    analysis = analyze(
        'Asked whether the plan was fair, Tom Bell reportedly said, "You tell me," before he '
        "stopped answering. "
        "Carl Vance also repeated his claim that the roads were unsafe."
    )
    claim = _by_source(analysis, "his")
    assert _name(analysis, claim.source_entity) in (None, "Carl Vance")


@pytestmark_model
def test_speakers_a_pronoun_is_not_a_person_named_in_what_it_says() -> None:
    # "He said Obama hopes": he is not Obama, so the only other candidate remains
    analysis = analyze(
        "Josh Earnest spoke after Barack Obama arrived. He said Obama hopes his successor will act."
    )
    claim = _by_source(analysis, "He")
    assert _name(analysis, claim.source_entity) == "Josh Earnest"


@pytestmark_model
def test_speakers_a_person_of_both_genders_is_no_gendered_pronoun() -> None:
    # "Mr. Obama" and "Mrs. Obama" taken for one person: "he" cannot be resolved to it
    analysis = analyze(
        "Mr. Obama and Mrs. Obama visited the school on Monday. He said the visit went well."
    )
    claim = _by_source(analysis, "He")
    assert claim.source_entity is None


@pytestmark_model
def test_speakers_an_unnamed_speaker_is_not_replaced_by_an_older_name() -> None:
    analysis = analyze(
        "Ruth Bell chaired the hearing on Monday. A spokeswoman said on Tuesday that the "
        "hearing was closed. She said the records would be released in May."
    )
    claim = _by_source(analysis, "She")
    assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")


@pytestmark_model
def test_speakers_a_spokesperson_speaks_for_the_body() -> None:
    analysis = analyze("A spokeswoman for the Harbor Authority said the port would reopen.")
    claim = _by_source(analysis, "A spokeswoman for the Harbor Authority")
    assert _name(analysis, claim.source_entity) == "the Harbor Authority" or (
        claim.source_entity is not None and "harbor authority" in claim.source_entity
    )


@pytestmark_model
def test_speakers_a_document_speaks_for_its_maker() -> None:
    analysis = analyze(
        "The Green Party released an advertisement on Monday. "
        "The advertisement says that the plan is unfair."
    )
    claim = _by_source(analysis, "The advertisement")
    assert claim.source_entity is not None and "green party" in claim.source_entity


def test_speakers_a_document_speaks_for_the_maker_of_the_latest_document_before_it() -> None:
    analysis = analyze(
        "A web video by the Green Party attacks the mayor over the budget. "
        "The clip says the mayor wasted money on the stadium."
    )
    claim = _by_source(analysis, "The clip")
    assert claim.source_entity is not None and "green party" in claim.source_entity


def test_speakers_a_document_without_a_maker_before_it_stays_unresolved() -> None:
    analysis = analyze("The clip says the mayor wasted money on the stadium.")
    claim = _by_source(analysis, "The clip")
    assert claim.source_entity is None or claim.source_entity.startswith("GROUP:")


def test_speakers_a_document_that_says_which_it_is_is_no_earlier_document() -> None:
    # "the transcript of the hearing" is not the statement made before it
    analysis = analyze(
        "Donald Grant made a statement about crime on Monday. "
        "The transcript of the hearing shows that the panel disagreed."
    )
    claim = _by_source(analysis, "The transcript of the hearing")
    assert claim.source_entity is None or claim.source_entity.startswith("GROUP:")


def test_speakers_a_speaking_name_the_tagger_missed_is_a_person() -> None:
    analysis = analyze("The rivals met on Friday. Ivanka said the talks went well.")
    claim = _by_source(analysis, "Ivanka")
    entity = next(e for e in analysis.entities if e.key == claim.source_entity)
    assert entity.type == "PERSON"


def test_speakers_a_speaking_place_is_a_body_or_a_person() -> None:
    doc = build_pipeline().make_doc("x")
    doc._.newsclaims_entities = {
        "FAC:white house": Entity(key="FAC:white house", name="White House", type="FAC"),
        "GPE:ivanka": Entity(key="GPE:ivanka", name="Ivanka", type="GPE"),
        "GPE:france": Entity(key="GPE:france", name="France", type="GPE", kb_id="geonames:1"),
        "LOC:alps": Entity(key="LOC:alps", name="Alps", type="LOC"),
    }
    drafts = [
        ClaimDraft((0, 1), Stance.REPORTED, ClaimKind.INDIRECT, (0, 1), None, key, False)
        for key in ("FAC:white house", "GPE:ivanka", "GPE:france")
    ]
    _speakers_typed(doc, drafts)
    types = {k: e.type for k, e in doc._.newsclaims_entities.items()}
    assert types == {
        "FAC:white house": "ORG",
        "GPE:ivanka": "PERSON",
        "GPE:france": "GPE",
        "LOC:alps": "LOC",  # not a speaker: left alone
    }


def test_speakers_a_capitalised_title_is_a_description_of_its_holder() -> None:
    analysis = analyze(
        "President Ana Ruiz met the mayor on Monday. The President said the talks were excellent."
    )
    claim = _by_source(analysis, "The President")
    assert _name(analysis, claim.source_entity) == "Ana Ruiz"


def test_speakers_a_capitalised_title_held_by_two_stays_unresolved() -> None:
    analysis = analyze(
        "President Ana Ruiz met President Marta Silva on Monday. "
        "The President said the talks were excellent."
    )
    claim = _by_source(analysis, "The President")
    assert _name(analysis, claim.source_entity) not in ("Ana Ruiz", "Marta Silva")


@pytest.mark.parametrize(
    "text",
    [
        # the first named is a little more salient (subject, then named again), not clearly
        "Governor Ana Ruiz spoke with Governor Paul Grant by phone. Ruiz later praised Grant. "
        "The governor said the state would recover.",
        "Senator Ana Ruiz met Senator Paul Grant on Monday at the office of Ruiz. "
        "The senator said the talks had gone well.",
    ],
)
def test_speakers_a_title_two_hold_needs_a_clear_holder(text: str) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source and c.source.text.startswith("The "))
    assert claim.source is not None
    assert _name(analysis, claim.source_entity) not in ("Ana Ruiz", "Paul Grant")
    assert claim.source.text in ("The governor", "The senator")  # shown as its own words


@pytest.mark.parametrize(
    ("text", "source", "wrong"),
    [
        # a word modifying someone's role is not the role: the campaign is no campaign manager
        (
            "Ruiz's campaign manager, Paul Grant, spoke on Monday. "
            "The campaign said it would fight on.",
            "The campaign",
            "Paul Grant",
        ),
        (
            "Tom Hale, a state senator, spoke on Monday. The state said it would appeal.",
            "The state",
            "Tom Hale",
        ),
        # a body named by its kind is the last word of its name: "the state" is no State
        # Department
        (
            "Ana Ruiz met officials of the State Department on Monday. "
            "The state said it would appeal.",
            "The state",
            "State Department",
        ),
        (
            "Ana Ruiz met the head of the World Bank on Monday. The world said it would help.",
            "The world",
            "World Bank",
        ),
        # "the president" is never the vice president
        (
            "Vice President Tom Hale visited Ohio on Monday. "
            "The president said the economy was growing.",
            "The president",
            "Tom Hale",
        ),
    ],
)
def test_speakers_a_description_names_a_role_not_a_word_of_it(
    text: str, source: str, wrong: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) != wrong


def test_speakers_an_epithet_repeating_an_unnamed_noun_is_not_the_named_person() -> None:
    text = (
        "Tom Hale led the team that night. A second officer at the base backed Hale's account. "
        "In an email, the officer said that the guards had waited too long."
    )
    analysis = analyze(text)
    claim = _by_source(analysis, "the officer")
    assert _name(analysis, claim.source_entity) != "Tom Hale"
    # without the unnamed officer the epithet is still the one person just named
    alone = analyze(
        "Tom Hale led the team that night and later wrote a book about it. "
        "In an email, the officer said that the guards had waited too long."
    )
    claim = _by_source(alone, "the officer")
    assert _name(alone, claim.source_entity) == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "Vice President Tom Hale visited Ohio on Monday. "
            "The vice president said the economy was growing.",
            "The vice president",
            "Tom Hale",
        ),
        (
            "Vice President Tom Hale visited Ohio on Monday with President Ana Ruiz. "
            "The president said the economy was growing.",
            "The president",
            "Ana Ruiz",
        ),
    ],
)
def test_speakers_a_description_of_a_role_is_its_holder(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # both hold the title; one name is one the tagger may not know: no clear winner
        "Ana Ruiz, a senator, and Tom Hale, a senator, met on Monday. "
        "The senator said the bill would pass.",
        "Tom Hale, a senator, and Ana Ruiz, a senator, met on Monday. "
        "The senator said the bill would pass.",
        "Senator Ana Ruiz and Senator Tom Hale met on Monday. "
        "The senator said the bill would pass.",
        # both are entities, of equal weight: a tie
        "John Smith, a senator, and Mary Jones, a senator, met on Monday. "
        "The senator said the bill would pass.",
    ],
)
def test_speakers_a_title_two_people_hold_stays_unresolved(text: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, "The senator")
    entity = next((e for e in analysis.entities if e.key == claim.source_entity), None)
    assert entity is None or entity.type != "PERSON", entity


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # session 48 (issue 16): an abbreviated title holds the role it abbreviates
        (
            "Rep. Ivo Brand spoke at the Dunmore town hall on Friday. "
            "The representative said the bridge was unsafe.",
            "The representative",
            "Ivo Brand",
        ),
        (
            "Delvin Gov. Carl Odum toured the flooded towns with Tom Brandt on Monday. "
            "The governor said the roads would be fixed by May.",
            "The governor",
            "Carl Odum",
        ),
    ],
)
def test_speakers_an_abbreviated_title_is_the_role_it_abbreviates(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two people hold the abbreviated title
        (
            "Tessaly Gov. Carl Odum met Gov. Ana Pell of Delvin on Monday. "
            "The governor said the roads would be fixed by May.",
            "The governor",
        ),
        # the title is another person's: the one named holds another
        (
            "Sen. Mira Vance met Ivo Brand, a farmer, on Monday. "
            "The governor said the roads would be fixed by May.",
            "The governor",
        ),
        # a plural is no one person
        (
            "Gov. Mira Vance met the mayors on Monday. "
            "The governors said the roads would be fixed by May.",
            "The governors",
        ),
    ],
)
def test_speakers_an_abbreviated_title_without_one_holder_stays_unresolved(
    text: str, source: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    entity = next((e for e in analysis.entities if e.key == claim.source_entity), None)
    assert entity is None or entity.type != "PERSON", entity


def test_speakers_a_title_one_person_holds_is_that_person_beside_an_unnamed_other() -> None:
    analysis = analyze(
        "Ana Ruiz, a mayor, and Tom Hale, a senator, met on Monday. "
        "The senator said the bill would pass."
    )
    claim = _by_source(analysis, "The senator")
    assert _name(analysis, claim.source_entity) == "Tom Hale"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "body"),
    [
        # the one company named before it
        (
            "Voltra Inc. raised the price of its bars on Monday. The company said costs had risen.",
            "The company",
            "Voltra Inc.",
        ),
        # its kind given by an apposition
        (
            "Unilever, the soap maker, opened a plant in Leeds. "
            "The company said it would hire 300 people.",
            "The company",
            "Unilever",
        ),
        # a spokesperson or officials of a body named by its kind
        (
            "Voltra Inc. opened a plant in Leeds on Monday. "
            "A spokesman for the company said it would hire 300 people.",
            "A spokesman for the company",
            "Voltra Inc.",
        ),
        (
            "Voltra Inc. opened a plant in Leeds on Monday. "
            "A company spokeswoman said it would hire 300 people.",
            "A company spokeswoman",
            "Voltra Inc.",
        ),
        # the body whose spokesperson reports what the nominal says
        (
            "The company denies the plant will close, a Unilever spokeswoman told reporters.",
            "The company",
            "Unilever",
        ),
        # other kinds: a ministry, the police without a determiner
        (
            "The Ministry of Health published new rules on Monday. "
            "The ministry said hospitals must comply.",
            "The ministry",
            "Ministry of Health",
        ),
        (
            "Greater Manchester Police arrested two men on Friday. "
            "Police said the men were known to them.",
            "Police",
            "Greater Manchester Police",
        ),
        # a head of one sort of body: the body the article calls so
        (
            "Lufthansa, the German airline, raised fares on Monday. The airline said costs rose.",
            "The airline",
            "Lufthansa",
        ),
        (
            "Barclays Bank raised its rates on Monday. The bank said savers would gain.",
            "The bank",
            "Barclays Bank",
        ),
    ],
)
def test_speakers_a_nominal_body_is_the_one_organisation_of_its_kind(
    text: str, source: str, body: str
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, source).source_entity) == body


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two companies: no guess
        (
            "Voltra Inc. raised prices. Dunmore Corp. cut them. The company said costs had risen.",
            "The company",
        ),
        # a modifier that points away from the one named
        (
            "Voltra Inc. raised the price of its bars. The rival company said costs had fallen.",
            "The rival company",
        ),
        # no body of the kind: a club is not a company
        (
            "The Harbor Authority met Voltra Inc. on Monday. The club said the deal was good.",
            "The club",
        ),
        # an organisation of unknown kind named in between
        (
            "Voltra Inc. opened a plant. The workers joined Brightside Trust. "
            "The company said it would hire 300 people.",
            "The company",
        ),
        # an organisation of unknown kind named before the one typed as a firm
        (
            "Valdor Pharmaceuticals lost a lawsuit on Monday. Pinecrest Capital, an investment "
            "firm, owns shares in it. The company said it would appeal.",
            "The company",
        ),
        # officials are people of a body, not the body (unnamed, as the referents count them)
        ("US officials said the plant would open in May.", "US officials"),
        ("Unilever officials said the plant would open in May.", "Unilever officials"),
        # a head that names a sort of business is never a business of another sort
        ("Voltra Inc. borrowed two billion dollars. The bank said the loan was safe.", "The bank"),
        ("Voltra Inc. sold its stake on Monday. The airline said fares would rise.", "The airline"),
        (
            "Voltra Inc. opened a plant in Leeds. The supermarket said prices would fall.",
            "The supermarket",
        ),
        # a word of a name that is a head elsewhere shows no kind: no police, no newspaper
        (
            "The Royal Air Force flew over the town on Monday. Police said two men were held.",
            "Police",
        ),
        (
            "The Haqqani Network claimed the attack on Monday. The newspaper said 12 died.",
            "The newspaper",
        ),
    ],
)
def test_speakers_a_nominal_body_without_one_clear_organisation_stays_unresolved(
    text: str, source: str
) -> None:
    analysis = analyze(text)
    entity = _by_source(analysis, source).source_entity
    assert entity is None or entity.startswith("GROUP:")


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # a shared surname with a gendered title is the member whose gender agrees
        (
            "Donald Trump and Melania Trump arrived in Leeds. Mrs. Trump said the city was lovely.",
            "Mrs. Trump",
            "Melania Trump",
        ),
        (
            "Donald Trump and Melania Trump arrived in Leeds. Mr. Trump said the city was lovely.",
            "Mr. Trump",
            "Donald Trump",
        ),
        # a friend's words are the friend's, not those of the man they speak of
        (
            "Tom Hale was arrested on Monday. A friend of Hale said he was innocent.",
            "A friend of Hale",
            "friend of Hale",
        ),
    ],
)
def test_speakers_a_couple_or_a_friend_is_never_the_other_person(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, source).source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the man of the couple
        (
            "Michelle Obama and Barack Obama spoke. Mr. Obama said the city was lovely.",
            "PERSON:barack obama",
        ),
        # no man of that surname: unresolved, never the woman
        ("Michelle Obama spoke. Mr. Obama said the city was lovely.", None),
    ],
)
def test_speakers_a_gendered_title_merged_into_the_other_member_of_a_couple(
    text: str, speaker: str | None
) -> None:
    doc = build_pipeline()(text)
    # as if clustering had merged "Mr. Obama" into Michelle Obama
    mentions = [s for s in doc.spans["newsclaims_entities"] if s.text != "Obama" or s.start < 4]
    title = next(t for t in doc if t.text == "Mr.")
    merged = Span(doc, title.i + 1, title.i + 2, label="PERSON:michelle obama")
    doc.spans["newsclaims_entities"] = [*mentions, merged]
    kept = {s.label_ for s in doc.spans["newsclaims_entities"]}
    doc._.newsclaims_entities = {k: e for k, e in doc._.newsclaims_entities.items() if k in kept}
    speakers = Speakers(doc, [])
    key, _, unresolved = speakers.resolve(doc[title.i + 1])
    assert key == speaker and unresolved == (speaker is None)


@pytestmark_model
def test_speakers_a_relative_pronoun_shows_its_unnamed_antecedent() -> None:
    analysis = analyze("The plan has angered shoppers, who say the new price is unfair.")
    claim = _by_source(analysis, "who")
    assert _name(analysis, claim.source_entity) == "shoppers"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a signed post: "I" is its signer
        (
            "Readers reacted online. Now I know the bridge will never open -- Ana Ruiz "
            "(@anaruiz) March 3, 2021\nThe city did not reply.",
            "PERSON:ana ruiz",
        ),
        # a quotation handed on by a named speaker: "I" is that speaker
        (
            'The mayor visited the plant. "Now I know the plant will reopen," Helen Marsh said.',
            "PERSON:helen marsh",
        ),
        # no speaker known: unresolved, never the latest name
        (
            "Karl Weiss spoke first. A letter was read. "
            '"Now I know the vote was rigged," it began.',
            None,
        ),
    ],
)
def test_speakers_a_first_person_in_a_quotation_is_its_speaker(
    text: str, speaker: str | None
) -> None:
    doc = build_pipeline()(text)
    if not doc.spans.get("newsclaims_entities"):  # the bare pipeline names nobody: name them
        spans, entities = [], {}
        for name in ("Ana Ruiz", "Helen Marsh", "Karl Weiss"):
            found = doc.text.find(name)
            if found >= 0:
                key = f"PERSON:{name.lower()}"
                span = doc.char_span(found, found + len(name), label=key)
                assert span is not None
                spans.append(span)
                entities[key] = Entity(key=key, name=name, type="PERSON")
        doc.spans["newsclaims_entities"] = spans
        doc._.newsclaims_entities = entities
    marks = [t.i for t in doc if t.text == '"']
    quotes = [(marks[0], marks[1] + 1)] if marks else []
    first = next(t for t in doc if t.text == "I")
    key, _, unresolved = Speakers(doc, quotes).resolve(first)
    assert key == speaker and unresolved == (speaker is None)


@pytestmark_model
def test_speakers_a_role_description_is_not_the_work_it_names() -> None:
    doc = build_pipeline()("The former Westfield Tonight host said the show would return.")
    host = next(t for t in doc if t.text == "host")
    inside = next(t for t in doc if t.text == "Tonight")
    doc.spans["newsclaims_entities"] = [Span(doc, inside.i - 1, inside.i + 1, label="ORG:wt")]
    doc._.newsclaims_entities = {
        "ORG:wt": Entity(key="ORG:wt", name="Westfield Tonight", type="ORG")
    }
    assert Speakers(doc, []).named_inside(host) is None


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the union is the latest plural-able name: "they" is the union
        (
            "The Dockers Union met the port owners on Monday. They said the strike would end.",
            "Dockers Union",
        ),
        # unnamed plural subjects come between: "they" is more likely them, so unresolved
        (
            "The Dockers Union called the strike. Many workers stayed home on Monday. "
            "They said the strike would end.",
            None,
        ),
    ],
)
def test_speakers_they_after_an_unnamed_plural_subject_stays_unresolved(
    text: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, "They").source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place named only where things happen ("in", "at", ...) is no "they": with no
        # body or group the ranking can take, the pronoun stays unresolved
        (
            "Following Monday's debate, Fact Check Desk checked the mayor's claim about crime "
            "in gun-controlled Lakeport this year. On Tuesday they published the results by "
            "announcing that the claim was true.",
            None,
        ),
        (
            "Rescue crews worked through the night in Harbourton. On Tuesday they said the pier "
            "was unsafe.",
            None,
        ),
        (
            "Voters in Harbourton went to the polls on Sunday. They said the pier was unsafe.",
            None,
        ),
        # negative controls: a body that is a subject still wins over the setting
        (
            "The Harbourton Ferry Union met the port owners in Lakeport on Monday. They said "
            "the strike would end.",
            "Harbourton Ferry Union",
        ),
        # ... and a place after another preposition ("of", "from") is left alone
        (
            "Residents of Harbourton gathered at the town hall on Monday. They said the pier "
            "was unsafe.",
            "Harbourton",
        ),
        # ... and the setting still competes: a place as close as it is not taken either
        (
            "Officials from Lakeport met the ferry company in Harbourton on Monday. On Tuesday "
            "they said the pier was unsafe.",
            None,
        ),
    ],
)
def test_speakers_they_is_never_a_place_named_only_as_the_setting(
    text: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source and c.source.text.lower() == "they")
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the "they"s before were left open because their best was the setting; the last
        # one must not fall to a body the group only dealt with (revB47 review of they46)
        (
            "Volunteers counted ballots in Lakeport over the weekend. They said turnout was "
            "low. They then called the Lakeport Election Board, which had no figures. They "
            "said the count would go on.",
            None,
        ),
        (
            "Fact Check Desk looked into gun crime in Lakeport over the summer. They said the "
            "senator's figure was right. Next they asked the Lakeport Police Department, "
            "which counted 300 shootings. They added that few shootings had killed anyone.",
            None,
        ),
        # negative controls: a body that spoke itself since is still taken ...
        (
            "Volunteers counted ballots in Lakeport over the weekend. They said turnout was "
            "low. The Lakeport Election Board said on Monday that staff were short. They "
            "said the count would go on.",
            "Lakeport Election Board",
        ),
        # ... and so is a body after a "they" that was resolved to it, not to the setting
        (
            "The Harbourton Ferry Union met the port owners in Lakeport on Monday. They said "
            "the strike would end. They then called the Lakeport Election Board. They said "
            "the vote would be held on Friday.",
            "Harbourton Ferry Union",
        ),
    ],
)
def test_speakers_a_they_left_open_at_the_setting_still_weighs_for_later_pronouns(
    text: str, speaker: str | None
) -> None:
    """A "they" left unresolved because its best was a place named only as the setting
    (``Speakers._only_setting``) changes no later ranking: the place keeps the weight that
    "they" gave it, so a later "they" is not handed to a body that was close behind it."""
    analysis = analyze(text)
    claims = [c for c in analysis.claims if c.source and c.source.text.lower() == "they"]
    assert claims, analysis.claims
    assert _name(analysis, claims[-1].source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the named speaker, with nobody between: "he" is him
        (
            "Actor Daniel Kerr described the final as 'unbelievable'. "
            "He was given a shirt by the coach. He said the night was special.",
            "Daniel Kerr",
        ),
        # a titled subject the entities did not name comes between: "he" may be that man
        (
            "Actor Daniel Kerr described the final as 'unbelievable'. "
            "Mayor of Lakeport posted a message after the game. He said the night was special.",
            None,
        ),
        # ... and a relative in a main clause too
        (
            "Daniel Kerr watched the final at the stadium. "
            "His father never saw the team win. He said the night was special.",
            None,
        ),
        # a subject of the other gender is no rival for "he"
        (
            "Daniel Kerr watched the final at the stadium. "
            "His wife stayed at home. He said the night was special.",
            "Daniel Kerr",
        ),
    ],
)
def test_speakers_he_after_an_unnamed_person_subject_stays_unresolved(
    text: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, "He").source_entity) == speaker


@pytestmark_model
def test_speakers_a_video_posted_by_a_body_speaks_for_it() -> None:
    analysis = analyze(
        "A video posted by the Lakeport Fire Department shows that the bridge collapsed."
    )
    claim = _by_source(analysis, "A video")
    assert _name(analysis, claim.source_entity) == "Lakeport Fire Department"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two men close in salience, no quote chain: the text is shown, not a guess
        (
            "Mark Dunn flew to Rome with his staff. On Monday Peter Hale greeted Dunn at the "
            "airport. He said the deal was close.",
            None,
        ),
        # the one who spoke just before carries the quote chain
        (
            '"We are ready," Peter Hale said on Sunday. "The team has trained for months," '
            "he added.",
            "Peter Hale",
        ),
    ],
)
def test_speakers_a_close_rival_needs_a_quote_chain(text: str, speaker: str | None) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source and c.source.text.lower() == "he")
    assert _name(analysis, claim.source_entity) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'The singer posted a photo of the crowd on her Instagram account on Sunday. "We will '
        'not be silenced," they wrote beneath it.',
        'Fans shared the video on Instagram. "We love her so much," they said on Monday.',
    ],
)
def test_speakers_they_is_never_a_platform_named_as_a_medium(text: str) -> None:
    a = analyze(text)
    platform = {e.key for e in a.entities if e.name == "Instagram"}
    said = [c for c in a.claims if c.source is not None and c.source.text == "they"]
    assert said and platform
    assert not [c for c in said if c.source_entity in platform]


def test_speakers_they_is_never_a_platform_even_one_that_acts() -> None:
    a = analyze(
        'Instagram went quiet on Sunday as fans posted on Instagram. "We are here for her," '
        "they wrote."
    )
    platform = {e.key for e in a.entities if e.name == "Instagram"}
    said = [c for c in a.claims if c.source is not None and c.source.text == "they"]
    assert said and platform
    assert not [c for c in said if c.source_entity in platform]


@pytestmark_model
def test_speakers_a_titled_surname_is_never_a_relative_first_named_after_it() -> None:
    analysis = analyze(
        "Tunde and Ada Okafor spoke at the convention on Thursday. "
        '"Vote for unity," Mr. Okafor said. On Sunday, Mr. Okafor said the candidate had '
        "sacrificed nothing. Ms. Okafor said she could not talk about her son, John Okafor, "
        "without crying."
    )
    said = [c for c in analysis.claims if c.source is not None and c.source.text == "Mr. Okafor"]
    assert len(said) == 2
    assert all(_name(analysis, c.source_entity) != "John Okafor" for c in said)


@pytestmark_model
def test_speakers_a_given_name_before_a_suffixed_name_speaks_as_itself() -> None:
    a = analyze("His sons Hank and Tom Jr. told reporters the shop would stay open.")
    assert _name(a, _by_source(a, "Hank").source_entity) == "Hank"
    assert _name(a, _by_source(a, "Tom Jr.").source_entity) == "Tom Jr."


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # an epithet no entity's titles hold: the one person just named
        (
            "Donald Grant met investors in Chicago on Monday. "
            "The billionaire said the market would recover.",
            "The billionaire",
            "Donald Grant",
        ),
        (
            "Marco Bellini toured a factory in Ohio on Friday. "
            "The Florida senator said that wages had to rise.",
            "The Florida senator",
            "Marco Bellini",
        ),
        # an office the article gives the person no other of
        (
            "Carl Vance toured a factory in Ohio on Friday. "
            "The Ohio governor said that wages had to rise.",
            "The Ohio governor",
            "Carl Vance",
        ),
        # the title is held by a person of another party: the one of the phrase's party
        (
            "Republican nominee Robert Stone spoke in Ohio. Democrat Alice Grant toured Iowa "
            "on Monday. The Democratic nominee said that taxes were too low.",
            "The Democratic nominee",
            "Alice Grant",
        ),
        # "GOP" is the Republican party: the person described as its nominee
        (
            "Republican nominee Robert Stone spoke in Ohio on Monday. Alice Grant met voters "
            "in Iowa. The GOP nominee said that the economy was weak.",
            "The GOP nominee",
            "Robert Stone",
        ),
    ],
)
def test_speakers_an_epithet_is_the_person_just_named(text: str, source: str, speaker: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two people just named: no guess
        (
            "Donald Grant met Maria Lopez in Chicago on Monday. "
            "The billionaire said the market would recover.",
            "The billionaire",
        ),
        # someone else holds the title: "described" decides, and the modifiers disagree
        (
            "Republican nominee Robert Stone spoke in Ohio. Alice Grant toured Iowa on Monday. "
            "The Democratic nominee said that taxes were too low.",
            "The Democratic nominee",
        ),
        # a modifier that names a body: its officer, not the person just named
        (
            "Donald Grant criticised the inquiry on Monday. "
            "The FBI director said the bureau had not changed its conclusions.",
            "The FBI director",
        ),
        # a plain person noun is nobody in particular
        (
            "Donald Grant met voters in Chicago on Monday. The man said taxes were too high.",
            "The man",
        ),
        # the one person just named holds another office: an office is no epithet of him
        (
            "Governor Carl Vance ran the state for years. "
            "The British ambassador said the city was a haven for crooks.",
            "The British ambassador",
        ),
        (
            "Senator Maria Lopez toured a factory in Ohio on Friday. "
            "The mayor said that wages had to rise.",
            "The mayor",
        ),
        # the person was named long before
        (
            "Donald Grant met investors in Chicago on Monday. The market fell on Tuesday. "
            "Shares in banks dropped sharply. Traders were nervous about rates. "
            "The billionaire said the market would recover.",
            "The billionaire",
        ),
    ],
)
def test_speakers_an_epithet_without_one_clear_person_stays_unresolved(
    text: str, source: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")


_BELL_TALKS = "The talks with Tom Bell's union had stalled for weeks. "


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the only person named as a main clause's subject just before: beating the rival
        # (named as an owner and after "with") by the pronoun margin is enough
        (
            _BELL_TALKS + "Carl Vance toured the plant with Bell on Friday. "
            "The Ohio governor said that wages had to rise.",
            "The Ohio governor",
        ),
        (
            _BELL_TALKS + "Carl Vance toured the plant with Bell on Friday. "
            "The billionaire said that wages had to rise.",
            "The billionaire",
        ),
        # the only person weighed, named two sentences back
        (
            "Carl Vance flew into Dayton on Monday. The plane was two hours late. "
            "The Ohio governor said that wages had to rise.",
            "The Ohio governor",
        ),
    ],
)
def test_speakers_an_epithet_goes_on_with_the_one_subject_or_the_one_person(
    text: str, source: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == "Carl Vance"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the rival is a main clause's subject there too (a conjunct clause)
        (
            _BELL_TALKS + "Carl Vance toured the plant with Bell on Friday, and Bell spoke "
            "to the workers. The Ohio governor said that wages had to rise.",
            "The Ohio governor",
        ),
        (
            _BELL_TALKS + "Carl Vance toured the plant on Friday, and Tom Bell spoke to the "
            "workers. The Ohio governor said that wages had to rise.",
            "The Ohio governor",
        ),
        # a lone subject still needs the margin: an object just as close is a rival
        (
            "Carl Vance met Tom Bell in Dayton on Friday. "
            "The Ohio governor said that wages had to rise.",
            "The Ohio governor",
        ),
        # two sentences back, another person is weighed too: no wider window
        (
            "Carl Vance flew into Dayton on Monday with a letter from Tom Bell. The plane "
            "was two hours late. The Ohio governor said that wages had to rise.",
            "The Ohio governor",
        ),
        # ... even one of the other gender, whom the description cannot mean
        (
            "Carl Vance flew into Dayton on Monday with a letter from Maria Lopez. The plane "
            "was two hours late. The actor said that wages had to rise.",
            "The actor",
        ),
    ],
)
def test_speakers_an_epithet_beside_a_subject_rival_or_a_second_person_stays_unresolved(
    text: str, source: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "allowed"),
    [
        # review of epi47: the rival owns what the description names ("Bell's union" ...
        # "the union leader"), or is what the lone subject acted on: no lower bar
        (
            _BELL_TALKS + "Carl Vance toured the plant with Bell on Friday. "
            "The union leader said that wages had to rise.",
            "The union leader",
            {None},
        ),
        (
            _BELL_TALKS + "Carl Vance attacked Bell's plan on Friday. "
            "The Ohio governor said that wages had to rise.",
            "The Ohio governor",
            {None},
        ),
        # (held on main too: kept so that the object check cannot lower it)
        (
            _BELL_TALKS + "Carl Vance sued Bell on Friday. "
            "The billionaire said that wages had to rise.",
            "The billionaire",
            {None},
        ),
        # control: a companion named after "with", a description of no word of the rival's
        (
            _BELL_TALKS + "Carl Vance toured the plant with Bell on Friday. "
            "The Ohio governor said that wages had to rise.",
            "The Ohio governor",
            {"Carl Vance"},
        ),
    ],
)
def test_speakers_an_epithet_tied_to_a_rival_gets_no_lower_bar(
    text: str, source: str, allowed: set[str | None]
) -> None:
    """None: no person (the description shown as its text)."""
    analysis = analyze(text)
    key = _by_source(analysis, source).source_entity
    person = key if key is not None and key.startswith("PERSON:") else None
    assert _name(analysis, person) in allowed


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # an age used as a noun is the one person just named, never the age itself
        (
            "Jake Morrow was arrested in Denver on Monday. The 32-year-old said he was innocent.",
            "The 32-year-old",
            "Jake Morrow",
        ),
        # a capitalised title after a quote of several sentences: the person named just
        # before the quote
        (
            "Donald Grant, a lifelong fan of the team, joined the crowd on Sunday. 'What a night. "
            "This city deserves it. See you all at the parade,' the President wrote.",
            "the President",
            "Donald Grant",
        ),
        # a spokesperson of a person, named with the role in the next sentence
        (
            "Governor Jake Morrow missed the vote on Tuesday. His spokesman said the governor "
            "was ill. Tom Ellis, the spokesman, would not say when he would return.",
            "His spokesman",
            "Tom Ellis",
        ),
    ],
)
def test_speakers_a_description_is_the_person_the_article_names(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two people just named: the age fits either
        (
            "Jake Morrow and Sam Bell were arrested in Denver on Monday. The 32-year-old "
            "said he was innocent.",
            "The 32-year-old",
        ),
        # a reply in a dialogue: the one who asked is someone else
        (
            "Donald Grant spoke to voters in Ohio. 'Is that you?' Maria Lopez asked. 'That is "
            "me. I think so,' the senator said.",
            "the senator",
        ),
        # the next sentence names someone, but not as the spokesman
        (
            "Governor Jake Morrow missed the vote on Tuesday. His spokesman said the governor "
            "was ill. Tom Ellis, a senator, would not say when he would return.",
            "His spokesman",
        ),
        # two spokesmen named: either could be meant
        (
            "Governor Jake Morrow missed the vote on Tuesday. His spokesman said the governor "
            "was ill. Tom Ellis, a spokesman, and Ana Ruiz, another spokesman, would not say "
            "more.",
            "His spokesman",
        ),
    ],
)
def test_speakers_a_description_fitting_no_one_named_stays_its_text(text: str, source: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # the runner-up has no party: the phrase's party, which the article gives the best,
        # is evidence enough at the pronoun margin
        (
            "Democrat Alice Grant says she is proud to have the support of the singer Paul "
            "Verne. At a rally in Toledo, Grant says the singer is a loyal friend of teachers. "
            "The Democratic presidential nominee says every pupil needs a good school.",
            "The Democratic presidential nominee",
            "Alice Grant",
        ),
        # the running mate's "vice" office is another office than "presidential nominee"
        (
            "Democratic vice presidential nominee Tom Hale rallied in Ohio. Democrat Alice "
            "Grant toured a school in Iowa. She met the singer Paul Verne there. Speaking in "
            "Des Moines, Grant praised the teachers. The Democratic presidential nominee said "
            "that every child deserved a good school.",
            "The Democratic presidential nominee",
            "Alice Grant",
        ),
        # "the Ohio Republican" is one member of the party: the person just named
        (
            "Senate leader Robert Stone says the bill will fail on Friday. The Ohio "
            "Republican says the vote should be delayed.",
            "The Ohio Republican",
            "Robert Stone",
        ),
    ],
)
def test_speakers_a_party_description_is_the_person_of_that_party(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # one member of a party, never the party as a group
        (
            "Senator Robert Stone met voters in Ohio. A Republican said the plan was too costly.",
            "A Republican",
        ),
        (
            "Robert Stone and Alice Grant met voters in Ohio. The Ohio Republican said the "
            "plan was too costly.",
            "The Ohio Republican",
        ),
    ],
)
def test_speakers_a_party_member_is_never_the_party(text: str, source: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    entity = next((e for e in analysis.entities if e.key == claim.source_entity), None)
    assert entity is None or entity.type != "NORP"
    assert entity is None or entity.type != "PERSON"


@pytestmark_model
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_speakers_a_party_member_is_no_one_without_the_party_when_another_has_it(
    gap: str,
) -> None:
    """ "the Ohio Republican" when the article names a Republican: only a person of that
    party can be meant; the salient speaker with no party is not taken for one, also when
    the party member was named paragraphs before."""
    analysis = analyze(
        f"Republican Senator Rob Portman visited the plant on Monday.{gap}Plant manager Tom "
        "Bell said the line was busy. Bell said the orders were up. Bell added that more "
        f"staff would come.{gap}The Ohio Republican said the plant would get federal money."
    )
    claim = _by_source(analysis, "The Ohio Republican")
    assert _name(analysis, claim.source_entity) != "Tom Bell"


@pytestmark_model
def test_speakers_a_party_member_may_be_an_office_holder_given_no_party() -> None:
    """An office won on a party ticket ("Senate Majority Leader") lets the salient speaker with
    no party be "the Utah Republican", though another Republican was named before."""
    analysis = analyze(
        "Senate Majority Leader Ann Cole says she spoke to Republican front-runner Tim Roe.\n\n"
        "Cole told reporters that the talks were calm.\n\n"
        "The Utah Republican said the bill would pass."
    )
    claim = _by_source(analysis, "The Utah Republican")
    assert _name(analysis, claim.source_entity) == "Ann Cole"


@pytestmark_model
def test_speakers_an_office_described_with_of_is_the_same_office_before_a_noun() -> None:
    analysis = analyze(
        "Daniel Kerr, the director of the FBI, testified on Tuesday. Senators pressed him "
        "on the inquiry. The FBI director said the review was complete."
    )
    claim = _by_source(analysis, "The FBI director")
    assert _name(analysis, claim.source_entity) == "Daniel Kerr"


@pytestmark_model
@pytest.mark.parametrize(
    "relative", ["Mary Hale, the wife of the governor,", "Pat Dunn, the son of the governor,"]
)
def test_speakers_a_relative_described_with_of_holds_no_office(relative: str) -> None:
    """ "the wife of the governor" is someone else than the governor: the body of her "of"
    is no word of her description, so she does not make "the governor" ambiguous."""
    analysis = analyze(
        f"Tom Ruiz won the race for governor last year. {relative} opened the fair on Monday. "
        "Ruiz toured the stalls. The governor said the fair would run all week."
    )
    claim = _by_source(analysis, "The governor")
    assert _name(analysis, claim.source_entity) == "Tom Ruiz"


@pytestmark_model
def test_speakers_a_hyphenated_title_is_one_role() -> None:
    analysis = analyze(
        "President Tom Hale met President-elect Robert Stone at the palace. Mr Stone said he "
        'looked forward to the work. "The meeting lasted an hour," the president-elect said.'
    )
    claim = _by_source(analysis, "the president-elect")
    assert _name(analysis, claim.source_entity) == "Robert Stone"


_POLL_START = "A new Harbor Research poll was released on Monday. Ana Ruiz leads in the state. "
_POLL_END = (
    "His campaign says the race is close. Bell toured two towns on Tuesday. Voters there "
    "worry about jobs. The poll also finds that most voters want lower taxes."
)


@pytestmark_model
@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # far from the named poll, and every poll before it is that pollster's
        ("Tom Bell trails her by six points. ", "Harbor Research"),
        ("The poll shows Tom Bell six points behind her. ", "Harbor Research"),
        # another poll with no maker: which poll is meant is unclear
        ("A second poll shows a tie. Tom Bell trails her in one count. ", None),
    ],
)
def test_speakers_a_document_far_from_its_kind_speaks_for_their_one_maker(
    middle: str, speaker: str | None
) -> None:
    analysis = analyze(_POLL_START + middle + _POLL_END)
    claim = _by_source(analysis, "The poll")
    if speaker is None:
        assert _name(analysis, claim.source_entity) != "Harbor Research"
    else:
        assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
def test_speakers_records_far_from_the_body_they_are_filed_with_stay_unresolved() -> None:
    analysis = analyze(
        "Tom Bell spent $9,000 on rent, according to Harbor Election Board filings. Ana Ruiz "
        "spent less. Tom Bell trails her by six points. "
        + _POLL_END.replace("The poll also finds", "The filings also show")
    )
    claim = _by_source(analysis, "The filings")
    assert _name(analysis, claim.source_entity) != "Harbor Election Board"


@pytestmark_model
def test_speakers_who_after_a_body_in_a_persons_description_is_the_person() -> None:
    # "who" hangs on the body named inside the description; the body is not the speaker
    a = analyze(
        "The panel met on Monday. Maria Lopez, the director of the Center for Civic Studies, "
        "who has argued that the tax was unfair, spoke first."
    )
    assert _name(a, _by_source(a, "who").source_entity) == "Maria Lopez"


@pytestmark_model
def test_speakers_who_after_a_body_in_an_unnamed_description_is_not_the_body() -> None:
    a = analyze(
        "The panel met on Monday. The director of the Center for Civic Studies, who has "
        "argued that the tax was unfair, spoke first."
    )
    key = _by_source(a, "who").source_entity
    assert key is None or not key.startswith("ORG:")  # shown as its description, or nothing


@pytestmark_model
@pytest.mark.parametrize(
    "text",
    [
        "The plan was attacked by a spokesman for Acme Corp, who said the deal would cost jobs.",
        "A spokeswoman for the Harlow Bank, who declined to be named, said the loan was safe.",
    ],
)
def test_speakers_who_after_a_spokesperson_for_a_body_is_the_body(text: str) -> None:
    # a spokesperson speaks for the body everywhere else ("a spokesman for Acme Corp said"):
    # "who" after the phrase keeps that body (review33 MEDIUM 8)
    a = analyze(text)
    claims = [c for c in a.claims if c.source is not None]
    assert claims, a.claims
    names = {_name(a, c.source_entity) for c in claims}
    assert names & {"Acme Corp", "Harlow Bank", "the Harlow Bank"}, (names, claims)


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a body that spoke before is no "he": "his team" called, he said
        (
            "Max Brenner lost the lead to Lukas Varga when his team called him in for new "
            "tyres on lap 30.\n\nHe said the call had cost him the win.",
            "He",
        ),
        (
            "The club announced on Friday that the coach would stay. She said the squad was "
            "ready for the new season.",
            "She",
        ),
    ],
)
def test_speakers_he_or_she_is_never_an_unnamed_body_that_spoke(text: str, source: str) -> None:
    analysis = analyze(text)
    said = _by_source(analysis, source).source_entity
    entity = next((e for e in analysis.entities if e.key == said), None)
    assert entity is None or entity.type == "PERSON"


@pytestmark_model
@pytest.mark.parametrize("person", ["nurse", "victim", "neighbour", "landlord"])
def test_speakers_she_is_never_an_unnamed_speaker_of_the_other_gender(person: str) -> None:
    # a noun no role list knows is still a person, not a body that cannot be "she"; and
    # "a spokesman" is a man: never "she" (review s35: she -> GROUP:spokesman)
    analysis = analyze(
        "Mary Jones, the hospital's director, opened the new ward on Monday, a spokesman "
        f"said. A {person} at the ward said the beds were already full. She added that the "
        "staff were tired."
    )
    assert _by_source(analysis, "She").source_entity != "GROUP:spokesman"


@pytestmark_model
def test_speakers_an_unnamed_spokesman_is_never_she() -> None:
    analysis = analyze(
        "The new ward opened on Monday, a spokesman said. She added that the staff were tired."
    )
    assert _by_source(analysis, "She").source_entity is None


@pytestmark_model
def test_speakers_a_person_named_like_a_body_is_a_rival_for_he() -> None:
    # the recogniser types "Lukas Varga" an ORG; he may be either driver: the text is shown
    analysis = analyze(
        "Lukas Varga was quickest in practice on Friday, with Max Brenner second.\n\n"
        '"The car feels good," he said.'
    )
    claim = _by_source(analysis, "he")
    assert claim.source_entity is None


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Lukas Varga", "m"),
        ("Anna Kowal", "f"),
        ("General Assembly", None),  # a title first, not a first name
        ("Mark Dunn Inc", None),  # a body's suffix last
        ("Peter Hale Stadium", None),  # a place's head last
        ("Lukas", None),  # one word says too little
        # a first word that is a country, a state or a large city: a body named after it
        ("Georgia Power", None),
        ("Virginia Tech", None),
        ("Charlotte Hornets", None),
        ("Austin Energy", None),
        ("Jordan Valley", None),
        ("Lincoln Memorial", None),
    ],
)
def test_speakers_person_shaped_names(name: str, gender: str | None) -> None:
    assert person_shaped(name) == gender


def test_speakers_person_shaped_place_first_word_typed_a_person_elsewhere() -> None:
    # the recogniser typed the name PERSON somewhere in the text: a person after all
    assert person_shaped("Charlotte Brenner", people=frozenset({"Charlotte Brenner"})) == "f"
    assert person_shaped("Charlotte Brenner") is None


def test_speakers_a_capitalised_noun_inside_a_sentence_is_no_pronouns_antecedent() -> None:
    # "... and Trump later tweeted": a name the tagger read as a noun is unnamed, its person
    # unknown, so "he" is never given to it; a lower-case noun no list knows may be a person
    from spacy.tokens import Doc as _Doc  # noqa: PLC0415 - only this test builds a doc
    from spacy.vocab import Vocab  # noqa: PLC0415

    from newsclaims.extract.speakers import _body_noun  # noqa: PLC0415

    doc = _Doc(
        Vocab(),
        words=["Later", "Ruiz", "tweeted", ".", "Ruiz", "wrote", ".", "A", "nurse", "spoke"],
        pos=["ADV", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB"],
        tags=["RB", "NN", "VBD", ".", "NN", "VBD", ".", "DT", "NN", "VBD"],
        heads=[2, 2, 2, 2, 5, 5, 5, 8, 9, 9],
        deps=["advmod", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT"],
    )
    assert _body_noun(doc[1])  # inside a sentence
    assert _body_noun(doc[4])  # opening one, bare
    assert not _body_noun(doc[8])  # "a nurse": a common noun, a person


_QUOTE_RUN = (
    "Maria Lopez, 61, of Dayton, who watched the parade from a bench, said the day reminded "
    "her of her mother.\n\nShe said she had come with her sister. ''It was a long drive,'' she "
    "added. {middle}\n\n''These are the days we remember,'' she said."
)


@pytestmark_model
def test_speakers_a_pronoun_after_a_run_of_its_speakers_quotations_is_that_speaker() -> None:
    # the quoted sentences put Maria Lopez far back by sentence count, but nobody else spoke
    text = _QUOTE_RUN.format(
        middle="''We left at dawn. The roads were empty. Nobody else was awake on the road.''"
    )
    analysis = analyze(text)
    assert _by_source(analysis, "she").source_entity == "PERSON:maria lopez"


@pytestmark_model
def test_speakers_a_pronoun_after_narration_far_from_its_speaker_stays_unresolved() -> None:
    text = _QUOTE_RUN.format(
        middle="The parade ended at noon. The roads were empty. Nobody else was awake on the road."
    )
    analysis = analyze(text)
    assert _by_source(analysis, "she").source_entity is None


@pytestmark_model
def test_speakers_a_count_of_people_is_no_he() -> None:
    # "61 percent of local voters" is plural: "He" is the mayor, not the voters
    analysis = analyze(
        "Tom Reyes, the mayor, spoke in Albany on Monday. A survey published in June showed "
        "61 percent of local voters said the mayor ought to quit. He said the survey was rigged."
    )
    assert _by_source(analysis, "He").source_entity == "PERSON:tom reyes"


@pytestmark_model
def test_speakers_a_part_of_a_plural_is_plural() -> None:
    nlp = build_pipeline()
    doc = nlp("A majority of voters said no, and a percent of the vote was lost.")
    heads = {t.lower_: t for t in doc}
    assert plural_head(heads["majority"])
    assert not plural_head(heads["percent"])


_BODY = (
    'The new bridge in Brookhaven opened on Tuesday. "The town has waited long enough," '
    "Mayor Helen Ward said, thanking her deputy Ruth Dent. "
)


@pytestmark_model
@pytest.mark.parametrize(
    "inserted",
    [
        "Read more: Ruth Dent says the new bridge will cost more ",
        "READ MORE: Ruth Dent named deputy mayor of Brookhaven ",
        "Image caption Local baker Ruth Dent celebrates outside the town hall ",
        "Image caption Fans gather outside the town hall after the opening on Tuesday. ",
        "Follow Ruth Dent on Twitter @ruthdent ",
    ],
)
@pytest.mark.parametrize(
    "quote",
    [
        '"We waited ten years for this bridge," she added.',
        'She added: "We waited ten years for this bridge."',
    ],
)
def test_speakers_a_quote_chain_runs_across_inserted_furniture(inserted: str, quote: str) -> None:
    """ "She added" after a caption or a related-story link inserted in the body keeps the
    body's last speaker, never the inserted line's person, and what she added is the
    quotation alone."""
    analysis = analyze(_BODY + inserted + quote)
    added = [c for c in analysis.claims if c.source is not None and c.source.text in ("she", "She")]
    assert [_name(analysis, c.source_entity) for c in added] == ["Helen Ward"]
    assert "We waited ten years" in added[0].text
    assert inserted.split()[2] not in added[0].text


@pytestmark_model
def test_speakers_a_bare_quotation_after_a_caption_continues_the_last_speaker() -> None:
    """A quotation paragraph with no cue after a caption inserted in the body goes on with
    the last speaker's quotation; the caption's person takes nothing."""
    text = (
        _BODY
        + "Image caption Local baker Ruth Dent celebrates outside the town hall "
        + '"We waited ten years for this bridge. Now it is here."'
    )
    analysis = analyze(text)
    said = [c for c in analysis.claims if c.kind.value != "narration"]
    assert [_name(analysis, c.source_entity) for c in said] == ["Helen Ward"]
    assert "Now it is here" in " ".join(p.text for p in said[0].parts)
    assert "baker" not in " ".join(p.text for p in said[0].parts)


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # a new person, plainly introduced between, takes over from the last speaker
        (
            '"They have more money than us," Rovers manager Paul Kent conceded. Among the '
            'happy fans was Mark Doyle, a Leeds lawyer wearing an old scarf. "I have been a '
            'fan for forty years," he said.',
            {"Mark Doyle"},
        ),
        # a name inside the newcomer's own description ("a Tom Hale shirt") is no rival
        (
            '"They have more money than us," Rovers manager Paul Kent conceded. Among the '
            "happy fans was Mark Doyle, a Leeds lawyer wearing an old Tom Hale shirt. "
            '"I have been a fan for forty years," he said.',
            {"Mark Doyle"},
        ),
        # any other new subject only takes the weight from the last speaker: unresolved
        # (the same shape as "X watched from the stands", who need not speak next)
        (
            '"We deserved it," Rovers manager Paul Kent said. Later, in the dressing room, '
            'Rovers striker Mark Doyle smiled. "This team loves its fans," he said.',
            {"Mark Doyle", None},
        ),
    ],
)
def test_speakers_a_new_subject_after_a_claim_is_the_pronoun_not_the_last_speaker(
    text: str, allowed: set[str | None]
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, "he")
    assert _name(analysis, claim.source_entity) in allowed


@pytestmark_model
def test_speakers_a_subject_of_another_gender_keeps_the_quote_chain() -> None:
    analysis = analyze(
        '"We deserved it," Rovers manager Paul Kent said. His daughter Maria Kent smiled. '
        '"This team loves its fans," he said.'
    )
    claim = _by_source(analysis, "he")
    assert _name(analysis, claim.source_entity) == "Paul Kent"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # "Governor of Texas Greg Abbott": the title of a place, then its holder's name
        (
            "Governor of Idaho Walter Brennan said the roads would reopen on Monday.",
            "Governor of Idaho Walter Brennan",
            "Walter Brennan",
        ),
        (
            "Prime Minister of Norland Erik Dahl said the border would stay open.",
            "Prime Minister of Norland Erik Dahl",
            "Erik Dahl",
        ),
    ],
)
def test_speakers_the_holder_named_after_a_title_of_a_place_speaks(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
def test_speakers_a_subject_who_speaks_in_between_leaves_the_earlier_speaker_its_weight() -> None:
    # a dialogue goes back and forth: the one who answered is no new topic of the story
    # (Kent spoke in between, so Reyes's claim keeps its weight: never Kent)
    analysis = analyze(
        'Mayor Tom Reyes has called the visit of Governor Paul Kent a "real privilege". '
        'Mr Kent said the long talks left him "hopeful". During the campaign, Mr Reyes '
        "toured the state and he has previously questioned the tax."
    )
    claim = _by_source(analysis, "he")
    assert _name(analysis, claim.source_entity) != "Paul Kent"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "pronoun", "allowed"),
    [
        # "added" continues the chain: the one named in between is no speaker
        (
            '"We will win," John Smith said. Coach Peter Jones watched from the stands. '
            '"It was hard," he added.',
            "he",
            {"John Smith", None},
        ),
        (
            '"The budget is fair," Mayor Anne Cole said. Sarah Hill presented the figures on '
            'Monday. "We listened to everyone," she added.',
            "she",
            {"Anne Cole", None},
        ),
        (
            '"The budget is fair," Mayor Tom Cole said. Councillor Jordan Hill voted against '
            'it. "We listened to everyone," he added.',
            "he",
            {"Tom Cole", None},
        ),
        (
            '"The budget is fair," Mayor Tom Cole said. Councillor Jordan Hill voted against '
            'it. "We listened to everyone," he went on.',
            "he",
            {"Tom Cole", None},
        ),
        (
            '"The budget is fair," Mayor Anne Cole said. Councillor Kim Hill voted against '
            'it. "We listened," she added.',
            "she",
            {"Anne Cole"},
        ),
        # a passive subject is no one the story turned to
        (
            '"We have to stay calm," police chief Paul Kent said. Mark Doyle was arrested on '
            'Monday night. "The investigation continues," he said.',
            "he",
            {"Paul Kent", None},
        ),
        # the new subject's sentence points back at the speaker ("him", "his counterpart")
        (
            '"The economy is strong," Senator Paul Kent said at the rally. President Donald '
            'Trump endorsed him last week. "We will win in November," he said.',
            "he",
            {"Paul Kent", None},
        ),
        (
            '"The talks went well," Foreign Minister Paul Kent said. Doyle, his counterpart, '
            'arrived late. "We agreed on a timetable," he said.',
            "he",
            {"Paul Kent"},
        ),
        # a jury is no "he", whoever else lost weight
        (
            '"We will appeal," lawyer Paul Kent said. Mark Doyle was jailed for six years '
            'after the jury found him guilty. "The sentence is too harsh," he said.',
            "he",
            {"Paul Kent", None},
        ),
        # a new subject that is no plain introduction leaves the pronoun unresolved at most
        (
            '"We will win," John Smith said. Peter Jones watched from the stands. "It was '
            'hard," he said.',
            "he",
            {"John Smith", None},
        ),
    ],
)
def test_speakers_a_bystander_named_between_claims_is_never_the_pronoun(
    text: str, pronoun: str, allowed: set[str | None]
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, pronoun)
    assert _name(analysis, claim.source_entity) in allowed


_REYES_BEFORE = "Tom Reyes ran the plant for years. Reyes hired half the town. "


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "pronoun", "allowed"),
    [
        # the only man named in the sentence before, its main clause's subject: an older
        # mention (a man further back) no longer holds the pronoun open
        (
            _REYES_BEFORE + 'Carl Vance toured the plant on Friday. "We will rebuild it," he said.',
            "he",
            {"Carl Vance"},
        ),
        (
            _REYES_BEFORE + "Carl Vance toured the plant on Friday. He said the town would "
            "rebuild it.",
            "He",
            {"Carl Vance"},
        ),
        # an earlier speaker of the other gender is no rival
        (
            '"The plant must close," Anna Bell said. ' + _REYES_BEFORE + "Carl Vance toured "
            'the plant on Friday. "We will rebuild it," he said.',
            "he",
            {"Carl Vance"},
        ),
        # a passive subject with nobody else named before it who may be meant
        (
            "Carl Vance was injured in the fire on Friday. He said the plant was unsafe.",
            "He",
            {"Carl Vance"},
        ),
        # negative controls: a second man named there
        (
            _REYES_BEFORE + "Carl Vance toured the plant with Sam Ortiz on Friday. He said the "
            "town would rebuild it.",
            "He",
            {None},
        ),
        # a man further back spoke (a claim): the bystander case stays open
        (
            "Tom Reyes had warned the town about the plant for years. Carl Vance toured the "
            "plant on Friday. He said the town would rebuild it.",
            "He",
            {"Tom Reyes", None},
        ),
        # the only person there is of the other gender
        (
            'Anna Bell toured the plant on Friday. "We will rebuild it," he said.',
            "he",
            {None},
        ),
    ],
)
def test_speakers_a_pronoun_after_the_one_person_it_may_be_is_that_person(
    text: str, pronoun: str, allowed: set[str | None]
) -> None:
    """``_lone_subject_person``: a he/she left open by the ranking is the only person of its
    gender named in its sentence and the one before, when a main clause's subject there."""
    analysis = analyze(text)
    claim = _by_source(analysis, pronoun)
    assert _name(analysis, claim.source_entity) in allowed


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "pronoun", "allowed"),
    [
        # review of epi47: another man the pronoun may mean stands in the window, as a
        # pronoun of its gender or an unnamed person: the lone named subject is a guess
        (
            _REYES_BEFORE + "Carl Vance toured the plant with him on Friday. He said the town "
            "would rebuild it.",
            "He",
            {None},
        ),
        (
            _REYES_BEFORE + "Carl Vance was fired by him in May. He said the plant was unsafe.",
            "He",
            {None},
        ),
        # a passive subject is the one acted on: the story may have turned to whoever acted
        (
            _REYES_BEFORE + "Carl Vance was injured in the fire on Friday. He said the plant "
            "was unsafe.",
            "He",
            {None},
        ),
        (
            _REYES_BEFORE + "Carl Vance toured the plant with the sheriff on Friday. He said the "
            "town would rebuild it.",
            "He",
            {None},
        ),
        (
            _REYES_BEFORE + "Carl Vance and his brother toured the plant on Friday. He said the "
            "town would rebuild it.",
            "He",
            {None},
        ),
        (
            _REYES_BEFORE + "Carl Vance met the old manager on Friday. He said the town "
            "would rebuild it.",
            "He",
            {None},
        ),
        # controls: the passive subject of a verb of addressing answers; a pronoun or a
        # person noun of the other gender, a thing, is no rival
        (
            _REYES_BEFORE + "Carl Vance was asked about the plant on Friday. He said the town "
            "would rebuild it.",
            "He",
            {"Carl Vance"},
        ),
        (
            _REYES_BEFORE + "Carl Vance toured the plant with her on Friday. He said the town "
            "would rebuild it.",
            "He",
            {"Carl Vance"},
        ),
        (
            _REYES_BEFORE + "Carl Vance toured the plant with a new tractor on Friday. He said "
            "the town would rebuild it.",
            "He",
            {"Carl Vance"},
        ),
        (
            _REYES_BEFORE + "Carl Vance toured the plant with the duchess on Friday. He said the "
            "town would rebuild it.",
            "He",
            {"Carl Vance"},
        ),
    ],
)
def test_speakers_a_lone_subject_beside_another_possible_man_leaves_the_pronoun_open(
    text: str, pronoun: str, allowed: set[str | None]
) -> None:
    """``_lone_subject_person`` abstains when a pronoun of its gender or an unnamed person
    it may mean stands in its window (review of epi47, session 48)."""
    analysis = analyze(text)
    claim = _by_source(analysis, pronoun)
    assert _name(analysis, claim.source_entity) in allowed


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        # the sentence before the pronoun says who spoke next: an active subject of a verb of
        # speaking ("spoke to reporters", "posted a message"), the only person there it may be
        (
            '"We will reopen the market," actor Paul Dorn said. He was also given a signed '
            "shirt by the former player Mark Vell. Mayor Tomas Brel posted a message of "
            "congratulations minutes after the final whistle. He said the win meant a lot to "
            "the town.",
            "He",
            "Tomas Brel",
        ),
        (
            '"We will reopen the market," actor Paul Dorn said. He was also given a signed '
            "shirt by the former player Mark Vell. Mayor of Dunmore Tomas Brel posted a "
            "message of congratulations after the final whistle. He said the win meant a lot "
            "to the town.",
            "He",
            "Tomas Brel",
        ),
        (
            '"The plan is on track," a senior adviser to Senator Paul Kent said. Mark Doyle '
            "spoke to reporters on Thursday after a meeting with donors who back Kent. He said "
            "the meeting was the first of many.",
            "He",
            "Mark Doyle",
        ),
        (
            '"Work hard," Anna Bell told the hall on Friday. Meanwhile Clara Voss, who '
            'won the main prize, spoke about the importance of patience. "Never give up," she '
            "said.",
            "she",
            "Clara Voss",
        ),
    ],
)
def test_speakers_a_pronoun_goes_on_with_the_one_who_spoke_in_the_sentence_before(
    text: str, pronoun: str, speaker: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, pronoun)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "pronoun", "allowed"),
    [
        # "added" goes on with the last speaker: the one who spoke since may not be meant
        (
            '"We will win," John Smith said. Peter Jones spoke to reporters after the match. '
            '"It was hard," he added.',
            "he",
            {"John Smith", None},
        ),
        # of another gender than the pronoun
        (
            '"We will win," Anna Bell said. Peter Jones spoke to reporters after the match. '
            '"It was hard," she said.',
            "she",
            {"Anna Bell", None},
        ),
        # a second man the speaking verb takes (who was spoken to or of): either may answer
        (
            '"We will win," John Smith said. Peter Jones spoke with Mark Vell after the match. '
            '"It was hard," he said.',
            "he",
            {None},
        ),
        (
            '"We will win," John Smith said. Peter Jones spoke about Mark Vell after the '
            'match. "It was hard," he said.',
            "he",
            {None},
        ),
        # two men speak together
        (
            '"We will win," John Smith said. Peter Jones and Mark Vell spoke to reporters '
            'after the match. "It was hard," he said.',
            "he",
            {None},
        ),
        # the quotation speaks of another man: he may be the one spoken of
        (
            '"We will win," John Smith said. Peter Jones spoke to reporters after the match. '
            '"He played well," he said.',
            "he",
            {None},
        ),
        # no verb of speaking: the bystander rule stands
        (
            '"We will win," John Smith said. Peter Jones watched the match from the stands. '
            '"It was hard," he said.',
            "he",
            {"John Smith", None},
        ),
        # an object that is no utterance: receiving a letter is no speaking
        (
            '"We will win," John Smith said. Peter Jones received a letter from the club. '
            '"It was hard," he said.',
            "he",
            {"John Smith", None},
        ),
    ],
)
def test_speakers_a_speaking_turn_needs_one_speaker_it_may_be(
    text: str, pronoun: str, allowed: set[str | None]
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, pronoun)
    assert _name(analysis, claim.source_entity) in allowed


_TURN_BEFORE = '"We will win," Anna Bell said. '
_TURN_AFTER = ' "It was hard," she said.'


@pytestmark_model
@pytest.mark.parametrize(
    ("between", "allowed"),
    [
        # the sentence before says she did not speak, or will speak later: no speaking turn
        ("Clara Voss did not speak to reporters after the match.", {"Anna Bell", None}),
        ("Clara Voss has never spoken to reporters about the match.", {"Anna Bell", None}),
        ("Clara Voss will speak to reporters after the match.", {"Anna Bell", None}),
        # another woman named in the speaking verb's own clause may be the one who speaks
        ("Clara Voss spoke at a rally for Nora Pike on Friday.", {None}),
        ("Clara Voss spoke to reporters at the home of Nora Pike on Friday.", {None}),
        # negative controls: she spoke; the other woman is inside a clause of its own
        ("Clara Voss spoke to reporters after the match.", {"Clara Voss"}),
        (
            "Clara Voss spoke to reporters after a meeting with donors who back Nora Pike.",
            {"Clara Voss"},
        ),
    ],
)
def test_speakers_a_speaking_turn_is_a_turn_that_happened_to_one_person(
    between: str, allowed: set[str | None]
) -> None:
    """``_speaking_turn`` reads a sentence that says its subject spoke: not one that says she
    did not or will ("did not speak", "will speak"), nor one whose speaking verb's own clause
    names another person the pronoun may mean ("at a rally for Y", "at the home of Y")."""
    analysis = analyze(_TURN_BEFORE + between + _TURN_AFTER)
    claim = _by_source(analysis, "she")
    assert _name(analysis, claim.source_entity) in allowed


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a title of a person: the attorney OF a senator is not the senator
        (
            "Attorney of Senator Ann Lee said the lawsuit had no merit.",
            "Attorney of Senator Ann Lee",
        ),
        (
            "Secretary of Senator Ann Lee said the lawsuit had no merit.",
            "Secretary of Senator Ann Lee",
        ),
        ("Director of Mayor Ana Ruiz said the plan was ready.", "Director of Mayor Ana Ruiz"),
        (
            "The case was dropped, Attorney of Senator Ann Lee said on Monday.",
            "Attorney of Senator Ann Lee",
        ),
    ],
)
def test_speakers_a_title_of_a_titled_person_is_not_that_person(text: str, source: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    entity = next((e for e in analysis.entities if e.key == claim.source_entity), None)
    assert entity is None or entity.type != "PERSON", entity


@pytestmark_model
def test_speakers_a_title_of_an_office_names_its_holder() -> None:
    analysis = analyze("Director of Public Prosecutions Max Hill said the case would go ahead.")
    claim = _by_source(analysis, "Director of Public Prosecutions Max Hill")
    assert _name(analysis, claim.source_entity) == "Max Hill"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # a former office in an apposition is no office held now
        (
            "Maria Lopez, a former judge, won a Senate seat in 2020. "
            '"The bill will pass," the senator said.',
            "the senator",
            "Maria Lopez",
        ),
        (
            "Carl Vance, a former Marine colonel, was elected governor in 2018. "
            "The governor said taxes would fall.",
            "The governor",
            "Carl Vance",
        ),
        (
            "Carl Vance, a former federal prosecutor, won the Senate seat in 2018. "
            "The senator said the bill would pass.",
            "The senator",
            "Carl Vance",
        ),
        # one office under other words (offices.tsv groups), a title of two words read whole
        (
            "State Supreme Court Justice Carl Vance opened the hearing on Monday. "
            "The judge said the case was weak.",
            "The judge",
            "Carl Vance",
        ),
        (
            "Health Secretary Carla Vance visited the hospital on Monday. "
            "The minister said the wards were full.",
            "The minister",
            "Carla Vance",
        ),
        (
            "Foreign Secretary Carla Vance flew to Paris on Monday. "
            "The minister said the talks were useful.",
            "The minister",
            "Carla Vance",
        ),
        (
            "Prime Minister Carla Vance visited the port on Monday. "
            "The premier said the port would grow.",
            "The premier",
            "Carla Vance",
        ),
        (
            "Chancellor Carla Vance presented the budget on Monday. "
            "The finance minister said taxes would fall.",
            "The finance minister",
            "Carla Vance",
        ),
        (
            "Attorney General Carl Vance filed the suit on Monday. "
            "The prosecutor said the firm had lied.",
            "The prosecutor",
            "Carl Vance",
        ),
    ],
)
def test_speakers_an_office_held_is_the_epithet_under_its_other_words(
    text: str, source: str, name: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) == name


@pytestmark_model
@pytest.mark.parametrize(
    "text",
    [
        "Mark Doyle was jailed for six years after the jury found him guilty. "
        '"The sentence is too harsh," he said.',
        'The crowd shouted that the referee was blind. "It was a scandal," he said.',
    ],
)
def test_speakers_a_collective_that_spoke_is_never_he_or_she(text: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, "he")
    assert _name(analysis, claim.source_entity) not in {"jury", "crowd"}


@pytestmark_model
def test_speakers_a_title_of_a_titled_person_keeps_the_chain_from_that_person() -> None:
    # "Attorney" opening a sentence is the title of an unnamed person, no name the tagger
    # missed: her claim competes, so "She added" is never the senator named inside it
    analysis = analyze(
        "Attorney of Senator Ann Lee said the lawsuit had no merit. She added that the case "
        "was political."
    )
    claim = _by_source(analysis, "She")
    assert _name(analysis, claim.source_entity) != "Ann Lee"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tom Bell testified on Tuesday that Carl Vance had ignored his warning "
            "that the dam would fail.",
            "the dam would fail",
        ),
        (
            "Tom Bell said on Friday that Carl Vance had ignored his warning "
            "that the bridge was unsafe.",
            "the bridge was unsafe",
        ),
    ],
)
def test_speakers_a_possessive_in_what_its_owner_says_keeps_its_claim(
    text: str, content: str
) -> None:
    # the subject beside "his" is the one the source speaks of, not a rival owner
    analysis = analyze(text)
    claims = [c for c in analysis.claims if content in c.text]
    assert claims, analysis.claims
    claim = claims[-1]
    assert claim.source is not None and claim.source.text == "his"
    assert _name(analysis, claim.source_entity) == "Tom Bell"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "wrong"),
    [
        # a group that cannot be the speaker introduces no one for the pronoun
        (
            '"The fire spread fast," fire chief Tom Reyes said. Among the injured was Paul '
            'Hart, a firefighter. "He is in a stable condition," he said.',
            "he",
            "Paul Hart",
        ),
        (
            '"My client is innocent," lawyer Tom Reyes said. Among those arrested was Paul '
            'Hart, a 34-year-old mechanic. "My client is innocent," he said.',
            "he",
            "Paul Hart",
        ),
        (
            '"The case is weak," lawyer Tom Reyes said. Among the defendants was Paul Hart, '
            'a builder. "We will appeal," he said.',
            "he",
            "Paul Hart",
        ),
        (
            '"The search goes on," police chief Anne Cole said. Among the missing was Sarah '
            'Hill, a student. "We are doing everything we can," she said.',
            "she",
            "Sarah Hill",
        ),
        (
            '"The crash was avoidable," inspector Anne Cole said. Among the victims was Sarah '
            'Hill, 19. "Nobody told us anything," she said.',
            "she",
            "Sarah Hill",
        ),
        (
            '"The storm was brutal," mayor Tom Reyes said. Among the dead was Paul Hart, 45. '
            '"He helped everyone," he said.',
            "he",
            "Paul Hart",
        ),
        # two introductions in a row: either may be the pronoun
        (
            '"We deserved it," Rovers manager Anne Cole said. Among the fans was Maria Lopez, '
            'a lawyer. Also in the crowd was Beth Moss, a nurse. "It was amazing," she said.',
            "she",
            "Beth Moss",
        ),
    ],
)
def test_speakers_an_introduction_that_cannot_be_the_speaker_names_no_one(
    text: str, source: str, wrong: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) != wrong
    if "Among the fans" in text:
        assert _name(analysis, claim.source_entity) in {"Anne Cole", None}


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"The team played well," coach Mark Olsen said. Striker Paul Hart was named man '
            'of the match. "I was lucky," he said.',
            "he",
        ),
        (
            '"The awards honour courage," organiser Anne Cole said. Nurse Sarah Hill was given '
            'the top prize. "I am speechless," she said.',
            "she",
        ),
    ],
)
def test_speakers_a_passive_subject_between_leaves_the_pronoun_unresolved(
    text: str, source: str
) -> None:
    # the story may have turned to the person things happen to, who is never named for it
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) is None


@pytestmark_model
@pytest.mark.parametrize(
    "text",
    [
        '"The referee was fair," league official John Smith said. Manager Peter Jones stormed '
        "onto the pitch after the final whistle. He continued to insist that the goal was "
        "offside.",
        '"The referee was fair," league official John Smith said. Manager Peter Jones stormed '
        "onto the pitch after the final whistle. He went on to claim that the goal was "
        "offside.",
    ],
)
def test_speakers_a_continuing_verb_with_a_new_cue_does_not_keep_the_last_speaker(
    text: str,
) -> None:
    # "continued to insist": the cue is "insist", not the continuing verb
    analysis = analyze(text)
    claim = _by_source(analysis, "He")
    assert _name(analysis, claim.source_entity) != "John Smith"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("President of the General Assembly Tom Reyes said the vote would go ahead.", "Tom Reyes"),
        ("Chairman of General Motors Tom Reyes said the plant would close.", "Tom Reyes"),
        ("Governor of the First National Bank Tom Reyes said rates would rise.", "Tom Reyes"),
        ("Governor of the Central Bank Dr Ana Ruiz said rates would rise.", "Ana Ruiz"),
    ],
)
def test_speakers_a_title_of_a_body_whose_name_has_title_words_names_its_holder(
    text: str, holder: str
) -> None:
    # only a role title right before the name ("Attorney of Senator X") makes another person
    analysis = analyze(text)
    said = [c for c in analysis.claims if c.kind.value != "narration"]
    assert said
    assert _name(analysis, said[0].source_entity) == holder


@pytestmark_model
def test_speakers_the_statement_is_not_an_earlier_statement_of_someone_else() -> None:
    # the nearest statement before it is the office's: never the man who made an older one
    analysis = analyze(
        "President Tom Hale said in a statement on Monday that the talks were useful. "
        "Prime Minister Ana Ruiz's office issued a statement after the call. "
        "The statement said Hale had invited her to visit."
    )
    claim = _by_source(analysis, "The statement")
    assert claim.source_entity != "PERSON:tom hale"
    assert claim.source_entity is None or "ruiz" in claim.source_entity


@pytestmark_model
def test_speakers_the_statement_after_a_statement_of_no_one_stays_unresolved() -> None:
    analysis = analyze(
        "President Tom Hale said in a statement on Monday that the talks were useful. "
        "A statement was issued after the call. "
        "Hale invited Ruiz to visit, the statement said."
    )
    claim = _by_source(analysis, "the statement")
    assert claim.source_entity is None


@pytestmark_model
def test_speakers_said_in_a_statement_is_the_speaker() -> None:
    analysis = analyze("Tom Hale said in a statement that the talks were useful.")
    claim = _by_source(analysis, "Tom Hale")
    assert claim.source_entity == "PERSON:tom hale"


@pytestmark_model
def test_speakers_the_statement_repeats_the_one_issued_by_a_named_maker() -> None:
    analysis = analyze(
        "Tom Hale said in a statement that the talks were useful. "
        "The statement said the talks would go on in May."
    )
    claim = _by_source(analysis, "The statement")
    assert claim.source_entity == "PERSON:tom hale"


@pytestmark_model
@pytest.mark.parametrize(
    "before",
    [
        "Hale's letter to Ruiz was warm.",
        "Hale wrote a letter to Ruiz last week.",
    ],
)
def test_speakers_the_statement_is_never_the_maker_of_another_kind_of_document(
    before: str,
) -> None:
    # issue 16: a letter by the man named near by does not make "the statement" his
    analysis = analyze(
        "Prime Minister Ana Ruiz spoke with President Tom Hale on Monday. "
        f"{before} The statement said Hale had invited Ruiz to visit."
    )
    claim = _by_source(analysis, "The statement")
    assert claim.source_entity != "PERSON:tom hale"


@pytestmark_model
def test_speakers_the_statement_repeats_the_one_a_named_maker_issued() -> None:
    analysis = analyze(
        "Prime Minister Ana Ruiz spoke with President Tom Hale on Monday. "
        "Ruiz issued a statement after the call. Hale's letter to Ruiz was warm. "
        "The statement said Hale had invited Ruiz to visit."
    )
    claim = _by_source(analysis, "The statement")
    assert claim.source_entity == "PERSON:ana ruiz"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # issue 16: a nationality in a description is a stated attribute the person must hold
        (
            "Brazil's Rafael Costa finished ahead of Germany's Max Vogel on Sunday. "
            "The German driver said the car had been difficult to handle.",
            "Max Vogel",
        ),
        (
            "Paulo Mendes finished ahead of Brazil's Max Vogel on Sunday. "
            "The Brazilian driver said the car had been difficult to handle.",
            "Max Vogel",
        ),
    ],
)
def test_speakers_a_nationality_description_is_the_one_person_of_that_nation(
    text: str, speaker: str
) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source is not None)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    "text",
    [
        # the one person near by is of another nation, or of none the article states
        "Germany's Max Vogel finished third in the race on Sunday. "
        "The Brazilian driver said the car had been difficult to handle.",
        "Max Vogel arrived in Paris on Monday. "
        "The Brazilian singer said the tour would go on despite the rain.",
        # two people of the nation: either may be meant
        "Brazil's Max Vogel finished ahead of Brazil's Tom Hale on Sunday. "
        "The Brazilian driver said the car had been difficult to handle.",
    ],
)
def test_speakers_a_nationality_description_without_one_such_person_stays_unresolved(
    text: str,
) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source is not None)
    assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # issue 16: "the German" is one person of the nation, never the country
        (
            "Germany's Max Vogel finished second on Sunday. "
            "The German said the car had been difficult to handle.",
            "Max Vogel",
        ),
        # no person stated to be German, or two: shown as its text
        (
            "Max Vogel finished second behind his team-mate on Sunday. "
            "The German said the car had been difficult to handle.",
            None,
        ),
        (
            "Germany's Max Vogel finished ahead of Germany's Tom Hale on Sunday. "
            "The German said the car had been difficult to handle.",
            None,
        ),
        # "a German" is someone new
        (
            "Germany's Max Vogel finished second on Sunday. "
            "A German said the car had been difficult to handle.",
            None,
        ),
    ],
)
def test_speakers_a_nationality_noun_is_one_person_of_that_nation(
    text: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source is not None)
    if speaker is None:  # shown as its text: no entity, or a group of its own words
        assert claim.source_entity is None or claim.source_entity.startswith("GROUP:")
    else:
        assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    "text",
    [
        # review of near40: a demonym two countries' names begin with is no nation
        # ("Turkish": Turkey or Turkmenistan), nor one with a modifier ("South Sudanese")
        "Turkey's Can Yilmaz met Turkmenistan's Aman Orazov in Ankara on Monday. "
        '"We signed a gas deal," the Turkish minister said.',
        "Sudan's Omar Hassan met aid chief Max Vogel in Juba on Monday. "
        '"The border must stay open," the South Sudanese minister said.',
        # a person the article gives two nations is of neither for certain
        "Brazil's Petrobras chief Max Vogel, a German engineer, met union leader Paulo "
        'Mendes on Monday. "The strike must end," the Brazilian said.',
        # a one-word name "of Brazil" is a club more often than a person
        "Max Vogel signed a contract with Flamengo of Brazil on Monday. "
        '"It is a great day for the club," the Brazilian said.',
        # "X of Brazil" names clubs the recogniser types as people (review of 37f2a11)
        "Max Vogel signed a contract with Vasco da Gama of Brazil on Monday. "
        "The Brazilian said the move was a dream come true.",
    ],
)
def test_speakers_a_nationality_never_names_a_person_of_another_or_an_unsure_nation(
    text: str,
) -> None:
    analysis = analyze(text)
    names = {
        _name(analysis, c.source_entity)
        for c in analysis.claims
        if c.source_entity is not None and c.source_entity.startswith("PERSON:")
    }
    assert not names & {"Aman Orazov", "Omar Hassan", "Max Vogel", "Flamengo", "Vasco da Gama"}


_EARLIER = "Carl Vance said the vote had been rigged from the start. "


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # session 41 (issue 16) controls: a "he" after a sentence whose subject is a person
        # stays as it was when anyone else the pronoun may mean is about
        # two people of the pronoun's gender in the sentence before
        (_EARLIER + "Tom Bell met Sam Price at the hall. He said the judge was unfair.", None),
        # a person of unknown gender ("Kim") beside the subject
        (_EARLIER + "Tom Bell met Kim Ostrava at the hall. He said the judge was unfair.", None),
        # an unnamed person ("a man", "his lawyer") or an object "him" beside the subject
        (_EARLIER + "Tom Bell met a man at the hall. He said the judge was unfair.", None),
        (_EARLIER + "Tom Bell left the hall with his lawyer. He said the judge was unfair.", None),
        (_EARLIER + "Tom Bell thanked him at the hall. He said the judge was unfair.", None),
        # the name is inside another mention: the subject is no one named
        (
            _EARLIER + "Tom Bell's lawyer left the hall early. He said the judge was unfair.",
            "Carl Vance",
        ),
        (
            _EARLIER + "The Bell family left the hall early. He said the judge was unfair.",
            "Carl Vance",
        ),
        # the pronoun's gender is not the subject's
        (
            _EARLIER + "Ana Costa left the hall without a word. He said the judge was unfair.",
            "Carl Vance",
        ),
        # a pronoun after a subordinate clause naming two office holders: not by position
        (_EARLIER + "After Gov. Tom Bell met Mayor Sam Price, he said the deal was done.", None),
    ],
)
def test_speakers_a_pronoun_after_a_subject_needs_one_person_of_the_gender(
    text: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    claim = next(
        c for c in analysis.claims if c.source is not None and c.source.text in ("He", "he")
    )
    if speaker is None:
        assert claim.source_entity is None
    else:
        assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
def test_speakers_a_quoted_pronoun_is_not_the_subject_before() -> None:
    analysis = analyze(
        _EARLIER + 'Tom Bell left the hall early. "He lied to us," Mary Walsh told reporters.'
    )
    assert _name(analysis, _by_source(analysis, "Mary Walsh").source_entity) == "Mary Walsh"
    assert all(_name(analysis, c.source_entity) != "Tom Bell" for c in analysis.claims if c.source)


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # session 41 (issue 16): a hyphenated epithet is read whole, as titles are
        (
            "John Miller won the election on Tuesday. "
            "The president-elect said he would meet the council.",
            "John Miller",
        ),
        (
            "Tom Hale met voters in Ohio on Monday. The front-runner said the race was open.",
            "Tom Hale",
        ),
    ],
)
def test_speakers_a_hyphenated_epithet_is_the_person_just_named(text: str, speaker: str) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source is not None)
    assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    "text",
    [
        # a name that only modifies another noun is no one an epithet means
        "The Miller family met voters in Ohio on Monday. The singer said the race was over.",
        "The Miller family met voters in Ohio on Monday. The president-elect said it was over.",
        # the owner of a person: the lawyer may be meant as well
        "John Miller's lawyer met voters in Ohio on Monday. The singer said the race was over.",
        # two people, neither introduced with the role: no clear president-elect
        "President Carl Vance hosted John Miller for lunch on Friday. "
        "The president-elect said the talks had gone well.",
        # the head noun is not the stated role
        "Ana Costa, a lawyer, met the council on Monday. The driver said the talks went well.",
    ],
)
def test_speakers_an_epithet_needs_a_person_named_on_their_own(text: str) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source is not None)
    assert claim.source_entity is None or claim.source_entity.startswith("GROUP:")


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # session 42 (issue 16): an "-elect" office is its own, and a vice one is no other
        (
            "Vice President-elect Tom Hale toured the plant on Monday. "
            "The president-elect said the plant would stay open.",
            None,
        ),
        (
            "Tom Hale, the vice president-elect, toured the plant on Monday. "
            "The president-elect said the plant would stay open.",
            None,
        ),
        (
            "Governor-elect Tom Hale toured the plant on Monday. "
            "The president-elect said the plant would stay open.",
            None,
        ),
        (
            "Tom Hale, the governor-elect, toured the plant on Monday. "
            "The president-elect said the plant would stay open.",
            None,
        ),
        # controls: the office the description names
        (
            "President-elect John Miller toured the plant on Monday. "
            "The president-elect said the plant would stay open.",
            "John Miller",
        ),
        (
            "John Miller, the president-elect, toured the plant on Monday. "
            "The president-elect said the plant would stay open.",
            "John Miller",
        ),
        (
            "Vice President-elect Tom Hale toured the plant on Monday. "
            "The vice president-elect said the plant would stay open.",
            "Tom Hale",
        ),
    ],
)
def test_speakers_an_elect_epithet_is_no_holder_of_another_office(
    text: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if c.source is not None)
    if speaker is None:
        assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")
    else:
        assert _name(analysis, claim.source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "pronoun", "wrong", "speaker"),
    [
        # session 42 (issue 16): "Bernie" is a man's name, "Lady" a woman's title
        (
            "Bernie Sanders spoke to voters in Iowa on Monday. She said the vote was rigged.",
            "She",
            "Bernie Sanders",
            None,
        ),
        (
            "Ana Costa met Bernie Sanders in Iowa on Monday. She said the vote was rigged.",
            "She",
            "Bernie Sanders",
            None,
        ),
        (
            "Bernie Sanders met Ana Costa in Iowa on Monday. She said the vote was rigged.",
            "She",
            "Bernie Sanders",
            "Ana Costa",
        ),
        (
            "Lady Gaga met Tom Hale in Detroit on Friday. He said the crowd was wonderful.",
            "He",
            "Lady Gaga",
            "Tom Hale",
        ),
        # controls: two people of the pronoun's gender stay unresolved
        (
            "Lady Gaga met Ana Costa in Detroit on Friday. She said the crowd was wonderful.",
            "She",
            "Tom Hale",
            None,
        ),
        (
            "Bernie Sanders met Tom Hale in Iowa on Monday. He said the vote was rigged.",
            "He",
            "Ana Costa",
            None,
        ),
    ],
)
def test_speakers_a_first_name_or_title_gives_the_gender(
    text: str, pronoun: str, wrong: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, pronoun)
    found = _name(analysis, claim.source_entity)
    assert found != wrong
    assert found == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # session 42 (issue 16): two people of the pronoun's gender joined by "and" are
        # side by side; neither is the pronoun by position
        ("Tom Hale and Sam Price opened the bridge on Monday. He said the city would pay.", None),
        ("Sam Price and Tom Hale opened the bridge on Monday. He said the city would pay.", None),
        (
            "Tom Hale, Sam Price and Carl Vance opened the bridge on Monday. "
            "He said the city would pay.",
            None,
        ),
        # controls: the other one is of the other gender
        (
            "Tom Hale and Mary Walsh opened the bridge on Monday. He said the city would pay.",
            "Tom Hale",
        ),
        (
            "Tom Hale and Mary Walsh opened the bridge on Monday. She said the city would pay.",
            "Mary Walsh",
        ),
    ],
)
def test_speakers_a_pronoun_after_two_joined_people_of_its_gender_is_unresolved(
    text: str, speaker: str | None
) -> None:
    analysis = analyze(text)
    claim = next(
        c for c in analysis.claims if c.source is not None and c.source.text in ("He", "She")
    )
    assert _name(analysis, claim.source_entity) == speaker


# session 42 (pron43, issue 16): "he" after a bare surname written before the full name
_BARE_FIRST = (
    "Then Varga exposed the prosecution's tactics. Varga's proof was set out in a long "
    "letter to the court. Varga noted that the cases were different. The clerks were staring "
    "at Varga. Varga finally sat down. Later, the judge thanked Varga. A second view is that "
    "the judge was swayed by {full}. He said the sentence was fair."
)


@pytestmark_model
@pytest.mark.parametrize(
    ("full", "speaker"),
    [
        ("Thomas Varga", "Thomas Varga"),
        # controls: a man and a woman share the surname, or two men do: the bare name is
        # neither, and "he" stays unresolved
        ("Thomas Varga and his sister Anna Varga", None),
        ("Thomas Varga and his brother Peter Varga", None),
    ],
)
def test_speakers_he_after_a_bare_surname_named_in_full_later_is_that_person(
    full: str, speaker: str | None
) -> None:
    analysis = analyze(_BARE_FIRST.format(full=full))
    assert _name(analysis, _by_source(analysis, "He").source_entity) == speaker


def _as_person(text: str, name: str) -> Speakers:
    """The pipeline's speakers for ``text``, as if the recogniser had typed every ``name``
    (a one-word team or body) PERSON, as it does in long sports stories."""
    doc = build_pipeline()(text)
    key = f"PERSON:{name.lower()}"
    at = [t.i for t in doc if t.text == name]
    kept = [
        s for s in doc.spans["newsclaims_entities"] if not any(s.start <= i < s.end for i in at)
    ]
    doc.spans["newsclaims_entities"] = [*kept, *(Span(doc, i, i + 1, label=key) for i in at)]
    keys = {s.label_ for s in kept}
    entities = {k: e for k, e in doc._.newsclaims_entities.items() if k in keys}
    entities[key] = Entity(key=key, name=name, type="PERSON")
    doc._.newsclaims_entities = entities
    return Speakers(doc, [])


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "name", "speaker"),
    [
        (
            "Mayor Tom Reyes watched the parade. The Cubs won the title on Sunday. "
            "He said the city was proud.",
            "Cubs",
            "PERSON:tom reyes",
        ),
        (
            "Mayor Tom Reyes watched the parade. The Cubs won the title on Sunday. "
            "She said the city was proud.",
            "Cubs",
            None,
        ),
        # controls: a surname ending in s, never written after "the" as a name of its own
        # ("the Sanders campaign": a noun's modifier), stays a person of unknown gender
        (
            "Mayor Tom Reyes watched the parade. Sanders won the title on Sunday. "
            "He said the city was proud.",
            "Sanders",
            None,
        ),
        (
            "Mayor Tom Reyes watched the parade. Later the Sanders campaign called. Sanders "
            "won the title on Sunday. He said the city was proud.",
            "Sanders",
            "PERSON:sanders",
        ),
    ],
)
def test_speakers_a_team_typed_person_is_no_rival_of_he_or_she(
    text: str, name: str, speaker: str | None
) -> None:
    speakers = _as_person(text, name)
    pronoun = next(t for t in speakers.doc if t.lower_ in ("he", "she"))
    assert speakers.pronoun(pronoun) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # session 43 (issue 16): a description with words the holder's title lacks ("the
        # Oregon senator" after "Senator Maria Delgado"): the one person given the role
        (
            "Senator Maria Delgado toured the plant in Salem on Monday. "
            "The Oregon senator said the jobs would stay.",
            "The Oregon senator",
            "Maria Delgado",
        ),
        (
            "Maria Delgado, an actress, won her third award on Sunday. "
            "The veteran actress told reporters she would rest.",
            "The veteran actress",
            "Maria Delgado",
        ),
        (
            "Coach Tom Ellis watched the game from the stands on Sunday. The crowd was "
            "small. The veteran coach said the team had played well.",
            "The veteran coach",
            "Tom Ellis",
        ),
    ],
)
def test_speakers_a_description_with_more_words_is_the_one_holder_of_its_role(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, source).source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two senators named: either could be meant
        (
            "Senator Maria Delgado and Senator Tom Kade toured the plant in Salem on Monday. "
            "The Oregon senator said the jobs would stay.",
            "The Oregon senator",
        ),
        # another person just named, of no known role, could be the senator
        (
            "Senator Maria Delgado met Tom Kade in Salem on Monday. "
            "The Oregon senator said the jobs would stay.",
            "The Oregon senator",
        ),
        # the only person named holds another office
        (
            "Governor Maria Delgado toured the plant in Salem on Monday. "
            "The Oregon senator said the jobs would stay.",
            "The Oregon senator",
        ),
        # a former senator, or another one, is someone else
        (
            "Senator Maria Delgado toured the plant in Salem on Monday. "
            "The former senator said the jobs would stay.",
            "The former senator",
        ),
        (
            "Senator Maria Delgado toured the plant in Salem on Monday. "
            "The other senator said the jobs would stay.",
            "The other senator",
        ),
        # the head noun's gender is not the holder's
        (
            "Tom Ellis, an actor, won his third award on Sunday. "
            "The veteran actress told reporters she would rest.",
            "The veteran actress",
        ),
        # the place of the holder's title is another one
        (
            "Idaho Senator Maria Delgado toured the plant in Salem on Monday. "
            "The Oregon senator said the jobs would stay.",
            "The Oregon senator",
        ),
        # the holder was named long before
        (
            "Senator Maria Delgado toured the plant in Salem on Monday. The plant makes "
            "chairs. Sales fell last year. Workers were worried about the summer. "
            "The Oregon senator said the jobs would stay.",
            "The Oregon senator",
        ),
    ],
)
def test_speakers_a_description_with_more_words_needs_one_clear_holder(
    text: str, source: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")


@pytestmark_model
def test_speakers_a_description_naming_another_person_is_that_person() -> None:
    # the description names a different person just then: that person, never the one before
    analysis = analyze(
        "Coach Tom Ellis watched the game on Sunday. "
        "The new coach, Ira Pellman, said the team had played well."
    )
    claim = next(c for c in analysis.claims if c.source is not None)
    assert _name(analysis, claim.source_entity) != "Tom Ellis"


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # session 47 review of title45 (high): another holder of the role is mentioned, unnamed,
        # in the sentences before: the description may be that one
        (
            "Senator Maria Delgado clashed with the Idaho senator on Monday. "
            "The Idaho senator said the claims were false.",
            "The Idaho senator",
        ),
        (
            "Senator Maria Delgado clashed with a Republican senator on Monday. "
            "The Republican senator said the claims were false.",
            "The Republican senator",
        ),
        (
            "Senator Maria Delgado clashed with several Republican senators on Monday. "
            "The Republican senator said the claims were false.",
            "The Republican senator",
        ),
        # a modifier marks another holder of the role than the one named
        (
            "Mayor Ana Ruiz closed the bridge on Monday. "
            "The neighbouring mayor said it was a mistake.",
            "The neighbouring mayor",
        ),
        (
            "Mayor Ana Ruiz closed the bridge on Monday while she was abroad. "
            "The acting mayor said the bridge would reopen.",
            "The acting mayor",
        ),
        (
            "Coach Tom Ellis led his team to a win over the visitors on Sunday. "
            "The visiting coach said his players were tired.",
            "The visiting coach",
        ),
        (
            "Senator Maria Delgado was replaced on the committee on Monday. "
            "The incoming senator said the plan would change.",
            "The incoming senator",
        ),
        (
            "Senator Maria Delgado toured the plant in Salem on Monday. "
            "The retired senator said the jobs would stay.",
            "The retired senator",
        ),
    ],
)
def test_speakers_a_description_with_more_words_abstains_when_another_may_hold_it(
    text: str, source: str
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert claim.source_entity is None or not claim.source_entity.startswith("PERSON:")


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # negative controls: another role mentioned unnamed, or the holder's own apposition,
        # leaves the one holder of the role
        (
            "Senator Maria Delgado clashed with the governor on Monday. "
            "The Oregon senator said the claims were false.",
            "The Oregon senator",
            "Maria Delgado",
        ),
        (
            "Maria Delgado, a senator, toured the plant in Salem on Monday. "
            "The Oregon senator said the jobs would stay.",
            "The Oregon senator",
            "Maria Delgado",
        ),
        (
            "Mayor Ana Ruiz closed the bridge on Monday. The veteran mayor said it was safe.",
            "The veteran mayor",
            "Ana Ruiz",
        ),
    ],
)
def test_speakers_a_description_with_more_words_keeps_the_one_holder(
    text: str, source: str, speaker: str
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, source).source_entity) == speaker


@pytestmark_model
@pytest.mark.parametrize(
    ("text", "source", "allowed"),
    [
        # a past office is no office a description names now (review rev48d of title48)
        (
            "Former Gov. Dana Pruitt backed the Harlow bridge plan on Monday. The governor said "
            "the roads would be fixed by May.",
            "The governor",
            {None, "governor"},  # shown as its own text
        ),
        (
            "Ex-Senator Ivo Brand spoke at the Harlow fair on Monday. The senator said the fair "
            "would move to June.",
            "The senator",
            {None, "senator"},
        ),
        # controls: a present title still is the office; a past one, the past office
        (
            "Gov. Dana Pruitt backed the Harlow bridge plan on Monday. The governor said the "
            "roads would be fixed by May.",
            "The governor",
            {"Dana Pruitt"},
        ),
        (
            "Senator Ivo Brand spoke at the Harlow fair on Monday. The senator said the fair "
            "would move to June.",
            "The senator",
            {"Ivo Brand"},
        ),
        (
            "Former Gov. Dana Pruitt backed the Harlow bridge plan on Monday. The former governor "
            "said the roads would be fixed by May.",
            "The former governor",
            {"Dana Pruitt"},
        ),
    ],
)
def test_speakers_a_former_title_is_no_present_role(
    text: str, source: str, allowed: set[str | None]
) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, source)
    assert _name(analysis, claim.source_entity) in allowed
