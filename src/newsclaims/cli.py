"""The ``newsclaims`` command: a thin shell over the Python API.

Imports are lazy: ``newsclaims --help`` and the read-only commands load neither spaCy nor the
pipeline; a command imports what it needs when it runs. Every listing is one resource of
``newsclaims.views`` rendered by ``newsclaims.output``."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from newsclaims import settings
from newsclaims.errors import ConfigError, NewsclaimsError
from newsclaims.eval.splits import HALVES, SPLITS, Half, Split
from newsclaims.model import Stance

if TYPE_CHECKING:
    from rich.console import Console

    from newsclaims.store import SqlStore
    from newsclaims.store.items import Filters
    from newsclaims.views import Page

#: Formats every listing can be printed in.
FORMATS = ("table", "json", "jsonl", "csv")
#: Export formats of events, and the format each is written in.
EXPORTS = {"acled": "csv", "plover": "json"}

#: Addresses ``serve`` may listen on without a token.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

#: How claim texts can be compared for propositions (``newsclaims.views.SIMILARITIES``).
SIMILARITY_CHOICES = ("lexical", "static", "embedding")

F = TypeVar("F", bound=Callable[..., Any])


def evaluate_attribution(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """``newsclaims.eval.attribution.evaluate``, imported when called."""
    from newsclaims.eval.attribution import evaluate  # noqa: PLC0415

    return evaluate(*args, **kwargs)


def evaluate_timex(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """``newsclaims.eval.timex.evaluate``, imported when called."""
    from newsclaims.eval.timex import evaluate  # noqa: PLC0415

    return evaluate(*args, **kwargs)


def evaluate_quantities(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """``newsclaims.eval.quantities.evaluate``, imported when called."""
    from newsclaims.eval.quantities import evaluate  # noqa: PLC0415

    return evaluate(*args, **kwargs)


def evaluate_fivew(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """``newsclaims.eval.fivew.evaluate``, imported when called."""
    from newsclaims.eval.fivew import evaluate  # noqa: PLC0415

    return evaluate(*args, **kwargs)


def evaluate_stories(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """``newsclaims.eval.stories.evaluate``, imported when called."""
    from newsclaims.eval.stories import evaluate  # noqa: PLC0415

    return evaluate(*args, **kwargs)


def score_examples(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """``newsclaims.eval.examples.score_examples`` (the shipped path on example folders),
    imported when called."""
    from newsclaims.eval.examples import score_examples as score  # noqa: PLC0415

    return score(*args, **kwargs)


def emit(*args: Any, **kwargs: Any) -> int:
    """``newsclaims.output.emit``: rows as a table, JSON, JSONL or CSV."""
    from newsclaims.output import emit as render  # noqa: PLC0415

    return render(*args, **kwargs)


#: The sections ``eval example`` reports (``newsclaims.eval.examples.SECTIONS``).
SECTIONS = (
    "entities", "claims", "quantities", "times", "events", "disagreements", "clustering", "groups",
)  # fmt: skip


def errors() -> Console:
    """The console for progress, logs and errors (standard error; data goes to stdout)."""
    from rich.console import Console  # noqa: PLC0415 - loaded when something is printed

    return Console(stderr=True, soft_wrap=True, highlight=False)


def say(message: str, style: str | None = None) -> None:
    """Print a message to standard error through ``newsclaims.output.say`` (never markup)."""
    from newsclaims.output import say as output_say  # noqa: PLC0415

    output_say(message, style)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A filter date as the help says it: YYYY-MM-DD (read without the input readers)."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as e:
        raise click.BadParameter(
            f"{value!r} is not a date; write it as YYYY-MM-DD.", ctx=ctx, param=param
        ) from e


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


def format_option(choices: tuple[str, ...] = FORMATS, default: str = "table") -> Callable[[F], F]:
    """The ``--format`` option shared by every listing."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True
    )


class _Count(click.IntRange):
    """A whole number from ``minimum`` up to the stores' integer (``settings.MAX_ID``): a
    bigger one reached SQLite as an OverflowError traceback. Help shows the lower bound."""

    def __init__(self, minimum: int) -> None:
        super().__init__(min=minimum, max=settings.MAX_ID)

    def _describe_range(self) -> str:
        return f"x>={self.min}"


#: The filter options a listing may take: name -> (click declaration, help).
_FILTER_OPTIONS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "story": (
        ("--story",),
        {"type": _Count(1), "help": "Only this story (an id)."},
    ),
    "outlet": (("--outlet",), {"help": "Only articles of this outlet."}),
    "source": (("--source",), {"help": "Only what this source says (a name or alias)."}),
    "about": (("--about",), {"help": "Only what is about this entity (a name or alias)."}),
    "stance": (
        ("--stance",),
        {"type": click.Choice([s.value for s in Stance]), "help": "Only this stance."},
    ),
    "measure": (
        ("--measure",),
        {
            "help": "Only figures of this measure: a measure or a word for one (killed, dead),"
            " a unit's dimension (weight), a unit (minutes) or the counted thing (bars)."
        },
    ),
    "kind": (("--kind",), {"help": "Only disagreements of this kind (figures_conflict, ...)."}),
    "source_kind": (
        ("--kind", "kind"),
        {
            "type": click.Choice(["named", "described"], case_sensitive=False),
            "help": "Only sources of this kind: named, or described without a name (these"
            " are listed within one story).",
        },
    ),
    "type": (
        ("--type", "kind"),
        {"help": "Only this type: a PLOVER type or subtype of events, an entity type."},
    ),
    "where": (("--where",), {"help": "Only events in this place."}),
    "since": (
        ("--from", "since"),
        {"callback": _date, "metavar": "DATE", "help": "Only from DATE on (YYYY-MM-DD)."},
    ),
    "until": (
        ("--to", "until"),
        {"callback": _date, "metavar": "DATE", "help": "Only up to DATE (YYYY-MM-DD)."},
    ),
    "text": (("--text",), {"help": "Only what holds every word of TEXT."}),
}


def listing(*names: str, formats: tuple[str, ...] = FORMATS) -> Callable[[F], F]:
    """The options of a listing: its filters, ``--limit``, ``--offset``, ``--format`` (one
    of ``formats``) and ``--db``."""

    def wrap(command: F) -> F:
        decorated: Any = command
        for option in (
            format_option(formats),
            click.option(
                "--offset",
                default=0,
                type=_Count(0),
                help="Rows to skip first.",
            ),
            click.option(
                "--limit",
                default=100,
                show_default=True,
                type=_Count(1),
                help="Rows to show.",
            ),
            db_option,
        ):
            decorated = option(decorated)
        for name in reversed(names):
            declaration, extra = _FILTER_OPTIONS[name]
            decorated = click.option(*declaration, **extra)(decorated)
        return decorated  # type: ignore[no-any-return]

    return wrap


def _filters(options: dict[str, Any]) -> Filters:
    from newsclaims.store.items import Filters  # noqa: PLC0415

    return Filters(**{k: v for k, v in options.items() if k in _FILTER_OPTIONS})


def _store(db: str | None, create: bool = False) -> SqlStore:
    """The store at ``--db``; only ``ingest`` creates one (a mistyped path given to a
    command that reads is E304, not a new empty store)."""
    from newsclaims.store import open_store  # noqa: PLC0415

    return open_store(db, create=create)


def _show(resource: str, options: dict[str, Any], **extra: Any) -> None:
    """Print one page of a resource, as the options ask."""
    from newsclaims import views  # noqa: PLC0415
    from newsclaims.output import emit_page  # noqa: PLC0415

    with _store(options["db"]) as store:
        page: Page = views.RESOURCES[resource](
            store, _filters(options), options["offset"], options["limit"], **extra
        )
    emit_page(page, options["fmt"])
    if page.hint and options["fmt"] == "table":
        say(page.hint)
    if page.more and options["fmt"] == "table":
        say(
            f"{len(page.rows)} of {page.total} shown; the next page: "
            f"--offset {page.offset + len(page.rows)}"
        )


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's capture)
        pass


class _Group(click.Group):
    """Turns our coded errors into one clean line and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe shows here, not in click's exit (exit 1)
        except NewsclaimsError as e:
            say(str(e), "red")
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click prints these itself (usage errors exit 2)
        except BrokenPipeError:
            # the reader went away (``newsclaims claims --format csv | head``): nothing to
            # report (it was "E424 ... please report it"); stdout is pointed at /dev/null so
            # the exit's flush cannot fail again; exit 1, as rich does for a table
            _quiet_stdout()
            sys.exit(1)
        except Exception as e:  # no traceback for a user: one coded line (E424)
            if os.environ.get(settings.TRACEBACK_ENV_VAR):
                raise
            detail = " ".join(str(e).split())[:300]
            failure = NewsclaimsError(
                "E424",
                f"newsclaims failed unexpectedly: {type(e).__name__}"
                + (f" ({detail})." if detail else "."),
                f"set {settings.TRACEBACK_ENV_VAR}=1 to see the traceback, and please report it.",
            )
            say(str(failure), "red")
            sys.exit(1)
        else:
            return result


@click.group(cls=_Group)
@click.version_option(package_name="newsclaims")
def main() -> None:
    """Who claims what, with what certainty, in your news articles."""


#: The exit code of a batch whose inputs were all stored, some without a part (W1xx).
WARNED_EXIT = 2


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@published_option
@private_option
@format_option(("jsonl", "json", "table"), default="jsonl")
def extract(inputs: tuple[str, ...], published: date | None, allow_private: bool, fmt: str) -> None:
    """Analyse PATH/URL/- inputs and print the result, without a store."""
    from newsclaims import service  # noqa: PLC0415
    from newsclaims.records import analysis_dict  # noqa: PLC0415

    failed = 0
    collected = []
    for outcome in service.extract(inputs, published=published, allow_private=allow_private):
        if outcome.skipped:
            for warning in outcome.warnings:
                say(f"warning {outcome.origin}: {warning}", "yellow")
            continue
        if outcome.error is not None or outcome.analysis is None:
            failed += 1
            say(f"{outcome.origin}: {outcome.error}", "red")
            continue
        for warning in outcome.warnings:
            say(f"warning {outcome.origin}: {warning}", "yellow")
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
                    "content": c["content"].get("shown", c["content"]["text"]),
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
    """Read, analyse and store PATH/URL/- inputs (one transaction per article), grouping
    articles into stories as they come.

    Articles already in the store are skipped before parsing, so a rerun resumes.
    Exits 0 only when every input was stored (or was already stored) whole; 1 when an input
    failed or was rejected; 2 when all were stored but some without a part that could not
    be read (a W1xx warning, such as a publication date "None").
    """
    from rich.progress import (  # noqa: PLC0415
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from newsclaims import service  # noqa: PLC0415

    if workers is not None and scheduler is not None:
        raise click.UsageError("give --workers or --scheduler, not both.")
    started = time.monotonic()
    console = errors()
    with (
        _store(db, create=True) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} articles"),
            TextColumn("{task.fields[rate]:.1f}/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
            # redrawn ten times a second on a terminal only: elsewhere (a log file, a pipe)
            # rich shows the last state once at the end, so a redraw there was CPU for nothing
            auto_refresh=console.is_terminal,
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
    for note in summary.notes:
        say(str(note), "yellow")
    for outcome in summary.warned:
        for warning in outcome.warnings:
            say(f"warning {outcome.origin}: {warning}", "yellow")
    for outcome in summary.failures:
        if outcome.error is not None:
            say(f"failed {outcome.origin}: {outcome.error}", "red")
        elif outcome.rejection is not None:
            r = outcome.rejection
            say(f"rejected {outcome.origin}: [{r.code}] {r.reason}", "yellow")
    elapsed = time.monotonic() - started
    say(
        f"{summary.stored} stored, {summary.duplicates} already stored, "
        f"{summary.rejected} rejected, {summary.failed} failed in {elapsed:.1f}s -> {url}"
    )
    if summary.failed or summary.rejected:
        sys.exit(1)
    sys.exit(WARNED_EXIT if summary.warned else 0)


@main.command()
@listing("story", "outlet", "about", "since", "until")
def articles(**options: Any) -> None:
    """List stored (and rejected) articles, newest first."""
    _show("articles", options)


@main.command()
@listing("story", "outlet", "source", "about", "stance", "since", "until", "text")
def claims(**options: Any) -> None:
    """Who claims what: claims with source, cue and stance."""
    _show("claims", options)


@main.command()
@listing("story", "outlet", "source", "about", "measure", "since", "until")
def figures(**options: Any) -> None:
    """Figures in the order they were published, with outlet, source and bound."""
    _show("figures", options)


@main.command()
@listing("story", "outlet", "source", "about", "kind", "since", "until")
@click.option(
    "--across-stories",
    is_flag=True,
    help="Compare across stories too (about --about when given; computed for this read).",
)
def disagreements(across_stories: bool, **options: Any) -> None:
    """Where sources disagree within a story: conflicting figures, updates, denials against
    confirmations, and related figures that are not comparable."""
    _show("disagreements", options, across_stories=across_stories)


@main.command()
@listing("story", "about", "stance")
@click.option(
    "--similarity",
    type=click.Choice(SIMILARITY_CHOICES),
    help="How claim texts are compared (default: the SIMILARITY setting). embedding needs "
    "the embeddings extra and encodes every claim read once (then kept in the store).",
)
def propositions(similarity: str | None, **options: Any) -> None:
    """What several sources state, and who supports, denies or could not verify it."""
    _show("propositions", options, similarity=similarity)


@main.command()
@listing("story", "outlet", "since", "until", "text", "source_kind")
def sources(**options: Any) -> None:
    """Source profiles: claims made, stances, topics, and how often contradicted."""
    _show("sources", options)


@main.command()
@listing("outlet", "about", "since", "until", "text")
def stories(**options: Any) -> None:
    """Stories: articles on one event or topic, grouped at ingest."""
    _show("stories", options)


@main.command(name="events")
@listing(
    "story", "outlet", "about", "type", "where", "since", "until", formats=(*FORMATS, *EXPORTS)
)
@click.option(
    "--merged",
    is_flag=True,
    help="One row per real event of a story with its reports (outlets, sources, stances, "
    "days, places) and where they differ; --story picks one story; with --format acled, "
    "one ACLED row per real event that happened (not denied, expected, planned or "
    "conditional), kept "
    "when one of its reports passes the other filters.",
)
def events_command(merged: bool, **options: Any) -> None:
    """Who did what to whom, where and when, in the order it happened. --format acled writes
    ACLED-style CSV (one row per event; with --merged one row per real event of a story, not
    per report), --format plover PLOVER JSON (the events PLOVER has a type for)."""
    fmt = options["fmt"]
    if merged and fmt == "plover":
        raise click.UsageError("--merged exports ACLED rows only; export PLOVER without it.")
    if merged and fmt not in EXPORTS:
        _show("event_reports", options)
        return
    if fmt not in EXPORTS:
        _show("events", options)
        return
    from newsclaims import views  # noqa: PLC0415
    from newsclaims.output import emit_page  # noqa: PLC0415

    if merged:
        export = views.events_acled_merged
    else:
        export = views.events_acled if fmt == "acled" else views.events_plover
    with _store(options["db"]) as store:
        page = export(store, _filters(options), options["offset"], options["limit"])
    emit_page(page, EXPORTS[fmt])


@main.command()
@listing("story", "outlet", "source", "about", "stance", "since", "until", "text")
def timeline(**options: Any) -> None:
    """Dated claims in the order things happened (--from/--to: when it happened)."""
    _show("timeline", options)


@main.group(invoke_without_command=True)
@listing("story", "outlet", "type", "text")
@click.pass_context
def entities(ctx: click.Context, /, **options: Any) -> None:
    """List entities with aliases, mentions and claims made (or correct them: merge, split)."""
    ctx.obj = {"db": options["db"]}
    if ctx.invoked_subcommand is None:
        _show("entities", options)


_who_option = click.option(
    "--who", default=lambda: os.environ.get("USER", "analyst"), help="Recorded with the correction."
)


def _corrections() -> Any:
    """The service's corrections (each derives the stories it touched before it returns),
    imported on use: they load reconciliation."""
    from newsclaims import service  # noqa: PLC0415

    return service


@entities.command(name="merge")
@click.argument("into")
@click.argument("other")
@_who_option
@click.pass_context
def entities_merge(ctx: click.Context, into: str, other: str, who: str) -> None:
    """Make OTHER the same entity as INTO (kept for every later ingest)."""
    with _store(ctx.obj["db"]) as store:
        target = _corrections().merge_entities(store, into, other, who=who)
    say(f"{other} is now {target.name}.")


@entities.command(name="split")
@click.argument("name")
@click.argument("alias")
@_who_option
@click.pass_context
def entities_split(ctx: click.Context, name: str, alias: str, who: str) -> None:
    """Give the mentions of ALIAS an entity of their own, apart from NAME."""
    with _store(ctx.obj["db"]) as store:
        created = _corrections().split_entity(store, name, alias, who=who)
    say(f"{alias} is now an entity of its own ({created.key}).")


@main.command()
@click.argument("target", type=click.Choice(["claim", "figure", "disagreement"]))
@click.argument("key")
@click.option("--reason", help="Why it is wrong (recorded).")
@_who_option
@db_option
def mark(target: str, key: str, reason: str | None, who: str, db: str | None) -> None:
    """Mark a claim, figure or disagreement wrong (by its id or key): it is kept, shown as
    wrong, and left out of counts and comparisons. Undo with `unmark`."""
    with _store(db) as store:
        made = _corrections().mark(store, target, key, who=who, reason=reason)
    say(f"{target} {key} is marked wrong (mark {made.id}).")


@main.command()
@click.argument("mark_id", type=_Count(1))
@_who_option
@db_option
def unmark(mark_id: int, who: str, db: str | None) -> None:
    """Undo a mark."""
    with _store(db) as store:
        _corrections().unmark(store, mark_id, who=who)
    say(f"mark {mark_id} is undone.")


@main.command()
@db_option
@format_option()
def corrections(db: str | None, fmt: str) -> None:
    """Every correction: merges, splits and marks, with who made them and when."""
    from newsclaims.views import corrections_rows  # noqa: PLC0415

    with _store(db) as store:
        rows = corrections_rows(store)
    columns = ("at", "kind", "target", "detail", "who", "undone_at")
    emit(rows, columns, fmt, title="corrections")


@main.command()
@db_option
@format_option(("jsonl", "csv"), default="jsonl")
def export(db: str | None, fmt: str) -> None:
    """Export the store: one JSON line per article, or one CSV row per claim."""
    from newsclaims.views import export_claim_rows  # noqa: PLC0415

    with _store(db) as store:
        if fmt == "jsonl":
            emit(store.export(), (), "jsonl")
            return
        rows, columns = export_claim_rows(store)
        emit(rows, columns, "csv")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port."
)
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
        say(f"No ${settings.TOKEN_ENV_VAR}: listening on loopback only ({host}).")
    app = create_app(db, token=token, allow_private=allow_private, host=host)
    say(f"Open http://{host}:{port}/ in a browser.")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.group(name="eval")
def eval_group() -> None:
    """Score the extractors against annotated data."""


@eval_group.command(name="attribution")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents."
)
@click.option(
    "--speakers",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="A speakers file (speakers-dev.jsonl): adds the resolved-speaker measures.",
)
@click.option(
    "--half",
    type=click.Choice(HALVES),
    default=None,
    help="Score only the documents of one fixed half (bench/splits.md).",
)
@format_option(("table", "json"))
def eval_attribution(
    folder: Path, limit: int | None, speakers: Path | None, half: Half | None, fmt: str
) -> None:
    """Score attribution on a PolNeAR-style folder (text/ and attributions/)."""
    result = evaluate_attribution(folder, limit=limit, speakers=speakers, half=half)
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
    found = result.get("speakers")
    if found is not None:
        rows.append({"measure": "resolved speaker accuracy", "f1": found["accuracy"]})
        for form, part in found["by_form"].items():
            rows.append(
                {"measure": f"resolved speaker, {form} ({part['pairs']})", "f1": part["accuracy"]}
            )
        rows.append({"measure": "wrong when named", "f1": found["wrong_when_named"]})
        rows.append({"measure": "null referent given a name", "f1": found["null_referent_named"]})
    title = f"eval attribution: {result['documents']} documents, {result['gold']} gold attributions"
    if half is not None:
        title += f", half {half}"
    emit(rows, ("measure", "p", "r", "f1"), "table", title=title)


@eval_group.command(name="timex")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents."
)
@click.option(
    "--half",
    type=click.Choice(HALVES),
    default=None,
    help="Score only this fixed half of the documents (bench/splits.md); default all.",
)
@format_option(("table", "json"))
def eval_timex(folder: Path, limit: int | None, half: Half | None, fmt: str) -> None:
    """Score the time stage on TimeML files (TempEval-3 rules)."""
    result = evaluate_timex(folder, limit=limit, half=half)
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
    if half is not None:
        title += f", half {half}"
    emit(rows, ("measure", "p", "r", "f1"), "table", title=title)


@eval_group.command(name="quantities")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N sentences."
)
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


@eval_group.command(name="fivew")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option(
    "--half",
    type=click.Choice(HALVES),
    default=None,
    help="Score only the stories of one fixed half (bench/splits.md); default all.",
)
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="hash",
    show_default=True,
    help="How --half halves the stories: hash (SHA-1 of 'realnews:' + story) or story "
    "(the judging split, bench/splits.md).",
)
@format_option(("table", "json"))
def eval_fivew(folder: Path, limit: int | None, half: Half | None, split: Split, fmt: str) -> None:
    """Score the main event (who, what, when, where, why, how) on news-please JSON documents
    with 5W1H gold (realnews), with the lead-sentence baseline from the same parse."""
    result = evaluate_fivew(folder, half=half, limit=limit, split=split)
    system, baseline = result["system"], result["baseline"]
    if fmt == "json":
        json.dump({**system, "baseline": baseline}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    rows = [
        {
            "w": w,
            "p": system[w]["p"],
            "r": system[w]["r"],
            "f1": system[w]["f1"],
            "baseline p": baseline[w]["p"],
            "baseline r": baseline[w]["r"],
            "baseline f1": baseline[w]["f1"],
        }
        for w in ("who", "what", "when", "where", "why", "how")
    ]
    title = f"eval fivew: {system['articles']} articles"
    if half is not None:
        title += f", half {half} (split {split})"
    columns = ("w", "p", "r", "f1", "baseline p", "baseline r", "baseline f1")
    emit(rows, columns, "table", title=title)


@eval_group.command(name="stories")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@format_option(("table", "json"))
def eval_stories(folder: Path, fmt: str) -> None:
    """Score story grouping (B-cubed) on news-please JSON articles whose ``category`` is
    their story, with thresholds chosen by leaving one story out, against a TF-IDF
    single-link baseline in the same run."""
    result = evaluate_stories(folder)
    if fmt == "json":
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    base = result["baseline_tfidf_single_link"]
    rows = [
        {"grouping": "newsclaims, leave one story out", **result["leave_one_story_out"]},
        {
            "grouping": "newsclaims, weights too left one story out",
            **result["weights_too_leave_one_story_out"],
        },
        {"grouping": "newsclaims, shipped settings (ingest path)", **result["shipped"]},
        *(
            {"grouping": f"newsclaims, {name} only, leave one story out", **scores}
            for name, scores in result["signals_leave_one_story_out"].items()
        ),
        *(
            {
                "grouping": f"newsclaims, {how}, {orders['orders']} shuffled orders: {stat}",
                "p": "",
                "r": "",
                "f1": orders[key][f"{stat}_f1"],
            }
            for orders in [result["orders"]]
            for key, how in (
                ("leave_one_story_out", "leave one story out"),
                ("shipped", "shipped settings"),
            )
            for stat in ("mean", "worst")
        ),
        {"grouping": "TF-IDF single link, leave one story out", **base},
        {
            "grouping": f"TF-IDF single link at its best threshold ({base['best_threshold']})",
            **base["at_best_threshold"],
        },
    ]
    title = (
        f"eval stories: {result['articles']} articles, {result['stories']} stories "
        f"({result['unread']} inputs not read), B-cubed"
    )
    emit(rows, ("grouping", "p", "r", "f1"), "table", title=title)


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


def reference() -> str:
    """``docs/cli.md``: every command with its help and options, written from the commands
    themselves (``scripts/make_docs.py``; a test checks that it is current)."""
    lines = [
        "# Command reference",
        "",
        "<!-- Generated from src/newsclaims/cli.py by scripts/make_docs.py; do not edit. -->",
        "",
    ]

    def walk(command: click.Command, path: str) -> None:
        context = click.Context(command, info_name=path, terminal_width=100, max_content_width=100)
        lines.extend([f"## `{path}`", "", "```", command.get_help(context).strip(), "```", ""])
        if isinstance(command, click.Group):
            for name in sorted(command.commands):
                walk(command.commands[name], f"{path} {name}")

    walk(main, "newsclaims")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
