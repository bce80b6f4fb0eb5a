"""`reconcile diff --jobs N`: stories diffed in worker processes give the same bytes, in
the same order, as one process; the per-story function is picklable and pure."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.errors import InputError
from reconcile.report import jsonio
from reconcile.run import (
    DiffOptions,
    Skipped,
    diff_story_folder,
    diff_task,
    ordered_map,
    story_tasks,
    worker_count,
)
from storyfolders import BUNDLED, story_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_archive(tmp_path_factory.mktemp("jobs") / "archive")


def _diff(*args: str) -> Result:
    return CliRunner().invoke(cli, ["diff", *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def serial_jsonl(archive: Path) -> Result:
    return _diff("--format", "jsonl", str(archive))


def test_jobs_2_writes_the_same_bytes_as_one_process(archive: Path,
                                                     serial_jsonl: Result) -> None:
    parallel = _diff("--format", "jsonl", "--jobs", "2", str(archive))
    assert parallel.stdout == serial_jsonl.stdout
    assert parallel.stderr == serial_jsonl.stderr
    # an unreadable version and a skipped story: exit 2, every story still written
    assert parallel.exit_code == serial_jsonl.exit_code == 2


def test_jsonl_is_story_after_story_in_story_order(serial_jsonl: Result) -> None:
    records = [json.loads(line) for line in serial_jsonl.stdout.splitlines()]
    stories = [r["story"] for r in records]
    order = list(dict.fromkeys(stories))
    assert order == sorted(order) == ["acme-robotics", "lab", "lab-binary", "lab-silenced",
                                      "openai-musk", "thin"]
    # each story's records are contiguous: its sources, then its facts
    assert stories == sorted(stories)
    for story in order:
        kinds = [r["record"] for r in records if r["story"] == story]
        assert kinds == sorted(kinds, key=lambda k: k != "source")
    [thin] = [r for r in records if r["story"] == "thin" and r["id"] == "en"]
    assert "at least two" in thin["skipped"]


def test_jobs_0_uses_every_cpu_and_other_formats_agree(archive: Path) -> None:
    assert worker_count(0) >= 1
    for fmt in ("json", "markdown"):
        serial = _diff("--format", fmt, str(archive))
        parallel = _diff("--format", fmt, "--jobs", "0", str(archive))
        assert parallel.stdout == serial.stdout
        assert parallel.exit_code == serial.exit_code == 2


def test_one_story_gives_what_the_whole_document_did() -> None:
    [task] = story_tasks([str(BUNDLED)], DiffOptions())
    done = diff_task(task)
    assert not isinstance(done, Skipped)
    whole = "".join(line + "\n" for line in jsonio.diff_lines([done]))
    assert diff_story_folder(task).jsonl == whole


def test_the_story_task_and_its_outcome_are_picklable(archive: Path) -> None:
    tasks = story_tasks([str(archive)], DiffOptions(include_boilerplate=True))
    task = next(t for t in tasks if t.plan.story_id == "lab-binary")
    assert pickle.loads(pickle.dumps(task)) == task
    outcome = diff_story_folder(task)
    assert pickle.loads(pickle.dumps(outcome)) == outcome
    assert outcome.input_error and "binary" in outcome.errors[0]
    assert outcome.statuses.count("conflict") == 1
    error = pickle.loads(pickle.dumps(InputError("a.txt", "unreadable")))
    assert (error.path, error.problem, str(error)) == ("a.txt", "unreadable",
                                                       "a.txt: unreadable")


def test_silenced_facts_do_not_fail_the_run(archive: Path) -> None:
    [task] = [t for t in story_tasks([str(archive)], DiffOptions())
              if t.plan.story_id == "lab-silenced"]
    outcome = diff_story_folder(task)
    assert "conflict" not in outcome.statuses and not outcome.input_error
    assert _diff("--format", "jsonl", "-j", "2", str(archive / "lab-silenced")).exit_code == 0


def test_ordered_map_keeps_the_order_in_worker_processes() -> None:
    values = [str(n) for n in range(40)]
    assert list(ordered_map(len, values, 2)) == [len(v) for v in values]
    assert list(ordered_map(len, values[:1], 2)) == [1]
    assert list(ordered_map(len, [], 2)) == []


def test_the_dask_engine_without_dask_is_a_clear_usage_error(
        archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    result = _diff("--format", "jsonl", "--engine", "dask", str(archive / "lab"))
    assert result.exit_code == 2
    assert "needs Dask" in result.stderr and "reconcile[dask]" in result.stderr
    assert result.stdout == ""


def test_jsonl_lines_split_on_newlines_only() -> None:
    from reconcile.run import StoryOutcome, jsonl_lines

    text = '{"sentence": "a\u2028b"}\n{"n": 1}\n'
    outcome = StoryOutcome("s", "p", text, (), False, ())
    assert list(jsonl_lines([outcome, outcome])) == ['{"sentence": "a\u2028b"}\n',
                                                      '{"n": 1}\n'] * 2
