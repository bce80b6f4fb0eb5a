"""Large inputs: the size limit of one version, and stories read and reported one at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledgerstory import make_story
from reconcile import ingest
from reconcile.cli import cli


def test_a_version_over_the_limit_is_listed_with_its_error_and_the_rest_is_read(
        tmp_path: Path) -> None:
    story = make_story(tmp_path)
    (story / "fr.txt").write_text("Il a donné 45 millions de dollars. " * 100, encoding="utf-8")
    (loaded,) = ingest.load_stories([story], max_size=1_000)
    by_id = {s.source_id: s for s in loaded.sources}
    assert by_id["fr"].document is None
    assert "over the 1 kB size limit" in (by_id["fr"].error or "")
    assert by_id["en"].document is not None


def test_the_cli_limit_may_come_from_reconcile_max_size(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = make_story(tmp_path)
    runner = CliRunner()
    monkeypatch.setenv("RECONCILE_MAX_SIZE", "60")
    result = runner.invoke(cli, ["claims", "--format", "jsonl", str(story)])
    assert result.exit_code == 2
    assert "over the 60 bytes size limit" in result.stderr
    # The option wins over the environment.
    assert runner.invoke(cli, ["claims", "--format", "jsonl", "--max-size", "1MB",
                               str(story)]).exit_code == 0
    monkeypatch.setenv("RECONCILE_MAX_SIZE", "0")  # no limit
    assert runner.invoke(cli, ["claims", "--format", "jsonl", str(story)]).exit_code == 0
    monkeypatch.setenv("RECONCILE_MAX_SIZE", "lots")
    bad = runner.invoke(cli, ["claims", str(story)])
    assert bad.exit_code == 2 and "invalid size 'lots'" in bad.stderr


def _archive(root: Path, count: int) -> Path:
    for index in range(count):
        make_story(root / f"s{index}")
        manifest = root / f"s{index}" / "stories" / "tiny" / "sources.toml"
        manifest.write_text(manifest.read_text(encoding="utf-8")
                            .replace('story = "tiny"', f'story = "story{index}"'),
                            encoding="utf-8")
    archive = root / "archive"
    archive.mkdir()
    for index in range(count):
        (root / f"s{index}" / "stories" / "tiny").rename(archive / f"story{index}")
    return archive


def test_stories_are_read_only_when_taken(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    archive = _archive(tmp_path, 3)
    read: list[str] = []
    real = ingest.read_documents

    def counted(path: Path, **kwargs: object) -> object:
        read.append(Path(path).parent.name)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "read_documents", counted)
    stories = ingest.iter_stories([archive])
    assert read == []
    first = next(stories)
    assert first.story_id == "story0" and set(read) == {"story0"}
    assert [s.story_id for s in stories] == ["story1", "story2"]
    assert set(read) == {"story0", "story1", "story2"}


def test_diff_jsonl_is_streamed_story_by_story(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 3)
    (archive / "story1" / "fr.txt").unlink()  # one readable version: skipped, still listed
    runner = CliRunner()
    whole = runner.invoke(cli, ["diff", "--format", "jsonl", "--no-cache", str(archive)])
    assert whole.exit_code == 2  # the skipped story is an input error
    records = [json.loads(line) for line in whole.stdout.splitlines()]
    order = [r["story"] for r in records]
    # Each story's records together, in story order: sources first, then facts.
    assert order == sorted(order)
    assert {"story0", "story1", "story2"} == set(order)
    skipped = [r for r in records if r["story"] == "story1"]
    assert skipped and all(r["record"] == "source" and "skipped" in r for r in skipped)
    for story in ("story0", "story2"):
        alone = runner.invoke(cli, ["diff", "--format", "jsonl", "--no-cache",
                                    str(archive / story)])
        assert [json.loads(line) for line in alone.stdout.splitlines()] == \
            [r for r in records if r["story"] == story]


def test_claims_jsonl_is_written_story_by_story(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    archive = _archive(tmp_path, 3)
    runner = CliRunner()
    taken: list[str] = []
    real = ingest.read_stories

    def watched(*args: object, **kwargs: object) -> object:
        for story in real(*args, **kwargs):  # type: ignore[arg-type]
            taken.append(story.story_id)
            yield story

    written: list[int] = []
    real_echo = __import__("click").echo

    def echo(message: object = None, *args: object, **kwargs: object) -> None:
        written.append(len(taken))  # how many stories were read when this line was written
        real_echo(message, *args, **kwargs)

    monkeypatch.setattr(ingest, "read_stories", watched)
    monkeypatch.setattr("reconcile.cli.click.echo", echo)
    whole = runner.invoke(cli, ["claims", "--format", "jsonl", str(archive)])
    assert whole.exit_code == 0, whole.stderr
    # The first story's claims were written before the second story was read.
    assert written and written[0] == 1
    assert written == sorted(written) and written[-1] == 3
    monkeypatch.undo()
    alone = "".join(runner.invoke(cli, ["claims", "--format", "jsonl",
                                        str(archive / f"story{i}")]).stdout
                    for i in range(3))
    assert whole.stdout == alone
