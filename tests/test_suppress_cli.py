"""Inline `reconcile: ignore` markers through the CLI: every comment form, rule-specific
markers, the exit code, and how each format reports a suppressed fact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from formatcases import SLIP_LINE, invoke, validate_sarif, write_story
from reconcile import document_from_text, extract_document
from reconcile.model import Document, Fact, Suppression, Verdict
from reconcile.suppress import apply_suppressions, find_markers

SILENCING = [
    pytest.param(" # reconcile: ignore", id="hash"),
    pytest.param(" [reconcile: ignore]", id="bracket"),
    pytest.param(" <!-- reconcile: ignore -->", id="html-comment"),
    pytest.param(" # reconcile: ignore[R101]", id="hash-rule"),
    pytest.param(" [reconcile: ignore[R101]]", id="bracket-rule"),
    pytest.param(" <!-- reconcile: ignore[R104, R101] -->", id="html-comment-rules"),
    pytest.param(" <!-- reconcile: ignore[scale-mismatch] -->", id="rule-name"),
    pytest.param(" # Reconcile: Ignore", id="any-case"),
]
NOT_SILENCING = [
    pytest.param(" # reconcile: ignore[R104]", id="other-rule"),
    pytest.param(" <!-- reconcile: ignore[R999] -->", id="unknown-rule"),
    pytest.param(" # reconcile: please check", id="no-marker"),
    pytest.param(" [reconcile: ignore", id="unclosed-bracket"),
]


def _json(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(invoke(["diff", "--format", "json", str(folder)]).stdout)
    return data


def _slip(data: dict[str, Any]) -> dict[str, Any]:
    return next(f for f in data["facts"] if f["code"] == "R101")


def test_without_a_marker_the_slip_fails_the_run(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    assert invoke(["diff", str(folder)]).exit_code == 1
    fact = _slip(_json(folder))
    assert fact["suppressed"] is False and fact["suppressions"] == []


@pytest.mark.parametrize("marker", SILENCING)
def test_a_marker_on_the_line_suppresses_the_fact(tmp_path: Path, marker: str) -> None:
    folder = write_story(tmp_path / "acme", fr_marker=marker)
    result = invoke(["diff", str(folder)])
    assert result.exit_code == 0, result.stdout
    assert "suppressed by reconcile: ignore" in result.stdout
    assert f"(fr line {SLIP_LINE})" in result.stdout
    fact = _slip(_json(folder))
    # Still computed and reported, with the same verdict.
    assert fact["status"] == "conflict" and fact["outliers"] == ["fr"]
    assert fact["suppressed"] is True
    [where] = fact["suppressions"]
    assert where["source"] == "fr" and where["line"] == SLIP_LINE
    text = (folder / "fr.txt").read_text(encoding="utf-8")
    assert text[where["start"]:where["end"]] == marker.strip()


@pytest.mark.parametrize("marker", NOT_SILENCING)
def test_other_rules_and_near_misses_do_not_suppress(tmp_path: Path, marker: str) -> None:
    folder = write_story(tmp_path / "acme", fr_marker=marker)
    assert invoke(["diff", str(folder)]).exit_code == 1
    assert _slip(_json(folder))["suppressed"] is False


def test_a_marker_on_another_line_does_not_suppress(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    fr = folder / "fr.txt"
    fr.write_text(fr.read_text(encoding="utf-8") + "Note. # reconcile: ignore\n",
                  encoding="utf-8")
    assert invoke(["diff", str(folder)]).exit_code == 1


def test_the_marker_yields_no_claim_and_changes_no_other_fact(tmp_path: Path) -> None:
    plain = _json(write_story(tmp_path / "a"))
    marked = _json(write_story(tmp_path / "b", fr_marker=" <!-- reconcile: ignore[R104] -->"))
    claims = {s["id"]: s["claims"] for s in marked["sources"]}
    assert claims == {s["id"]: s["claims"] for s in plain["sources"]}
    assert [f["id"] for f in marked["facts"]] == [f["id"] for f in plain["facts"]]


def test_markdown_shows_the_suppression(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme", fr_marker=" [reconcile: ignore]")
    result = invoke(["diff", "--format", "markdown", str(folder)])
    assert result.exit_code == 0
    assert f"_suppressed by reconcile: ignore (fr line {SLIP_LINE})_" in result.stdout


def test_sarif_reports_an_in_source_suppression(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme", fr_marker=" <!-- reconcile: ignore[R101] -->")
    result = invoke(["diff", "--format", "sarif", str(folder)])
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    validate_sarif(log)
    [found] = log["runs"][0]["results"]
    [suppression] = found["suppressions"]
    assert suppression["kind"] == "inSource"
    assert suppression["status"] == "accepted"
    assert "reconcile: ignore[R101]" in suppression["justification"]
    region = suppression["location"]["physicalLocation"]["region"]
    assert region["startLine"] == SLIP_LINE
    line = (folder / "fr.txt").read_text(encoding="utf-8").splitlines()[SLIP_LINE - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == \
        "<!-- reconcile: ignore[R101] -->"


def test_github_reports_a_suppressed_fact_as_a_notice(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme", fr_marker=" # reconcile: ignore")
    result = invoke(["diff", "--format", "github", str(folder)])
    assert result.exit_code == 0
    slip = [line for line in result.stdout.splitlines() if "R101" in line]
    assert len(slip) == 1 and slip[0].startswith("::notice ")
    assert "title=suppressed (reconcile%3A ignore)%3A R101" in slip[0]


# ---------------------------------------------------------------------------------------
# the pure functions


def _doc(text: str, source: str) -> Document:
    return document_from_text(text, "en", source_id=source)


def test_find_markers_reads_codes_and_names() -> None:
    doc = _doc("A. # reconcile: ignore[R104, digit-slip]\nB. [reconcile: ignore]\n", "en")
    assert [m.rules for m in find_markers(doc)] == [("R102", "R104"), ()]


def test_apply_suppressions_matches_rule_and_line() -> None:
    doc = _doc("It cost $5 million. # reconcile: ignore[R101]\nIt cost $7 million.\n", "en")
    five, seven = [c for c in extract_document(doc) if c.kind == "money"]
    fact = Fact("f", "money", "money", (five,), Verdict("conflict", code="R101"))
    other_rule = Fact("g", "money", "money", (five,), Verdict("conflict", code="R102"))
    other_line = Fact("h", "money", "money", (seven,), Verdict("conflict", code="R101"))
    out = apply_suppressions([fact, other_rule, other_line], {"en": doc})
    assert out[0].suppressions == (Suppression("en", 20, 45, ("R101",)),)
    assert not out[1].suppressed and not out[2].suppressed
