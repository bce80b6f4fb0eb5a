"""Command-line interface: the only module that reads argv, prints, and picks exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import click

from reconcile import __version__
from reconcile.api import extract_document
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.errors import ReconcileError, UsageError
from reconcile.ingest import load_stories
from reconcile.model import Claim, Source, Story
from reconcile.report import jsonio
from reconcile.report.github import render_github
from reconcile.report.markdown import render_markdown
from reconcile.report.sarif import render_sarif
from reconcile.report.terminal import console, render_claims, render_diff

# Exit codes (README "Exit codes"): scripts rely on these.
EXIT_OK = 0
EXIT_FOUND = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 123
EXIT_INTERRUPTED = 130

DEFAULT_CORPUS = "corpus"
DEFAULT_ALIASES = "claims/aliases.toml"


def _default_paths(paths: Sequence[str]) -> list[str]:
    if paths:
        return list(paths)
    if Path(DEFAULT_CORPUS).is_dir():
        return [DEFAULT_CORPUS]
    raise UsageError(f"no PATH given and no {DEFAULT_CORPUS}/ folder here; "
                     "name the story files or folders to read")


def _load(paths: Sequence[str], encoding: str | None, lang: str | None) -> tuple[Story, ...]:
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
    counts, percentages, dates, durations, multipliers), and reports where
    they differ.

    \b
    Examples:
      reconcile diff corpus/              # report discrepancies between versions
      reconcile claims --format jsonl a.txt b.txt
      reconcile diff --format markdown --fail-on warning story/ > report.md

    \b
    Exit codes: 0 clean, 1 discrepancies found, 2 usage or input error,
    123 internal error, 130 interrupted.
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
              help="Extra entity alias file (TOML); repeatable. ./claims/aliases.toml is "
                   "read when present.")
@lang_option
@encoding_option
@click.option("--include-boilerplate", is_flag=True,
              help="Also compare claims in site furniture (related posts, footers, share "
                   "widgets). Without it they are set aside, counted with their reasons "
                   "in the report and listed under \"set_aside\" in JSON.")
def diff(paths: tuple[str, ...], fmt: str, fail_on: str, show_all: bool,
         alias_files: tuple[str, ...], lang: str | None, encoding: str | None,
         include_boilerplate: bool) -> None:
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

    A line holding a `reconcile: ignore` marker (`# reconcile: ignore`,
    `[reconcile: ignore]` or `<!-- reconcile: ignore[R104] -->`) silences the
    findings of its claims: they are reported as suppressed and never fail the run.

    \b
    Exit codes: 0 nothing at or above --fail-on, 1 discrepancies found,
    2 usage or input error (an unreadable input is still listed).
    """
    stories = _load(paths, encoding, lang)
    aliases = load_aliases(_alias_paths(alias_files))
    results = []
    skipped: list[tuple[Story, str]] = []
    for story in stories:
        readable = sum(1 for s in story.sources if s.document is not None)
        if readable < 2:
            # Every input still appears in the output, with its own error if it has one.
            skipped.append((story, f"story {story.story_id!r} has {readable} readable "
                                   "version(s); reconcile diff needs at least two"))
            continue
        results.append(diff_story(story, aliases, include_boilerplate=include_boilerplate))
    if fmt == "json":
        click.echo(jsonio.dumps(jsonio.diff_records(results, skipped), indent=2))
    elif fmt == "jsonl":
        for line in jsonio.diff_lines(results, skipped):
            click.echo(line)
    elif fmt == "sarif":
        click.echo(render_sarif(results, skipped=skipped), nl=False)
    elif fmt == "github":
        click.echo(render_github(results, skipped=skipped), nl=False)
    elif fmt == "markdown":
        click.echo(render_markdown(results, skipped, show_all), nl=False)
    else:
        render_diff(console(), results, show_all, skipped)
    _warn_errors([s for r in results for s in r.sources]
                 + [s for story, _ in skipped for s in story.sources])
    for _, reason in skipped:
        click.echo(f"reconcile: error: {reason}", err=True)
    if skipped or any(s.error for r in results for s in r.sources):
        raise click.exceptions.Exit(EXIT_INPUT)
    blocking = {"error": {"conflict"}, "warning": {"conflict", "soft"}, "never": set()}[fail_on]
    # A fact silenced by an inline `reconcile: ignore` marker is reported, never blocking.
    if any(f.status in blocking and not f.suppressed for r in results for f in r.facts):
        raise click.exceptions.Exit(EXIT_FOUND)


def _alias_paths(extra: Sequence[str]) -> list[Path]:
    paths = [Path(DEFAULT_ALIASES)] if Path(DEFAULT_ALIASES).is_file() else []
    return [*paths, *(Path(p) for p in extra)]


def _claims_report(results: Sequence[tuple[Source, Sequence[Claim]]],
                   set_aside: Mapping[str, Sequence[Claim]]) -> dict[str, object]:
    return {
        "schema": "reconcile.claims/1",
        "sources": [
            {"id": s.source_id, "path": s.path, "lang": s.lang, "claims": len(found),
             "error": s.error, "set_aside": len(set_aside.get(s.source_id, ()))}
            for s, found in results
        ],
        "claims": [jsonio.claim_record(c) for _, found in results for c in found],
    }


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
