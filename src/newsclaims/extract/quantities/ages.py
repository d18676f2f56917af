"""Ages: a number that is an attribute of a person, not a count ("Joe Maddon, 66, said")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsclaims import settings
from newsclaims.extract.quantities.tokens import token_at
from newsclaims.extract.quantities.units import word_set
from newsclaims.extract.spans import doc_text, entities_within, entity_range_at
from newsclaims.extract.speakers import person_noun

#: Subjects whose bare number after "be" or "turn" is an age ("she turned 60"); "they were
#: 12" is a count.
_PERSONAL = word_set("personal")
#: Verbs of a life's event: a bare number "at" them is the subject's age ("died at 43").
_AGE_AT_VERBS = word_set("age_at_verb")
#: Adverbs between the comma after a name and an age ("Ana Okafor, only 19, won").
_AGE_ADVERBS = word_set("age_adverb")
#: Relative pronouns that stand for a person ("Verstappen, who is 19").
_AGE_RELATIVES = word_set("age_relative")
#: Prepositions of a place: a name not typed as a person after one is a place ("to Tarvik").
_UNAGED_PREPS = word_set("unaged_prep")


def is_age(doc: Doc, m: re.Match[str]) -> bool:
    """A number set off by a comma right after a person's name, up to a comma, bracket or
    the sentence's end: "Joe Maddon, 66, said", "said Joe Maddon, 66.", "Ana Okafor, only 19,
    won" (an adverb of ``age_adverb`` may come first), or after a noun of one person
    (``personal``, or what a person is: ``speakers.person_noun``): "his wife, 58,", "the
    driver, 42,"; never in brackets after a place (a one-word name not typed as a person
    after a preposition of ``unaged_prep``: "returned to Tarvik (45)"; "went to Ana Ruiz (44)"
    stays her age)."""
    text = doc_text(doc)
    groups = m.groupdict()
    if groups.get("vague") or groups["bound"] or groups["num2"] or groups["sign"]:
        return False
    if not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125 or not re.match(
        r"\s*(?:[,)]|\.(?:\s|$))", text[m.end() :]
    ):
        return False
    first = token_at(doc, m.start())
    if first is None:
        return False
    before = first.i - 1
    if before > 0 and doc[before].lower_ in _AGE_ADVERBS:
        before -= 1  # "Ana Okafor, only 19, won"
    if before < 1 or doc[before].text not in (",", "("):
        return False
    name = doc[before - 1]
    if name.tag_ == "NN" and (name.lower_ in _PERSONAL or person_noun(name.text)):
        return True  # "his wife, 58,", "the tram driver, 42,": a noun of one person
    if (
        doc[before].text == "("
        and name.ent_type_ != "PERSON"
        and name.dep_ == "pobj"
        and name.head.lower_ in _UNAGED_PREPS
        and not any(c.dep_ == "compound" for c in name.children)
    ):
        return False  # "He returned to Tarvik (45) last week": a place is no person (age49)
    return name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.text[:1].isupper())


def is_aged(doc: Doc, m: re.Match[str]) -> bool:
    """A bare number or range after "aged", "age" or "age of": "a man aged 57", "died at age
    80", "the victims were aged between 19 and 62", "won at the age of 18" ("members under
    the age of 25" is a bound on members, not anyone's age)."""
    groups = m.groupdict()
    if groups.get("vague") or groups["sign"] or not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125:
        return False
    before = doc_text(doc)[max(0, m.start() - 20) : m.start()]
    return re.search(r"\b(?:aged?|at\s+the\s+age\s+of)\s+$", before, re.IGNORECASE) is not None


def is_stated_age(doc: Doc, m: re.Match[str]) -> bool:
    """A bare number a person is or turns: "by June she will be 41", "he
    turned 60 last week"."""
    groups = m.groupdict()
    if groups.get("vague") or groups["num2"] or groups["sign"] or not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125:
        return False
    if re.match(r"\s+of\b", doc_text(doc)[m.end() : m.end() + 4]):
        return False  # "her husband is 1 of the best": one of many, not an age
    token = token_at(doc, m.start("num"))
    if token is not None and _contracted_is(token):
        return True  # "my mom's 82": the parse reads "'s" as a possessive
    if token is None or token.dep_ not in ("attr", "acomp", "dobj", "oprd"):
        return False
    verb = token.head
    if verb.lemma_ not in ("be", "turn"):
        return False
    return any(c.dep_ == "nsubj" and _person(c) for c in verb.children)


def _person(subject: Token) -> bool:
    """A personal subject (``personal``), a person's name, or the name or noun a relative
    pronoun of a person stands for ("Verstappen, who")."""
    if subject.lower_ in _PERSONAL or subject.ent_type_ == "PERSON":
        return True
    antecedent = relative_antecedent(subject)
    return antecedent != subject and antecedent.pos_ in ("PROPN", "NOUN")


def relative_antecedent(subject: Token) -> Token:
    """ "Verstappen, who is 19": what a relative pronoun subject (``age_relative``) of a
    relative clause stands for, the noun the clause hangs on; any other subject itself."""
    verb = subject.head
    if subject.lower_ in _AGE_RELATIVES and verb.dep_ == "relcl" and verb.head.i < subject.i:
        return verb.head
    return subject


def is_age_at(doc: Doc, m: re.Match[str]) -> bool:
    """A bare number "at" a verb of a life's event (``age_at_verb``) whose subject is a noun
    or pronoun: "his brother died at 43", "she retired at 38"."""
    groups = m.groupdict()
    if groups.get("vague") or groups["num2"] or groups["sign"] or not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125:
        return False
    token = token_at(doc, m.start("num"))
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "at":
        return False
    verb = token.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _AGE_AT_VERBS:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
        for c in verb.children
    )


def is_fronted_age(doc: Doc, m: re.Match[str]) -> bool:
    """ "At 24, Rosa Vance is the youngest winner", "At 81, she still runs the farm": a bare
    number after an "At" that opens its sentence, set off by a comma, is the age of the
    clause's subject when that subject is a person (a name or a pronoun of ``personal``);
    a number under ``settings.FRONTED_AGE_MIN`` is left alone ("At 9, ..." may be a time)."""
    groups = m.groupdict()
    if groups.get("vague") or groups["num2"] or groups["sign"] or not m.group("num").isdigit():
        return False
    if not settings.FRONTED_AGE_MIN <= int(m.group("num")) < 125:
        return False
    token = token_at(doc, m.start("num"))
    if token is None or token.i < 1 or token.i + 1 >= len(doc):
        return False
    at = doc[token.i - 1]
    if at.lower_ != "at" or at.i != at.sent.start or doc[token.i + 1].text != ",":
        return False
    if token.head != at or at.dep_ != "prep" or at.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i and _person(c) for c in at.head.children
    )


def _contracted_is(number: Token) -> bool:
    """Whether the parse read the "'s" before a number as a possessive: see ``aged_person``."""
    return aged_person(number) is not None


def aged_person(number: Token) -> Token | None:
    """ "My mom's 82, and ...": a number right after a person's "'s" that the parse hangs the
    person on as a possessive, with no noun of its own, is what the person is: an age. The
    person, else None."""
    if number.pos_ != "NUM" or number.i < 2 or number.doc[number.i - 1].lower_ not in ("'s", "’s"):
        return None
    person = number.doc[number.i - 2]
    if person.dep_ != "poss" or person.head != number:
        return None
    return person if person.lower_ in _PERSONAL or person.ent_type_ == "PERSON" else None


#: Nouns that name a person by what they are ("boy", "woman"): an age phrase used as a noun
#: ("the six-year-old") can refer back to one.
_PERSON_NOUNS = word_set("person_noun")
#: Dependencies of a subject: the one a sentence is about comes first among its people.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: How many sentences before an age's own a name it refers back to may be in.
_BACK = 2
#: How many sentences back the walk goes at most, quoted ones included.
_REACH = 6
#: A sentence that opens or closes a quotation ("'We won!!", "I am too old!'").
_QUOTED = re.compile(r"""^["“‘']|[.!?,]["”’']$""")


def person_name(token: Token) -> str | None:
    """The name of the person a token is part of (the recogniser's PERSON span: "winger Sam
    Ortiz" -> "Sam Ortiz"), else None."""
    if token.ent_type_ != "PERSON":
        return None
    found = entity_range_at(token.doc, token.i)
    return str(token.doc[found[0] : found[1]].text) if found is not None else None


def name_beside(noun: Token) -> str | None:
    """ "her 12-year-old daughter, Nia,", "Omar Reyes, a 41-year-old baker,", "28-year-old
    winger Sam Ortiz", "Mika Lund, the 37-year-old Finn,": the person's name an aged noun is,
    stands beside or is set beside, else None."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        # "Mika Lund, the 37-year-old Finn,": the name the aged noun is set beside (a
        # demonym may itself read as a name)
        return person_name(noun.head) or name_chain(noun.head)
    own = person_name(noun)
    if own is not None:
        return own
    if noun.pos_ == "PROPN":
        first = noun.i
        while (
            first > 0 and noun.doc[first - 1].pos_ == "PROPN" and noun.doc[first - 1].head == noun
        ):
            first -= 1
        return str(noun.doc[first : noun.i + 1].text)
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return person_name(child) or str(child.text)
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return person_name(noun.head)
    return None


def named_before(doc: Doc, start: int) -> str | None:
    """ "A small girl went missing in the hills ... The six-year-old, seen last at noon, ...",
    "Ana Soto posted ... 'We won!! I am too old!' the 64-year-old potter added": whom an age
    phrase used as a noun or a definite aged noun refers back to, the person named in its
    sentence before it or in the ``_BACK`` sentences before that (quoted sentences are
    passed over: a quote names no one it is said of by the writer): in the nearest sentence
    that names one, its subject, else the first named, by a noun of ``_PERSON_NOUNS``
    ("girl", "boy"; a person's name is never taken back: see below). None when none is."""
    token = token_at(doc, start)
    if token is None:
        return None
    # its sentence and the ``_REACH`` ones before it, nearest first (not every sentence of
    # the document for each phrase)
    sentences = [token.sent]
    while len(sentences) <= _REACH and sentences[-1].start > 0:
        sentences.append(doc[sentences[-1].start - 1].sent)
    left = _BACK + 1
    for k, sentence in enumerate(sentences):
        if k and _QUOTED.search(sentence.text.strip()):
            continue
        left -= 1
        if left < 0:
            return None
        stop = token.i if k == 0 else sentence.end
        # a name is never taken from here: the one named before an age phrase is often
        # another person ("X beat the 19-year-old"; a race report names the winner first):
        # read by hand on story half B, 3 of 6 names taken back this way were wrong
        people: list[tuple[Token, str]] = []
        for word in doc[sentence.start : stop]:
            if word.lower_ in _PERSON_NOUNS and word.tag_ == "NN" and word.ent_type_ != "PERSON":
                people.append((word, word.lower_))
        if people:
            people.sort(key=lambda p: p[0].i)
            subjects = [p for p in people if p[0].dep_ in _SUBJECTS]
            return (subjects or people)[0][1]
    return None


def subject_named_before(doc: Doc, start: int, *, through_noun: bool = False) -> str | None:
    """ "Ana Okafor finished third. The 19-year-old said ...": an age phrase used as a noun that
    opens its sentence as its subject is the age of the one person the sentence before names,
    when that person is its subject (a quoted sentence before, or two people named in it, and
    whose it is stays untold: "Lund beat Okafor. The 19-year-old ..."); with ``through_noun``,
    also an aged noun that is the subject ("The 31-year-old Briton said"); None otherwise
    (figures17, invented sentences: see ``named_before`` for why a name is not taken back from
    anywhere else)."""
    token = token_at(doc, start)
    if token is None:
        return None
    sentence = token.sent
    opening = [t for t in doc[sentence.start : token.i] if not t.is_punct]
    if len(opening) > 1 or (opening and opening[0].lower_ != "the"):
        return None
    phrase = next((t for t in doc[token.i : sentence.end] if t.lower_ == "old"), None)
    if through_noun and phrase is not None and phrase.dep_ == "amod":
        phrase = phrase.head  # "The 31-year-old Briton said": the noun is the subject
    elif phrase is not None and adverb_read_as_subject(phrase):
        phrase = phrase.head  # "The 29-year-old now leads": "now" read as the subject
    if phrase is None or phrase.dep_ not in _SUBJECTS or sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    return _sole_subject(before) or _sole_named(before)


def adverb_read_as_subject(old: Token) -> bool:
    """ "The 29-year-old now leads the standings": whether the parse made the adverb right
    after "old" the subject and "old" its modifier, so the age phrase is really the subject
    used as a noun (dur48: the adverb was given as whose the age is)."""
    after = old.head
    return (
        old.dep_ == "amod"
        and after.i == old.i + 1
        and after.pos_ == "ADV"
        and after.dep_ in _SUBJECTS
    )


#: Pronouns of one person whose age may be said ("she was 18 at the time").
_ONE_PERSON = frozenset({"he", "she"})
#: Pronouns by which a quoted speaker says his or her own age ("'I am 51,' said Tom Bell").
_SPEAKER_SELF = word_set("speaker_self")
#: Verbs of saying (the quantities stage's ``speech_verb`` set).
_SAYING = word_set("speech_verb")
#: Clause links inside one quotation, from a clause up to the verb of saying it hangs on.
_QUOTED_LINKS = frozenset({"ccomp", "conj", "parataxis"})
#: Tags of quotation marks.
_QUOTE_TAGS = frozenset({"``", "''"})
#: Clause links by which a verb of saying governs something besides the quoted clause.
_OTHER_SAID = frozenset({"ccomp", "xcomp", "csubj"})


def pronoun_person(pronoun: Token) -> str | None:
    """ "But Ana Okafor was not covered because she was 18 at the time", "Omar Reyes is a
    nurse. He is 41": whom "he" or "she" whose age is said stands for: the one name that is a
    subject before it in its sentence, else the one person the sentence before names as its
    subject; None otherwise (figures17, PolNeAR train f16 and invented sentences)."""
    if pronoun.lower_ not in _ONE_PERSON:
        return None
    sentence = pronoun.sent
    names = [
        t
        for t in pronoun.doc[sentence.start : pronoun.i]
        if t.pos_ == "PROPN" and t.dep_ in _SUBJECTS
    ]
    if len(names) == 1:
        return name_chain(names[0])
    if names or sentence.start == 0:
        return None
    return _sole_subject(pronoun.doc[sentence.start - 1].sent)


def quoted_speaker(pronoun: Token) -> str | None:
    """'"I am 51," said Tom Bell', 'Lin Park said: "I'm 34 and tired."': whose age the
    speaker's own "I" in a quotation gives: the named person who is the subject of the verb of
    saying the quoted clause hangs on. None when the sayer is no name ("said his wife", "said
    the officer"; a "he" or "she" is left to the attribution stage, ``extract.convert``), when
    the clause is not set off by exactly one quotation mark from that verb (no quotation, or a
    quotation within one), or for any pronoun but "I" (fig50, from the PolNeAR train f50
    labels and the shape issue 17 names). None too when the verb has a clause of its own
    besides the quotation ("said Lin Park told him"), an "-ing" clause of no saying ("said,
    reading from her statement"), or a sayer that is a group or two people (fixf50)."""
    if pronoun.lower_ not in _SPEAKER_SELF:
        return None
    clause = pronoun.head
    for _ in range(3):
        if clause.dep_ not in _QUOTED_LINKS or clause.head == clause:
            return None
        verb = clause.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _SAYING:
            break
        clause = verb
    else:
        return None
    low, high = sorted((pronoun.i, verb.i))
    marks = [t for t in pronoun.doc[low:high] if t.tag_ in _QUOTE_TAGS]
    if len(marks) != 1:
        return None
    if any(c.dep_ in _OTHER_SAID for c in verb.children if c != clause):
        # '"I am 51," Tom Bell said Lin Park told him', 'said "I am 51" was a lie': the
        # quotation may be someone else's words, or what is talked about (fixf50)
        return None
    if any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() not in _SAYING
        for c in verb.children
    ):
        # '..., Tom Bell said, reading from her statement', '... says in the film, playing
        # her father': the sayer may be voicing someone else (fixf50)
        return None
    sayers = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(sayers) != 1:
        return None
    sayer = sayers[0]
    if sayer.tag_ == "NNPS" or any(c.dep_ in ("det", "conj") for c in sayer.children):
        # "said the Delvin Rovers" (a group), "said Tom Bell and Lin Park" (two) (fixf50)
        return None
    if sayer.pos_ == "PROPN" and sayer.ent_type_ == "PERSON":
        return name_chain(sayer)
    return None


def name_chain(head: Token) -> str:
    """A name with the compound names before it ("Ana Okafor"), no other compound word."""
    first = head.i
    while first > head.sent.start and (
        (head.doc[first - 1].dep_ == "compound" and head.doc[first - 1].pos_ == "PROPN")
        or (head.doc[first - 1].tag_ == "HYPH" and not head.doc[first - 1].whitespace_)
    ):
        first -= 1  # "In 1962 Lund": the year is no part of the name; "Lund-Okafor" is
    return str(head.doc[first : head.i + 1].text)


def _sole_subject(before: Span) -> str | None:
    """The one person a sentence names, when that person is its subject; None for a quoted
    sentence or one naming two people."""
    if _QUOTED.search(before.text.strip()):
        return None
    people = entities_within(before, "PERSON")
    if not people:
        return _lone_subject_name(before)
    if len({e.text.split()[-1] for e in people}) != 1:
        return None
    if not any(t.dep_ in _SUBJECTS for t in people[0]) or _not_alone(before, people):
        return None
    return str(people[0].text)


#: Dependencies of a noun that says what the person it is said of is ("is a nurse").
_SAME_PERSON = frozenset({"attr", "appos", "compound", "oprd", "acomp"})


def _not_alone(sentence: Span, people: list[Span]) -> bool:
    """Whether the name a sentence names is said as a possessive ("Dan Hobbs's daughter":
    the daughter may be the one an age after it is of) or a noun of another person stands
    in it ("Dan Hobbs and his brother"): then whose an age after it is stays open (fix39c)."""
    inside = {t.i for e in people for t in e}
    for word in sentence:
        if word.i in inside:
            if word.dep_ == "poss" or word.tag_ == "POS":
                return True  # "Dan Hobbs's daughter", "Coco Gauff's match"
            continue
        if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in _SAME_PERSON:
            continue  # "Omar Reyes is a nurse", "winger Sam Ortiz": what the named one is
        if word.lower_ in _PERSONAL or word.lower_ in _PERSON_NOUNS or person_noun(word.text):
            return True
    return False


def _sole_named(before: Span) -> str | None:
    """ "Police stopped Dan Hobbs at the gate.": the one person a sentence names, in any role,
    when no subject of it is a person (a pronoun of ``personal``, a noun of what a person is,
    or a name): "He stopped Dan Hobbs", "The teacher stopped Dan Hobbs" leave whose an age
    after it is open. None for a quoted sentence or one naming two people, for a name said
    as a possessive ("hit Dan Hobbs's daughter": the daughter may be the one aged) and when
    a noun of another person stands anywhere in it ("Dan Hobbs and his brother") (fix39c)."""
    if _QUOTED.search(before.text.strip()):
        return None
    people = entities_within(before, "PERSON")
    if not people or len({e.text.split()[-1] for e in people}) != 1:
        return None
    if _not_alone(before, people):
        return None
    for word in before:
        if word.dep_ not in _SUBJECTS:
            continue
        if word.pos_ == "PROPN" or word.lower_ in _PERSONAL or word.pos_ == "PRON":
            return None
        if word.lower_ in _PERSON_NOUNS or person_noun(word.text):
            return None
    return str(people[0].text)


def _lone_subject_name(sentence: Span) -> str | None:
    """The name that is the subject of a sentence whose names the recogniser left untyped
    ("Ana Okafor finished third"), when it is the only name in it; else None."""
    names = [t for t in sentence if t.pos_ == "PROPN"]
    subjects = [t for t in names if t.dep_ in _SUBJECTS and not t.ent_type_]
    if len(subjects) != 1:
        return None
    head = subjects[0]
    first = head.i
    while first > sentence.start and sentence.doc[first - 1].dep_ == "compound":
        first -= 1
    if any(t.i < first or t.i > head.i for t in names):
        return None  # another name in the sentence
    return str(sentence.doc[first : head.i + 1].text)
