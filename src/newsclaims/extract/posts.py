"""Embedded social-media posts as pages print them: the text of a post, then its signature
"-- Name (@handle) November 8, 2016" (the crawl often runs it into the next sentence)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsclaims.lexicons import caption_marks, read_words

#: The signature closing an embedded post: "-- Name (@handle) November 8, 2016"; the group
#: ``name`` is the signer's name when a dash opens it, ``handle`` the @handle.
POST_SIGNATURE = re.compile(
    r"(?:(?<=\s)(?:--|\u2014|\u2013)\s*(?P<name>[^\s(][^()\n]{0,60}?)\s*)?"
    r"\((?P<handle>@\w{1,30})\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
)
#: Emoji and pictographs as pages print them (with their joiner and variation selector).
_EMOJI = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
#: The end of a sentence before the last one of a post: a stop, then after space a capital, a
#: quote, or what a post may open with (an @handle, a #tag, an emoji, or one the crawl wrote
#: as "[?]"), so that the article's own sentence before a post that opens so is not read as
#: the post's. A bracket or a small letter goes on the sentence ("... home. (More soon)").
_SENTENCE_END = re.compile(
    rf"[.!?][\"'\u2019\u201d)\]]*\s+[A-Z\u00c0-\u00d6\u00d8-\u00de\"'\u2018\u201c@#\[{_EMOJI}]"
)
#: What a post puts after its last sentence: tags, handles, links, emoji (as "[?]" or not).
_POST_TAIL = re.compile(rf"(?:\s|[#@]\w+|pic\.twitter\.com/\S+|https?://\S+|\[\?\]|[{_EMOJI}])*$")
#: How far after a figure a post's signature is looked for (characters).
_POST_REACH = 400


#: The tags of a post printed without its signature (``data/caption_marks.tsv``, ``tag_run``):
#: a #tag glued to a sentence's stop ("... a bicycle stand.#BringItBack") or two #tags in a
#: row ("#chocolate #winter"); the outlet names a tag once, as a noun ("Almost all of #Brand's
#: identity ...").
_TAG_RUN = re.compile("|".join(caption_marks()["tag_run"]))


def tag_run(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a post's run of tags (``_TAG_RUN``)."""
    return _TAG_RUN.search(text, start, end) is not None


#: The rest of the tag a ``_TAG_RUN`` match ends in, and the tags that go on the run after it
#: (``caption_marks.tsv``, ``tag_word``).
_MORE_TAGS = re.compile(rf"\w*(?:\s*(?:{'|'.join(caption_marks()['tag_word'])}))*")


def last_tag_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the last run of a post's tags in ``text[start:end]`` (``_TAG_RUN``) starts and
    ends, taking in the tags after its match ("#chocolate #winter #shrinkflation"); None
    without one."""
    runs = list(_TAG_RUN.finditer(text, start, end))
    if not runs:
        return None
    last = runs[-1]
    more = _MORE_TAGS.match(text, last.end(), end)
    return last.start(), more.end() if more is not None else last.end()


#: A display name that names no one: only #tags, emoji and signs ("#SomeCause", "#Vote \u2764").
_NAMELESS = re.compile(r"(?:#\w+|\W)*")


def signer_span(signature: re.Match[str]) -> tuple[int, int] | None:
    """The signer of a signature (characters in the searched text): its name after the dash,
    or its @handle where the name is only #tags and signs (a display name set to a cause,
    "-- #SomeCause (@ana)": a hashtag never names a signer); None without a dash."""
    if signature.group("name") is None:
        return None
    if _NAMELESS.fullmatch(signature.group("name")):
        return signature.start("handle"), signature.end("handle")
    return signature.start("name"), signature.end("name")


def _without_tail(words: str) -> str:
    """The words before a signature without the tags, links and emoji closing the post. A
    #tag or @handle right after a preposition is that preposition's object, the sentence's
    ("I will never vote for #TomBell": ``caption_marks.tsv``, ``tag_object``); the tags,
    links and emoji after it are still the tail."""
    tail = _POST_TAIL.search(words)
    if not tail:
        return words
    start = tail.start()
    head = re.search(r"(\w+)\s*$", words[:start])
    first = re.match(r"\s*[#@]\w+", words[start:])
    if head is not None and first is not None and head.group(1).lower() in _tag_objects():
        return words[: start + first.end()]
    return words[:start]


@cache
def _tag_objects() -> frozenset[str]:
    """Prepositions whose object a post's #tag or @handle may be (``caption_marks.tsv``)."""
    return frozenset(caption_marks()["tag_object"])


def tail_start(text: str, start: int, end: int) -> int:
    """Where the links, tags, handles and emoji that close a post's words ``text[start:end]``
    begin ("What a night #Delvin pic.twitter.com/x1" ends after "night"; a #tag inside the
    sentence stays); ``end`` when there are none, or when nothing with two letters would be
    left before them."""
    kept = _without_tail(text[start:end]).rstrip()
    if sum(ch.isalpha() for ch in kept) < 2:
        return end
    return start + len(kept)


def post_signer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The characters of the signer's name of the embedded post whose last sentence holds
    ``text[start:end]`` ("... or two lifetimes. -- Ana Ruiz (@ana) November 3, 2016"), or
    None: the next signature is in the same paragraph, with no sentence ending between (a
    sentence before the post's last one may be the article's own) and a name after a dash."""
    window = text[end : end + _POST_REACH]
    found = POST_SIGNATURE.search(window)
    signer = signer_span(found) if found is not None else None
    if found is None or signer is None:
        return None
    between = window[: found.start()]
    if "\n" in between:
        return None
    if _SENTENCE_END.search(_without_tail(between)) is not None:
        return None
    return end + signer[0], end + signer[1]


@cache
def post_words() -> frozenset[str]:
    """Words of the first person a post speaks in (``post_words.tsv``)."""
    return read_words(Path(__file__).parent / "data" / "post_words.tsv")


#: A word (with an apostrophe inside: "I'm").
_WORD = re.compile(r"\w+(?:['\u2019]\w+)?")
#: An @handle opening a sentence: a reply ("@Choco I want my money back").
_OPENING_HANDLE = re.compile(r"\s*@\w")
#: Quotation marks: a sentence that quotes someone is the article's.
_QUOTE_MARKS = re.compile('["\u201c\u201d]')


def _speaks_as_writer(sentence: str) -> bool:
    """A sentence in a post's voice: a word of ``post_words`` (the first person), or an
    @handle opening it, and no quotation mark. "You" speaks to the article's reader as well,
    and a handle inside a sentence is named by the narration ("The brand's account @Choco
    replied")."""
    if _QUOTE_MARKS.search(sentence):
        return False
    if _OPENING_HANDLE.match(sentence):
        return True
    return any(w.lower().replace("\u2019", "'") in post_words() for w in _WORD.findall(sentence))


def earlier_sentences(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The sentences of each embedded post before its last one, with its signer's name
    (characters of both): going back from the last sentence, each one in the post's voice
    (``_speaks_as_writer``: "Hi @Toblerone I opened my bar.", "Can you send me the rest?",
    "@Toblerone why?"),
    up to the first that is not, which is the article's. Giving every sentence since the
    last signature to the signer is wrong: the article's own sentences stand between posts."""
    found = []
    for post in _posts(text):
        starts = post.starts
        for k in range(len(starts) - 2, -1, -1):
            if k == 0 and not post.whole_first:
                break  # a sentence cut at the reach of the search is not known whole
            sentence = post.body[starts[k] : starts[k + 1]]
            if not _speaks_as_writer(sentence):
                break
            lead = len(sentence) - len(sentence.lstrip())
            begin = post.floor + starts[k] + lead
            found.append(((begin, post.floor + starts[k] + len(sentence.rstrip())), post.name))
    return found


@dataclass(frozen=True)
class _Post:
    """An embedded post signed with a name: where its search began (``floor``), its words
    before the signature without the closing tags (``body``), where each of its sentences
    begins in them (the last one's last), whether the first is whole (it opens the text, a
    line or follows an earlier signature, not the reach of the search), the signer's name."""

    floor: int
    body: str
    starts: list[int]
    whole_first: bool
    name: tuple[int, int]


def _posts(text: str) -> list[_Post]:
    found = []
    previous_end = 0
    for signature in POST_SIGNATURE.finditer(text):
        floor = max(previous_end, signature.start() - _POST_REACH)
        whole = floor == previous_end
        previous_end = signature.end()
        name = signer_span(signature)
        if name is None:
            continue
        body = _without_tail(text[floor : signature.start()])
        line = max(body.rfind("\n") + 1, 0)
        ends = [m.end() - 1 for m in _SENTENCE_END.finditer(body, line)]
        begin = ends[-1] if ends else line
        while begin < len(body) and body[begin].isspace():
            begin += 1
        if sum(ch.isalpha() for ch in body[begin:]) < 2:
            continue
        starts = [line, *ends[:-1], begin] if ends else [begin]
        found.append(_Post(floor, body, starts, whole or line > 0, name))
    return found


def last_sentences(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each embedded post's last sentence and its signer's name (characters of both): the
    words before a signature with a name, back to the nearest sentence end (``_SENTENCE_END``),
    line break or earlier signature within ``_POST_REACH``, without the tags, links and emoji
    that close the post ("... Let's go team!!!! -- Ana Ruiz (@ana) May 2, 2016" gives "Let's go
    team!!!!"). A post's earlier sentences are ``earlier_sentences``'."""
    return [
        ((p.floor + p.starts[-1], p.floor + len(p.body.rstrip())), p.name) for p in _posts(text)
    ]
