"""Stories on a Dask cluster: the per-story function of reconcile.run mapped over story
folders with Dask futures (an existing engine, not a home-made one); Dask is optional.

    from distributed import Client
    from reconcile.distributed import run

    with Client("tcp://scheduler:8786") as client:
        for line in run(["archive/"], client):
            out.write(line)

The workers read the story files themselves: give paths every worker sees (a shared
filesystem, with the same working directory for relative paths) and install reconcile on
every worker.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reconcile.errors import UsageError
from reconcile.run import (
    AHEAD_PER_WORKER,
    DiffOptions,
    diff_story_folder,
    jsonl_lines,
    story_tasks,
)

if TYPE_CHECKING:
    from distributed import Client, Future

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = "pip install 'reconcile[dask]'  (dask[distributed])"


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"--engine dask needs Dask, which is not installed: {INSTALL_HINT}"
                         ) from exc


def map_stories(fn: Callable[[T], R], items: Sequence[T], client: Client) -> Iterator[R]:
    """fn over items on the cluster, results in the order of items; at most
    AHEAD_PER_WORKER items per worker thread are submitted ahead of the one being
    yielded, so neither the client nor the cluster holds the whole archive."""
    threads = sum(client.nthreads().values()) or 1
    pending: deque[Future[R]] = deque()
    upcoming = iter(items)

    def submit(count: int) -> None:
        for _, item in zip(range(count), upcoming, strict=False):
            pending.append(client.submit(fn, item, pure=False))

    submit(threads * AHEAD_PER_WORKER)
    while pending:
        future = pending.popleft()
        result: R = future.result()
        future.release()
        submit(1)
        yield result


def run(paths: Sequence[str | Path], client: Client,
        options: DiffOptions | None = None) -> Iterator[str]:
    """The JSON Lines of `reconcile diff --format jsonl PATH...` (story after story, sorted
    by story id and path), each story diffed on a worker of the client's cluster."""
    tasks = story_tasks(paths, options or DiffOptions())
    return jsonl_lines(map_stories(diff_story_folder, tasks, client))


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the scheduler at ADDRESS, or of a local cluster of `workers` processes
    (one thread each) started for this run and closed after it."""
    _require_distributed()
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
