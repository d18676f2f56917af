"""Print, per article of one half, the main event's predicted when and where against the
coders' phrases (a miss marked), to read errors by kind.

    PYTHONPATH=src python bench/fivew_misses.py ../shared/eval/realnews/articles --half A

Prints to the terminal only: the article text and gold stay out of the repository.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsclaims.eval.fivew import WS, Answer, Gold, answer_matches, evaluate, phrase_lemmas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--half", choices=("A", "B"), default="A")
    parser.add_argument("--ws", default="when,where", help="comma-separated Ws to show")
    args = parser.parse_args()
    shown = [w for w in args.ws.split(",") if w in WS]
    result = evaluate(args.folder, half=args.half)
    rows = result["articles"]
    texts = [t for r in rows for w in shown for t in r["gold"].get(w, [])]
    texts += [r["system"][w][0] for r in rows for w in shown if r["system"].get(w, (None,))[0]]
    lemmas = phrase_lemmas(texts)
    for row in rows:
        print(f"== {Path(row['file']).name[:12]} ({row['story']})")
        for w in shown:
            dates = set(row["gold_dates"]) if w == "when" else set()
            gold = Gold(phrases={w: row["gold"].get(w, [])}, dates=dates)
            text, date = row["system"].get(w, (None, None))
            ok = gold.has(w) and answer_matches(w, Answer(text, date), gold, lemmas)
            mark = "ok  " if ok else "MISS"
            print(f"  {mark} {w}: {text!r} {date or ''} | gold {gold.phrases[w]} {sorted(dates)}")
    print({w: result["system"][w] for w in shown})


if __name__ == "__main__":
    main()
