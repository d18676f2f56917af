"""One error catalogue for newsclaims.

Every error carries a code from ``CATALOGUE`` and a hint that tells the user what to try.
Errors (``E###``) stop the current input; warnings (``W###``) are stored rejection reasons:
the article was read but yields nothing worth keeping, and the rejection is recorded so that
nothing is discarded silently.
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # E1xx: input (readers)
    "E101": "The input is empty or holds only whitespace.",
    "E102": "The input is binary, not text, HTML, JSONL, a feed or a WARC archive.",
    "E103": "The input is not valid UTF-8 text.",
    "E104": "The input looks like XML but is not an RSS or Atom feed.",
    "E105": "The WARC archive is truncated or corrupt.",
    "E106": "The HTML page holds no article text that could be extracted.",
    "E107": "The URL could not be fetched.",
    "E108": "The URL points at a private, loopback or link-local address.",
    "E109": "The input is larger than the configured size cap.",
    "E110": "The path does not exist or cannot be read.",
    "E111": "A JSONL line is not a JSON object with a 'text' or 'html' field.",
    "E112": "The URL scheme is not http or https.",
    "E113": "The metadata file beside a text file is not valid JSON.",
    "E114": "A date given as metadata or option could not be parsed.",
    "E115": "A JSON document is not valid JSON, or an item of it holds no article.",
    # E3xx: storage
    "E301": "The database could not be opened or migrated.",
    "E302": "Writing an article to the store failed; nothing of it was stored.",
    "E303": "A Dask worker failed on a chunk of articles; they were not stored.",
    # E4xx: configuration and usage
    "E401": "The database URL is not a SQLite or PostgreSQL URL.",
    "E402": "The English pipeline package is not installed.",
    "E403": "An evaluation folder does not hold the expected files.",
    "E404": "The request's parameters or body are not valid.",
    "E406": "A write needs the bearer token the server was started with.",
    "E407": "The server will not listen beyond loopback without a token.",
    "E408": "Dask is not installed, so --workers and --scheduler are unavailable.",
    "E409": "No Dask scheduler answered at the given address.",
    "E410": "Partitioning by file needs Dask, a PostgreSQL store and local paths.",
    "E411": "The sentence-embedding model or its readers are not installed.",
    # E5xx: lookups
    "E501": "No entity or article with that name, alias or id is in the store.",
    # W2xx: stored rejections (the article was read, but yields nothing)
    "W201": "The article text is too short to analyse.",
    "W202": "The analysis found no entities and no claims in the article.",
    "W203": "An extraction stage failed on the article; the batch went on.",
    "W204": "The article does not look like English text.",
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

    def __reduce__(self) -> tuple[type[NewsclaimsError], tuple[str, str, str]]:
        # Errors travel between Dask processes; rebuild them from their parts.
        return (type(self), (self.code, self.message, self.hint))


class InputError(NewsclaimsError):
    """An input could not be read as an article."""


class StorageError(NewsclaimsError):
    """The store could not be opened or written."""


class ConfigError(NewsclaimsError):
    """A setting, option or installation problem."""


class NotFound(NewsclaimsError):
    """A looked-up record does not exist."""
