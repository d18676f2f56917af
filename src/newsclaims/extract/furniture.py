"""Page furniture: find the text a crawler kept that is not the article, before any stage runs.

Captions and photo credits, "Scroll down for video", share and subscribe prompts, lists of
related stories, player and advert labels, cookie and robot notices become entities, sources
and claims when they are parsed as text. ``find_furniture`` finds them in an article's text
and ``mask`` blanks them out (each character becomes a space, newlines stay), so the stages
never see them while every offset into the original text stays exact. The spans found are
kept on the ``Analysis`` (``Analysis.furniture``) and in the store.

Three kinds of evidence, all on the raw text (no parse is needed):

- labels and credits (``data/furniture.json``): a rule's match is furniture, and a caption
  reaches from a label ("Image caption") to the caption's end, or back from a credit
  ("(Getty Images)", "Photo: AP") to the caption's start; a related-stories label reaches to
  the first real sentence after it;
- numbered galleries: the same small number before several captions ("4 The 150g bar ...
  Alamy 4 An image of ...") is a photo counter;
- captions without a label: crawled text often loses the line breaks and the caption keeps
  no full stop, so a caption runs into the next sentence ("... the much-loved snack The change
  came ..."). A stretch up to a sentence end that holds such a clause break (a lowercase word,
  then a word that starts English sentences: "The", "He", "However") is captions and then
  one sentence: everything before the last break is furniture;
- runs of captions (some outlets print several after a paragraph, none with a full stop:
  "... lead. Actor Sam Reed greets Hawks pitcher Leo Grant in the dressing room Harbor
  City fans fill the square ..."): a stretch that starts with a caption's subject and
  present-tense verb ("Leo Grant, left, and Sam Ortiz embrace", "Pictured"), holds
  two of them after lowercase words (not conjunctions) next to other furniture, or runs on
  for FURNITURE_RUN_MIN_WORDS words without a sentence end (and then not when its only
  breaks are caption subjects after a word for a person: "... as his teammate Leo Grant
  raises the trophy ..." is prose), is read with more breaks (each
  caption's subject and verb; after a name or a number a starter; a heading in capitals; a
  quotation too where the stretch reads as captions, not for its length alone), and
  everything before the last is furniture, less any heading in capitals (article text). A
  sentence before a credit that reads as a caption ("A Hawks supporter waves a flag ... Photo:
  Getty Images") is its caption. A clause's first word is capitalised whatever it is, so it
  is no name ("Police officers gather ...", "Trump is seen ...").

Where text between two furniture spans holds no sentence end, it is furniture too (a run of
captions). Trust first, since masked article text is lost to every stage: text is only masked
on positive evidence; a caption after its label ends at a clause break, and at a full stop
only when it is short (a long one has run into the article); a sentence before a credit is
only read as its caption at the start of the text or next to other furniture (some outlets
put credits after article sentences), except before a credit naming a photographer, by a
known first name, and an outlet ("(Jane Doe/Harbor Times)"; not a poll's "(Reuters/Ipsos)",
which follows an article's sentence); a run of captions that ends the text without punctuation
is furniture to its last word; no break is read inside a quotation, across a line
break or after a capitalised word ("Formula One"). ``bench/realnews/furniture.py`` measures
it on hand-annotated real news and checks it on text without furniture.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from newsclaims import settings
from newsclaims.extract.scan import alternation, needles
from newsclaims.extract.speakers import person_noun
from newsclaims.lexicons import first_name_gender

_DATA = Path(__file__).parent / "data" / "furniture.json"

#: How far a rule's furniture reaches beyond its match.
REACHES = (
    "none",
    "caption_after",
    "headline_after",
    "caption_before",
    "photo_caption_before",
    "headline_before",
    "list_after",
)
#: Reaches that take a caption before the match (read last, in text order).
_BEFORE = ("caption_before", "photo_caption_before", "headline_before")

#: A sentence end: terminal punctuation and closing quotes or brackets, then the end or a
#: space and something that is not a lowercase word.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s*$|\s+[^\sa-z])")
#: Words whose full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st jr sr gov sen rep gen
    col lt sgt capt prof inc co corp ltd no vs u.s u.k""".split()
)
_WORD = re.compile(r"\S+")
_LOOKAHEAD = 64
_LINE_END = re.compile(r"(?<=\S)[^\S\n]*\n")
#: Double quotes (a caption quotes nobody) and the marks of an embedded post (not furniture).
_QUOTED = re.compile('["\u201c\u201d]')
_POST = re.compile(r"@\w|://|pic\.twitter|#\w")
_BULLET = re.compile(r"(?:^|\s)[-*\u2022\u2013](?=\s)")
_TRAILING = "\"'\u201d\u2019)],;:"
_PRONOUNS = frozenset(("He", "She", "It", "It's", "They", "We"))
_OPENING = "\"'\u201c\u2018"
_CLOSING = "\"'\u201d\u2019"


@dataclass(frozen=True, slots=True)
class Rule:
    """One furniture rule of ``data/furniture.json``."""

    kind: str
    """What the furniture is: caption, credit, video, share, subscribe, advert, related, ..."""
    reach: str
    """How far it reaches beyond the match (one of ``REACHES``)."""
    pattern: re.Pattern[str]
    """The compiled expression."""
    needles: frozenset[str] | None = None
    """Strings one of which every match holds (``scan.needles``): a text without any of them
    is not searched; None when the pattern gives none."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The rules and word lists of ``data/furniture.json``."""

    rules: tuple[Rule, ...]
    """Label and credit rules, in file order."""
    gallery: re.Pattern[str]
    """A gallery counter: an optional photo credit, then a small number."""
    starters: frozenset[str]
    """Words that begin English sentences and rarely stand capitalised inside one."""
    joiners: frozenset[str]
    statement_cues: frozenset[str]
    """Lower-cased words after which a capitalised word goes on with the same sentence."""
    subordinators: frozenset[str]
    """Starters that open a clause before any subject, a name too ("When Rizzo ...")."""
    caption_verbs: frozenset[tuple[str, ...]]
    """Present-tense verbs (as word tuples) that follow a photo caption's subject."""
    caption_verb_starts: frozenset[str]
    """The first words of ``caption_verbs``."""
    subject_words: frozenset[str]
    """Lower-case nouns (roles, groups) that may stand in a caption's subject."""
    subject_links: frozenset[str]
    """Lower-case words that join or place a caption's names ("and", "of", "left")."""
    conjunctions: frozenset[str]
    """Lower-case words that join clauses: a caption never ends in one, so a caption's
    subject after one is the next clause of the same sentence ("... while Anna Berg
    greets them")."""
    caption_articles: frozenset[str]
    """Articles before a caption's subject ("A Cubs fan holds up ...")."""
    caption_openers: frozenset[str]
    """Words that open a caption on their own ("Pictured")."""
    caption_pronouns: frozenset[str]
    """Pronouns that open a run of captions before a caption's verb ("He celebrates ...")."""
    gallery_openers: re.Pattern[str]
    """A slide gallery's opener after its slide count ("29 show all"): group 1 the count."""
    photo_verbs: frozenset[str]
    """Joiners that are verbs: after a name marked with its place in a photo, its verb."""
    photo_mark: re.Pattern[str]
    """A name's place in a photo right after the name: " (left)", " (second right)", ",
    pictured,", ", pictured in March," (``photo_positions`` and the words around them)."""


@dataclass(frozen=True, slots=True)
class FurnitureSpan:
    """A stretch of furniture in the text, before it becomes a record."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    kind: str
    """What it is (the kind of the rule that found it, or ``caption``/``gallery``)."""
    uncaptioned: bool = False
    """A photo credit whose caption was not found before it: a sentence right before it
    may be that caption, which only a parse tells (``narration``: captions are written in
    the present tense)."""


@cache
def lexicon() -> Lexicon:
    """The furniture rules, loaded once per process."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    rules = []
    for rule in data["rules"]:
        if rule["reach"] not in REACHES:
            raise ValueError(f"furniture.json: unknown reach {rule['reach']!r}")
        pattern = re.compile(rule["pattern"])
        rules.append(Rule(rule["kind"], rule["reach"], pattern, needles(pattern)))
    credits = alternation(data["gallery_credits"])
    gallery = re.compile(rf"(?:\b(?:{credits}) )?(?<![\w.,:/-])(\d{{1,2}}) (?=[A-Z0-9])")
    return Lexicon(
        rules=tuple(rules),
        gallery=gallery,
        starters=frozenset(data["starters"]),
        joiners=frozenset(w.lower() for w in data["joiners"]),
        statement_cues=frozenset(data["statement_cues"]),
        subordinators=frozenset(data["subordinators"]),
        caption_verbs=frozenset(tuple(v.split()) for v in data["caption_verbs"]),
        caption_verb_starts=frozenset(v.split()[0] for v in data["caption_verbs"]),
        subject_words=frozenset(data["caption_subject_nouns"]),
        subject_links=frozenset(data["caption_subject_links"]),
        conjunctions=frozenset(data["conjunctions"]),
        caption_articles=frozenset(data["caption_articles"]),
        caption_openers=frozenset(data["caption_openers"]),
        caption_pronouns=frozenset(data["caption_pronouns"]),
        photo_verbs=frozenset(data["photo_verbs"]),
        photo_mark=_photo_mark(data),
        gallery_openers=re.compile(
            rf"\b(\d{{1,3}}) (?:{'|'.join(re.escape(w) for w in data['gallery_openers'])})\b"
        ),
    )


def _photo_mark(data: dict[str, list[str]]) -> re.Pattern[str]:
    """``Lexicon.photo_mark`` from the word lists of ``furniture.json``."""
    positions = alternation(data["photo_positions"])
    modifiers = alternation(data["photo_position_modifiers"])
    places = alternation(data["photo_places"])
    return re.compile(
        rf" \((?:(?:{modifiers}) )?(?:{positions})\),? (?=\S)"
        rf"|, pictured(?: (?:{places})(?: [\w'\u2019-]+){{0,3}})?, (?=\S)"
    )


def _sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """Offsets just after each sentence end in ``[lo, hi)`` (abbreviations and initials
    such as "Nov." or "J." end none); a line break ends a sentence too (a heading, a list
    item)."""
    found = [m.start() for m in _LINE_END.finditer(text, lo, hi)]
    # the end's lookahead reads a little past ``hi``; reading no further keeps this linear
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), hi + _LOOKAHEAD)):
        if m.end() > hi:
            break
        if (
            text.startswith("...", m.start() - 2)
            and text[m.end() : m.end() + 2].strip()[:1].isdigit()
        ):
            continue  # "benching for... 11 View Slideshow": a cut-off teaser
        if m.group().startswith("."):
            word = text[max(lo, m.start() - 6) : m.start()].split()
            last = word[-1].lower().lstrip("(\"'") if word else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
        found.append(m.end())
    return sorted(set(found))


def _breaks(
    text: str,
    lo: int,
    hi: int,
    lex: Lexicon,
    lenient: bool = False,
    captions: bool = False,
    quotes: bool = False,
    words: list[tuple[int, str]] | None = None,
) -> list[int]:
    """Offsets in ``[lo, hi)`` where a clause starts without punctuation before it.

    A break is a lowercase word ending in a lowercase letter or a digit (not a word that a
    name often follows, such as "of" or "told") followed by a capitalised word that starts
    sentences and a lowercase word ("... the popular treat The move ..."); after "A" or "An"
    any word will do ("... on Sunday A Chinese boy ..."), and with ``lenient`` (between
    headlines) after any starter. Inside a quotation, or across a line break, there is none.
    ``words``: the words of ``[lo, hi)`` (``_WORD``), when the caller has read them already.
    """
    if words is None:
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, lo, hi)]
    found: list[int] = []
    if len(words) < 2:
        return found
    if not captions and not any(w.rstrip(_TRAILING) in lex.starters for _, w in words[1:]):
        return found  # outside captions only a starter opens a clause: most sentences have none
    following = [*words[2:], (hi, "")]
    quoted = False
    for i, ((_, prev), (at, word), (_, after)) in enumerate(
        zip(words[:-1], words[1:], following, strict=True), start=1
    ):
        quoted = _quote_state(prev, quoted)
        starter = word.rstrip(_TRAILING)
        if quoted or prev.lower() in lex.joiners:
            continue
        if captions and _caption_break(words, i, lex, quotes):
            found.append(at)
            continue
        if starter not in lex.starters:
            continue
        if not (prev[-1].islower() or prev[-1].isdigit()) or "\n" in text[at - 3 : at]:
            continue
        if not prev[:1].islower() and not (starter in _PRONOUNS and after[:1].islower()):
            continue  # after a name only a pronoun and its verb start a clause ("Formula One")
        if starter in ("A", "An") and after.lower() in (*lex.joiners, "through"):
            continue  # "letters A through I": a letter, not an article
        opens = lenient or starter in ("A", "An") or starter in lex.subordinators
        if after[:1].islower() or (after[:1].isalnum() and opens):
            found.append(at)
    return found


def _caption_break(words: list[tuple[int, str]], at: int, lex: Lexicon, quotes: bool) -> bool:
    """Whether a clause starts at ``words[at]`` in a run of captions (``_caption_chain``),
    where the breaks are read more freely: a caption's subject and verb after a lowercase
    word; after any word that ends a caption without punctuation (a name or a number too),
    a starter and a lowercase word ("... at Harbor Park In the video") or a starter and its
    comma ("... at Harbor Park Later, the mayor"), or a heading in
    capitals; with ``quotes`` (the stretch reads as captions, ``_caption_chain``), a
    quotation after a lowercase word ("... the tight contest 'I just had ..."): a long
    sentence alone runs into quotations ("... the government would act \"We will ..."). A
    caption's subject after a conjunction is the next clause of a sentence ("... while
    Anna Berg greets them")."""
    prev, word = words[at - 1][1], words[at][1]
    if not (prev[-1].isalnum() or prev[-1] == ")"):
        return False
    lower = prev[:1].islower() and prev[-1].islower()
    if lower and prev.lower() not in lex.conjunctions and _caption_subject(words, at, lex):
        return True
    after = words[at + 1][1] if at + 1 < len(words) else ""
    if word in lex.starters and (after[:1].islower() or after[:1].isdigit()):
        return True
    if word.endswith(",") and word[:-1] in lex.starters and word[:-1] not in ("A", "An"):
        return True  # an adverbial opener and its comma ("... Ana Ruiz Previously, the mayor")
    if quotes and word[:1] in _OPENING and word[1:2].isupper() and lower:
        return True
    caps = word.isupper() and len(word) > 1 and after.isupper() and len(after) > 1
    return caps and lower and not prev.isupper()


def _caption_chain(words: list[tuple[int, str]], lex: Lexicon, beside: bool) -> bool:
    """Whether a stretch is a run of captions: it starts with a caption's subject and verb
    ("Bill Murray joins ...", "Pictured ..."), or, next to other furniture (``beside``), two
    captions start inside it after a lowercase word (in prose two such clauses are a
    sentence: "... while Michelle Obama watches ..., so Joe Biden waves ..."). A pronoun
    and a caption's verb open one too ("He celebrates with ...": news tells in the past)."""
    if not words:
        return False
    if words[0][1] in lex.caption_openers or _caption_subject(words, 0, lex):
        return True
    if words[0][1] in lex.caption_pronouns:
        verb = tuple(w.rstrip(",") for _, w in words[1:4])
        if any(verb[:k] in lex.caption_verbs for k in range(1, len(verb) + 1)):
            return True  # "He celebrates with ...", "They are seen ..."
    if not beside:
        return False
    starts = 0
    for at in range(1, len(words)):
        prev = words[at - 1][1]
        ends = prev[:1].islower() and prev[-1].islower()
        if ends and prev.lower() not in lex.joiners and prev.lower() not in lex.conjunctions:
            starts += _caption_subject(words, at, lex)
    return starts >= settings.FURNITURE_CHAIN_MIN_CAPTIONS


def _caption_subject(words: list[tuple[int, str]], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]`` starts a caption's clause: a capitalised name, perhaps with more
    names, roles and "(left)", then a present-tense verb of the caption kind ("Leo Grant,
    left, and Sam Ortiz embrace ...", "Harbor City fans fill ...")."""
    start = at
    first = words[at][1]
    if first in lex.caption_articles and at + 1 < len(words):
        at += 1  # "A Cubs fan holds up ..."
        first = words[at][1]
    if not first[:1].isupper() or not first[1:2].islower():
        return False
    names = 0
    for j in range(at, min(len(words), at + settings.FURNITURE_SUBJECT_MAX_WORDS + 1)):
        word = words[j][1]
        core = word.strip("(),")
        if j > at and not word[-1].isalnum() and word[-1] not in ",)":
            return False
        if j > at and word[:1].islower():
            verb = tuple(w.rstrip(",") for _, w in words[j : j + 4])
            if any(verb[:k] in lex.caption_verbs for k in range(1, len(verb) + 1)):
                return names > 0
        if core[:1].isupper() and core[1:2].islower():
            # a clause's first word is capitalised whatever it is ("Police officers
            # gather ...", "Trump is seen as ..."): no evidence of a name
            names += j > start
        elif core.lower() not in lex.subject_words and core.lower() not in lex.subject_links:
            return False
    return False


def _quote_state(word: str, quoted: bool) -> bool:
    """Whether a quotation is open after ``word``, given whether it was open before it."""
    if word[:1] in _OPENING and word[1:2].isalnum():
        quoted = True
    core = word.rstrip(".,;:!?")
    if quoted and core[-1:] in _CLOSING and (len(core) > 1 or word[:1] not in _OPENING):
        quoted = False
    return quoted


def _end_of_caption(
    text: str,
    start: int,
    stop: int,
    lex: Lexicon,
    lenient: bool = False,
    own_stop: bool = True,
) -> int | None:
    """Where a caption that starts at ``start`` ends: at its first clause break, or at the
    end of the text (or ``stop``, where the next label starts); at its first sentence end only
    when that makes a short caption (a long one has run into the article) and the caption
    may end in a full stop (``own_stop``: a link's headline never does). None when no end is
    found within a caption's length."""
    limit = min(stop, start + settings.FURNITURE_CAPTION_MAX_CHARS)
    candidates = _breaks(text, start, limit, lex, lenient=lenient)[:1]
    candidates += _quotations_run_in(text, start, limit, lex)[:1]
    ends = _sentence_ends(text, start, limit)[:1]
    short = bool(ends) and (
        len(text[start : ends[0]].split()) <= settings.FURNITURE_CAPTION_SENTENCE_WORDS
    )
    if own_stop and short:
        candidates.append(ends[0])
    if stop <= start + settings.FURNITURE_CAPTION_MAX_CHARS and not _sentence_ends(
        text, start, stop
    ):
        candidates.append(stop)  # an unpunctuated caption that ends the text
    return min(candidates) if candidates else None


def _quotations_run_in(text: str, start: int, stop: int, lex: Lexicon) -> list[int]:
    """Where a quotation starts in ``text[start:stop]`` right after a word with no
    punctuation between ("... outside the town hall "We waited ten years ..."), as a caption
    runs into the article's next quotation: one that opens with a capital and holds at least
    ``FURNITURE_QUOTE_MIN_WORDS`` words before it closes (or does not close there); a
    shorter one is a title ("a sign reading 'Go Harbor Go'"), one after a word that
    introduces words ("said", "called": ``joiners``) is the caption's own, and so is one
    whose close neither ends a sentence nor comes before its cue (``_closes_a_statement``)."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, stop)]
    found = []
    for i in range(1, len(words)):
        prev, word = words[i - 1][1], words[i][1]
        if word[:1] not in _OPENING or not word[1:2].isupper():
            continue
        if not prev[-1].isalnum() or prev.lower() in lex.joiners:
            continue
        length = 0
        statement = True  # a quotation that does not close there goes on as the article's
        for k, (_, w) in enumerate(words[i:], start=i):
            length += 1
            core = w.rstrip(".,;:!?")
            if core[-1:] in _CLOSING and len(core) > 1:
                statement = _closes_a_statement(w) or _cue_follows(text, words, k + 1, lex)
                break
        if length >= settings.FURNITURE_QUOTE_MIN_WORDS and statement:
            found.append(words[i][0])
    return found


def _cue_follows(text: str, words: list[tuple[int, str]], at: int, lex: Lexicon) -> bool:
    """Whether a quotation's speaker and a word of saying follow its close ('"We waited ten
    years" Mayor Helen Ward told', '... " she said'): capitalised words (at most
    ``FURNITURE_SUBJECT_MAX_WORDS``) or one pronoun, then a word of ``statement_cues``."""
    pronouns = {p.lower() for p in lex.caption_pronouns}
    names = 0
    for _, word in words[at : at + settings.FURNITURE_SUBJECT_MAX_WORDS + 1]:
        core = word.rstrip(".,;:!?")
        if core.lower() in lex.statement_cues:
            return names > 0
        if (core[:1].isupper() and core[1:2].islower()) or (
            names == 0 and core.lower() in pronouns
        ):
            names += 1
            continue
        return False
    return False


def _closes_a_statement(word: str) -> bool:
    """Whether a quotation's closing word ends a sentence ('here."', 'here".') or a statement
    before its cue ('days,"' ... "she said"): a quotation that closes with neither and goes
    on with the sentence ('a banner "We want our bridge back now" outside the hall') is a
    slogan or title the caption names."""
    core = word.rstrip(".,;:!?")
    if word[len(core) :][:1] in (".", "!", "?", ","):
        return True  # the stop after the closing mark
    return core[-2:-1] in (".", "!", "?", ",")  # the stop before it


def _start_of_caption(
    text: str,
    end: int,
    lex: Lexicon,
    own_end: bool = True,
    furniture: _Stretches | None = None,
    anywhere: bool = False,
) -> int | None:
    """Where a caption that ends at ``end`` (just before its credit) starts: after the
    sentence end or clause break before it; None when that is further back than a caption
    is long. A caption that ends in its own full stop is a sentence like any other, so it is
    only taken where a page puts captions: at the start of the text or right after other
    furniture (``furniture``: each span found so far, to its end past spaces), or
    ``anywhere`` (before a credit that names a photo, "(Photo: ...)": such a credit
    follows a caption, never an article's sentence); with ``own_end`` false (a headline),
    never."""
    body_end = end
    while body_end > 0 and text[body_end - 1].isspace():
        body_end -= 1
    limit = max(0, body_end - settings.FURNITURE_CAPTION_MAX_CHARS)
    ends = _sentence_ends(text, limit, body_end)
    sentence = bool(ends) and ends[-1] == body_end
    if sentence:  # the caption's own full stop
        if not own_end:
            return None
        ends.pop()
    if ends:
        begin = ends[-1]
    elif limit == 0:
        begin = 0
    else:
        return None
    while begin < end and text[begin].isspace():
        begin += 1
    placed = anywhere or (furniture is not None and furniture.covers(begin))
    if sentence and begin > 0 and not placed:
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, begin, body_end)]
        if not _caption_subject(words, 0, lex):
            return None  # unless it reads as a caption ("Dexter Fowler celebrates ...")
    breaks = _breaks(text, begin, body_end, lex)
    if breaks:
        begin = breaks[-1]
    while begin < end and text[begin].isspace():
        begin += 1
    if _QUOTED.search(text, begin, body_end):
        return None  # a quotation is no caption
    return begin


def _end_of_list(text: str, start: int, stop: int) -> int:
    """Where a list of headlines that starts at ``start`` ends: before its first real
    sentence (one ending in a full stop, with enough words), at most a list's length on."""
    limit = min(stop, start + settings.FURNITURE_LIST_MAX_CHARS)
    previous = start
    for end in _sentence_ends(text, start, limit):
        piece = text[previous:end].rstrip("\"'\u201d\u2019)] ")
        full_stop = piece.endswith(".") and not piece.endswith("...")
        if full_stop and len(piece.split()) >= settings.FURNITURE_LIST_SENTENCE_WORDS:
            breaks = _breaks(text, previous, end, lexicon(), lenient=True)
            return breaks[-1] if breaks else previous
        previous = end
    return previous


def _rule_spans(text: str, lex: Lexicon) -> list[FurnitureSpan]:
    """Furniture found by the rules; credits are read last, in text order, so a caption with
    a full stop is only taken right after furniture already found."""
    spans = []
    credits = []
    matches = [
        (rule, list(rule.pattern.finditer(text)))
        for rule in lex.rules
        if rule.needles is None or any(n in text for n in rule.needles)  # else none can match
    ]
    # a caption or headline after its label ends where the next label or credit starts
    labels = sorted({m.start() for _, hits in matches for m in hits})
    for rule, hits in matches:
        reached = -1
        for m in hits:
            if m.start() < reached:
                continue  # inside what this rule has already found
            start, end = m.start(), m.end()
            if rule.reach in _BEFORE:
                credits.append((m, rule))
                continue
            if rule.reach in ("caption_after", "headline_after"):
                after = bisect.bisect_left(labels, end)
                stop = labels[after] if after < len(labels) else len(text)
                own_stop = rule.reach == "caption_after"
                reach = _end_of_caption(text, end, stop, lex, own_stop=own_stop)
                end = reach if reach is not None else end
            elif rule.reach == "list_after":
                end = max(end, _end_of_list(text, end, len(text)))
            spans.append(FurnitureSpan(start, end, rule.kind))
            reached = end
    spans.extend(_gallery_spans(text, lex))
    spans.extend(_slide_spans(text, lex))
    found = _Stretches(text, spans)
    for m, rule in sorted(credits, key=lambda c: c[0].start()):
        own_end = rule.reach != "headline_before"
        # a credit that names a photographer follows its caption wherever it stands; one
        # that names two outlets ("(Reuters/Ipsos)": a poll) may follow an article's sentence
        anywhere = rule.reach == "photo_caption_before" and _names_a_person(m.group())
        begin = _start_of_caption(text, m.start(), lex, own_end, found, anywhere)
        start = m.start() if begin is None else begin
        span = FurnitureSpan(start, m.end(), rule.kind, begin is None and own_end)
        spans.append(span)
        found.add(span)
    return spans


def _names_a_person(credit: str) -> bool:
    """Whether a credit "(Name/Outlet)" opens with a person's known first name ("(Jane
    Doe/Harbor Times)"), not an outlet's ("(ABC News/Washington Post)": a poll's credit)."""
    first = credit.strip("()").split("/")[0].split()
    return bool(first) and first_name_gender(first[0]) is not None


class _Stretches:
    """The spans found so far, each from its start to its end past any space (where a
    caption may begin), merged and sorted, so adding and looking up are bisections."""

    def __init__(self, text: str, spans: list[FurnitureSpan]) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s in spans:
            self.add(s)

    def add(self, s: FurnitureSpan) -> None:
        start, end = s.start, s.end
        while end < len(self.text) and self.text[end].isspace():
            end += 1
        lo = bisect.bisect_left(self.ends, start)  # the first stretch that reaches start
        hi = bisect.bisect_right(self.starts, end)  # past the last stretch that starts by end
        if lo < hi:
            start = min(start, self.starts[lo])
            end = max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]

    def covers(self, position: int) -> bool:
        at = bisect.bisect_right(self.starts, position) - 1
        return at >= 0 and self.ends[at] >= position


def _counter(text: str, m: re.Match[str]) -> bool:
    """A gallery match stands as a counter: after a credit, or not after a capitalised word
    ("Game 7 For ..." is a number that belongs to a name)."""
    if m.start(1) != m.start():
        return True
    before = text[max(0, m.start() - 30) : m.start()].split()
    if before and before[-1].lower() in lexicon().joiners:
        return False  # "1 in 10 Democratic voters"
    return not before or not before[-1][:1].isupper() or before[-1][-1] in ".!?\"'"


def _first_word(text: str, at: int) -> str:
    return re.sub(r"\W+$", "", text[at : at + 40].split(maxsplit=1)[0]) if text[at:].strip() else ""


def _gallery_spans(text: str, lex: Lexicon) -> list[FurnitureSpan]:
    """Photo counters: the same number before several captions, each caption to its end."""
    matches = [m for m in lex.gallery.finditer(text) if _counter(text, m)]
    # a counter stands before different captions ("13 Hours", again and again, is a title)
    counts = Counter(n for n, _ in {(m.group(1), _first_word(text, m.end())) for m in matches})
    spans = []
    for m in matches:
        if counts[m.group(1)] >= settings.FURNITURE_GALLERY_MIN_REPEATS:
            end = _end_of_caption(text, m.end(), len(text), lex, lenient=True)
            spans.append(FurnitureSpan(m.start(), end or m.end(), "gallery"))
    # a caption runs to the next counter at most
    nexts = [*spans[1:], FurnitureSpan(len(text), len(text), "")][: len(spans)]
    return [
        FurnitureSpan(s.start, min(s.end, n.start), s.kind)
        for s, n in zip(spans, nexts, strict=True)
    ]


_SLIDE = re.compile(r"(?<![\w/.,:-])(\d{1,3})/(\d{1,3})(?![\w/])")


def _slide_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of slide counters ("1/29 ... 2/29 ... 3/29"): one total, each number one more
    than the last, each at most a caption's length (``FURNITURE_CAPTION_MAX_CHARS``) after
    the last, at least ``FURNITURE_GALLERY_MIN_REPEATS`` long (dates and scores such as
    "9/11" or "3/4" never count on in a row; a post's "1/3" inside a quotation is no slide)."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for m in _SLIDE.finditer(text):
        number, total = int(m.group(1)), int(m.group(2))
        if not 0 < number <= total or text[m.end() : m.end() + 1] in _CLOSING:
            continue  # a thread's "1/3" closing a quoted post numbers a post, not a slide
        if (
            run
            and total == int(run[-1].group(2))
            and number == int(run[-1].group(1)) + 1
            and m.start() - run[-1].end() <= settings.FURNITURE_CAPTION_MAX_CHARS
        ):
            run.append(m)
            continue
        if len(run) >= settings.FURNITURE_GALLERY_MIN_REPEATS:
            runs.append(run)
        run = [m]
    if len(run) >= settings.FURNITURE_GALLERY_MIN_REPEATS:
        runs.append(run)
    return runs


def _slide_spans(text: str, lex: Lexicon) -> list[FurnitureSpan]:
    """A slide gallery: each counter with its caption, up to the next counter; the last
    caption to its end (a quotation after it is the article's). A gallery opening at slide 1
    takes its heading too when the slide count stands before it in the same sentence ("In
    pictures 29 show all ... 1/29")."""
    spans = []
    for run in _slide_runs(text):
        start = run[0].start()
        if run[0].group(1) == "1":
            lo = max(0, start - settings.FURNITURE_CAPTION_MAX_CHARS)
            ends = _sentence_ends(text, lo, start)
            lo = ends[-1] if ends else lo
            openers = [
                m
                for m in lex.gallery_openers.finditer(text, lo, start)
                if m.group(1) == run[0].group(2)
            ]
            if openers:
                ends = _sentence_ends(text, max(0, lo - 1), openers[0].start())
                start = ends[-1] if ends else lo
                while start < len(text) and text[start].isspace():
                    start += 1
        last = run[-1]
        end = _end_of_caption(text, last.end(), len(text), lex) or last.end()
        # a slide's caption holds no quotation: one opening after it is the article's
        quote = next(
            (m for m in _WORD.finditer(text, last.end(), end) if m.group()[:1] in _OPENING), None
        )
        spans.append(FurnitureSpan(start, end if quote is None else quote.start(), "gallery"))
    return spans


def _merge(spans: list[FurnitureSpan]) -> list[FurnitureSpan]:
    merged: list[FurnitureSpan] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.end <= s.start:
            continue
        if merged and s.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = FurnitureSpan(
                last.start, max(last.end, s.end), last.kind, last.uncaptioned
            )
        else:
            merged.append(s)
    return merged


def _runs(text: str, spans: list[FurnitureSpan]) -> list[tuple[int, int, bool]]:
    """The stretches of text outside furniture, each cut after every sentence end, and
    whether each is next to furniture (starts where a span ends, or ends where one starts)."""
    runs = []
    position = 0
    for edge in [*spans, FurnitureSpan(len(text), len(text), "")]:
        start = position
        after_span = position > 0
        for end in _sentence_ends(text, position, edge.start):
            runs.append((start, end, after_span or (end == edge.start and edge.kind != "")))
            start, after_span = end, False
        if start < edge.start:
            runs.append((start, edge.start, after_span or edge.kind != ""))
        position = edge.end
    return runs


def _unlabelled_captions(
    text: str, spans: list[FurnitureSpan], lex: Lexicon
) -> list[FurnitureSpan]:
    """Captions that ran into the next sentence: all of a stretch before its last break;
    all of it when it ends the text without punctuation (``_unpunctuated_end``), follows some
    text and holds a break read as in a run of captions (the last caption of a run that ends
    the page; a text that is one unpunctuated stretch is a headline or a note, not a caption)."""
    found = []
    for start, end, beside in _runs(text, spans):
        tail = _unpunctuated_end(text, end) and bool(text[:start].strip())
        if not tail and not _sentence_ends(text, max(start, end - 3), end):
            continue  # the stretch must end as a sentence does
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
        chain = _caption_chain(words, lex, beside)
        captions = chain or tail or len(words) >= settings.FURNITURE_RUN_MIN_WORDS
        # a quotation breaks only a stretch that reads as captions: a long sentence alone
        # runs into quotations ("... that the government would act "We will ...")
        breaks = _breaks(text, start, end, lex, captions=captions, quotes=chain, words=words)
        if captions and not chain and not tail:
            # read as captions for its length alone: a caption's subject after a word for a
            # person goes on with the sentence ("... the singer's mother Carol Diaz waves")
            # unless another break shows captions ("... left in tears Harbor City fan Ana
            # Ruiz covers her face ...": a break at "Harbor" and one at "Ana")
            starts = [at for at, _ in words]
            if all(_after_person(words, starts, at, lex) for at in breaks):
                breaks = []
        if not breaks:
            continue
        head_start = start + len(text[start:end]) - len(text[start:end].lstrip())
        tail_words = len(text[breaks[-1] : end].split())
        head_words = len(text[head_start : breaks[-1]].split())
        head = text[head_start : breaks[-1]]
        if tail:  # the last caption too: an article ends in a full stop
            if any(w[:1] in _OPENING and w[1:2].isalnum() for _, w in words):
                continue  # a quotation cut off at the end is the article's
            head = text[head_start:end]
            head_words, tail_words, breaks[-1] = len(head.split()), 3, end
        if _POST.search(head) or _QUOTED.search(head) or len(_BULLET.findall(head)) >= 2:
            continue  # an embedded post, a quotation or a bulleted list, not a caption
        if head_words >= settings.FURNITURE_MIN_CAPTION_WORDS and tail_words >= 3:
            found.append(FurnitureSpan(head_start, breaks[-1], "caption"))
    return found


def _after_person(words: list[tuple[int, str]], starts: list[int], at: int, lex: Lexicon) -> bool:
    """Whether a caption's subject starts at the break at offset ``at`` after a word that
    says what a person is (a role in a caption's subject, ``caption_subject_nouns``, or
    ``speakers.person_noun``): "his teammate Leo Grant raises ..." is one clause, as
    ``narration._glued`` reads it. ``starts``: where each of ``words`` starts."""
    i = bisect.bisect_left(starts, at)
    if not 0 < i < len(words) or not _caption_subject(words, i, lex):
        return False
    before = words[i - 1][1].strip(_TRAILING)
    return before.lower() in lex.subject_words or person_noun(before)


def _unpunctuated_end(text: str, end: int) -> bool:
    """Whether a stretch that ends at ``end`` ends the text without punctuation (a word
    character last): an article's last sentence ends in a full stop, a caption in none."""
    body = text.rstrip()
    return end >= len(body) and body[-1:].isalnum()


def _fill_gaps(text: str, spans: list[FurnitureSpan]) -> list[FurnitureSpan]:
    """Join furniture spans whose gap holds no sentence end (a run of captions)."""
    if not spans:
        return spans
    joined = [spans[0]]
    for s in spans[1:]:
        last = joined[-1]
        gap = text[last.end : s.start]
        if len(gap) <= settings.FURNITURE_GAP_MAX_CHARS and not _sentence_ends(
            text, last.end, s.start
        ):
            joined[-1] = FurnitureSpan(last.start, s.end, last.kind, last.uncaptioned)
        else:
            joined.append(s)
    return joined


def _trim(text: str, s: FurnitureSpan) -> FurnitureSpan:
    start, end = s.start, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return FurnitureSpan(start, end, s.kind, s.uncaptioned)


def find_furniture(text: str) -> tuple[FurnitureSpan, ...]:
    """The furniture in ``text``: sorted, disjoint spans with their kind."""
    lex = lexicon()
    spans = _merge(_rule_spans(text, lex))
    spans = _merge(spans + _unlabelled_captions(text, spans, lex))
    spans = [p for s in _fill_gaps(text, spans) for p in _without_headings(text, s)]
    return tuple(t for s in spans if (t := _trim(text, s)).end > t.start)


def run_together(text: str, start: int, end: int, adverbs: Collection[int] = ()) -> list[int]:
    """Where ``text[start:end]`` runs clauses together with no punctuation between them, as
    crawled captions and headings run into a sentence ("... to win the cup Coach Ana Ruiz
    celebrates ...", "... this week WHAT THE LAW MEANS The fines ..."): the clause breaks of
    a run of captions (``_breaks``, read as ``_caption_break`` does) after a lowercase word
    that names no one in a caption's subject (``caption_subject_nouns``: "police officer Tom
    Hale holds up ..." is one clause), and where capitals start a heading of at least
    ``_HEADING_MIN_WORDS`` words ("USA TODAY" is a name); and a caption's subject after such
    a word with an adverb before its verb ("... on Sunday night Harbor City fan Ana Ruiz
    nervously covers ..."): ``adverbs`` are where the words the parse tags as adverbs
    start ("rally" and "family" are nouns). A sentence not known to be captions gets no
    break after a capitalised word ("Formula One star ...")."""
    found = []
    lex = lexicon()
    subject_words = lex.subject_words
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    starts = [at for at, _w in tokens]
    for at in _breaks(text, start, end, lex, captions=True, words=tokens):
        # the word before the break (a break starts a word): found by bisection, as a
        # search back from the break over the whole sentence is quadratic in its length
        i = bisect.bisect_left(starts, at)
        before = tokens[i - 1][1] if i else ""
        if not _LOWER.match(before) or before.lower() in subject_words:
            continue
        capitals = _CAPITAL_WORDS.match(text, at, end)
        words = capitals.group().split() if capitals is not None else []
        if words and len(words[0]) > 1 and len(words) < _HEADING_MIN_WORDS:
            continue  # a name in capitals ("USA TODAY"), not a heading
        found.append(at)
    found.extend(_subject_breaks(text, tokens, end, adverbs, marked=False))
    return sorted(set(found))


def caption_starts(text: str, start: int, end: int, adverbs: Collection[int] = ()) -> list[int]:
    """Where a photo caption starts in ``text[start:end]`` with no punctuation before it,
    after a lowercase word: a name marked with its place in the photo and then a verb of any
    tense ("... until noon Singer Nina Hale (right) performed ...", ``_marked_caption_subject``:
    captions tell in the past too), or a group capitalised mid sentence before a caption's
    verb ("... themselves Fans celebrate ..."). Not ``run_together``'s bare name and
    present verb: after a noun that is prose ("every time Tom Reyes walks onto ...", "the
    reason Tom Reyes celebrates ..."). The attribution stage ends a claim's content there;
    no heading or starter is read as a break ("... show The 411": a title)."""
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    return sorted(set(_subject_breaks(text, tokens, end, adverbs, marked=True)))


def _subject_breaks(
    text: str, tokens: list[tuple[int, str]], end: int, adverbs: Collection[int], marked: bool
) -> list[int]:
    """The starts of caption subjects after a lowercase word (not a joiner, conjunction or
    caption noun) among ``tokens`` (``run_together``, ``caption_starts``); with ``marked``
    (``caption_starts``) only names marked with their place in a photo and capitalised
    groups (``_marked_caption_subject``), after a quotation's last word too."""
    if not tokens:
        return []
    lex = lexicon()
    subject_words = lex.subject_words
    found = []
    # a caption's subject and verb with an adverb between ("Ana Ruiz nervously covers ...")
    verbs = lex.caption_verb_starts
    plain = [
        w
        for w, after in zip(tokens, [*tokens[1:], (end, "")], strict=True)
        if not (w[0] in adverbs and after[1].rstrip(",") in verbs)
    ]
    for at in range(1, len(plain)):
        prev = plain[at - 1][1]
        if marked:
            # a quotation closed with no stop ('... for this city" Singer Nina Hale, pictured,
            # wrote ...') ends a sentence as its last word would
            prev = prev.rstrip(_CLOSING) or prev
        if (
            prev[:1].islower()
            and prev[-1].islower()
            and prev not in lex.joiners
            and prev not in lex.conjunctions
            and prev not in subject_words
            and (
                _marked_caption_subject(text, plain, at, lex)
                if marked
                else _caption_subject(plain, at, lex)
            )
        ):
            found.append(plain[at][0])
    return found


def _marked_caption_subject(text: str, words: list[tuple[int, str]], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]`` starts a caption's subject whose names carry their place in the
    photo (``Lexicon.photo_mark``: "Singer Nina Hale (right) performed ...", "Harbor City fan
    Lena Brandt, pictured, cheered ...", "Coach Tom Reyes, pictured in March, was ..."),
    then a lowercase word that is neither a joiner nor a conjunction (its verb, of any
    tense): "... killed Ana Ruiz (right) in May" is prose ("in" joins), as is "..., Ana Ruiz,
    pictured, who ...". The name needs a role before it (a capitalised word or a caption
    noun: "Singer Nina Hale (right)"): "the money Tom Reyes (pictured) took ..." is prose.
    A group (``caption_subject_nouns``) capitalised mid sentence before a caption's verb
    starts one too ("... themselves Fans celebrate outside ...")."""
    j = at + (words[at][1] in lex.caption_articles)
    limit = min(len(words), j + settings.FURNITURE_SUBJECT_MAX_WORDS + 1)
    if j >= limit or not (words[j][1][:1].isupper() and words[j][1][1:2].islower()):
        return False
    nouns = j
    while nouns < limit and words[nouns][1].lower() in lex.subject_words:
        nouns += 1
    if nouns > j:
        # a capitalised group mid sentence and a caption's verb: "... themselves Fans
        # celebrate ...", "... on Sunday Police officers gather ..."
        verb = tuple(w.rstrip(",") for _, w in words[nouns : nouns + 4])
        return any(verb[:n] in lex.caption_verbs for n in range(1, len(verb) + 1))
    starts = [w[0] for w in words]
    names, marked, role, k = 0, False, False, j
    while k < limit:
        pos, word = words[k]
        core = word.rstrip(",")
        if core[:1].isupper() and core[1:2].islower() and core[-1].isalpha():
            names += k > j
            mark = lex.photo_mark.match(text, pos + len(core))
            if mark is not None:
                marked = True
                k = bisect.bisect_left(starts, mark.end())
                continue
            if word != core:
                return False  # "Ana Ruiz, the mayor": an apposition, no caption mark
            k += 1
            continue
        lower = core.lower()
        if lower in lex.subject_words or lower in lex.subject_links:
            role = role or lower in lex.subject_words
            k += 1
            continue
        return (
            marked
            # a role before the name ("Singer Nina Hale", "Harbor City fan Lena Brandt"): a
            # bare name after a noun is a relative clause's subject ("the money Tom Reyes
            # (pictured) took was never returned")
            and (names > 1 or (names > 0 and role))
            and word[:1].islower()
            and (lower not in lex.joiners or lower in lex.photo_verbs)
            and lower not in lex.conjunctions
        )
    return False


#: Words in capitals one space apart (a heading, or a name in capitals).
_CAPITAL_WORDS = re.compile(r"(?:[A-Z][A-Z'\u2019&.-]*\b ?)+")


#: A word of a heading in capitals: no lowercase letter and two capitals in a row.
_CAPITALS = re.compile(r"[A-Z]{2}")
_LOWER = re.compile(r"[a-z]")
_YEAR = re.compile(r"\d{4}")
_WORD_CHAR = re.compile(r"\w")
#: Words in a heading in capitals, at least.
_HEADING_MIN_WORDS = 4


def _headings(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Headings in capitals in ``[lo, hi)``: four or more words one space apart, none with a
    lowercase letter, each with two capitals in a row or a year ("THE DAY THE RIVER ROSE IN
    1998 AGAIN"), the last with capitals; from the first word character to just after the
    last one. One pass over the words (a regular expression for this backtracks on long
    words in capitals)."""
    found: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []

    def close(last: re.Match[str] | None = None) -> None:
        words = [*run, last] if last else list(run)
        while words and not _CAPITALS.search(words[-1].group()):
            words.pop()  # a heading ends in a word in capitals, not a year
        if len(words) >= _HEADING_MIN_WORDS:
            first, end = words[0], words[-1]
            lead = _WORD_CHAR.search(first.group())
            tail = [c.end() for c in _WORD_CHAR.finditer(end.group())]
            if lead and tail:
                found.append((first.start() + lead.start(), end.start() + tail[-1]))

    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        fits = _heading_word(word)
        spaced = bool(run) and run[-1].end() + 1 == m.start() and text[run[-1].end()] == " "
        if spaced and fits and _WORD_CHAR.match(word):
            run.append(m)
            continue
        if spaced and fits and _CAPITALS.search(word) and len(run) >= _HEADING_MIN_WORDS - 1:
            close(m)  # a last word may open with punctuation ("... THE GOAT (AP)")
            run = []
            continue
        close()
        lead = _WORD_CHAR.search(word)
        run = [m] if lead and _heading_word(word[lead.start() :]) else []
    close()
    return found


def _heading_word(word: str) -> bool:
    """A word of a heading in capitals: no lowercase letter, two capitals in a row or a year."""
    if _LOWER.search(word):
        return False
    return _CAPITALS.search(word) is not None or _YEAR.fullmatch(word) is not None


def _without_headings(text: str, s: FurnitureSpan) -> list[FurnitureSpan]:
    """A run of captions less the headings in capitals it took in ("THE DAY THE RIVER
    ROSE"): a heading belongs to the article."""
    if s.kind != "caption":
        return [s]  # a list of related stories holds headlines in capitals
    parts = []
    start = s.start
    for head_start, head_end in _headings(text, s.start, s.end):
        parts.append(FurnitureSpan(start, head_start, s.kind))
        start = head_end
    parts.append(FurnitureSpan(start, s.end, s.kind))
    return parts


def mask(text: str, spans: tuple[FurnitureSpan, ...]) -> str:
    """``text`` with every furniture character but newlines replaced by a space: the stages
    do not see it, and every offset stays what it is in ``text``."""
    if not spans:
        return text
    parts = []
    position = 0
    for s in spans:
        parts.append(text[position : s.start])
        parts.append(re.sub(r"[^\n]", " ", text[s.start : s.end]))
        position = s.end
    parts.append(text[position:])
    return "".join(parts)


def mark_boundaries(doc: Doc, spans: tuple[FurnitureSpan, ...]) -> None:
    """Make each blanked-out stretch its own sentence, and the text after it start one, so
    the parser attaches no article word to the blank (the parser keeps preset sentence
    starts) and no record reaches into furniture. ``spans`` are sorted and disjoint."""
    if not spans:
        return
    at = 0  # the first span that does not end before the current token
    after_blank = False
    for token in doc:
        while at < len(spans) and spans[at].end <= token.idx:
            if spans[at].end == token.idx:
                after_blank = True  # text right after furniture, with no space between
            at += 1
        inside = at < len(spans) and spans[at].start < token.idx + len(token)
        if token.is_space and inside:
            token.is_sent_start = True
            after_blank = True
        elif after_blank and not token.is_space:
            token.is_sent_start = True
            after_blank = False
