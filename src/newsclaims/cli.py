"""The ``newsclaims`` command: a thin shell over the Python API."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsclaims import service, settings
from newsclaims.errors import ConfigError, NewsclaimsError
from newsclaims.eval.attribution import evaluate as evaluate_attribution
from newsclaims.eval.examples import SECTIONS, score_examples
from newsclaims.eval.quantities import evaluate as evaluate_quantities
from newsclaims.eval.splits import HALVES, Half
from newsclaims.eval.timex import evaluate as evaluate_timex
from newsclaims.ingest.base import parse_date
from newsclaims.model import Stance
from newsclaims.output import FORMATS, emit
from newsclaims.reconcile.propositions import SIMILARITIES
from newsclaims.records import analysis_dict
from newsclaims.store import open_store

err = Console(stderr=True, soft_wrap=True)

#: Addresses ``serve`` may listen on without a token.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

CLAIM_COLUMNS = ("source", "stance", "cue", "content", "outlet", "published", "article_id")


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_date(value, "--published")
    except NewsclaimsError as e:
        raise click.BadParameter(str(e)) from e


db_option = click.option(
    "--db",
    "db",
    default=None,
    metavar="URL",
    help=f"Store URL (sqlite:///file.db, postgresql://...); default ${settings.DB_ENV_VAR} "
    f"or {settings.DEFAULT_DB_URL}.",
)
published_option = click.option(
    "--published",
    callback=_date,
    metavar="DATE",
    help="Publication date (YYYY-MM-DD) for all inputs.",
)
private_option = click.option(
    "--allow-private", is_flag=True, help="Allow URLs on private, loopback or link-local addresses."
)
limit_option = click.option("--limit", default=100, show_default=True, help="Rows to show.")


F = TypeVar("F", bound=Callable[..., Any])


def format_option(choices: tuple[str, ...] = FORMATS, default: str = "table") -> Callable[[F], F]:
    """The ``--format`` option shared by every listing."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True
    )


class _Group(click.Group):
    """Turns our coded errors into one clean line and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsclaimsError as e:
            err.print(f"[red]{e}[/red]", highlight=False)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(package_name="newsclaims")
def main() -> None:
    """Who claims what, with what certainty, in your news articles."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@published_option
@private_option
@format_option(("jsonl", "json", "table"), default="jsonl")
def extract(inputs: tuple[str, ...], published: date | None, allow_private: bool, fmt: str) -> None:
    """Analyse PATH/URL/- inputs and print the result, without a store."""
    failed = 0
    collected = []
    for outcome in service.extract(inputs, published=published, allow_private=allow_private):
        if outcome.error is not None or outcome.analysis is None:
            failed += 1
            err.print(f"[red]{outcome.origin}: {outcome.error}[/red]", highlight=False)
            continue
        record = analysis_dict(outcome.analysis, outcome.origin)
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif fmt == "json":
            collected.append(record)
        else:
            rows = [
                {
                    "source": (c["source"] or {}).get("entity") or (c["source"] or {}).get("text"),
                    "stance": c["stance"],
                    "cue": (c["cue"] or {}).get("text"),
                    "content": c["content"]["text"],
                }
                for c in record["claims"]
            ]
            emit(rows, ("source", "stance", "cue", "content"), "table", title=outcome.origin)
    if fmt == "json":
        json.dump(collected, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@published_option
@private_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Parse and extract on a local Dask cluster of N worker processes.",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    default=None,
    help="Parse and extract on an existing Dask cluster (its workers need newsclaims).",
)
@click.option(
    "--partition",
    type=click.Choice(["articles", "files"]),
    default="articles",
    show_default=True,
    help="With Dask: ship chunks of articles read here, or whole input files that each worker "
    "reads and writes to PostgreSQL itself (paths must be visible to every worker).",
)
def ingest(
    inputs: tuple[str, ...],
    db: str | None,
    published: date | None,
    allow_private: bool,
    workers: int | None,
    scheduler: str | None,
    partition: str,
) -> None:
    """Read, analyse and store PATH/URL/- inputs (one transaction per article).

    Articles already in the store are skipped before parsing, so a rerun resumes.
    Exits 0 only when every input was stored (or was already stored).
    """
    if workers is not None and scheduler is not None:
        raise click.UsageError("give --workers or --scheduler, not both.")
    started = time.monotonic()
    with (
        open_store(db) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} articles"),
            TextColumn("{task.fields[rate]:.1f}/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as progress,
    ):
        task = progress.add_task("ingesting", total=None, rate=0.0, failed=0)
        seen = service.Summary()

        def tick(outcome: service.Outcome) -> None:
            seen.add(outcome)
            elapsed = max(time.monotonic() - started, 1e-6)
            progress.update(
                task,
                completed=seen.done,
                rate=seen.done / elapsed,
                failed=seen.failed + seen.rejected,
            )

        summary = service.ingest(
            inputs,
            store,
            published=published,
            allow_private=allow_private,
            on_outcome=tick,
            workers=workers,
            scheduler=scheduler,
            partition=partition,
        )
        url = store.url
    for outcome in summary.failures:
        if outcome.error is not None:
            err.print(f"[red]failed[/red] {outcome.origin}: {outcome.error}", highlight=False)
        elif outcome.rejection is not None:
            r = outcome.rejection
            err.print(
                f"[yellow]rejected[/yellow] {outcome.origin}: [{r.code}] {r.reason}",
                highlight=False,
            )
    elapsed = time.monotonic() - started
    err.print(
        f"{summary.stored} stored, {summary.duplicates} already stored, "
        f"{summary.rejected} rejected, {summary.failed} failed in {elapsed:.1f}s -> {url}",
        highlight=False,
    )
    sys.exit(0 if summary.failed == 0 and summary.rejected == 0 else 1)


@main.command()
@db_option
@limit_option
@format_option()
def articles(db: str | None, limit: int, fmt: str) -> None:
    """List stored (and rejected) articles."""
    with open_store(db) as store:
        rows = store.articles(limit=limit)
    columns = (
        "id", "published", "outlet", "title", "status", "claims", "rejection_code", "copy_of",
        "origin",
    )  # fmt: skip
    emit(rows, columns, fmt, title="articles")


@main.command()
@db_option
@click.option("--source", help="Only claims by this source (canonical name or alias).")
@click.option("--about", help="Only claims whose content names this entity.")
@click.option("--stance", type=click.Choice([s.value for s in Stance]), help="Only this stance.")
@limit_option
@format_option()
def claims(
    db: str | None, source: str | None, about: str | None, stance: str | None, limit: int, fmt: str
) -> None:
    """Who claims what: claims with source, cue and stance."""
    with open_store(db) as store:
        rows = store.claims(source=source, about=about, stance=stance, limit=limit)
    emit(rows, CLAIM_COLUMNS, fmt, title="who claims what")


@main.command(name="events")
@db_option
@click.option("--about", help="Only events with this actor (canonical name or alias).")
@click.option(
    "--type", "type_", help="A PLOVER type (CONSULT, ASSAULT, ...) or a subtype (meet, sign)."
)
@click.option("--where", help="Only events in this place.")
@limit_option
@format_option()
def events_command(
    db: str | None, about: str | None, type_: str | None, where: str | None, limit: int, fmt: str
) -> None:
    """Who did what to whom, where and when, in the order it happened."""
    with open_store(db) as store:
        rows = store.events(about=about, type_=type_, where=where, limit=limit)
    columns = ("when", "subtype", "type", "actors", "where", "geo_precision", "modality", "text")
    emit(rows, columns, fmt, title="events")


@main.command()
@db_option
@click.option("--about", help="Only claims about this entity (canonical name or alias).")
@click.option(
    "--similarity",
    type=click.Choice(SIMILARITIES),
    help="How claim texts are compared (default: the SIMILARITY setting, lexical). "
    "embedding needs the embeddings extra and encodes every claim read "
    "(90-200 a second on 2 cores; then kept in the store).",
)
@format_option()
def propositions(db: str | None, about: str | None, similarity: str | None, fmt: str) -> None:
    """What several sources state, and who supports, denies or could not verify it."""
    with open_store(db) as store:
        rows = store.propositions(about=about, similarity=similarity)
    columns = ("status", "proposition", "supported_by", "denied_by", "open_for", "claims")
    emit(rows, columns, fmt, title="propositions")


@main.command()
@db_option
@limit_option
@format_option()
def sources(db: str | None, limit: int, fmt: str) -> None:
    """Source profiles: claims made, stances, topics, and how often they were contradicted."""
    with open_store(db) as store:
        rows = store.sources(limit=limit)
    emit(rows, ("source", "claims", "stances", "about", "contradicted"), fmt, title="sources")


@main.command()
@db_option
@click.option("--about", help="What figures count, or an entity the claims are about.")
@format_option()
def disagreements(db: str | None, about: str | None, fmt: str) -> None:
    """Where sources disagree: conflicting figures, updates, denials against confirmations,
    and related figures that are not comparable."""
    with open_store(db) as store:
        found = store.disagreements(about=about)
    rows = [
        {
            "kind": d.kind,
            "comparable": d.comparable,
            "between": list(d.between),
            "measures": list(d.measures),
            "why": d.why,
            "evidence": [asdict(e) for e in d.evidence],
            "sides": " | ".join(f"{e.source or 'outlet'}: {e.text}" for e in d.evidence),
        }
        for d in found
    ]
    columns = ("kind", "comparable", "between", "measures", "why", "sides")
    emit(rows, columns, fmt, title="disagreements")


@main.command()
@db_option
@click.option("--about", help='What the figures count, e.g. "North Korean soldiers".')
@click.option("--measure", help="killed, wounded, casualties, deployed, spent, duration, ...")
@limit_option
@format_option()
def figures(db: str | None, about: str | None, measure: str | None, limit: int, fmt: str) -> None:
    """Figures with source, bound, measure and the date they were reported, in that order."""
    with open_store(db) as store:
        rows = store.figures(about=about, measure=measure, limit=limit)
    columns = ("reported", "source", "about", "measure", "bound", "value", "unit", "text", "outlet")
    emit(rows, columns, fmt, title="figures")


@main.command()
@db_option
@click.option("--about", help="Only claims whose content names this entity.")
@click.option(
    "--from", "since", callback=_date, metavar="DATE", help="Only what ended on or after DATE."
)
@click.option(
    "--to", "until", callback=_date, metavar="DATE", help="Only what began on or before DATE."
)
@limit_option
@format_option()
def timeline(
    db: str | None, about: str | None, since: date | None, until: date | None, limit: int, fmt: str
) -> None:
    """Dated claims in the order things happened, with the date each was reported."""
    with open_store(db) as store:
        rows = store.timeline(about=about, since=since, until=until, limit=limit)
    columns = ("when", "until", "precision", "source", "stance", "content", "reported", "outlet")
    emit(rows, columns, fmt, title="timeline")


@main.group(invoke_without_command=True)
@db_option
@limit_option
@format_option()
@click.pass_context
def entities(ctx: click.Context, db: str | None, limit: int, fmt: str) -> None:
    """List entities with aliases, mentions and claims made (or correct them: merge, split)."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    with open_store(db) as store:
        rows = store.entities(limit=limit)
    emit(rows, ("name", "type", "aliases", "mentions", "claims", "kb_id"), fmt, title="entities")


@entities.command(name="merge")
@click.argument("into")
@click.argument("other")
@click.option(
    "--who", default=lambda: os.environ.get("USER", "analyst"), help="Recorded with the correction."
)
@click.pass_context
def entities_merge(ctx: click.Context, into: str, other: str, who: str) -> None:
    """Make OTHER the same entity as INTO (kept for every later ingest)."""
    with open_store(ctx.obj["db"]) as store:
        target = store.merge_entities(into, other, who=who)
    err.print(f"{other} is now {target['name']}.")


@entities.command(name="split")
@click.argument("name")
@click.argument("alias")
@click.option(
    "--who", default=lambda: os.environ.get("USER", "analyst"), help="Recorded with the correction."
)
@click.pass_context
def entities_split(ctx: click.Context, name: str, alias: str, who: str) -> None:
    """Give the mentions of ALIAS an entity of their own, apart from NAME."""
    with open_store(ctx.obj["db"]) as store:
        created = store.split_entity(name, alias, who=who)
    err.print(f"{alias} is now an entity of its own ({created['key']}).")


@main.command()
@db_option
@format_option(("jsonl", "csv"), default="jsonl")
def export(db: str | None, fmt: str) -> None:
    """Export the store: one JSON line per article, or one CSV row per claim."""
    with open_store(db) as store:
        if fmt == "jsonl":
            emit(store.export(), (), "jsonl")
            return
        rows = (
            {**c, "outlet": rec["article"]["outlet"], "published": rec["article"]["published"]}
            for rec in store.export()
            for c in rec["claims"]
        )
        columns = (
            "article_id",
            "outlet",
            "published",
            "source_text",
            "source_entity",
            "cue_text",
            "stance",
            "kind",
            "anonymous",
            "text",
            "start",
            "end",
        )
        emit(rows, columns, "csv")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@private_option
def serve(db: str | None, host: str, port: int, allow_private: bool) -> None:
    """Serve the web UI and the REST API on the store (writes need $NEWSCLAIMS_TOKEN)."""
    import uvicorn  # noqa: PLC0415 - the server loads only for this command

    from newsclaims.web import create_app  # noqa: PLC0415

    token = os.environ.get(settings.TOKEN_ENV_VAR) or None
    if token is None and host not in LOOPBACK_HOSTS:
        raise ConfigError(
            "E407",
            f"Refusing to listen on {host} without a token.",
            f"set ${settings.TOKEN_ENV_VAR}, or listen on 127.0.0.1.",
        )
    if token is None:
        err.print(f"No ${settings.TOKEN_ENV_VAR}: listening on loopback only ({host}).")
    app = create_app(db, token=token, allow_private=allow_private)
    err.print(f"Open http://{host}:{port}/ in a browser.")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.group(name="eval")
def eval_group() -> None:
    """Score the extractors against annotated data."""


@eval_group.command(name="attribution")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@format_option(("table", "json"))
def eval_attribution(folder: Path, limit: int | None, fmt: str) -> None:
    """Score attribution on a PolNeAR-style folder (text/ and attributions/)."""
    result = evaluate_attribution(folder, limit=limit)
    if fmt == "json":
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    rows: list[dict[str, Any]] = [
        {"measure": "quote level", **result["quote"]},
        {"measure": "content exact", **result["content_exact"]},
        {"measure": "content overlap (pooled chars)", **result["content_overlap"]},
    ]
    for part in ("source", "cue", "content"):
        for how in ("exact", "overlap"):
            rows.append({"measure": f"{part} spans, {how}", **result[part][how]})
    rows.append({"measure": "speaker accuracy (matched pairs)", "f1": result["speaker_accuracy"]})
    rows.append({"measure": "recall, direct quotes", "r": result["recall_direct"]})
    rows.append({"measure": "recall, indirect", "r": result["recall_indirect"]})
    title = f"eval attribution: {result['documents']} documents, {result['gold']} gold attributions"
    emit(rows, ("measure", "p", "r", "f1"), "table", title=title)


@eval_group.command(name="timex")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@format_option(("table", "json"))
def eval_timex(folder: Path, limit: int | None, fmt: str) -> None:
    """Score the time stage on TimeML files (TempEval-3 rules)."""
    result = evaluate_timex(folder, limit=limit)
    if fmt == "json":
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    rows = [
        {"measure": "strict span", **result["strict"]},
        {"measure": "relaxed span", **result["relaxed"]},
        {"measure": "type", "f1": result["type"]["f1"]},
        {"measure": "value", "f1": result["value"]["f1"]},
    ]
    title = (
        f"eval timex: {result['documents']} documents, {result['gold']} gold, "
        f"{result['system']} found"
    )
    emit(rows, ("measure", "p", "r", "f1"), "table", title=title)


@eval_group.command(name="quantities")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N sentences.")
@click.option(
    "--half",
    type=click.Choice(HALVES),
    default=None,
    help="Score only this fixed half of the sentences (bench/splits.md); default all.",
)
@format_option(("table", "json"))
def eval_quantities(path: Path, limit: int | None, half: Half | None, fmt: str) -> None:
    """Score the quantities stage on a NewsQuant JSON file."""
    result = evaluate_quantities(path, limit=limit, half=half)
    if fmt == "json":
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    rows = [
        {"measure": "value (original rule)", **result["value"]},
        {"measure": "value + unit (original rule)", **result["value_unit"]},
        {"measure": "value (one-to-one)", **result["one_to_one"]["value"]},
        {"measure": "value + unit (one-to-one)", **result["one_to_one"]["value_unit"]},
        {"measure": "bound accuracy", "f1": result["bound_accuracy"]},
    ]
    title = (
        f"eval quantities: {result['sentences']} sentences, {result['gold']} gold figures, "
        f"{result['stage_failures']} stage failures"
    )
    emit(rows, ("measure", "p", "r", "f1"), "table", title=title)


@eval_group.command(name="example")
@click.argument(
    "folders",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@format_option(("table", "json"))
def eval_example(folders: tuple[Path, ...], fmt: str) -> None:
    """Score extraction against example folders in the expected.json format."""
    result = score_examples(folders)
    if fmt == "json":
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    rows = []
    for case in [{"case": "ALL", "sections": result["sections"]}, *result["cases"]]:
        for section in (s for s in SECTIONS if s in case["sections"]):
            s = case["sections"][section]
            rows.append({"case": case["case"], "section": section, **s})
    emit(
        rows,
        ("case", "section", "p", "r", "f1", "matched", "predicted", "gold"),
        "table",
        title="eval example",
    )


if __name__ == "__main__":
    main()
