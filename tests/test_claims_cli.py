"""`reconcile claims`: formats, exit codes, error messages, options, and the real command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.report.jsonio import CLAIM_KEYS

ROOT = Path(__file__).resolve().parents[1]
STORY = ROOT / "corpus" / "openai-musk"
SOURCE_IDS = ("en", "fr", "id", "ja", "zh")
REQUIRED_KEYS = {"source", "lang", "kind", "surface", "start", "end", "sentence", "low",
                 "high", "qualifier", "unit", "date"}
ANSI = "\x1b["

GOOD_EN = "The firm raised $5 million in 2019.\n"
LATIN1_FR = "Le café a coûté 5 millions de dollars en 2016.\n"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    # Click 8.2+ keeps stdout and stderr apart on the result (no mix_stderr).
    return CliRunner().invoke(cli, list(args), env=env)


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr
    # Only a deliberate exit, never an exception escaping the CLI.
    assert result.exception is None or isinstance(result.exception, SystemExit)


def jsonl(result: Result) -> list[dict[str, object]]:
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return [json.loads(line, parse_float=Decimal) for line in lines]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_EN, encoding="utf-8")
    return path


# --- the bundled corpus -------------------------------------------------------------------


def test_table_lists_every_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run("claims", "corpus/openai-musk")
    assert result.exit_code == 0, result.stderr
    no_traceback(result)
    titles = [line for line in result.stdout.splitlines() if " · " in line]
    for sid in SOURCE_IDS:
        assert any(line.startswith(f"{sid} · ") for line in titles), sid
    assert result.stderr == ""


def test_jsonl_one_object_per_line_pointing_into_the_files() -> None:
    result = run("claims", "--format", "jsonl", str(STORY))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result)
    assert len(records) == len(result.stdout.strip().splitlines())
    assert {r["source"] for r in records} == set(SOURCE_IDS)
    texts = {sid: (STORY / f"{sid}.txt").read_text(encoding="utf-8") for sid in SOURCE_IDS}
    for record in records:
        assert set(record) >= REQUIRED_KEYS, record
        assert tuple(record)[:len(CLAIM_KEYS)] == CLAIM_KEYS
        text = texts[str(record["source"])]
        start, end = record["start"], record["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == record["surface"], record
        assert record["surface"] in str(record["sentence"])
        if record["kind"] == "date":
            assert record["low"] is None and record["high"] is None
        else:
            assert record["date"] is None


def test_jsonl_values_are_exact_numbers() -> None:
    result = run("claims", "--format", "jsonl", str(STORY / "zh.txt"))
    assert result.exit_code == 0, result.stderr
    for line in result.stdout.splitlines():
        for key in ("low", "high"):
            # Plain digits only: no exponent (1.64E+9), no float noise.
            assert re.search(rf'"{key}": (null|-?\d+(\.\d+)?)[,}}]', line), line
    by_surface = {r["surface"]: r["low"] for r in jsonl(result)}
    assert all(v is None or isinstance(v, int | Decimal) for v in by_surface.values())


def test_json_document(tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("claims", "--format", "json", str(good), str(missing))
    assert result.exit_code == 2
    no_traceback(result)
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert doc["schema"] == "reconcile.claims/1"
    by_id = {s["id"]: s for s in doc["sources"]}
    assert set(by_id) == {"good", "missing"}
    assert by_id["good"]["error"] is None
    assert by_id["good"]["claims"] == 2
    assert "missing.txt" in by_id["missing"]["error"]
    assert by_id["missing"]["claims"] == 0
    assert [c["surface"] for c in doc["claims"]] == ["$5 million", "2019"]
    assert doc["claims"][0]["low"] == 5000000


def test_json_for_the_corpus() -> None:
    result = run("claims", "--format", "json", str(STORY))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert doc["schema"] == "reconcile.claims/1"
    assert sorted(s["id"] for s in doc["sources"]) == sorted(SOURCE_IDS)
    assert all(s["error"] is None for s in doc["sources"])
    assert sum(s["claims"] for s in doc["sources"]) == len(doc["claims"])


# --- unreadable inputs ----------------------------------------------------------------------


def test_missing_file_next_to_a_good_one(tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("claims", "--format", "jsonl", str(good), str(missing))
    assert result.exit_code == 2
    no_traceback(result)
    records = jsonl(result)
    assert [r["surface"] for r in records if "surface" in r] == ["$5 million", "2019"]
    assert "missing.txt" in result.stderr
    # The failed source is data too: one source record with its error (issue #19).
    [failed] = [r for r in records if r.get("record") == "source"]
    assert failed["id"] == "missing" and "file not found" in str(failed["error"])


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("binary.txt", b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 8),
        ("latin1.txt", LATIN1_FR.encode("latin-1")),
        ("truncated.txt", "Le café".encode()[:-1] + b" 5 millions"),
    ],
)
def test_unreadable_file_is_an_input_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("claims", str(path))
    assert result.exit_code == 2
    no_traceback(result)
    assert name in result.stderr
    assert result.stderr.startswith("reconcile: error: ")


def test_encoding_option_reads_latin1(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(LATIN1_FR.encode("latin-1"))
    result = run("claims", "--format", "jsonl", "--encoding", "latin-1", str(path))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result)
    assert [(r["kind"], r["surface"]) for r in records] == [
        ("money", "5 millions de dollars"), ("date", "2016")]
    assert "café" in str(records[0]["sentence"])
    assert records[0]["lang"] == "fr"


def test_unknown_encoding_is_a_usage_error(good: Path) -> None:
    result = run("claims", "--encoding", "nonsense", str(good))
    assert result.exit_code == 2
    no_traceback(result)
    assert "nonsense" in result.stderr
    assert "encoding" in result.stderr
    assert result.stdout == ""


def test_no_path_and_no_corpus_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("claims")
    assert result.exit_code == 2
    no_traceback(result)
    assert "PATH" in result.stderr


def test_internal_error_is_a_message_and_exit_123(good: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("reconcile.api.extract_document", broken)  # cli imports it lazily
    result = run("claims", str(good))
    assert result.exit_code == 123
    no_traceback(result)
    assert "internal error" in result.stderr
    assert "simulated bug" in result.stderr


def test_unknown_option_is_a_usage_error() -> None:
    result = run("claims", "--no-such-option")
    assert result.exit_code == 2
    no_traceback(result)
    assert "--no-such-option" in result.stderr


# --- options ------------------------------------------------------------------------------


def test_lang_overrides_the_manifest() -> None:
    result = run("claims", "--format", "json", "--lang", "id", str(STORY))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {s["lang"] for s in doc["sources"]} == {"id"}


def test_lang_changes_how_numbers_are_read(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("The salary was 175 000 dollars a year.\n", encoding="utf-8")
    # French groups digits with spaces; English does not.
    fr = jsonl(run("claims", "--format", "jsonl", "--lang", "fr", str(path)))
    assert [(r["surface"], r["low"], r["lang"]) for r in fr] == [
        ("175 000 dollars", 175000, "fr")]


def test_lang_overrides_paragraph_detection() -> None:
    result = run("claims", "--format", "jsonl", "--lang", "en", str(STORY / "fr.txt"))
    assert result.exit_code == 0, result.stderr
    assert {r["lang"] for r in jsonl(result)} == {"en"}


def test_include_boilerplate_adds_claims() -> None:
    plain = jsonl(run("claims", "--format", "jsonl", str(STORY / "fr.txt")))
    result = run("claims", "--format", "jsonl", "--include-boilerplate", str(STORY / "fr.txt"))
    assert result.exit_code == 0, result.stderr
    every = jsonl(result)
    assert len(every) > len(plain)
    assert all(r["boilerplate"] is False for r in plain)
    assert [r for r in every if not r["boilerplate"]] == plain
    assert any(r["boilerplate"] is True for r in every)


# --- help and terminal output ---------------------------------------------------------------


def test_command_help_has_an_example() -> None:
    result = run("claims", "--help")
    assert result.exit_code == 0
    assert "example" in result.stdout.lower()
    assert "reconcile claims " in result.stdout
    for option in ("--format", "--lang", "--encoding", "--include-boilerplate"):
        assert option in result.stdout


def test_group_help_has_an_example() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "example" in result.stdout.lower()


def test_group_help_lists_claims() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "claims" in result.stdout
    assert "Exit codes" in result.stdout


def test_no_color_means_no_escape_codes(good: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("claims", str(good), str(missing), env={"NO_COLOR": "1"})
    assert result.exit_code == 2
    assert "$5 million" in result.stdout
    assert ANSI not in result.stdout and ANSI not in result.stderr


@pytest.mark.xfail(strict=True, reason="on a terminal, NO_COLOR only drops colours: rich "
                   "still writes bold/italic escape codes (\\x1b[1m, \\x1b[3m), so the table "
                   "is not plain as report/terminal.console promises")
def test_no_color_on_a_terminal_means_no_escape_codes(good: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    # TTY_COMPATIBLE makes rich treat the captured output as a terminal.
    result = run("claims", str(good), str(missing),
                 env={"NO_COLOR": "1", "TTY_COMPATIBLE": "1"})
    assert result.exit_code == 2
    assert ANSI not in result.stdout and ANSI not in result.stderr


# --- the real command -----------------------------------------------------------------------


def _command() -> list[str]:
    if (ROOT / "src" / "reconcile" / "__main__.py").is_file():
        return [sys.executable, "-m", "reconcile"]
    return [str(Path(sys.executable).parent / "reconcile")]


def _subprocess(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*_command(), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=False)


def test_real_command_missing_file(tmp_path: Path, good: Path) -> None:
    done = _subprocess("claims", "--format", "jsonl", "good.txt", "missing.txt", cwd=tmp_path)
    assert done.returncode == 2
    # One clean line naming the file: no traceback, no noise.
    assert done.stderr.startswith("reconcile: error: "), done.stderr
    assert "missing.txt" in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["surface"] for r in records if "surface" in r] == ["$5 million", "2019"]


def test_real_command_unknown_encoding(tmp_path: Path, good: Path) -> None:
    done = _subprocess("claims", "--encoding", "nonsense", "good.txt", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "nonsense" in done.stderr
    assert "Traceback" not in done.stderr


def test_console_script_is_installed(tmp_path: Path, good: Path) -> None:
    script = Path(sys.executable).parent / "reconcile"
    if not script.is_file():
        pytest.skip("console script not installed next to this interpreter")
    done = subprocess.run([str(script), "claims", "--format", "jsonl", "good.txt"],
                          cwd=tmp_path, capture_output=True, text=True, encoding="utf-8",
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2
