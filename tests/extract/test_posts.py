"""Embedded posts: the signer of the post whose last sentence holds a stretch of text."""

from __future__ import annotations

import pytest

from newsclaims.extract.posts import earlier_sentences, last_sentences, post_signer

_POSTS = (
    "Fans cheered. Well done...a long wait...a party for two cities. "
    "-- Ana Ruiz (@anaruiz) November 3, 2016 The team flew home with 25 players.\n"
    "Sales fell by 3 percent. Look at this! pic.twitter.com/x1 -- Tom Lee (@tlee) May 2, 2016\n"
    "The club sits 4 points clear with two games left. [?] @ana_ruiz, what a night "
    "#derby pic.twitter.com/x2 -- City FC (@cityfc) May 9, 2016\n"
    "We won by 6 runs! [?] #finals https://t.co/x3 -- Ben Ode (@bode) June 1, 2016"
)


def _signer(written: str) -> str | None:
    start = _POSTS.index(written)
    found = post_signer(_POSTS, start, start + len(written))
    return _POSTS[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("written", "signer"),
    [
        ("two", "Ana Ruiz"),  # the post's last sentence, "..." inside it
        ("Look", "Tom Lee"),  # a link between the post and its signature
        ("25", None),  # after the signature: the article's own sentence
        ("3 percent", None),  # a sentence before the post's last one may be the article's
        ("Fans", None),
        ("4 points", None),  # the article's sentence before a post that opens with an emoji
        ("6 runs", "Ben Ode"),  # tags, emoji and a link after the post's last sentence
    ],
)
def test_posts_a_figure_in_a_post_s_last_sentence_is_its_signer_s(
    written: str, signer: str | None
) -> None:
    assert _signer(written) == signer


def test_posts_a_signature_without_a_dash_names_no_signer() -> None:
    text = "He tweeted: Ana Ruiz (@anaruiz) Brexit got real with 2 bars. May 2, 2016"
    assert post_signer(text, text.index("2 bars"), text.index("2 bars") + 6) is None


@pytest.mark.parametrize(
    "after",
    [
        " \U0001f64f",  # an emoji as the page prints it, not as "[?]"
        " #floods \U0001f64f\ufe0f",
        " (More soon)",  # a bracket goes on the sentence
        " \u2764\ufe0f https://t.co/x4",
    ],
)
def test_posts_emoji_and_a_bracket_after_the_last_sentence_keep_the_signer(after: str) -> None:
    text = (
        "We rescued 40 people today and more are coming home."
        f"{after} \u2014 Ana Ruiz (@AnaRuiz) May 9, 2024"
    )
    found = post_signer(text, text.index("40"), text.index("40") + 2)
    assert found is not None and text[found[0] : found[1]] == "Ana Ruiz"


def test_posts_the_article_s_sentence_before_a_post_opening_with_an_emoji_is_the_article_s() -> (
    None
):
    text = (
        "The shelter took in 40 people. \U0001f64f Home at last for all of them "
        "\u2014 Ana Ruiz (@AnaRuiz) May 9, 2024"
    )
    assert post_signer(text, text.index("40"), text.index("40") + 2) is None


def test_posts_each_post_s_last_sentence_and_its_signer() -> None:
    text = (
        "Fans reacted online after the final whistle. Plane taking off. Let's go team!!!! "
        "-- Dan Wade (@dwade) November 3, 2016 genie, you're free pic.twitter.com/x1 "
        "-- Fred Camp (@fcamp) November 3, 2016 What a night. #derby [?] -- City 1 (@city1) "
        "May 9, 2016 He tweeted: Ana Ruiz (@anaruiz) May 2, 2016"
    )
    found = [(text[s:e], text[a:b]) for (s, e), (a, b) in last_sentences(text)]
    # the words after another post's signature; tags, links and emoji closing a post left out;
    # a signature without a dash names no signer
    assert found == [
        ("Let's go team!!!!", "Dan Wade"),
        ("genie, you're free", "Fred Camp"),
        ("What a night.", "City 1"),
    ]


_VOICED = (
    "The new bars drew anger online. Hi @Choco I opened my bar and half of it was gone. "
    "Can you send me the rest? Thanks! pic.twitter.com/x4 -- Jo Bell (@jobell) May 3, 2016 "
    "Sales of the bar fell. "
    "Fans were told the shape would stay. It changed anyway. Sad day "
    "-- Kim Ode (@kimode) May 4, 2016"
)


def test_posts_earlier_sentences_in_the_post_s_voice_are_its_signer_s() -> None:
    found = [(_VOICED[s:e], _VOICED[a:b]) for (s, e), (a, b) in earlier_sentences(_VOICED)]
    # back from the last sentence while a sentence speaks as the writer ("I", "me")
    assert found == [
        ("Can you send me the rest?", "Jo Bell"),
        ("Hi @Choco I opened my bar and half of it was gone.", "Jo Bell"),
    ]
    # the article's sentence before the post, and sentences in the third person before the
    # last one of another post, stay the article's
    assert not any("anger" in s or "anyway" in s for s, _ in found)


_NARRATED = (
    "Shoppers were angry. If you bought a jar this month, you may have seen it shrink. "
    "The brand's account @Jamco answered hundreds of them. "
    "This is a swindle and I want a refund. -- Ann Lowe (@annlowe) June 2, 2017"
)
_REPLIED = (
    "Shoppers were angry. #shrinkflation is the word now. @Jamco why is it smaller? "
    "We paid the same. This is a swindle and I want a refund. "
    "-- Ann Lowe (@annlowe) June 2, 2017"
)


def test_posts_second_person_narration_and_a_handle_inside_stay_the_article_s() -> None:
    # "you" speaking to the reader and a handle named inside a sentence: the article's
    assert earlier_sentences(_NARRATED) == []
    # a reply that opens with a handle and a sentence in the first person are the post's;
    # a #tag alone does not make a sentence the post's
    found = [_REPLIED[s:e] for (s, e), _ in earlier_sentences(_REPLIED)]
    assert found == ["We paid the same.", "@Jamco why is it smaller?"]


@pytest.mark.parametrize(
    ("name", "signer"),
    [
        ("#CityOfKindness", "@marialopez"),
        ("#Vote \u2764 #Now", "@marialopez"),
        ("Maria Lopez", "Maria Lopez"),
    ],
)
def test_posts_a_display_name_of_hashtags_gives_the_handle_as_signer(
    name: str, signer: str
) -> None:
    text = (
        "Fans reacted online.\nGive us streets full of neighbours who help #KindnessWins"
        f" pic.twitter.com/abc123 -- {name} (@marialopez) November 9, 2016 The rally ended."
    )
    start = text.index("Give us")
    found = post_signer(text, start, start + len("Give us streets"))
    assert found is not None and text[slice(*found)] == signer
    ((_, name_span),) = last_sentences(text)
    assert text[slice(*name_span)] == signer
