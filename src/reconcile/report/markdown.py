"""Markdown report of a diff, for a pull request or an editor's note."""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.model import DiffResult, Fact, Story
from reconcile.report.matrix import agreement_matrix
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


def _compact(result: DiffResult, facts: Sequence[Fact]) -> list[str]:
    """One row per fact, one column per version: the table a pull-request comment shows
    first (outliers in bold and marked ◀)."""
    sources = [s.source_id for s in result.sources if s.document is not None]
    lines = ["| | fact | code | " + " | ".join(_cell(s) for s in sources) + " |",
             "|---|---|---|" + "---|" * len(sources)]
    for fact in facts:
        values = {c.source: c for c in fact.claims}
        cells = []
        for sid in sources:
            claim = values.get(sid)
            if claim is None:
                cells.append("")
            elif sid in fact.verdict.outliers:
                cells.append(f"**{_cell(format_value(claim))}** ◀")
            else:
                cells.append(_cell(format_value(claim)))
        lines.append(f"| {_ICON[fact.status]} | {_cell(fact.label)} `{fact.id}` | "
                     f"{fact.verdict.code or ''} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _matrix(result: DiffResult) -> list[str]:
    """The agreement matrix: per pair of versions, agreeing / shared facts."""
    matrix = agreement_matrix(result)
    lines = ["Agreement (facts both versions state on which they agree):", "",
             "| | " + " | ".join(matrix.sources) + " |",
             "|---|" + "---|" * len(matrix.sources)]
    for a in matrix.sources:
        cells = []
        for b in matrix.sources:
            pair = matrix.pair(a, b)
            cells.append("—" if pair is None else "·" if pair.percent is None
                         else f"{pair.percent}% ({pair.agree}/{pair.shared})")
        lines.append(f"| **{a}** | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _silenced(result: DiffResult) -> str:
    n = sum(1 for f in result.facts if f.suppressed and f.status in ("conflict", "soft"))
    return f" ({n} suppressed by `reconcile: ignore`)" if n else ""


def render_markdown(results: Sequence[DiffResult],
                    skipped: Sequence[tuple[Story, str]] = (), show_all: bool = False,
                    *, matrix: bool = False) -> str:
    """Per story: the summary, a compact table of the discrepancies (every fact with
    `show_all`), the agreement matrix when asked, then each fact in detail, folded."""
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
        else:
            lines += _compact(result, shown)
        if matrix:
            lines += _matrix(result)
        if shown:
            lines += ["<details><summary>Each fact in detail</summary>", ""]
            for fact in shown:
                lines += _fact(result, fact)
            lines += ["</details>", ""]
    for story, reason in skipped:
        lines += [f"## reconcile: {story.story_id} (skipped)", "", reason, ""]
        lines += [f"- `{s.path}`" + (f": ❗ {s.error}" if s.error else "")
                  for s in story.sources]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
