"""`reconcile diff` end to end through the click CLI: exit codes, formats, the JSON contract."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.report import jsonio

ROOT = Path(__file__).resolve().parents[1]
STORY = "openai-musk"
CORPUS_LANGS = ("en", "fr", "id", "ja", "zh")
ANSI = re.compile(r"\x1b\[")
# The terminal report is read without a TTY, plain and 80 columns wide.
PLAIN_80 = {"NO_COLOR": "1", "COLUMNS": "80", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}

SOURCE_KEYS = {"id", "path", "lang", "claims", "error"}
FACT_KEYS = {"id", "kind", "label", "status", "severity", "diagnosis", "outliers", "mentions"}
MENTION_KEYS = {"source", "surface", "start", "end", "sentence", "low", "high", "qualifier",
                "unit", "date"}
SEVERITY = {"conflict": "error", "soft": "warning", "agree": "info", "single": "info"}


def invoke(args: Sequence[str], env: Mapping[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


# ---------------------------------------------------------------------------------------
# the bundled corpus: each diff runs once per module (about 1.5 s each)


@pytest.fixture(scope="module")
def in_root() -> Iterator[None]:
    # The CLI reads ./claims/aliases.toml, as it does for a user in the repository.
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        yield


@pytest.fixture(scope="module")
def corpus_json(in_root: None) -> Result:
    return invoke(["diff", "corpus/", "--format", "json"])


@pytest.fixture(scope="module")
def corpus_json_never(in_root: None) -> Result:
    return invoke(["diff", "--fail-on", "never", "--format", "json", "corpus/"])


@pytest.fixture(scope="module")
def corpus_table(in_root: None) -> Result:
    return invoke(["diff", "corpus/"], env=PLAIN_80)


@pytest.fixture(scope="module")
def corpus_table_all(in_root: None) -> Result:
    return invoke(["diff", "--all", "corpus/"], env=PLAIN_80)


@pytest.fixture(scope="module")
def corpus_markdown(in_root: None) -> Result:
    return invoke(["diff", "--format", "markdown", "corpus/"])


@pytest.fixture(scope="module")
def report(corpus_json: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(corpus_json.stdout, parse_float=Decimal)
    return data


def facts_with(report: Mapping[str, Any], surface: str, *, exact: bool = True
               ) -> list[dict[str, Any]]:
    """Facts one of whose mentions is written `surface` (or contains it)."""
    return [f for f in report["facts"]
            if any(m["surface"] == surface if exact else surface in m["surface"]
                   for m in f["mentions"])]


def display_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


# ---------------------------------------------------------------------------------------
# exit codes


def test_diff_of_the_corpus_exits_1_for_its_conflicts(corpus_table: Result) -> None:
    assert corpus_table.exit_code == 1, corpus_table.stderr
    assert corpus_table.stderr == ""


def test_summary_line_lists_every_source_with_its_language(corpus_table: Result) -> None:
    summary = next(line for line in corpus_table.stdout.splitlines()
                   if line.startswith(f"story {STORY}:"))
    for lang in CORPUS_LANGS:
        assert f"{lang} ({lang})" in summary


def test_fail_on_never_exits_0(corpus_json_never: Result) -> None:
    assert corpus_json_never.exit_code == 0, corpus_json_never.stderr


def test_output_is_deterministic(corpus_json: Result, corpus_json_never: Result) -> None:
    # --fail-on changes the exit code only, never the report.
    assert corpus_json.exit_code == 1
    assert corpus_json.stdout == corpus_json_never.stdout


SOFT_EN = """\
Acme Robotics opened its first lab in Boston in 2016 with twelve engineers from Stanford.

That year the early team of Acme was paid close to $300,000 a year in salary and equity, \
according to Maria Lopez, the founder of the company.
"""
SOFT_FR = """\
Acme Robotics a ouvert son premier laboratoire à Boston en 2016 avec douze ingénieurs de \
Stanford.

Cette année-là, l'équipe fondatrice d'Acme a reçu 275 000 $ par an en salaire et en \
actions, selon Maria Lopez, la fondatrice de l'entreprise.
"""


@pytest.fixture
def soft_story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A story whose only discrepancy is soft: "close to $300,000" against "275 000 $"."""
    story = tmp_path / "acme"
    story.mkdir()
    (story / "en.txt").write_text(SOFT_EN, encoding="utf-8")
    (story / "fr.txt").write_text(SOFT_FR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return story


def test_soft_discrepancies_fail_only_with_fail_on_warning(soft_story: Path) -> None:
    default = invoke(["diff", "--format", "json", str(soft_story)])
    data = json.loads(default.stdout)
    assert [f["status"] for f in data["facts"] if f["status"] != "agree"] == ["soft"]
    assert default.exit_code == 0
    warning = invoke(["diff", "--fail-on", "warning", "--format", "json", str(soft_story)])
    assert warning.exit_code == 1
    assert warning.stdout == default.stdout


def test_fail_on_warning_exits_1_on_conflicts_too(soft_story: Path) -> None:
    (soft_story / "fr.txt").write_text(SOFT_FR.replace("275 000 $", "27 500 $"),
                                       encoding="utf-8")
    result = invoke(["diff", "--fail-on", "warning", "--format", "json", str(soft_story)])
    assert result.exit_code == 1
    statuses = [f["status"] for f in json.loads(result.stdout)["facts"]]
    assert "conflict" in statuses


def test_a_single_file_is_a_usage_error(soft_story: Path) -> None:
    result = invoke(["diff", str(soft_story / "en.txt")])
    assert result.exit_code == 2
    assert "at least two" in result.stderr
    assert result.stderr.startswith("reconcile: error:")
    assert "Traceback" not in result.stdout + result.stderr


def test_a_missing_file_is_listed_with_its_error(soft_story: Path) -> None:
    missing = soft_story / "de.txt"
    result = invoke(["diff", "--format", "json", str(soft_story / "en.txt"),
                     str(soft_story / "fr.txt"), str(missing)])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    by_path = {Path(s["path"]).name: s for s in data["sources"]}
    assert set(by_path) == {"en.txt", "fr.txt", "de.txt"}
    assert by_path["en.txt"]["error"] is None
    assert by_path["fr.txt"]["error"] is None
    assert "not found" in by_path["de.txt"]["error"]
    assert by_path["de.txt"]["claims"] == 0
    assert "de.txt" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    # The two readable versions are still compared.
    assert any(f["status"] == "soft" for f in data["facts"])


def test_one_good_file_and_a_missing_one_name_the_missing_file(soft_story: Path) -> None:
    result = invoke(["diff", str(soft_story / "en.txt"), str(soft_story / "de.txt")])
    assert result.exit_code == 2
    assert "de.txt" in result.stderr
    assert "not found" in result.stderr


def _two_stories_one_thin(tmp_path: Path) -> Path:
    stories = tmp_path / "stories"
    for name, files in (("alpha", {"en.txt": SOFT_EN, "fr.txt": SOFT_FR}),
                        ("beta", {"en.txt": SOFT_EN})):
        (stories / name).mkdir(parents=True)
        for file, text in files.items():
            (stories / name / file).write_text(text, encoding="utf-8")
    return stories


def test_a_story_with_one_version_is_skipped_with_exit_2(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(["diff", "--format", "json", str(_two_stories_one_thin(tmp_path))])
    assert result.exit_code == 2
    assert "'beta'" in result.stderr
    data = json.loads(result.stdout)
    assert data["stories"] == ["alpha"]


def test_a_skipped_story_still_lists_its_inputs(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(["diff", "--format", "json", str(_two_stories_one_thin(tmp_path))])
    paths = {Path(s["path"]).parent.name + "/" + Path(s["path"]).name
             for s in json.loads(result.stdout)["sources"]}
    assert paths == {"alpha/en.txt", "alpha/fr.txt", "beta/en.txt"}


def test_a_malformed_alias_file_is_an_input_error_naming_it(soft_story: Path) -> None:
    bad = soft_story.parent / "bad-aliases.toml"
    bad.write_text('[entity.acme\nkind = "org"\n', encoding="utf-8")
    result = invoke(["diff", "--aliases", str(bad), str(soft_story)])
    assert result.exit_code == 2
    assert "bad-aliases.toml" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_diff_help_shows_an_example_and_the_exit_codes() -> None:
    result = invoke(["diff", "--help"])
    assert result.exit_code == 0
    assert "reconcile diff corpus/" in result.stdout
    assert "Exit codes" in result.stdout
    for code in ("0", "1", "2"):
        assert re.search(rf"\b{code} ", result.stdout.split("Exit codes", 1)[1])


def test_a_folder_of_story_folders_gives_one_report_per_story(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    stories = tmp_path / "stories"
    for name in ("alpha", "beta"):
        folder = stories / name
        folder.mkdir(parents=True)
        (folder / "en.txt").write_text(SOFT_EN, encoding="utf-8")
        (folder / "fr.txt").write_text(SOFT_FR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["diff", "--format", "json", "--fail-on", "never", str(stories)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["stories"] == ["alpha", "beta"]
    assert {s["story"] for s in data["sources"]} == {"alpha", "beta"}
    assert len(data["sources"]) == 4
    assert {f["story"] for f in data["facts"]} == {"alpha", "beta"}


# ---------------------------------------------------------------------------------------
# the JSON contract (reconcile.diff/1)


def test_json_has_the_schema_and_the_story(corpus_json: Result, report: dict[str, Any]
                                           ) -> None:
    assert corpus_json.stderr == ""  # stdout carries the data alone, so it pipes cleanly
    assert report["schema"] == "reconcile.diff/1"
    assert report["stories"] == [STORY]


def test_json_sources(report: dict[str, Any]) -> None:
    assert [s["id"] for s in report["sources"]] == list(CORPUS_LANGS)
    for source in report["sources"]:
        assert source.keys() >= SOURCE_KEYS
        assert source["lang"] == source["id"]
        assert source["error"] is None
        assert source["claims"] > 0


def test_json_facts_and_mentions_have_the_contract_keys(report: dict[str, Any]) -> None:
    assert report["facts"]
    for fact in report["facts"]:
        assert fact.keys() >= FACT_KEYS, fact["id"]
        assert fact["mentions"]
        for mention in fact["mentions"]:
            assert mention.keys() >= MENTION_KEYS, fact["id"]


def test_json_statuses_and_severities(report: dict[str, Any]) -> None:
    for fact in report["facts"]:
        assert fact["status"] in SEVERITY
        assert fact["severity"] == SEVERITY[fact["status"]], fact["id"]
        if fact["status"] == "single":
            assert len(fact["mentions"]) == 1
        else:
            assert len({m["source"] for m in fact["mentions"]}) >= 2


def test_json_mentions_point_into_the_files(report: dict[str, Any]) -> None:
    paths = {s["id"]: s["path"] for s in report["sources"]}
    texts = {sid: (ROOT / path).read_bytes().decode("utf-8") for sid, path in paths.items()}
    for fact in report["facts"]:
        for mention in fact["mentions"]:
            text = texts[mention["source"]]
            assert text[mention["start"]:mention["end"]] == mention["surface"]
            assert mention["surface"] in mention["sentence"]


def test_json_facts_are_sorted_by_status_then_id(report: dict[str, Any]) -> None:
    order = list(SEVERITY)
    keys = [(order.index(f["status"]), f["id"]) for f in report["facts"]]
    assert keys == sorted(keys)
    assert len({f["id"] for f in report["facts"]}) == len(keys)


def test_json_numbers_round_trip_exactly(corpus_json: Result, report: dict[str, Any]) -> None:
    # No binary float on the way: parsed as Decimal and written again, digit for digit.
    assert jsonio.dumps(report, indent=2) + "\n" == corpus_json.stdout
    (income,) = facts_with(report, "190 juta", exact=False)
    low = {m["source"]: m["low"] for m in income["mentions"]}
    assert low["id"] == Decimal("190000000")
    assert low["en"] == Decimal("1900000")
    share = facts_with(report, "0.25%")
    assert share
    for mention in share[0]["mentions"]:
        assert mention["low"] == Decimal("0.25")
        assert isinstance(mention["low"], Decimal)


def test_the_income_scale_slip_is_a_conflict_with_id_the_outlier(report: dict[str, Any]
                                                                  ) -> None:
    (fact,) = facts_with(report, "190 juta", exact=False)
    assert fact["status"] == "conflict"
    assert fact["outliers"] == ["id"]
    assert fact["diagnosis"]
    assert {m["source"] for m in fact["mentions"]} >= {"en", "id", "ja"}


def test_the_raise_range_slip_is_a_conflict_with_id_the_outlier(report: dict[str, Any]
                                                                 ) -> None:
    (fact,) = facts_with(report, "10.000-20.000", exact=False)
    assert fact["status"] == "conflict"
    assert fact["outliers"] == ["id"]


@pytest.mark.parametrize("surface", ["$175,000", "175 000 $", "$175.000", "$1 billion",
                                     "$10 million", "$60 million", "$50 million", "0.25%"])
def test_agreeing_amounts_are_not_conflicts(report: dict[str, Any], surface: str) -> None:
    found = facts_with(report, surface)
    assert found, f"no fact mentions {surface!r}"
    assert [f["id"] for f in found if f["status"] == "conflict"] == []


def test_base_salary_versions_agree_in_one_fact(report: dict[str, Any]) -> None:
    (fact,) = facts_with(report, "$175.000")
    written = {m["surface"] for m in fact["mentions"]}
    assert {"$175,000", "175 000 $", "$175.000"} <= written
    assert fact["status"] == "agree"


# ---------------------------------------------------------------------------------------
# table and markdown


def test_all_lists_agreeing_facts(corpus_table: Result, corpus_table_all: Result,
                                  report: dict[str, Any]) -> None:
    agree = [f["id"] for f in report["facts"] if f["status"] == "agree"]
    assert agree
    for fact_id in agree:
        assert f"id: {fact_id}\n" in corpus_table_all.stdout
        assert f"id: {fact_id}\n" not in corpus_table.stdout
    assert "AGREE" in corpus_table_all.stdout
    assert "AGREE" not in corpus_table.stdout


def test_table_shows_every_conflict(corpus_table: Result, report: dict[str, Any]) -> None:
    for fact in report["facts"]:
        if fact["status"] in ("conflict", "soft"):
            assert f"id: {fact['id']}\n" in corpus_table.stdout


def test_no_color_means_no_escape_sequences(corpus_table: Result,
                                            corpus_table_all: Result) -> None:
    assert not ANSI.search(corpus_table.stdout)
    assert not ANSI.search(corpus_table_all.stdout)


def test_terminal_lines_fit_80_columns(corpus_table: Result, corpus_table_all: Result) -> None:
    for output in (corpus_table.stdout, corpus_table_all.stdout):
        wide = [(display_width(line), line) for line in output.splitlines()
                if display_width(line) > 80]
        assert wide == []


def test_without_a_tty_rich_uses_80_columns(soft_story: Path) -> None:
    if any(os.isatty(fd) for fd in (0, 1, 2)):
        pytest.skip("a terminal is attached (pytest -s): rich would use its width")
    (soft_story / "en.txt").write_text(SOFT_EN.replace("according", "so said, " * 20 + "as"),
                                       encoding="utf-8")
    result = invoke(["diff", str(soft_story)], env={"COLUMNS": None, "NO_COLOR": "1"})
    widths = [display_width(line) for line in result.stdout.splitlines()]
    assert max(widths) <= 80
    assert max(widths) >= 75  # cropped at the width, not narrower


def test_markdown_report(corpus_markdown: Result, report: dict[str, Any]) -> None:
    assert corpus_markdown.exit_code == 1
    text = corpus_markdown.stdout
    assert text.startswith(f"## reconcile: {STORY}")
    assert "| version | value | as written | in context |" in text
    assert "|---|---|---|---|" in text
    assert "| id **(outlier)** |" in text
    for fact in report["facts"]:
        if fact["status"] in ("conflict", "soft"):
            assert f"`{fact['id']}`" in text
    assert not ANSI.search(text)


def test_aliases_are_found_from_the_story_not_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same command from another folder gives the same facts and ids: the story's
    nearest claims/aliases.toml is used wherever the command runs, and JSON names it."""
    corpus = str(ROOT / "corpus" / "openai-musk")
    args = ["diff", corpus, "--format", "json", "--fail-on", "never"]
    monkeypatch.chdir(ROOT)
    here = json.loads(CliRunner().invoke(cli, args).stdout)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "aliases.toml").write_text(
        '[entity.decoy]\nkind = "org"\nnames = ["Musk", "OpenAI"]\n', encoding="utf-8")
    there = json.loads(CliRunner().invoke(cli, args).stdout)
    assert [f["id"] for f in here["facts"]] == [f["id"] for f in there["facts"]]
    (used,) = there["alias_files"]["openai-musk"]
    assert Path(tmp_path, used).resolve() == (ROOT / "claims" / "aliases.toml").resolve()
