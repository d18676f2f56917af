"""Fetch http(s) URLs safely: timeouts, a size cap, checked redirects, no private addresses."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

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
    """False for private, loopback, link-local, multicast, reserved and unspecified addresses."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def check_url(url: str, allow_private: bool) -> str:
    """Refuse other schemes (E112) and hosts resolving to non-public addresses (E108);
    returns the address to connect to (the one checked, so a second DNS answer cannot
    swap in a private address: no DNS rebinding)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError("E112", f"{url} is not an http(s) URL.", "use http:// or https://.")
    host = parts.hostname
    if not host:
        raise InputError("E107", f"{url} has no host name.", "check the URL.")
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
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


def fetch(url: str, allow_private: bool = False) -> Fetched:
    """GET a URL, following at most ``MAX_REDIRECTS`` redirects, each hop checked."""
    headers = {"User-Agent": settings.USER_AGENT, "Accept": "text/html,application/xml,*/*"}
    timeout = httpx.Timeout(settings.FETCH_TIMEOUT_S)
    with httpx.Client(follow_redirects=False, timeout=timeout, headers=headers) as client:
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
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > settings.MAX_INPUT_BYTES:
                            raise InputError(
                                "E109",
                                f"{current} is over the cap of {settings.MAX_INPUT_BYTES} bytes.",
                                "raise settings.MAX_INPUT_BYTES.",
                            )
                    ctype = response.headers.get("content-type", "").lower()
                    return Fetched(url=current, content_type=ctype, body=bytes(body))
            except httpx.HTTPError as e:
                raise InputError(
                    "E107", f"{current} could not be fetched ({type(e).__name__}).", "retry later."
                ) from e
        raise InputError("E107", f"{url} redirects more than {settings.MAX_REDIRECTS} times.", "")
