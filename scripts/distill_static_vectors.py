"""Distil a static token-vector table from the MiniLM encoder we ship (the model2vec recipe).

    python scripts/distill_static_vectors.py [--dims 128] [--out PATH.npz]

1. Every WordPiece token of the vocabulary (the ``[unused]`` slots and tokens outside ASCII
   left out) is run through all-MiniLM-L6-v2 alone, as ``[CLS] token [SEP]``, and pooled as
   the model pools a sentence.
2. The vectors are centred and reduced with PCA to ``--dims`` dimensions.
3. Each vector is scaled by a Zipf (SIF) weight: BERT's vocabulary is ordered roughly by
   frequency, so a token's rank r gives its probability p ~ 1/r, and its weight is
   a / (a + p) (``--sif``). Frequent tokens ("the", "said") then count for little in a mean.
4. Rows are stored as int8 with one float scale each, with the vocabulary (ids in order) and
   which row each id uses (-1: no vector), in one compressed ``.npz``.

A sentence vector is then the mean of its tokens' rows, normalised
(``newsclaims.reconcile.static_vectors``): microseconds instead of a transformer pass.
Run it again only when the model changes; the table is shipped in the package.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from newsclaims.reconcile.embeddings import SentenceEncoder, model_id

OUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "newsclaims"
    / "reconcile"
    / "data"
    / "static_vectors.npz"
)


def kept(token: str) -> bool:
    """Tokens that get a row: real vocabulary in ASCII (no special or unused slots)."""
    return token.isascii() and not (token.startswith("[") and token.endswith("]"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--sif", type=float, default=1e-4, help="SIF coefficient a")
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    model = SentenceEncoder()
    vocab: dict[str, int] = model.tokenizer.get_vocab()
    tokens = sorted(vocab, key=vocab.__getitem__)
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    ids = np.array([i for i, t in enumerate(tokens) if kept(t)], dtype=np.int64)

    started = time.perf_counter()
    pooled = np.zeros((len(ids), model.w["embeddings.word_embeddings.weight"].shape[1]), "f4")
    for start in range(0, len(ids), args.batch):
        chunk = ids[start : start + args.batch]
        rows = np.stack([np.full(len(chunk), cls), chunk, np.full(len(chunk), sep)], axis=1)
        pooled[start : start + len(chunk)] = model.forward(
            rows, np.ones(rows.shape, "f4"), np.zeros(rows.shape, np.int64)
        )
    print(f"encoded {len(ids)} tokens in {time.perf_counter() - started:.0f} s")

    centred = pooled - pooled.mean(0)
    _, singular, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[: args.dims].T
    kept_var = float((singular[: args.dims] ** 2).sum() / (singular**2).sum())
    print(f"PCA to {args.dims} dims keeps {kept_var:.3f} of the variance")

    # rank among kept tokens, in vocabulary order (BERT's vocabulary is frequency-ordered
    # after its single characters); p ~ 1/rank normalised over the table
    rank = np.arange(1, len(ids) + 1, dtype=np.float64)
    prob = (1.0 / rank) / (1.0 / rank).sum()
    weight = args.sif / (args.sif + prob)
    weighted = reduced * weight[:, None]

    scale = np.abs(weighted).max(1) / 127.0
    scale[scale == 0] = 1.0
    quantised = np.round(weighted / scale[:, None]).astype(np.int8)
    row_of = np.full(len(tokens), -1, dtype=np.int32)
    row_of[ids] = np.arange(len(ids), dtype=np.int32)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        vocab=np.frombuffer("\n".join(tokens).encode(), dtype=np.uint8),
        row_of=row_of,
        vectors=quantised,
        scale=scale.astype(np.float32),
        weight=weight.astype(np.float16),
        source=np.frombuffer(f"{model_id()} pca{args.dims} sif{args.sif}".encode(), np.uint8),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
