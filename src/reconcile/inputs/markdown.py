"""Markdown: the prose of a Markdown file (placeholder until the markdown-it reader lands)."""

from __future__ import annotations

from reconcile.inputs import ExtractedText, RawInput
from reconcile.inputs.text import decode_text


def read_markdown(raw: RawInput) -> tuple[ExtractedText, ...]:
    return (ExtractedText(decode_text(raw.name, raw.data, raw.encoding), "markdown"),)
