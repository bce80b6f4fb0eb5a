"""Markdown report of a diff, for a pull request or an editor's note."""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.model import DiffResult, Fact, Story
from reconcile.report.values import (
    STATUS_ORDER,
    boilerplate_lines,
    format_value,
    origin_text,
    reasons_text,
    snippet,
    suppressed_note,
    unit_text,
)

_ICON = {"conflict": "❌", "soft": "⚠️", "agree": "✅", "single": "·"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _fact(result: DiffResult, fact: Fact) -> list[str]:
    lines = [f"### {_ICON[fact.status]} {fact.status}: {_cell(fact.label)}", "",
             f"`{fact.id}`" + (f" · **{fact.verdict.code}**" if fact.verdict.code else "")
             + (f" · {unit_text(fact)}" if fact.translation_unit is not None else ""), ""]
    if fact.suppressed:
        lines += [f"_{suppressed_note(result, fact)}_", ""]
    if fact.verdict.diagnosis:
        lines += [fact.verdict.diagnosis, ""]
    lines += ["| version | value | as written | in context |", "|---|---|---|---|"]
    for claim in fact.claims:
        mark = " **(outlier)**" if claim.source in fact.verdict.outliers else ""
        lines.append(f"| {claim.source}{mark} | {_cell(format_value(claim))} | "
                     f"{_cell(claim.surface)} | {_cell(snippet(claim, 80))} |")
    return [*lines, ""]


def _boilerplate(result: DiffResult) -> list[str]:
    """How many claims were set aside as site furniture and why, per version."""
    aside = [c for _, found in result.set_aside for c in found]
    if not aside:
        return [f"{line}", ""] if (line := "  ".join(boilerplate_lines(result))) else []
    per_source = ", ".join(f"{sid} {len(found)} ({reasons_text(found)})"
                           for sid, found in result.set_aside)
    return [f"Set aside as boilerplate: {len(aside)} claim{'s' if len(aside) != 1 else ''} "
            f"(reasons: {reasons_text(aside)}); by version: {per_source}. "
            "`reconcile diff --include-boilerplate` compares them.", ""]


def _silenced(result: DiffResult) -> str:
    n = sum(1 for f in result.facts if f.suppressed and f.status in ("conflict", "soft"))
    return f" ({n} suppressed by `reconcile: ignore`)" if n else ""


def render_markdown(results: Sequence[DiffResult],
                    skipped: Sequence[tuple[Story, str]] = (), show_all: bool = False) -> str:
    lines: list[str] = []
    for result in results:
        counts = {status: sum(1 for f in result.facts if f.status == status)
                  for status in STATUS_ORDER}
        langs = ", ".join(f"{s.source_id} ({s.lang or '?'})" for s in result.sources)
        lines += [f"## reconcile: {result.story}", "",
                  f"Versions: {langs}  ",
                  "Facts: " + " · ".join(f"{n} {status}" for status, n in counts.items())
                  + _silenced(result), ""]
        for family in result.witnesses:
            if len(family) > 1:
                lines += [f"Translations of one another (one witness): {', '.join(family)}", ""]
        lines += [f"- `{s.source_id}`:{origin}" for s in result.sources
                  if (origin := origin_text(s))]
        lines += _boilerplate(result)
        for source in result.sources:
            if source.error:
                lines += [f"- ❗ `{source.path}`: {source.error}"]
        shown = [f for f in sorted(result.facts, key=lambda f: (STATUS_ORDER[f.status], f.id))
                 if show_all or f.status in ("conflict", "soft")]
        if not shown:
            lines += ["No discrepancies found.", ""]
        for fact in shown:
            lines += _fact(result, fact)
    for story, reason in skipped:
        lines += [f"## reconcile: {story.story_id} (skipped)", "", reason, ""]
        lines += [f"- `{s.path}`" + (f": ❗ {s.error}" if s.error else "")
                  for s in story.sources]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
