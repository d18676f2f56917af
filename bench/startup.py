"""Start-up cost of the commands, apart from throughput, measured side by side in one run.

Each round runs, in a fresh process and in turn (so a busy machine slows them alike):
``python -c "import spacy"``, ``newsclaims --help``, a read command (``newsclaims claims`` on a
small stored database), and ``newsclaims extract`` on one short article. The report gives the
median wall time of each and the ratios the aims are stated in: ``--help`` under a third of
``import spacy``, and under a tenth of ``extract`` on one article.

    python bench/startup.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = (
    "Officials in Dunmore said on Tuesday that at least 12 people were hurt when a tram "
    "left the rails. The mayor, Ana Ruiz, told reporters the line would stay closed.\n"
)


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    """Run the rounds and print the medians and ratios as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    cli = [sys.executable, "-m", "newsclaims"]
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        db = f"sqlite:///{tmp}/bench.db"
        subprocess.run([*cli, "ingest", str(article), "--db", db], check=True, capture_output=True)
        commands = {
            "import spacy": [sys.executable, "-c", "import spacy"],
            "newsclaims --help": [*cli, "--help"],
            "newsclaims claims (read)": [*cli, "claims", "--db", db, "--limit", "1"],
            "newsclaims extract (1 article)": [*cli, "extract", str(article)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, command in commands.items():
                times[name].append(_seconds(command))
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"| command ({args.rounds} rounds, interleaved) | median s | x --help |")
    print("|---|---:|---:|")
    base = median["newsclaims --help"]
    for name, value in median.items():
        print(f"| {name} | {value:.2f} | {value / base:.1f} |")
    print()
    print(f"--help / import spacy = {base / median['import spacy']:.2f} (aim < 0.33)")
    print(f"--help / extract one article = {base / median['newsclaims extract (1 article)']:.2f}"
          " (aim < 0.10)")  # fmt: skip


if __name__ == "__main__":
    main()
