"""Inline suppression: a `reconcile: ignore` marker silences the findings of its line.

A marker is written in one of the comment forms that suit prose files:

- a trailing hash comment: `… 2,4 miliar rupiah. # reconcile: ignore`
- a bracketed note: `… 2,4 miliar rupiah. [reconcile: ignore]`
- a Markdown/HTML comment: `… 2,4 miliar rupiah. <!-- reconcile: ignore -->`

`reconcile: ignore[R104]` (or `[R101, R104]`, or the rule's name, `[year-shift]`) silences
only those findings. The diff still aligns and judges every fact; a fact with a claim on a
marked line gets the marker in `Fact.suppressions`, is reported as suppressed and takes no
part in the exit code. The marker's own text never yields a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from reconcile.findings import CODES
from reconcile.model import Claim, Document, Fact, Suppression
from reconcile.textpos import Lines

_BODY = r"reconcile:\s*ignore(?:\[\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*\])?"
MARKER = re.compile(
    rf"<!--\s*{_BODY}\s*-->"  # Markdown and HTML
    rf"|\[\s*{_BODY}\s*\]"  # a bracketed note
    rf"|#\s*{_BODY}(?![\w\[-])",  # a trailing hash comment
    re.IGNORECASE,
)
_CODE_OF_NAME = {name: code for code, name in CODES.items()}


def _rules(listed: str | None) -> tuple[str, ...]:
    """Codes named in a marker; a rule's name stands for its code. Unknown words are kept
    as written, so they silence nothing rather than everything."""
    if not listed:
        return ()
    words = (w.strip() for w in listed.split(","))
    return tuple(sorted({_CODE_OF_NAME.get(w.casefold(), w.upper()) for w in words if w}))


def find_markers(doc: Document) -> tuple[Suppression, ...]:
    """Every `reconcile: ignore` marker of a version, in text order."""
    if "#" not in doc.text and "[" not in doc.text and "<" not in doc.text:
        return ()  # each form opens with one of these (no case folding makes another)
    return tuple(
        Suppression(doc.source_id, m.start(), m.end(),
                    _rules(next((g for g in m.groups() if g), None)))
        for m in MARKER.finditer(doc.text)
    )


def without_markers(claims: Iterable[Claim], markers: Sequence[Suppression]) -> list[Claim]:
    """The claims that do not overlap a marker (`ignore[R104]` states no number)."""
    return [c for c in claims
            if not any(c.start < m.end and m.start < c.end for m in markers)]


def _silences(marker: Suppression, fact: Fact) -> bool:
    return not marker.rules or fact.verdict.code in marker.rules


def apply_suppressions(facts: Sequence[Fact],
                       documents: Mapping[str, Document]) -> tuple[Fact, ...]:
    """The facts, each with the markers that sit on the line of one of its claims and name
    its rule (or no rule)."""
    by_line: dict[str, tuple[Lines, dict[int, list[Suppression]]]] = {}
    for sid, doc in documents.items():
        markers = find_markers(doc)
        if markers:
            lines = Lines.of(doc.text)
            table: dict[int, list[Suppression]] = {}
            for marker in markers:
                table.setdefault(lines.line(marker.start), []).append(marker)
            by_line[sid] = (lines, table)
    if not by_line:
        return tuple(facts)
    out = []
    for fact in facts:
        found: list[Suppression] = []
        for claim in fact.claims:
            if claim.source not in by_line:
                continue
            lines, table = by_line[claim.source]
            found.extend(m for m in table.get(lines.line(claim.start), ())
                         if _silences(m, fact) and m not in found)
        out.append(replace(fact, suppressions=tuple(found)) if found else fact)
    return tuple(out)
