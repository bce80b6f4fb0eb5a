"""Shared helper of the per-language inline-suppression tests (tests/lang/<code>/)."""

from __future__ import annotations

from typing import Any

import pytest

from extractcases import Want, check_claims
from reconcile import document_from_text
from reconcile.suppress import find_markers

# The comment forms of a marker, each silencing every rule or the rules it names.
FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (" # reconcile: ignore", ()),
    (" [reconcile: ignore]", ()),
    (" <!-- reconcile: ignore -->", ()),
    (" # reconcile: ignore[R104]", ("R104",)),
    (" [reconcile: ignore[R101]]", ("R101",)),
    (" <!-- reconcile: ignore[R101, R104] -->", ("R101", "R104")),
    (" <!--reconcile:ignore[scale-mismatch]-->", ("R101",)),
)


def check_marker(text: str, wanted: list[Want], rules: tuple[str, ...], lang: str) -> None:
    """The marker in `text` is found with its rules, and yields no claim of its own: the
    claims are exactly those of the sentence."""
    markers = find_markers(document_from_text(text, lang))
    assert [m.rules for m in markers] == [rules]
    assert all(text[m.start:m.end].strip().startswith(("#", "[", "<!--")) for m in markers)
    check_claims(text, wanted, lang)


def marker_cases(sentence: str, claims: list[Want], *, glued: bool = False) -> list[Any]:
    """(text, wanted, rules) parameters: the sentence followed by each marker form (glued
    to it when `glued`, as CJK text often sets it), a spaced HTML comment, and a marker on a
    line of its own."""
    return [
        pytest.param(sentence + (form.lstrip() if glued else form), claims, rules,
                     id=f"form-{i}")
        for i, (form, rules) in enumerate(FORMS)
    ] + [
        pytest.param(sentence + " " + FORMS[2][0].strip(), claims, (), id="html-comment-spaced"),
        pytest.param(sentence + "\n<!-- reconcile: ignore[R102] -->", claims, ("R102",),
                     id="marker-on-its-own-line"),
    ]
