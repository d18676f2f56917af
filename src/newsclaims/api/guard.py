"""What every request passes first: the Host check, the body cap and the security headers.

``Harden`` is a plain ASGI middleware (not Starlette's ``BaseHTTPMiddleware``, which reads
a body whole and only sees responses that the app made): it refuses a request whose Host is
not the server's own when no token guards it (DNS rebinding), stops a body as soon as it
grows past ``MAX_REQUEST_BYTES`` (counted while it arrives, before the app reads a byte of
it), refuses a NUL in the path or query (422, E412: PostgreSQL takes none, and no name,
id or filter holds one), and adds ``SECURITY_HEADERS`` to every response. A failure nobody
expected is answered by ``internal_error`` with the error envelope and the same headers.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from newsclaims import settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Sent with every response: no inline script runs, nothing loads from elsewhere.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

#: Names a loopback server answers to (with any port).
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})

#: Methods whose request body is read.
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def allowed_hosts(bound: str) -> frozenset[str]:
    """The Host names a server listening on ``bound`` answers to without a token: its own
    address, and every loopback name when it listens on loopback."""
    bound = bound.strip("[]").lower()
    if bound in LOOPBACK_NAMES or bound.startswith("127."):
        return LOOPBACK_NAMES | {bound}
    return frozenset({bound})


def host_name(header: str) -> str:
    """The name in a Host header, without its port (``[::1]:8000`` -> ``::1``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    if header.count(":") == 1:
        return header.split(":", 1)[0]
    return header


def _header_pairs(extra: dict[str, str] | None = None) -> list[tuple[bytes, bytes]]:
    headers = {**SECURITY_HEADERS, **(extra or {})}
    return [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]


def error_body(code: str, message: str, hint: str = "") -> bytes:
    """The error envelope (``newsclaims.api.error_envelope``'s shape) as JSON bytes."""
    envelope = {"ok": False, "error": {"code": code, "message": message, "hint": hint}}
    return json.dumps(envelope).encode("utf-8")


async def _refuse(send: Send, status: int, code: str, message: str, hint: str) -> None:
    body = error_body(code, message, hint)
    headers = _header_pairs({"content-type": "application/json", "content-length": str(len(body))})
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _with_security_headers(headers: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    given = list(headers)
    names = {name.lower() for name, _ in given}
    return given + [(k, v) for k, v in _header_pairs() if k not in names]


def _holds_nul(scope: Scope) -> bool:
    """Whether the path or the query string holds a NUL (``%00``, or the byte itself)."""
    query = scope.get("query_string", b"") or b""
    return "\x00" in scope.get("path", "") or b"\x00" in query or b"%00" in query


class Harden:
    """The ASGI middleware described in the module docstring."""

    def __init__(self, app: App, token: str | None, hosts: frozenset[str]) -> None:
        self.app = app
        self.token = token
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if not self.token and host_name(headers.get("host", "")) not in self.hosts:
            await _refuse(
                send,
                400,
                "E422",
                "This server answers only to its own address.",
                "open it by the address it listens on (a server without a token answers to"
                " no other name).",
            )
            return
        if _holds_nul(scope):
            await _refuse(
                send,
                422,
                "E412",
                "The request's path or query holds a NUL character.",
                "no name, id or filter holds one; remove it (PostgreSQL takes none).",
            )
            return
        if scope.get("method") in _BODY_METHODS:
            replay = await self._bounded_body(headers, receive, send)
            if replay is None:
                return
            receive = replay

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _with_security_headers(message.get("headers", []))
            await send(message)

        await self.app(scope, receive, secured)

    async def _bounded_body(
        self, headers: dict[str, str], receive: Receive, send: Send
    ) -> Receive | None:
        """Read the body up to the cap; None when it is over (the 413 is sent)."""
        cap = settings.MAX_REQUEST_BYTES
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            await _too_large(send, cap)
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; the app sees the disconnect
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                await _too_large(send, cap)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay


async def _too_large(send: Send, cap: int) -> None:
    await _refuse(
        send,
        413,
        "E421",
        f"The request body is over the cap of {cap} bytes.",
        "send a smaller article, or raise settings.MAX_REQUEST_BYTES.",
    )
