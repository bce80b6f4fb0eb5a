"""The Dask engine, for real: a LocalCluster of two worker processes started here diffs a
folder of stories; its JSON Lines are byte for byte those of one process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli import cli
from reconcile.run import DiffOptions
from storyfolders import story_archive

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


@pytest.mark.timeout(180)
def test_dask_run_matches_one_process_byte_for_byte(
        tmp_path: Path, cluster: distributed.LocalCluster) -> None:
    from reconcile.distributed import run

    archive = story_archive(tmp_path / "archive")
    runner = CliRunner()
    serial = runner.invoke(cli, ["diff", "--format", "jsonl", str(archive)],
                           catch_exceptions=False)
    with distributed.Client(cluster) as client:
        assert len(client.nthreads()) == 2
        with distributed.get_task_stream(client) as stream:
            lines = list(run([str(archive)], client, DiffOptions()))
        workers = {task["worker"] for task in stream.data
                   if "diff_story_folder" in str(task["key"])}
    assert "".join(lines) == serial.stdout
    assert len(workers) == 2  # both worker processes diffed stories
    # the CLI on the same cluster: same bytes, same messages, same exit code
    on_cluster = runner.invoke(cli, ["diff", "--format", "jsonl", "--scheduler",
                                     cluster.scheduler_address, str(archive)],
                               catch_exceptions=False)
    assert on_cluster.stdout == serial.stdout
    assert on_cluster.stderr == serial.stderr
    assert on_cluster.exit_code == serial.exit_code == 2

