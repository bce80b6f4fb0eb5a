"""`reconcile show`, `diff --matrix`, the markdown summary and progress, through the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.progress import ProgressStep

ROOT = Path(__file__).resolve().parents[1]
PLAIN_80 = {"NO_COLOR": "1", "COLUMNS": "80", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}
ANSI = re.compile(r"\x1b\[")


def invoke(*args: str, env: Mapping[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env or PLAIN_80, catch_exceptions=False)


@pytest.fixture(scope="module", autouse=True)
def in_root() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        yield


@pytest.fixture(scope="module")
def shown() -> Result:
    return invoke("show", "money-2016-sutskever-google", "corpus/")


def test_show_prints_every_version_with_the_claim_marked(shown: Result) -> None:
    assert shown.exit_code == 0
    out = shown.stdout
    assert out.startswith("✗ CONFLICT money in 2016 (Ilya Sutskever, Google)\n")
    assert "id: money-2016-sutskever-google · story openai-musk" in out
    for surface in ("more than $1.9 million", "dépassé 1,9 million de dollars américains",
                    "melebihi 190 juta dolar AS", "190万ドルを超え"):
        assert f"as written: {surface}" in out
        assert f">>{surface}<<".replace(" ", "") in "".join(out.split())
    assert "value: > USD 190,000,000" in out
    assert "id (id)  ◀ outlier" in out
    assert "R101 id is 100x the others" in out
    assert not ANSI.search(out)


def test_show_fits_80_columns(shown: Result) -> None:
    from unicodedata import east_asian_width

    def width(line: str) -> int:
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in line)

    assert max(width(line) for line in shown.stdout.splitlines()) <= 80


def test_show_accepts_story_slash_id() -> None:
    result = invoke("show", "openai-musk/money-2016-microsoft", "corpus/")
    assert result.exit_code == 0
    assert "money in 2016 (Microsoft)" in result.stdout


def test_show_unknown_id_lists_the_nearest() -> None:
    result = invoke("show", "money-2016-microsft", "corpus/")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no fact 'money-2016-microsft' in the stories read (openai-musk)" in result.stderr
    nearest = result.stderr.split("nearest: ", 1)[1].split(", ")
    assert nearest[0] == "money-2016-microsoft"
    assert len(nearest) == 5


def test_show_nearest_ids_for_a_typo() -> None:
    result = invoke("show", "money-2016-sutskevr", "corpus/")
    assert result.exit_code == 2
    assert "nearest: money-2016-sutskever-google, " in result.stderr


def test_show_of_another_story_is_unknown() -> None:
    result = invoke("show", "elsewhere/money-2016-microsoft", "corpus/")
    assert result.exit_code == 2
    assert "nearest: money-2016-microsoft" in result.stderr


# ---------------------------------------------------------------------------------------
# diff --matrix, markdown


def test_diff_matrix_in_the_terminal() -> None:
    result = invoke("diff", "--matrix", "corpus/")
    assert result.exit_code == 1
    out = result.stdout
    assert "agreement matrix · openai-musk" in out
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in out.splitlines() if re.match(r"│ (en|fr|id|ja|zh) ", line)}
    assert set(rows) == {"en", "fr", "id", "ja", "zh"}
    for a, cells in rows.items():
        assert cells[sorted(rows).index(a)] == "—"
        for cell in cells:
            assert cell == "—" or re.fullmatch(r"\d+% \d+/\d+", cell)
    assert rows["en"][1] == rows["fr"][0]  # symmetric
    assert "agreement matrix" not in invoke("diff", "corpus/").stdout


def test_markdown_has_a_compact_table_and_the_matrix() -> None:
    result = invoke("diff", "--format", "markdown", "--matrix", "corpus/")
    text = result.stdout
    assert "| | fact | code | en | fr | id | ja | zh |" in text
    compact = [line for line in text.splitlines() if line.startswith(("| ❌", "| ⚠️"))]
    assert len(compact) == 5
    assert "**> USD 190,000,000** ◀" in text
    assert "Agreement (facts both versions state on which they agree):" in text
    assert re.search(r"^\| \*\*en\*\* \| — \|", text, re.MULTILINE)
    assert "<details><summary>Each fact in detail</summary>" in text
    plain = invoke("diff", "--format", "markdown", "corpus/").stdout
    assert "Agreement (" not in plain
    assert "| | fact | code |" in plain


# ---------------------------------------------------------------------------------------
# progress


def test_progress_hears_files_claims_and_nothing_is_printed(
        capsys: pytest.CaptureFixture[str]) -> None:
    heard: list[tuple[ProgressStep, int, int | None]] = []

    def record(step: ProgressStep, advance: int, total: int | None) -> None:
        heard.append((step, advance, total))

    (story,) = load_stories([ROOT / "corpus"], progress=record)
    assert heard == [("files", 5, 5)]
    result = diff_story(story, load_aliases(()), progress=record)
    claims = [n for step, n, _ in heard if step == "claims"]
    assert len(claims) == 5
    assert sum(claims) == (sum(len(c) for _, c in result.claims)
                           + sum(len(c) for _, c in result.set_aside))
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("command", ["diff", "claims", "report"])
def test_quiet_is_accepted_and_no_bar_without_a_terminal(command: str, tmp_path: Path) -> None:
    extra = ["-o", str(tmp_path / "r.html")] if command == "report" else []
    for quiet in ([], ["--quiet"]):
        result = invoke(command, *quiet, *extra, "corpus/")
        assert result.exit_code in (0, 1)
        assert "files read" not in result.stderr
        assert "\x1b" not in result.stderr


def test_progress_bar_draws_on_stderr_only_when_enabled(
        capsys: pytest.CaptureFixture[str]) -> None:
    from reconcile.report.terminal import progress_bar

    with progress_bar(False) as off:
        assert off is None
    with progress_bar(True) as on:
        assert on is not None
        on("files", 2, 2)
        on("claims", 10, None)
        on("stories", 1, 1)
    out, _ = capsys.readouterr()
    assert out == ""
