"""Shared helper of the per-language inline-suppression tests (tests/lang/<code>/)."""

from __future__ import annotations

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
