"""`reconcile diff --format sarif`: valid SARIF 2.1.0 (checked against the official schema,
shipped as test data), regions that point at the claims, content-based fingerprints, the
ledger's reviews as baselineState and suppressions, and every source listed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from formatcases import ROOT, SCHEMA, invoke, sarif_validator, validate_sarif, write_story
from reconcile import diff_story, load_aliases, load_stories
from reconcile.findings import LEDGER_RULES, RULES
from reconcile.model import DiffResult, FactReview
from reconcile.report.sarif import COLUMN_KIND, FINGERPRINT_KEY, ToolInfo, sarif_log
from reconcile.textpos import Lines, utf16_length

TOOL = ToolInfo("reconcile", "0.0.0-test", "https://example.org/reconcile")


def test_the_schema_is_the_official_sarif_2_1_0_one() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    # A log the schema must refuse, so validation is not vacuous.
    assert list(sarif_validator().iter_errors({"version": "2.0.0", "runs": []}))


# ---------------------------------------------------------------------------------------
# the bundled corpus


@pytest.fixture(scope="module")
def in_root() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        yield


@pytest.fixture(scope="module")
def corpus_results(in_root: None) -> list[DiffResult]:
    aliases = load_aliases([Path("claims/aliases.toml")])
    return [diff_story(story, aliases) for story in load_stories(["corpus/"])]


@pytest.fixture(scope="module")
def corpus_log(in_root: None) -> dict[str, Any]:
    result = invoke(["diff", "--format", "sarif", "corpus/"])
    assert result.exit_code == 1, result.stderr  # exit codes do not depend on the format
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_corpus_log_is_valid_sarif(corpus_log: dict[str, Any]) -> None:
    validate_sarif(corpus_log)
    assert corpus_log["version"] == "2.1.0"
    [run] = corpus_log["runs"]
    assert run["columnKind"] == COLUMN_KIND == "utf16CodeUnits"
    assert run["tool"]["driver"]["name"] == "reconcile"
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_one_result_per_discrepancy(corpus_log: dict[str, Any],
                                    corpus_results: list[DiffResult]) -> None:
    [run] = corpus_log["runs"]
    wanted = {f.id: f for r in corpus_results for f in r.facts
              if f.status in ("conflict", "soft")}
    assert sorted(r["properties"]["factId"] for r in run["results"]) == sorted(wanted)
    for found in run["results"]:
        fact = wanted[found["properties"]["factId"]]
        assert found["ruleId"] == fact.verdict.code
        assert found["level"] == {"conflict": "error", "soft": "warning"}[fact.status]
        assert "baselineState" not in found  # no ledger given
        assert "suppressions" not in found
        located = {loc["message"]["text"].split(":")[0]
                   for loc in found["locations"] + found.get("relatedLocations", [])}
        assert located == set(fact.sources)


def test_a_rule_per_code_from_the_catalogue(corpus_log: dict[str, Any]) -> None:
    driver = corpus_log["runs"][0]["tool"]["driver"]
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [r.code for r in (*RULES, *LEDGER_RULES)]
    for rule, entry in zip((*RULES, *LEDGER_RULES), rules, strict=True):
        assert entry["name"] == rule.name
        assert entry["shortDescription"]["text"] == rule.summary
        assert entry["fullDescription"]["text"] == entry["help"]["text"] == rule.help
    for found in corpus_log["runs"][0]["results"]:
        assert rules[found["ruleIndex"]]["id"] == found["ruleId"]


def test_every_source_is_an_artifact(corpus_log: dict[str, Any]) -> None:
    artifacts = corpus_log["runs"][0]["artifacts"]
    assert [a["location"]["uri"] for a in artifacts] == [
        f"corpus/openai-musk/{lang}.txt" for lang in ("en", "fr", "id", "ja", "zh")]


def test_regions_point_at_the_claims(corpus_log: dict[str, Any]) -> None:
    run = corpus_log["runs"][0]
    for found in run["results"]:
        for loc in found["locations"] + found.get("relatedLocations", []):
            physical = loc["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            assert run["artifacts"][physical["artifactLocation"]["index"]]["location"]["uri"] \
                == uri
            region = physical["region"]
            assert region["startLine"] == region["endLine"]
            text = (ROOT / uri).read_text(encoding="utf-8-sig")
            line = text.splitlines()[region["startLine"] - 1]
            units = line.encode("utf-16-le")
            start, end = (region["startColumn"] - 1) * 2, (region["endColumn"] - 1) * 2
            assert units[start:end].decode("utf-16-le") == region["snippet"]["text"]


def test_output_is_deterministic(corpus_results: list[DiffResult]) -> None:
    first = sarif_log(corpus_results, tool=TOOL)
    assert json.dumps(first) == json.dumps(sarif_log(list(reversed(corpus_results)), tool=TOOL))
    assert first["runs"][0]["tool"]["driver"]["informationUri"] == TOOL.information_uri  # type: ignore[index]


# ---------------------------------------------------------------------------------------
# fingerprints


def _fingerprints(folder: Path) -> dict[str, str]:
    log = json.loads(invoke(["diff", "--format", "sarif", str(folder)]).stdout)
    return {r["properties"]["factId"]: r["partialFingerprints"][FINGERPRINT_KEY]
            for r in log["runs"][0]["results"]}


def _lines(folder: Path) -> list[int]:
    log = json.loads(invoke(["diff", "--format", "sarif", str(folder)]).stdout)
    return [loc["physicalLocation"]["region"]["startLine"]
            for r in log["runs"][0]["results"] for loc in r["locations"]]


def test_fingerprints_survive_an_unrelated_sentence(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    before, lines_before = _fingerprints(folder), _lines(folder)
    fr = folder / "fr.txt"
    fr.write_text("Le siège de l'entreprise se trouve dans une ancienne usine.\n"
                  + fr.read_text(encoding="utf-8"), encoding="utf-8")
    assert _fingerprints(folder) == before
    assert _lines(folder) == [n + 1 for n in lines_before]  # the regions did move


def test_fingerprints_survive_an_unrelated_sentence_in_the_corpus(tmp_path: Path) -> None:
    story = tmp_path / "openai-musk"
    shutil.copytree(ROOT / "corpus" / "openai-musk", story)
    before = _fingerprints(story)
    en = story / "en.txt"
    en.write_text("This page was archived for reference.\n\n"
                  + en.read_text(encoding="utf-8"), encoding="utf-8")
    assert _fingerprints(story) == before


def test_a_changed_value_changes_the_fingerprint(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    before = _fingerprints(folder)
    fr = folder / "fr.txt"
    fr.write_text(fr.read_text(encoding="utf-8").replace("24 millions", "240 millions"),
                  encoding="utf-8")
    after = _fingerprints(folder)
    assert after.keys() == before.keys()
    assert after != before


# ---------------------------------------------------------------------------------------
# failed sources, skipped stories


def test_a_failed_source_is_an_artifact_and_a_notification(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme", extra={"de.txt": b"\x00\x01binary\x00"})
    result = invoke(["diff", "--format", "sarif", str(folder)])
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    validate_sarif(log)
    run = log["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert [Path(u).name for u in uris] == ["de.txt", "en.txt", "fr.txt", "id.txt"]
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert "binary" in note["message"]["text"]
    location = note["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == uris[0] and location["index"] == 0
    assert run["artifacts"][0]["properties"]["error"] == note["message"]["text"]
    assert [r["ruleId"] for r in run["results"]] == ["R101"]  # the others are compared


def test_a_skipped_story_is_a_notification(tmp_path: Path) -> None:
    folder = tmp_path / "thin"
    folder.mkdir()
    (folder / "en.txt").write_text("It cost $5 million in 2019.\n", encoding="utf-8")
    (folder / "fr.txt").write_bytes(b"\x00\x01binary\x00")
    result = invoke(["diff", "--format", "sarif", str(folder)])
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    validate_sarif(log)
    run = log["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("at least two" in n["message"]["text"] for n in notes)
    assert len(run["artifacts"]) == 2 and run["results"] == []


# ---------------------------------------------------------------------------------------
# the ledger's reviews


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> DiffResult:
    folder = write_story(tmp_path_factory.mktemp("ledger") / "acme")
    [story] = load_stories([folder])
    return diff_story(story, load_aliases([]))


def _only(log: Mapping[str, Any]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = log["runs"][0]["results"]
    return results


@pytest.mark.parametrize(("review", "suppressed"), [
    ("unreviewed", False), ("confirmed-error", False), ("accepted", True),
    ("false-alarm", True),
])
def test_reviews_set_baseline_state_and_suppressions(acme: DiffResult, review: str,
                                                     suppressed: bool) -> None:
    fact_id = next(f.id for f in acme.facts if f.status == "conflict")
    note = "the French version converts to another unit on purpose"
    reviews = {fact_id: FactReview(fact_id, "unchanged", review, note)}  # type: ignore[arg-type]
    log = sarif_log([acme], reviews, tool=TOOL)
    validate_sarif(log)
    [found] = _only(log)
    assert found["baselineState"] == "unchanged"
    assert found["properties"]["review"] == review
    if suppressed:
        assert found["suppressions"] == [{"kind": "external", "status": "accepted",
                                          "justification": note}]
    else:
        assert "suppressions" not in found


def test_a_fact_the_ledger_does_not_know_is_new(acme: DiffResult) -> None:
    [found] = _only(sarif_log([acme], {}, tool=TOOL))
    assert found["baselineState"] == "new"


@pytest.mark.parametrize("state", ["new", "unchanged", "updated"])
def test_baseline_states_pass_through(acme: DiffResult, state: str) -> None:
    fact_id = next(f.id for f in acme.facts if f.status == "conflict")
    log = sarif_log([acme], {f"acme/{fact_id}": FactReview(fact_id, state)},  # type: ignore[arg-type]
                    tool=TOOL)
    validate_sarif(log)
    assert _only(log)[0]["baselineState"] == state


def test_an_absent_fact_is_a_result_with_baseline_state_absent(acme: DiffResult) -> None:
    reviews = {"money-2015-gone": FactReview("money-2015-gone", "absent", "accepted", "cut")}
    log = sarif_log([acme], reviews, tool=TOOL)
    validate_sarif(log)
    absent = [r for r in _only(log) if r["baselineState"] == "absent"]
    assert len(absent) == 1
    assert absent[0]["ruleId"] == "R200"
    assert absent[0]["properties"]["factId"] == "money-2015-gone"
    assert absent[0]["suppressions"][0]["justification"] == "cut"


def test_columns_count_utf16_code_units() -> None:
    text = "😀 a\n𝄞b — $5 million"
    lines = Lines.of(text)
    start = text.index("$")
    assert lines.position(start) == (2, 1 + utf16_length("𝄞b — "))
    assert lines.position(start) == (2, 7)
    assert Lines.of("a\r\nb\rc").position(5) == (3, 1)
