"""`reconcile diff --format jsonl`: one JSON object per source and per fact, one per line,
with the keys of the `reconcile.diff/1` JSON document."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from formatcases import invoke, write_story


def _records(output: str) -> list[dict[str, Any]]:
    lines = output.splitlines()
    assert all(line.startswith("{") and line.endswith("}") for line in lines)
    return [json.loads(line, parse_float=Decimal) for line in lines]


def test_one_object_per_line_with_the_json_keys(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    result = invoke(["diff", "--format", "jsonl", str(folder)])
    assert result.exit_code == 1
    records = _records(result.stdout)
    document = json.loads(invoke(["diff", "--format", "json", str(folder)]).stdout,
                          parse_float=Decimal)
    sources = [r for r in records if r["record"] == "source"]
    facts = [r for r in records if r["record"] == "fact"]
    assert len(sources) + len(facts) == len(records)
    assert records[:len(sources)] == sources  # sources first
    assert [{k: v for k, v in r.items() if k != "record"} for r in sources] \
        == document["sources"]
    assert [{k: v for k, v in r.items() if k != "record"} for r in facts] == document["facts"]
    assert [s["id"] for s in sources] == ["en", "fr", "id"]


def test_a_failed_source_has_its_own_line_with_its_error(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme", extra={"de.txt": b"\x00\x01binary\x00"})
    result = invoke(["diff", "--format", "jsonl", str(folder)])
    assert result.exit_code == 2
    [broken] = [r for r in _records(result.stdout)
                if r["record"] == "source" and r["error"] is not None]
    assert broken["id"] == "de" and "binary" in broken["error"]


def test_a_skipped_story_lists_its_sources_with_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "thin"
    folder.mkdir()
    (folder / "en.txt").write_text("It cost $5 million in 2019.\n", encoding="utf-8")
    result = invoke(["diff", "--format", "jsonl", str(folder / "en.txt")])
    assert result.exit_code == 2
    [only] = _records(result.stdout)
    assert only["record"] == "source" and "at least two" in only["skipped"]
