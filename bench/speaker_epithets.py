"""Every epithet source resolved on PolNeAR train, for reading by hand (issue 16).

An epithet is a definite description no entity's titles hold ("the billionaire", "the Florida
senator"), resolved by ``Speakers.epithet`` to the one person just named. PolNeAR gives no
referent for descriptions, so each resolution is printed with the text before it to be judged
by reading (local use only: nothing is written into the repository).

    python bench/speaker_epithets.py ../shared/eval/attribution/polnear/train --limit 500
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import Token

from newsclaims.eval.attribution import read_corpus
from newsclaims.extract import speakers
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="PolNeAR train (text/ and attributions/)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--context", type=int, default=350, help="characters shown before")
    args = parser.parse_args()
    found: list[str] = []
    resolve = speakers.Speakers.epithet

    def logged(
        self: speakers.Speakers, head: Token, content: tuple[int, int] | None = None
    ) -> str | None:
        key = resolve(self, head, content)
        if key is not None:
            text = self.doc.text
            before = text[max(0, head.idx - args.context) : head.idx].replace("\n", " ")
            phrase = " ".join(t.text for t in head.subtree)
            found.append(f"{phrase!r} -> {self.entities[key].name} | ...{before}")
        return key

    speakers.Speakers.epithet = logged  # type: ignore[method-assign]
    docs = list(read_corpus(args.folder))[: args.limit]
    for _ in analyze_articles(Article(text=d.text, origin=d.name) for d in docs):
        pass
    for line in found:
        print(line)
    print(f"{len(found)} epithet sources resolved in {len(docs)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
