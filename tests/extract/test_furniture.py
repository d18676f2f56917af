"""Page furniture: found on positive evidence only, masked without moving any offset."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import analyze, settings
from newsclaims.extract import furniture
from newsclaims.extract.furniture import (
    _WORD,
    FurnitureSpan,
    _caption_chain,
    _headings,
    _Stretches,
    caption_starts,
    find_furniture,
    lexicon,
    mask,
)
from newsclaims.model import shown_text, without_furniture
from newsclaims.records import analysis_dict

# Hand-written pages in the shapes crawled news takes (no line breaks, captions without a
# full stop, credits and prompts inline).
LABELLED = (
    "Image copyright Metro Photos Image caption Firefighters worked through the night "
    "The fire at the warehouse in Leeds was put out on Tuesday morning, the council said."
)
CREDITED = (
    "The bridge reopened on Monday. A cyclist crosses the new bridge (Getty Images) "
    "The work cost 4 million pounds, officials said."
)
UNLABELLED = (
    "The mayor opened the market on Saturday. Shoppers queued outside the hall before dawn "
    "The market will open every weekend until March, a spokesman said."
)
GALLERY = (
    "Prices rose again in May. 6 Shoppers at a market in Lyon Reuters 6 A trader weighs "
    "apples 6 Queues formed at a bakery The rise was the largest in a decade, the office said."
)
RELATED = (
    "The club confirmed the signing. Related stories TRANSFER NEWS Who will join next? "
    "RUMOURS Five players the club could sell this month? "
    "The striker will wear the number nine shirt, the club said in a statement."
)
PROMPTS = (
    "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! "
    "Could not subscribe, try again later Invalid Email The council approved the plan. "
    "Click to share on Facebook (Opens in new window) Click to share on Twitter (Opens in "
    "new window) Scroll down for video The vote was 31 to 12."
)
PROSE = (
    "Ms Okoro, a lawyer for the family, told The Guardian that the hearing in the High "
    "Court would resume on Monday. The judge, Sir Alan Reed, said the case raised questions "
    "about The Times and the BBC. In London, officials of the Home Office declined to comment "
    "on the report by Reuters, which cited three sources (two of them in Brussels)."
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_furniture(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LABELLED,
            [
                (
                    "caption",
                    "Image copyright Metro Photos Image caption Firefighters worked through "
                    "the night",
                )
            ],
        ),
        (CREDITED, [("credit", "A cyclist crosses the new bridge (Getty Images)")]),
        (UNLABELLED, [("caption", "Shoppers queued outside the hall before dawn")]),
        (
            GALLERY,
            [
                (
                    "gallery",
                    "6 Shoppers at a market in Lyon Reuters 6 A trader weighs apples 6 "
                    "Queues formed at a bakery",
                )
            ],
        ),
        (
            RELATED,
            [
                (
                    "related",
                    "Related stories TRANSFER NEWS Who will join next? RUMOURS Five players "
                    "the club could sell this month?",
                )
            ],
        ),
    ],
)
def test_furniture_finds_captions_credits_galleries_and_lists(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_furniture_finds_prompts_and_leaves_the_sentences() -> None:
    found = [t for _, t in _found(PROMPTS)]
    assert found[0].startswith("Get daily updates") and found[0].endswith("Invalid Email")
    assert found[1].startswith("Click to share on Facebook")
    assert found[1].endswith("Scroll down for video")
    masked = mask(PROMPTS, find_furniture(PROMPTS))
    assert " ".join(masked.split()) == "The council approved the plan. The vote was 31 to 12."


def test_furniture_leaves_prose_with_names_titles_and_agencies() -> None:
    assert find_furniture(PROSE) == ()


def test_furniture_leaves_quotes_before_a_credit_and_datelines() -> None:
    quoted = 'He said: "We are world champions." (Photo: Getty) The parade is on Friday.'
    assert _found(quoted) == [("credit", "(Photo: Getty)")]
    dateline = "LONDON (Reuters) - Britain's economy grew by 0.4 percent in the third quarter."
    assert find_furniture(dateline) == ()


def test_furniture_leaves_embedded_posts() -> None:
    text = (
        "Fans reacted online. What a night for the city pic.twitter.com/abc123 -- Jo Bloggs "
        "(@jo) November 3, 2016 The team returns home on Friday, the club said."
    )
    assert find_furniture(text) == ()


def test_furniture_rules_load() -> None:
    lex = lexicon()
    assert lex.rules and "The" in lex.starters and "of" in lex.joiners


def test_furniture_mask_blanks_only_the_spans() -> None:
    text = "Keep this.\nDrop\nthis. Keep."
    spans = (FurnitureSpan(11, 21, "caption"),)
    masked = mask(text, spans)
    assert masked == "Keep this.\n    \n      Keep."
    assert len(masked) == len(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_furniture_spans_are_sorted_disjoint_and_masking_keeps_offsets(text: str) -> None:
    spans = find_furniture(text)
    previous = 0
    for s in spans:
        assert previous <= s.start < s.end <= len(text)
        previous = s.end
    masked = mask(text, spans)
    assert len(masked) == len(text)
    inside = {i for s in spans for i in range(s.start, s.end)}
    for i, (a, b) in enumerate(zip(text, masked, strict=True)):
        assert b == (" " if i in inside and a != "\n" else a)


@given(st.lists(st.sampled_from(PROSE.split(". ")), min_size=1, max_size=6))
def test_furniture_never_in_sentences_without_furniture(sentences: list[str]) -> None:
    text = ". ".join(s.rstrip(".") for s in sentences) + "."
    assert find_furniture(text) == ()


@pytest.mark.model
def test_furniture_is_kept_on_the_analysis_and_hidden_from_the_stages() -> None:
    text = (
        "Image copyright Reuters Image caption Pierre Dubois waves to supporters after the vote "
        "The minister said on Monday that the budget would be cut. "
        "Follow Anna Smith on Twitter: @annasmith"
    )
    analysis = analyze(text, published="2026-03-01")
    assert [(f.kind, f.text) for f in analysis.furniture] == [
        (
            "caption",
            "Image copyright Reuters Image caption Pierre Dubois waves to supporters after "
            "the vote",
        ),
        ("share", "Follow Anna Smith on Twitter: @annasmith"),
    ]
    for f in analysis.furniture:
        assert text[f.start : f.end] == f.text
    hidden = [range(f.start, f.end) for f in analysis.furniture]
    for m in analysis.mentions:
        assert not any(m.start in r for r in hidden), m
    assert not any("Dubois" in m.text or "Reuters" in m.text for m in analysis.mentions)
    assert [c.text for c in analysis.claims if c.cue] == ["that the budget would be cut"]


@pytest.mark.parametrize(
    "text",
    [
        "In a clip for her new show The 411, the singer performs a song. It airs on Friday.",
        "She lives in the town that gave us The Boss, Bruce Springsteen. She was born there.",
        "The surveys are named by letters A through I in the report. One was far off.",
        "About 1 in 10 Democratic voters were young. Almost 2 in 10 Democratic voters were "
        "old, and 3 in 10 Democratic voters were neither.",
        "The film 13 Hours opens this week. 13 Hours tells the story of the attack. "
        "Critics liked 13 Hours more than expected.",
        "Senators argued.\n\nStudent loans and grants\nSome big ideas do pass, the report said.",
        "The archbishop told the Associated Press (AP) that the talks had failed.",
    ],
)
def test_furniture_leaves_titles_letters_figures_headings_and_agencies(text: str) -> None:
    assert find_furniture(text) == ()


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12),
    st.integers(0, 90),
)
def test_furniture_stretches_cover_what_their_spans_cover(
    pairs: list[tuple[int, int]], position: int
) -> None:
    text = "ab  cd " * 14
    spans = [FurnitureSpan(a, a + n, "x") for a, n in pairs]
    found = _Stretches(text, [])
    for s in spans:
        found.add(s)

    def past_spaces(end: int) -> int:
        while end < len(text) and text[end].isspace():
            end += 1
        return end

    expected = any(s.start <= position <= past_spaces(s.end) for s in spans)
    assert found.covers(position) == expected


@pytest.mark.model
def test_furniture_only_page_is_rejected_and_keeps_its_furniture() -> None:
    text = (
        "Are you a robot? Please verify you are a human to continue. "
        "We use cookies to improve your experience on our site."
    )
    analysis = analyze(text)
    assert analysis.rejection is not None
    assert analysis.rejection.code == "W201"
    assert "page furniture" in analysis.rejection.reason
    assert "".join(f.text for f in analysis.furniture).split() == text.split()
    assert not analysis.claims and not analysis.mentions


# A run of captions without full stops between two article sentences, as some outlets crawl.
CAPTION_RUN = (
    "The mayor opened the market on Saturday. "
    "Anna Berg waves to shoppers outside the hall on Saturday morning "
    "Market traders Tom Lee and Sara Ode celebrate after the opening "
    "It was the first market in the town since 1990, a spokesman said."
)


def test_furniture_finds_a_run_of_captions_without_full_stops() -> None:
    found = _found(CAPTION_RUN)
    assert found == [
        (
            "caption",
            "Anna Berg waves to shoppers outside the hall on Saturday morning "
            "Market traders Tom Lee and Sara Ode celebrate after the opening",
        )
    ]


def test_furniture_takes_a_caption_sentence_before_a_credit() -> None:
    text = (
        "The team won on Sunday. A City fan holds up a flag during the final. Photo: Getty "
        "Images The club will hold a parade on Monday, the mayor said."
    )
    assert _found(text)[0] == (
        "credit",
        "A City fan holds up a flag during the final. Photo: Getty Images",
    )


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "The new bridge opens next spring, officials said. Workers lay the last section "
            "of the deck over the river on Monday. (Jane Doe/Harbor Times) The project cost "
            "four million pounds, the council said.",
            "Workers lay the last section of the deck over the river on Monday. "
            "(Jane Doe/Harbor Times)",
        ),
        (
            "The plan was shelved for decades. Hint: the bridge was first drawn in 1950. "
            "(Joan Smith/The Daily Courier) Work began in March, the council said.",
            "Hint: the bridge was first drawn in 1950. (Joan Smith/The Daily Courier)",
        ),
    ],
)
def test_furniture_takes_the_sentence_before_a_credit_that_names_a_photo(
    text: str, caption: str
) -> None:
    """A credit that names a photographer and an outlet follows the photo's caption
    wherever it stands, not only next to other furniture."""
    assert [t for _, t in _found(text)] == [caption]


@pytest.mark.parametrize(
    "credit", ["(Reuters/Ipsos)", "(ABC News/Washington Post)", "(CBS/YouGov)"]
)
def test_furniture_leaves_an_article_sentence_before_a_poll_credit(credit: str) -> None:
    """A poll's credit has the shape of a photo credit, "(Name/Outlet)", but follows an
    article's sentence: away from other furniture, the sentence is only a caption when it
    reads as one."""
    text = (
        "The mayor faces a close race. Support for her fell to 41 percent. "
        f"{credit} Harbor City voters go to the polls in May."
    )
    assert [t for _, t in _found(text)] == [credit]


def test_furniture_leaves_an_article_sentence_before_a_photo_label() -> None:
    """Some outlets print "(Photo: ...)" after an article's sentence: away from other
    furniture, the sentence is only a caption when it reads as one."""
    text = (
        "The new bridge opens next spring, officials said. The council voted for the plan "
        "in March after a long debate. (Photo: Jane Doe, AP) The project cost four million "
        "pounds."
    )
    assert [t for _, t in _found(text)] == ["(Photo: Jane Doe, AP)"]


def test_furniture_takes_a_run_of_captions_that_ends_the_text_unpunctuated() -> None:
    """An article ends in a full stop: a run of captions after its last sentence, with no
    punctuation at the end, is furniture to the last word."""
    text = (
        "The parade will be held on Monday, the mayor said. The crowd cheers as the "
        "players leave the hotel on Sunday 2 A fan watches the match from a rooftop in "
        "the old town Harbor City fans celebrate outside the stadium after the game"
    )
    assert [t for _, t in _found(text)] == [text.split("said. ", 1)[1]]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends the text without a full stop and holds no clause break
        "The parade will be held on Monday, the mayor said. The club thanked its fans for "
        "their support over a long season",
        # a quotation at the end
        "The parade will be held on Monday. Fans sang 'We are the champions' as the bus "
        "passed The crowd stayed out until dawn",
    ],
)
def test_furniture_leaves_an_unpunctuated_end_without_captions(text: str) -> None:
    assert find_furniture(text) == ()


def test_furniture_ends_a_gallery_s_last_caption_at_a_starter_before_a_name() -> None:
    """A numbered gallery's last caption ends where a starter opens the next sentence,
    before a name too ("... the parade Even Ana Ruiz, who ...")."""
    text = (
        "The city celebrated. Reuters 6 Fans fill the square Reuters 6 A trader sells flags "
        "Reuters 6 The mayor joined the crowd to watch the parade Even Ana Ruiz, who backs "
        "the rival club, waved a flag, officials said."
    )
    assert [t for _, t in _found(text)] == [
        "Reuters 6 Fans fill the square Reuters 6 A trader sells flags Reuters 6 The mayor "
        "joined the crowd to watch the parade"
    ]


def test_furniture_reads_a_pronoun_and_a_caption_verb_as_a_run_of_captions() -> None:
    text = (
        "The match ended late. He celebrates with fans on the pitch after the final "
        "whistle THE LONG ROAD BACK TO THE TOP Ana Ruiz joined the club in 2010."
    )
    assert [t for _, t in _found(text)] == [
        "He celebrates with fans on the pitch after the final whistle"
    ]
    assert _caption_mode("They are seen celebrating after the final out")
    assert not _caption_mode("They said the club would celebrate after the final")


def _caption_mode(text: str, beside: bool = False) -> bool:
    """Whether ``text``, one stretch without a sentence end inside, is read as a run of
    captions (with its freer breaks)."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    return (
        _caption_chain(words, lexicon(), beside) or len(words) >= settings.FURNITURE_RUN_MIN_WORDS
    )


SHARE = "Facebook Twitter Pinterest "
LONG_OPENING = (
    "The minister, who had spent most of the week touring flood defences in the north of "
    "the country and meeting the families whose homes were damaged by the storms in the "
    "autumn, told a crowd of several hundred people gathered outside the town hall on a cold "
    "and wet Thursday morning "
)


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        # a caption's subject and verb at the start; the clauses after conjunctions
        (
            "Anna Berg waves to the crowd as Joe Biden greets the mayor, and the two "
            "leaders walk into the hall together, the paper said.",
            "",
        ),
        # a caption's subject after an article, next to other furniture
        (
            SHARE + "A City fan holds up a flag in every photo of the final, and the club "
            "now sells the flags in its shop, the paper said.",
            SHARE.strip(),
        ),
        # sixty words without a sentence end (over FURNITURE_RUN_MIN_WORDS)
        (
            LONG_OPENING + "that the council meets every week while Mayor Anna Berg "
            "watches from the gallery and the clerk reads the minutes aloud.",
            "",
        ),
    ],
)
def test_furniture_leaves_present_tense_prose(text: str, furniture: str) -> None:
    prose = text.removeprefix(furniture).strip()
    assert _caption_mode(prose, beside=bool(furniture))
    assert [t for _, t in _found(text)] == ([furniture] if furniture else [])


@pytest.mark.parametrize(
    "text",
    [
        # a quotation after a lowercase word inside a long sentence
        LONG_OPENING + 'that the government would act "We will rebuild every house that '
        'was lost," before he left for the capital by train.',
        LONG_OPENING + "that the government would act 'We will rebuild every house that "
        "was lost,' before he left for the capital by train.",
        # two caption-like clauses after conjunctions, no furniture near
        "The senator spoke for an hour while Michelle Obama watches from the gallery, so "
        "Joe Biden waves to the crowd, officials said.",
        # a capitalised common noun opening a sentence is no name
        "Police officers gather at the station each morning while Chief Anna Berg greets "
        "them before the shift begins, the report said.",
        "Trump is seen as a risk by many voters in the suburbs, but Clinton is seen as the "
        "safer choice by most of them, the poll found.",
    ],
)
def test_furniture_leaves_sentences_with_caption_like_clauses(text: str) -> None:
    assert find_furniture(text) == ()


def test_furniture_reads_a_stretch_of_fifty_words_without_a_sentence_end_as_captions() -> None:
    # a caption without a full stop runs into the article's sentence; the break after it
    # ("... the water In 2019, ...") is only read in a run of captions
    captions = (
        "The new footbridge over the river lit up at dusk after the lamps were switched on "
        "for the first time in front of hundreds of residents from both banks of the town "
        "as the fireworks display began over the water"
    )
    article = (
        "In 2019, the council agreed to pay twelve million pounds for the bridge and its lamps."
    )
    text = f"The council met on Monday. {captions} {article}"
    assert 50 <= len(f"{captions} {article}".split()) < 60
    assert [t for _, t in _found(text)] == [captions]


def test_furniture_reads_a_quotation_as_a_break_in_a_run_of_captions() -> None:
    text = (
        "The mayor opened the market on Saturday. "
        "Anna Berg waves to shoppers outside the hall on Saturday morning "
        "'I have waited years for this,' a trader said."
    )
    assert _found(text) == [
        ("caption", "Anna Berg waves to shoppers outside the hall on Saturday morning")
    ]


def test_furniture_ends_a_caption_at_an_opener_and_its_comma() -> None:
    # a caption's last word is a name; the article goes on with "Later," and a name
    text = (
        "The mayor opened the market on Saturday. "
        "Anna Berg waves to shoppers outside the hall with her husband Tom Lee "
        "Later, Berg praised the so-called 'Market Mile' plan, officials said."
    )
    assert _found(text) == [
        ("caption", "Anna Berg waves to shoppers outside the hall with her husband Tom Lee")
    ]


def test_furniture_reads_no_break_at_a_quotation_after_so_called() -> None:
    # "so-called" always names what follows: the quotation there starts no caption
    text = (
        "The mayor opened the market on Saturday. "
        "Anna Berg waves to shoppers outside the hall on Saturday morning "
        "Berg has long backed the so-called 'Market Mile', a walk past every stall, "
        "and said so again."
    )
    assert all("so-called" not in part for _, part in _found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE DAY THE RIVER ROSE", ["THE DAY THE RIVER ROSE"]),
        ('a "THE DAY THE RIVER ROSE." b', ["THE DAY THE RIVER ROSE"]),
        ("IN 1998 THE RIVER ROSE 2004", ["IN 1998 THE RIVER ROSE"]),
        ("THE RIVER ROSE (AP) again", ["THE RIVER ROSE (AP"]),
        ("THE DAY THE river ROSE", []),
        ("THE DAY  THE RIVER", []),
        ("THE DAY THE U.S. ROSE", []),
        ("X" * 800 + " ROSE", []),
        ("Q" * 800 + " " + "R" * 800 + " THE DAY", ["Q" * 800 + " " + "R" * 800 + " THE DAY"]),
    ],
)
def test_furniture_headings_in_capitals(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in _headings(text, 0, len(text))] == expected


def test_furniture_keeps_a_heading_in_a_run_of_captions_with_long_capitals() -> None:
    # a long word in capitals that starts no heading (a regular expression backtracked on it)
    caption = "Anna Berg waves to shoppers outside the hall " + "A" * 800 + " and friends"
    text = (
        "The mayor opened the market on Saturday. "
        + caption
        + " THE DAY THE MARKET CAME BACK It was the first market in the town since 1990, "
        "a spokesman said."
    )
    assert _found(text) == [("caption", caption)]


def test_furniture_word_lists_live_in_the_data_file() -> None:
    lex = lexicon()
    assert "Pictured" in lex.caption_openers and lex.caption_articles == {"A", "An"}
    assert not lex.subject_words & {"and", "of", "left", "right"}
    assert {"and", "of", "left", "right"} <= lex.subject_links
    assert {"while", "so", "but"} <= lex.conjunctions


def test_furniture_reads_a_long_stretch_without_full_stop_as_captions() -> None:
    captions = (
        "Fireworks light up the sky above the harbour during the opening night of the summer "
        "festival on the waterfront Hundreds of families gathered along the promenade to watch "
        "the display from the old pier and the beach Young dancers perform on a stage near the "
        "castle gate as the crowd looks on from the square Many visitors stayed on the sand "
        "until after midnight "
    )
    text = (
        "The festival opened on Friday. "
        + captions
        + "The festival runs until Sunday, the organisers said."
    )
    assert len(captions.split()) >= 60
    assert [t for _, t in _found(text)] == [captions.strip()]


def test_furniture_leaves_a_long_sentence_without_breaks() -> None:
    text = (
        "The council, which met on Tuesday evening in the town hall for the third time this "
        "month, voted to keep the library open on weekends, to extend the opening hours of the "
        "swimming pool during the summer holidays, to repair the roads around the market and "
        "the station before the winter, and to ask the county for more money for the buses "
        "that serve the villages to the north of the town, a spokesman said."
    )
    assert len(text.split()) >= 60
    assert find_furniture(text) == ()


@given(
    text=st.text(max_size=60),
    bounds=st.tuples(st.integers(0, 60), st.integers(0, 60)),
    cuts=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=4),
)
def test_furniture_pieces_of_a_content_are_exact_slices_outside_it(
    text: str, bounds: tuple[int, int], cuts: list[tuple[int, int]]
) -> None:
    start, end = sorted(min(b, len(text)) for b in bounds)
    furniture = [(s, min(s + n, len(text))) for s, n in cuts if s < len(text)]
    pieces = without_furniture(text, start, end, furniture)
    shown = shown_text(text, start, end, furniture)
    inside = [(s, e) for s, e in furniture if s < end and start < e and s < e]
    if not inside:
        assert pieces == [(start, end)] and shown == text[start:end]
        return
    for s, e in pieces:
        assert start <= s <= e <= end
        if (s, e) != (start, end):  # a cut content: no furniture, no edge white space
            assert all(not (fs < e and s < fe) for fs, fe in inside)
            assert text[s:e] == text[s:e].strip()
    assert shown == " ".join(text[s:e] for s, e in pieces)


def test_a_caption_inside_a_quote_keeps_offsets_and_is_left_out_of_the_parts() -> None:
    text = (
        "The team won the title on Sunday night in Denver.\n"
        "\"It's amazing. I'm so proud of this group,\" captain Ana Ruiz said."
        ' "We did it for the fans.\n'
        "Fans celebrate the win in the city centre (Getty)\n"
        '"Every player on this team looks after each other."\n'
    )
    analysis = analyze(text)
    for claim in analysis.claims:
        assert text[claim.start : claim.end] == claim.text
        for part in claim.parts:
            assert text[part.start : part.end] == part.text
    (quote,) = [c for c in analysis.claims if "Every player" in c.text]
    assert not any("Getty" in p.text for p in quote.parts)
    # what the extract output shows a reader leaves the caption out; its text does not
    (content,) = [
        c["content"] for c in analysis_dict(analysis)["claims"] if "Every" in c["content"]["text"]
    ]
    assert content["text"] == quote.text
    assert "Every player" in content["shown"] and "for the fans" in content["shown"]
    assert "Getty" not in content["shown"] and "  " not in content["shown"]


def test_furniture_takes_a_slide_gallery_with_its_heading() -> None:
    text = (
        "The mayor opened the bridge on Sunday. Crowds at the opening: In pictures 4 show all "
        "Crowds at the opening: In pictures 1/4 Riverside, Lowtown AP 2/4 Old quay, Lowtown "
        'Reuters 3/4 Harbour wall Getty 4/4 North bank, Lowtown EPA "It took ten years," '
        "the mayor said."
    )
    spans = [s for s in find_furniture(text) if s.kind == "gallery"]
    assert len(spans) == 1
    taken = text[spans[0].start : spans[0].end]
    assert taken.startswith("Crowds at the opening: In pictures 4 show all")
    assert taken.endswith("North bank, Lowtown EPA")
    assert '"It took ten years,"' not in taken


@pytest.mark.parametrize(
    "text",
    [
        "The vote passed 3/4 of the seats on 9/11 and 1/2 of the rest by 2/3 in May.",
        "Slides 1/5 and 2/5 were shown, then the talk ended; 4/5 of the room stayed.",
    ],
)
def test_furniture_leaves_fractions_and_dates_that_do_not_count_on(text: str) -> None:
    assert [s for s in find_furniture(text) if s.kind == "gallery"] == []


def test_furniture_leaves_a_quoted_thread_with_post_counters() -> None:
    text = (
        '"We will not close the ferry without a fight. 1/3" she wrote. The council voted on '
        "Friday to close the ferry route, officials said. "
        '"The islanders need it every day. 2/3" the mayor added. Police said 40 people '
        'protested. "I will fight this in court. 3/3" she wrote.'
    )
    assert [s for s in find_furniture(text) if s.kind == "gallery"] == []


def test_furniture_slides_far_apart_are_no_gallery() -> None:
    filler = "The council met again and talked about the budget for the coming year. " * 8
    text = f"Harbour views 1/3 North quay AP {filler}2/3 South quay Reuters {filler}3/3 Pier EPA"
    assert [s for s in find_furniture(text) if s.kind == "gallery"] == []


@pytest.mark.parametrize(
    ("text", "uncaptioned"),
    [
        # the sentence before the credit is no caption the stage can tell: flagged
        (
            "The team won on Sunday. Fans wave flags outside the stadium on Sunday. "
            "(Photo: Dana Whitfield, AP) The parade is on Monday.",
            True,
        ),
        # its caption found: nothing left for the narration pass to decide
        (
            "The team won on Sunday. A City fan holds up a flag during the final. Photo: "
            "Getty Images The club will hold a parade on Monday, the mayor said.",
            False,
        ),
    ],
)
def test_furniture_marks_a_credit_whose_caption_it_did_not_find(
    text: str, uncaptioned: bool
) -> None:
    credits = [s for s in find_furniture(text) if s.kind == "credit"]
    assert [s.uncaptioned for s in credits] == [uncaptioned]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers Worked For 12 Hours To Free The Driver",
        "Harbor City Council Votes To Close The Old Bridge For Repairs",
    ],
)
def test_furniture_a_text_that_is_one_unpunctuated_stretch_is_no_caption(text: str) -> None:
    # a headline or a note on its own: the last-caption rule needs article text before it
    assert find_furniture(text) == ()


# prose of FURNITURE_RUN_MIN_WORDS words or more, read as captions for its length alone,
# whose only caption-like clause follows a word for a person ("the singer's mother Carol
# Diaz waves ...": a role before a name ends no caption)
ROLE_BEFORE_NAME = [
    # 56 words
    "The crowd that gathered in the old harbour town on Saturday cheered for more than an "
    "hour as the band played its best known songs, and many people in the square said "
    "they had waited all week for the moment when the singer's mother Carol Diaz waves "
    "from a balcony above the stage before the encore.",
    # 57 words
    "The club's long wait for a title ended on a warm evening in the capital after a tense "
    "final that went to extra time and then to penalties, and the players ran across the "
    "pitch to the fans in the north stand to sing with them as his teammate Leo Grant "
    "raises the trophy above his head.",
    # 61 words
    "The crowd that gathered along the narrow streets of the old harbour town on Saturday "
    "afternoon cheered loudly for more than an hour as the band played its best known songs "
    "from the early years, and many people in the square said they had waited all week for "
    "the moment the singer's mother Carol Diaz waves from a balcony above them.",
    # 62 words
    "The club's long wait for a title ended on a warm evening in the capital after a tense "
    "final that went to extra time and then to penalties, and the players who had lost the "
    "same match a year ago ran across the pitch to the fans in the north stand as his "
    "teammate Leo Grant raises the trophy above his head.",
]


@pytest.mark.parametrize("text", ROLE_BEFORE_NAME)
def test_furniture_leaves_a_long_sentence_whose_caption_clause_follows_a_role(text: str) -> None:
    assert _caption_mode(text)
    assert find_furniture(text) == ()


def test_furniture_keeps_a_break_after_a_role_when_another_break_shows_captions() -> None:
    # a caption's subject after a word for a person is a break still where the stretch has
    # another ("... left in tears Harbor City fan Ana Ruiz covers ..."): a run of captions
    head = (
        "The home crowd had hoped for a first title in decades and was left in tears "
        "Harbor City fan"
    )
    text = (
        f"The club lost the final on Sunday. {head} Ana Ruiz covers her face with both hands "
        "while watching the last minutes of the final on a big screen outside the old stadium "
        "in the rain with thousands of other supporters who had travelled from all over the "
        "region."
    )
    assert [t for _, t in _found(text)] == [head]


@pytest.mark.parametrize(
    ("caption", "after"),
    [
        (
            "Image caption Local baker Ruth Dent celebrates outside the town hall",
            '"We waited ten years for this bridge. Now it is here."',
        ),
        (
            "Media playback is unsupported on your device Media caption Rescuers reach the "
            "flooded village by boat",
            "\u201cNobody here has slept for days,\u201d she said.",
        ),
        (
            "Image caption Supporters gather in the square before the count",
            "'We are not going anywhere until every vote is counted,' he said.",
        ),
    ],
)
def test_furniture_a_labelled_caption_ends_at_a_quotation_run_into_it(
    caption: str, after: str
) -> None:
    """A caption after its label that runs into a quotation with no stop between ("...
    outside the town hall "We waited ...") ends at the quotation's mark: the quotation is the
    article's."""
    text = f'"The town has waited long enough," Mayor Helen Ward said. {caption} {after}'
    spans = find_furniture(text)
    assert spans, "no furniture"
    assert (spans[0].start, spans[-1].end) == (text.index(caption), text.index(after) - 1)


def test_furniture_a_quoted_slogan_inside_a_caption_does_not_end_it() -> None:
    """A quotation run into a caption that goes on after its close ('... hold a banner "We
    want our bridge back now" outside the town hall.') is the caption's slogan, not the
    article's quotation: the caption keeps it, and it ends at its sentence's end."""
    caption = (
        'Image caption Crowds hold a banner "We want our bridge back now" outside the town hall.'
    )
    text = (
        f'"The town has waited long enough," Mayor Helen Ward said. {caption} The bridge '
        "opened on Tuesday after three years of work."
    )
    spans = find_furniture(text)
    assert spans, "no furniture"
    assert spans[-1].end >= text.index(" outside the town hall")


@pytest.mark.parametrize(
    "cue", ["Mayor Helen Ward told reporters on Tuesday.", "she said on Tuesday."]
)
def test_furniture_a_quotation_with_its_cue_after_the_close_ends_a_caption(cue: str) -> None:
    """A quotation run into a caption that closes with no stop but is followed by its speaker
    and a word of saying ('"We have waited ten years for this bridge" Mayor Helen Ward told')
    is the article's statement: the caption ends at its mark and its words are furniture."""
    caption = "Image caption Crowds outside the town hall"
    after = f'"We have waited ten years for this bridge" {cue}'
    text = f'"The town has waited long enough," Mayor Helen Ward said. {caption} {after}'
    spans = find_furniture(text)
    assert spans, "no furniture"
    assert (spans[0].start, spans[-1].end) == (text.index(caption), text.index(after) - 1)


def test_furniture_a_labelled_caption_keeps_a_short_quoted_title() -> None:
    """A quoted title inside a caption ('a sign reading "Go Team Go"') is the caption's."""
    caption = "Image caption A fan holds a sign reading 'Go Harbor Go' outside the ground"
    text = f"The club won the cup on Sunday. {caption} The parade is on Monday, the club said."
    assert [t for _, t in _found(text)] == [caption]


@pytest.mark.parametrize("label", ["READ MORE:", "Read more:", "RELATED:", "See also:"])
def test_furniture_a_related_link_label_takes_the_headline_after_it(label: str) -> None:
    """A related-story link inserted in the body ("READ MORE: <headline>") is furniture up to
    the clause the article goes on with; the headline's people never become speakers."""
    headline = f"{label} Ruth Dent says the new bridge will cost more"
    text = (
        '"The town has waited long enough," Mayor Helen Ward said. '
        f'{headline} She added: "We waited ten years for this bridge."'
    )
    assert [t for _, t in _found(text)] == [headline]


def test_furniture_a_related_link_label_leaves_a_long_sentence_after_it() -> None:
    """What follows the label is taken only as far as a headline goes: a long sentence with
    its own full stop is the article's."""
    sentence = (
        "The council said on Monday that the new bridge across the river would cost four "
        "million pounds more than the first estimate of last spring."
    )
    text = f"The bridge opened on Tuesday. Read more: {sentence}"
    assert sentence not in " ".join(t for _, t in _found(text))


def test_furniture_a_headline_after_its_label_ends_at_a_quotation_after_a_name() -> None:
    """A link's headline that ends in a name runs into the article's next quotation: it ends
    at the quotation's mark."""
    headline = "READ MORE: Ruth Dent named deputy mayor of Brookhaven"
    text = (
        '"The town has waited long enough," Mayor Helen Ward said. '
        f'{headline} "We waited ten years for this bridge," she added.'
    )
    assert [t for _, t in _found(text)] == [headline]


def test_furniture_a_follow_prompt_takes_its_handle() -> None:
    prompt = "Follow Ruth Dent on Twitter @ruthdent"
    text = f'The bridge opened on Tuesday. {prompt} She added: "We waited ten years."'
    assert [t for _, t in _found(text)] == [prompt]


# Generic furniture every news site prints (invented examples, session 39).
BODY = (
    "The council voted on Tuesday to close the old bridge. "
    "Mayor Helen Ward said the repairs would take a year."
)
AFTER = "Residents said they were worried about the detour."


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for the Harbor Times newsletter",
        "Subscribe to our newsletter for the latest news",
        "Enter your email address to get the morning briefing",
    ],
)
def test_furniture_a_prompt_on_its_own_line_stops_at_the_line_end(prompt: str) -> None:
    """A prompt without a full stop on its own line is furniture to the line's end, never
    the article's next line."""
    text = f"{BODY}\n{prompt}\n{AFTER}"
    assert [t for _, t in _found(text)] == [prompt]


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for our morning briefing.",
        "Sign up to The Harbor Brief, our free daily email.",
        "Subscribe to the Harbor Times breaking news alerts.",
    ],
)
def test_furniture_a_signup_prompt_for_any_mailing(prompt: str) -> None:
    text = f"{BODY} {prompt} {AFTER}"
    assert [(k, t) for k, t in _found(text)] == [("subscribe", prompt)]


@pytest.mark.parametrize(
    "text",
    [
        f"Thousands of residents have signed up for the scheme. {BODY}",
        f'"Sign up for the course and you will learn," she said. {BODY}',
        f"Subscribers to the paper were told about the change by email. {BODY}",
    ],
)
def test_furniture_leaves_prose_about_signing_up(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "bar",
    [
        "Share this article Share on Facebook Share on Twitter Share via Email",
        "Share Tweet Email",
        "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn "
        "Copy this link",
        "Facebook Twitter Email Copy link",
    ],
)
def test_furniture_a_share_bar(bar: str) -> None:
    text = f"{BODY} {bar} {AFTER}"
    assert [(k, t) for k, t in _found(text)] == [("share", bar)]


@pytest.mark.parametrize(
    "text",
    [
        f"The group posted the video on Facebook, Twitter and Instagram. {BODY}",
        f"Shares in the company fell on Monday. {BODY}",
        f"Users can share the clip by email. {BODY}",
    ],
)
def test_furniture_leaves_prose_about_social_media(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("label", ["ADVERTISEMENT", "Advertisement"])
def test_furniture_an_advert_label_in_any_case(label: str) -> None:
    assert _found(f"{BODY} {label} {AFTER}") == [("advert", label)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("RELATED ARTICLE: Why old bridges fail", "related"),
        ("MORE: Ferry fares to rise in spring", "related"),
        ("WATCH: Drone footage of the damaged bridge", "video"),
    ],
)
def test_furniture_more_link_labels_take_their_headline(line: str, kind: str) -> None:
    text = f"{BODY} {line} The work is due to start in March, the council said."
    assert _found(text) == [(kind, line)]


def test_furniture_an_image_source_credit_and_caption_with_commas() -> None:
    """Image source, Getty Images Image caption, <caption>: the credit, the label and the
    caption up to the article's next clause."""
    furniture = "Image source, Getty Images Image caption, The bridge was built by the city"
    text = f"{BODY} {furniture} The work is due to start in March, the council said."
    assert [t for _, t in _found(text)] == [furniture]


@pytest.mark.parametrize("credit", ["PHOTO: GETTY IMAGES", "PHOTO: REUTERS"])
def test_furniture_a_photo_credit_in_capitals(credit: str) -> None:
    text = f"The bridge in 1950. {credit} {BODY}"
    assert [t for _, t in _found(text)] == [f"The bridge in 1950. {credit}"]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Tom Hale; Editing by Anna Berg",
        "(Reporting by Tom Hale in Harbor City; additional reporting by Sam Reed; "
        "Editing by Anna Berg.)",
        "Additional reporting by Tom Hale in Harbor City.",
        "Contributing: Tom Hale, Harbor Times",
    ],
)
def test_furniture_reporting_credits_at_the_end(line: str) -> None:
    text = f"{BODY} {AFTER} {line}"
    assert [t for _, t in _found(text)] == [line]


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a reporter for The Harbor Times.",
        "Jane Doe is a reporter for the Harbor Times's Lisbon bureau.",
        "Jane Doe is a senior correspondent for the Harbor Times covering transport. "
        "Contact her at jane.doe@harbortimes.example.",
        "Sam Reed covers city hall for the Harbor Times. Follow him on Twitter @samreed",
        "Follow us on Facebook",
    ],
)
def test_furniture_an_author_bio_or_contact_line_at_the_end(bio: str) -> None:
    text = f"{BODY} {AFTER}\n{bio}"
    assert [t for _, t in _found(text)] == [bio]


@pytest.mark.parametrize(
    "text",
    [
        f"Tom Hale is a reporter for the Harbor Times who was held at the border. {BODY}",
        f"{BODY} Tom Hale is a reporter for the Harbor Times. He was held at the border.",
        f"{BODY} Tom Hale, who is a reporter for the Harbor Times, was held at the border.",
        f"{BODY} The reporting by the Harbor Times showed the cracks.",
        f"{BODY} Ana Ruiz covers the costs for the council.",
    ],
)
def test_furniture_leaves_sentences_about_reporters(text: str) -> None:
    assert _found(text) == []


def test_furniture_a_link_headline_ends_at_the_next_label() -> None:
    """Two link lines in a row: the first headline ends where the next label starts (and
    the second, ending in the article's sentence, at its label)."""
    links = "Related: Bridge closure to hit shops Related:"
    text = f"{BODY} {links} Ferry fares to rise {AFTER}"
    assert _found(text) == [("related", links)]


@pytest.mark.parametrize("label", ["Related:", "READ MORE:", "WATCH:"])
def test_furniture_a_link_headline_never_takes_the_next_sentence(label: str) -> None:
    """A link's headline has no full stop: one that reaches a full stop with no clause break
    has run into the article, whose sentence stays."""
    text = f"{BODY} {label} Ferry fares to rise {AFTER}"
    assert AFTER not in " ".join(t for _, t in _found(text))


@pytest.mark.parametrize(
    "credit",
    [
        "Credit: Tom Hale/Reuters",
        "Image: Tom Hale/Reuters",
        "Photo by Tom Hale/Getty Images",
        "(Photo by Tom Hale/Getty Images)",
        "(Image credit: Getty Images)",
        "\u00a9 Tom Hale/Reuters",
        "Credit...Tom Hale for The Harbor Times",
    ],
)
def test_furniture_more_photo_credit_forms_take_their_caption(credit: str) -> None:
    """Credits in the forms sites print them, after an unpunctuated caption."""
    furniture = f"Commuters wait for the ferry {credit}"
    assert _found(f"{BODY} {furniture} {AFTER}") == [("credit", furniture)]


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("Share this article", "share"),
        ("Print this story", "share"),
        ("Click here to sign up for our newsletter.", "subscribe"),
        ("Get the latest news delivered to your inbox.", "subscribe"),
        ("Download our app to get the latest news.", "subscribe"),
        ("This article was originally published on The Conversation.", "copyright"),
    ],
)
def test_furniture_more_prompts(prompt: str, kind: str) -> None:
    assert _found(f"{BODY} {prompt} {AFTER}") == [(kind, prompt)]


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY} Residents can sign up for email alerts from the council.",
        f"{BODY} Users share this article and others on their pages, she said.",
        f"{BODY} The photo by Tom Hale was widely shared.",
        f"{BODY} Fans can download the app to follow the race.",
    ],
)
def test_furniture_leaves_prose_that_mentions_prompts(text: str) -> None:
    assert _found(text) == []


@pytest.mark.model
def test_furniture_generic_lines_give_no_people_to_the_stages() -> None:
    """The names in a share bar, a credit, a reporting line and an author's bio are never
    mentions, sources or claims: the stages see blanks there."""
    text = (
        f"{BODY} Share Tweet Email Commuters wait for the ferry Photo by Tom Hale/Getty Images "
        f"{AFTER} Sign up for our morning briefing.\n"
        "(Reporting by Sam Reed; Editing by Anna Berg.)\n"
        "Jane Doe is a reporter for The Harbor Times."
    )
    analysis = analyze(text)
    names = {m.text for m in analysis.mentions}
    assert not names & {"Tom Hale", "Sam Reed", "Anna Berg", "Jane Doe", "Getty Images"}
    assert all("Jane Doe" not in c.text for c in analysis.claims)
    assert {"credit", "subscribe", "byline"} <= {f.kind for f in analysis.furniture}
    assert "Share Tweet Email" in " ".join(f.text for f in analysis.furniture)


@pytest.mark.parametrize(
    "block",
    [
        "Most Popular Ferry fares to rise in spring Harbor City mayor to stand again",
        "Trending Now Ferry fares to rise in spring",
        "Sponsored Content Ten tips for a cheaper holiday",
        "Promoted Stories Ten tips for a cheaper holiday",
        "Recommended by Outbrain",
        "Around the web Ten tips for a cheaper holiday",
    ],
)
def test_furniture_a_list_of_promoted_or_popular_links(block: str) -> None:
    """A block of links under its heading is furniture up to the article's next sentence."""
    after = "The detour adds twenty minutes to the trip into town, residents said."
    assert [t for _, t in _found(f"{BODY} {block} {after}")] == [block]


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY} The most popular route is the old bridge.",
        f"{BODY} Trending topics included the bridge, the council said.",
        f'{BODY} "Around the web people are angry," she said.',
        f"{BODY} In an interview with Trending Now Radio, Ward said the bridge was unsafe.",
    ],
)
def test_furniture_leaves_prose_about_popular_things(text: str) -> None:
    assert _found(text) == []


# Session 39 fix39a: prose the furniture rules took (invented reviewer probes).


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale is a reporter for the Harbor Times who was held for a year. "
        "Follow the money, he told the court on Monday.",
        "Ana Costa is a correspondent for the BBC in Kabul. "
        "Contact with her was lost on Friday, the broadcaster said.",
        "Police arrested two journalists at the border on Friday. Tom Hale is a reporter "
        "for the Harbor Times who was held in Evin prison for a year.",
    ],
)
def test_furniture_a_bio_needs_a_real_contact_line_and_no_clause_after_the_outlet(
    text: str,
) -> None:
    """A bio is "X is a reporter for Y." before a follow/contact line ("Follow him on",
    "Contact her at ...@") or at the end; a sentence that only starts with Follow or
    Contact is the article's, and a relative clause after the outlet is news, not a bio."""
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The port contracts were signed in 2019. Reporting by Tom Hale in May exposed the "
        "fraud, the judge said.",
        "Reporting by ProPublica and The Times showed the firm lied, the senator said.",
    ],
)
def test_furniture_a_reporting_credit_never_stops_inside_a_sentence(text: str) -> None:
    """A reporting line is Reuters' "(Reporting by ...)" or a line of its own: never the
    first names of a sentence whose verb follows."""
    assert _found(text) == []


def test_furniture_a_prompt_without_a_stop_ends_before_the_next_sentence() -> None:
    text = "Sign up for our daily briefing The council approved the plan on Monday, the mayor said."
    assert _found(text) == [("subscribe", "Sign up for our daily briefing")]


@pytest.mark.parametrize(
    "text",
    [
        "Download the NHS Covid-19 app, the health secretary told the public on Monday.",
        "Sign up for email alerts from the council, the mayor urged residents after the flood.",
        "This article was originally published by the Harbor Times in 2019, the lawsuit says, "
        "and was later copied by 40 sites.",
    ],
)
def test_furniture_leaves_a_quoted_instruction_with_its_speaker(text: str) -> None:
    """A prompt's words followed by a comma and a speaker are someone's words: the article's."""
    assert _found(f"{BODY} {text}") == []


@pytest.mark.parametrize(
    "text",
    [
        "Polls closed at 8pm on Thursday. Trending Now Media, a marketing firm, said turnout "
        "was high.",
        "The founders met in 2019. From the Web Summit in Lisbon, the pair flew to Paris.",
        "The race is open. Most popular Democrats have stayed out of the race so far.",
    ],
)
def test_furniture_a_link_block_heading_only_alone_on_its_line(text: str) -> None:
    assert _found(text) == []


def test_furniture_leaves_a_photo_credit_that_is_a_sentence_s_subject() -> None:
    text = (
        "Photos by Tom Hale/Harbor Times were used in the campaign without consent, "
        "the court heard."
    )
    assert _found(f"{BODY} {text}") == []


def test_furniture_a_link_block_heading_on_its_own_line_takes_its_list() -> None:
    block = "Most Popular\nFerry fares to rise in spring\nHarbor City mayor to stand again"
    after = "The detour adds twenty minutes to the trip into town, residents said."
    assert _found(f"{BODY}\n{block}\n{after}") == [("related", block)]


def test_furniture_a_long_reuters_credit_line_is_one_span() -> None:
    line = (
        "(Additional reporting by Ana Costa and Tom Hale in Harbor City, Sam Reed and Lena "
        "Brandt in Lisbon and Ola Berg in West Harbor Bay, Maine; Writing by Jane Doe; "
        "Editing by Carl Berg, Ana Ruiz and Helen Ward.)"
    )
    assert _found(f"{BODY} {AFTER}\n{line}") == [("byline", line)]


@pytest.mark.parametrize(
    "text",
    [
        "The guard said the gate opens at Terminal Two, 10:30 every morning.",
        "Officials said the count in Lake County, 12: was wrong.",  # no sentence start
        "Marta Byrne, 34, said the gown was borrowed.",
        "In John 3:16 the verse is quoted.",
    ],
)
def test_furniture_a_name_and_number_in_prose_is_no_heading(text: str) -> None:
    assert find_furniture(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "We asked fans what the win meant to them.\n"
            'Marta Byrne, 34: "I never thought we would see this day. The team deserves it."\n'
            'Tom Lee, 56: "It is the best season in forty years."',
            {"Marta Byrne", "Tom Lee"},
        ),
        (
            "Investigators named the dead. Marta Byrne, 34: a teacher who loved hiking. Tom Lee,"
            " 56: a retired mechanic.",
            {"Marta Byrne", "Tom Lee"},
        ),
        (
            'The crowd chanted. "Go home." Officer Dale Hurst, 41: "Move back now," he shouted.',
            {"Dale Hurst"},
        ),
    ],
)
def test_furniture_a_name_and_age_before_a_colon_is_no_caption(text: str, names: set[str]) -> None:
    """Review of caption40 (HIGH 2): "Name, 34:" heads what the named person says or what is
    said of them (a roundup of fans, a list of the dead): it is no page furniture, the people
    stay in the analysis and no quotation is glued onto the claim before them."""
    found = analyze(text)
    assert find_furniture(text) == ()
    assert names <= {e.name for e in found.entities}
    for claim in found.claims:
        if claim.source is not None and claim.source.text == "We":
            assert "never thought" not in claim.text


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "the city would pay for it Harbor City fan Lena Brandt, pictured, cheered loudly",
            "Harbor",
        ),
        ("the square stays shut until noon Singer Nina Hale (right) performed for them", "Singer"),
        ("we never doubted ourselves Coach Tom Reyes, pictured in March, was carried off", "Coach"),
        ("we never doubted ourselves Fans celebrate outside the ground", "Fans"),
        ('a night for this city" Singer Nina Hale, pictured, wrote a note', "Singer"),
    ],
)
def test_furniture_caption_starts_finds_a_caption_run_in_with_no_stop(
    text: str, caption: str
) -> None:
    found = caption_starts(text, 0, len(text))
    assert [text[at:].split(maxsplit=1)[0] for at in found] == [caption]


@pytest.mark.parametrize(
    "text",
    [
        "the driver struck Ana Ruiz (right) in May and then fled",
        "the striker Leo Grant, pictured, who scored twice, would miss the final",
        "the bridge will reopen while Harbor City fans celebrate the win",
        "a clip for the show The 411 praised the team",
        "the jury acquitted Dale Hurst, the mayor, on Friday",
        "the money Tom Reyes (pictured) took was never returned",
        "the crowd goes wild every time Tom Reyes walks onto the pitch",
        "nobody knows the songs Harbor City fans sing on match days",
        "the buyers loved the house Ana Ruiz, pictured in the brochure, was selling",
    ],
)
def test_furniture_caption_starts_leaves_prose(text: str) -> None:
    assert caption_starts(text, 0, len(text)) == []


#: The opening of the rules that keep a quotation's attributed words ("..., the mayor urged"):
#: read at a word boundary only where the rule's own first words follow (speed50).
_GUARDED = re.compile(r"\\b(\(\?=[^()]*\))(?=\(\?!\(\?:\(\?! )")


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Sign up for our morning briefing. Subscribe to the Harbor Brief newsletter.", True),
        ("Click here to subscribe to our daily emails. Tap here to sign up for alerts.", True),
        ("Get the latest news delivered to your inbox. Download the Harbor Times app.", True),
        ("Enter your email address here. This article was originally published by the Post.", True),
        # controls: the words a quotation's speaker urged or told are kept (the guard)
        ("Sign up for email alerts from the council, the mayor urged residents on Monday.", False),
        ("Download the Delvin app, Lin Park told fans on Monday.", False),
    ],
)
def test_guarded_rules_find_what_they_found_without_their_first_words_lookahead(
    text: str, matched: bool
) -> None:
    """A rule opening with the quotation guard first looks ahead for its own first words
    (the guard, a look 160 characters on, is read only there): the matches are those of the
    rule without that look-ahead."""
    guarded = [r for r in furniture.lexicon().rules if _GUARDED.match(r.pattern.pattern)]
    assert len(guarded) == 5
    hits = 0
    for rule in guarded:
        plain = re.compile(_GUARDED.sub(r"\\b", rule.pattern.pattern, count=1))
        assert plain.pattern != rule.pattern.pattern
        found = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
        hits += len(found)
    assert bool(hits) is matched
