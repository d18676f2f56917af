"""Is a "he"/"she"/"they"/"it" source given to the one another candidate just acted on or spoke
to? (issue 16), on PolNeAR train.

The kind blind judges saw on real news: "Brenner warned Ferro ... he said" with "he" resolved
to Ferro, the object of the previous sentence, while its subject, Brenner, was the speaker.
For every pronoun source the shipped resolver answers, this checks whether the answer's last
mention before the pronoun is the object (or "to" object) of a verb whose subject is another
candidate of the ranking, and counts those cases; ``--list`` prints each with its context
for reading (local use only: nothing is written to the repository).

    python bench/speaker_addressed.py ../shared/eval/attribution/polnear/train --limit 420
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_left
from pathlib import Path

from spacy.tokens import Token

from newsclaims.extract import attribution, speakers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from train_speaker_model import load

#: Pronoun sources checked.
PRONOUNS = frozenset({"he", "she", "they", "it"})


def addressed(sp: speakers.Speakers, token: Token, best: str, rival: str) -> bool:
    """Whether the last mention of ``best`` before ``token`` is the object of a verb whose
    subject is a mention of ``rival``."""
    first = sp.window_start(token.i)
    lo, hi = bisect_left(sp.mention_starts, first), bisect_left(sp.mention_starts, token.i)
    found = [sp.mention_roots[k] for k in range(lo, hi) if sp.mentions[k].label_ == best]
    lo, hi = bisect_left(sp.linked_at, first), bisect_left(sp.linked_at, token.i)
    found += [i for i, k in sp.linked[lo:hi] if k == best]
    if not found:
        return False
    role = sp.doc[max(found)]
    while role.dep_ == "conj" and role.head.i < role.i:
        role = role.head
    if role.dep_ == "pobj" and role.head.lower_ == "to":
        role = role.head  # "spoke to Ferro"
    if role.dep_ not in speakers.OBJECT_DEPS and not (role.dep_ == "prep" and role.lower_ == "to"):
        return False
    linked = dict(sp.linked)
    for child in role.head.children:
        if child.dep_ in speakers.SUBJECT_DEPS:
            return (sp.by_token.get(child.i) or linked.get(child.i)) == rival
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--list", action="store_true", help="print each case in context")
    args = parser.parse_args()
    answered = fired = chained = 0
    for case in load(args.folder, args.limit):
        sp = speakers.Speakers(case.doc, attribution._quotes(case.doc))

        def resolve(token: Token, sp: speakers.Speakers = sp) -> tuple[str | None, bool]:
            nonlocal answered, fired, chained
            key, _anonymous, pronoun = sp.resolve(token)
            if key is not None and token.lower_ in PRONOUNS:
                answered += 1
                ranked = sp.rank(token)
                for rival, score in ranked[1:]:
                    if rival is None or not addressed(sp, token, key, rival):
                        continue
                    fired += 1
                    chained += int(sp._chained(token, key))
                    if args.list:
                        start = sp.sent_starts[max(0, sp.sentence(token.i) - 2)]
                        print(f"--- rival/best {score / ranked[0][1]:.2f}")
                        print("   ", sp.doc[start : token.i + 25].text.replace("\n", " / "))
                    break
            if key is None and not pronoun and token.pos_ != "PRON":
                key = f"GROUP:{token.lower_}"
            return key, False

        sp.walk(set(case.sources), resolve)
    print(
        f"pronoun sources answered: {answered}; best last mentioned as another candidate's "
        f"object: {fired} (of which a quote chain: {chained})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
