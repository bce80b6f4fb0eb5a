"""`reconcile diff` and `claims` never drop boilerplate silently: counts, reasons, the flag."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.model import Claim
from reconcile.report.values import reason_counts, reasons_text
from test_boilerplate import PAGES

PLAIN_80 = {"NO_COLOR": "1", "COLUMNS": "80", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env=PLAIN_80, catch_exceptions=False)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English and French pages of test_boilerplate: one story, furniture with numbers."""
    folder = tmp_path_factory.mktemp("tram")
    for lang in ("en", "fr"):
        text = "\n\n".join(line for line, _ in PAGES[lang]) + "\n"
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    return folder


def _report(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout, parse_float=Decimal)
    return data


@pytest.fixture(scope="module")
def report(story: Path) -> dict[str, Any]:
    return _report(run("diff", "--format", "json", "--fail-on", "never", str(story)))


@pytest.fixture(scope="module")
def included(story: Path) -> dict[str, Any]:
    return _report(run("diff", "--format", "json", "--fail-on", "never",
                       "--include-boilerplate", str(story)))


def _mentions(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for fact in report["facts"] for m in fact["mentions"]]


def test_json_lists_each_set_aside_claim_with_its_reason(report: dict[str, Any],
                                                         story: Path) -> None:
    aside = report["set_aside"]
    assert aside
    assert {(c["source"], c["boilerplate_reason"]) for c in aside} == {
        ("en", "post-meta"), ("en", "read-more"), ("en", "related-posts"),
        ("en", "footer-legal"),
        ("fr", "post-meta"), ("fr", "read-more"), ("fr", "related-posts"),
        ("fr", "footer-legal"),
    }
    assert all(c["boilerplate"] is True and c["story"] == story.name for c in aside)
    assert aside == sorted(aside, key=lambda c: (c["story"], c["source"], c["start"]))
    for claim in aside:
        text = (story / f"{claim['source']}.txt").read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["surface"]
    # None of them is compared.
    assert not {(m["source"], m["start"]) for m in _mentions(report)} & {
        (c["source"], c["start"]) for c in aside}


def test_json_sources_count_their_set_aside_claims(report: dict[str, Any]) -> None:
    per_source = {s["id"]: s["set_aside"] for s in report["sources"]}
    assert per_source == {
        sid: sum(1 for c in report["set_aside"] if c["source"] == sid) for sid in ("en", "fr")
    }


def test_include_boilerplate_compares_those_claims(report: dict[str, Any],
                                                   included: dict[str, Any]) -> None:
    assert included["set_aside"] == []
    assert all(s["set_aside"] == 0 for s in included["sources"])
    compared = {(m["source"], m["start"]) for m in _mentions(included)}
    assert {(c["source"], c["start"]) for c in report["set_aside"]} <= compared
    assert sum(s["claims"] for s in included["sources"]) == (
        sum(s["claims"] for s in report["sources"]) + len(report["set_aside"]))


def test_terminal_summary_says_how_many_and_why(story: Path, report: dict[str, Any]) -> None:
    result = run("diff", "--fail-on", "never", str(story))
    assert result.exit_code == 0
    n = len(report["set_aside"])
    lines = result.stdout.splitlines()
    # The summary may wrap at 80 columns; read it as one line.
    words = " ".join(result.stdout.split())
    assert f"{n} claims set aside as boilerplate (reasons: " in words
    summary = words[words.index("set aside as boilerplate") :].split(")")[0]
    for reason in ("related-posts", "post-meta", "read-more", "footer-legal"):
        count = sum(1 for c in report["set_aside"] if c["boilerplate_reason"] == reason)
        assert f"{reason} {count}" in summary
    per_en = sum(1 for c in report["set_aside"] if c["source"] == "en")
    assert any(line.strip().startswith(f"en {per_en} (") for line in lines)
    assert any("--include-boilerplate" in line for line in lines)
    assert all(len(line) <= 80 for line in lines)


def test_terminal_with_the_flag_says_they_were_compared(story: Path,
                                                        report: dict[str, Any]) -> None:
    result = run("diff", "--fail-on", "never", "--include-boilerplate", str(story))
    words = " ".join(result.stdout.split())
    assert "set aside" not in words
    n = len(report["set_aside"])
    assert f"{n} claims in boilerplate compared too (reasons: " in words


def test_markdown_says_it_too(story: Path, report: dict[str, Any]) -> None:
    result = run("diff", "--fail-on", "never", "--format", "markdown", str(story))
    n = len(report["set_aside"])
    assert f"Set aside as boilerplate: {n} claims (reasons: " in result.stdout
    assert "`reconcile diff --include-boilerplate` compares them." in result.stdout


def test_output_is_deterministic(story: Path, report: dict[str, Any]) -> None:
    again = run("diff", "--format", "json", "--fail-on", "never", str(story))
    assert _report(again) == report


def test_claims_table_and_json_count_what_they_set_aside(story: Path,
                                                         report: dict[str, Any]) -> None:
    table = run("claims", str(story / "en.txt"))
    per_en = sum(1 for c in report["set_aside"] if c["source"] == "en")
    assert f"{per_en} set aside as boilerplate (" in table.stdout
    doc = _report(run("claims", "--format", "json", str(story / "en.txt")))
    assert doc["sources"][0]["set_aside"] == per_en
    every = _report(run("claims", "--format", "json", "--include-boilerplate",
                        str(story / "en.txt")))
    assert every["sources"][0]["set_aside"] == 0
    reasons = {c["boilerplate_reason"] for c in every["claims"] if c["boilerplate"]}
    assert reasons == {"post-meta", "read-more", "related-posts", "footer-legal"}


def test_corpus_furniture_is_set_aside_with_reasons() -> None:
    root = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(cli, ["diff", "--format", "json", "--fail-on", "never",
                                      str(root / "corpus" / "openai-musk")],
                                catch_exceptions=False)
    data = _report(result)
    assert data["summary"]["conflict"] == 4
    assert {c["source"] for c in data["set_aside"]} == {"fr", "zh"}
    assert {c["boilerplate_reason"] for c in data["set_aside"]} <= {"related-posts",
                                                                    "post-meta"}


def test_reasons_are_counted_most_first_then_by_name() -> None:
    def claim(reason: str | None, boilerplate: bool = True) -> Claim:
        return Claim(kind="count", surface="4", start=0, end=1, sentence="4", lang="en",
                     low=Decimal(4), high=Decimal(4), qualifier="eq", unit=None,
                     boilerplate=boilerplate, boilerplate_reason=reason)

    claims = [claim("post-meta"), claim("link-list"), claim("post-meta"), claim("comments"),
              claim(None, boilerplate=False)]
    assert reason_counts(claims) == (("post-meta", 2), ("comments", 1), ("link-list", 1))
    assert reasons_text(claims) == "post-meta 2, comments 1, link-list 1"
