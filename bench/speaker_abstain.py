"""When should a "he"/"she" source stay unresolved? (issue 16), on PolNeAR train.

The silver cases of ``scripts/train_speaker_model.py`` (a he/she source whose window holds
exactly one named person of its gender and at least one of the other), ranked without gender,
stand in for the hard case: two or more people the pronoun could mean. For each case this
writes the ranked candidates (people only, top four, scores) and the evidence for the best
one, as JSON lines, for ``--rules`` to score decision rules on:

* ``speaker``: the best candidate spoke the previous claim, in this or the previous sentence
  (a quote chain);
* ``subject``: the best candidate is the last person named as a subject before the pronoun
  (subject continuity).

Local use only: nothing of the texts is printed (keys are replaced by their rank).

    python bench/speaker_abstain.py ../shared/eval/attribution/polnear/train --out /tmp/cases.jsonl
    python bench/speaker_abstain.py --rules /tmp/cases.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_left
from pathlib import Path

from spacy.tokens import Token

from newsclaims.extract import attribution, speakers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from speaker_order import _people_before
from train_speaker_model import _silver, load


def _last_speaker_near(sp: speakers.Speakers, token: Token) -> str | None:
    spoken = sp.spoken[: bisect_left(sp.spoken_at, token.i)]
    if spoken:
        index, key, _g, _p = spoken[-1]
        if key and sp.sentence(token.i) - sp.sentence(index) <= 1:
            return key
    return None


def _last_subject(sp: speakers.Speakers, token: Token) -> str | None:
    people = [
        (i, k) for i, k in _people_before(sp, token) if sp.doc[i].dep_ in speakers.SUBJECT_DEPS
    ]
    return people[-1][1] if people else None


def features(folder: Path, limit: int | None) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for case in load(folder, limit):
        sp = speakers.Speakers(case.doc, attribution._quotes(case.doc))

        def resolve(token: Token, sp: speakers.Speakers = sp) -> tuple[str | None, bool]:
            gold = _silver(sp, token)
            if gold is not None:
                ranked = [
                    (k, s) for k, s in sp.rank(token, agree=False) if k and k.startswith("PERSON:")
                ]
                if ranked:
                    best = ranked[0][0]
                    rows.append(
                        {
                            "scores": [round(s, 4) for _k, s in ranked[:4]],
                            "gold_rank": next(
                                (r for r, (k, _s) in enumerate(ranked) if k == gold), None
                            ),
                            "speaker": _last_speaker_near(sp, token) == best,
                            "subject": _last_subject(sp, token) == best,
                            "quoted": sp.quote_of(token.i) is not None,
                        }
                    )
                return gold, False
            key, _anonymous, pronoun = sp.resolve(token)
            if key is None and not pronoun and token.pos_ != "PRON":
                key = f"GROUP:{token.lower_}"
            return key, False

        sp.walk(set(case.sources), resolve)
    return rows


def rules(rows: list[dict[str, object]]) -> None:
    """Score: answer when best >= minimum and best >= margin x runner-up; else, with
    ``ambiguous`` (the runner-up within ``wide`` of the best), only with evidence."""
    model = speakers.speaker_model()
    print("| rule | answered | right of answered | wrong / all |")
    print("|---|---|---|---|")
    for wide in (None, 1.5, 2.0, 3.0, 5.0):
        for evidence in ("none", "speaker", "subject", "speaker or subject"):
            if wide is None and evidence != "none":
                continue
            right = answered = 0
            for row in rows:
                scores = row["scores"]
                assert isinstance(scores, list)
                if scores[0] < model.minimum:
                    continue
                if len(scores) > 1 and scores[0] < model.margin * scores[1]:
                    continue
                if wide is not None and len(scores) > 1 and scores[0] < wide * scores[1]:
                    ok = (evidence in ("speaker", "speaker or subject") and row["speaker"]) or (
                        evidence in ("subject", "speaker or subject") and row["subject"]
                    )
                    if not ok:
                        continue
                answered += 1
                right += int(row["gold_rank"] == 0)
            name = "shipped margin" if wide is None else f"within {wide}x: need {evidence}"
            print(
                f"| {name} | {answered} of {len(rows)} | {right / max(answered, 1):.3f} "
                f"| {(answered - right) / len(rows):.3f} |"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--rules", type=Path, help="score rules on a --out file")
    args = parser.parse_args()
    if args.rules is not None:
        rows = [json.loads(line) for line in args.rules.read_text(encoding="utf-8").splitlines()]
    else:
        rows = features(args.folder, args.limit)
        if args.out is not None:
            args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    rules(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
