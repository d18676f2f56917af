"""Embedded social-media posts as pages print them: the text of a post, then its signature
"-- Name (@handle) November 8, 2016" (the crawl often runs it into the next sentence)."""

from __future__ import annotations

import re

#: The signature closing an embedded post: "-- Name (@handle) November 8, 2016"; the group
#: ``name`` is the signer's name when a dash opens it.
POST_SIGNATURE = re.compile(
    r"(?:(?<=\s)(?:--|\u2014|\u2013)\s*(?P<name>[^\s(][^()\n]{0,60}?)\s*)?"
    r"\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
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


def _without_tail(words: str) -> str:
    """The words before a signature without the tags, links and emoji closing the post."""
    tail = _POST_TAIL.search(words)
    return words[: tail.start()] if tail else words


def post_signer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The characters of the signer's name of the embedded post whose last sentence holds
    ``text[start:end]`` ("... or two lifetimes. -- Ana Ruiz (@ana) November 3, 2016"), or
    None: the next signature is in the same paragraph, with no sentence ending between (a
    sentence before the post's last one may be the article's own) and a name after a dash."""
    window = text[end : end + _POST_REACH]
    found = POST_SIGNATURE.search(window)
    if found is None or found.group("name") is None:
        return None
    between = window[: found.start()]
    if "\n" in between:
        return None
    if _SENTENCE_END.search(_without_tail(between)) is not None:
        return None
    return end + found.start("name"), end + found.end("name")


def last_sentences(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each embedded post's last sentence and its signer's name (characters of both): the
    words before a signature with a name, back to the nearest sentence end (``_SENTENCE_END``),
    line break or earlier signature within ``_POST_REACH``, without the tags, links and emoji
    that close the post ("... Let's go team!!!! -- Ana Ruiz (@ana) May 2, 2016" gives "Let's go
    team!!!!"). A post's earlier sentences are left out: where a post begins is not marked."""
    found = []
    previous_end = 0
    for signature in POST_SIGNATURE.finditer(text):
        floor = max(previous_end, signature.start() - _POST_REACH)
        previous_end = signature.end()
        if signature.group("name") is None:
            continue
        body = _without_tail(text[floor : signature.start()])
        begin = max(body.rfind("\n") + 1, 0)
        ends = [m.end() - 1 for m in _SENTENCE_END.finditer(body, begin)]
        begin = ends[-1] if ends else begin
        while begin < len(body) and body[begin].isspace():
            begin += 1
        if sum(ch.isalpha() for ch in body[begin:]) < 2:
            continue
        name = (signature.start("name"), signature.end("name"))
        found.append(((floor + begin, floor + len(body.rstrip())), name))
    return found
