"""The shared lexicons: one reader for every lexicon file, each list loaded once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclaims import lexicons


def test_lexicons_read_table_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("# a comment\n# word\tvalue\n\nten\t10\nhalf\t1/2\n", encoding="utf-8")
    assert lexicons.read_table(path, 2) == (("ten", "10"), ("half", "1/2"))


def test_lexicons_read_table_names_the_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tsv"
    path.write_text("# word\tvalue\nten\t10\neleven 11\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.tsv:3: expected 2"):
        lexicons.read_table(path, 2)


@pytest.mark.parametrize(("text", "value"), [("12", 12.0), ("1e+06", 1e6), ("2/3", 2 / 3)])
def test_lexicons_read_value_reads_numbers_and_fractions(text: str, value: float) -> None:
    assert lexicons.read_value(text) == value


def test_lexicons_shared_lists_hold_what_the_stages_need() -> None:
    assert lexicons.number_words()["a dozen"] == 12
    assert lexicons.number_words()["two-thirds"] == 2 / 3
    assert lexicons.month_names()["sept"] == 9
    assert lexicons.month_names()["may"] == 5
    assert {"figure", "total", "tally"} <= lexicons.figure_nouns()
    assert "protesters" in lexicons.crowd_words()
    assert lexicons.measures()["die"] == "killed"
    assert {"be", "have"} <= lexicons.stative_verbs()
    assert {"hours", "morning"} <= lexicons.time_part_nouns()
    assert {"name", "call"} <= lexicons.naming_verbs()
    assert {"decade", "wait"} <= lexicons.non_actor_nouns()


@pytest.mark.parametrize(
    ("titles", "held"),
    [
        (["President"], True),
        (["former President"], True),
        (["Ex-President"], True),
        (["Vice President"], False),
        (["Vice-President"], False),
        (["Deputy President", "Mayor"], False),
        (["Presidential candidate"], False),
        ([], False),
    ],
)
def test_lexicons_an_office_is_held_by_whole_word(titles: list[str], held: bool) -> None:
    assert lexicons.holds_office("president", titles) is held


@pytest.mark.parametrize(
    ("office", "titles", "held"),
    [
        ("general", ["Attorney General"], False),
        ("general", ["Lieutenant General"], True),
        ("general", ["General"], True),
        ("governor", ["Lieutenant Governor"], False),
        ("secretary", ["Under Secretary"], False),
        ("admiral", ["Vice Admiral"], True),
        ("mayor", ["Acting Mayor"], True),
    ],
)
def test_lexicons_a_prefix_makes_another_office_or_a_rank(
    office: str, titles: list[str], held: bool
) -> None:
    assert lexicons.holds_office(office, titles) is held
    assert lexicons.makes_other_office("acting", office) is None


def test_lexicons_words_give_genders_by_whole_word() -> None:
    assert lexicons.word_genders(["Mr", "said"]) == {"m"}
    assert lexicons.word_genders(["Queen", "she"]) == {"f"}
    assert lexicons.word_genders(["Mr", "she"]) == {"m", "f"}
    assert lexicons.word_genders(["Mr", "she"], pronouns=False) == {"m"}
    assert lexicons.word_genders(["Mrsx", "shed", "Spokes"]) == set()
    assert lexicons.one_gender(["m", None, "m"]) == "m"
    assert lexicons.one_gender(["m", "f"]) is None
    assert lexicons.one_gender([None]) is None


def test_lexicons_are_loaded_once() -> None:
    assert lexicons.number_words() is lexicons.number_words()
    assert lexicons.measures() is lexicons.measures()


def test_lexicons_cannot_be_changed_by_a_reader() -> None:
    with pytest.raises(TypeError):
        lexicons.measures()["die"] = "wounded"  # type: ignore[index]


def _columns(path: Path) -> int:
    """The number of columns a lexicon file names on its last comment line."""
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] == "#"]
    return len(header[-1].split("\t"))


@pytest.mark.parametrize("path", sorted(lexicons.DATA.glob("*.tsv")), ids=lambda p: p.name)
def test_lexicons_shared_files_list_each_entry_once(path: Path) -> None:
    keys = [row[0] for row in lexicons.read_table(path, _columns(path))]
    assert keys
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("word", "measure"),
    [
        ("dead", "killed"),
        ("Died", "killed"),
        ("killed", "killed"),
        ("wounded", "injured"),
        ("hurt", "injured"),
        ("hospitalized", "hospitalised"),
        ("reduce", "reduce"),  # a word of no class is its own measure
    ],
)
def test_lexicons_a_readers_measure_word_names_its_class(word: str, measure: str) -> None:
    assert lexicons.measure_class(word) == measure


def test_lexicons_every_measure_is_a_class_and_tolls_are_cumulative() -> None:
    classes = lexicons.measure_classes()
    assert set(lexicons.measures().values()) <= set(classes)
    assert set(lexicons.measure_phrases().values()) <= set(classes)
    assert classes["killed"] and not classes["age"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It looks like a fence.#BringItBack", True),
        ("Nobody asked for this #chocolate #winter", True),
        ("Almost all of #Brindle's identity rests on its shape.", False),
    ],
)
def test_lexicons_caption_marks_hold_the_tag_run_pattern(text: str, found: bool) -> None:
    # the tag run (posts.tag_run) is read from caption_marks.tsv, not written in code
    pattern = re.compile("|".join(lexicons.caption_marks()["tag_run"]))
    assert (pattern.search(text) is not None) is found
    assert set(lexicons.caption_marks()["finite_tag"]) == {"VBD", "VBZ", "VBP", "MD"}
