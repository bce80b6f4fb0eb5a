"""The per-story runner: one story folder in, its diff out, as a pure, picklable function,
mapped over many stories in this process, in worker processes (--jobs) or on Dask."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reconcile.ingest import ReadOptions, StoryPlan, plan_stories, read_story
from reconcile.model import DiffResult, Document, Story
from reconcile.progress import Progress

if TYPE_CHECKING:
    from reconcile.cache import VersionCache
    from reconcile.forking import Sharer

T = TypeVar("T")
R = TypeVar("R")

# How many stories each worker may have queued ahead of the one being written: enough to
# keep every worker busy, few enough that memory stays bounded by a few stories.
AHEAD_PER_WORKER = 4


@dataclass(frozen=True)
class DiffOptions:
    """What `reconcile diff` applies to every story (the CLI options, as values).

    `reading` says how files are read (ingest.read_options checks it). `depends` is
    cache.fingerprint() to answer from and fill the content-hash cache at each story's
    project root, None for no cache."""

    reading: ReadOptions = field(default_factory=ReadOptions)
    alias_files: tuple[str, ...] = ()
    include_boilerplate: bool = False
    depends: bytes | None = None
    # Share the analysis of a story's versions with a forked second process where that is
    # safe and pays (reconcile.forking): for a run that diffs its stories one at a time in
    # its own process, never in worker processes.
    split_versions: bool = False


@dataclass(frozen=True)
class StoryTask:
    """One story to diff: its plan (paths and id, no text read yet) and the options."""

    plan: StoryPlan
    options: DiffOptions


@dataclass(frozen=True)
class Skipped:
    """A story that could not be compared (fewer than two readable versions)."""

    story: Story
    reason: str


@dataclass(frozen=True)
class StoryOutcome:
    """A story's diff as `reconcile diff --format jsonl` writes it, plus what the caller
    needs for its messages and exit code without parsing the lines back."""

    story: str
    path: str
    jsonl: str  # the story's JSON Lines, each ending in a newline
    errors: tuple[str, ...]  # one message per unreadable version, then the skip reason
    input_error: bool  # a version could not be read, or the story was skipped
    statuses: tuple[str, ...]  # statuses of the facts no inline marker silences
    notes: tuple[str, ...] = ()  # notes of its sources (a cached page used, …)


def story_tasks(paths: Sequence[str | Path], options: DiffOptions) -> tuple[StoryTask, ...]:
    """The stories the paths hold, sorted by story id and path (the output order); reads
    folder listings and manifests only."""
    return tuple(StoryTask(plan, options) for plan in plan_stories(paths))


def shown_path(path: Path) -> str:
    """A path as reports show it: relative to the working directory when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)


def story_alias_files(story: Story, extra: Sequence[str]) -> tuple[Path, ...]:
    """The alias files of a story: found from its folder (never from the working
    directory), then the --aliases files."""
    from reconcile.project import alias_files_for

    return (*alias_files_for(Path(story.path)), *(Path(p) for p in extra))


def diff_task(task: StoryTask, progress: Progress | None = None) -> DiffResult | Skipped:
    """Read and diff one story (a pure function of the task and the files it names; the
    cache, when the options name one, only saves time). `progress` hears of its claims."""
    options = task.options
    story = read_story(task.plan, options.reading)
    readable = sum(1 for s in story.sources if s.document is not None)
    if readable < 2:
        return Skipped(story, f"story {story.story_id!r} has {readable} readable version(s); "
                              "reconcile diff needs at least two")
    files = story_alias_files(story, options.alias_files)
    result = cached_diff(story, files, include_boilerplate=options.include_boilerplate,
                         depends=options.depends, progress=progress,
                         split=options.split_versions)
    return replace(result, alias_files=tuple(shown_path(f) for f in files))


def cached_diff(story: Story, alias_files: Sequence[Path], *, include_boilerplate: bool,
                depends: bytes | None, progress: Progress | None = None,
                split: bool = False) -> DiffResult:
    """diff_story of one story, answered from the content-hash cache at the project root
    when the same story (texts, languages, alias files, options) was diffed before; on a
    miss, only the versions whose text changed are extracted again. `depends` is
    cache.fingerprint(), None for no cache. `split`: the work of each version is shared
    with a forked process (DiffOptions.split_versions)."""
    # A cache hit loads neither the language data nor alignment: imported after the lookup.
    if depends is None:
        from reconcile.diff import diff_story
        from reconcile.entities import load_aliases

        return diff_story(story, load_aliases(alias_files),
                          include_boilerplate=include_boilerplate, progress=progress,
                          share=_sharer(split))
    from reconcile.cache import get_result, put_result, result_key, version_cache
    from reconcile.project import project_root

    root = project_root(Path(story.path or "."))
    key = result_key(story, alias_files, f"include_boilerplate={include_boilerplate}",
                     depends)
    hit = get_result(root, key, story)
    if hit is not None:
        return hit
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases

    versions = version_cache(root, depends)
    result = diff_story(story, load_aliases(alias_files),
                        include_boilerplate=include_boilerplate, progress=progress,
                        analyse=versions.analyse, find=versions.find,
                        sequences=versions.sequences, share=_sharer(split),
                        cost=_cached_cost(versions))
    put_result(root, key, result)
    return result


def _sharer(split: bool) -> Sharer:
    """diff_story's Sharer: shared with a forked process where that is safe and pays
    (reconcile.forking.split_map), or in turn."""
    from reconcile.forking import in_turn, split_map

    return split_map if split else in_turn


def _cached_cost(versions: VersionCache) -> Callable[[Document], int]:
    """diff.version_cost, but little for a version whose analysis is kept (read back, not
    made)."""
    from reconcile.diff import version_cost

    def cost(doc: Document) -> int:
        return 500 if versions.has(doc) else version_cost(doc)

    return cost


def diff_story_folder(task: StoryTask) -> StoryOutcome:
    """One story's diff as JSON Lines (the `reconcile.diff/1` records of `--format jsonl`):
    the same bytes whichever process or machine runs it."""
    from reconcile.report import jsonio

    done = diff_task(task)
    if isinstance(done, Skipped):
        lines = jsonio.diff_lines((), [(done.story, done.reason)])
        sources = done.story.sources
        statuses: tuple[str, ...] = ()
    else:
        lines = jsonio.diff_lines([done])
        sources = done.sources
        statuses = tuple(f.status for f in done.facts if not f.suppressed)
    errors = tuple(s.error for s in sources if s.error)
    if isinstance(done, Skipped):
        errors = (*errors, done.reason)
    return StoryOutcome(
        story=task.plan.story_id,
        path=task.plan.path,
        jsonl="".join(line + "\n" for line in lines),
        errors=errors,
        input_error=bool(errors),
        statuses=statuses,
        notes=tuple(dict.fromkeys(note for s in sources for note in s.notes)),
    )


def worker_count(jobs: int) -> int:
    """--jobs N: N worker processes; 0 means one per CPU."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def ordered_map(fn: Callable[[T], R], items: Sequence[T], jobs: int = 1) -> Iterator[R]:
    """fn over items, results in the order of items. With jobs > 1, in that many worker
    processes (started with 'spawn', so fn must be a top-level function); at most
    AHEAD_PER_WORKER items per worker are in flight, so memory holds a few stories."""
    workers = min(worker_count(jobs), len(items))
    if workers <= 1:
        yield from map(fn, items)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        pending: deque[Future[R]] = deque()
        upcoming = iter(items)
        _submit(pool.submit, fn, upcoming, pending, workers * AHEAD_PER_WORKER)
        while pending:
            result = pending.popleft().result()
            _submit(pool.submit, fn, upcoming, pending, 1)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(submit: Callable[..., T], fn: Callable[..., object], upcoming: Iterator[object],
            pending: deque[T], count: int) -> None:
    for _, item in zip(range(count), upcoming, strict=False):
        pending.append(submit(fn, item))


def jsonl_lines(outcomes: Iterable[StoryOutcome]) -> Iterator[str]:
    """The JSON Lines of a run, story after story, each ending in a newline (split on
    newlines only: a sentence quoted in a record may hold U+2028, which JSON leaves raw)."""
    for outcome in outcomes:
        yield from (line + "\n" for line in outcome.jsonl.split("\n")[:-1])
