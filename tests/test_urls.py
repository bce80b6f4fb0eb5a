"""URLs: fetched from a local server (never the internet), limits, errors, the offline cache."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.errors import InputError
from reconcile.inputs.fetch import FetchOptions, default_cache_dir, fetch, is_url, url_name

EN = ("<!doctype html><html><head><title>Homes</title></head><body><article>"
      "<h1>Council backs new homes</h1>"
      "<p>The council approved 45 new homes in 2024, at a cost of $12 million.</p>"
      "</article></body></html>")
FR = ("<!doctype html><html><head><title>Logements</title></head><body><article>"
      "<h1>Le conseil soutient de nouveaux logements</h1>"
      "<p>Le conseil a approuvé 54 nouveaux logements en 2024, pour un coût de 12 millions "
      "de dollars.</p></article></body></html>")
TEXT = "The council approved 45 new cranes in 2024.\n"
BIG = 50 * 1024 * 1024
SLOW = 3.0
PLAIN = {"NO_COLOR": "1", "COLUMNS": "100", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}


class _Handler(BaseHTTPRequestHandler):
    """The pages of the tests: stories, a 404, a slow answer, 50 MB, a redirect loop."""

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        return

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        pages = {"/en.html": EN, "/fr.html": FR, "/story.txt": TEXT}
        try:
            if self.path == "/latin1.txt":
                self._send(200, "Le conseil a approuvé 45 grues en 2024.\n".encode("latin-1"),
                           {"Content-Type": "text/plain; charset=ISO-8859-1"})
            elif self.path in pages:
                self._send(200, pages[self.path].encode(), {"Content-Type": "text/html"})
            elif self.path == "/slow":
                time.sleep(SLOW)
                self._send(200, TEXT.encode())
            elif self.path == "/big-announced":
                self.send_response(200)
                self.send_header("Content-Length", str(BIG))
                self.end_headers()
                self._stream(BIG)
            elif self.path == "/big-streamed":
                # No Content-Length: the reader must count and stop by itself.
                self.send_response(200)
                self.end_headers()
                self._stream(BIG)
            elif self.path == "/loop":
                self._send(302, b"", {"Location": "/loop"})
            elif self.path == "/moved":
                self._send(301, b"", {"Location": "/story.txt"})
            else:
                self._send(404, b"not here")
        except (BrokenPipeError, ConnectionResetError):
            return  # the client stopped reading, as it should

    def _stream(self, size: int) -> None:
        chunk = b"0123456789 " * 6000
        sent = 0
        while sent < size:
            self.wfile.write(chunk)
            sent += len(chunk)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # HTTP/1.0 closes the connection after each answer: a streamed body ends at close.


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture()
def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/page.html"


def invoke(args: Sequence[str], cache: Path) -> Result:
    env = {**PLAIN, "RECONCILE_CACHE_DIR": str(cache)}
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


# --- fetch() --------------------------------------------------------------------------------


def test_names_and_cache_folder() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://x") and not is_url("a/b.txt")
    assert url_name("https://example.org/news/fr.html?x=1") == "fr.html"
    assert url_name("https://example.org/") == "example.org"
    assert default_cache_dir({"RECONCILE_CACHE_DIR": "/c"}) == Path("/c/urls")
    assert default_cache_dir({"XDG_CACHE_HOME": "/x"}) == Path("/x/reconcile/urls")


def test_a_page_is_fetched_hashed_and_cached(server: str, tmp_path: Path) -> None:
    options = FetchOptions(cache_dir=tmp_path)
    page = fetch(f"{server}/en.html", options)
    assert page.data == EN.encode()
    assert page.sha256 == hashlib.sha256(EN.encode()).hexdigest()
    assert (page.content_type, page.note) == ("text/html", None)
    assert (tmp_path / "blobs" / page.sha256).read_bytes() == EN.encode()
    offline = fetch(f"{server}/en.html", FetchOptions(cache_dir=tmp_path, offline=True))
    assert (offline.data, offline.sha256) == (page.data, page.sha256)


def test_a_redirect_is_followed(server: str) -> None:
    assert fetch(f"{server}/moved", FetchOptions()).data == TEXT.encode()


@pytest.mark.parametrize(("path", "options", "problem"), [
    ("/missing", FetchOptions(), "HTTP 404 Not Found"),
    ("/loop", FetchOptions(max_redirects=3), "too many redirects (more than 3; a redirect loop?)"),
    ("/slow", FetchOptions(timeout=0.5), "timed out (no answer within 0.5 s)"),
    ("/big-announced", FetchOptions(), "too large: 52428800 bytes announced, the limit is 20 MB"),
    ("/big-streamed", FetchOptions(), "too large: more than 20 MB (stopped reading)"),
])
def test_failures_say_why(server: str, path: str, options: FetchOptions, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch(server + path, options)
    assert caught.value.path == server + path
    assert caught.value.problem == problem


def test_connection_refused(closed_port: str) -> None:
    with pytest.raises(InputError, match="connection refused"):
        fetch(closed_port, FetchOptions())


def test_a_failed_fetch_falls_back_to_the_cache(closed_port: str, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"not in the cache \(--offline\)"):
        fetch(closed_port, FetchOptions(cache_dir=tmp_path, offline=True))
    # A copy stored earlier (the cache is keyed by URL, the content by its hash).
    from reconcile.inputs.fetch import Fetched, store

    data = TEXT.encode()
    store(tmp_path, Fetched(closed_port, data, hashlib.sha256(data).hexdigest()))
    page = fetch(closed_port, FetchOptions(cache_dir=tmp_path))
    assert page.data == data
    assert page.note is not None
    assert page.note.startswith(f"{closed_port}: connection refused; using the cached copy")


def test_a_corrupt_cache_entry_is_not_used(server: str, tmp_path: Path) -> None:
    page = fetch(f"{server}/story.txt", FetchOptions(cache_dir=tmp_path))
    (tmp_path / "blobs" / page.sha256).write_bytes(b"tampered")
    with pytest.raises(InputError, match="not in the cache"):
        fetch(f"{server}/story.txt", FetchOptions(cache_dir=tmp_path, offline=True))


# --- the CLI --------------------------------------------------------------------------------


def test_diff_of_two_urls_records_url_and_hash(server: str, tmp_path: Path) -> None:
    urls = [f"{server}/en.html", f"{server}/fr.html"]
    result = invoke(["diff", "--format", "json", *urls], tmp_path)
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    sources = {s["id"]: s for s in data["sources"]}
    assert sorted(sources) == ["en", "fr"]
    for sid, body in (("en", EN), ("fr", FR)):
        assert sources[sid]["path"] == sources[sid]["url"] == f"{server}/{sid}.html"
        assert sources[sid]["sha256"] == hashlib.sha256(body.encode()).hexdigest()
        assert sources[sid]["format"] == "html"  # the fetched bytes went through detection
    (fact,) = [f for f in data["facts"] if f["status"] == "conflict"]
    assert [m["low"] for m in fact["mentions"]] == [45, 54]

    markdown = invoke(["diff", "--format", "markdown", *urls], tmp_path).stdout
    assert f"- `en`: {server}/en.html sha256 {sources['en']['sha256']}" in markdown
    sarif = json.loads(invoke(["diff", "--format", "sarif", *urls], tmp_path).stdout)
    artifacts = sarif["runs"][0]["artifacts"]
    assert {a["location"]["uri"] for a in artifacts} == set(urls)
    assert {a["properties"]["sha256"] for a in artifacts} == {
        sources["en"]["sha256"], sources["fr"]["sha256"]}
    table = invoke(["diff", *urls], tmp_path).stdout
    assert f"en: {server}/en.html sha256" in table
    github = invoke(["diff", "--format", "github", *urls], tmp_path).stdout
    assert f"{server}/en.html sha256 {sources['en']['sha256']}" in github
    jsonl = invoke(["diff", "--format", "jsonl", *urls], tmp_path).stdout.splitlines()
    assert json.loads(jsonl[0])["sha256"] == sources["en"]["sha256"]


def test_each_failing_url_is_an_error_and_the_others_still_run(
        server: str, closed_port: str, tmp_path: Path) -> None:
    result = invoke(["diff", "--timeout", "0.5", f"{server}/en.html", f"{server}/fr.html",
                     f"{server}/missing", f"{server}/slow", f"{server}/loop",
                     f"{server}/big-streamed", closed_port], tmp_path)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("reconcile: error")]
    assert errors == [
        f"reconcile: error: {server}/big-streamed: too large: more than 20 MB (stopped reading)",
        f"reconcile: error: {server}/loop: too many redirects (more than 5; a redirect loop?)",
        f"reconcile: error: {server}/missing: HTTP 404 Not Found",
        f"reconcile: error: {closed_port}: connection refused",
        f"reconcile: error: {server}/slow: timed out (no answer within 0.5 s)",
    ]
    assert "CONFLICT" in result.stdout  # en and fr were still compared


def test_a_rerun_works_offline_from_the_cache(
        server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    urls = [f"{server}/en.html", f"{server}/fr.html"]
    first = invoke(["diff", "--format", "json", *urls], tmp_path)
    offline = invoke(["diff", "--format", "json", "--offline", *urls], tmp_path)
    assert offline.exit_code == first.exit_code == 1
    assert offline.stdout == first.stdout
    assert offline.stderr == ""

    # The network fails: the cached copies stand in, and stderr says so.
    import httpx

    def refuse(*args: object, **kwargs: object) -> object:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    monkeypatch.setattr(httpx.Client, "stream", refuse)
    again = invoke(["diff", "--format", "json", *urls], tmp_path)
    assert again.stdout == first.stdout
    notes = again.stderr.splitlines()
    assert len(notes) == 2
    assert all(n.startswith("reconcile: note: http://127.0.0.1:") for n in notes)
    assert all("connection refused; using the cached copy" in n for n in notes)


def test_the_server_charset_decodes_the_page(server: str, tmp_path: Path) -> None:
    result = invoke(["claims", "--format", "json", f"{server}/latin1.txt"], tmp_path)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert "approuvé 45 grues" in data["claims"][0]["sentence"]
    assert fetch(f"{server}/latin1.txt", FetchOptions()).charset == "iso8859-1"


def test_a_url_mixes_with_files(server: str, tmp_path: Path) -> None:
    local = tmp_path / "story" / "fr.txt"
    local.parent.mkdir()
    local.write_text("Le conseil a approuvé 45 nouvelles grues en 2024.\n", encoding="utf-8")
    result = invoke(["claims", "--format", "json", f"{server}/story.txt", str(local)],
                    tmp_path / "cache")
    assert result.exit_code == 0, result.stderr
    sources = json.loads(result.stdout)["sources"]
    assert [s["id"] for s in sources] == ["fr", "story"]
    assert "url" not in sources[0]
    assert sources[1]["url"] == f"{server}/story.txt"
    assert sources[1]["sha256"] == hashlib.sha256(TEXT.encode()).hexdigest()
