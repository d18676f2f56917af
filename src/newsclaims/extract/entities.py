"""Entity stage: named-entity mentions clustered into one entity per actor within an article.

Rules, each general and measured by ``newsclaims eval example``:

* mentions come from spaCy's NER for actor labels; a leading "the" and a trailing possessive
  are trimmed; a place followed by "region", "province", ... becomes that LOC ("Kursk region");
* a name right after "titled", "called", ... names a work, not an actor, and is skipped;
* a parenthesised acronym after a name ("Korean Central News Agency (KCNA)") is an alias;
* a shorter person name whose words all occur in a longer one ("Kim" in "Kim Jong Un") joins
  the most recent such person;
* a demonym used as an adjective joins its country when the country is named or known
  ("North Korean" -> North Korea); other adjectival NORPs ("Western") are not entities;
* a capital used as the subject of a verb is its government ("Pyongyang ... denied");
* every alias is then searched for in the rest of the text, so a name NER missed still counts.

Output: ``doc.spans["newsclaims_entities"]`` (label = entity key) and
``doc._.newsclaims_entities`` (key -> ``Entity``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import LOWER, ORTH, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from newsclaims import settings
from newsclaims.extract import gazetteer, speakers
from newsclaims.extract.guard import guarded
from newsclaims.extract.spans import doc_text, token_ends, token_starts
from newsclaims.lexicons import (
    calendar_words,
    first_name_gender,
    holds_office,
    medium_words,
    month_names,
    non_actor_nouns,
    office_suffixes,
    one_gender,
    org_suffixes,
    place_head_types,
    place_name_words,
    place_prepositions,
    read_table,
    read_words,
    speaker_words,
    time_part_nouns,
    word_genders,
)
from newsclaims.model import TOPIC_TYPE, Entity
from newsclaims.names import POSSESSIVE, normalise

#: NER labels that name actors or places (GROUP: a family, "the Obamas").
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "GROUP"})

#: Labels NER sometimes gives to places; a following region word makes them LOC.
REGION_WORDS = frozenset({"region", "province", "oblast", "county", "district", "prefecture"})

#: Words after which a capitalised name is a title of a work, not an actor.
TITLE_MARKERS = frozenset({"titled", "entitled", "called", "dubbed", "named"})

#: Dependency labels of an adjectival use ("Western intelligence").
ADJECTIVAL_DEPS = frozenset({"amod", "compound", "poss"})


_POSSESSIVE = POSSESSIVE

#: Quotation marks: a pronoun past one may be a quoted speaker's, not the narration's.
_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


@dataclass
class _Cluster:
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return f"{self.type}:{normalise(self.name)}"


@dataclass
class _Mention:
    """A named mention's token range and its cluster. The resolver moves a mention to
    another cluster through ``EntityResolver._move`` alone, which tells its ``_PeopleIndex``."""

    start: int  # token index
    end: int
    cluster: _Cluster


class _PeopleIndex:
    """The mentions of PERSON clusters by the words of their cluster's name, each word's
    grouped by cluster in the order of the resolver's mention list: which earlier people a
    name can refer to is read from the clusters holding one of its words, not from every
    earlier mention (``EntityResolver._person_cluster`` asks it for each person's mention).
    Mentions added since the last look are indexed then; a mention of this resolver moved to
    another cluster (``moved``, told by ``EntityResolver._move``) makes it start over, and
    no other document's moves do. A cluster's name, which its words come from, changes only
    in ``EntityResolver.finish``."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.mentions = mentions
        self.indexed = 0
        self.stale = False
        """Whether a mention moved to another cluster since the index was built."""
        # word -> id of cluster -> (cluster, [(position in the mention list, start)])
        self.by_word: dict[str, dict[int, tuple[_Cluster, list[tuple[int, int]]]]] = {}

    def moved(self) -> None:
        """A mention of the list was moved to another cluster: start over at the next look."""
        self.stale = True

    def _update(self) -> None:
        if self.stale:
            self.by_word.clear()
            self.indexed, self.stale = 0, False
        for k in range(self.indexed, len(self.mentions)):
            mention = self.mentions[k]
            c = mention.cluster
            if c.type != "PERSON":
                continue
            for word in _name_words(c.name):
                group = self.by_word.setdefault(word, {}).setdefault(id(c), (c, []))
                group[1].append((k, mention.start))
        self.indexed = len(self.mentions)

    def before(self, words: frozenset[str], at: int) -> list[_Cluster]:
        """The PERSON clusters whose name holds one of ``words`` (all clusters when
        ``words`` is empty) and that have a mention starting before token ``at``, in the
        order of their first such mention in the mention list."""
        if not words:
            seen: dict[int, _Cluster] = {}
            for mention in self.mentions:
                c = mention.cluster
                if c.type == "PERSON" and mention.start < at:
                    seen.setdefault(id(c), c)
            return list(seen.values())
        self._update()
        groups = min((self.by_word.get(w, {}) for w in words), key=len)
        found = []
        for c, entries in groups.values():
            for k, start in entries:
                if start < at:
                    found.append((k, c))
                    break
        if len(found) > 1:
            found.sort(key=lambda f: f[0])
        return [c for _, c in found]


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading determiner and a trailing possessive token from a token range."""
    while start < end - 1 and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


#: Tags that end a person's name: a verb, adverb or common noun after it is a headline's
#: words run into the name ("Ted Cruz Refuses", "Trump May Not Have Suggested").
NOT_NAME_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "RB", "NN", "NNS"})


#: Auxiliaries a headline capitalises, tagged as names before a verb ("Trump May Not").
HEADLINE_AUXILIARIES = frozenset(
    "may will can must should would could might has have had is are was were does did".split()
)


@cache
def platform_words() -> frozenset[str]:
    """Platform and medium words a caption puts before a name (``platform_words.tsv``)."""
    return speakers.platform_words()


@cache
def name_suffixes() -> frozenset[str]:
    """Generational suffixes ending a name, never its surname (``name_suffixes.tsv``)."""
    return speakers.name_suffixes()


@cache
def of_offices() -> frozenset[str]:
    """Offices written before "of" and the body or place they are held in ("Mayor of
    Denver"): ``of_offices.tsv``."""
    return read_words(Path(__file__).parent / "data" / "of_offices.tsv")


@cache
def business_heads() -> frozenset[str]:
    """Nouns for a shop, bar or eating place (``business_heads.tsv``: "place", "tavern")."""
    return read_words(Path(__file__).parent / "data" / "business_heads.tsv")


@cache
def portfolio_words() -> frozenset[str]:
    """Words of an office's portfolio ("State", "Defence", "Foreign Affairs"):
    ``portfolio_words.tsv``."""
    return read_words(Path(__file__).parent / "data" / "portfolio_words.tsv")


def _unsuffixed(name: str) -> list[str]:
    """A person's name's words without the generational suffixes that end it ("Brent Bozell
    III" -> Brent, Bozell): its last word is then its surname."""
    words = name.split()
    while words and words[-1].lower().rstrip(".,") in name_suffixes():
        words.pop()
    return words


def _platform_trim(doc: Doc, start: int, end: int, label: str) -> int:
    """The start of a person's name after the platform or medium words a caption ran into
    it ("Instagram Lady Gaga" -> "Lady Gaga"), and the spaces after them; the name keeps at
    least one word."""
    if label != "PERSON":
        return start
    cut = start
    while cut < end - 1 and (doc[cut].lower_ in platform_words() or doc[cut].is_space):
        cut += 1
    while cut < end - 1 and doc[cut].is_space:
        cut += 1
    return cut if cut > start and not doc[cut].is_space else start


def _name_end(doc: Doc, start: int, end: int, label: str) -> int:
    """The end of a person's name in a tagged span: before its first word (after the first)
    that is a verb, an adverb or a common noun, or an inflected verb of speech in title case
    after the name's first and last word (a headline: ``speakers.speech_verb_form``), and the
    auxiliaries right before it."""
    if label != "PERSON":
        return end
    # a headline's verb in title case, tagged a name ("Ana Ruiz Slams Plan"), ends it too,
    # past a first name and a surname (or past one word that is no known first name)
    first = 1 if first_name_gender(doc[start].text) is None else 2
    cut = next(
        (
            i
            for i in range(start + 1, end)
            if doc[i].tag_ in NOT_NAME_TAGS
            or (
                i - start >= first
                and doc[i].text.istitle()
                and speakers.speech_verb_form(doc[i].text)
            )
        ),
        end,
    )
    if cut == end:
        return end
    while cut - 1 > start and doc[cut - 1].lower_ in HEADLINE_AUXILIARIES:
        cut -= 1
    return cut


def facility_type(name: str) -> str | None:
    """The type of a name the recogniser typed PERSON that ends in a building's, venue's or
    institution's word ("Trump Tower", "Wrigley Field": FAC; "Valmora University": ORG, by
    ``place_heads.tsv``); None for a person. A name opening with a known first name is a
    person whatever its last word ("Daniel Hall", "Lisa Park"), and so is one opening with
    a personal title ("Mr. Hall") or whose last word follows two or more words that read as
    given names ("Chan Ho Park": ``_given_name_like``). What the text says of the name (it
    speaks, a pronoun stands for it) is weighed by the resolver (``person_evidence``)."""
    words = name.split()
    if len(words) < 2:
        return None
    found = place_head_types().get(words[-1].lower().rstrip("."))
    if found is None or first_name_gender(words[0]) is not None:
        return None
    if words[0].lower().rstrip(".") in speakers.person_titles():
        return None  # "Mr. Hall", "Senator Park"
    if len(words) >= 3 and all(_given_name_like(w) for w in words[:-1]):
        return None  # "Chan Ho Park"
    return found


def _left_out_given_name(doc: Doc, start: int, end: int, label: str) -> int:
    """The start of a one-word person's name whose given name the tagger left out ("Ivy" of
    "Ivy Vance" tagged "Vance"): the capitalised word right before it, on the same line and
    in no other name, when it is a known first name and no title. Without it the bare surname
    joined the one person named in full with another given name ("Donald Vance")."""
    if label != "PERSON" or end - start != 1 or start == 0:
        return start
    before = doc[start - 1]
    if before.ent_type_ or not _given_name_before(before):
        return start
    return start - 1


def _given_name_before(token: Token) -> bool:
    """Whether ``token``, right before a surname, reads as a given name: a proper noun, no
    stop word, followed by a plain space, and a known first name (``known_first_name``), in
    no date, time or place and no month or day ("In March Vance", "Last August Vance":
    ``lexicons.calendar_words``)."""
    return (
        token.pos_ == "PROPN"
        and not token.is_stop
        and token.whitespace_ == " "
        and token.ent_type_ not in ("DATE", "TIME", "GPE")
        and token.lower_ not in calendar_words()
        and speakers.known_first_name(token.text)
    )


def _given_name_like(word: str) -> bool:
    """Whether a word of a name reads as a given name: capitalised, letters only, and no
    place's word (``place_heads.tsv``, ``place_name_words.tsv``: "New", "Square"). The
    gazetteer is not asked: short given names are towns too ("Ho")."""
    if not (word[:1].isupper() and word.isalpha() and word[1:].islower()):
        return False
    lower = word.lower()
    return lower not in place_head_types() and lower not in place_name_words()


@lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> frozenset[str]:
    """The words of a normalised name, as a set ("Kim" is among those of "Kim Jong Un")."""
    return frozenset(normalise(name).split())


def _undoubled_end(doc: Doc, start: int, end: int, label: str) -> int:
    """The end of a person's name that the recogniser read twice in a row ("Verstappen
    Verstappen", a caption's name run into the sentence that names him again): the first
    copy (the second is found again as a mention of its own)."""
    if label != "PERSON":
        return end
    words = [i for i in range(start, end) if not doc[i].is_space]
    half = len(words) // 2
    if half == 0 or len(words) % 2:
        return end
    if [doc[i].text for i in words[:half]] != [doc[i].text for i in words[half:]]:
        return end
    return words[half - 1] + 1


def _doubled_credit_start(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """The start and label of a name the recogniser read with the words before a person's
    name written twice ("Bay Lines Lena Varko Lena Varko", "Westmoor Lena Varko Lena
    Varko": a pull quote's last words run into its credit when the crawl lost the line
    break): the name is the doubled one, a person's (``speakers.person_shaped``), from its
    first copy (``_undoubled_end`` keeps that copy); the words before it are left out (no
    telling what they name). Any other name is kept as read."""
    words = [doc[i] for i in range(start, end) if not doc[i].is_space]
    size = speakers.doubled_person([t.text for t in words], before=1)
    return (words[-2 * size].i, "PERSON") if size else (start, label)


@cache
def _no_person_heads() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The nouns and endings of nouns that name no person (``title_heads.tsv``, with the
    nouns of time, months, media and pictures of the other lexicons), and the nouns for a
    person with one of those endings."""
    rows = read_table(Path(__file__).parent / "data" / "title_heads.tsv", 2)
    words = (
        frozenset(w for w, kind in rows if kind == "thing")
        | non_actor_nouns()
        | time_part_nouns()
        | frozenset(month_names())
        | medium_words()
        | speakers.platform_words()
    )
    endings = tuple(w for w, kind in rows if kind == "ending")
    return words, endings, frozenset(w for w, kind in rows if kind == "person")


def no_person_head(word: str) -> bool:
    """Whether a noun names no person, so that words before a name ending in it are no title
    ("agenda", "summer", "images", "January", "agreement", a verb's "-ing" form); any other
    noun may end a title ("CEO", "chef", "tycoon", "Tory", "sibling")."""
    lower = word.lower().rstrip(".")
    words, endings, people = _no_person_heads()
    singular = lower[:-1] if lower.endswith("s") else lower
    if lower in people or singular in people:
        return False
    if lower in words or singular in words:
        return True
    return any(lower.endswith(e) and len(lower) > len(e) + 1 for e in endings)


def _person_word(word: str) -> bool:
    """Whether a word of a title says what a person is: ``speakers.person_noun`` or a
    ``person`` row of ``title_heads.tsv`` ("CEO", "MP", "tycoon")."""
    lower = word.lower().rstrip(".")
    people = _no_person_heads()[2]
    singular = lower[:-1] if lower.endswith("s") else lower
    return speakers.person_noun(word) or lower in people or singular in people


def _office_compound(doc: Doc, j: int, start: int) -> bool:
    """Whether the words before a name end in an office and a suffix of office, hyphenated
    or not ("President-elect", "President Elect", "Prime Minister-designate":
    ``office_suffixes.tsv``)."""
    words = [t.lower_ for t in doc[j:start] if t.text != "-"]
    return len(words) > 1 and words[-1] in office_suffixes() and not no_person_head(words[-2])


#: Tags of a word that is no noun though the parser made it a name's modifier ("braver",
#: "mocking").
_NOT_NOUN_TAGS = frozenset({"JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB"})


def _caps_heading(words: Span) -> bool:
    """Whether words in capitals before a name are a heading run into it rather than
    acronyms ("UK PM", "NFL MVP", "GOP Rep."): two or more words in capitals, one of them a
    long word (five letters or more) or a function word of three letters or more."""
    caps = [t for t in words if t.is_alpha and len(t) > 1 and t.text.isupper()]
    return len(caps) > 1 and any(len(t) > 4 or (t.is_stop and len(t) > 2) for t in caps)


def _kept_title(doc: Doc, j: int, start: int, end: int) -> str | None:
    """The title alias of the words ``doc[j:start]`` before a person's name ``doc[start:end]``,
    or None when they are no title of that person.

    Words the parser hangs on a name as its modifiers are its title by default ("Apple CEO",
    "Labour MP", "murder suspect", "Former Fed chair"), except when:
    - the last of them is no noun (an adjective, a superlative, an adverb or a verb the parse
      made a modifier: "a shy Ana Ruiz", "the fastest being Ana Ruiz's lap"), unless it is a
      suffix of office ("President-elect");
    - the last of them is a noun that names no person (``no_person_head``: a thing, an event,
      a time, a picture: "the budget plan Ana Ruiz drafted", a photo credit);
    - the last of them is a proper noun and none of them says what a person is
      (``_person_word``: "the Apple Watch Ana Ruiz unveiled", but "Labour MP", "UK PM");
    - they are cut out of a hyphenated word ("a 40-year-old trainee" read from "year");
    - a line break parts them from the name (the last line of a byline or a caption);
    - they repeat a word, or hold a heading in capitals where the name is not (a caption's
      heading run into the name; acronyms are kept: ``_caps_heading``).
    A form of address after other words is kept alone ("a tired Ms Ruiz" -> "Ms":
    the ``address`` words of ``person_roles.tsv``)."""
    words = doc[j:start]
    head = doc[start - 1]
    if head.lower_.rstrip(".") in speakers.address_words():
        return head.text
    if not _office_compound(doc, j, start) and (
        head.tag_ in _NOT_NOUN_TAGS or no_person_head(head.text)
    ):
        return None  # an adjective or a verb; a noun for no one
    if head.pos_ == "PROPN" and not any(_person_word(t.text) for t in words):
        return None  # a thing's proper name: "the Apple Watch Tim Cook unveiled"
    if j > 0 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_:
        return None  # the end of a hyphenated word cut in two
    if any("\n" in t.text or "\n" in t.whitespace_ for t in words):
        return None  # a byline's or caption's line run into the name
    lowers = [t.lower_ for t in words if t.is_alpha]
    if len(set(lowers)) < len(lowers):
        return None  # a word said twice: a caption run into the name
    if not doc[start:end].text.isupper() and _caps_heading(words):
        return None  # a heading in capitals run into the name
    return words.text


def _ungendered_title(word: str) -> bool:
    """Whether a lower-cased title or office word ("dr", "senator") says what a person is
    (``speakers.person_roles``/``person_titles``) and gives no gender ("mrs" does): the kind
    of title that may tell a full name from a relative told by its bare surname."""
    return (word in speakers.person_roles() or word in speakers.person_titles()) and one_gender(
        word_genders([word], pronouns=False)
    ) is None


class EntityResolver:
    """Clusters the named mentions of one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents: Sequence[Span] = doc.ents
        """The recogniser's names, made once (each ``doc.ents`` builds a span per name)."""
        self.clusters: dict[str, _Cluster] = {}
        #: the keys of the surnames alone split off on purpose from a person named in full
        #: (``split_bare_of_other_gender``, ``split_told_kin``): ``Entity.apart``
        self.apart: set[str] = set()
        self.mentions: list[_Mention] = []
        self.people = _PeopleIndex(self.mentions)
        self.caps_taken: set[int] = set()
        """Tokens of a caption's heading in capitals read as a person (``add_caps_names``)."""
        self.office_titles: dict[int, str] = {}
        """Titles read across a portfolio ("Secretary of State"), by the token their holder's
        name starts at (``_portfolio_title``)."""
        self.credits: set[int] = set()
        """Tokens of the platform words cut off a person's name ("Instagram" of "Instagram
        Lady Gaga"): a caption's credit, which no later pass reads as a mention."""
        self.topics: list[_Mention] = []
        """Mentions of names that are no actor and no place (``TOPIC_TYPE``, "Brexit":
        ``_person_or_place_topics``), kept apart from ``mentions``: no later pass and no
        later stage reads them as a person, a speaker or a place."""
        # the tokens' texts, lower-case forms and parts of speech, read once from the doc's
        # arrays (each pass over the doc makes a Token object per word)
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, LOWER, POS]).T.tolist()
        self.texts: list[str] = [strings[h] for h in columns[0]]
        self.lowers: list[str] = [strings[h] for h in columns[1]]
        self.propn: list[bool] = [p == PROPN for p in columns[2]]
        self.doc_text = doc_text(doc)
        self.starts = token_starts(doc)
        self.ends = token_ends(doc)

    def _text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for a span of one token at least, cut from the doc's text."""
        return self.doc_text[self.starts[start] : self.ends[end - 1]]

    def _place_named(self, c: _Cluster) -> bool:
        """Whether a name clustered as a person ends in a place's or business's word ("Trump
        Tower", ``facility_type``) and the text never treats it as a person
        (``_person_evidence``): no person, so no holder of the surname it starts with."""
        return facility_type(c.name) is not None and not self._person_evidence(c.name)

    def _person_evidence(self, name: str) -> bool:
        """Whether the text treats ``name`` (or its last word alone) as a person at one of
        its mentions typed PERSON (``_people_by_evidence``)."""
        norm = normalise(name)
        words = norm.split()
        return norm in self._people_by_evidence or (
            bool(words) and words[-1] in self._people_by_evidence
        )

    @cached_property
    def _people_by_evidence(self) -> frozenset[str]:
        """The names (normalised) the recogniser typed PERSON that the text treats as a
        person at one mention at least: the subject of a verb of speech ("Chan Ho Park
        said", ``quote_verbs``), after a personal title ("Mr. Hall"), or the subject of a
        verb whose clause a personal pronoun is the subject of ("Kwame Hall said he would
        retire"). Such a name keeps its type whatever its last word (``facility_type``)."""
        lists = speaker_words()
        verbs = lists["quote_verbs"]
        pronouns = lists["male_pronouns"] | lists["female_pronouns"]
        titles = speakers.person_titles()
        found = set()
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            root = ent.root
            verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
            titled = ent.start > 0 and self.lowers[ent.start - 1].rstrip(".") in titles
            spoke = verb is not None and verb.lemma_ in verbs
            referred = verb is not None and any(
                t.lower_ in pronouns and t.dep_ in ("nsubj", "nsubjpass") and t.i > root.i
                for t in verb.subtree
            )
            if titled or spoke or referred:
                found.add(normalise(ent.text))
        return frozenset(found)

    @cached_property
    def _name_ends(self) -> frozenset[str]:
        """The last words of the names the recogniser found ("clinton" of "Hillary Clinton"):
        such a word before another name is a name of its own, not a title."""
        return frozenset(e[-1].lower_ for e in self.ents if e.label_ in _NAMED_LABELS)

    def cluster(self, type_: str, name: str) -> _Cluster:
        """The cluster for a type and name, made when new."""
        key = f"{type_}:{normalise(name)}"
        found = self.clusters.get(key)
        if found is None:
            found = _Cluster(type=type_, name=name)
            self.clusters[key] = found
        return found

    def _move(self, mention: _Mention, cluster: _Cluster) -> None:
        """Give a mention another cluster, and tell the index of people by name
        (``_PeopleIndex``) that what it holds is out of date. Every move goes through here."""
        if id(mention.cluster) != id(cluster):
            mention.cluster = cluster
            self.people.moved()

    def _person_cluster(self, name: str, at: int) -> _Cluster:
        """The person a name refers to: the same full name, or the one person seen before
        whose name holds all its words ("Kim" in "Kim Jong Un"). A name several people share
        ("Trump" after "Donald Trump" and "Melania Trump") joins one of them only when a
        title gives the gender of one holder alone ("Mrs. Trump"); else it stays apart."""
        words = _name_words(name)
        holders: dict[int, _Cluster] = {}
        same: _Cluster | None = None
        # each cluster judged once, in the order of its first mention before ``at``; only
        # one that holds a word of the name can hold them all
        for c in self.people.before(words, at):
            cwords = _name_words(c.name)
            if words == cwords:
                same = same or c
            elif words < cwords and not self._place_named(c):
                holders[id(c)] = c
        if same is not None and (len(words) > 1 or not holders):
            return same
        if same is not None and any(self._cluster_apart(same, c) for c in holders.values()):
            # "President Obama" before "Michelle Obama": someone else; but this mention's own
            # gendered title may name one holder ("Mrs. Obama"): decided mention by mention,
            # so the bare name never holds both a "President" and a "Mrs"
            own = self._own_title_holder(at, holders) or self._carried_title_holder(
                at, holders, same
            )
            if own is not None:
                own.aliases.add(name)
                return own
            return same
        if holders:
            # "Mr. Trump" after "Melania Trump" alone: a title of the other gender is
            # another person, whose first name the article does not give
            holders = self._by_title_gender(at, holders)
        if len(holders) > 1:
            # "President Obama" where only Barack Obama is called President: that one
            holders = self._by_office(at, holders)
        if len(holders) == 1:
            best = next(iter(holders.values()))
            if not self._titled_apart(at, best):
                # a bare name seen before the full name ("Obama" in a headline) is still
                # that person when named so again after it (``merge_surnames``)
                best.aliases.add(name)
                return best
        return same or self.cluster("PERSON", name)

    def _own_title_holder(self, at: int, holders: dict[int, _Cluster]) -> _Cluster | None:
        """The one holder whose first name has the gender of the gendered title right before
        ``at`` ("Mrs." Obama and Michelle Obama), when exactly one has it and the title sets
        them no apart; None when there is no such title or it fits none or several."""
        if at == 0:
            return None
        title = self.lowers[at - 1].rstrip(".")
        wanted = one_gender(word_genders([title], pronouns=False))
        if wanted is None:
            return None
        fitting = [c for c in holders.values() if first_name_gender(c.name.split()[0]) == wanted]
        if len(fitting) != 1 or self._titled_apart(at, fitting[0]):
            return None
        return fitting[0]

    def _carried_title_holder(
        self, at: int, holders: dict[int, _Cluster], same: _Cluster
    ) -> _Cluster | None:
        """The one holder whose full name itself carries the ungendered title or office right
        before ``at`` ("Dr." Marsh after "Dr. Owen Marsh") when the bare name set apart so far
        (``same``: "Mrs. Marsh, his wife,") was never given it: the full name, not the one
        the bare name stood for before. None for a gendered title (``_own_title_holder``),
        or when several holders or the bare name itself carry it."""
        if at == 0:
            return None
        title = self.lowers[at - 1].rstrip(".")
        if not _ungendered_title(title) or holds_office(title, same.titles):
            return None
        carriers = [c for c in holders.values() if holds_office(title, c.titles)]
        return carriers[0] if len(carriers) == 1 else None

    def _by_title_gender(self, at: int, holders: dict[int, _Cluster]) -> dict[int, _Cluster]:
        """The holders whose first name has the gender of the title before ``at`` (all of
        them when the title has none)."""
        if at == 0:
            return holders
        title = self.doc[at - 1].lower_.rstrip(".")
        wanted = one_gender(word_genders([title], pronouns=False))
        if wanted is None:
            return holders
        # one holder of unknown gender is kept: nothing says it is someone else
        fitting = (wanted, None) if len(holders) == 1 else (wanted,)
        return {k: c for k, c in holders.items() if first_name_gender(c.name.split()[0]) in fitting}

    def _by_office(self, at: int, holders: dict[int, _Cluster]) -> dict[int, _Cluster]:
        """The holders given the office or role word before ``at`` ("President" Obama) among
        their own titles, when some are; all of them otherwise."""
        if at == 0:
            return holders
        title = self.lowers[at - 1].rstrip(".")
        if title not in speakers.person_roles():
            return holders
        held = {k: c for k, c in holders.items() if holds_office(title, c.titles)}
        return held or holders

    def _country_cluster(self, country: str) -> _Cluster:
        # a cluster's key holds its normalised name (names change only in ``finish``)
        found = self.clusters.get(f"GPE:{country.lower()}")
        return found if found is not None else self.cluster("GPE", country)

    def _cut_credit(self, start: int, end: int, label: str) -> int:
        """The start of a name after a caption's platform words (``_platform_trim``), which
        are kept as ``credits``; ``end`` (no name) when the name typed PERSON is one such
        word alone ("Instagram" before a name, "Video"): a credit, neither a person nor the
        platform acting there."""
        if label == "PERSON" and end - start == 1 and self.doc[start].lower_ in platform_words():
            self.credits.add(start)
            return end
        trimmed = _platform_trim(self.doc, start, end, label)
        self.credits.update(range(start, trimmed))
        return trimmed

    def add_ent(self, ent: Span) -> None:
        """Place one NER entity in a cluster, or skip it when it is not an actor. A name of a
        body and a person joined by "of" ("Red Bull of Max Verstappen", "Felipe Nasr of
        Sauber") is read as the two names it holds (``_of_parts``)."""
        doc = self.doc
        label = ent.label_
        start, end = ent.start, ent.end
        if self.caps_taken.intersection(range(start, end)):
            return  # a caption's heading already read as a person (``add_caps_names``)
        bracket = next((i for i in range(start, end) if self.texts[i] == "("), None)
        if bracket is not None:
            end = bracket  # "World Health Organization (WHO": the acronym is read below
        if self._bracketed_handle(start) is not None:
            return  # "Dana Whitby (@dwhitby)": her account (``add_handles``)
        if label in _PLACE_LABELS and self.texts[start][:1] == "@":
            return  # an account's handle is never a place
        start, end = _trim(doc, start, self._owner_end(start, end))
        if label in ("ORG", "NORP", "GPE", "LOC") and self._portfolio_title(start, end):
            return  # "State" of "Secretary of State Ana Ruiz": her title, no body
        if label in ("ORG", "NORP") and self._titled_given_name_before(start, end):
            start, label = start - 1, "PERSON"  # "Mayor Ana Costa" read as ORG "Costa"
        if self._add_office_of_parts(start, end, label):
            return
        parts = self._of_parts(start, end, label)
        if parts:
            for part_start, part_end, part_label in parts:
                self._add_range(part_start, part_end, part_label)
            return
        self._add_range(start, end, label)

    def _bracketed_handle(self, at: int) -> int | None:
        """The token a person's name ends at when token ``at`` is an account's handle in
        brackets right after it ("Dana Whitby (@dwhitby)"): a word of "@" and letters, digits
        or "_", after "(" and before ")", the name before typed PERSON; None otherwise."""
        texts = self.texts
        word = texts[at]
        if not (len(word) > 1 and word[0] == "@" and word[1:].replace("_", "").isalnum()):
            return None
        if at < 2 or at + 1 >= len(texts) or texts[at - 1] != "(" or texts[at + 1] != ")":
            return None
        return at - 1 if self.doc[at - 2].ent_type_ == "PERSON" else None

    def add_handles(self) -> None:
        """An account's handle in brackets right after a person's name ("Dana Whitby
        (@dwhitby)", a quoted post's signature) is a mention and an alias of that person,
        never a body or a place of its own (``_bracketed_handle``)."""
        people = {m.end: m.cluster for m in self.mentions if m.cluster.type == "PERSON"}
        for i, word in enumerate(self.texts):
            if word[:1] != "@":
                continue
            name_end = self._bracketed_handle(i)
            cluster = people.get(name_end) if name_end is not None else None
            if cluster is not None:
                cluster.aliases.add(word)
                self.mentions.append(_Mention(i, i + 1, cluster))

    def _portfolio_title(self, start: int, end: int) -> bool:
        """Whether a name of one to three portfolio words (``portfolio_words.tsv``: "State",
        "Defence", "Foreign Affairs") is part of an office's title, after an office and "of"
        ("Secretary of State", ``of_offices.tsv``) or before an office ("Defence Minister"),
        right before a person's name: a name typed PERSON there, or two or three capitalised
        proper nouns in no other name, the first a known first name. That name is then added
        as a person (when the recogniser missed it) titled with the office
        (``office_titles``); the portfolio is no body."""
        if not 1 <= end - start <= 3 or not all(
            self.lowers[i] in portfolio_words() and self.texts[i].istitle()
            for i in range(start, end)
        ):
            return False
        if (
            start >= 2
            and self.lowers[start - 1] == "of"
            and (self.lowers[start - 2].rstrip(".") in of_offices())
        ):
            title_start, person = start - 2, end
        elif end < len(self.texts) and self.lowers[end].rstrip(".") in of_offices():
            title_start, person = start, end + 1
        else:
            return False
        if not self.texts[title_start][:1].isupper():
            return False
        doc = self.doc
        if person >= len(doc):
            return False
        if doc[person].ent_type_ == "PERSON" and doc[person].ent_iob_ == "B":
            self.office_titles[person] = self._text(title_start, person)
            return True
        stop = person
        while (
            stop < len(doc)
            and stop - person < 3
            and self.propn[stop]
            and self.texts[stop].isalpha()
            and self.texts[stop].istitle()
            and doc[stop].ent_type_ in ("", "PERSON")
        ):
            stop += 1
        if stop - person < 2 or not speakers.known_first_name(self.texts[person]):
            return False
        self.office_titles[person] = self._text(title_start, person)
        if doc[person].ent_type_ == "":
            self._add_range(person, stop, "PERSON")
            self.caps_taken.update(range(person, stop))
        return True

    def _office_title(self, start: int, cluster: _Cluster) -> None:
        """Give a person named at token ``start`` the office read across its portfolio
        ("Secretary of State", ``office_titles``; "Minister of Health", ``_office_of_before``)."""
        office = self.office_titles.get(start) or self._office_of_before(start)
        if office is not None and cluster.type == "PERSON":
            cluster.titles.add(office)

    def _office_of_before(self, start: int) -> str | None:
        """The title an office, "of" and one to three portfolio words right before a
        person's name give it ("Minister of Health" Carla Mendes), or None."""
        k = start
        while k > 0 and start - k < 3 and self.lowers[k - 1] in portfolio_words():
            k -= 1
        if k == start or k < 2 or self.lowers[k - 1] != "of":
            return None
        office = self.texts[k - 2]
        if office.lower().rstrip(".") not in of_offices() or not office[:1].isupper():
            return None
        if not all(self.texts[i].istitle() for i in range(k, start)):
            return None
        return self._text(k - 2, start)

    def _titled_given_name_before(self, start: int, end: int) -> bool:
        """Whether a one-word name the recogniser typed a body is the surname of a person whose
        given name it left out just before it ("Mayor Ana Costa" read as ORG "Costa"): the word
        before is a capitalised proper noun in no name, a known given name of one gender with
        the surname (``speakers.person_shaped``), and a personal title stands before it
        ("Mayor") or an apposition right after says a person ("Ana Costa, a singer,":
        ``_person_apposition``). Without either the recogniser's reading stands."""
        at = start - 1
        if end - start != 1 or at < 0 or at in self.caps_taken:
            return False
        token = self.doc[at]
        if not (self.propn[at] and token.text.isalpha() and token.text.istitle()):
            return False
        if token.ent_iob_ != "O" or token.lower_ in calendar_words():
            return False  # "In May Nike": a month is no given name
        if speakers.person_shaped(self._text(at, end)) is None:
            return False
        titled = at > 0 and self.lowers[at - 1].rstrip(".") in speakers.person_titles()
        return titled or self._person_apposition(end)

    def _person_apposition(self, at: int) -> bool:
        """Whether a comma at token ``at`` opens an apposition that says a person ("a singer",
        "the city's spokeswoman"): "a", "an" or "the", then up to four words to a noun of the
        lexicons' words for a person (``speakers.person_nouns``, no company noun; not a word
        only shaped like one: "a sponsor" may be a company), followed by a comma."""
        texts = self.texts
        if (
            at + 2 >= len(texts)
            or texts[at] != ","
            or self.lowers[at + 1] not in ("a", "an", "the")
        ):
            return False
        for k in range(at + 2, min(at + 7, len(texts) - 1)):
            if not texts[k].isalpha() and texts[k] not in ("'s", "\u2019s"):
                return False
            if self.doc[k].pos_ == "NOUN" and texts[k + 1] == ",":
                return self.lowers[k] in speakers.person_nouns() and speakers.role_person_noun(
                    texts[k]
                )
        return False

    def _owner_end(self, start: int, end: int) -> int:
        """The end of a name that the recogniser read with the platform after its possessive
        ("Acme's Facebook", "Ana Ruiz's Instagram"): the owner's name alone, before the
        possessive (the account is the owner's); ``end`` otherwise."""
        at = next((i for i in range(start + 1, end - 1) if self.doc[i].tag_ == "POS"), None)
        if at is None or not all(self.lowers[i] in platform_words() for i in range(at + 1, end)):
            return end
        return at

    def _office_of_parts(self, start: int, end: int, label: str) -> tuple[int, str] | None:
        """Where the person starts in a name that follows an office and "of" ("Mayor of Denver
        Quill Harrow", read as one name "Denver Quill Harrow": ``of_offices.tsv``), and the
        type of the body or place before it; None when nothing says where. Every word is
        capitalised and none is "of"; the person is the last two or three words, starting with
        a known first name that follows none ("Houston Methodist Marc Boom" -> Marc Boom, never
        "Methodist Marc Boom"; "Kelly Jones Motors", "Morgan Stanley Asia" hold no person), or
        the last two words when all the words before them are a place the gazetteer knows
        ("Denver Quill Harrow" -> Quill Harrow), neither of them a body's word ("Police
        Department"), no other name follows and the next sentence opens on "he" or "she"
        (``_he_or_she_next``). The given name is no place and the surname no given name
        ("Goldman Sachs Asia Pacific", "Jardine Matheson Asia": a company's branch). Their
        last word is no word of a body's or a place's name ("Valley Fund", "Ash Street")."""
        if label not in ("PERSON", "ORG", "GPE", "FAC", "NORP", "LOC") or start < 2:
            return None
        if self.lowers[start - 1] != "of" or self.lowers[start - 2].rstrip(".") not in of_offices():
            return None
        words = range(start, end)
        if end - start < 3 or not all(
            self.texts[i].isalpha() and self.texts[i].istitle() for i in words
        ):
            return None
        last = self.lowers[end - 1]
        if last in org_suffixes() or last in place_head_types() or last in name_suffixes():
            return None
        # the given name follows no other given name: "Kelly Jones Motors" is no "Jones Motors";
        # it is no place ("Goldman Sachs Asia Pacific") and the surname no given name
        # ("Jardine Matheson Asia"): a company's branch, not a person
        given = [
            i
            for i in (end - 3, end - 2)
            if i > start
            and speakers.known_first_name(self.texts[i])
            and not speakers.known_first_name(self.texts[i - 1])
            and gazetteer.link_place(self.texts[i]) is None
            and not speakers.known_first_name(self.texts[end - 1])
        ]
        if given:
            place = gazetteer.link_place(self._text(start, given[0]))
            return given[0], "GPE" if place is not None else "ORG"
        if (
            gazetteer.link_place(self._text(start, end - 2)) is not None
            and not self._body_or_company_words(end - 2, end)
            and not self._name_follows(end)
            and self._he_or_she_next(end)
        ):
            return end - 2, "GPE"
        return None

    def _body_or_company_words(self, start: int, end: int) -> bool:
        """Whether a word of the tokens ``start``-``end`` is a noun for a body ("Police
        Department": ``speakers.body_nouns``) or ends a company's name (``org_suffixes``)."""
        return any(
            self.lowers[i] in speakers.body_nouns() or self.lowers[i] in org_suffixes()
            for i in range(start, end)
        )

    def _name_follows(self, at: int) -> bool:
        """Whether a capitalised name starts at token ``at`` ("Head of Tulsa Police Department
        Garry Weller": the holder is named apart, after the body)."""
        if at >= len(self.doc):
            return False
        token = self.doc[at]
        return token.ent_iob_ == "B" or (self.propn[at] and self.texts[at].istitle())

    def _he_or_she_next(self, end: int) -> bool:
        """Whether the sentence after the one token ``end - 1`` is in opens on "he" or "she" as
        its subject: the text treats a name without a known first name as a person's
        ("Mayor of Denver Rahm Pike posted ... He said"; not "Director of Denver Valley Fund
        said ... It")."""
        sentence = self.doc[end - 1].sent
        if sentence.end >= len(self.doc):
            return False
        following = self.doc[sentence.end].sent
        subject = next((t for t in following if not (t.is_punct or t.is_space)), None)
        return (
            subject is not None
            and subject.lower_ in ("he", "she")
            and subject.dep_ in ("nsubj", "nsubjpass")
        )

    def _add_office_of_parts(self, start: int, end: int, label: str) -> bool:
        """Add the body or place and the person of a name read across an office's "of"
        (``_office_of_parts``), the person titled with the office and the body ("Mayor of
        Denver"); whether it was such a name."""
        found = self._office_of_parts(start, end, label)
        if found is None:
            return False
        at, body_label = found
        if body_label == "GPE" or at - start > 1:
            self._add_range(start, at, body_label)  # one unknown word ("State") is no body
        before = len(self.mentions)
        self._add_range(at, end, "PERSON")
        if len(self.mentions) > before and self.mentions[before].cluster.type == "PERSON":
            office = f"{self.texts[start - 2]} of {self._text(start, at)}"
            self.mentions[before].cluster.titles.add(office)
        return True

    def _of_parts(self, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
        """The person and the body of a name the recogniser read as one across "of": one
        side a full name starting with a known first name, the other capitalised and no
        place ("Red Bull of Max Verstappen" -> ORG Red Bull, PERSON Max Verstappen); none
        when nothing says which side is a person ("Bank of England", "Duke of York"), or when
        the body is one noun for a body before "of" (``speakers.body_nouns``: "Bank of America
        Merrill Lynch" is the bank's name, not "America Merrill Lynch")."""
        if label not in ("PERSON", "ORG"):
            return []
        doc = self.doc
        at = next((i for i in range(start + 1, end - 1) if self.lowers[i] == "of"), None)
        if at is None:
            return []
        sides = ((start, at), (at + 1, end))
        if not all(self.texts[a][:1].isupper() for a, _ in sides):
            return []

        def person(a: int, b: int) -> bool:
            return b - a >= 2 and first_name_gender(self.texts[a]) is not None

        people = [person(a, b) for a, b in sides]
        if people.count(True) != 1:
            return []
        body = sides[people.index(False)]
        if gazetteer.link_place(doc[body[0] : body[1]].text) is not None:
            return []  # "Mario Rossi of Milan": where he is from, not a body
        if body == (start, at) and at - start == 1 and self.lowers[start] in speakers.body_nouns():
            return []  # "Bank of America Merrill Lynch": a body's noun opens its own name
        return [(a, b, "PERSON" if p else "ORG") for (a, b), p in zip(sides, people, strict=True)]

    def _name_bounds(self, start: int, end: int, label: str) -> tuple[int, int, str, list[str]]:
        """The tokens of a recognised name once credits, headline words, roles and doubled
        words are cut and a given name the tagger left out is added, its label, and the
        roles cut from its start."""
        doc = self.doc
        start = self._cut_credit(start, end, label)
        end, label = self._caps_heading(start, end, label)
        end = _name_end(doc, start, end, label)
        start, roles = self._cut_roles(start, end, label)
        start, label = _doubled_credit_start(doc, start, end, label)
        end = _undoubled_end(doc, start, end, label)
        return _left_out_given_name(doc, start, end, label), end, label, roles

    def _add_range(self, start: int, end: int, label: str) -> None:
        """Place the name at tokens ``start:end``, recognised as ``label``, in a cluster."""
        doc = self.doc
        start, end, label, roles = self._name_bounds(start, end, label)
        if start >= end:
            return
        if start > 0 and doc[start - 1].lower_ in TITLE_MARKERS:
            return
        if (
            end < len(doc)
            and doc[end].lower_ in REGION_WORDS
            and label in {"GPE", "LOC", "PRODUCT", "ORG"}
        ):
            label, end = "LOC", end + 1
        name = _POSSESSIVE.sub("", self._text(start, end))
        if name in speakers.lexicon().news_agencies:
            label = "ORG"  # AFP, Reuters: an agency, never a place or a person
        if label not in ACTOR_LABELS:
            return
        if not name.strip() or not any(ch.isalpha() for ch in name):
            return
        label = self._retyped(start, end, name, label)
        head = doc[start:end].root
        if label == "PERSON" and all(
            t.lower_.rstrip(".") in speakers.person_titles() or not t.is_alpha
            for t in doc[start:end]
        ):
            return  # "President", "Mr." alone: a title, not a person
        if (
            label == "PERSON"
            and end - start == 1
            and name.endswith("s")
            and start > 0
            and doc[start - 1].lower_ == "the"
        ):
            label = "GROUP"  # "the Obamas": a family, never one of its members
        elif label == "PERSON" and end - start == 1 and _place_context(doc[start]):
            label = "GPE"  # "marched through central Valmora": a place the tagger took for a name
        if label == "NORP" and not self._surname_not_people(head, name):
            country = gazetteer.country_of_demonym(name)
            if head.tag_ in ("NNS", "NNPS") and head.dep_ not in ADJECTIVAL_DEPS:
                country = None  # "Mexicans said": the people, not the state
            elif country is not None and _plural_demonym(name, country):
                country = None  # "Indians manager", "the Indians' hopes": a team or a people
            if country is not None:
                cluster = self._country_cluster(country)
                cluster.aliases.add(name)
            elif head.dep_ in ADJECTIVAL_DEPS:
                return
            else:
                cluster = self.cluster("NORP", name)
        elif label in ("PERSON", "NORP"):  # a NORP here is a person's surname
            self._coordinated_given_name(start, name)
            cluster = self._person_cluster(name, start)
        elif (label == "GPE" and head.dep_ in ("nsubj", "nsubjpass", "agent")) or (
            label == "GPE" and head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass")
        ):
            country = gazetteer.country_of_capital(name)
            if country is not None:
                cluster = self._country_cluster(country)
                cluster.aliases.add(name)
            else:
                cluster = self.cluster(label, name)
        else:
            cluster = self.cluster(label, name)
        self.mentions.append(_Mention(start, end, cluster))
        cluster.titles.update(roles)
        self._office_title(start, cluster)
        self._acronym_after(end, cluster)
        self._title_before(start, end, cluster)

    def _retyped(self, start: int, end: int, name: str, label: str) -> str:
        """The type of a name once what its words and the text around it say is weighed: a
        building typed PERSON ("Trump Tower", ``facility_type``), a person typed a body
        (``_place_owned_person``, ``_person_by_context``)."""
        if label == "PERSON" and not self._person_evidence(name):
            return facility_type(name) or label  # "Trump Tower": a building, not a person
        if label in ("ORG", "NORP") and self._place_owned_person(start, end, name):
            return "PERSON"  # "Brazil's Rafael Costa ... He": the country's player
        if label in ("ORG", "NORP", "GPE") and self._person_by_context(start, end, name):
            return "PERSON"  # "Hawks fan Karen Vossberg", "Ana Ruiz and Karen Vossberg"
        return label

    def _place_owned_person(self, start: int, end: int, name: str) -> bool:
        """Whether a name the recogniser typed a body, right after a place's possessive
        ("Brazil's Rafael Costa"), is a person's: it reads as a person's name of one gender
        (``speakers.person_shaped``: a known first name, no word of a body's or place's name
        last) and the first third-person pronoun after it, in its sentence or the next, is a
        "he" or "she" (or "his", "her") of that gender, with no other person named, no
        nominal subject ("The coach said he"), no quotation mark and no "it" or "its" before
        it. "France's Louis Vuitton ... It" is the brand, and a name no pronoun follows stays
        as the recogniser read it."""
        doc = self.doc
        if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].ent_type_ != "GPE":
            return False
        if gazetteer.link_place(doc[start - 2].text) is None:
            return False
        gender = speakers.person_shaped(name)
        if gender is None:
            return False
        lex = speakers.lexicon()
        sentence = doc[end - 1].sent
        stop = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
        for i in range(end, stop):
            token = doc[i]
            if token.ent_type_ == "PERSON" or _QUOTE_MARKS.intersection(token.text):
                return False
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
                return False  # "The coach said he": the pronoun may be the coach's
            if token.lower_ in lex.singular_thing_pronouns:
                return False
            said = lex.pronoun_gender(token.lower_)
            if said is not None:
                return said == gender
        return False

    def _person_by_context(self, start: int, end: int, name: str) -> bool:
        """Whether a name the recogniser typed a body or a place reads as a person's
        (``speakers.person_shaped``: a known first name, two or three words, no body's or
        place's word last; no place the gazetteer knows) and the text says it is a person's:
        a noun for a person right before it, hung on the name ("Hawks fan Karen Vossberg",
        ``speakers.person_nouns`` that are roles), or a person's name (typed PERSON)
        coordinated with it ("Ana Ruiz and Karen Vossberg")."""
        if speakers.person_shaped(name) is None or gazetteer.link_place(name) is not None:
            return False
        doc = self.doc
        root = doc[start:end].root
        if start > 0:
            before = doc[start - 1]
            if (
                before.head.i == root.i
                and before.dep_ in ("compound", "nmod", "appos")
                and before.lower_ in speakers.person_nouns()
                and speakers.role_person_noun(before.text)
            ):
                return True
        linked = [root.head] if root.dep_ == "conj" else []
        linked += [t for t in root.children if t.dep_ == "conj"]
        return any(t.ent_type_ == "PERSON" and not start <= t.i < end for t in linked)

    def _surname_not_people(self, head: Token, name: str) -> bool:
        """ "Dana Cuban ... Cuban also complained": a bare singular demonym, neither an
        adjective nor after a determiner, that is the surname of a person named in full is
        that person, not the country (PolNeAR train)."""
        return (
            head.tag_ == "NNP"
            and head.dep_ not in ADJECTIVAL_DEPS
            and not any(c.dep_ == "det" for c in head.children)
            and name in self._surnames
        )

    def _caps_heading(self, start: int, end: int, label: str) -> tuple[int, str]:
        """The end and label of a caption's heading name: a run of two or more words in
        capitals that the recogniser read together with the words after it ("NORA VALE
        Novelist", "DINA COOK Cook", "DR LEO MARSH The veteran heart surgeon") is the name
        alone; typed GROUP or ORG, it is a person when its first
        word after any title is a known first name. Any other name keeps its end, and its
        label unless it speaks as a person (``_speaking_person``)."""
        if label not in ("PERSON", "GROUP", "ORG"):
            return end, self._speaking_person(start, end, label)
        words = [i for i in range(start, end) if not self.doc[i].is_space]
        caps = 0
        while (
            caps < len(words)
            and self.texts[words[caps]].isupper()
            and self.texts[words[caps]].isalpha()
            and len(self.texts[words[caps]]) > 1
        ):
            caps += 1
        if caps < 2 or caps == len(words):
            return end, self._speaking_person(start, end, label)
        end = words[caps - 1] + 1
        if label != "PERSON":
            roles = speakers.person_roles()
            first = next((i for i in words[:caps] if self.lowers[i].rstrip(".") not in roles), None)
            if first is not None and first_name_gender(self.texts[first].title()):
                label = "PERSON"
        return end, label

    @cached_property
    def _surnames(self) -> frozenset[str]:
        """The last words of the names of two words or more the recogniser typed PERSON ("Handler"
        of "Chelsea Handler"), and of the people read from captions' headings in capitals
        (``add_caps_names``: "Price" of "OWEN PRICE")."""
        found = {e[-1].text for e in self.ents if e.label_ == "PERSON" and len(e) > 1}
        found.update(
            c.name.split()[-1]
            for c in self.clusters.values()
            if c.type == "PERSON" and " " in c.name
        )
        return frozenset(found)

    @cached_property
    def _body_words(self) -> frozenset[str]:
        """The first words of the bodies' names the recogniser typed ORG whose other words
        leave the body the same (``org_suffixes.tsv``: "Acme" of "Acme International"),
        unless a person's name holds that word too."""
        found = {
            e[0].text
            for e in self.ents
            if e.label_ == "ORG"
            and len(e) > 1
            and all(t.lower_.rstrip(".") in org_suffixes() for t in e[1:])
        }
        people = {t.text for e in self.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        return frozenset(found - people)

    def _speaks(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is who speaks: the subject of a verb of speech
        (``quote_verbs``: "said", "wrote", "told") or the object of "according to"."""
        root = self.doc[start:end].root
        head = root.head
        if root.dep_ == "nsubj" and head.pos_ == "VERB":
            return head.lemma_.lower() in speaker_words()["quote_verbs"]
        return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

    def _speaking_person(self, start: int, end: int, label: str) -> str:
        """The type of a name the recogniser typed ORG, NORP or GPE that speaks: whoever says
        something is a person or a body, and this one is a person when, after any role words
        before it (``person_roles``: "MVP"), it is one word that is the surname of a person
        the text names in full ("Handler said" beside "Chelsea Handler"), or two or three
        words opening with a known first name and ending in no word of a body's or a place's
        name ("Dana Whitlock wrote", but "Morgan Stanley", "Marks & Spencer"). Else the
        recogniser's type stands. A one-word name typed PERSON that is a body's name without
        the suffix the text gives it elsewhere is that body (``_body_words``)."""
        if label == "PERSON" and end - start == 1 and self.texts[start] in self._body_words:
            return "ORG"  # "Acme said" beside "Acme International": the body, not a person
        if label not in ("ORG", "NORP", "GPE") or not self._speaks(start, end):
            return label
        roles = speakers.person_roles()
        cut = start
        while cut < end - 1 and self.lowers[cut].rstrip(".") in roles:
            cut += 1
        words = [self.texts[i] for i in range(cut, end) if not self.doc[i].is_space]
        if not words or not all(w.isalpha() and w[:1].isupper() for w in words):
            return label
        name = " ".join(words)
        if name in speakers.lexicon().news_agencies:
            return label
        if len(words) == 1:
            return "PERSON" if words[0] in self._surnames else label
        last = words[-1].lower()
        if (
            len(words) <= 3
            and first_name_gender(words[0]) is not None
            and last not in org_suffixes()
            and last not in place_head_types()
            and (label != "GPE" or gazetteer.link_place(name) is None)
        ):
            return "PERSON"
        return label

    def _cut_roles(self, start: int, end: int, label: str) -> tuple[int, list[str]]:
        """The start of a person's name after the titles and role words the recogniser read
        as part of it ("Mr Obama", "Democrat Obama", "MVP Ben Zobrist": ``person_roles``),
        and those words; the name keeps at least one word."""
        if label != "PERSON":
            return start, []
        roles = speakers.person_roles()
        cut = start
        while cut < end - 1 and self.lowers[cut].rstrip(".") in roles:
            cut += 1
        while cut < end - 1 and self.doc[cut].is_space:
            cut += 1
        return cut, [self.texts[i] for i in range(start, cut) if not self.doc[i].is_space]

    def _acronym_after(self, end: int, cluster: _Cluster) -> None:
        """ "World Health Organization (WHO)": an acronym in brackets whose letters are the
        initials of the name is an alias. Any other bracketed word is not ("Washington (AFP)":
        a news agency's credit)."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            token = doc[end + 1]
            if (
                token.text.isupper()
                and len(token.text) >= 2
                and token.is_alpha
                and initials_match(token.text, cluster.name)
            ):
                cluster.aliases.add(token.text)
                self.mentions.append(_Mention(end + 1, end + 2, cluster))

    def _title_before(self, start: int, end: int, cluster: _Cluster) -> None:
        """ "North Korean leader Kim Jong Un": the words before the name are a title alias."""
        if cluster.type != "PERSON":
            return
        doc = self.doc
        j = start
        subordinate = speakers.lexicon().subordinate_title_modifiers
        hyphened = True
        while hyphened:  # "Vice President-elect": the words before a hyphened word too
            while (
                j > 0
                and (
                    doc[j - 1].dep_ in ("compound", "amod")
                    # "Democratic vice presidential nominee": "vice" makes it another office
                    or (doc[j - 1].dep_ == "nmod" and doc[j - 1].lower_ in subordinate)
                )
                and j - 1 < doc[j - 1].head.i < end
                and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ")
            ):
                j -= 1
            # "President-elect": the hyphen's tokens are one title word with the word before
            hyphened = False
            while j > 1 and doc[j - 1].text == "-" and not doc[j - 2].whitespace_:
                if doc[j - 1].whitespace_ or not doc[j - 2].is_alpha:
                    break
                j -= 2
                hyphened = True
        if j < start and doc[start - 1].pos_ in ("NOUN", "PROPN"):
            last = doc[start - 1]
            if last.ent_type_ or last.lower_ in self._name_ends:
                return  # "vote Clinton Lady Gaga", "Tuesday Rosie": a name, not a title
            if not all(t.text.rstrip(".").isalpha() or t.text == "-" for t in doc[j:start]):
                return  # "GETTY*EPA Donald Trump": a credit run into the name ("Mr." is a word)
            if j > 1 and doc[j - 1].text == "," and doc[j - 2].ent_type_ == "PERSON":
                return  # "By Ana Ruiz, BBC reporter Donald Trump ...": the byline's title
            title = _kept_title(doc, j, start, end)
            if title:
                cluster.titles.add(title)

    def add_caps_names(self) -> None:
        """A caption's heading in capitals that names a person the text then calls by
        surname ("OWEN PRICE The long-running soap star ... Price said", "MAE HOLT
        Holt told"): two or three words in capitals, after any title ("DR"), the first a
        known first name and the last written elsewhere in the text as a name in ordinary
        case, is that person, whatever the recogniser read there. Run before the
        recogniser's names, which then skip these words (``caps_taken``)."""
        texts = self.texts
        written = {
            t for t, propn in zip(texts, self.propn, strict=True) if propn and t[1:].islower()
        }
        roles = speakers.person_roles()

        def caps(word: str) -> bool:
            text = word.rstrip(".")
            return (len(text) > 1 and text.isalpha() and text.isupper()) or (
                len(text) == 1 and text.isupper() and word.endswith(".")
            )

        capital = [caps(word) for word in texts]  # each word tested once
        i = 0
        while i < len(texts):
            if not capital[i] or (i > 0 and capital[i - 1]):
                i += 1
                continue
            end = i
            while end < len(texts) and capital[end]:
                end += 1
            first = i
            while first < end and self.lowers[first].rstrip(".") in roles:
                first += 1
            words = [texts[k] for k in range(first, end)]
            surname = words[-1].title() if words else ""
            if (
                2 <= len(words) <= 3
                and first_name_gender(words[0].title()) is not None
                and surname in written
            ):
                name = " ".join(w.title() for w in words)
                cluster = self._person_cluster(name, first)
                cluster.aliases.add(" ".join(words))
                self.mentions.append(_Mention(first, end, cluster))
                cluster.titles.update(texts[k] for k in range(i, first))
                self.caps_taken.update(range(i, end))
            i = end

    def add_possessive_businesses(self) -> None:
        """A one-word name, a possessive and capitalised words that end in a noun for a shop,
        bar or eating place ("Kelly's Place", ``business_heads.tsv``) or in a building's or
        venue's word ("Marlowe's Tower": the FAC heads of ``place_heads.tsv``, unless the
        words after the possessive are a name of their own, "Obama's White House"), or that
        an apposition right after them says is one ("Casey's Dugout, a corner sports bar"),
        name a business (FAC), not the person of that name: the name's first word is then no
        mention of anyone (a later "she" is not kept from the woman named before it). The
        owner's word may be no place and follows no other capitalised name ("Ana Ruiz's
        Kitchen" names her); a name the recogniser read whole as a body or a place is left to
        it. Run before the recogniser's names, which then skip these words (``caps_taken``)."""
        texts, lowers, doc = self.texts, self.lowers, self.doc
        heads = business_heads()
        buildings = frozenset(w for w, kind in place_head_types().items() if kind == "FAC")
        for i in range(len(texts) - 2):
            if not (self.propn[i] and texts[i].isalpha() and texts[i].istitle()):
                continue
            if doc[i + 1].tag_ != "POS" or doc[i].ent_type_ in ("GPE", "LOC", "NORP"):
                continue
            if i > 0 and texts[i - 1].istitle() and self.propn[i - 1]:
                continue  # "Ana Ruiz's Kitchen": a person named in full
            end = i + 2
            while (
                end < len(texts) and end - i < 5 and texts[end].isalpha() and texts[end].istitle()
            ):
                end += 1
            if end == i + 2 or i in self.caps_taken:
                continue
            building = lowers[end - 1] in buildings and not any(
                doc[k].ent_type_ not in ("", "PERSON") for k in range(i + 2, end)
            )  # "Marlowe's Tower"; not "Obama's White House", a name of its own
            if lowers[end - 1] not in heads and not building and not self._business_apposition(end):
                continue
            whole = doc[i].ent_type_ == doc[end - 1].ent_type_ and doc[i].ent_iob_ == "B"
            if whole and doc[i].ent_type_ in ("ORG", "FAC") and doc[end - 1].ent_iob_ == "I":
                continue  # the recogniser read the business whole: its reading stands
            cluster = self.cluster("FAC", self._text(i, end))
            self.mentions.append(_Mention(i, end, cluster))
            self.caps_taken.update(range(i, end))

    def _business_apposition(self, at: int) -> bool:
        """Whether a comma at token ``at`` opens an apposition that says a business ("a
        corner sports bar"): "a", "an" or "the", then up to four words before one of the
        ``business_heads.tsv`` nouns, with no punctuation between."""
        texts = self.texts
        if (
            at + 2 >= len(texts)
            or texts[at] != ","
            or self.lowers[at + 1] not in ("a", "an", "the")
        ):
            return False
        for k in range(at + 2, min(at + 7, len(texts))):
            if not texts[k].isalpha():
                return False
            if self.lowers[k] in business_heads() and self.doc[k].pos_ == "NOUN":
                return (
                    k + 1 >= len(texts)
                    or not self.doc[k + 1].is_alpha
                    or self.doc[k + 1].pos_ != "NOUN"
                )
        return False

    def add_titled_people(self) -> None:
        """A run of proper nouns after a personal title is a person ("Mayor Ana Ruiz")."""
        doc = self.doc
        texts, propn = self.texts, self.propn
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        titles = speakers.person_titles()
        for i, lower in enumerate(self.lowers):
            if lower.rstrip(".") not in titles or i + 1 >= len(doc):
                continue
            end = i + 1
            while end < len(doc) and propn[end] and texts[end][:1].isupper():
                end += 1
            if end == i + 1 or taken.intersection(range(i + 1, end)):
                continue
            name = doc[i + 1 : end].text
            cluster = self._person_cluster(name, i + 1)
            cluster.titles.add(texts[i])
            self.mentions.append(_Mention(i + 1, end, cluster))
            taken.update(range(i + 1, end))

    def add_region_mentions(self) -> None:
        """Proper nouns before a region word are a place even when NER missed them."""
        doc = self.doc
        propn = self.propn
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for i, lower in enumerate(self.lowers):
            if lower not in REGION_WORDS or i in taken:
                continue
            start = i
            while start > 0 and propn[start - 1] and start - 1 not in taken:
                start -= 1
            if start < i:
                cluster = self.cluster("LOC", doc[start : i + 1].text)
                self.mentions.append(_Mention(start, i + 1, cluster))

    def add_alias_mentions(self) -> None:
        """Find further occurrences of every proper alias that NER did not mark."""
        taken = {i for m in self.mentions for i in range(m.start, m.end)} | self.credits
        by_text: dict[tuple[str, ...], _Cluster] = {}
        shared = self._shared_surnames()
        for c in self.clusters.values():
            names = {c.name, *c.aliases}
            surname = c.name.split()[-1]
            if c.type == "PERSON" and len(c.name.split()) > 1 and surname.lower() not in shared:
                names.add(surname)  # the surname: "Mendes" for "Carla Mendes"
            for name in names:
                words = tuple(name.split())
                if len(words) == 1 and words[0].lower() in shared:
                    continue  # "Okafor" when two Okafors are named: which one is unknown
                if words and all(w[:1].isupper() for w in words):
                    by_text.setdefault(words, c)
        if not by_text:
            return
        longest = max(len(k) for k in by_text)
        firsts = {k[0] for k in by_text}
        texts = self.texts
        i = 0
        while i < len(texts):
            if texts[i] not in firsts:
                i += 1
                continue
            for n in range(longest, 0, -1):
                window = tuple(texts[i : i + n])
                cluster = by_text.get(window)
                if (
                    cluster
                    and len(window) == n
                    and not taken.intersection(range(i, i + n))
                    and not (n == 1 and self._other_given_name(i, cluster))
                ):
                    self.mentions.append(_Mention(i, i + n, cluster))
                    if " ".join(window) != cluster.name:
                        cluster.aliases.add(" ".join(window))
                    taken.update(range(i, i + n))
                    i += n - 1
                    break
            i += 1

    def _other_given_name(self, at: int, cluster: _Cluster) -> bool:
        """A surname at token ``at`` right after a known first name that is not the given name
        of ``cluster`` ("Ivy Vance" after "Donald Vance"): another person, never that one."""
        if at == 0 or cluster.type != "PERSON" or len(cluster.name.split()) < 2:
            return False
        before = self.doc[at - 1]
        return (
            _given_name_before(before) and before.text.lower() not in cluster.name.lower().split()
        )

    def _shared_surnames(self) -> set[str]:
        """Surnames of several people in the article (Donald and Melania Trump)."""
        seen: dict[str, int] = {}
        for c in self.clusters.values():
            words = _unsuffixed(c.name)
            if c.type == "PERSON" and len(words) > 1:
                seen[words[-1].lower()] = seen.get(words[-1].lower(), 0) + 1
        return {w for w, n in seen.items() if n > 1}

    def merge_acronyms(self) -> None:
        """A one-word capitals name whose letters are the initials of exactly one organisation
        named in full ("AROS" after "Alliance to Reclaim Our Schools") is that organisation."""
        orgs = [c for c in self.clusters.values() if c.type == "ORG" and len(c.name.split()) > 1]
        expanded: dict[int, list[_Cluster]] = {}  # by cluster: the same for all its mentions
        for mention in self.mentions:
            c = mention.cluster
            name = c.name
            if c.type not in ("ORG", "GPE", "PERSON", "NORP") or " " in name:
                continue
            if not (name.isupper() and name.isalpha() and len(name) >= 3):
                continue
            found = expanded.get(id(c))
            if found is None:
                found = [o for o in orgs if id(o) != id(c) and initials_match(name, o.name)]
                expanded[id(c)] = found
            if len(found) == 1:
                self._move(mention, found[0])
                found[0].aliases.add(name)

    def merge_surnames(self) -> None:
        """A lone capitalised word that NER typed otherwise but that is a person's surname
        ("Brandt" as ORG after "Tomas Brandt") is that person."""
        shared = self._shared_surnames()
        surnames: dict[str, _Cluster] = {}
        for c in self.clusters.values():
            words = _unsuffixed(c.name)  # "Bozell" typed ORG after "Brent Bozell III"
            if c.type == "PERSON" and len(words) > 1 and words[-1].lower() not in shared:
                surnames.setdefault(words[-1].lower(), c)
        # a one-word person named before the full name ("Kim ... Kim Jong Un"): the one
        # person whose full name holds that word
        holders: dict[str, set[int]] = {}
        full: dict[int, _Cluster] = {}
        for c in self.clusters.values():
            if c.type == "PERSON" and len(c.name.split()) > 1 and not self._place_named(c):
                full[id(c)] = c
                for word in c.name.lower().split():
                    holders.setdefault(word, set()).add(id(c))
        # a person is first named in full where a mention of several words is: the surname
        # mentions ``add_alias_mentions`` found before it ("Varga ... Tom Varga") are no
        # earlier naming; a bare person used only before the full name joins it (one used
        # after it was kept apart by ``_person_cluster``: a title sets it apart)
        first_full: dict[int, int] = {}
        last_bare: dict[str, int] = {}
        for mention in self.mentions:
            c = mention.cluster
            if mention.end - mention.start > 1:
                first_full[id(c)] = min(first_full.get(id(c), mention.start), mention.start)
            elif c.type == "PERSON" and len(c.name.split()) == 1:
                name = c.name.lower()
                last_bare[name] = max(last_bare.get(name, mention.start), mention.start)
        # someone the article calls by the bare surname alone ("President Obama") while a
        # relative is named in full ("Michelle Obama"): that bare name is its own person
        bare = {
            c.name.lower(): c
            for c in self.clusters.values()
            if c.type == "PERSON" and len(c.name.split()) == 1
        }
        self._outvoted_people(bare, set(holders) | set(surnames))
        self._person_or_place_topics(bare, set(holders) | set(surnames))
        # the one person named in full whose name holds a bare person's name, when the bare
        # name is used only before that full name and given no title that sets it apart
        joins: dict[str, _Cluster] = {}
        for name, c in bare.items():
            if len(holders.get(name, ())) != 1:
                continue
            target = full[next(iter(holders[name]))]
            named = first_full.get(id(target))
            if named is None or last_bare.get(name, 0) > named:
                continue  # still called so after the full name, by a title apart
            if not self._cluster_apart(c, target):
                joins[name] = target
        for mention in self.mentions:
            c = mention.cluster
            if len(c.name.split()) != 1:
                continue
            name = c.name.lower()
            person = surnames.get(name)
            joined = joins.get(name)
            if joined is not None:
                if self._titled_apart(mention.start, joined):
                    continue  # "President Obama ... Michelle Obama": another person
                self._move(mention, joined)
                joined.aliases.add(c.name)
            elif c.type != "PERSON" and name in bare:
                self._move(mention, bare[name])
            elif c.type != "PERSON" and name in shared:
                # "Trump" typed ORG where Donald and Melania Trump are named: a person of
                # that name, which one unknown
                self._move(mention, bare.setdefault(name, self.cluster("PERSON", c.name)))
            elif c.type != "PERSON" and person is not None:
                self._move(mention, person)
                person.aliases.add(c.name)

    def _outvoted_people(self, bare: dict[str, _Cluster], named: set[str]) -> None:
        """Move the mentions of a one-word person that the recogniser read as a body (ORG)
        at least ``settings.BODY_READINGS_PER_PERSON`` times as often as a person ("the
        Falcons" typed PERSON once among ORG readings) to that body, and drop it from
        ``bare``: a stray person reading no longer pulls every body mention into a person
        (``merge_surnames`` moves a body's mentions to a bare person of the same name). A
        word of a person's name the text gives in full (``named``: lower case), a known
        first name or a title given to it keeps it a person."""
        readings: dict[str, dict[str, int]] = {}
        for mention in self.mentions:
            c = mention.cluster
            if mention.end - mention.start == 1 and c.type in ("PERSON", "ORG"):
                counts = readings.setdefault(normalise(c.name), {})
                counts[c.type] = counts.get(c.type, 0) + 1
        for name, person in list(bare.items()):
            body = self.clusters.get(f"ORG:{normalise(person.name)}")
            if body is None or name in named or person.titles:
                continue
            counts = readings.get(normalise(person.name), {})
            people = counts.get("PERSON", 0)
            if counts.get("ORG", 0) < settings.BODY_READINGS_PER_PERSON * max(people, 1):
                continue
            if speakers.known_first_name(person.name.title()):
                continue  # "Ivanka": a person whatever the recogniser mostly says
            for mention in self.mentions:
                if id(mention.cluster) == id(person):
                    self._move(mention, body)
            body.aliases.update(a for a in person.aliases if a[:1].isupper())
            del bare[name]

    def _person_or_place_topics(self, bare: dict[str, _Cluster], named: set[str]) -> None:
        """A one-word person the recogniser read as a PERSON at one mention and as a place
        (GPE, LOC) at another ("Brexit", a referendum's or a policy's name), when nothing
        makes it a person: no word of a person's name the text gives in full (``named``), no
        title, no known first name, no speech or pronoun of a person (``_person_evidence``),
        and no place the gazetteer knows. The word is neither, and a wrong person is worse
        than none: its mentions, and those of the place of that name, become one entity of
        ``TOPIC_TYPE`` set apart in ``topics``, which claims can be about (a denial and a
        statement that both name it are compared) but which never speaks, is never a place
        and is never a person. A word the text makes speak at one of them (``_speaks``:
        "according to Politico", an outlet), or that opens the name of a facility the text
        gives ("near Wrigley" beside "Wrigley Field", ``_opens_facility``), is no topic but a
        body or a place: its mentions are no entity, as a wrong type is worse than none."""
        for name, person in list(bare.items()):
            if name in named or person.titles or speakers.known_first_name(person.name.title()):
                continue
            readings = self._one_word_readings(person.name)
            if "PERSON" not in readings or not readings & {"GPE", "LOC"}:
                continue
            if self._person_evidence(person.name) or gazetteer.link_place(person.name):
                continue
            norm = normalise(person.name)
            gone = {
                id(c): c
                for c in self.clusters.values()
                if c.type in ("PERSON", "GPE", "LOC") and normalise(c.name) == norm
            }
            mentions = [m for m in self.mentions if id(m.cluster) in gone]
            speaks = any(self._speaks(m.start, m.end) for m in mentions)
            if not speaks and not self._opens_facility(norm):
                topic = _Cluster(type=TOPIC_TYPE, name=person.name)
                for c in gone.values():
                    topic.aliases.update(a for a in c.aliases if a[:1].isupper())
                topic.aliases.discard(topic.name)
                self.topics += [_Mention(m.start, m.end, topic) for m in mentions]
            self.mentions[:] = [m for m in self.mentions if id(m.cluster) not in gone]
            self.people.moved()
            del bare[name]

    def _opens_facility(self, word: str) -> bool:
        """Whether a word (normalised) is the first of a facility's name that a mention of the
        text has ("Wrigley" of "Wrigley Field", ``facility_type``): its short name."""
        named = {id(m.cluster): m.cluster for m in self.mentions}.values()
        return any(
            len(c.name.split()) > 1
            and normalise(c.name).split()[0] == word
            and (c.type == "FAC" or facility_type(c.name) == "FAC")
            for c in named
        )

    def _one_word_readings(self, name: str) -> set[str]:
        """The recogniser's labels of the one-word names written ``name`` (any case)."""
        lower = name.lower()
        return {
            ent.label_ for ent in self.ents if len(ent) == 1 and self.lowers[ent.start] == lower
        }

    def merge_short_bodies(self) -> None:
        """A body whose name opens with a place the gazetteer knows and goes on with words
        that are no place ("Denver Hawks", "Cleveland Indians"): the words after the place,
        written alone ("the Hawks"), are that body, whatever the recogniser typed them (a
        person, a people, another body; a people only where it is written as the body's
        name, ``_written_as_body``), when exactly one such body has them, they are no
        word of a person named in full, and that one-word name has no title and is no known
        first name. A wrong join is worse than none: anything else stays as it was."""
        short: dict[str, list[_Cluster]] = {}
        for c in self.clusters.values():
            words = c.name.split()
            if c.type != "ORG" or len(words) < 2:
                continue
            for cut in range(1, len(words)):
                rest = " ".join(words[cut:])
                if gazetteer.link_place(" ".join(words[:cut])) is None:
                    continue
                if gazetteer.link_place(rest) is None and words[-1].lower() not in org_suffixes():
                    short.setdefault(normalise(rest), []).append(c)
                break
        if not short:
            return
        named = {
            w.lower()
            for c in self.clusters.values()
            if c.type == "PERSON" and len(c.name.split()) > 1
            for w in c.name.split()
        }
        for mention in self.mentions:
            c = mention.cluster
            bodies = short.get(normalise(c.name))
            if not bodies or len(bodies) != 1 or id(bodies[0]) == id(c):
                continue
            if c.type not in ("PERSON", "ORG", "NORP", "GROUP", "FAC"):
                continue
            if c.type in ("NORP", "GROUP") and not self._written_as_body(mention):
                continue  # "Indians from three tribes said": the people, not the team
            if c.type == "PERSON" and (
                len(c.name.split()) > 1
                or c.titles
                or c.name.lower() in named
                or speakers.known_first_name(c.name)
            ):
                continue
            self._move(mention, bodies[0])
            bodies[0].aliases.add(self._text(mention.start, mention.end))

    def _written_as_body(self, mention: _Mention) -> bool:
        """Whether a people's word is written as a body's short name: after "the" ("the
        Indians won") or as the modifier of a noun ("Indians manager", "Indians' hopes");
        written bare ("Indians from three tribes", "many Indians") it is the people."""
        if mention.start > 0 and self.lowers[mention.start - 1] == "the":
            return True
        return self.doc[mention.start : mention.end].root.dep_ in ("compound", "poss", "nmod")

    def merge_shared_by_pronouns(self) -> None:
        """A bare surname that several people named in full share here ("Obama" where Barack
        and Michelle Obama are both named) is one of them when the article's pronouns that
        stand for it all give one gender (``_pronoun_gender``), its gendered titles ("Mr") give
        no other, exactly one holder is of that gender, every other holder is known to be of
        the other, and no office the bare name is given is another holder's here
        (``_office_elsewhere``). Any doubt leaves it its own person: a wrong person is worse
        than none."""
        shared = self._shared_surnames()
        if not shared:
            return
        holders: dict[str, list[_Cluster]] = {}
        for c in self.clusters.values():
            words = _unsuffixed(c.name)  # "Hank Ruiz Jr." holds "Ruiz"
            if c.type == "PERSON" and len(words) > 1 and words[-1].lower() in shared:
                holders.setdefault(words[-1].lower(), []).append(c)
        ordered = sorted(self.mentions, key=lambda m: m.start)
        people = {m.start: m for m in ordered if m.cluster.type == "PERSON"}
        by_bare: dict[int, list[_Mention]] = {}
        for m in ordered:
            c = m.cluster
            if c.type == "PERSON" and len(c.name.split()) == 1 and c.name.lower() in shared:
                by_bare.setdefault(id(c), []).append(m)
        for found in by_bare.values():
            bare = found[0].cluster
            titles = {t.split()[-1].lower().rstrip(".") for t in bare.titles if t.split()}
            titles |= {self.lowers[m.start - 1].rstrip(".") for m in found if m.start > 0}
            genders = {self._pronoun_gender(m, people) for m in found} - {None}
            if not genders:
                continue  # no pronoun stands for it: nothing says
            genders |= word_genders(titles, pronouns=False)
            if len(genders) != 1:
                continue  # the pronouns or titles disagree
            [gender] = genders
            named = holders[bare.name.lower()]
            known = {id(h): self._holder_gender(h) for h in named}
            if None in known.values():
                continue  # a holder of unknown gender might be the one
            fitting = [h for h in named if known[id(h)] == gender]
            if len(fitting) != 1:
                continue
            [target] = fitting
            if any(self._office_elsewhere(t, target, named) for t in titles):
                continue
            for m in found:
                self._move(m, target)
            target.aliases.add(bare.name)
            target.titles |= bare.titles

    def split_bare_of_other_gender(self) -> None:
        """A bare surname joined to the person named in full who holds it ("Trump" to
        Melania Trump) that the pronouns standing for it (two at least) all give the other
        gender ("Trump said he would win": ``_pronoun_gender``), with no gendered title before
        it, names someone the article does not name in full:
        every bare mention of that surname leaves the person for one of the bare name, whom
        no gender or full name is given. A wrong person is worse than none."""
        people = {m.start: m for m in self.mentions if m.cluster.type == "PERSON"}
        by_name: dict[tuple[int, str], list[_Mention]] = {}
        for m in self.mentions:
            c = m.cluster
            words = _unsuffixed(c.name)
            if c.type != "PERSON" or len(words) < 2 or m.end - m.start != 1:
                continue
            word = self.doc[m.start].text
            if word.lower() == words[-1].lower():
                by_name.setdefault((id(c), word), []).append(m)
        gendered = speakers.lexicon().male_titles | speakers.lexicon().female_titles
        for (_, word), found in by_name.items():
            target = found[0].cluster
            gender = self._holder_gender(target)
            if gender is None or any(
                m.start > 0 and self.lowers[m.start - 1].rstrip(".") in gendered for m in found
            ):
                continue  # a title ("Ms. Epstein") was weighed when the name was joined
            said = [g for g in (self._pronoun_gender(m, people) for m in found) if g is not None]
            if len(said) < 2 or gender in said:
                continue  # one pronoun may stand for someone else; both genders: no evidence
            bare = self.cluster("PERSON", word)
            self.apart.add(bare.key)
            for m in found:
                self._move(m, bare)
            target.aliases.discard(word)

    def split_told_kin(self) -> None:
        """A surname alone ("Vance", "Mr. Vance") joined to the one person named in full who
        holds it ("Carl Vance") that the text tells as someone's relative ("Mr. Vance, his
        son,", "Carl Vance's widow, Mrs. Vance": ``speakers.told_as_kin``) is that relative,
        whose full name the article does not give: it leaves the person for one of the bare
        name. From there on the surname may be either of them, so each later bare mention of
        it leaves too, unless a gendered title gives it the full name's gender where the
        relative has the other ("Mr. Vance" after "Vance, his wife,"). A wrong person is
        worse than none: the relative's words are not the full name's. The relative is a
        person of their own (``_kin_cluster``), never one already named like them (the wife
        "Mrs. Vance" when the son "Mr. Vance" is told; review rev50b); and the full name
        keeps no title ("Mr.") that only the relative's mentions had."""
        doc = self.doc
        ordered = sorted(self.mentions, key=lambda m: m.start)
        told: dict[tuple[int, str], list[tuple[int, str | None]]] = {}
        for m in ordered:
            c = m.cluster
            words = _unsuffixed(c.name)
            if c.type != "PERSON" or len(words) < 2 or m.end - m.start != 1:
                continue
            word = self.texts[m.start]
            if word.lower() != words[-1].lower():
                continue
            if speakers.told_as_kin(doc[m.start]):
                told.setdefault((id(c), word), []).append((m.start, self._kin_gender(m.start)))
        relatives: dict[int, _Cluster | None] = {}
        left: dict[int, tuple[_Cluster, set[str]]] = {}
        unnamed: list[_Mention] = []
        for m in ordered:
            c = m.cluster
            tellings = told.get((id(c), self.texts[m.start])) if m.end - m.start == 1 else None
            # the last relative told at or before the mention ("Mr. Vance, his son," after
            # "Mrs. Vance, his wife,": each one a relative of their own)
            found = [t for t in tellings or [] if t[0] <= m.start]
            if not found:
                continue
            at, kin_gender = found[-1]
            title = self.texts[m.start - 1] if m.start > 0 else ""
            if m.start > at and self._not_the_relative(title, kin_gender, c, at):
                continue
            if at not in relatives:
                made = self._kin_cluster(self.texts[m.start], title)
                if made is not None:
                    self.apart.add(made.key)  # kept apart in the store too (kinst50)
                relatives[at] = made
            relative = relatives[at]
            left.setdefault(id(c), (c, set()))[1].add(title)
            if relative is None:
                unnamed.append(m)  # no name of its own is free: the relative stays unnamed
                continue
            if title in c.titles:
                relative.titles.add(title)
            self._move(m, relative)
        if unnamed:
            gone = {id(u) for u in unnamed}
            self.mentions[:] = [m for m in self.mentions if id(m) not in gone]
            self.people.moved()
            ordered = sorted(self.mentions, key=lambda m: m.start)
        for c_id, word in told:
            holder = next((m.cluster for m in ordered if id(m.cluster) == c_id), None)
            if holder is not None and not any(
                id(m.cluster) == c_id and self.texts[m.start] == word for m in ordered
            ):
                holder.aliases.discard(word)
        for holder, titles in left.values():
            kept = {
                self.texts[m.start - 1] for m in ordered if id(m.cluster) == id(holder) and m.start
            }
            holder.titles.difference_update(titles - kept)

    def _not_the_relative(
        self, title: str, kin_gender: str | None, holder: _Cluster, told: int
    ) -> bool:
        """Whether a later bare surname after the title ``title`` is not the relative told at
        token ``told``: a gendered title of the other gender ("Mr. Vance" after "Vance, his
        wife,"), or a title the full name carries and the telling does not
        (``_full_name_title``)."""
        if kin_gender is not None:
            gender = one_gender(word_genders([title.rstrip(".")], pronouns=False))
            if gender is not None and gender != kin_gender:
                return True
        return self._full_name_title(title, holder, told)

    def _full_name_title(self, title: str, holder: _Cluster, told: int) -> bool:
        """Whether the ungendered title or office ``title`` given to a later bare surname is
        one the person named in full (``holder``) carries at a mention of several words ("Dr."
        Carl Vance) and the relative's telling at token ``told`` does not have: that mention
        is the full name, not the relative."""
        word = title.lower().rstrip(".")
        if not _ungendered_title(word):
            return False
        if told > 0 and self.lowers[told - 1].rstrip(".") == word:
            return False
        return any(
            id(m.cluster) == id(holder)
            and m.end - m.start > 1
            and m.start > 0
            and self.lowers[m.start - 1].rstrip(".") == word
            for m in self.mentions
        )

    def _kin_cluster(self, word: str, title: str) -> _Cluster | None:
        """A new cluster for a relative told by the bare surname ``word`` (``split_told_kin``):
        named by it, or by its title and it ("Mr. Vance") when another cluster already has
        the surname's name (the wife "Vance" split off before), so that the two stay two
        people; none when both names are taken."""
        names = [word]
        if title[:1].isupper() and title.endswith("."):
            names.append(f"{title} {word}")
        taken = {m.cluster.key for m in self.mentions}
        for name in names:
            key = f"PERSON:{normalise(name)}"
            if key not in self.clusters and key not in taken:
                return self.cluster("PERSON", name)
        return None

    def _kin_gender(self, at: int) -> str | None:
        """The gender of a bare surname at token ``at`` told as kin: its gendered title
        ("Mrs." Vance) or its kin noun's ("son", "wife"), when they agree."""
        name = self.doc[at]
        words = [self.lowers[at - 1].rstrip(".")] if at > 0 else []
        words += [c.lower_ for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "appos":
            words.append(name.head.lower_)
        return one_gender(word_genders(words, pronouns=False))

    @staticmethod
    def _office_elsewhere(title: str, target: _Cluster, named: list[_Cluster]) -> bool:
        """Whether an office or role given to a bare name ("President" Obama) is given here to
        another of the people who share its surname and not to ``target``: evidence that the
        bare name is that other person. An office none of them is given says nothing."""
        offices = speakers.person_roles() | speakers.lexicon().person_titles
        if title not in offices or holds_office(title, target.titles):
            return False
        return any(holds_office(title, c.titles) for c in named if id(c) != id(target))

    def _holder_gender(self, holder: _Cluster) -> str | None:
        """The gender of a person named in full: from the first name, unless a gendered title
        they are given here says otherwise (then unknown)."""
        words = [title.split()[-1] for title in holder.titles if title.split()]
        first = first_name_gender(holder.name.split()[0])
        return one_gender([first, *word_genders(words, pronouns=False)])

    def _pronoun_gender(self, mention: _Mention, people: dict[int, _Mention]) -> str | None:
        """The gender of the pronoun that stands for a bare name used as a subject ("Obama
        said he ...", "Obama and his wife", "Obama arrived. She ..."): the first gendered
        pronoun after it, in its sentence or the next, when it is a subject ("he", "she") or,
        in the same sentence, a possessive ("his"). None when the name is no subject, or when
        a person's mention, a gendered noun ("wife", "lady"), a title or role word ("the
        president's") or a quotation mark comes first (the pronoun may then stand for someone
        else), or the first pronoun is an object ("told her": often another person)."""
        doc = self.doc
        head = doc[mention.end - 1]
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        lex = speakers.lexicon()
        gendered = lex.male_titles | lex.female_titles
        roles = speakers.person_roles() | lex.person_titles
        sentence = head.sent
        stop = sentence.end
        if stop < len(doc):
            stop = doc[stop].sent.end
        for i in range(mention.end, stop):
            token = doc[i]
            lower = self.lowers[i]
            if i in people or lower in gendered or lower in roles:
                return None
            if _QUOTE_MARKS.intersection(token.text):
                return None
            said = lex.pronoun_gender(lower)
            if said is None:
                continue
            subject = lower in ("he", "she")
            possessive = token.dep_ == "poss" and i < sentence.end
            if not (subject or possessive):
                return None
            return said
        return None

    def _titled_apart(self, at: int, target: _Cluster) -> bool:
        """Whether the bare name at token ``at`` is kept apart from the one full name that
        holds it, by the title before it: a title of the other gender ("Mr. Obama" before
        "Michelle Obama"), or a title the full name is never given ("President Obama")."""
        if at == 0:
            return False
        return self._title_apart(self.doc[at - 1].lower_.rstrip("."), target)

    def _title_apart(self, title: str, target: _Cluster) -> bool:
        """Whether a title or role word given to a bare name sets it apart from the full
        name ``target``: a gendered title of the other gender ("Mr" for "Michelle Obama"), or
        an office or role the full name is never given here ("President" for "Michelle
        Obama"); a gendered title of the same gender is no reason ("Mr" for "Barack Obama")."""
        if title not in speakers.person_roles() and title not in speakers.person_titles():
            return False
        wanted = one_gender(word_genders([title], pronouns=False))
        if wanted is not None:
            gender = first_name_gender(target.name.split()[0])
            return gender is not None and gender != wanted
        return not holds_office(title, target.titles)

    def _cluster_apart(self, bare: _Cluster, target: _Cluster) -> bool:
        """Whether any title the bare name was given sets it apart from ``target``."""
        return any(
            self._title_apart(w.lower().rstrip("."), target)
            for t in bare.titles
            for w in t.split()[-1:]
        )

    def _coordinated_given_name(self, start: int, name: str) -> None:
        """ "Barack and Michelle Obama", "Bill and Hillary Clinton": a given name joined by
        "and" to the full name ``name`` starting at token ``start`` shares its surname and is
        that person, not a bare given name (nor nothing, when NER left it out). Placed before
        the names that follow are clustered, so a later bare "Obama" has two holders. A
        generational suffix is no surname: "Eric and Don Jr." are two given names."""
        doc = self.doc
        words = _unsuffixed(name)  # "Hank Ruiz Jr.": the surname is Ruiz
        if len(words) < 2 or start < 2 or doc[start - 1].lower_ != "and":
            return
        surname = words[-1]
        given = doc[start - 2]
        if given.pos_ != "PROPN" or first_name_gender(given.text) is None:
            return
        before = next((m for m in self.mentions if m.start <= given.i < m.end), None)
        if before is not None and (before.start, before.end) != (given.i, given.i + 1):
            return  # part of a longer name of its own
        cluster = self._person_cluster(f"{given.text} {surname}", given.i)
        if before is not None:
            self._move(before, cluster)
        else:
            self.mentions.append(_Mention(given.i, given.i + 1, cluster))

    def finish(self) -> None:
        """Give each cluster the longest proper name it was seen with."""
        mentioned = {id(m.cluster) for m in self.mentions}
        for c in self.clusters.values():
            # the name of its mentions' cluster, when it has any
            names = {_POSSESSIVE.sub("", c.name)} if id(c) in mentioned else set()
            names |= {a for a in c.aliases if a[:1].isupper() and not a.isupper()}
            proper = [n for n in names if all(w[:1].isupper() for w in n.split())]
            if c.type == "PERSON" and proper:
                c.name = max(proper, key=lambda n: (len(n.split()), len(n)))
            if c.type == "PERSON" and c.name.isupper() and len(c.name) > 3:
                c.aliases.add(c.name)  # a caption's "LEO MARSH": named "Leo Marsh"
                c.name = c.name.title()
            c.aliases.discard(c.name)
            c.aliases |= c.titles


#: Recogniser labels of names (whose last word before another name is no title of it).
_NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"}
)


#: Recogniser labels of places (an account's handle is never one).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


#: Words before a name that make it a place ("central Valmora", "northern Kessan").
_PLACE_MODIFIERS = frozenset(
    "central northern southern eastern western north south east west downtown rural".split()
)
#: Prepositions after which a one-word name is a place ("in Valmora", "through Valmora");
#: "at", "to" and "into" are not among them: "spoke to Ruiz".
PLACE_ONLY_PREPOSITIONS = place_prepositions()


def initials_match(acronym: str, name: str) -> bool:
    """Whether an acronym is made of the initials of a name's words, in order, the small
    words optional ("KCNA" for Korean Central News Agency, "AROS" for Alliance to Reclaim
    Our Schools, "UN" for United Nations)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    letters = acronym.lower()

    @cache
    def fits(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w[:1].islower() for w in words[j:])
        if j == len(words):
            return False
        word = words[j]
        if word[0].lower() == letters[i] and fits(i + 1, j + 1):
            return True
        return word[:1].islower() and fits(i, j + 1)

    return len(words) >= 2 and fits(0, 0)


def _plural_demonym(name: str, country: str) -> bool:
    """Whether a demonym is written in the plural ("Kenyans", "Americans"): its form without
    the final "s" is a demonym of the same country. Such a word, even as a modifier
    ("Kenyans manager", "the Kenyans' hopes"), names a people or a team, never the state;
    an adjective ending in "s" ("Swiss") has no such singular."""
    return name.endswith("s") and gazetteer.country_of_demonym(name[:-1]) == country


def _place_context(token: Token) -> bool:
    """A one-word name written where places are: after a compass word, or as the object of
    a preposition of place."""
    if token.i > 0 and token.doc[token.i - 1].lower_ in _PLACE_MODIFIERS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_ONLY_PREPOSITIONS


def _entity(c: _Cluster) -> Entity:
    """The record of a cluster, linked to the bundled gazetteer when it is a place."""
    place = None
    if c.type in ("GPE", "LOC", "FAC"):
        place = gazetteer.link_place(c.name)
        for alias in sorted(c.aliases):
            place = place or gazetteer.link_place(alias)
    if place is None:
        return Entity(key=c.key, name=c.name, type=c.type, aliases=tuple(sorted(c.aliases)))
    return Entity(
        key=c.key,
        name=c.name,
        type=c.type,
        aliases=tuple(sorted(c.aliases)),
        kb_id=place.kb_id,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        precision=place.precision,
    )


class Resolved(NamedTuple):
    """What the entity stage finds in a document."""

    spans: list[Span]
    """The mentions of actors and places (label: entity key), in text order."""
    entities: dict[str, Entity]
    """Their entities by key."""
    topic_spans: list[Span]
    """The mentions of names that are no actor and no place (``TOPIC_TYPE``), in text order."""
    topics: dict[str, Entity]
    """Their entities by key."""


def resolve_entities(doc: Doc) -> Resolved:
    """Cluster the named mentions of a parsed document."""
    resolver = EntityResolver(doc)
    resolver.add_caps_names()
    resolver.add_possessive_businesses()
    for ent in resolver.ents:
        resolver.add_ent(ent)
    resolver.add_titled_people()
    resolver.add_handles()
    resolver.add_region_mentions()
    resolver.merge_acronyms()
    resolver.add_alias_mentions()
    resolver.merge_surnames()
    resolver.merge_short_bodies()
    resolver.merge_shared_by_pronouns()
    resolver.split_bare_of_other_gender()
    resolver.split_told_kin()
    resolver.finish()
    used = {id(m.cluster) for m in resolver.mentions}
    entities = {
        c.key: replace(_entity(c), apart=c.key in resolver.apart)
        for c in resolver.clusters.values()
        if id(c) in used
    }
    topics = {m.cluster.key: _entity(m.cluster) for m in resolver.topics}
    return Resolved(_spans(doc, resolver.mentions), entities, _spans(doc, resolver.topics), topics)


def _spans(doc: Doc, mentions: list[_Mention]) -> list[Span]:
    """Mentions as spans labelled with their entity's key, in text order."""
    return [
        Span(doc, m.start, m.end, label=m.cluster.key)
        for m in sorted(mentions, key=lambda m: m.start)
    ]


@Language.component(
    "newsclaims_entities",
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc.spans", "doc._.newsclaims_entities", "doc._.newsclaims_topics"],
)
@guarded("newsclaims_entities")
def entities_component(doc: Doc) -> Doc:
    """Write entity mentions and the article's entities to the doc; the mentions and entities
    of names that are no actor and no place (``TOPIC_TYPE``) go apart, to
    ``doc.spans["newsclaims_topics"]`` and ``doc._.newsclaims_topics``, which the later stages
    do not read: a topic is never a speaker, a place or a person."""
    found = resolve_entities(doc)
    doc.spans["newsclaims_entities"] = found.spans
    doc._.newsclaims_entities = found.entities
    doc.spans["newsclaims_topics"] = found.topic_spans
    doc._.newsclaims_topics = found.topics
    return doc
