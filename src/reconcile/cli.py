"""Command-line interface: the only module that reads argv, prints, and picks exit codes."""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import click

from reconcile import __version__
from reconcile.errors import ReconcileError, UsageError

# The pipeline is imported inside the commands that run it: `reconcile check` answered from
# its cache must start in a fraction of the time loading the language data takes.
if TYPE_CHECKING:
    from reconcile.ingest import ReadOptions
    from reconcile.inputs.fetch import FetchOptions
    from reconcile.ledger import Ledger
    from reconcile.model import Claim, DiffResult, Source, Story
    from reconcile.progress import Progress
    from reconcile.run import DiffOptions, StoryTask
    from reconcile.textpos import Positions

T = TypeVar("T")

# Exit codes (README "Exit codes"): scripts rely on these.
EXIT_OK = 0
EXIT_FOUND = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 123
EXIT_INTERRUPTED = 130

DEFAULT_CORPUS = "corpus"
F = TypeVar("F", bound=Callable[..., Any])


def _default_paths(paths: Sequence[str]) -> list[str]:
    if paths:
        return list(paths)
    if Path(DEFAULT_CORPUS).is_dir():
        return [DEFAULT_CORPUS]
    raise UsageError(f"no PATH given and no {DEFAULT_CORPUS}/ folder here; "
                     "name the story files or folders to read")


def _print_notes(sources: Sequence[Source]) -> None:
    """Each note of the sources (a cached page used …), once, to stderr."""
    for note in dict.fromkeys(n for s in sources for n in s.notes):
        click.echo(f"reconcile: note: {note}", err=True)


class _Reading(NamedTuple):
    """How the commands that read stories read them: their shared input options."""

    encoding: str | None = None
    lang: str | None = None
    input_format: str | None = None
    max_size: str | None = None
    timeout: float = 20.0
    offline: bool = False

    def options(self, paths: Sequence[str]) -> ReadOptions:
        """The library's ReadOptions, checked (UsageError) before any file is read; `-`
        among PATHs reads standard input here: the library reads no stream."""
        from reconcile.ingest import STDIN, read_options

        stdin = _read_stdin() if STDIN in paths else None
        return read_options(encoding=self.encoding, lang=self.lang,
                            input_format=self.input_format, stdin=stdin,
                            fetch=_fetch_options(self.timeout, self.max_size, self.offline),
                            max_size=_max_bytes(self.max_size))

    def load(self, paths: Sequence[str], progress: Progress | None = None
             ) -> Iterator[Story]:
        """The stories of PATHs, each read when taken (the memory of one story)."""
        from reconcile.ingest import plan_stories, read_stories

        options = self.options(paths)
        for story in read_stories(plan_stories(_default_paths(paths)), options, progress):
            _print_notes(story.sources)
            yield story


class _Engine(NamedTuple):
    """Where stories are diffed: here, in --jobs worker processes, or on Dask."""

    jobs: int = 1
    name: str = "local"
    scheduler: str | None = None

    @property
    def in_process(self) -> bool:
        from reconcile.run import worker_count

        return self.name == "local" and worker_count(self.jobs) <= 1

    def map(self, fn: Callable[[StoryTask], T], tasks: Sequence[StoryTask]) -> Iterator[T]:
        """fn over the stories, in story order."""
        from reconcile.run import ordered_map, worker_count

        if self.name != "dask":
            yield from ordered_map(fn, tasks, self.jobs)
            return
        from reconcile.distributed import connect, map_stories

        with connect(self.scheduler, worker_count(self.jobs)) as client:
            yield from map_stories(fn, tasks, client)


def _max_bytes(max_size: str | None) -> int | None:
    """--max-size (or $RECONCILE_MAX_SIZE) in bytes; 0 is no limit (None)."""
    from reconcile.sizes import DEFAULT_MAX_SIZE, parse_size

    return (parse_size(max_size) or None) if max_size else DEFAULT_MAX_SIZE


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _fetch_options(timeout: float, max_size: str | None, offline: bool) -> FetchOptions:
    from reconcile.inputs.fetch import FetchOptions, default_cache_dir

    if timeout <= 0:
        raise UsageError("--timeout must be positive")
    return FetchOptions(timeout=timeout, max_bytes=_max_bytes(max_size) or sys.maxsize,
                        offline=offline, cache_dir=default_cache_dir(os.environ))


def input_options(command: F) -> F:
    """The options of every command that reads stories (--lang, --encoding, --input-format,
    --max-size, --timeout, --offline), handed to the command as one `reading` value."""

    @functools.wraps(command)
    def with_reading(*args: Any, **kwargs: Any) -> Any:
        kwargs["reading"] = _Reading(
            encoding=kwargs.pop("encoding"), lang=kwargs.pop("lang"),
            input_format=kwargs.pop("input_format"), max_size=kwargs.pop("max_size"),
            timeout=kwargs.pop("timeout"), offline=kwargs.pop("offline"))
        return command(*args, **kwargs)

    options = (
        lang_option, encoding_option, _input_format_option, max_size_option,
        click.option(
            "--timeout", type=float, default=20.0, show_default=True, metavar="SECONDS",
            help="Give up on a URL that does not answer within this."),
        click.option(
            "--offline", is_flag=True,
            help="Read URLs from the cache only (pages fetched before; "
                 "$RECONCILE_CACHE_DIR, else ~/.cache/reconcile)."),
    )
    decorated: Any = with_reading
    for option in reversed(options):  # the first listed shows first in --help
        decorated = option(decorated)
    return cast(F, decorated)


def _warn_errors(sources: Sequence[Source]) -> None:
    for source in sources:
        if source.error:
            click.echo(f"reconcile: error: {source.error}", err=True)


path_argument = click.argument("paths", nargs=-1, metavar="[PATH]...")
lang_option = click.option(
    "--lang", metavar="CODE",
    help="Language of every input (en, fr, id, ja, zh, …); overrides the manifest and "
         "detection.")


# The input formats the library knows (reconcile.inputs: AUTO and FORMAT_NAMES), written out
# so that `--help` need not import the readers; a test checks that the two lists agree.
INPUT_FORMATS = ("auto", "html", "markdown", "xliff", "po", "text")


def _input_format_option(function: F) -> F:
    """--input-format, its choices the input formats the library knows."""
    return click.option(
        "--input-format", type=click.Choice(INPUT_FORMATS), default=INPUT_FORMATS[0],
        show_default=True,
        help="Format of every input: auto detects it from the suffix and the content (a "
             ".txt holding a web page is HTML); html reads the article of a web page, "
             "markdown the prose of a Markdown file.")(function)


encoding_option = click.option(
    "--encoding", metavar="NAME",
    help="Read files in this encoding instead of UTF-8 (gbk, shift_jis, latin-1, …); a "
         "manifest's per-file `encoding` key overrides it for that file.")
MAX_SIZE_ENV = "RECONCILE_MAX_SIZE"
max_size_option = click.option(
    "--max-size", metavar="SIZE", envvar=MAX_SIZE_ENV, show_envvar=True,
    help="Refuse a story version (a file or a fetched page) bigger than this (default "
         "20MB; e.g. 500kB, 100MB, 1GiB; 0: no limit).")
quiet_option = click.option(
    "-q", "--quiet", is_flag=True,
    help="No progress bar on stderr (it is shown only when stderr is a terminal).")


class _Group(click.Group):
    """Maps library errors to messages and exit codes, for the console script and CliRunner
    alike (pre-commit's main(argv) -> int pattern, one handler for the whole CLI)."""

    def invoke(self, ctx: click.Context) -> object:
        _resume_collection()
        try:
            return super().invoke(ctx)
        except ReconcileError as exc:
            click.echo(f"reconcile: error: {exc}", err=True)
            raise click.exceptions.Exit(EXIT_INPUT) from exc
        except KeyboardInterrupt as exc:
            click.echo("reconcile: interrupted", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from exc
        except BrokenPipeError as exc:
            # The reader went away (`reconcile diff | head`): stop quietly. Point stdout at
            # devnull so the interpreter's final flush does not complain either.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(EXIT_OK) from exc
        except OSError as exc:
            # A file or folder the system refused (permissions, a link loop, a full disk):
            # the input's or the machine's problem, not a bug of reconcile.
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"reconcile: error: {where}{exc.strerror or exc}", err=True)
            raise click.exceptions.Exit(EXIT_INPUT) from exc
        except UnicodeEncodeError as exc:
            if not _output_cannot_encode(exc):
                raise _internal(exc) from exc
            click.echo(f"reconcile: error: the output encoding ({exc.encoding}) cannot "
                       "write this text; set PYTHONIOENCODING=utf-8 or use a UTF-8 locale",
                       err=True)
            raise click.exceptions.Exit(EXIT_INPUT) from exc
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                SystemExit):
            raise
        except Exception as exc:  # the one place a bug becomes a message, not a traceback
            raise _internal(exc) from exc


def _internal(exc: Exception) -> click.exceptions.Exit:
    click.echo(f"reconcile: internal error: {type(exc).__name__}: {exc}", err=True)
    click.echo("reconcile: please report this with the input that caused it", err=True)
    return click.exceptions.Exit(EXIT_INTERNAL)


def _output_cannot_encode(exc: UnicodeEncodeError) -> bool:
    """Whether the error is stdout's or stderr's legacy encoding (PYTHONIOENCODING=ascii, a
    cp1252 console), an environment problem, rather than a bug encoding text somewhere."""
    import codecs

    def name(encoding: str | None) -> str:
        try:
            return codecs.lookup(encoding or "utf-8").name
        except LookupError:
            return encoding or ""

    streams = {name(getattr(s, "encoding", None)) for s in (sys.stdout, sys.stderr)}
    return name(exc.encoding) in streams - {"utf-8"}


@click.group(cls=_Group,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 88})
@click.version_option(__version__, prog_name="reconcile")
def cli() -> None:
    """Find where language versions of the same story disagree on their facts.

    reconcile reads several versions of one story (any mix of English, French,
    Indonesian, Japanese and Chinese), extracts the claims they make (money,
    counts, percentages, dates, durations, multipliers, measured quantities),
    and reports where they differ.

    \b
    Examples:
      reconcile diff corpus/              # report discrepancies between versions
      reconcile claims --format jsonl a.txt b.txt
      reconcile diff --format markdown --fail-on warning story/ > report.md
      reconcile report stories/ -o report.html  # one HTML page to look at
      reconcile show money-2016-budget story/    # one fact, every version
      reconcile baseline stories/election  # record the reviewed state
      reconcile check stories/election/fr.txt  # the pre-commit hook

    \b
    Exit codes: 0 clean, 1 discrepancies found, 2 usage, input or ledger error,
    3 ledger rewritten (stage it), 123 internal error, 130 interrupted.
    """


@cli.command()
@path_argument
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]),
              default="table", show_default=True, help="Output format.")
@input_options
@click.option("--include-boilerplate", is_flag=True,
              help="Also report claims in site furniture (related posts, footers, share "
                   "widgets); they are marked with * in the table and \"boilerplate\": true "
                   "(with a \"boilerplate_reason\") in JSON. Without it the table and the "
                   "JSON sources count them as set aside.")
@quiet_option
def claims(paths: tuple[str, ...], fmt: str, reading: _Reading, include_boilerplate: bool,
           quiet: bool) -> None:
    """List every claim each story version makes.

    PATH is a story file (text, HTML page or Markdown), a folder of them (one
    story; an optional sources.toml manifest names languages and outlets), a
    folder of such folders (one story each), or - for standard input. Without
    PATH, reads ./corpus. An XLIFF (.xlf, .xliff) or PO file is two versions,
    its source and target sides; an http(s) URL is fetched (and cached, so a
    re-run works offline).

    \b
    Examples:
      reconcile claims corpus/
      reconcile claims --format jsonl story/*.txt | jq .surface
      reconcile claims --lang fr --encoding latin-1 article.txt
      reconcile claims messages.fr.po
      curl -s https://example.org/story | reconcile claims -

    Exits 2 if any input could not be read (it is still listed, with its error; in
    jsonl as a {"record": "source", …, "error": …} line).
    """
    from dataclasses import replace

    from reconcile.api import extract_document
    from reconcile.report import jsonio
    from reconcile.report.terminal import console, progress_bar, render_claims

    results: list[tuple[Source, list[Claim]]] = []
    set_aside: dict[str, list[Claim]] = {}
    with progress_bar(_show_progress(quiet)) as progress:
        stories = reading.load(paths, progress)
        for story in stories:
            for source in story.sources:
                every = (extract_document(source.document, include_boilerplate=True)
                         if source.document is not None else [])
                found = [c for c in every if include_boilerplate or not c.boilerplate]
                if progress is not None:
                    progress("claims", len(every), None)
                if fmt == "jsonl":
                    # Written version by version: memory holds one story, not the archive.
                    _claims_jsonl(source, found)
                    results.append((replace(source, document=None), []))
                    continue
                set_aside[source.source_id] = [c for c in every
                                               if c.boilerplate and not include_boilerplate]
                results.append((source, found))
    if fmt == "table":
        render_claims(console(), results, set_aside)
    elif fmt == "json":
        click.echo(jsonio.dumps(_claims_report(results, set_aside), indent=2))
    sources = [source for source, _ in results]
    _warn_errors(sources)
    if any(source.error for source in sources):
        raise click.exceptions.Exit(EXIT_INPUT)


@cli.command()
@path_argument
@click.option("--format", "fmt",
              type=click.Choice(["table", "json", "jsonl", "markdown", "sarif", "github"]),
              default="table", show_default=True,
              help="Output format: table (terminal), json, jsonl (one object per source "
                   "and per fact), markdown, sarif (SARIF 2.1.0 for code scanning), "
                   "github (workflow-command annotations).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
              show_default=True,
              help="Exit 1 when a finding at or above this severity is found: error = "
                   "conflicts, warning = conflicts and soft discrepancies.")
@click.option("--all", "show_all", is_flag=True,
              help="Also list facts on which the versions agree, and single-version facts.")
@click.option("--aliases", "alias_files", multiple=True, type=click.Path(dir_okay=False),
              help="Extra entity alias file (TOML); repeatable. Besides these, each story "
                   "reads the aliases.toml of its folder and the nearest claims/aliases.toml "
                   "up to the project root (never the working directory's); JSON lists "
                   "them under alias_files.")
@input_options
@click.option("--include-boilerplate", is_flag=True,
              help="Also compare claims in site furniture (related posts, footers, share "
                   "widgets). Without it they are set aside, counted with their reasons "
                   "in the report and listed under \"set_aside\" in JSON.")
@click.option("--matrix", is_flag=True,
              help="Also print each story's agreement matrix: per pair of versions, on how "
                   "many of the facts both state they agree (table and markdown formats).")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the content-hash cache in .reconcile_cache/ at "
                   "the project root (stories and versions diffed before; it only saves "
                   "time, the report is the same). The cache of built language tables "
                   "(~/.cache/reconcile) stays on: it holds no result.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              metavar="N",
              help="Diff this many stories at once, in worker processes (0: one per CPU). "
                   "With 1, stories are diffed here one at a time, and on Linux a story's "
                   "versions are read by two processes when two CPUs are free. The output "
                   "is the same whatever N.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="local: this machine (--jobs processes); dask: Dask workers, of the "
                   "--scheduler's cluster or of a local cluster of --jobs processes "
                   "(needs pip install 'reconcile[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler to run on (tcp://host:8786); implies --engine dask.")
@quiet_option
def diff(paths: tuple[str, ...], fmt: str, fail_on: str, show_all: bool,
         alias_files: tuple[str, ...], reading: _Reading, include_boilerplate: bool,
         matrix: bool, no_cache: bool, quiet: bool,
         jobs: int, engine: str, scheduler: str | None) -> None:
    """Align the claims of a story's versions into facts and flag discrepancies.

    Versions that are translations of one another are detected and count as one
    witness when choosing outliers. Each fact is reported as conflict (values
    that cannot both be true), soft (compatible, worth a look), agree or single.

    PATH: files of one story (text, HTML pages, Markdown; - is standard
    input), a story folder, or a folder of story folders (one report each).
    Without PATH, reads ./corpus. An XLIFF or PO file is two versions (source
    and target sides) whose claims are compared unit by unit; an http(s) URL
    is fetched and cached (its url and sha256 are in the report; --offline
    reads the cache only).

    \b
    Examples:
      reconcile diff corpus/
      reconcile diff site.en-fr.xlf
      reconcile diff https://example.org/en/story https://example.org/fr/story
      reconcile diff --format markdown corpus/ > report.md
      reconcile diff --format json --fail-on never a.txt b.txt | jq '.facts[0]'
      reconcile diff --include-boilerplate corpus/
      reconcile diff --format sarif corpus/ > reconcile.sarif
      cat page.html | reconcile diff - fr.md
      reconcile diff --matrix stories/
      reconcile diff --jobs 0 --format jsonl archive/ > diffs.jsonl
      reconcile diff --scheduler tcp://10.0.0.5:8786 --format jsonl archive/

    With --format jsonl each story's lines are written as soon as it is done
    (in story order), so memory holds a few stories, not the archive.

    A line holding a `reconcile: ignore` marker (`# reconcile: ignore`,
    `[reconcile: ignore]` or `<!-- reconcile: ignore[R104] -->`) silences the
    findings of its claims: they are reported as suppressed and never fail the run.

    \b
    Exit codes: 0 nothing at or above --fail-on, 1 discrepancies found,
    2 usage or input error (an unreadable input is still listed).
    """
    engine_ = _Engine(jobs, "dask" if scheduler else engine, scheduler)
    if fmt == "jsonl":
        _diff_jsonl(paths, alias_files, reading, include_boilerplate, quiet=quiet,
                    cache=not no_cache, fail_on=fail_on, engine=engine_)
        return
    results, skipped = _run_diffs(paths, alias_files, reading, include_boilerplate,
                                  quiet=quiet, cache=not no_cache, engine=engine_)
    if fmt == "json":
        from reconcile.report import jsonio

        click.echo(jsonio.dumps(jsonio.diff_records(results, skipped), indent=2))
    elif fmt == "sarif":
        from reconcile.report.sarif import render_sarif

        click.echo(render_sarif(results, skipped=skipped), nl=False)
    elif fmt == "github":
        from reconcile.report.github import render_github

        click.echo(render_github(results, skipped=skipped), nl=False)
    elif fmt == "markdown":
        from reconcile.report.markdown import render_markdown

        click.echo(render_markdown(results, skipped, show_all, matrix=matrix), nl=False)
    else:
        from reconcile.report.terminal import render_diff, render_matrix, screen

        out = screen()
        render_diff(out, results, show_all, skipped)
        if matrix:
            for result in results:
                render_matrix(out.rich(), result)
    _exit_like_diff(results, skipped, fail_on)


def _diff_options(paths: Sequence[str], alias_files: Sequence[str], reading: _Reading,
                  include_boilerplate: bool, cache: bool, engine: _Engine) -> DiffOptions:
    """The options of every story; a story's versions are shared with a forked process
    only when this process diffs the stories itself, one at a time (reconcile.forking)."""
    from reconcile.run import DiffOptions

    depends = None
    if cache:
        from reconcile.cache import fingerprint

        depends = fingerprint()  # once per run: code, data, libraries
    return DiffOptions(reading=reading.options(paths), alias_files=tuple(alias_files),
                       include_boilerplate=include_boilerplate, depends=depends,
                       split_versions=engine.in_process)


def _diff_jsonl(paths: Sequence[str], alias_files: Sequence[str], reading: _Reading,
                include_boilerplate: bool, *, quiet: bool, cache: bool, fail_on: str,
                engine: _Engine) -> None:
    """`diff --format jsonl`: each story's lines (its sources, then its facts) written as
    soon as it is done, in story order; the worker writes them, and only what the exit code
    needs comes back, so memory holds a few stories, not the archive."""
    from reconcile.report.terminal import progress_bar
    from reconcile.run import diff_story_folder, story_tasks

    options = _diff_options(paths, alias_files, reading, include_boilerplate, cache, engine)
    tasks = story_tasks(_default_paths(paths), options)
    blocking = _blocking(fail_on)
    input_error = found = False
    with progress_bar(_show_progress(quiet)) as progress:
        for outcome in engine.map(diff_story_folder, tasks):
            click.echo(outcome.jsonl, nl=False)
            for note in outcome.notes:
                click.echo(f"reconcile: note: {note}", err=True)
            for message in outcome.errors:
                click.echo(f"reconcile: error: {message}", err=True)
            input_error = input_error or outcome.input_error
            found = found or any(status in blocking for status in outcome.statuses)
            if progress is not None:
                progress("stories", 1, len(tasks))
    if input_error:
        raise click.exceptions.Exit(EXIT_INPUT)
    if found:
        raise click.exceptions.Exit(EXIT_FOUND)


def _blocking(fail_on: str) -> set[str]:
    """The fact statuses that fail the run under --fail-on."""
    return {"error": {"conflict"}, "warning": {"conflict", "soft"}, "never": set()}[fail_on]


def _exit_like_diff(results: Sequence[DiffResult], skipped: Sequence[tuple[Story, str]],
                    fail_on: str) -> None:
    """Warn of unreadable inputs and exit as `reconcile diff` does (README "Exit codes")."""
    _warn_errors([s for r in results for s in r.sources]
                 + [s for story, _ in skipped for s in story.sources])
    for _, reason in skipped:
        click.echo(f"reconcile: error: {reason}", err=True)
    if skipped or any(s.error for r in results for s in r.sources):
        raise click.exceptions.Exit(EXIT_INPUT)
    blocking = _blocking(fail_on)
    # A fact silenced by an inline `reconcile: ignore` marker is reported, never blocking.
    if any(f.status in blocking and not f.suppressed for r in results for f in r.facts):
        raise click.exceptions.Exit(EXIT_FOUND)


def _show_progress(quiet: bool) -> bool:
    """A progress bar only for a person watching: stderr is a terminal and no --quiet."""
    return not quiet and sys.stderr.isatty()


def _run_diffs(paths: Sequence[str], alias_files: Sequence[str], reading: _Reading,
               include_boilerplate: bool, *, quiet: bool, cache: bool = True,
               engine: _Engine | None = None
               ) -> tuple[list[DiffResult], list[tuple[Story, str]]]:
    """The diff of every story PATHs hold, and the stories skipped with the reason (fewer
    than two readable versions), in story order; with a progress bar on a terminal unless
    quiet, answered from the content-hash cache at each story's project root when `cache`,
    on `engine` (default: here)."""
    from reconcile.report.terminal import progress_bar
    from reconcile.run import Skipped, diff_task, story_tasks

    _freeze_loaded()
    engine = engine or _Engine()
    options = _diff_options(paths, alias_files, reading, include_boilerplate, cache, engine)
    tasks = story_tasks(_default_paths(paths), options)
    results: list[DiffResult] = []
    skipped: list[tuple[Story, str]] = []
    with progress_bar(_show_progress(quiet)) as progress:
        done_stories = (map(lambda task: diff_task(task, progress), tasks)
                        if engine.in_process else engine.map(diff_task, tasks))
        for done in done_stories:
            _print_notes(done.story.sources if isinstance(done, Skipped) else done.sources)
            if isinstance(done, Skipped):
                skipped.append((done.story, done.reason))
            else:
                results.append(done)
            if progress is not None:
                progress("stories", 1, len(tasks))
    return results, skipped


def _claims_jsonl(source: Source, found: Sequence[Claim]) -> None:
    """`claims --format jsonl`: one line per claim; a failed source gets a line of its own
    so that it is never silently missing."""
    from reconcile.report import jsonio

    if source.error:
        click.echo(jsonio.dumps({"record": "source", "id": source.source_id,
                                 "path": source.path, "lang": source.lang,
                                 "error": source.error}))
    positions = _positions(source)
    for claim in found:
        click.echo(jsonio.dumps(jsonio.located_claim_record(claim, positions)))


def _positions(source: Source) -> Positions | None:
    from reconcile.textpos import Positions

    doc = source.document
    return Positions.of(doc.text, doc.source_map) if doc is not None else None


def _claims_report(results: Sequence[tuple[Source, Sequence[Claim]]],
                   set_aside: Mapping[str, Sequence[Claim]]) -> dict[str, object]:
    from reconcile.report import jsonio
    from reconcile.report.values import origin_of

    return {
        "schema": "reconcile.claims/1",
        "sources": [
            {"id": s.source_id, "path": s.path, "lang": s.lang, "claims": len(found),
             "error": s.error, "set_aside": len(set_aside.get(s.source_id, ())),
             **origin_of(s), **jsonio.source_details(s)}
            for s, found in results
        ],
        "claims": [jsonio.located_claim_record(c, positions)
                   for s, found in results for positions in (_positions(s),) for c in found],
    }


# --- the reviewed-claims ledger: baseline, check, accept, review ---------------------------

EXIT_REWRITTEN = 3


def _is_story_folder(folder: Path) -> bool:
    from reconcile.ingest import MANIFEST_NAME, TEXT_SUFFIXES

    if (folder / MANIFEST_NAME).is_file():
        return True
    return sum(1 for p in folder.iterdir()
               if p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")) >= 2


def _story_folders(paths: Sequence[str], *, changed_files: bool) -> list[Path]:
    """The story folders PATHs name. A folder is a story (or a folder of stories); a file
    stands for its folder, the story whose sibling versions it is compared with. A changed
    file outside any story (a README beside the stories) is not a story: its folder counts
    only when it has a sources.toml manifest or a ledger."""
    from reconcile.cache import story_id_of
    from reconcile.ledger import find_ledger

    found: dict[Path, None] = {}
    for name in _default_paths(paths):
        path = Path(name)
        if path.is_dir():
            subfolders = sorted(p for p in path.iterdir()
                                if p.is_dir() and not p.name.startswith("."))
            stories = [p for p in subfolders if _is_story_folder(p)]
            for folder in ([path] if _is_story_folder(path) or not stories else stories):
                found.setdefault(folder, None)
            continue
        folder = path.parent
        if not path.exists() and not folder.is_dir():
            raise UsageError(f"{name}: no such file or folder")
        from reconcile.ingest import MANIFEST_NAME

        if changed_files and not ((folder / MANIFEST_NAME).is_file()
                                  or find_ledger(folder, story_id_of(folder))):
            continue
        found.setdefault(folder, None)
    return list(found)


def _shown(folder: Path) -> str:
    try:
        return os.path.relpath(folder)
    except ValueError:  # another drive (Windows)
        return str(folder)


def _story_path(folder: Path, root: Path) -> str:
    try:
        return folder.resolve().relative_to(root).as_posix() or "."
    except ValueError:
        return folder.resolve().as_posix()


def _current(folder: Path) -> Ledger:
    """The story's facts now (from the content-hash cache when nothing changed)."""
    return _current_read(folder)[0]


def _current_read(folder: Path) -> tuple[Ledger, bool]:
    """The story's facts now, and whether a version of it could not be read (its error is
    printed). A story with an unreadable version is never cached, so every run says so."""
    from reconcile import cache
    from reconcile.ledger import snapshot
    from reconcile.project import alias_files_for, project_root

    root = project_root(folder)
    alias_files = alias_files_for(folder)
    depends = cache.fingerprint()  # code, data, libraries: once for both keys
    key = cache.story_key(folder, alias_files, "", depends)
    hit = cache.get(root, key)
    if hit is not None:
        return hit, False
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases
    from reconcile.ingest import load_stories

    (story,) = load_stories([folder], max_size=_max_bytes(os.environ.get(MAX_SIZE_ENV)))
    _warn_errors(story.sources)
    # Only the versions whose text changed are extracted again, and only the pairs of
    # versions whose alignment may have changed are aligned by sentences again.
    versions = cache.version_cache(root, depends)
    result = diff_story(story, load_aliases(alias_files), analyse=versions.analyse,
                        find=versions.find, sequences=versions.sequences)
    current = snapshot(result, _story_path(folder, root))
    failed = any(source.error for source in story.sources)
    if not failed:
        cache.put(root, key, current)
    return current, failed


def _ledger_file(folder: Path, story_id: str) -> Path:
    from reconcile.ledger import default_ledger_path, find_ledger

    return find_ledger(folder, story_id) or default_ledger_path(folder, story_id)


@cli.command()
@path_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the ledger here (one story only) instead of "
                   "claims/<story>.ledger.json at the project root.")
def baseline(paths: tuple[str, ...], output: str | None) -> None:
    """Write or refresh the reviewed-claims ledger of each story.

    The ledger (claims/<story>.ledger.json at the project root: the first
    folder up from the story holding .git, pyproject.toml or
    .pre-commit-config.yaml) records every fact: its id, kind and label, and
    per version the claim as written and its normalized value, plus the
    fields a person edits: review (unreviewed, confirmed-error, accepted,
    false-alarm) and note. Re-running it updates values, adds and retires
    facts, and keeps every review and note. Unchanged text leaves the file
    byte-identical. Without PATH, reads ./corpus.

    \b
    Examples:
      reconcile baseline stories/election
      reconcile baseline stories/ -o /tmp/ledger.json
    """
    from reconcile.ledger import counts, load, merge, save

    folders = _story_folders(paths, changed_files=False)
    if output and len(folders) != 1:
        raise UsageError(f"-o names one ledger file, but the paths hold {len(folders)} stories")
    for folder in folders:
        current = _readable_story(folder)
        target = Path(output) if output else _ledger_file(folder, current.story)
        old = load(target) if target.exists() else None
        merged = merge(old, current, current.path)
        written = save(target, merged)
        summary = ", ".join(f"{n} {status}" for status, n in counts(merged).items())
        click.echo(f"{'wrote' if written else 'unchanged'} {_shown(target)}: story "
                   f"{merged.story!r}, {len(merged.facts)} facts ({summary})")


def _readable_story(folder: Path) -> Ledger:
    try:
        return _current(folder)
    except UsageError as exc:
        raise UsageError(f"{_shown(folder)}: {exc}") from None


@cli.command()
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option("--update", is_flag=True,
              help="After reviewing the changes, record the current values in the ledger "
                   "(reviews and notes are kept); exits 3 when the ledger was rewritten.")
@click.option("--format", "fmt", type=click.Choice(["text", "sarif", "github", "jsonl"]),
              default="text", show_default=True,
              help="text: one message per problem; sarif / github / jsonl: the diff of each "
                   "checked story with the ledger's word on every fact (baselineState new / "
                   "unchanged / updated / absent, reviewed facts as suppressed); the exit "
                   "code is the same in every format.")
def check(files: tuple[str, ...], update: bool, fmt: str) -> None:
    """Check stories against their reviewed-claims ledger (the pre-commit mode).

    FILE: changed files (as pre-commit passes them) or story folders. Each
    file's story is checked whole, with its sibling versions. Fails when a
    discrepancy is new or not reviewed as accepted or false-alarm, when a
    version's value changed since the ledger, when a fact vanished from a
    version, or when a story has no ledger. Each message gives
    file:line:column, the fact, the old and new value, and the command that
    accepts the change. A content-hash cache in .reconcile_cache/ (safe to
    delete) makes a re-check of unchanged text fast.

    \b
    Examples:
      reconcile check stories/election/fr.txt
      reconcile check --update stories/election
      reconcile check --format sarif stories/election > reconcile.sarif

    \b
    Exit codes: 0 clean, 1 problems found, 2 usage, input or ledger error,
    3 ledger rewritten by --update (stage it).
    """
    from reconcile.ledger import check as check_story
    from reconcile.ledger import find_ledger, load, merge, save

    failed = rewritten = unreadable = False
    machine: list[tuple[Path, Ledger | None]] = []
    for folder in _story_folders(files, changed_files=True):
        shown = _shown(folder)
        try:
            current, broken = _current_read(folder)
            unreadable = unreadable or broken
        except UsageError as exc:
            click.echo(f"reconcile: note: {shown}: not checked: {exc}", err=True)
            continue
        ledger_path = find_ledger(folder, current.story)
        if ledger_path is None:
            _say(fmt, f"{shown}: story {current.story!r} has no ledger; create it with: "
                      f"reconcile baseline {shown}")
            failed = True
            machine.append((folder, None))
            continue
        ledger = load(ledger_path)
        machine.append((folder, ledger))
        if update:
            if save(ledger_path, merge(ledger, current, ledger.path or current.path)):
                click.echo(f"rewrote {_shown(ledger_path)}: stage it (git add)")
                rewritten = True
            continue
        problems = check_story(current, ledger, shown)
        for problem in problems:
            _say(fmt, problem.render())
        if problems:
            failed = True
            click.echo(f"reconcile check: {len(problems)} problem(s) in story "
                       f"{current.story!r} against {_shown(ledger_path)}; after review, "
                       "accept each (reconcile accept FACT_ID [--note TEXT]) or record all "
                       "(reconcile check --update), then stage the ledger", err=True)
    if fmt != "text" and not update:
        click.echo(_checked_report(fmt, machine), nl=False)
    if rewritten:
        raise click.exceptions.Exit(EXIT_REWRITTEN)
    if unreadable:  # an unreadable version is an input error, as in diff and claims
        raise click.exceptions.Exit(EXIT_INPUT)
    if failed:
        raise click.exceptions.Exit(EXIT_FOUND)


def _say(fmt: str, message: str) -> None:
    """A check message: on stdout as text, on stderr when stdout carries a machine format."""
    click.echo(message, err=fmt != "text")


def _checked_report(fmt: str, checked: Sequence[tuple[Path, Ledger | None]]) -> str:
    """The diff of each checked story in a machine format, with the ledger's reviews (keyed
    `story/fact id`); computed in full, as these formats need every mention's position."""
    from reconcile.cache import version_cache
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases
    from reconcile.ingest import load_stories
    from reconcile.ledger import diff_review
    from reconcile.project import alias_files_for, project_root
    from reconcile.report import jsonio
    from reconcile.report.github import render_github
    from reconcile.report.locations import review_key
    from reconcile.report.sarif import render_sarif

    results = []
    reviews = {}
    for folder, ledger in checked:
        (story,) = load_stories([folder])
        versions = version_cache(project_root(folder))
        result = diff_story(story, load_aliases(alias_files_for(folder)),
                            analyse=versions.analyse, find=versions.find)
        results.append(result)
        for fact_id, review in diff_review(result, ledger).items():
            reviews[review_key(result.story, fact_id)] = review
    if fmt == "sarif":
        return render_sarif(results, reviews)
    if fmt == "github":
        return render_github(results, reviews)
    return "".join(line + "\n" for line in jsonio.diff_lines(results, (), reviews))


def _ledgers(paths: Sequence[str]) -> list[tuple[Path, Path]]:
    """(story folder, ledger file) for the named story folders, or for every ledger in the
    project root's claims/ folder."""
    from reconcile.cache import story_id_of
    from reconcile.ledger import LEDGER_DIR, LEDGER_SUFFIX, find_ledger, load
    from reconcile.project import project_root

    if paths:
        out = []
        for folder in _story_folders(paths, changed_files=False):
            found = find_ledger(folder, story_id_of(folder))
            if found is None:
                raise UsageError(f"{_shown(folder)} has no ledger; create it with: "
                                 f"reconcile baseline {_shown(folder)}")
            out.append((folder, found))
        return out
    root = project_root(Path.cwd())
    files = sorted((root / LEDGER_DIR).glob(f"*{LEDGER_SUFFIX}"))
    if not files:
        raise UsageError(f"no ledger in {_shown(root / LEDGER_DIR)}; create one with: "
                         "reconcile baseline STORY_FOLDER")
    out = []
    for path in files:
        folder = root / load(path).path
        if not folder.is_dir():
            raise UsageError(f"{_shown(path)} is the ledger of {_shown(folder)}, which is not "
                             "a folder (moved? fix its \"path\" or re-run reconcile baseline)")
        out.append((folder, path))
    return out


@cli.command()
@click.argument("fact_id")
@click.option("--note", help="Why the change or discrepancy is accepted (kept in the ledger).")
@click.option("--story", "stories", multiple=True, type=click.Path(file_okay=False),
              help="Story folder to look in (repeatable); default: every ledger in claims/ "
                   "of the project root.")
def accept(fact_id: str, note: str | None, stories: tuple[str, ...]) -> None:
    """Accept one fact at its current values (the command `check` names).

    Records the fact's current values in the ledger with review = accepted
    (and the note, if given); a recorded fact the text no longer states is
    retired. No other entry changes. Stage the ledger afterwards.

    \b
    Examples:
      reconcile accept money-2024-budget --note "id rounds to juta"
      reconcile accept date-2024-vote --story stories/election
    """
    from reconcile.ledger import accept as accept_fact
    from reconcile.ledger import load, match, save

    for folder, ledger_path in _ledgers(stories):
        ledger = load(ledger_path)
        current = _readable_story(folder)
        recorded = ledger.fact(fact_id) is not None
        if current.fact(fact_id) is None and not recorded and \
                fact_id not in match(current.facts, ledger.facts).values():
            continue
        save(ledger_path, accept_fact(ledger, current, fact_id, note))
        click.echo(f"accepted {fact_id} in {_shown(ledger_path)}: stage it (git add)")
        return
    raise UsageError(f"no fact {fact_id!r} in any ledger or story; `reconcile check` and "
                     "`reconcile diff` show fact ids")


@cli.command()
@path_argument
def review(paths: tuple[str, ...]) -> None:
    """Walk through the unreviewed discrepancies and record a verdict for each.

    For each conflict or soft discrepancy nobody has reviewed: a = accept,
    e = confirm it is an error, f = false alarm, s = skip, q = quit. Answers
    can be piped, one per line, for scripts; the ledger is saved as you go
    (end of input is quit). PATH: story folders; default: every ledger in
    claims/ of the project root.

    \b
    Examples:
      reconcile review
      printf 'a\nf\ns\n' | reconcile review stories/election
    """
    from reconcile.ledger import accept as accept_fact
    from reconcile.ledger import load, merge, save, unreviewed
    from reconcile.report.terminal import ask_review, console

    out = console()
    verdicts = {"a": "accepted", "e": "confirmed-error", "f": "false-alarm"}
    for folder, ledger_path in _ledgers(paths):
        ledger = load(ledger_path)
        current = _readable_story(folder)
        todo = list(unreviewed(merge(ledger, current, ledger.path)))
        for index, fact in enumerate(todo, 1):
            answer = ask_review(out, fact, index, len(todo))
            if answer == "q":
                return
            if answer in verdicts:
                ledger = accept_fact(ledger, current, fact.id, None,
                                     review=verdicts[answer])  # type: ignore[arg-type]
                save(ledger_path, ledger)
        click.echo(f"{_shown(ledger_path)}: {len(todo)} unreviewed discrepancies walked")


# --- reports people look at: report (HTML), show (one fact) --------------------------------

DEFAULT_REPORT = "report.html"
fail_on_option = click.option(
    "--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
    show_default=True,
    help="Exit 1 when a finding at or above this severity is found: error = conflicts, "
         "warning = conflicts and soft discrepancies.")
aliases_option = click.option(
    "--aliases", "alias_files", multiple=True, type=click.Path(dir_okay=False),
    help="Extra entity alias file (TOML); repeatable (as for reconcile diff).")
boilerplate_option = click.option(
    "--include-boilerplate", is_flag=True,
    help="Also compare claims in site furniture (as for reconcile diff).")


@cli.command()
@path_argument
@click.option("-o", "--output", default=DEFAULT_REPORT, show_default=True,
              type=click.Path(dir_okay=False, allow_dash=True),
              help="The HTML file to write; - writes it to stdout.")
@fail_on_option
@aliases_option
@input_options
@boilerplate_option
@quiet_option
def report(paths: tuple[str, ...], output: str, fail_on: str, alias_files: tuple[str, ...],
           reading: _Reading, include_boilerplate: bool, quiet: bool) -> None:
    """Write the diff as one self-contained HTML page to look at and send.

    The page (no network, no external files; it opens from disk) has a
    summary of the versions (language, outlet, translation family, claims
    set aside as boilerplate), the coloured agreement matrix, every fact
    (discrepancies first) filterable by status, kind and version, each
    opening onto its versions side by side, and each version's text in full
    with every claim highlighted and linked to its fact. A folder of story
    folders gives one page with an index of stories. PATH as for diff;
    without PATH, reads ./corpus.

    \b
    Examples:
      reconcile report corpus/                # writes report.html
      reconcile report stories/ -o /tmp/stories.html
      reconcile report -o - a.txt b.txt > page.html

    \b
    Exit codes as for diff: 0 nothing at or above --fail-on, 1 discrepancies
    found, 2 usage or input error (the page is still written).
    """
    from reconcile.report.html import render_html

    results, skipped = _run_diffs(paths, alias_files, reading, include_boilerplate,
                                  quiet=quiet)
    page = render_html(results, skipped)
    if output == "-":
        click.echo(page, nl=False)
    else:
        try:
            Path(output).write_text(page, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None
        facts = [f for r in results for f in r.facts]
        found = ", ".join(f"{sum(1 for f in facts if f.status == s)} {s}"
                          for s in ("conflict", "soft", "agree", "single"))
        click.echo(f"wrote {output}: {len(results)} "
                   f"{'story' if len(results) == 1 else 'stories'}, {found}", err=True)
    _exit_like_diff(results, skipped, fail_on)


def _nearest_ids(wanted: str, ids: Sequence[str], limit: int = 5) -> list[str]:
    """The fact ids closest to a mistyped one (rapidfuzz edit-distance ratio), best first."""
    from rapidfuzz import fuzz, process

    found = process.extract(wanted, sorted(set(ids)), scorer=fuzz.ratio, limit=limit)
    return [choice for choice, _, _ in found]


@cli.command()
@click.argument("fact_id")
@path_argument
@aliases_option
@input_options
@boilerplate_option
@quiet_option
def show(fact_id: str, paths: tuple[str, ...], alias_files: tuple[str, ...],
         reading: _Reading, include_boilerplate: bool, quiet: bool) -> None:
    """Show one fact in full: every version's sentence with the claim marked.

    FACT_ID is an id as `reconcile diff` prints it (`STORY/FACT_ID` picks one
    story when several stories have it). For each version: the normalized
    value, the words as written, and the whole sentence with the claim between
    >> <<; then the verdict and its diagnosis. PATH as for diff; without PATH,
    reads ./corpus.

    \b
    Examples:
      reconcile show money-2016-microsoft corpus/
      reconcile show election/count-2024-votes stories/

    \b
    Exit codes: 0 shown, 2 unknown FACT_ID (the nearest ids are listed) or
    usage or input error.
    """
    from reconcile.report.terminal import console, render_fact

    results, _ = _run_diffs(paths, alias_files, reading, include_boilerplate, quiet=quiet)
    story, sep, bare = fact_id.rpartition("/")
    found = [(r, f) for r in results for f in r.facts
             if f.id == (bare if sep else fact_id) and (not sep or r.story == story)]
    if not found:
        ids = [f.id if len(results) == 1 else f"{r.story}/{f.id}"
               for r in results for f in r.facts]
        near = _nearest_ids(fact_id, ids)
        hint = f"; nearest: {', '.join(near)}" if near else ""
        stories = ", ".join(r.story for r in results) or "none"
        raise UsageError(f"no fact {fact_id!r} in the stories read ({stories}){hint}")
    out = console()
    for result, fact in found:
        render_fact(out, result, fact)
    _warn_errors([s for r in results for s in r.sources])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="reconcile",
                        standalone_mode=False)
        # Without standalone mode click returns the exit code of click.exceptions.Exit.
        return code if isinstance(code, int) else EXIT_OK
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as exc:
        exc.show()
        return EXIT_INPUT
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("reconcile: interrupted", err=True)
        return EXIT_INTERRUPTED
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_INPUT


def _resume_collection() -> None:
    """Resume the cyclic garbage collector if entry_point paused it for start-up, with
    what start-up made frozen out of its later passes (gc.freeze): those objects live as
    long as the process. A run then makes many short-lived objects (scores, candidate
    links) and few cycles, so the youngest generation is collected every 100,000
    allocations instead of 700: a story of a few versions is diffed without a pass (its
    language tables, loaded during the run, would otherwise be walked), a long run pays
    a pass per 100,000 new objects, memory still bounded."""
    if not gc.isenabled():
        gc.freeze()
        gc.set_threshold(100_000, 10, 10)
        gc.enable()


def _freeze_loaded() -> None:
    """In entry_point's process (start-up was frozen), freeze the modules a command has
    just loaded too: they live as long as the process, and a cold diff would otherwise
    pay a full collection over them."""
    if gc.get_freeze_count():
        gc.freeze()


def entry_point() -> None:
    """Console-script entry point of installations made before reconcile.entry (whose
    entry_point sets up the process before this module is loaded): the same run."""
    from reconcile.entry import entry_point as start

    start()
