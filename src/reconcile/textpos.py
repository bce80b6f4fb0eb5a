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
