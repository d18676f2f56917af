"""The learned chooser of what a figure counts (``extract.quantities.chooser``), on sentences
written for these tests, and the model file it reads."""

from __future__ import annotations

import math

import pytest
from quantity_figures import figure

from newsclaims.extract.quantities.chooser import Candidate, load_model, score


def test_about_model_file_has_weights_margin_and_provenance() -> None:
    model = load_model()
    assert model["weights"] and all(math.isfinite(w) for w in model["weights"].values())
    assert 0 <= model["margin"] < 1
    # fitted on the training labels only: f15 is held out
    assert "figures-train-f14" in model["provenance"]
    assert "figures-train-f15" not in model["provenance"]
    # a pronoun scores below a named subject of the same shape
    named = Candidate("subj", "charity", ("k=subj", "k=subj&rules=none", "pos=NOUN"))
    pronoun = Candidate("subj", "She", ("k=subj", "k=subj&rules=none", "pos=PRON", "pronoun"))
    assert score(model, pronoun) < score(model, named)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # money a verb's subject pays: the rules name nothing, the subject is the holder
        (
            "The charity later paid at least $3.1 million to two law firms.",
            "at least $3.1 million",
            "charity",
        ),
        # what was cut in half: the verb's object
        ("Local farmers cut water use in half during the drought.", "half", "water use"),
        # a pronoun is no holder: nothing named stays nothing
        ("She paid $4 million to the firm last year.", "$4 million", None),
        # the rules' own answer stays when they name something
        ("The museum spent $12 million on the new wing.", "$12 million", "museum"),
    ],
)
def test_about_chooser_picks_what_the_figure_counts(
    text: str, written: str, about: str | None
) -> None:
    assert figure(text, written).about == about
