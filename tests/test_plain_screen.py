"""The plain screen of `reconcile diff` (report/terminal.PlainScreen) writes the bytes rich's
Console writes to a file that is no terminal, without loading rich's console (issue #19)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.model import DiffResult
from reconcile.report.terminal import (
    Part,
    PlainScreen,
    RichScreen,
    Screen,
    plain_lines,
    render_diff,
    screen,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "openai-musk"
STORIES = Path(__file__).parent / "stories"
WIDTHS = (20, 33, 57, 80, 120)
OPTIONS: list[dict[str, object]] = [
    {}, {"overflow": "fold"}, {"overflow": "ellipsis", "no_wrap": True, "crop": True},
    {"overflow": "ignore", "no_wrap": True, "crop": False}, {"overflow": "crop"},
    {"overflow": "ellipsis"}, {"no_wrap": True}, {"overflow": "fold", "crop": False},
]


def _console(buffer: io.StringIO, width: int) -> Console:
    return Console(file=buffer, width=width, no_color=True, highlight=False, soft_wrap=False,
                   emoji=False)


def _both(width: int) -> tuple[tuple[PlainScreen, io.StringIO], tuple[RichScreen, io.StringIO]]:
    plain, rich = io.StringIO(), io.StringIO()
    return (PlainScreen(plain, width), plain), (RichScreen(_console(rich, width)), rich)


def _same_line(parts: tuple[Part, ...], width: int, options: dict[str, object]) -> None:
    (plain, plain_out), (rich, rich_out) = _both(width)
    plain.line(parts, **options)  # type: ignore[arg-type]
    rich.line(parts, **options)  # type: ignore[arg-type]
    assert plain_out.getvalue() == rich_out.getvalue(), (parts, width, options)


# Words of every width class rich knows: Latin, CJK (two cells), combining marks, emoji,
# wide and zero-width joiners, long unbroken runs, spaces and line breaks in runs.
_PIECES = ["a", "word", "Deepmind's", "1,000,000", "—", "…", "€5", "日本語", "百万ドル",
           "아", "e\u0301", "👍", "👨\u200d👩\u200d👧", "\u200b", "x" * 45, "中" * 30,
           " ", "  ", "   ", "\n", "\n\n", "\r", "\x07", "\x0b", "\u3000", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40),
       st.sampled_from(WIDTHS), st.sampled_from(OPTIONS))
def test_a_line_is_written_as_rich_writes_it(pieces: list[str], width: int,
                                            options: dict[str, object]) -> None:
    text = "".join(pieces)
    _same_line(((text[:7], "bold"), (text[7:], "")), width, options)


@pytest.mark.parametrize("text", ["", "\n", "a\n", "\na", "a\n\nb", "  lead", "trail  ",
                                  "tab\there", "x" * 200, "日本" * 50 + " end",
                                  "word " * 30, "a  " * 40])
@pytest.mark.parametrize("width", WIDTHS)
def test_edge_lines_are_written_as_rich_writes_them(text: str, width: int) -> None:
    for options in OPTIONS:
        _same_line(((text, "dim"),), width, options)


def test_no_parts_is_an_empty_line() -> None:
    (plain, plain_out), (rich, rich_out) = _both(80)
    plain.line()
    rich.line()
    assert plain_out.getvalue() == rich_out.getvalue() == "\n"


def _stories() -> list[DiffResult]:
    folders = [CORPUS, *sorted(p for p in STORIES.iterdir() if p.is_dir())]
    results = []
    for folder in folders:
        (story,) = load_stories([folder])
        results.append(diff_story(story, load_aliases(())))
    return results


def test_the_diff_report_is_written_as_rich_writes_it() -> None:
    results = _stories()
    for width in (*WIDTHS, 200):
        (plain, plain_out), (rich, rich_out) = _both(width)
        for out in (plain, rich):
            render_diff(out, results, show_all=True)
        assert plain_out.getvalue() == rich_out.getvalue(), width


def _screen_kind(env: dict[str, str]) -> str:
    saved = dict(os.environ)
    try:
        for key in ("TTY_COMPATIBLE", "FORCE_COLOR", "COLUMNS", "LINES"):
            os.environ.pop(key, None)
        os.environ.update(env)
        found: Screen = screen()
        return f"{type(found).__name__} {found.width}"
    finally:
        os.environ.clear()
        os.environ.update(saved)


def test_rich_draws_whatever_it_would_colour(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        if any(os.isatty(fd) for fd in (0, 1, 2)):
            pytest.skip("a terminal is attached (pytest -s)")
    assert _screen_kind({}) == "PlainScreen 80"
    assert _screen_kind({"COLUMNS": "100"}) == "PlainScreen 100"
    assert _screen_kind({"COLUMNS": "100", "LINES": "30"}) == "PlainScreen 100"
    assert _screen_kind({"TTY_COMPATIBLE": "0", "FORCE_COLOR": "1"}) == "PlainScreen 80"
    assert _screen_kind({"FORCE_COLOR": "1"}).startswith("RichScreen")
    assert _screen_kind({"TTY_COMPATIBLE": "1"}).startswith("RichScreen")
    assert _screen_kind({"COLUMNS": "5"}).startswith("RichScreen")  # too narrow to mimic


def test_the_width_is_the_one_rich_picks() -> None:
    for env in ({}, {"COLUMNS": "57"}, {"COLUMNS": "57", "LINES": "10"}, {"LINES": "10"}):
        saved = dict(os.environ)
        try:
            for key in ("COLUMNS", "LINES"):
                os.environ.pop(key, None)
            os.environ.update(env)
            found = screen()
            if isinstance(found, PlainScreen):
                assert found.width == _console(io.StringIO(), None).width  # type: ignore[arg-type]
        finally:
            os.environ.clear()
            os.environ.update(saved)


def test_plain_lines_fold_long_words_at_the_width() -> None:
    assert plain_lines("abcdefghij", 4) == "abcd\nefgh\nij\n"
    assert plain_lines("abcdefghij", 4, overflow="ellipsis", no_wrap=True) == "abc…\n"


def test_a_piped_diff_loads_no_rich_console(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RECONCILE_CACHE_DIR": str(tmp_path)}
    env.pop("TTY_COMPATIBLE", None)
    env.pop("FORCE_COLOR", None)
    probe = ("import sys\nfrom reconcile.cli import main\n"
             f"code = main(['diff', '--no-cache', '--quiet', {str(CORPUS)!r}])\n"
             "sys.stderr.write(' '.join(m for m in ('rich.console', 'rich.text', 'rich.table')"
             " if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, check=False, timeout=300, stdin=subprocess.DEVNULL)
    assert "CONFLICT" in done.stdout
    assert done.stderr.strip() == ""
