"""Command-line interface: the only module that reads argv, prints, and picks exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from reconcile import __version__
from reconcile.errors import ReconcileError, UsageError

# The pipeline is imported inside the commands that run it: `reconcile check` answered from
# its cache must start in a fraction of the time loading the language data takes.
if TYPE_CHECKING:
    from reconcile.ledger import Ledger
    from reconcile.model import Claim, DiffResult, Source, Story
    from reconcile.run import StoryTask

T = TypeVar("T")

# Exit codes (README "Exit codes"): scripts rely on these.
EXIT_OK = 0
EXIT_FOUND = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 123
EXIT_INTERRUPTED = 130

DEFAULT_CORPUS = "corpus"


def _default_paths(paths: Sequence[str]) -> list[str]:
    if paths:
        return list(paths)
    if Path(DEFAULT_CORPUS).is_dir():
        return [DEFAULT_CORPUS]
    raise UsageError(f"no PATH given and no {DEFAULT_CORPUS}/ folder here; "
                     "name the story files or folders to read")


def _load(paths: Sequence[str], encoding: str | None, lang: str | None) -> tuple[Story, ...]:
    from reconcile.ingest import load_stories

    # load_stories checks the encoding name before reading anything (UsageError).
    return load_stories(_default_paths(paths), encoding=encoding, lang=lang)


def _warn_errors(sources: Sequence[Source]) -> None:
    for source in sources:
        if source.error:
            click.echo(f"reconcile: error: {source.error}", err=True)


path_argument = click.argument("paths", nargs=-1, metavar="[PATH]...")
lang_option = click.option(
    "--lang", metavar="CODE",
    help="Language of every input (en, fr, id, ja, zh, …); overrides the manifest and "
         "detection.")
encoding_option = click.option(
    "--encoding", metavar="NAME",
    help="Read files in this encoding instead of UTF-8 (gbk, shift_jis, latin-1, …).")


class _Group(click.Group):
    """Maps library errors to messages and exit codes, for the console script and CliRunner
    alike (pre-commit's main(argv) -> int pattern, one handler for the whole CLI)."""

    def invoke(self, ctx: click.Context) -> object:
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
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                SystemExit):
            raise
        except Exception as exc:  # the one place a bug becomes a message, not a traceback
            click.echo(f"reconcile: internal error: {type(exc).__name__}: {exc}", err=True)
            click.echo("reconcile: please report this with the input that caused it",
                       err=True)
            raise click.exceptions.Exit(EXIT_INTERNAL) from exc


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
@lang_option
@encoding_option
@click.option("--include-boilerplate", is_flag=True,
              help="Also report claims in site furniture (related posts, footers, share "
                   "widgets); they are marked with * in the table and \"boilerplate\": true "
                   "(with a \"boilerplate_reason\") in JSON. Without it the table and the "
                   "JSON sources count them as set aside.")
def claims(paths: tuple[str, ...], fmt: str, lang: str | None, encoding: str | None,
           include_boilerplate: bool) -> None:
    """List every claim each story version makes.

    PATH is a text file, a folder of text files (one story; an optional
    sources.toml manifest names languages and outlets), or a folder of such
    folders (one story each). Without PATH, reads ./corpus.

    \b
    Examples:
      reconcile claims corpus/
      reconcile claims --format jsonl story/*.txt | jq .surface
      reconcile claims --lang fr --encoding latin-1 article.txt

    Exits 2 if any input could not be read (it is still listed, with its error).
    """
    from reconcile.api import extract_document
    from reconcile.report import jsonio
    from reconcile.report.terminal import console, render_claims

    stories = _load(paths, encoding, lang)
    results: list[tuple[Source, list[Claim]]] = []
    set_aside: dict[str, list[Claim]] = {}
    for story in stories:
        for source in story.sources:
            every = (extract_document(source.document, include_boilerplate=True)
                     if source.document is not None else [])
            found = [c for c in every if include_boilerplate or not c.boilerplate]
            set_aside[source.source_id] = [c for c in every
                                           if c.boilerplate and not include_boilerplate]
            results.append((source, found))
    if fmt == "table":
        render_claims(console(), results, set_aside)
    elif fmt == "jsonl":
        for _, found in results:
            for claim in found:
                click.echo(jsonio.dumps(jsonio.claim_record(claim)))
    else:
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
@lang_option
@encoding_option
@click.option("--include-boilerplate", is_flag=True,
              help="Also compare claims in site furniture (related posts, footers, share "
                   "widgets). Without it they are set aside, counted with their reasons "
                   "in the report and listed under \"set_aside\" in JSON.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              metavar="N",
              help="Diff this many stories at once, in worker processes (0: one per CPU). "
                   "The output is the same whatever N.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="local: this machine (--jobs processes); dask: Dask workers, of the "
                   "--scheduler's cluster or of a local cluster of --jobs processes "
                   "(needs pip install 'reconcile[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler to run on (tcp://host:8786); implies --engine dask.")
def diff(paths: tuple[str, ...], fmt: str, fail_on: str, show_all: bool,
         alias_files: tuple[str, ...], lang: str | None, encoding: str | None,
         include_boilerplate: bool, jobs: int, engine: str, scheduler: str | None) -> None:
    """Align the claims of a story's versions into facts and flag discrepancies.

    Versions that are translations of one another are detected and count as one
    witness when choosing outliers. Each fact is reported as conflict (values
    that cannot both be true), soft (compatible, worth a look), agree or single.

    PATH: files of one story, a story folder, or a folder of story folders
    (one report each). Without PATH, reads ./corpus.

    \b
    Examples:
      reconcile diff corpus/
      reconcile diff --format markdown corpus/ > report.md
      reconcile diff --format json --fail-on never a.txt b.txt | jq '.facts[0]'
      reconcile diff --include-boilerplate corpus/
      reconcile diff --format sarif corpus/ > reconcile.sarif
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
    from reconcile.run import DiffOptions, Skipped, diff_story_folder, diff_task, story_tasks

    options = DiffOptions(encoding=encoding, lang=lang, alias_files=alias_files,
                          include_boilerplate=include_boilerplate)
    tasks = story_tasks(_default_paths(paths), options)
    engine = "dask" if scheduler else engine
    blocking = {"error": {"conflict"}, "warning": {"conflict", "soft"}, "never": set()}[fail_on]
    if fmt == "jsonl":
        # Streamed: one story's lines at a time, in story order.
        input_error = found = False
        for outcome in _map_stories(diff_story_folder, tasks, jobs, engine, scheduler):
            click.echo(outcome.jsonl, nl=False)
            for message in outcome.errors:
                click.echo(f"reconcile: error: {message}", err=True)
            input_error = input_error or outcome.input_error
            found = found or any(status in blocking for status in outcome.statuses)
        if input_error:
            raise click.exceptions.Exit(EXIT_INPUT)
        if found:
            raise click.exceptions.Exit(EXIT_FOUND)
        return
    results = []
    skipped: list[tuple[Story, str]] = []
    for done in _map_stories(diff_task, tasks, jobs, engine, scheduler):
        if isinstance(done, Skipped):
            skipped.append((done.story, done.reason))
        else:
            results.append(done)
    _render_diff(fmt, results, skipped, show_all)
    _warn_errors([s for r in results for s in r.sources]
                 + [s for story, _ in skipped for s in story.sources])
    for _, reason in skipped:
        click.echo(f"reconcile: error: {reason}", err=True)
    if skipped or any(s.error for r in results for s in r.sources):
        raise click.exceptions.Exit(EXIT_INPUT)
    # A fact silenced by an inline `reconcile: ignore` marker is reported, never blocking.
    if any(f.status in blocking and not f.suppressed for r in results for f in r.facts):
        raise click.exceptions.Exit(EXIT_FOUND)


def _map_stories(fn: Callable[[StoryTask], T], tasks: Sequence[StoryTask], jobs: int,
                 engine: str, scheduler: str | None) -> Iterator[T]:
    """fn over the stories, in story order: here, in --jobs processes, or on Dask."""
    from reconcile.run import ordered_map, worker_count

    if engine != "dask":
        yield from ordered_map(fn, tasks, jobs)
        return
    from reconcile.distributed import connect, map_stories

    with connect(scheduler, worker_count(jobs)) as client:
        yield from map_stories(fn, tasks, client)


def _render_diff(fmt: str, results: Sequence[DiffResult],
                 skipped: Sequence[tuple[Story, str]], show_all: bool) -> None:
    from reconcile.report import jsonio
    from reconcile.report.github import render_github
    from reconcile.report.markdown import render_markdown
    from reconcile.report.sarif import render_sarif
    from reconcile.report.terminal import console, render_diff

    if fmt == "json":
        click.echo(jsonio.dumps(jsonio.diff_records(results, skipped), indent=2))
    elif fmt == "sarif":
        click.echo(render_sarif(results, skipped=skipped), nl=False)
    elif fmt == "github":
        click.echo(render_github(results, skipped=skipped), nl=False)
    elif fmt == "markdown":
        click.echo(render_markdown(results, skipped, show_all), nl=False)
    else:
        render_diff(console(), results, show_all, skipped)


def _claims_report(results: Sequence[tuple[Source, Sequence[Claim]]],
                   set_aside: Mapping[str, Sequence[Claim]]) -> dict[str, object]:
    from reconcile.report import jsonio

    return {
        "schema": "reconcile.claims/1",
        "sources": [
            {"id": s.source_id, "path": s.path, "lang": s.lang, "claims": len(found),
             "error": s.error, "set_aside": len(set_aside.get(s.source_id, ()))}
            for s, found in results
        ],
        "claims": [jsonio.claim_record(c) for _, found in results for c in found],
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
    from reconcile import cache
    from reconcile.ledger import snapshot
    from reconcile.project import alias_files_for, project_root

    root = project_root(folder)
    alias_files = alias_files_for(folder)
    key = cache.story_key(folder, alias_files, "")
    hit = cache.get(root, key)
    if hit is not None:
        return hit
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases
    from reconcile.ingest import load_stories

    (story,) = load_stories([folder])
    _warn_errors(story.sources)
    result = diff_story(story, load_aliases(alias_files))
    current = snapshot(result, _story_path(folder, root))
    cache.put(root, key, current)
    return current


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

    failed = rewritten = False
    machine: list[tuple[Path, Ledger | None]] = []
    for folder in _story_folders(files, changed_files=True):
        shown = _shown(folder)
        try:
            current = _current(folder)
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
    if failed:
        raise click.exceptions.Exit(EXIT_FOUND)


def _say(fmt: str, message: str) -> None:
    """A check message: on stdout as text, on stderr when stdout carries a machine format."""
    click.echo(message, err=fmt != "text")


def _checked_report(fmt: str, checked: Sequence[tuple[Path, Ledger | None]]) -> str:
    """The diff of each checked story in a machine format, with the ledger's reviews (keyed
    `story/fact id`); computed in full, as these formats need every mention's position."""
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases
    from reconcile.ingest import load_stories
    from reconcile.ledger import diff_review
    from reconcile.project import alias_files_for
    from reconcile.report import jsonio
    from reconcile.report.github import render_github
    from reconcile.report.locations import review_key
    from reconcile.report.sarif import render_sarif

    results = []
    reviews = {}
    for folder, ledger in checked:
        (story,) = load_stories([folder])
        result = diff_story(story, load_aliases(alias_files_for(folder)))
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


def entry_point() -> None:
    """Console-script entry point."""
    sys.exit(main())
