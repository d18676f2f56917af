"""Which candidate order finds the person a "he"/"she" source means (issue 16), on PolNeAR train.

PolNeAR marks sources but not whom a pronoun means. The silver cases are those of
``scripts/train_speaker_model.py``: a he/she source whose window holds exactly one named person
of that gender and at least one of the other gender, and no unnamed speaker. Gender is then
left out, so each order must pick among people of both genders what gender alone decided: a
stand-in for the hard case, two people of one gender. Orders compared (all within the
resolver's window, people only):

* ``salience``: the shipped weighted ranking (subjects, objects, earlier speakers, decay);
* ``salience+margin``: the same, answering only when the best beats the runner-up by the
  shipped margin (the stage's own decision);
* ``last mention``: the person named (or linked) last before the pronoun;
* ``last subject``: the person last named as a subject;
* ``previous sentence subject``: the last subject in an earlier sentence;
* ``last speaker``: the speaker of the previous claim;
* ``last speaker, else salience``: the previous claim's speaker when it spoke in this or the
  previous sentence, else the salience ranking.

Local use only: nothing of the texts is printed.

    python bench/speaker_order.py ../shared/eval/attribution/polnear/train --limit 420
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Token

from newsclaims.extract import attribution, speakers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from train_speaker_model import Case, _silver, load

Order = Callable[[speakers.Speakers, Token], str | None]


def _people_before(sp: speakers.Speakers, token: Token) -> list[tuple[int, str]]:
    """(token index, key) of the people mentioned or linked in the window before ``token``."""
    first = sp.window_start(token.i)
    found = [
        (sp.mention_roots[k], sp.mentions[k].label_)
        for k in range(
            bisect_left(sp.mention_starts, first), bisect_left(sp.mention_starts, token.i)
        )
    ]
    found += sp.linked[bisect_left(sp.linked_at, first) : bisect_left(sp.linked_at, token.i)]
    return sorted((i, k) for i, k in found if k.startswith("PERSON:"))


def _salience(sp: speakers.Speakers, token: Token) -> str | None:
    ranked = [(k, s) for k, s in sp.rank(token, agree=False) if k and k.startswith("PERSON:")]
    return ranked[0][0] if ranked else None


def _salience_margin(sp: speakers.Speakers, token: Token) -> str | None:
    ranked = [(k, s) for k, s in sp.rank(token, agree=False) if k and k.startswith("PERSON:")]
    if not ranked or ranked[0][1] < sp.model.minimum:
        return None
    if len(ranked) > 1 and ranked[0][1] < sp.model.margin * ranked[1][1]:
        return None
    return ranked[0][0]


def _last_mention(sp: speakers.Speakers, token: Token) -> str | None:
    people = _people_before(sp, token)
    return people[-1][1] if people else None


def _last_subject(sp: speakers.Speakers, token: Token) -> str | None:
    people = [
        (i, k) for i, k in _people_before(sp, token) if sp.doc[i].dep_ in speakers.SUBJECT_DEPS
    ]
    return people[-1][1] if people else None


def _previous_sentence_subject(sp: speakers.Speakers, token: Token) -> str | None:
    here = sp.sentence(token.i)
    people = [
        (i, k)
        for i, k in _people_before(sp, token)
        if sp.doc[i].dep_ in speakers.SUBJECT_DEPS and sp.sentence(i) < here
    ]
    return people[-1][1] if people else None


def _last_speaker(sp: speakers.Speakers, token: Token) -> str | None:
    first = sp.window_start(token.i)
    spoken = sp.spoken[bisect_left(sp.spoken_at, first) : bisect_left(sp.spoken_at, token.i)]
    people = [key for _i, key, _g, _p in spoken if key and key.startswith("PERSON:")]
    return people[-1] if people else None


def _last_speaker_near(sp: speakers.Speakers, token: Token) -> str | None:
    spoken = sp.spoken[: bisect_left(sp.spoken_at, token.i)]
    if spoken:
        index, key, _g, _p = spoken[-1]
        if key and key.startswith("PERSON:") and sp.sentence(token.i) - sp.sentence(index) <= 1:
            return key
    return _salience(sp, token)


ORDERS: dict[str, Order] = {
    "salience": _salience,
    "salience+margin": _salience_margin,
    "last mention": _last_mention,
    "last subject": _last_subject,
    "previous sentence subject": _previous_sentence_subject,
    "last speaker": _last_speaker,
    "last speaker, else salience": _last_speaker_near,
}


def measure(cases: list[Case]) -> dict[str, list[int]]:
    """Per order: [right, answered, silver cases]."""
    tally = {name: [0, 0, 0] for name in ORDERS}
    for case in cases:
        sp = speakers.Speakers(case.doc, attribution._quotes(case.doc))

        def resolve(
            token: Token, sp: speakers.Speakers = sp, case: Case = case
        ) -> tuple[str | None, bool]:
            gold = _silver(sp, token)
            if gold is not None:
                for name, order in ORDERS.items():
                    found = order(sp, token)
                    tally[name][0] += int(found == gold)
                    tally[name][1] += int(found is not None)
                    tally[name][2] += 1
                return gold, False
            key, _anonymous, pronoun = sp.resolve(token)
            if key is None and not pronoun and token.pos_ != "PRON":
                key = f"GROUP:{token.lower_}"
            return key, False

        sp.walk(set(case.sources), resolve)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    tally = measure(load(args.folder, args.limit))
    print("| order | right / silver | right / answered | answered |")
    print("|---|---|---|---|")
    for name, (right, answered, total) in tally.items():
        print(
            f"| {name} | {right / total:.3f} | {right / max(answered, 1):.3f} "
            f"| {answered} of {total} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
