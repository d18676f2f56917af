"""Fetch http(s) URLs safely: timeouts, a size cap, checked redirects, no private addresses."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsclaims import settings
from newsclaims.errors import InputError


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with the URL it finally came from."""

    url: str
    """The final URL after redirects."""
    content_type: str
    """The Content-Type header, lower-cased."""
    body: bytes
    """The body, at most ``settings.MAX_INPUT_BYTES``."""


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses (``is_global``): private, loopback,
    link-local, shared (CGNAT 100.64.0.0/10, where cloud metadata services and mesh VPNs
    live), multicast, reserved and unspecified addresses are not; nor are the tunnels 6to4
    (``2002::/16``) and Teredo, which lead to an IPv4 address of their choosing, nor any IPv6
    address outside global unicast ``2000::/3``; IPv4-mapped and NAT64 addresses count as the
    IPv4 address they carry."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _SIX_TO_FOUR or ip.teredo is not None:
            return False
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return _is_public(embedded)
        if ip not in _GLOBAL_UNICAST:
            # ``is_global`` passes the IPv4-compatible ``::127.0.0.1`` and the SIIT-translated
            # ``::ffff:0:7f00:1``, which lead to the IPv4 address they carry (probe21c)
            return False
    return _is_public(ip)


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return ip.is_global and not ip.is_multicast


#: IPv6 prefixes whose addresses tunnel or translate to an IPv4 address in the low bits.
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")

#: Every globally routable IPv6 unicast address lies in 2000::/3 (RFC 4291, IANA).
_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if any(ip in net for net in _NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def check_url(url: str, allow_private: bool) -> str:
    """Refuse other schemes (E112) and hosts resolving to non-public addresses (E108);
    returns the address to connect to (the one checked, so a second DNS answer cannot
    swap in a private address: no DNS rebinding)."""
    try:
        parts = urlsplit(url)
    except ValueError as e:
        raise InputError("E107", f"{url} is not a valid URL ({e}).", "check the URL.") from e
    if parts.scheme not in ("http", "https"):
        raise InputError("E112", f"{url} is not an http(s) URL.", "use http:// or https://.")
    host = parts.hostname
    if not host or not parts.netloc:
        raise InputError("E107", f"{url} has no host name.", "check the URL.")
    try:
        port = parts.port
    except ValueError as e:
        raise InputError("E107", f"{url} has no valid port.", "ports run from 1 to 65535.") from e
    try:
        infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as e:
        raise InputError("E107", f"{url}: cannot resolve {host}.", "check the URL.") from e
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise InputError("E107", f"{url}: {host} has no address.", "check the URL.")
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                raise InputError(
                    "E108",
                    f"{url} resolves to the non-public address {address}.",
                    "pass --allow-private if you really mean to read from your own network.",
                )
    return addresses[0]


def _pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """The URL rewritten to connect to ``address``, with the Host header and TLS server name
    (SNI and certificate check) of the original host."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host_header = f"{host}:{parts.port}" if parts.port else host
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return parts._replace(netloc=netloc).geturl(), {"Host": host_header}, extensions


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most until the fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self.inner = inner
        self.deadline = deadline

    def _left(self, timeout: float | None) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the fetch's total time is up")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self._left(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        upgraded = self.inner.start_tls(ssl_context, server_hostname, self._left(timeout))
        return _DeadlineStream(upgraded, self.deadline)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, each read and write bounded by one deadline for the whole
    fetch: per-read timeouts alone let a server trickling a byte a second go on forever."""

    def __init__(self, deadline: float) -> None:
        self.inner = httpcore.SyncBackend()
        self.deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("the fetch's total time is up")
        wait = left if timeout is None else min(timeout, left)
        stream = self.inner.connect_tcp(host, port, wait, local_address, socket_options)
        return _DeadlineStream(stream, self.deadline)

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def _transport(deadline: float) -> httpx.HTTPTransport:
    """httpx's transport on sockets that share one deadline (httpx takes no network backend
    of its own, so its connection pool is replaced by one that has it)."""
    transport = httpx.HTTPTransport()
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        network_backend=_DeadlineBackend(deadline),
    )
    return transport


def fetch(url: str, allow_private: bool = False) -> Fetched:
    """GET a URL, following at most ``MAX_REDIRECTS`` redirects, each hop checked; the whole
    fetch, redirects and body included, ends after ``FETCH_TOTAL_S`` seconds (E107)."""
    deadline = time.monotonic() + settings.FETCH_TOTAL_S
    try:
        return _fetch(url, allow_private, deadline)
    except httpx.InvalidURL as e:
        raise InputError("E107", f"{url}: a URL on the way is not valid ({e}).", "") from e


def _fetch(url: str, allow_private: bool, deadline: float) -> Fetched:
    headers = {
        "User-Agent": settings.USER_AGENT,
        "Accept": "text/html,application/xml,*/*",
        "Accept-Encoding": ", ".join(c for c in _CODINGS if c != "x-gzip"),
    }
    timeout = httpx.Timeout(settings.FETCH_TIMEOUT_S)
    with httpx.Client(
        follow_redirects=False, timeout=timeout, headers=headers, transport=_transport(deadline)
    ) as client:
        current = url
        for _ in range(settings.MAX_REDIRECTS + 1):
            target, host, extensions = _pinned(current, check_url(current, allow_private))
            try:
                with client.stream("GET", target, headers=host, extensions=extensions) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise InputError(
                            "E107",
                            f"{current} answered HTTP {response.status_code}.",
                            "check the URL in a browser.",
                        )
                    raw = bytearray()
                    for chunk in response.iter_raw():
                        raw.extend(chunk)
                        if len(raw) > settings.MAX_INPUT_BYTES:
                            raise _over_cap(current)
                    body = _decoded(bytes(raw), response.headers, current)
                    ctype = response.headers.get("content-type", "").lower()
                    return Fetched(url=current, content_type=ctype, body=body)
            except httpx.TimeoutException as e:
                if time.monotonic() >= deadline:
                    raise InputError(
                        "E107",
                        f"{current} took longer than {settings.FETCH_TOTAL_S:.0f} s in all.",
                        "retry later, or raise settings.FETCH_TOTAL_S.",
                    ) from e
                raise InputError(
                    "E107", f"{current} could not be fetched ({type(e).__name__}).", "retry later."
                ) from e
            except httpx.HTTPError as e:
                raise InputError(
                    "E107", f"{current} could not be fetched ({type(e).__name__}).", "retry later."
                ) from e
        raise InputError("E107", f"{url} redirects more than {settings.MAX_REDIRECTS} times.", "")


def _over_cap(url: str) -> InputError:
    return InputError(
        "E109",
        f"{url} is over the cap of {settings.MAX_INPUT_BYTES} bytes.",
        "raise settings.MAX_INPUT_BYTES.",
    )


#: zlib's window bits for each content coding: gzip, zlib-wrapped deflate (a raw deflate
#: stream, which some servers send as "deflate", is tried when that fails).
_CODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def _decoded(raw: bytes, headers: httpx.Headers, url: str) -> bytes:
    """The body with its content codings undone, each layer cut off past ``MAX_INPUT_BYTES``
    (E109). httpx undoes a chain of codings ("gzip, gzip") a whole chunk at a time without a
    bound: a 1,827-byte body declared "gzip, gzip" grew to 2 GB in memory."""
    codings = [
        c.strip().lower()
        for value in headers.get_list("content-encoding")
        for c in value.split(",")
        if c.strip() and c.strip().lower() != "identity"
    ]
    data = raw
    for coding in reversed(codings):
        if coding not in _CODINGS:
            raise InputError(
                "E107", f"{url} is sent in the content coding {coding[:40]!r}.", "fetch it again."
            )
        try:
            data = _inflate(data, _CODINGS[coding])
        except zlib.error:
            if coding != "deflate":
                raise InputError(
                    "E107", f"{url}: its {coding} body cannot be decoded.", "fetch it again."
                ) from None
            try:
                data = _inflate(data, -zlib.MAX_WBITS)
            except zlib.error as e:
                raise InputError(
                    "E107", f"{url}: its deflate body cannot be decoded.", "fetch it again."
                ) from e
        if len(data) > settings.MAX_INPUT_BYTES:
            raise _over_cap(url)
    return data


def _inflate(data: bytes, wbits: int) -> bytes:
    """One layer undone, at most ``MAX_INPUT_BYTES`` + 1 bytes of it."""
    return zlib.decompressobj(wbits).decompress(data, settings.MAX_INPUT_BYTES + 1)
