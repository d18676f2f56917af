"""The numpy all-MiniLM-L6-v2 encoder against vectors from the reference implementation.

The expected numbers were computed once with sentence-transformers 6.2.0 and PyTorch 2.13.0
(CPU) from the same weights package, on sentences written for this test; they are not
recomputed here (no PyTorch in the project)."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from newsclaims.errors import ConfigError
from newsclaims.reconcile import embeddings
from newsclaims.reconcile.embeddings import encoder

SENTENCES = [
    "The harbour authority says the storm sank 14 fishing boats overnight.",
    "Fourteen trawlers went down in the gale, according to port officials.",
    "The city council approved a new budget for public libraries.",
    "Der Hafen bleibt geschlossen — naïve café, 2,500 km².",
]
#: First six dimensions of each reference vector (rounded to 5 decimals).
REFERENCE_HEAD = [
    [-0.02012, 0.09253, 0.08241, 0.08842, -0.04505, -0.05623],
    [0.00172, 0.10849, 0.02552, 0.04398, 0.00699, -0.05590],
    [0.00878, 0.00859, -0.02023, 0.04556, 0.05489, 0.00375],
    [0.09945, 0.06611, -0.06931, 0.02409, 0.01242, -0.00672],
]
#: Reference cosines of sentence 0 with sentences 1, 2 and 3.
REFERENCE_COSINES = [0.4879, -0.0892, -0.0652]


def test_vectors_match_the_reference_implementation() -> None:
    vectors = encoder().encode(SENTENCES)
    assert vectors.shape == (4, 384)
    np.testing.assert_allclose(vectors[:, :6], REFERENCE_HEAD, atol=2e-5)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(vectors[0] @ vectors[1:].T, REFERENCE_COSINES, atol=2e-4)


def test_batching_and_order_do_not_change_vectors() -> None:
    alone = np.stack([encoder().encode([s])[0] for s in SENTENCES])
    together = encoder().encode(list(reversed(SENTENCES)), batch_size=3)[::-1]
    np.testing.assert_allclose(alone, together, atol=1e-5)
    assert encoder().encode([]).shape == (0, 384)


def test_a_missing_model_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError) as raised:
        embeddings.model_dir()
    assert raised.value.code == "E411"
