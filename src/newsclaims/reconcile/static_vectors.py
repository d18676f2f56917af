"""Sentence vectors in microseconds: a static token-vector table distilled from MiniLM.

``scripts/distill_static_vectors.py`` ran every WordPiece token of all-MiniLM-L6-v2 through the
model once, reduced the vectors with PCA and weighted each by its Zipf rank (the model2vec
recipe); the table ships in the package (``reconcile/data/static_vectors.npz``, a few MB).
A text's vector is the mean of its tokens' rows less the mean a text of random words would
get, normalised: no transformer pass, so it is
cheap enough for every article at ingest. It keeps most of what MiniLM knows about which words
are alike, not word order (``bench/similarity_compare.py`` measures both on the same pairs).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from newsclaims.errors import ConfigError

_HINT = (
    "reinstall newsclaims (the table ships in the package) or run scripts/distill_static_vectors.py"
)


class StaticVectors:
    """The distilled table: WordPiece tokenisation, then the mean of the tokens' rows."""

    def __init__(self, data: dict[str, np.ndarray]) -> None:
        try:
            from tokenizers import Tokenizer, normalizers, pre_tokenizers  # noqa: PLC0415
            from tokenizers.models import WordPiece  # noqa: PLC0415
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ConfigError("E411", f"{exc.name} is not installed.", _HINT) from exc
        tokens = bytes(data["vocab"]).decode().split("\n")
        self.source = bytes(data["source"]).decode()
        vocab = {t: i for i, t in enumerate(tokens)}
        tokenizer: Any = Tokenizer(WordPiece(vocab, unk_token="[UNK]"))
        # what the model's own tokenizer.json declares: BERT's normaliser (lower case) and
        # pre-tokeniser (whitespace and punctuation)
        tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
        tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
        self.tokenizer = tokenizer
        self.row_of = np.asarray(data["row_of"], dtype=np.int64)
        self.table = data["vectors"].astype(np.float32) * data["scale"][:, None]
        self.dims = int(self.table.shape[1])
        # the vector a text of random words would get (rows in vocabulary order, p ~ 1/rank):
        # taken off every text's mean, so that unrelated texts are near 0 rather than all
        # alike (the common component that SIF removes)
        rank = np.arange(1, len(self.table) + 1, dtype=np.float64)
        self.common = (((1.0 / rank) / (1.0 / rank).sum()) @ self.table).astype(np.float32)
        # (a table without weights, from an older run of the script, rates every word rare)
        weight = np.asarray(data.get("weight", np.ones(len(self.table))), dtype=np.float32)
        # a word that is one token of the vocabulary has that token's Zipf weight; a word
        # split into pieces is rarer than any whole token
        self._rarity = {
            t: float(weight[r]) for t, r in zip(tokens, self.row_of.tolist(), strict=True) if r >= 0
        }

    def rarity(self, word: str) -> float:
        """How rare a lower-case word is, 0-1, by its vocabulary rank (``weight``: a / (a + p)
        with p ~ 1/rank); 1 for a word the vocabulary has no single token for."""
        return self._rarity.get(word, 1.0)

    def tokens(self, text: str) -> list[str]:
        """The WordPiece tokens of ``text`` (lower-cased)."""
        return list(self.tokenizer.encode(text, add_special_tokens=False).tokens)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text (zeros for a text with no known token)."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for i, encoded in enumerate(
            self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        ):
            rows = self.row_of[np.asarray(encoded.ids, dtype=np.int64)]
            rows = rows[rows >= 0]
            if rows.size:
                mean = self.table[rows].mean(0) - self.common
                norm = float(np.linalg.norm(mean))
                if norm > 0:
                    out[i] = mean / norm
        return out


@cache
def static_vectors() -> StaticVectors:
    """The process-wide table (loaded once, about 30 ms)."""
    path = resources.files("newsclaims.reconcile") / "data" / "static_vectors.npz"
    try:
        with resources.as_file(path) as file, np.load(file) as data:
            return StaticVectors({k: data[k] for k in data.files})
    except FileNotFoundError as exc:
        raise ConfigError("E411", "The static token-vector table is missing.", _HINT) from exc
