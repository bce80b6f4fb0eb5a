"""Command-line interface: the only module that reads argv, prints, and picks exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from reconcile import __version__
from reconcile.api import extract_document
from reconcile.errors import ReconcileError, UsageError
from reconcile.ingest import load_stories, resolve_encoding
from reconcile.model import Claim, Source, Story
from reconcile.report import jsonio
from reconcile.report.terminal import console, render_claims

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
    if encoding:
        resolve_encoding(encoding)
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
              help="Also report claims in site furniture (related posts, footers, ads); "
                   "they are marked with * in the table and \"boilerplate\": true in JSON.")
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
    for story in stories:
        for source in story.sources:
            found = (extract_document(source.document, include_boilerplate=include_boilerplate)
                     if source.document is not None else [])
            results.append((source, found))
    if fmt == "table":
        render_claims(console(), results)
    elif fmt == "jsonl":
        for _, found in results:
            for claim in found:
                click.echo(jsonio.dumps(jsonio.claim_record(claim)))
    else:
        click.echo(jsonio.dumps(_claims_report(results), indent=2))
    sources = [source for source, _ in results]
    _warn_errors(sources)
    if any(source.error for source in sources):
        raise SystemExit(EXIT_INPUT)


def _claims_report(results: Sequence[tuple[Source, Sequence[Claim]]]) -> dict[str, object]:
    return {
        "schema": "reconcile.claims/1",
        "sources": [
            {"id": s.source_id, "path": s.path, "lang": s.lang, "claims": len(found),
             "error": s.error}
            for s, found in results
        ],
        "claims": [jsonio.claim_record(c) for _, found in results for c in found],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="reconcile",
                 standalone_mode=False)
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
    return EXIT_OK


def entry_point() -> None:
    """Console-script entry point."""
    sys.exit(main())
