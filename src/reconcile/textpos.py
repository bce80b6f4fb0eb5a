"""Lines and columns of character offsets, as editors, SARIF and GitHub count them.

Lines end at LF, CRLF or a lone CR (what editors and GitHub count; other Unicode breaks
stay inside a line). Lines and columns are 1-based; columns count UTF-16 code units, SARIF's
default `columnKind` (`utf16CodeUnits`): a character outside the Basic Multilingual Plane
(an emoji, a rare Han character) takes two columns, every other character one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Lines:
    """The line starts of one text, for repeated look-ups."""

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Lines:
        return cls(text, (0, *(m.end() for m in _BREAK.finditer(text))))

    def line(self, offset: int) -> int:
        """The 1-based line holding `offset` (an offset at a line break is on that line)."""
        return bisect.bisect_right(self.starts, offset)

    def span(self, line: int) -> tuple[int, int]:
        """(start, end) of a 1-based line, its break excluded."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of `offset`; the column is 1-based, in UTF-16 code units."""
        line = self.line(offset)
        start = self.starts[line - 1]
        return line, 1 + utf16_length(self.text[start:offset])


def utf16_length(text: str) -> int:
    """How many UTF-16 code units `text` takes (astral characters take two)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


@dataclass(frozen=True)
class SourceMap:
    """Where the characters of an extracted text (an HTML page's article, a Markdown file's
    prose) came from in the original file.

    `runs` are (text_start, original_start, length): text[text_start + i] came from
    original[original_start + i] for i < length. Runs are sorted by text_start and cover
    the text; a character the reader made up (a table's "|", a joined line's space) maps
    to the original character before it.
    """

    original: str
    runs: tuple[tuple[int, int, int], ...]

    @classmethod
    def of(cls, original: str, offsets: list[int]) -> SourceMap:
        """The map of a text whose i-th character came from original[offsets[i]]."""
        runs: list[tuple[int, int, int]] = []
        for index, at in enumerate(offsets):
            if runs:
                start, origin, length = runs[-1]
                if origin + length == at:
                    runs[-1] = (start, origin, length + 1)
                    continue
            runs.append((index, at, 1))
        return cls(original, tuple(runs))

    def original_offset(self, offset: int) -> int:
        """The offset in the original of text[offset] (the end of the text maps to the end
        of its last character)."""
        if not self.runs:
            return 0
        index = max(0, bisect.bisect_right(self.runs, (offset, len(self.original) + 1)) - 1)
        start, origin, length = self.runs[index]
        if offset - start < length:
            return origin + offset - start
        return origin + length  # just after the run (the end of the text)


@dataclass(frozen=True)
class Positions:
    """(line, column) in the file a text was read from, whether the text is the file itself
    (plain text) or was extracted from it (a SourceMap)."""

    lines: Lines
    source_map: SourceMap | None = None

    @classmethod
    def of(cls, text: str, source_map: SourceMap | None = None) -> Positions:
        if source_map is None:
            return cls(Lines.of(text))
        return cls(Lines.of(source_map.original), source_map)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a text offset in the original file (1-based, UTF-16 columns)."""
        if self.source_map is None:
            return self.lines.position(offset)
        return self.lines.position(self.source_map.original_offset(offset))

    def line(self, offset: int) -> int:
        return self.position(offset)[0]

    def end_position(self, start: int, end: int) -> tuple[int, int]:
        """(line, column) just after the span text[start:end] in the original file."""
        if self.source_map is None or end <= start:
            return self.position(end)
        last = self.source_map.original_offset(end - 1)
        return self.lines.position(last + 1)
