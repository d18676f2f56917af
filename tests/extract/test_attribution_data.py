"""The learned cue files (cues.tsv, cue_frames.tsv) say how they were learnt: the provenance
lines ``scripts/cue_corpus.header`` writes, then the column line, then rows of counts."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from newsclaims import settings
from newsclaims.extract import attribution

DATA = Path(attribution.__file__).parent / "data"

#: File -> (the script that writes it, its columns, provenance keys of its own).
LEARNED = {
    "cues.tsv": (
        "scripts/learn_cues.py",
        ["lemma", "with_complement", "cue_with", "without_complement", "cue_without"],
        {"min_cues"},
    ),
    "cue_frames.tsv": (
        "scripts/learn_cue_frames.py",
        ["lemma", "frame", "verbs", "cues"],
        {"cues"},
    ),
    "particle_senses.tsv": (
        "scripts/learn_particle_senses.py",
        ["lemma", "particle", "verbs", "cues"],
        set(),
    ),
}

#: The keys every learned file records.
KEYS = ("script", "model", "commit", "corpus", "cue_min_precision")

_LINE = re.compile(r"^# ([a-z_]+): (\S.*)$")


def _header(name: str) -> tuple[dict[str, str], list[str], list[str]]:
    """(provenance, column names, data lines) of a learned file."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    provenance: dict[str, str] = {}
    while lines and (found := _LINE.match(lines[0])) is not None:
        provenance[found[1]] = found[2]
        lines.pop(0)
    assert lines and lines[0].startswith("# "), f"{name}: no column line after the provenance"
    return provenance, lines[0][2:].split("\t"), lines[1:]


@pytest.mark.parametrize("name", sorted(LEARNED))
def test_attribution_data_learned_files_record_their_provenance(name: str) -> None:
    script, columns, own = LEARNED[name]
    provenance, found_columns, rows = _header(name)
    assert list(provenance)[: len(KEYS)] == list(KEYS)
    # "kept": rows learnt again for some lemmas only (``--views-only``) say where the others
    # come from
    assert set(provenance) - {"kept"} == set(KEYS) | own
    if "kept" in provenance:
        assert re.fullmatch(r"rows of other lemmas from commit [0-9a-f]{40}", provenance["kept"])
    assert provenance["script"] == script
    model, version = provenance["model"].split(" ")
    assert model == settings.MODEL_NAME
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    # learnt from committed code, so that the commit says what counted
    assert re.fullmatch(r"[0-9a-f]{40}", provenance["commit"]), provenance["commit"]
    # from a training split, never from the dev or test data the scores are read on
    assert re.fullmatch(
        r"polnear/train \(\d+ documents, sha256 [0-9a-f]{12}\)", provenance["corpus"]
    )
    assert 0 < float(provenance["cue_min_precision"]) < 1
    assert found_columns == columns
    assert rows and all(len(row.split("\t")) == len(columns) for row in rows)


def test_attribution_data_frames_were_counted_with_the_cues_shipped() -> None:
    """The frames count the verbs of the cue lexicon, so they are learnt again with it."""
    provenance, _, _ = _header("cue_frames.tsv")
    digest = hashlib.sha256((DATA / "cues.tsv").read_bytes()).hexdigest()[:12]
    assert provenance["cues"] == f"cues.tsv sha256 {digest}"
    assert provenance["corpus"] == _header("cues.tsv")[0]["corpus"]


def test_attribution_data_threshold_is_the_one_in_force() -> None:
    """The frames name a following infinitive a cue by ``CUE_MIN_PRECISION``; a new bar
    needs them learnt again (scripts/learn_cue_frames.py)."""
    provenance, _, _ = _header("cue_frames.tsv")
    assert float(provenance["cue_min_precision"]) == settings.CUE_MIN_PRECISION
