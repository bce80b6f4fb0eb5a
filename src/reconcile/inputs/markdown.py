"""Markdown: the prose of a Markdown file, by markdown-it-py (CommonMark plus tables).

Prose is what a reader of the rendered page reads: headings, paragraphs, list items, block
quotes and table rows (cells joined by " | "). Code blocks, inline code, link targets,
images, raw HTML and HTML comments are not prose. YAML front matter (between "---" lines)
is read with a safe loader for `lang`, `title`, `author`, `date` and `outlet`. Each block
becomes one line of the text; every character keeps its place in the file.

One kind of comment is kept: a `<!-- reconcile: ignore -->` marker (suppress.py), as it is
written in the file, so that it silences the claims of its block as it does on a line of
plain text. It may stand inside the block (a paragraph's, list item's, heading's or table
cell's line) or on the line right after it, alone (CommonMark ends the block there).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reconcile.errors import InputError
from reconcile.inputs import ExtractedText, RawInput
from reconcile.inputs.positions import View, filled_map, find_in, plain_view
from reconcile.inputs.sniff import looks_like_markdown as looks_like_markdown  # re-exported
from reconcile.inputs.text import decode_text
from reconcile.suppress import MARKER
from reconcile.textpos import Lines

if TYPE_CHECKING:
    from markdown_it.token import Token

# Front-matter keys we read, and the ExtractedText field each fills.
_META_KEYS = {"lang": "lang", "language": "lang", "title": "title", "author": "author",
              "date": "date", "outlet": "outlet"}
# Inline tokens whose text is not prose; what is inside a link or emphasis is.
_SKIPPED_INLINE = ("code_inline", "html_inline", "image")
_BREAKS = ("softbreak", "hardbreak")


def read_markdown(raw: RawInput) -> tuple[ExtractedText, ...]:
    """The prose of a Markdown file, its front matter and where each character came from."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    original = decode_text(raw.name, raw.data, raw.encoding)
    parser = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    tokens = parser.parse(original)
    lines = Lines.of(original)
    view = plain_view(original)
    text_parts: list[str] = []
    offsets: list[int | None] = []
    meta: dict[str, str] = {}
    row: list[Token] = []
    last_line: int | None = None  # the line after the block last emitted
    for index, token in enumerate(tokens):
        if token.type == "front_matter":
            meta = _front_matter(raw.name, token.content, token.map)
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            emitted = _emit(text_parts, offsets, _cells(row, view, lines))
            last_line = _end_line(row[-1]) if emitted and row else None
            row = []
        elif token.type == "inline" and token.map is not None:
            # A cell's inline sits right inside th/td; markdown-it gives it the row's map.
            if index > 0 and tokens[index - 1].type in ("th_open", "td_open"):
                row.append(token)
            elif _emit(text_parts, offsets, _inline(token, view, lines)):
                last_line = _end_line(token)
        elif (token.type == "html_block" and token.map is not None
              and token.map[0] == last_line and text_parts):
            # Markers alone on the line right after a block belong to that block.
            markers = _block_markers(token, view, lines)
            if markers is not None:
                text_parts[-1] += " " + markers[0]
                offsets.append(None)
                offsets.extend(markers[1])
                last_line = _end_line(token)
    text = "\n".join(text_parts)
    if not text.strip():
        raise InputError(raw.name, "no prose found in the Markdown file")
    return (ExtractedText(
        text=text,
        format="markdown",
        source_map=filled_map(original, offsets[: len(text)]),
        title=meta.get("title"),
        author=meta.get("author"),
        date=meta.get("date"),
        outlet=meta.get("outlet"),
        lang=meta.get("lang"),
    ),)


Piece = tuple[str, list[int | None]]


def _emit(parts: list[str], offsets: list[int | None], piece: Piece) -> bool:
    """Add a block's line (unless it is blank); whether it was added."""
    line, where = piece
    # Whitespace at either end is not prose (and would make an empty paragraph).
    left = len(line) - len(line.lstrip())
    right = len(line.rstrip())
    if left >= right:
        return False
    if parts:
        offsets.append(None)  # the line break between blocks
    parts.append(line[left:right])
    offsets.extend(where[left:right])
    return True


def _end_line(token: Token) -> int | None:
    return token.map[1] if token.map is not None else None


def _is_marker(html: str) -> bool:
    """Whether raw HTML is one `<!-- reconcile: ignore -->` comment."""
    return html.lstrip().startswith("<!--") and MARKER.fullmatch(html.strip()) is not None


_SPACE = re.compile(r"\s")


def _marker_piece(html: str, view: View, cursor: int, end: int) -> tuple[Piece, int]:
    """A marker comment as written, found in the file (a line break in it made a space,
    so that the block stays one line)."""
    found, cursor = find_in(html, view, cursor, end)
    return (_SPACE.sub(" ", html), found), cursor


def _block_markers(token: Token, view: View, lines: Lines) -> Piece | None:
    """The markers of an HTML block made of marker comments only (None: another block)."""
    comments = list(MARKER.finditer(token.content))
    rest = MARKER.sub("", token.content)
    if not comments or rest.strip() or not all(_is_marker(m.group()) for m in comments):
        return None
    cursor, end = _region(token, lines)
    text: list[str] = []
    where: list[int | None] = []
    for match in comments:
        (marker, found), cursor = _marker_piece(match.group(), view, cursor, end)
        if text:
            text.append(" ")
            where.append(None)
        text.append(marker)
        where.extend(found)
    return "".join(text), where


def _region(token: Token, lines: Lines) -> tuple[int, int]:
    first, last = token.map or (0, 0)
    size = len(lines.text)
    start = lines.starts[first] if first < len(lines.starts) else size
    end = lines.starts[last] if last < len(lines.starts) else size
    return start, end


def _inline(token: Token, view: View, lines: Lines, start: int | None = None) -> Piece:
    """The prose of one inline token (a paragraph, heading or cell) and its offsets."""
    region_start, end = _region(token, lines)
    cursor = region_start if start is None else max(start, region_start)
    text: list[str] = []
    where: list[int | None] = []
    skip = 0  # depth inside an image, whose alt text is not prose
    for child in token.children or ():
        if child.type == "html_inline" and _is_marker(child.content):
            (marker, found), cursor = _marker_piece(child.content, view, cursor, end)
            text.append(marker)
            where.extend(found)
            continue
        if child.type in _SKIPPED_INLINE:
            continue
        if child.type in _BREAKS:
            text.append(" ")
            where.append(None)
        elif child.type == "text" and child.content and not skip:
            found, cursor = find_in(child.content, view, cursor, end)
            text.append(child.content)
            where.extend(found)
    return "".join(text), where


def _cells(row: Sequence[Token], view: View, lines: Lines) -> Piece:
    """A table row: its cells' prose joined by " | " (the joints map to nothing)."""
    text: list[str] = []
    where: list[int | None] = []
    cursor: int | None = None
    for cell in row:
        content, found = _inline(cell, view, lines, cursor)
        located = [o for o in found if o is not None]
        if located:
            cursor = located[-1] + 1
        if text:
            text.append(" | ")
            where.extend([None] * 3)
        text.append(content)
        where.extend(found)
    return "".join(text), where


def _front_matter(name: str, content: str, where: list[int] | None) -> dict[str, str]:
    """The keys we read from YAML front matter (a safe loader: data only, no objects)."""
    import yaml

    try:
        data = yaml.safe_load(content) if content.strip() else {}
    except yaml.YAMLError as exc:
        line = (where[0] if where else 0) + 2  # the YAML starts after the opening "---"
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {line + mark.line}" if mark is not None else ""
        raise InputError(name, f"malformed front matter{at}: {exc}") from None
    if not isinstance(data, dict):
        return {}
    meta: dict[str, str] = {}
    for key, value in data.items():
        field = _META_KEYS.get(str(key).lower())
        if field is None or field in meta:
            continue
        text = _scalar(value)
        if text:
            meta[field] = text
    return meta


def _scalar(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None
