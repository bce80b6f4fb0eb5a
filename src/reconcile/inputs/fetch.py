"""URLs → bytes: fetched with httpx under limits, cached on disk by URL and content hash.

A page that was fetched once is read from the cache when a later fetch fails (or with
`offline`), so a re-run works without the network; the result says when that happened.
"""

from __future__ import annotations

import codecs
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reconcile.errors import InputError
from reconcile.sizes import DEFAULT_MAX_SIZE, format_size

if TYPE_CHECKING:
    import httpx  # imported when a URL is fetched: most runs read files only

DEFAULT_TIMEOUT = 20.0
# Whole-fetch deadline: a server that trickles bytes must not hold a run forever.
DEFAULT_DEADLINE = 120.0
DEFAULT_MAX_BYTES = DEFAULT_MAX_SIZE
DEFAULT_MAX_REDIRECTS = 5
CACHE_ENV = "RECONCILE_CACHE_DIR"
URL_SCHEMES = ("http://", "https://")
_CHUNK = 64 * 1024
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_USER_AGENT = "reconcile (+https://pypi.org/project/reconcile/)"


@dataclass(frozen=True)
class FetchOptions:
    """Limits of a fetch and where the cache lives (None: no cache)."""

    timeout: float = DEFAULT_TIMEOUT
    deadline: float = DEFAULT_DEADLINE
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    offline: bool = False
    cache_dir: Path | None = None


@dataclass(frozen=True)
class Fetched:
    """The bytes of a page, their SHA-256, and a note when the cached copy stood in."""

    url: str
    data: bytes
    sha256: str
    content_type: str | None = None
    note: str | None = None

    @property
    def charset(self) -> str | None:
        """The encoding the server named (Content-Type charset), if Python knows it."""
        match = _CHARSET.search(self.content_type or "")
        if match is None:
            return None
        try:
            return codecs.lookup(match.group(1)).name
        except LookupError:
            return None


def is_url(text: str) -> bool:
    """An http(s) URL, as given on the command line."""
    return text.lower().startswith(URL_SCHEMES)


def url_name(url: str) -> str:
    """A file-like name for a URL (its last path segment, else its host): it gives the
    source its id, as a file's stem does ("…/news/fr.html" → "fr.html")."""
    parts = urlsplit(url)
    last = PurePosixPath(parts.path).name
    return last or parts.hostname or "page"


def default_cache_dir(environ: Mapping[str, str]) -> Path:
    """$RECONCILE_CACHE_DIR/urls, else the user cache folder ($XDG_CACHE_HOME or
    ~/.cache)/reconcile/urls."""
    if environ.get(CACHE_ENV):
        return Path(environ[CACHE_ENV]) / "urls"
    base = Path(environ["XDG_CACHE_HOME"]) if environ.get("XDG_CACHE_HOME") else \
        Path.home() / ".cache"
    return base / "reconcile" / "urls"


def sha256_of(data: bytes) -> str:
    from reconcile.cachefolder import sha256

    return sha256(data).hexdigest()


# --- the cache: index/<sha256 of the URL>.json → blobs/<sha256 of the content> -------------


def _index_path(cache_dir: Path, url: str) -> Path:
    return cache_dir / "index" / f"{sha256_of(url.encode())}.json"


def cached(cache_dir: Path, url: str) -> Fetched | None:
    """The cached copy of `url`, if any and intact (its bytes match the recorded hash)."""
    import json  # a local file's read (most runs) needs neither json nor tempfile

    try:
        entry = json.loads(_index_path(cache_dir, url).read_text(encoding="utf-8"))
        digest = str(entry["sha256"])
        data = (cache_dir / "blobs" / digest).read_bytes()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if entry.get("url") != url or sha256_of(data) != digest:
        return None
    content_type = entry.get("content_type")
    return Fetched(url, data, digest, content_type if isinstance(content_type, str) else None)


def _write_atomic(target: Path, data: bytes) -> None:
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except OSError:
        Path(temp).unlink(missing_ok=True)
        raise


def store(cache_dir: Path, fetched: Fetched) -> None:
    """Keep a fetched page; a cache that cannot be written is skipped, never an error."""
    import json

    entry = {"url": fetched.url, "sha256": fetched.sha256,
             "content_type": fetched.content_type}
    try:
        _write_atomic(cache_dir / "blobs" / fetched.sha256, fetched.data)
        _write_atomic(_index_path(cache_dir, fetched.url),
                      json.dumps(entry, sort_keys=True).encode())
    except OSError:
        return


# --- the network -------------------------------------------------------------------------


def _problem(exc: httpx.HTTPError, options: FetchOptions) -> str:
    """A one-line reason a fetch failed, for the user."""
    import httpx

    if isinstance(exc, httpx.TooManyRedirects):
        return f"too many redirects (more than {options.max_redirects}; a redirect loop?)"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out (no answer within {options.timeout:g} s)"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc)
        return "connection refused" if "refused" in text.lower() else \
            f"cannot connect ({text or type(exc).__name__})"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return f"not a URL reconcile can fetch ({exc})"
    return f"fetch failed ({type(exc).__name__}: {exc})"


def _download(url: str, options: FetchOptions) -> Fetched:
    """GET the URL under the limits; InputError says why it failed."""
    import httpx

    started = time.monotonic()
    try:
        with httpx.Client(timeout=options.timeout, follow_redirects=True,
                          max_redirects=options.max_redirects,
                          headers={"User-Agent": _USER_AGENT}) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code} "
                                      f"{response.reason_phrase}".rstrip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > options.max_bytes:
                raise InputError(url, f"too large: {int(declared)} bytes announced, the limit "
                                      f"is {format_size(options.max_bytes)}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes(_CHUNK):
                size += len(chunk)
                if size > options.max_bytes:
                    raise InputError(url, f"too large: more than {format_size(options.max_bytes)} "
                                          "(stopped reading)")
                if time.monotonic() - started > options.deadline:
                    raise InputError(url, f"timed out (not complete after "
                                          f"{options.deadline:g} s)")
                chunks.append(chunk)
            content_type = response.headers.get("Content-Type")
    except httpx.HTTPError as exc:
        raise InputError(url, _problem(exc, options)) from None
    data = b"".join(chunks)
    return Fetched(url, data, sha256_of(data), content_type)


def fetch(url: str, options: FetchOptions) -> Fetched:
    """The bytes of `url`: from the network (then cached), else from the cache with a note
    saying why; InputError when neither has it."""
    cache_dir = options.cache_dir
    if options.offline:
        copy = cached(cache_dir, url) if cache_dir is not None else None
        if copy is None:
            raise InputError(url, "not in the cache (--offline)")
        return copy
    try:
        fetched = _download(url, options)
    except InputError as exc:
        copy = cached(cache_dir, url) if cache_dir is not None else None
        if copy is None:
            raise
        return Fetched(copy.url, copy.data, copy.sha256, copy.content_type,
                       note=f"{url}: {exc.problem}; using the cached copy "
                            f"(sha256 {copy.sha256[:12]}…)")
    if cache_dir is not None:
        store(cache_dir, fetched)
    return fetched
