"""Entity clustering within an article, on sentences written for these tests."""

from __future__ import annotations

import ast
import inspect
import random
from functools import cache
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims import analyze
from newsclaims.extract import entities, gazetteer
from newsclaims.extract.entities import (
    EntityResolver,
    _name_words,
    _PeopleIndex,
    facility_type,
    initials_match,
    no_person_head,
)
from newsclaims.lexicons import place_head_types
from newsclaims.model import TOPIC_TYPE, Analysis

pytestmark = pytest.mark.model


def _entity(analysis: Analysis, name: str):  # type: ignore[no-untyped-def]
    found = [e for e in analysis.entities if e.name == name]
    assert found, [e.name for e in analysis.entities]
    return found[0]


def _mentions(analysis: Analysis, key: str) -> list[str]:
    return [m.text for m in analysis.mentions if m.entity == key]


def test_entities_surname_joins_full_name() -> None:
    a = analyze(
        "Finance Minister Carla Mendes presented the budget on Tuesday. "
        "Mendes said spending on schools would rise. Later, Mendes left the chamber."
    )
    carla = _entity(a, "Carla Mendes")
    assert carla.type == "PERSON"
    assert _mentions(a, carla.key).count("Mendes") == 2
    assert "Finance Minister" in carla.aliases


@pytest.mark.parametrize(
    ("words", "pos", "heads", "ents", "title"),
    [
        # a caption or a cut sentence runs two names together: the first is no title
        ("vote Kessler Anna Brandt", "VERB PROPN PROPN PROPN", [0, 3, 3, 0],
         "O B-PERSON B-PERSON I-PERSON", None),
        ("Kessler said vote Kessler Anna Brandt", "PROPN VERB VERB PROPN PROPN PROPN",
         [1, 1, 1, 5, 5, 2], "B-PERSON O O O B-PERSON I-PERSON", None),
        # a job before the name is one, capitalised or not
        ("union leader Anna Brandt", "NOUN NOUN PROPN PROPN", [1, 3, 3, 3],
         "O O B-PERSON I-PERSON", "union leader"),
        ("House Speaker Anna Brandt", "PROPN PROPN PROPN PROPN", [1, 3, 3, 3],
         "O O B-PERSON I-PERSON", "House Speaker"),
        ("Senator Anna Brandt", "PROPN PROPN PROPN", [2, 2, 2], "O B-PERSON I-PERSON", "Senator"),
    ],
)  # fmt: skip
def test_entities_a_name_run_into_another_is_no_title_alias(
    words: str, pos: str, heads: list[int], ents: str, title: str | None
) -> None:
    """A name the recogniser found, or the last word of one, is no title of the name after
    it: otherwise a later bare "Kessler" would be Anna Brandt."""
    tokens = words.split()
    deps = ["ROOT" if h == i else "compound" for i, h in enumerate(heads)]
    deps[-1] = "ROOT" if heads[-1] == len(tokens) - 1 else "dobj"
    doc = Doc(
        spacy.blank("en").vocab,
        words=tokens,
        pos=pos.split(),
        deps=deps,
        heads=heads,
        ents=ents.split(),
    )
    resolver = EntityResolver(doc)
    cluster = resolver.cluster("PERSON", "Anna Brandt")
    resolver._title_before(len(tokens) - 2, len(tokens), cluster)
    assert cluster.titles == ({title} if title else set())


def test_entities_acronym_in_brackets_is_an_alias_found_later() -> None:
    a = analyze(
        "The World Health Organization (WHO) warned of a new outbreak. "
        "WHO experts will travel to the region next week."
    )
    who = _entity(a, "World Health Organization")
    assert "WHO" in who.aliases
    assert _mentions(a, who.key).count("WHO") == 2


def test_entities_demonym_joins_its_country() -> None:
    a = analyze("German officials met in Berlin. Germany said it would send aid to Chile.")
    germany = _entity(a, "Germany")
    assert "German" in germany.aliases


def test_entities_a_demonym_that_is_a_named_persons_surname_is_that_person() -> None:
    a = analyze(
        "Dana Cuban, the investor, spoke at the rally in Dallas on Monday. "
        "Cuban also complained that the tax plan was unfair to small firms."
    )
    assert "Cuba" not in {e.name for e in a.entities}
    assert "Cuban" in _mentions(a, _entity(a, "Dana Cuban").key)


def test_entities_capital_as_subject_is_the_government() -> None:
    a = analyze("Paris and Berlin rejected the proposal on Monday, diplomats said.")
    names = {e.name for e in a.entities}
    assert {"France", "Germany"} <= names
    france = _entity(a, "France")
    assert "Paris" in france.aliases


def test_entities_adjectival_norp_without_country_is_not_an_entity() -> None:
    a = analyze("Western diplomats said the talks in Geneva had stalled.")
    assert "Western" not in {e.name for e in a.entities}


def test_entities_name_after_titled_is_a_work_not_an_actor() -> None:
    a = analyze("The broadcaster aired a film titled Operation Northern Light on Sunday.")
    assert not any("Operation" in e.name for e in a.entities)


def test_entities_region_word_makes_a_location() -> None:
    a = analyze("Fighting continued in the Donetsk region on Friday, officials said.")
    region = _entity(a, "Donetsk region")
    assert region.type == "LOC"


def test_entities_surname_typed_otherwise_joins_the_person() -> None:
    a = analyze(
        "Opposition leader Tomas Brandt rejected the result. Brandt won 41 percent, "
        "according to the commission."
    )
    brandt = _entity(a, "Tomas Brandt")
    assert _mentions(a, brandt.key) == ["Tomas Brandt", "Brandt"]
    assert not any(e.name == "Brandt" for e in a.entities)


def test_entities_the_head_noun_refers_to_the_named_organisation() -> None:
    a = analyze(
        "The Federal Election Commission published the count on Monday. "
        "The commission said turnout was high."
    )
    [claim] = [c for c in a.claims if c.source and c.source.text == "The commission"]
    assert claim.source_entity == "ORG:federal election commission"


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [("North Korea", "KP", 3), ("Kursk region", "RU", 2), ("Lyon", "FR", 1)],
)
def test_entities_places_link_to_the_gazetteer(name: str, country: str, precision: int) -> None:
    place = gazetteer.link_place(name)
    assert place is not None and place.kb_id.startswith("geonames:")
    assert (place.country, place.precision) == (country, precision)
    assert place.lat is not None and place.lon is not None


def test_entities_linked_place_carries_coordinates() -> None:
    a = analyze("Heavy shelling hit the Kursk region overnight, officials in Moscow said.")
    region = _entity(a, "Kursk region")
    assert region.kb_id == "geonames:538560"
    assert region.lat is not None and abs(region.lat - 51.73) < 0.1
    assert gazetteer.link_place("Qwertyville") is None


def test_entities_a_one_word_name_where_places_are_written_is_a_place() -> None:
    # the tagger reads "Belvano" as a person; "protested in Belvano" says it is a place
    analysis = analyze("Farmers protested in Belvano on Monday.", published="2026-04-18")
    assert _entity(analysis, "Belvano").type == "GPE"
    (event,) = [e for e in analysis.events if e.subtype == "protest"]
    assert event.location == _entity(analysis, "Belvano").key
    # a name met as a person stays one
    met = analyze("She met Tamrin on Monday.", published="2026-04-18")
    assert _entity(met, "Tamrin").type == "PERSON"


def test_entities_a_shared_surname_is_never_merged_into_the_wrong_person() -> None:
    a = analyze(
        "Daniel Okafor and his wife Grace Okafor arrived in Lagos on Monday. "
        "Mrs. Okafor thanked the crowd. Okafor said the trip was a success."
    )
    daniel = _entity(a, "Daniel Okafor")
    grace = _entity(a, "Grace Okafor")
    assert "Okafor" not in _mentions(a, daniel.key)
    assert _mentions(a, grace.key).count("Okafor") == 1  # the "Mrs." one only
    bare = [m for m in a.mentions if m.text == "Okafor" and m.entity not in (grace.key,)]
    assert all(m.entity != daniel.key for m in bare)


def test_entities_a_news_agency_credit_is_not_an_alias_of_the_place() -> None:
    a = analyze("Lisbon (AFP) - The mayor of Lisbon said on Monday that the bridge would reopen.")
    lisbon = [e for e in a.entities if e.name == "Lisbon"]
    assert all("AFP" not in e.aliases for e in lisbon)


@pytest.mark.parametrize(
    ("acronym", "name", "fits"),
    [
        ("AROS", "Alliance to Reclaim Our Schools", True),
        ("KCNA", "Korean Central News Agency", True),
        ("UN", "United Nations", True),
        ("AFP", "Washington", False),
        ("NYT", "United Nations", False),
    ],
)
def test_entitiesinitials_match(acronym: str, name: str, fits: bool) -> None:
    assert initials_match(acronym, name) is fits


def test_entities_an_acronym_made_of_the_initials_joins_the_organisation() -> None:
    a = analyze(
        "The World Wildlife Fund opened an office in Nairobi. "
        "WWF said that the office would hire forty people."
    )
    fund = next(e for e in a.entities if "World Wildlife Fund" in e.name)
    assert "WWF" in _mentions(a, fund.key)


def test_entities_people_named_by_a_plural_demonym_are_not_the_state() -> None:
    a = analyze("Mexicans said the wall was an insult. Mexico rejected the plan.")
    people = [m for m in a.mentions if m.text == "Mexicans"]
    assert people and all(m.label == "NORP" for m in people)


def test_entities_a_title_alone_is_not_a_person() -> None:
    a = analyze("President said nothing. The President of the club, Ana Ruiz, resigned.")
    assert [e for e in a.entities if e.type == "PERSON" and e.name == "President"] == []


def test_entities_a_bare_surname_is_not_the_relative_named_in_full() -> None:
    a = analyze(
        "President Obama met the mayor on Thursday. Later, Michelle Obama hosted a dinner for "
        "the guests. Obama said the meeting had gone well."
    )
    michelle = _entity(a, "Michelle Obama")
    assert _mentions(a, michelle.key) == ["Michelle Obama"]


def test_entities_a_family_is_not_one_of_its_members() -> None:
    a = analyze(
        "Barack Obama and Michelle Obama left Washington. "
        "The Obamas said they would stay in Hawaii."
    )
    family = [m for m in a.mentions if m.text == "Obamas"]
    assert family and all(m.label == "GROUP" for m in family)
    assert "Obamas" not in _mentions(a, _entity(a, "Barack Obama").key)


@pytest.mark.parametrize(
    ("text", "given", "full"),
    [
        ("Barack and Michelle Obama arrived in Chicago on Friday.", "Barack", "Barack Obama"),
        ("Bill and Hillary Clinton attended the dinner in Harlem.", "Bill", "Bill Clinton"),
    ],
)
def test_entities_given_name_joined_to_a_full_name_shares_its_surname(
    text: str, given: str, full: str
) -> None:
    a = analyze(text)
    person = _entity(a, full)
    assert person.type == "PERSON"
    assert _mentions(a, person.key) == [given]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Ana, Hank and Tom Jr. said they were proud of the team.", "Hank"),
        ("His sons Hank and Tom Sr. told reporters the shop would stay open.", "Hank"),
    ],
)
def test_entities_given_name_joined_to_a_suffixed_name_takes_no_suffix(
    text: str, given: str
) -> None:
    a = analyze(text)
    assert all(not e.name.startswith(f"{given} ") for e in a.entities)
    assert any(e.name == given for e in a.entities if e.type == "PERSON")


def test_entities_bare_surname_after_a_couple_is_neither_of_them() -> None:
    a = analyze(
        "Barack and Michelle Obama arrived in Chicago on Friday. "
        "Obama said the city had changed a great deal."
    )
    michelle = _entity(a, "Michelle Obama")
    barack = _entity(a, "Barack Obama")
    assert _mentions(a, michelle.key) == ["Michelle Obama"]
    assert _mentions(a, barack.key) == ["Barack"]


@pytest.mark.parametrize(
    "text",
    [
        "Melania Trump spoke in Pennsylvania on Thursday. Mr. Trump said the rally went well.",
        "President Obama thanked the troops on Monday. Michelle Obama later visited a school.",
        "Barack Obama thanked the troops on Monday. Mrs. Obama later visited a school.",
    ],
)
def test_entities_titled_bare_surname_is_not_the_relative_of_another_gender(text: str) -> None:
    a = analyze(text)
    full_names = ("Melania Trump", "Michelle Obama", "Barack Obama")
    relative = next(e for e in a.entities if e.name in full_names)
    assert _mentions(a, relative.key) == [relative.name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senator Calloway Refuses To Back Budget Deal\n\n"
            "Ruth Calloway refused on Monday to back the budget deal.",
            "Ruth Calloway",
        ),
    ],
)
def test_entities_headline_words_run_into_a_name_are_not_part_of_it(text: str, name: str) -> None:
    a = analyze(text)
    people = [e.name for e in a.entities if e.type == "PERSON"]
    assert name in people
    assert not any("Refuses" in p for p in people)


@pytest.mark.parametrize(
    "text",
    [
        "Fans cheered the march. Instagram Lady Gaga wrote that she was proud of them.",
        "Fans cheered. YouTube Lady Gaga posted a video of the march.",
    ],
)
def test_entities_a_platform_word_before_a_name_is_cut_off(text: str) -> None:
    """A caption's platform word run into the next name ("Instagram Lady Gaga") is no part
    of the person's name (platform_words.tsv); the mention covers the name alone."""
    a = analyze(text)
    people = [e for e in a.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Lady Gaga"]
    assert all(not m.text.lower().startswith("instagram") for m in a.mentions)
    assert all(a.article.text[m.start : m.end] == m.text for m in a.mentions)


def test_entities_a_cut_off_credit_is_no_mention_of_the_platform() -> None:
    """The caption's "Instagram" is a credit, not the platform acting there: when the article
    names Instagram elsewhere, the credit does not become one of its mentions (a pronoun
    nearby would otherwise find the platform as its antecedent)."""
    text = "Stars posted on Instagram all night. Instagram Lady Gaga stood on a truck."
    a = analyze(text)
    credit = text.index("Instagram Lady")
    assert [m.start for m in a.mentions if m.text == "Instagram"] == [text.index("Instagram")]
    assert all(m.start != credit for m in a.mentions)


@pytest.mark.parametrize("word", ["Instagram", "Video"])
def test_entities_a_platform_alone_typed_person_is_a_credit(word: str) -> None:
    """ "Instagram" typed PERSON on its own (a caption's credit) is no person, and no mention
    of the platform that a later pronoun could take for its antecedent."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=[word, "Anna", "Brandt", "spoke"],
        pos=["PROPN", "PROPN", "PROPN", "VERB"],
        deps=["compound", "compound", "nsubj", "ROOT"],
        heads=[2, 2, 3, 3],
        ents=["B-PERSON", "B-PERSON", "I-PERSON", "O"],
    )
    resolver = EntityResolver(doc)
    for ent in doc.ents:
        resolver.add_ent(ent)
    resolver.add_alias_mentions()
    assert [(m.start, m.end, m.cluster.name) for m in resolver.mentions] == [(1, 3, "Anna Brandt")]
    assert resolver.credits == {0}


@cache
def _vocab() -> Vocab:
    """One blank English vocabulary for the tagged docs (making one takes a tenth of a second)."""
    return spacy.blank("en").vocab


def _resolved(words: str, ents: str) -> EntityResolver:
    """The resolver of a tagged doc (every word a proper noun, no parse), after its names."""
    tokens = words.split()
    doc = Doc(
        _vocab(),
        words=tokens,
        pos=["PROPN" if w[:1].isupper() else "ADP" for w in tokens],
        tags=["NNP" if w[:1].isupper() else "IN" for w in tokens],
        deps=["ROOT"] * len(tokens),
        heads=list(range(len(tokens))),
        ents=ents.split(),
    )
    resolver = EntityResolver(doc)
    for ent in doc.ents:
        resolver.add_ent(ent)
    return resolver


@pytest.mark.parametrize(
    ("words", "ents", "name", "title"),
    [
        ("Mr Okafor", "B-PERSON I-PERSON", "Okafor", "Mr"),
        ("Democrat Okafor", "B-PERSON I-PERSON", "Okafor", "Democrat"),
        ("MVP Tomas Brandt", "B-PERSON I-PERSON I-PERSON", "Tomas Brandt", "MVP"),
        ("President Okafor", "B-PERSON I-PERSON", "Okafor", "President"),
        # a royal title is how its holder is called; "Lady" is part of a stage name
        ("Prince Edmund", "B-PERSON I-PERSON", "Prince Edmund", None),
        ("Lady Kessa", "B-PERSON I-PERSON", "Lady Kessa", None),
    ],
)  # fmt: skip
def test_entities_a_title_or_role_read_into_a_name_is_cut_off(
    words: str, ents: str, name: str, title: str | None
) -> None:
    resolver = _resolved(words, ents)
    [mention] = resolver.mentions
    assert mention.cluster.name == name
    assert mention.cluster.titles == ({title} if title else set())


def test_entities_a_name_read_twice_in_a_row_is_one_name() -> None:
    resolver = _resolved("Tomas Brandt Brandt Brandt", "B-PERSON I-PERSON B-PERSON I-PERSON")
    assert {m.cluster.name for m in resolver.mentions} == {"Tomas Brandt"}
    assert [(m.start, m.end) for m in resolver.mentions] == [(0, 2), (2, 3)]


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        ("Blue Comet of Max Okafor", "B-ORG I-ORG I-ORG I-ORG I-ORG",
         {("ORG", "Blue Comet"), ("PERSON", "Max Okafor")}),
        ("Felipe Brandt of Vantor", "B-PERSON I-PERSON I-PERSON I-PERSON",
         {("PERSON", "Felipe Brandt"), ("ORG", "Vantor")}),
        # nothing says which side is a person: one name, as recognised
        ("Bank of Okafor", "B-ORG I-ORG I-ORG", {("ORG", "Bank of Okafor")}),
    ],
)  # fmt: skip
def test_entities_a_body_of_a_person_is_two_names(
    words: str, ents: str, found: set[tuple[str, str]]
) -> None:
    resolver = _resolved(words, ents)
    assert {(m.cluster.type, m.cluster.name) for m in resolver.mentions} == found


@pytest.mark.parametrize(
    "text",
    [
        # a gendered title that agrees with the full name's first name, before it and after
        "Mr Okafor spoke first at the hall. Daniel Okafor then won the vote on Monday.",
        "Daniel Okafor won the vote on Monday. Mr Okafor said he would serve the whole city.",
    ],
)
def test_entities_a_bare_surname_joins_the_one_full_name(text: str) -> None:
    a = analyze(text)
    daniel = _entity(a, "Daniel Okafor")
    assert _mentions(a, daniel.key).count("Okafor") == 1
    assert not [e for e in a.entities if e.name == "Okafor"]


def test_entities_a_title_of_the_other_gender_keeps_a_surname_apart() -> None:
    a = analyze("Grace Okafor won the vote on Monday. Mr Okafor said he was proud of her.")
    grace = _entity(a, "Grace Okafor")
    assert _mentions(a, grace.key) == ["Grace Okafor"]


def test_entities_an_office_tells_which_of_two_namesakes_a_surname_is() -> None:
    """Two people share the surname; the office before the bare name is held by one alone.
    Without a title, the bare name stays apart (which one is unknown)."""
    a = analyze(
        "Senator Daniel Okafor and Grace Okafor arrived on Monday. "
        "Senator Okafor said the bill would pass. Okafor left early."
    )
    daniel = _entity(a, "Daniel Okafor")
    assert _mentions(a, daniel.key) == ["Daniel Okafor", "Okafor"]
    assert _mentions(a, _entity(a, "Grace Okafor").key) == ["Grace Okafor"]


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        ("AMY KESSLER Comedian", "B-PERSON I-PERSON I-PERSON", ("PERSON", "Amy Kessler")),
        ("DANA OKAFOR Okafor", "B-PERSON I-PERSON I-PERSON", ("PERSON", "Dana Okafor")),
        ("REV JOHN OKAFOR The activist", "B-GROUP I-GROUP I-GROUP I-GROUP I-GROUP",
         ("PERSON", "John Okafor")),
        # no first name: the heading alone, as typed
        ("BLUE CAT Superstitious fans", "B-GROUP I-GROUP I-GROUP I-GROUP", ("GROUP", "BLUE CAT")),
    ],
)  # fmt: skip
def test_entities_a_caption_heading_in_capitals_is_the_name_alone(
    words: str, ents: str, found: tuple[str, str]
) -> None:
    resolver = _resolved(words, ents)
    resolver.finish()
    assert [(m.cluster.type, m.cluster.name) for m in resolver.mentions] == [found]


_VARGAS = "Tomas Varga and his wife Elena Varga arrived in Lisbon on Monday. "


@pytest.mark.parametrize(
    ("rest", "full"),
    [
        ("Varga said he was pleased. Later, Varga told reporters his team would return.", "Tomas"),
        ("Varga said she was pleased with the visit.", "Elena"),
        ("Varga arrived late. He said the roads were closed.", "Tomas"),
    ],
)
def test_entities_a_shared_surname_is_the_one_holder_its_pronouns_fit(rest: str, full: str) -> None:
    a = analyze(_VARGAS + rest)
    person = _entity(a, f"{full} Varga")
    assert _mentions(a, person.key).count("Varga") == rest.count("Varga")
    assert [e for e in a.entities if e.name == "Varga"] == []


@pytest.mark.parametrize(
    "rest",
    [
        "Varga said he was pleased with the visit. Varga said she would return.",  # disagree
        "Varga told her the visit had gone well.",  # an object: often someone else
        "Varga greeted the first lady. She said the visit had gone well.",  # a noun between
        'Varga said: "She will be back."',  # a quoted speaker's pronoun
        "Varga said the visit had gone well.",  # nothing said
    ],
)
def test_entities_a_shared_surname_stays_apart_unless_its_pronouns_agree(rest: str) -> None:
    a = analyze(_VARGAS + rest)
    for full in ("Tomas Varga", "Elena Varga"):
        assert "Varga" not in _mentions(a, _entity(a, full).key)


def test_entities_an_office_no_holder_is_given_leaves_the_pronouns_to_decide() -> None:
    a = analyze(
        "Tomas Varga and his wife Elena Varga arrived in Lisbon on Monday. "
        "President Varga said he was pleased with the visit."
    )
    assert "Varga" in _mentions(a, _entity(a, "Tomas Varga").key)


def test_entities_a_vice_president_holds_no_office_of_president() -> None:
    """ "Vice President" names another office than "President": the office before the bare
    name is held by neither namesake, so its pronoun decides."""
    a = analyze(
        "Vice President Elena Varga and her husband Tomas Varga arrived in Lisbon on Monday. "
        "President Varga said he was pleased with the visit."
    )
    assert "Varga" in _mentions(a, _entity(a, "Tomas Varga").key)
    assert "Varga" not in _mentions(a, _entity(a, "Elena Varga").key)


def test_entities_a_place_typed_person_holds_no_surname() -> None:
    """ "Okafor Tower" typed PERSON is no second holder of "Okafor": the bare name is still the
    one person named in full."""
    resolver = _resolved(
        "Daniel Okafor at Okafor Tower by Okafor",
        "B-PERSON I-PERSON O B-PERSON I-PERSON O B-PERSON",
    )
    resolver.merge_surnames()
    [bare] = [m for m in resolver.mentions if m.start == 6]
    assert bare.cluster.name == "Daniel Okafor"


def test_entities_bare_surname_typed_otherwise_joins_a_suffixed_full_name() -> None:
    a = analyze("Martin Okonkwo Jr. spoke in Lagos on Monday. Okonkwo said the deal was fair.")
    person = _entity(a, "Martin Okonkwo Jr.")
    assert "Okonkwo" in _mentions(a, person.key)


def test_entities_a_suffixed_full_name_holds_its_surname_for_pronouns() -> None:
    a = analyze(
        "Tomas Varga Jr. and his wife Elena Varga arrived in Lisbon on Monday. "
        "Varga said he was pleased. Later, Varga told reporters his team would return."
    )
    assert _mentions(a, _entity(a, "Tomas Varga Jr.").key).count("Varga") == 2


@pytest.mark.parametrize(
    ("words", "ents", "bare_at", "name"),
    [
        # a first name makes it a person whatever its last word: the only holder of "Hall"
        ("Daniel Hall met Hall", "B-PERSON I-PERSON O B-PERSON", 3, "Daniel Hall"),
        # two people share "Park" ("Lisa Park" is no place): the bare name is neither
        ("Lisa Park met Park Jisung and Park", "B-PERSON I-PERSON O B-PERSON I-PERSON O B-PERSON",
         6, "Park"),
    ],
)  # fmt: skip
def test_entities_a_person_whose_surname_is_a_place_word_still_holds_it(
    words: str, ents: str, bare_at: int, name: str
) -> None:
    resolver = _resolved(words, ents)
    resolver.merge_surnames()
    [bare] = [m for m in resolver.mentions if m.start == bare_at]
    assert bare.cluster.name == name


@pytest.mark.parametrize(
    ("words", "ents", "name", "type_"),
    [
        # a building's or venue's last word (place_heads.tsv): a facility, not a person
        ("Okafor Tower", "B-PERSON I-PERSON", "Okafor Tower", "FAC"),
        ("Brandt Stadium", "B-PERSON I-PERSON", "Brandt Stadium", "FAC"),
        ("Kessler Center", "B-PERSON I-PERSON", "Kessler Center", "FAC"),
        ("Okafor Field", "B-PERSON I-PERSON", "Okafor Field", "FAC"),
        # an institution's: a body
        ("Okafor University", "B-PERSON I-PERSON", "Okafor University", "ORG"),
        # a known first name makes it a person whatever its last word
        ("Sally Field", "B-PERSON I-PERSON", "Sally Field", "PERSON"),
        ("Daniel Hall", "B-PERSON I-PERSON", "Daniel Hall", "PERSON"),
        # one word is a surname, never a building
        ("Tower", "B-PERSON", "Tower", "PERSON"),
    ],
)  # fmt: skip
def test_entities_a_venue_typed_person_is_a_facility(
    words: str, ents: str, name: str, type_: str
) -> None:
    resolver = _resolved(words, ents)
    [mention] = resolver.mentions
    assert (mention.cluster.name, mention.cluster.type) == (name, type_)


@pytest.mark.parametrize(
    ("name", "type_"),
    [
        ("Mr. Hall", None),  # a personal title: a person
        ("Senator Park", None),
        ("Chan Ho Park", None),  # two given-name-like words before the head
        ("New Hope Park", "FAC"),  # "New" opens places, not given names
        ("Chicago Union Station", "FAC"),  # "Union" fills place names
        ("Okafor Tower", "FAC"),
        ("Inbee Park", "FAC"),  # the name alone says nothing: its text decides
    ],
)
def test_entities_facility_type_spares_titled_and_given_names(name: str, type_: str | None) -> None:
    assert facility_type(name) == type_


def _parsed(rows: str) -> EntityResolver:
    """The resolver of a hand-parsed doc, after its names: one row per token, "word head dep
    lemma entity-tag" (head an index)."""
    cells = [row.split() for row in rows.strip().splitlines()]
    doc = Doc(
        spacy.blank("en").vocab,
        words=[c[0] for c in cells],
        heads=[int(c[1]) for c in cells],
        deps=[c[2] for c in cells],
        lemmas=[c[3] for c in cells],
        pos=["PROPN" if c[0][:1].isupper() else "VERB" for c in cells],
        tags=["NNP" if c[0][:1].isupper() else "VB" for c in cells],
        ents=[c[4] for c in cells],
    )
    resolver = EntityResolver(doc)
    for ent in doc.ents:
        resolver.add_ent(ent)
    return resolver


#: "NAME said he would retire" (the name two words, or three).
_SAID_HE = """
{first} 1 compound {first} B-PERSON
{last} 2 nsubj {last} I-PERSON
said 2 ROOT say O
{pronoun} 5 nsubj {pronoun} O
would 5 aux would O
retire 2 ccomp retire O
"""


@pytest.mark.parametrize(
    ("first", "last", "pronoun", "type_"),
    [
        ("Kwame", "Hall", "he", "PERSON"),  # speaks, and "he" stands for him
        ("Inbee", "Park", "she", "PERSON"),
        ("Picabo", "Street", "she", "PERSON"),
    ],
)
def test_entities_a_person_who_speaks_is_not_retyped_a_place(
    first: str, last: str, pronoun: str, type_: str
) -> None:
    """A name ending in a place's word is a person where the text has it speak or a
    personal pronoun stand for it ("Kwame Hall said he would retire"), though its first
    name is not in the bundled list."""
    resolver = _parsed(_SAID_HE.format(first=first, last=last, pronoun=pronoun))
    [mention] = resolver.mentions
    assert mention.cluster.type == type_


def test_entities_a_venue_that_says_nothing_is_still_a_facility() -> None:
    """ "Okafor Tower rose over the city": no speech, no pronoun: a building."""
    resolver = _parsed("""
Okafor 1 compound Okafor B-PERSON
Tower 2 nsubj Tower I-PERSON
rose 2 ROOT rise O
""")
    [mention] = resolver.mentions
    assert (mention.cluster.name, mention.cluster.type) == ("Okafor Tower", "FAC")


def test_entities_facility_heads_are_data() -> None:
    """Every head of place_heads.tsv gives a type of the recogniser's scheme."""
    assert {"tower", "center", "stadium", "field"} <= set(place_head_types())
    assert set(place_head_types().values()) <= {"FAC", "ORG"}


def test_entities_a_hyphenated_title_is_one_title() -> None:
    """ "President-elect" is one title, not "elect" (the hyphen splits it into three tokens)."""
    a = analyze("President-elect Tomas Varga met the mayor in Lisbon on Monday.")
    aliases = _entity(a, "Tomas Varga").aliases
    assert "President-elect" in aliases
    assert "elect" not in aliases


@pytest.mark.parametrize(
    "text",
    [
        # a photo credit run into the caption's name
        "He was encouraged by Mr Varga's willingness. KESSLER*PRESS Tomas Varga meets President"
        " Ana Ruiz in the Oval Office.",
        # a byline's title, after the writer's name, run into the first sentence
        "Analysis Image copyright Kessler By Daniel Marsh, Kessler News Lisbon reporter Tomas Varga"
        " launched himself onto the national stage.",
    ],
)
def test_entities_a_credit_or_a_bylines_title_is_no_title(text: str) -> None:
    """Words before a name are its title only when they are words ("GETTY*EPA" is a photo
    credit) and not the title of a byline's writer named just before them."""
    aliases = _entity(analyze(text), "Tomas Varga").aliases
    assert not [a for a in aliases if "*" in a or "reporter" in a]


def test_entities_a_bare_surname_is_decided_mention_by_mention_by_its_own_title() -> None:
    """A bare "Obama" kept apart as someone else ("President Obama", where only Michelle
    Obama is named in full) does not take a later "Mrs. Obama": that mention's own title
    names the one woman of the surname, so the bare group never holds a "President" and a
    "Mrs" at once (issue 18; invented text)."""
    a = analyze(
        "President Marsh met Ana Ruiz on Monday. Marsh said the talks went well. Later, first"
        " lady Helen Marsh showed her around the residence. During the campaign, Mrs. Marsh"
        " criticized Ruiz over her remarks. Marsh said he wanted a smooth transition."
    )
    names = {e.key: e.name for e in a.entities}
    said = [(m.text, names[m.entity]) for m in a.mentions if "Marsh" in m.text]
    assert said == [
        ("Marsh", "Marsh"),
        ("Marsh", "Marsh"),
        ("Helen Marsh", "Helen Marsh"),
        ("Marsh", "Helen Marsh"),
        ("Marsh", "Marsh"),
    ]


def test_entities_a_caption_heading_in_capitals_is_the_person_called_by_surname() -> None:
    """A list of people, each under a heading in capitals ("TOMAS KESSLER The actor said
    ... Kessler said"): the heading is the person, and the surname alone later is them, so
    no one-word "Kessler" stands as a person of its own (issue 18; invented text)."""
    a = analyze(
        "Many stars said they would leave. TOMAS KESSLER The actor said he would move to"
        " Lisbon. 'I would go,' Kessler said in October. REV ANA MARSH The activist said she"
        " would leave too. 'I mean it,' Marsh told reporters."
    )
    names = {e.key: e.name for e in a.entities}
    found = {(m.text, names[m.entity]) for m in a.mentions if m.label == "PERSON"}
    assert ("Kessler", "Tomas Kessler") in found
    assert ("Marsh", "Ana Marsh") in found
    assert "Kessler" not in names.values()


@pytest.mark.parametrize(
    ("word", "none"),
    [("summer", True), ("agenda", True), ("January", True), ("Images", True),
     ("agreement", True), ("coffee", True), ("committee", True), ("power", True),
     ("decades", True), ("election", True), ("being", True), ("grinning", True),
     ("sibling", False), ("King", False),
     ("colleague", False), ("spouse", False), ("nurse", False), ("tycoon", False),
     ("hostage", False), ("rival", False), ("Tory", False), ("CEO", False), ("chef", False),
     ("suspect", False), ("billionaire", False), ("critic", False), ("PM", False),
     ("Rep.", False)],
)  # fmt: skip
def test_entities_no_person_head_names_things_not_people(word: str, none: bool) -> None:
    """A noun names no person when title_heads.tsv or the lexicons of time, months and
    pictures list it, or it has an abstract noun's ending ("-ment", "-tion"); any other noun
    may end a title."""
    assert no_person_head(word) is none


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Apple CEO Tomas Varga said the phone would ship in March.", "Apple CEO"),
        ("Labour MP Tomas Varga voted against the bill on Tuesday.", "Labour MP"),
        ("Tech billionaire Tomas Varga bought the newspaper last year.", "Tech billionaire"),
        ("Murder suspect Tomas Varga appeared in court on Monday.", "Murder suspect"),
        ("Film critic Tomas Varga panned the sequel.", "Film critic"),
        ("Celebrity chef Tomas Varga opened a second restaurant.", "Celebrity chef"),
        ("Former Fed chair Tomas Varga warned of a slowdown.", "Former Fed chair"),
        ("GOP Rep. Tomas Varga introduced the measure.", "GOP Rep."),
        ("UK PM Tomas Varga met the French president.", "UK PM"),
        ("Shipping tycoon Tomas Varga sold his fleet.", "Shipping tycoon"),
        ("Former hostage Tomas Varga spoke to reporters.", "Former hostage"),
        ("President-elect Tomas Varga named his cabinet.", "President-elect"),
    ],
)
def test_entities_an_ordinary_title_before_a_name_is_an_alias(text: str, title: str) -> None:
    """Words before a name that end in a noun are its title by default, whatever the noun
    ("tycoon", "critic", "PM"), acronyms in capitals included."""
    assert title in _entity(analyze(text), "Tomas Varga").aliases


@pytest.mark.parametrize(
    "text",
    [
        "Then 40-year-old trainee Tomas Varga won the sprint.",
        "A 35-year-old plumber Tomas Varga found the leak.",
        "Rovers Rovers captain Tomas Varga lifted the trophy.",
    ],
)
def test_entities_a_hyphen_fragment_or_a_repeated_word_is_no_title(text: str) -> None:
    """The end of a hyphenated word ("year-old trainee") and a run that says a word twice (a
    caption run into the sentence) are no title of the name after them."""
    aliases = _entity(analyze(text), "Tomas Varga").aliases
    assert not [a for a in aliases if a != "Tomas Varga" and "Varga" not in a], aliases


def _title_of(rows: str) -> str | None:
    """The title the resolver keeps before "Anna Brandt" in a hand-parsed run: one row per
    word before the name, "word tag pos", each a modifier of "Brandt"; a row "NL" is a line
    break (a space token)."""
    cells = [
        ["\n", "_SP", "SPACE"] if row.strip() == "NL" else row.split()
        for row in rows.strip().splitlines()
    ]
    n = len(cells)
    deps = ["amod" if c[2] == "ADJ" else "dep" if c[2] == "SPACE" else "compound" for c in cells]
    doc = Doc(
        spacy.blank("en").vocab,
        words=[*(c[0] for c in cells), "Anna", "Brandt", "spoke"],
        spaces=[c[2] != "SPACE" for c in cells] + [True, True, False],
        tags=[*(c[1] for c in cells), "NNP", "NNP", "VBD"],
        pos=[*(c[2] for c in cells), "PROPN", "PROPN", "VERB"],
        deps=[*deps, "compound", "nsubj", "ROOT"],
        heads=[n + 1] * n + [n + 1, n + 2, n + 2],
        ents=["O"] * n + ["B-PERSON", "I-PERSON", "O"],
    )
    resolver = EntityResolver(doc)
    cluster = resolver.cluster("PERSON", "Anna Brandt")
    resolver._title_before(n, n + 2, cluster)
    assert len(cluster.titles) < 2
    return next(iter(cluster.titles), None)


@pytest.mark.parametrize(
    ("rows", "title"),
    [
        # any noun for a person, acronyms in capitals included
        ("UK NNP PROPN\nPM NNP PROPN", "UK PM"),
        ("NFL NNP PROPN\nMVP NNP PROPN", "NFL MVP"),
        ("hospital NN NOUN\nnurse NN NOUN", "hospital nurse"),
        ("business NN NOUN\nrival NN NOUN", "business rival"),
        ("veteran NN NOUN\nTory NNP PROPN", "veteran Tory"),
        ("former JJ ADJ\ncolleague NN NOUN", "former colleague"),
        # an adjective or a verb the parse hung on the name
        ("shy JJ NOUN", None),
        ("fastest JJS ADJ\nbeing VBG NOUN", None),
        ("fastest JJS ADJ\nbeing NN NOUN", None),
        ("grinning NN NOUN", None),
        # a noun that names no one: a thing, a time, a picture, an abstract noun
        ("budget NN NOUN\nplan NN NOUN", None),
        ("summer NN NOUN", None),
        ("January NNP PROPN", None),
        ("Reuters NNP PROPN\nImages NNPS PROPN", None),
        ("merger NN NOUN\nagreement NN NOUN", None),
        # a heading in capitals run into the name, and a line break before it
        ("LAST NNP PROPN\nGREAT NNP PROPN\nSUMMER NNP PROPN\nCamp NNP PROPN\ndirector NN NOUN",
         None),
        ("OUR PRP$ PROPN\nTOWN NNP PROPN\nguide NN NOUN", None),
        ("club NN NOUN\nNL\ncaptain NN NOUN", "captain"),
        # a form of address after other words is kept alone
        ("tired JJ ADJ\nMs NNP PROPN", "Ms"),
        ("Dr NNP PROPN", "Dr"),
    ],
)  # fmt: skip
def test_entities_a_title_is_kept_unless_it_is_junk(rows: str, title: str | None) -> None:
    """Words before a name are its title unless their last word is no noun or names no
    person, or they hold a heading in capitals; a form of address is kept alone."""
    assert _title_of(rows) == title


@pytest.mark.parametrize(
    ("rows", "title"),
    [
        # proper nouns with no person noun in them: a thing's name
        ("Apple NNP PROPN\nWatch NNP PROPN", None),
        ("Tesla NNP PROPN\nCybertruck NNP PROPN", None),
        ("Kestrel NNP PROPN\nJet NNP PROPN\nPro NNP PROPN", None),
        # proper nouns with a person noun in them keep their title
        ("Apple NNP PROPN\nCEO NNP PROPN", "Apple CEO"),
        ("Labour NNP PROPN\nMP NNP PROPN", "Labour MP"),
        ("GOP NNP PROPN\nRep. NNP PROPN", "GOP Rep."),
        ("Shipping NNP PROPN\nTycoon NNP PROPN", "Shipping Tycoon"),
        ("Senate NNP PROPN\nMajority NNP PROPN\nLeader NNP PROPN", "Senate Majority Leader"),
        ("Attorney NNP PROPN\nGeneral NNP PROPN", "Attorney General"),
        # a common noun at the end is a title by default
        ("Tesla NNP PROPN\nboss NN NOUN", "Tesla boss"),
    ],
)  # fmt: skip
def test_entities_a_proper_noun_title_needs_a_person_noun(rows: str, title: str | None) -> None:
    """Proper nouns before a name with no word for a person in them name a thing (a product,
    "the Apple Watch Tim Cook unveiled"), not the person's title; "Apple CEO" keeps it."""
    assert _title_of(rows) == title


@pytest.mark.parametrize(
    ("text", "name", "thing"),
    [
        ("The Apple Watch Tim Cook unveiled last year sold well.", "Tim Cook", "Apple Watch"),
        ("The Tesla Cybertruck Elon Musk unveiled sold badly.", "Elon Musk", "Tesla Cybertruck"),
        ("Stock market Elon Musk", "Elon Musk", "Stock market"),
    ],
)
def test_entities_a_product_before_a_name_is_no_alias(text: str, name: str, thing: str) -> None:
    """A product's name or a thing run into a person's name by a clause with no "that" is
    no alias of the person."""
    assert thing not in _entity(analyze(text), name).aliases


def _hand_parsed(words: str, pos: str, heads: list[int], deps: str, ents: str) -> Doc:
    """A doc parsed by hand: its verbs' lemmas are their words' ("said" -> "say")."""
    lemmas = {"said": "say", "wrote": "write", "met": "meet"}
    tokens = words.split()
    return Doc(
        spacy.blank("en").vocab,
        words=tokens,
        pos=pos.split(),
        deps=deps.split(),
        heads=heads,
        lemmas=[lemmas.get(t, t) for t in tokens],
        ents=ents.split(),
    )


@pytest.mark.parametrize(
    ("words", "pos", "heads", "deps", "ents", "name", "type_"),
    [
        # the surname of a person the text names in full, who speaks
        ("Anna Brandt won . Brandt said so", "PROPN PROPN VERB PUNCT PROPN VERB ADV",
         [1, 2, 2, 2, 5, 5, 5], "compound nsubj ROOT punct nsubj ROOT advmod",
         "B-PERSON I-PERSON O O B-ORG O O", "Anna Brandt", "PERSON"),
        # a role word run into it is cut off ("MVP")
        ("Anna Brandt won . MVP Brandt said so", "PROPN PROPN VERB PUNCT PROPN PROPN VERB ADV",
         [1, 2, 2, 2, 5, 6, 6, 6], "compound nsubj ROOT punct compound nsubj ROOT advmod",
         "B-PERSON I-PERSON O O B-ORG I-ORG O O", "Brandt", "PERSON"),
        # a known first name and a surname, who writes
        ("Dana Whitlock wrote so", "PROPN PROPN VERB ADV", [1, 2, 2, 2],
         "compound nsubj ROOT advmod", "B-ORG I-ORG O O", "Dana Whitlock", "PERSON"),
        # a body's word ends it: a body named after a person
        ("Henry Holdings said so", "PROPN PROPN VERB ADV", [1, 2, 2, 2],
         "compound nsubj ROOT advmod", "B-ORG I-ORG O O", "Henry Holdings", "ORG"),
        # a surname no one holds here, or a name that does not speak: the recogniser's type
        ("Brandt said so", "PROPN VERB ADV", [1, 1, 1], "nsubj ROOT advmod",
         "B-ORG O O", "Brandt", "ORG"),
        ("they met Dana Whitlock", "PRON VERB PROPN PROPN", [1, 1, 3, 1],
         "nsubj ROOT compound dobj", "O O B-ORG I-ORG", "Dana Whitlock", "ORG"),
    ],
)  # fmt: skip
def test_entities_a_speaking_name_typed_a_body_is_a_person_when_it_names_one(
    words: str, pos: str, heads: list[int], deps: str, ents: str, name: str, type_: str
) -> None:
    """Whoever speaks is a person or a body: a name the recogniser typed ORG that speaks is
    a person when it is a named person's surname or opens with a known first name."""
    doc = _hand_parsed(words, pos, heads, deps, ents)
    resolver = EntityResolver(doc)
    for ent in doc.ents:
        resolver.add_ent(ent)
    cluster = resolver.mentions[-1].cluster  # the speaking name's
    assert (cluster.name, cluster.type) == (name, type_)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carla Mendes Slams Budget Plan\nThe finance critic Carla Mendes said on Tuesday that"
         " the plan would fail. Mendes added that schools would suffer.", "Carla Mendes"),
        ("Glenn Okafor Defends Tax Record\nOkafor said the record was clean.", "Glenn Okafor"),
    ],
)  # fmt: skip
def test_entities_a_headlines_verb_in_title_case_ends_the_name(text: str, name: str) -> None:
    """A headline's verb of speech in title case is tagged a name: it ends the name, so the
    person is not named after the headline, and the surname said later is that person."""
    a = analyze(text)
    person = _entity(a, name)
    assert person.type == "PERSON"
    assert [c for c in a.claims if c.source_entity == person.key]
    assert not [e for e in a.entities if e.name.startswith(name + " ")]


def test_entities_a_bodys_name_without_its_suffix_is_that_body_not_a_person() -> None:
    """ "Valcora said" beside "Valcora International": the recogniser's PERSON is the body."""
    a = analyze(
        "Valcora International, which makes the snacks, said costs had risen. Valcora said"
        " the recipe was unchanged. Later, Valcora confirmed the change."
    )
    assert _entity(a, "Valcora").type == "ORG"
    assert not [e for e in a.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("words", "tags", "ents", "name"),
    [
        ("on Valcora 's Facebook page", "IN NNP POS NNP NN", "O B-ORG I-ORG I-ORG O", "Valcora"),
        ("on Valcora 's Twitter", "IN NNP POS NNP", "O B-ORG I-ORG I-ORG", "Valcora"),
        # a possessive before any other word is part of the name
        ("at Valcora 's Kitchen", "IN NNP POS NNP", "O B-ORG I-ORG I-ORG", "Valcora's Kitchen"),
    ],
)  # fmt: skip
def test_entities_a_platform_after_a_possessive_is_the_owners_account(
    words: str, tags: str, ents: str, name: str
) -> None:
    """ "Valcora's Facebook" read as one body: the body is Valcora, whose account it is."""
    tokens = words.split()
    doc = Doc(
        spacy.blank("en").vocab,
        words=tokens,
        spaces=[t != "Valcora" for t in tokens],
        tags=tags.split(),
        pos=["PROPN" if t.startswith("NNP") else "X" for t in tags.split()],
        ents=ents.split(),
    )
    resolver = EntityResolver(doc)
    for ent in doc.ents:
        resolver.add_ent(ent)
    assert [c.name for c in resolver.clusters.values()] == [name]


def test_entities_a_given_name_moved_to_a_couple_still_holds_the_surname() -> None:
    """A given name the recogniser found alone ("Michael") is moved to the full name it
    shares with the name after "and" once that name is read; a later bare surname then has
    two holders and joins neither (the people before it are looked up by the words of their
    cluster's name, and the move must be seen there)."""
    resolver = _resolved(
        "Michael and Susan Brandt met Brandt",
        "B-PERSON O B-PERSON I-PERSON O B-PERSON",
    )
    names = [(m.start, m.cluster.name) for m in resolver.mentions]
    assert names == [(0, "Michael Brandt"), (2, "Susan Brandt"), (5, "Brandt")]


def test_entities_a_move_in_one_document_leaves_another_documents_people_index() -> None:
    """The index of people by name is one resolver's: a mention moved to another cluster in
    one document ("Michael" to "Michael Brandt") does not make another document's index start
    over (it did when the moves were counted for every document at once)."""
    other = _resolved("Susan Brandt met Brandt", "B-PERSON I-PERSON O B-PERSON")
    other.people.before(frozenset({"brandt"}), 4)  # built
    held = other.people.by_word["brandt"]
    moving = _resolved(
        "Michael and Susan Brandt met Brandt",
        "B-PERSON O B-PERSON I-PERSON O B-PERSON",
    )
    assert moving.mentions[0].cluster.name == "Michael Brandt"  # moved in its document
    other.people.before(frozenset({"brandt"}), 4)
    assert other.people.by_word["brandt"] is held


def test_entities_every_move_to_another_cluster_goes_through_the_resolver() -> None:
    """A mention is given another cluster in ``EntityResolver._move`` alone, which tells the
    index of people by name (``_PeopleIndex``) to start over: an assignment to a mention's
    cluster anywhere else would leave the index out of date."""
    tree = ast.parse(inspect.getsource(entities))
    places = [
        (function.name, node.lineno)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Attribute) and target.attr == "cluster"
    ]
    assert [name for name, _ in places] == ["_move"], places


_GIVEN = ["Michael", "Susan", "Lena", "Tomas", "Ines"]
_SURNAMES = ["Brandt", "Okafor", "Vale", "Kessler"]


def _invented_names(rng: random.Random) -> tuple[list[str], list[str]]:
    """Words and their entity tags: people named in full, by a given name or surname alone,
    couples ("Lena and Tomas Vale") and organisations, joined by small words."""
    words: list[str] = []
    tags: list[str] = []
    for _ in range(rng.randint(2, 14)):
        shape = rng.randrange(6)
        if shape == 0:
            name = [rng.choice(_GIVEN), rng.choice(_SURNAMES)]
        elif shape == 1:
            name = [rng.choice(_SURNAMES)]
        elif shape == 2:
            name = [rng.choice(_GIVEN)]
        elif shape == 3:  # a couple: the given name before "and" is moved to the full name
            words += [rng.choice(_GIVEN), "and"]
            tags += ["B-PERSON", "O"]
            name = [rng.choice(_GIVEN), rng.choice(_SURNAMES)]
        elif shape == 4:
            words += [rng.choice(_SURNAMES), "Group"]
            tags += ["B-ORG", "I-ORG"]
            name = []
        else:
            name = [rng.choice(_GIVEN), rng.choice(_GIVEN[:2]), rng.choice(_SURNAMES)]
        words += name
        tags += ["B-PERSON"] + ["I-PERSON"] * (len(name) - 1) if name else []
        words.append(rng.choice(["met", "said", "with", "of"]))
        tags.append("O")
    return words, tags


def test_entities_the_people_index_finds_what_a_walk_of_every_mention_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At each look-up of the earlier people a name can refer to, over many invented texts,
    the index gives the people a walk of every earlier mention gives: the same clusters that
    hold all the name's words, in the same order (the index may give more, each holding one
    of the words; the resolver keeps only those holding all)."""
    looked = _PeopleIndex.before
    lookups = 0

    def checked(index: _PeopleIndex, words: frozenset[str], at: int) -> list[Any]:
        nonlocal lookups
        found = looked(index, words, at)
        walked: dict[int, Any] = {}
        for mention in index.mentions:
            c = mention.cluster
            if c.type == "PERSON" and mention.start < at:
                walked.setdefault(id(c), c)
        assert all(not words or words & _name_words(c.name) for c in found)
        assert [c for c in found if words <= _name_words(c.name)] == [
            c for c in walked.values() if words <= _name_words(c.name)
        ]
        lookups += 1
        return found

    monkeypatch.setattr(_PeopleIndex, "before", checked)
    rng = random.Random(38)
    moved = 0
    for _ in range(400):
        words, tags = _invented_names(rng)
        resolver = _resolved(" ".join(words), " ".join(tags))
        moved += sum(
            1
            for m in resolver.mentions
            if m.end < len(words) and words[m.end] == "and" and " " in m.cluster.name
        )  # a couple's given name, moved to the full name after "and"
        resolver.add_titled_people()
    assert moved > 100
    assert lookups > 1000


@pytest.mark.parametrize(
    "text",
    [
        "Donald Vance spoke on Monday. Ivy Vance said the plan was good.",
        "Donald Vance spoke on Monday. Later, Ivy Vance said the plan was good.",
    ],
)
def test_entities_a_given_name_left_out_by_the_tagger_is_another_person(text: str) -> None:
    """The tagger leaves an unusual given name out of the name ("Ivy" of "Ivy Vance"): the bare
    surname it keeps is not the one person named in full with another given name."""
    a = analyze(text)
    donald = _entity(a, "Donald Vance")
    assert _mentions(a, donald.key) == ["Donald Vance"]
    claim = next(c for c in a.claims if c.source is not None)
    source = next((e for e in a.entities if e.key == claim.source_entity), None)
    assert source is None or source.name == "Ivy Vance"


@pytest.mark.parametrize(
    "text",
    [
        # a month or a date before the surname is no given name
        "Carl Vance spoke on Monday. In March Vance said the plan was good.",
        "Carl Vance spoke on Monday. Since June Vance has said the plan was good.",
        "Carl Vance spoke on Monday. In April Vance said the plan was good.",
        "Carl Vance spoke on Monday. Last August Vance said the plan was good.",
        # a title or rank before the surname is no given name (not_given_names.tsv)
        "Carl Vance led the patrol on Monday. Maj Vance said the road was mined.",
        "Lord Carl Vance spoke in the House of Lords. Baron Vance said the bill was flawed.",
    ],
)
def test_entities_a_date_or_title_before_a_surname_is_no_other_given_name(text: str) -> None:
    a = analyze(text)
    claim = next(c for c in a.claims if c.source is not None)
    source = next((e for e in a.entities if e.key == claim.source_entity), None)
    assert source is not None and source.name == "Carl Vance"
    assert not any("Vance" in e.name and e.name != "Carl Vance" for e in a.entities)


def _claim_sources(analysis: Analysis) -> dict[str, str | None]:
    return {c.source.text: c.source_entity for c in analysis.claims if c.source is not None}


@pytest.mark.parametrize(
    ("text", "person", "office", "body"),
    [
        # the recogniser reads the place and the holder as one name: the place is no part of him
        (
            "Mayor of Seattle Jorn Whitlock said the city would recover. He thanked the fans.",
            "Jorn Whitlock",
            "Mayor of Seattle",
            "GPE:seattle",
        ),
        # a body of two words: the person is the final name only, never "Methodist Marc Boom"
        (
            "President of Houston Methodist Marc Boom said the wards were ready.",
            "Marc Boom",
            "President of Houston Methodist",
            "ORG:houston methodist",
        ),
    ],
)
def test_entities_an_office_of_a_place_is_no_part_of_its_holders_name(
    text: str, person: str, office: str, body: str
) -> None:
    a = analyze(text)
    holder = _entity(a, person)
    assert holder.type == "PERSON"
    assert office in holder.aliases
    assert body in {e.key for e in a.entities}
    assert not any(person in e.name and e.name != person for e in a.entities)
    assert _claim_sources(a)[f"{office} {person}"] == holder.key


def test_entities_a_holder_of_unknown_gender_after_an_office_keeps_he_from_an_earlier_man() -> None:
    # "Darnell" gives no gender: the "He" may be the governor; never the actor named before
    a = analyze(
        "Actor Dan Brody appeared on a morning show on Friday. He was also given a signed "
        "shirt. Governor of Ohio Darnell Pike posted a message of thanks after the game ended. "
        "He said the win was more than a game."
    )
    assert _entity(a, "Darnell Pike").type == "PERSON"
    assert _claim_sources(a)["He"] != _entity(a, "Dan Brody").key


@pytest.mark.parametrize(
    "text",
    [
        # no office before "of": the recogniser's reading stands
        "Friends of Seattle Jorn Whitlock said the park would stay open.",
        # the holder is named apart already
        "Secretary of State Tom Keller said the talks would go on.",
        # a body after "of" whose last word is a body's: no person in it
        "Director of Denver Valley Fund said the money was safe.",
        "Director of Denver Valley Fund said the money was safe. It added that rates would rise.",
        # a body named after people, or its branch: the given name follows another one
        "Owner of Kelly Jones Motors said sales fell.",
        "Head of Morgan Stanley Asia said profits rose.",
    ],
)
def test_entities_an_office_of_rule_leaves_other_names_as_they_were(text: str) -> None:
    a = analyze(text)
    assert not any(e.type == "PERSON" and "Fund" in e.name for e in a.entities)
    assert not any(
        e.type == "PERSON" and e.name in ("Jones Motors", "Stanley Asia") for e in a.entities
    )
    assert not any("Seattle" in e.name and e.type == "PERSON" for e in a.entities)


def test_entities_a_subordinate_office_holder_does_not_take_the_main_subjects_he() -> None:
    a = analyze(
        "Omar Ruiz said the Mayor of Seattle Jorn Whitlock had lied to voters. "
        "He added that the vote was close."
    )
    assert _claim_sources(a)["He"] == _entity(a, "Omar Ruiz").key


@pytest.mark.parametrize(
    "text",
    [
        # the apposition says the place is a bar: "Casey" is no person there
        "The club was cursed by bar owner Tom Kell after the team insulted his pet goat Murphy. "
        "Nora Vale drove in from Boston to watch the match at Murphy's Bleachers, a corner sports "
        "bar in a block where her uncle lived and where his fruit stall stood. "
        "'My uncle built it, and I grew up here,' she said.",
    ],
)
def test_entities_a_business_named_after_someone_is_no_mention_of_them(text: str) -> None:
    a = analyze(text)
    bar = _entity(a, "Murphy's Bleachers")
    assert bar.type == "FAC"
    goat = _entity(a, "Murphy")
    assert _mentions(a, goat.key) == ["Murphy"]
    assert _claim_sources(a)["she"] == _entity(a, "Nora Vale").key


def test_entities_a_possessive_business_head_makes_a_business() -> None:
    a = analyze(
        "The goat Doyle ate the hay. Fans met at Doyle's Place on Friday to watch the game."
    )
    assert "Doyle's Place" in {e.name for e in a.entities}
    place = next(e for e in a.entities if e.name == "Doyle's Place")
    assert place.type in ("FAC", "ORG")
    doyle = [e for e in a.entities if e.name == "Doyle"]
    assert all("Doyle's Place" not in _mentions(a, e.key) for e in doyle)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a campaign is no business: the owner stays whoever the recogniser said
        ("Sanders's Campaign said the poll was wrong.", None),
        ("Sanders's Campaign, a grassroots effort, said the poll was wrong.", None),
        # a person named in full owns the kitchen: left as it was
        ("Chef Ana Ruiz's Kitchen opened on Monday.", None),
        # a country's possessive before a person's name: still the person
        (
            "Brazil's Rafael Costa said the deal was fair. He added that it was late.",
            "Rafael Costa",
        ),
    ],
)
def test_entities_possessives_that_name_no_business_are_left_alone(
    text: str, kept: str | None
) -> None:
    a = analyze(text)
    assert not any(e.type == "FAC" for e in a.entities)
    if kept is not None:
        person = _entity(a, kept)
        assert person.type == "PERSON"
        assert _claim_sources(a)["He"] == person.key


def test_entities_a_country_and_brand_is_never_taken_by_it() -> None:
    # "France's Louis Vuitton": whatever the brand is typed, "It" is not given to a person
    a = analyze("France's Louis Vuitton said sales rose. It expects more growth next year.")
    people = {e.key for e in a.entities if e.type == "PERSON"}
    assert _claim_sources(a).get("It") not in people


def test_entities_a_name_after_a_countrys_possessive_that_he_stands_for_is_a_person() -> None:
    # the recogniser types the player a body after "Brazil's"; the "He" after says a man
    a = analyze(
        "The goal came from Brazil's Rafael Costa in the second half. "
        "He said the team had earned it."
    )
    costa = _entity(a, "Rafael Costa")
    assert costa.type == "PERSON"
    assert _claim_sources(a)["He"] == costa.key


@pytest.mark.parametrize(
    "text",
    [
        # "It" stands for the name: a brand, as the recogniser read it
        "France's Louis Vuitton raised prices. It said demand was strong.",
        "Brazil's Rafael Costa won the race. It was the first win for the team.",
        # no pronoun: nothing says
        "The goal came from Brazil's Rafael Costa in the second half.",
        # the pronoun is of the other gender, after another person
        "Brazil's Rafael Costa won the race ahead of Germany's Lena Vogt. "
        "She said the pace was easy.",
    ],
)
def test_entities_a_name_after_a_countrys_possessive_stays_as_read_without_a_he_or_she(
    text: str,
) -> None:
    a = analyze(text)
    assert not any(
        e.type == "PERSON" and e.name in ("Louis Vuitton", "Rafael Costa") for e in a.entities
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a regional branch after a company: "Asia" is a given name and a place, "Matheson" a
        # given name before a word that is one too; neither starts a person
        ("Head of Goldman Sachs Asia Pacific said hiring slowed. He was cautious.", "Asia Pacific"),
        ("Chairman of Jardine Matheson Asia said trade fell. He was cautious.", "Matheson Asia"),
        ("Chief of Halvard Brenner Europe said orders rose.", "Brenner Europe"),
        # the holder is named after the body, apart: the body's last words are no person
        (
            "Head of Tulsa Police Department Garry Weller said crime fell. He was pleased.",
            "Police Department",
        ),
        (
            "Director of Tulsa Fire Department said crews were ready. He praised them.",
            "Fire Department",
        ),
    ],
)
def test_entities_an_office_of_a_body_leaves_its_branch_and_department_no_person(
    text: str, wrong: str
) -> None:
    a = analyze(text)
    assert not any(e.type == "PERSON" and e.name == wrong for e in a.entities)
    assert not any(wrong in (e.aliases or ()) for e in a.entities)


def test_entities_an_office_of_a_place_still_splits_off_a_man_that_he_follows() -> None:
    # control for the rule above: a place, a name with no known given name, then "He"
    a = analyze("Mayor of Tulsa Jorn Whitlock said the roads were open. He thanked crews.")
    holder = _entity(a, "Jorn Whitlock")
    assert holder.type == "PERSON"
    assert "Mayor of Tulsa" in holder.aliases


@pytest.mark.parametrize(
    ("text", "name", "subject"),
    [
        # a nominal subject comes between the name and the pronoun: the pronoun may be the
        # coach's or the executive's, and says nothing of the name after the possessive
        (
            "Brazil's Rafael Costa scored twice. The coach said he was proud.",
            "Rafael Costa",
            "The coach",
        ),
        (
            "France's Louis Vuitton opened a store. The chief executive said he was pleased.",
            "Louis Vuitton",
            "The chief executive",
        ),
    ],
)
def test_entities_a_name_after_a_countrys_possessive_is_no_person_past_another_subject(
    text: str, name: str, subject: str
) -> None:
    a = analyze(text)
    assert not any(e.type == "PERSON" and e.name == name for e in a.entities)
    assert _claim_sources(a)[subject] not in {e.key for e in a.entities if e.name == name}


@pytest.mark.parametrize(
    ("text", "person", "pronoun"),
    [
        # a title before a given name and a surname the recogniser typed a body
        (
            "Mayor Ana Costa said the budget was tight. She told reporters it would pass.",
            "Ana Costa",
            "She",
        ),
        # an apposition that says a person
        ("Ana Costa, a singer, said the tour was over. She said it was long.", "Ana Costa", "She"),
    ],
)
def test_entities_a_given_name_before_a_surname_typed_a_body_is_a_person_when_titled(
    text: str, person: str, pronoun: str
) -> None:
    a = analyze(text)
    found = _entity(a, person)
    assert found.type == "PERSON"
    assert not any(e.name == person.rsplit(maxsplit=1)[-1] for e in a.entities)
    assert _claim_sources(a)[pronoun] == found.key


@pytest.mark.parametrize(
    "text",
    [
        # no title and no person's apposition: the recogniser's reading stands
        "Ana Costa said the tour was over.",
        # the apposition says a company
        "Ana Costa, a coffee chain, said sales rose.",
        # a month is no given name, and a sponsor may be a company
        "In May Nike, a sponsor, said sales rose.",
    ],
)
def test_entities_a_given_name_before_a_body_stays_apart_without_a_title(text: str) -> None:
    a = analyze(text)
    assert not any(e.type == "PERSON" and e.name in ("Ana Costa", "May Nike") for e in a.entities)


@pytest.mark.parametrize(
    "text",
    [
        # a body's name opened by a generic noun and "of" ("Bank of ...") holds no person
        "Bank of America Merrill Lynch said markets were calm.",
        "Head of Bank of America Merrill Lynch said markets were calm.",
    ],
)
def test_entities_a_body_noun_and_of_open_a_bodys_name_not_a_persons(text: str) -> None:
    a = analyze(text)
    assert not any(e.type == "PERSON" and "Lynch" in e.name for e in a.entities)


def test_entities_a_body_of_a_person_still_splits_when_the_body_is_named() -> None:
    # control: the body has a name of its own before "of", the person a full name after it
    a = analyze("Harbor Trust of Ana Maria Ruiz said the loan was repaid.")
    assert _entity(a, "Ana Maria Ruiz").type == "PERSON"


# session 42 (pron43, issue 16): a bare surname written only before the full name; the
# recogniser types some of its mentions ORG, one PERSON
_BARE_FIRST = (
    "Then Varga exposed the prosecution's tactics. Varga's proof was set out in a long "
    "letter to the court. Varga noted that the cases were different. The clerks were staring "
    "at Varga. Varga finally sat down. Later, the judge thanked Varga. A second view is that "
    "the judge was swayed by {full}. {pronoun} said the sentence was fair."
)


def test_entities_a_bare_surname_used_only_before_the_full_name_is_that_person() -> None:
    a = analyze(_BARE_FIRST.format(full="Thomas Varga", pronoun="He"))
    thomas = _entity(a, "Thomas Varga")
    bare = [m for m in a.mentions if m.text == "Varga"]
    assert len(bare) == 6 and all(m.entity == thomas.key for m in bare)


@pytest.mark.parametrize(
    "text",
    [
        # two people named in full share the surname: the bare one is neither
        _BARE_FIRST.format(full="Thomas Varga and his sister Anna Varga", pronoun="He"),
        # a man's title before the bare name, a woman named in full
        _BARE_FIRST.format(full="Anna Varga", pronoun="She").replace("Then V", "Then Mr. V"),
    ],
)
def test_entities_a_bare_surname_before_the_full_name_is_never_another_person(text: str) -> None:
    a = analyze(text)
    full = [e.key for e in a.entities if e.type == "PERSON" and e.name.endswith(" Varga")]
    assert full and not [m for m in a.mentions if m.text == "Varga" and m.entity in full]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # the bare surname is a man ("he"), the one named in full a woman
        (
            "Melania Trump visited a school in Texas on Monday. Trump said he would win Ohio. "
            "Trump added that he would return in May.",
            False,
        ),
        (
            "Trump said he would win Ohio. Later, Melania Trump visited a school in Texas. "
            "Trump added that he would return in May.",
            False,
        ),
        # controls: the pronouns fit the person named in full
        (
            "Melania Trump visited a school in Texas on Monday. Trump said she would return. "
            "Trump added that she would bring books.",
            True,
        ),
        (
            "Donald Trump spoke in Ohio on Monday. Trump said he would win Ohio.",
            True,
        ),
    ],
)
def test_entities_a_bare_surname_a_pronoun_gives_the_other_gender_is_someone_else(
    text: str, joined: bool
) -> None:
    a = analyze(text)
    full = next(e for e in a.entities if e.type == "PERSON" and e.name.endswith(" Trump"))
    bare = [m for m in a.mentions if m.text == "Trump"]
    assert bare and all((m.entity == full.key) is joined for m in bare)


@pytest.mark.parametrize(
    ("words", "ents", "type_"),
    [
        # one stray PERSON reading among several ORG readings of the same word: the body
        ("Falcons met Falcons and Falcons by Falcons",
         "B-PERSON O B-ORG O B-ORG O B-ORG", "ORG"),
        ("Falcons met Falcons and Falcons by Falcons",
         "B-ORG O B-ORG O B-PERSON O B-ORG", "ORG"),
        # negative controls: as many PERSON readings as body readings, the person stands
        ("Okafor met Okafor and Okafor by Okafor",
         "B-PERSON O B-ORG O B-PERSON O B-ORG", "PERSON"),
        # a known first name is a person's whatever the recogniser mostly says
        ("Ivanka met Ivanka and Ivanka by Ivanka",
         "B-PERSON O B-ORG O B-ORG O B-ORG", "PERSON"),
        # the surname of a person named in full stays that person
        ("Daniel Okafor met Okafor and Okafor by Okafor",
         "B-PERSON I-PERSON O B-ORG O B-ORG O B-ORG", "PERSON"),
    ],
)  # fmt: skip
def test_entities_a_stray_person_reading_of_a_body_joins_the_body(
    words: str, ents: str, type_: str
) -> None:
    """A one-word name the recogniser reads as a body at most of its mentions and as a person
    at one ("the Falcons" once typed PERSON) is the body: a stray PERSON reading no longer
    pulls every body mention into a person."""
    resolver = _resolved(words, ents)
    resolver.merge_surnames()
    last = len(words.split()) - 1
    [mention] = [m for m in resolver.mentions if m.start == last]
    assert mention.cluster.type == type_
    assert len({id(m.cluster) for m in resolver.mentions if m.end - m.start == 1}) == 1


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Secretary of State Ana Ruiz said the talks would continue.",
         "Ana Ruiz", "Secretary of State"),
        ("Defence Minister Olu Bade told reporters the troops would stay.",
         "Olu Bade", "Defence Minister"),
        ("Minister of Health Carla Mendes said the clinics would open.",
         "Carla Mendes", "Minister of Health"),
    ],
)  # fmt: skip
def test_entities_a_portfolio_in_a_title_is_no_body(text: str, person: str, title: str) -> None:
    """The portfolio of an office ("State" of "Secretary of State", "Defence" of "Defence
    Minister": ``portfolio_words.tsv``) is part of the holder's title, not a body, and the
    holder is a person titled so."""
    a = analyze(text)
    holder = _entity(a, person)
    assert holder.type == "PERSON"
    assert title in holder.aliases
    assert [e.name for e in a.entities if e.type != "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body's own name before an office stays a body
        ("Acme Corp CEO Ana Ruiz said the plant would reopen.", "Acme Corp"),
        # a portfolio word that is the whole name of a body, away from any office
        ("Reporters met officials of the Treasury Department on Monday.", "Treasury Department"),
    ],
)
def test_entities_a_body_before_an_office_stays_a_body(text: str, body: str) -> None:
    a = analyze(text)
    assert body in {e.name for e in a.entities if e.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "building", "person", "count"),
    [
        ("Protesters gathered outside Marlowe's Tower on Fifth Avenue on Sunday.",
         "Marlowe's Tower", None, 0),
        ("Tom Marlowe said Marlowe's Tower would reopen next year.",
         "Marlowe's Tower", "Tom Marlowe", 1),
        # negative controls: a person named in full owns it, a lower-case noun is no name
        ("Fans visited Mayor Ana Ruiz's Tower on Monday.", None, "Ana Ruiz", 1),
        ("Tom Marlowe said Marlowe's tower would reopen next year.", None, "Tom Marlowe", 2),
    ],
)  # fmt: skip
def test_entities_a_possessive_building_name_is_a_facility(
    text: str, building: str | None, person: str | None, count: int
) -> None:
    """A one-word name, a possessive and capitalised words ending in a building's or
    venue's word ("Marlowe's Tower": the FAC heads of ``place_heads.tsv``) name a facility,
    as a business's word does ("Kelly's Place"): never a person "Tower", nor a mention of
    the person of that name."""
    a = analyze(text)
    names = {e.name: e.type for e in a.entities}
    if building is not None:
        assert names.get(building) == "FAC"
    assert "Tower" not in names
    people = [e for e in a.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ([person] if person else [])
    if person:
        assert len(_mentions(a, people[0].key)) == count


def test_entities_a_handle_after_a_name_is_that_persons() -> None:
    """ "Dana Whitby (@dwhitby)": the account in brackets right after a person's name is an
    alias of that person, never a body or a place of its own."""
    a = analyze(
        "What a night for the city. -- Dana Whitby (@dwhitby) November 3, 2016 "
        "I can't believe it. -- Marco Bellis (@MarcoBellis) November 3, 2016"
    )
    dana = _entity(a, "Dana Whitby")
    assert "@dwhitby" in _mentions(a, dana.key)
    assert "@dwhitby" in dana.aliases
    assert [e.name for e in a.entities if e.type != "PERSON"] == []


def test_entities_a_handle_alone_is_left_as_read() -> None:
    """Negative control: a body's account named on its own keeps the recogniser's reading."""
    a = analyze("Fans wrote to @AcmeFoods on Monday, and the company answered on Tuesday.")
    assert all(e.type != "PERSON" for e in a.entities if e.name.startswith("@"))


@pytest.mark.parametrize(
    ("words", "ents", "kept"),
    [
        # an account's handle is never a place
        ("wrote Fern ( @pollyfern )", "O O O B-GPE O", []),
        ("wrote Fern ( @pollyfern )", "O O O B-LOC O", []),
        # negative controls: a body's handle, a place's name
        ("wrote Fern ( @pollyfern )", "O O O B-ORG O", ["@pollyfern"]),
        ("wrote Fern ( Valmora )", "O O O B-GPE O", ["Valmora"]),
    ],
)  # fmt: skip
def test_entities_a_handle_is_no_place(words: str, ents: str, kept: list[str]) -> None:
    resolver = _resolved(words, ents)
    assert [m.cluster.name for m in resolver.mentions] == kept


@pytest.mark.parametrize(
    ("words", "ents", "kept"),
    [
        # a word the recogniser reads as a person here and a place there, that nothing makes a
        # person, is neither: no actor's or place's mention (a topic's: ``resolver.topics``)
        ("Zorbex met Zorbex and Zorbex", "B-PERSON O B-GPE O B-PERSON", []),
        # negative controls: a known first name, the surname of a person named in full, a
        # word read as a person alone
        ("Ivanka met Ivanka and Ivanka", "B-PERSON O B-GPE O B-PERSON", ["Ivanka"] * 3),
        ("Daniel Zorbex met Zorbex and Zorbex", "B-PERSON I-PERSON O B-GPE O B-PERSON",
         ["Daniel Zorbex"] * 3),
        ("Zorbex met Zorbex and Zorbex", "B-PERSON O O O B-PERSON", ["Zorbex"] * 3),
    ],
)  # fmt: skip
def test_entities_a_word_read_as_person_and_place_is_neither(
    words: str, ents: str, kept: list[str]
) -> None:
    """ "Brexit"-like words: the recogniser reads the same one word as a PERSON at one
    mention and a GPE at another, and nothing (a first name, a title, a full name) says it is
    a person; a wrong person is worse than none, so it is no person and no place (it is a
    topic, ``test_entities_a_word_read_as_person_and_place_is_a_topic``)."""
    resolver = _resolved(words, ents)
    resolver.add_alias_mentions()
    resolver.merge_surnames()
    assert [m.cluster.name for m in sorted(resolver.mentions, key=lambda m: m.start)] == kept


@pytest.mark.parametrize(
    ("words", "ents", "topics"),
    [
        # a made-up referendum's name the recogniser reads as a person here and a place there
        # (GPE or LOC), that nothing makes a person: one topic, all its mentions
        ("Quellvote met Quellvote and Quellvote", "B-PERSON O B-GPE O B-PERSON",
         ["Quellvote"] * 3),
        ("Quellvote met Quellvote and Quellvote", "B-LOC O B-PERSON O B-PERSON",
         ["Quellvote"] * 3),
        # negative controls: a known first name, the surname of a person named in full, a
        # title, a word read as a person alone, a place the gazetteer knows
        ("Ivanka met Ivanka and Ivanka", "B-PERSON O B-GPE O B-PERSON", []),
        ("Daniel Quellvote met Quellvote and Quellvote",
         "B-PERSON I-PERSON O B-GPE O B-PERSON", []),
        ("Mr Halvorsen met Halvorsen and Halvorsen", "B-PERSON I-PERSON O B-GPE O B-PERSON", []),
        ("Quellvote met Quellvote and Quellvote", "B-PERSON O O O B-PERSON", []),
        ("Peru met Peru and Peru", "B-PERSON O B-GPE O B-PERSON", []),
    ],
)  # fmt: skip
def test_entities_a_word_read_as_person_and_place_is_a_topic(
    words: str, ents: str, topics: list[str]
) -> None:
    """ "Brexit"-like words are no person and no place, but claims are about them: their
    mentions are one entity of ``TOPIC_TYPE``, kept apart from the mentions the later stages
    read (so never a speaker, a place or a person)."""
    resolver = _resolved(words, ents)
    resolver.add_alias_mentions()
    resolver.merge_surnames()
    found = sorted(resolver.topics, key=lambda m: m.start)
    assert [(m.cluster.name, m.cluster.type) for m in found] == [(t, TOPIC_TYPE) for t in topics]
    kept = {resolver.doc[m.start : m.end].text for m in resolver.mentions}
    assert not kept & set(topics), "a topic's mention is no actor's or place's"


@pytest.mark.parametrize("name", ["Peru", "Ivanka", "Halvorsen"])
def test_entities_a_name_that_is_no_topic_keeps_its_mentions(name: str) -> None:
    """Controls: a place the gazetteer knows, a known first name, a surname given a title,
    each read as a person here and a place there, keep all their mentions (no topic, none
    dropped)."""
    title = "Mr " if name == "Halvorsen" else ""
    words = f"{title}{name} met {name} and {name}"
    ents = ("B-PERSON I-PERSON " if title else "B-PERSON ") + "O B-GPE O B-PERSON"
    resolver = _resolved(words, ents)
    resolver.add_alias_mentions()
    resolver.merge_surnames()
    assert resolver.topics == []
    assert len(resolver.mentions) == 3


@pytest.mark.parametrize(
    ("pronoun", "topics"),
    [
        # control: "he" in the clause of the name's verb makes it a person
        ("he", []),
        ("she", []),
        # without the pronoun nothing does: a topic
        ("it", ["Halvorsen"] * 2),
    ],
)
def test_entities_a_surname_read_as_a_place_too_with_a_pronoun_is_a_person(
    pronoun: str, topics: list[str]
) -> None:
    """ "Halvorsen resigned because he was ill. Fans in Halvorsen wept": a surname the
    recogniser also reads as a place is still a person when a personal pronoun is the
    subject of its verb's clause (``_person_evidence``)."""
    resolver = _parsed(f"""
Halvorsen 1 nsubj Halvorsen B-PERSON
resigned 1 ROOT resign O
because 4 mark because O
{pronoun} 4 nsubj {pronoun} O
was 1 advcl be O
ill 4 acomp ill O
. 1 punct . O
Fans 10 nsubj fan O
in 7 prep in O
Halvorsen 8 pobj Halvorsen B-GPE
wept 10 ROOT weep O
""")
    resolver.add_alias_mentions()
    resolver.merge_surnames()
    assert [m.cluster.name for m in resolver.topics] == topics
    if not topics:
        assert "PERSON" in {m.cluster.type for m in resolver.mentions}


@pytest.mark.parametrize(
    ("before", "topics"),
    [
        # "Prices of Quellvote rose, owing to Quellvote": a topic
        ("owing", ["Quellvote"] * 2),
        # "..., according to Quellvote": the word speaks (an outlet), so it is no topic, and
        # no person or place either: no entity
        ("according", []),
    ],
)
def test_entities_a_word_that_speaks_is_no_topic(before: str, topics: list[str]) -> None:
    resolver = _parsed(f"""
Quellvote 1 nsubj Quellvote B-PERSON
rose 1 ROOT rise O
, 1 punct , O
{before} 1 prep {before} O
to 3 prep to O
Quellvote 4 pobj Quellvote B-GPE
""")
    resolver.add_alias_mentions()
    resolver.merge_surnames()
    assert [m.cluster.name for m in resolver.topics] == topics
    assert resolver.mentions == []


@pytest.mark.parametrize(
    ("words", "ents", "topics", "kept"),
    [
        # "near Carrowby" beside "Carrowby Field": the facility's short name, no topic
        ("Carrowby met Carrowby near Carrowby Field", "B-PERSON O B-GPE O B-FAC I-FAC", [],
         ["Carrowby Field"]),
        # control: no facility opens with it, a topic
        ("Carrowby met Carrowby near Tarn Field", "B-PERSON O B-GPE O B-FAC I-FAC",
         ["Carrowby"] * 2, ["Tarn Field"]),
    ],
)  # fmt: skip
def test_entities_a_facility_short_name_is_no_topic(
    words: str, ents: str, topics: list[str], kept: list[str]
) -> None:
    resolver = _resolved(words, ents)
    resolver.add_alias_mentions()
    resolver.merge_surnames()
    assert [m.cluster.name for m in resolver.topics] == topics
    assert [m.cluster.name for m in resolver.mentions] == kept


@pytest.mark.parametrize(
    ("rows", "name", "type_"),
    [
        # a role noun for a person right before the name: "Hawks fan Karen Vossberg"
        ("""
Hawks 1 compound Hawks B-ORG
fan 3 compound fan O
Karen 3 compound Karen B-ORG
Vossberg 4 nsubj Vossberg I-ORG
wept 4 ROOT weep O
""", "Karen Vossberg", "PERSON"),
        # coordinated with a person: "Ana Ruiz and Karen Vossberg"
        ("""
Ana 1 compound Ana B-PERSON
Ruiz 5 nsubj Ruiz I-PERSON
and 1 cc and O
Karen 4 compound Karen B-ORG
Vossberg 1 conj Vossberg I-ORG
wept 5 ROOT weep O
""", "Karen Vossberg", "PERSON"),
        # negative controls: nothing says a person; no person's name ("Morgan Stanley")
        ("""
Karen 1 compound Karen B-ORG
Vossberg 2 nsubj Vossberg I-ORG
wept 2 ROOT weep O
""", "Karen Vossberg", "ORG"),
        ("""
Hawks 1 compound Hawks B-ORG
fan 3 compound fan O
Morgan 3 compound Morgan B-ORG
Stanley 4 nsubj Stanley I-ORG
wept 4 ROOT weep O
""", "Morgan Stanley", "ORG"),
    ],
)  # fmt: skip
def test_entities_a_person_shaped_body_the_text_calls_a_person_is_one(
    rows: str, name: str, type_: str
) -> None:
    """A name typed ORG that reads as a person's (``speakers.person_shaped``) is a person
    where the text says so: a noun for a person right before it ("fan", "infielder") or a
    person's name coordinated with it."""
    resolver = _parsed(rows)
    [cluster] = [m.cluster for m in resolver.mentions if m.cluster.name == name]
    assert cluster.type == type_


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks beat the Kenyans on Sunday. Kenyans manager Otto Brandt said the loss hurt.",
        "Otto Brandt kept the Kenyans' hopes alive, said Kenyans fan Mara Holt.",
    ],
)
def test_entities_a_plural_demonym_as_a_modifier_is_not_the_country(text: str) -> None:
    """ "Kenyans manager", "the Kenyans' hopes": a demonym in the plural is a people or a
    team of that name, even as a modifier; only the adjective ("Kenyan officials") stands
    for the country."""
    a = analyze(text)
    assert "Kenya" not in {e.name for e in a.entities}


def test_entities_a_singular_demonym_as_a_modifier_is_still_the_country() -> None:
    """Negative control: the adjective joins its country."""
    a = analyze("Kenyan officials said the talks would go on. Kenyan farmers agreed.")
    assert "Kenya" in {e.name for e in a.entities if e.type == "GPE"}


@pytest.mark.parametrize(
    ("words", "ents", "name", "type_"),
    [
        # a body named after its place ("Denver Hawks"): its short name is that body
        ("Denver Hawks met Hawks", "B-ORG I-ORG O B-PERSON", "Denver Hawks", "ORG"),
        ("Denver Hawks met the Hawks", "B-ORG I-ORG O O B-NORP", "Denver Hawks", "ORG"),
        ("Denver Hawks met Hawks", "B-ORG I-ORG O B-ORG", "Denver Hawks", "ORG"),
        # negative controls: a person named in full holds the word; no place opens the body
        ("Denver Hawks met Daniel Hawks and Hawks",
         "B-ORG I-ORG O B-PERSON I-PERSON O B-PERSON", "Daniel Hawks", "PERSON"),
        ("Acme Hawks met Hawks", "B-ORG I-ORG O B-PERSON", "Hawks", "PERSON"),
        # a people written bare ("Indians from three tribes said"): the people, not the team
        ("Denver Hawks met Hawks", "B-ORG I-ORG O B-NORP", "Hawks", "NORP"),
        ("Denver Hawks met many Hawks", "B-ORG I-ORG O O B-NORP", "Hawks", "NORP"),
    ],
)  # fmt: skip
def test_entities_a_short_name_of_a_body_named_after_its_place_is_that_body(
    words: str, ents: str, name: str, type_: str
) -> None:
    """ "the Hawks" after "Denver Hawks": the words of a body's name after the place that
    opens it, written alone, are that body (a team, a paper), never a person, a people or a
    second body."""
    resolver = _resolved(words, ents)
    resolver.merge_surnames()
    resolver.merge_short_bodies()
    last = max(resolver.mentions, key=lambda m: m.start)
    assert (last.cluster.name, last.cluster.type) == (name, type_)


def test_entities_a_people_word_as_a_modifier_is_the_body_named_after_its_place() -> None:
    """ "Hawks manager" after "Denver Hawks": a people's word hung on a noun as its modifier
    is the body's short name, as "the Hawks" is (a bare "Hawks said" is the people)."""
    resolver = _parsed("""
Denver 1 compound Denver B-ORG
Hawks 2 nsubj Hawks I-ORG
met 2 ROOT meet O
Hawks 4 compound Hawks B-NORP
manager 2 dobj manager O
""")
    resolver.merge_surnames()
    resolver.merge_short_bodies()
    last = max(resolver.mentions, key=lambda m: m.start)
    assert (last.cluster.name, last.cluster.type) == ("Denver Hawks", "ORG")
