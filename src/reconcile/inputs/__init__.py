"""Input formats: one file's bytes → the prose to analyse, its metadata and a position map.

`read_input` is the one entry point. A format is a row of FORMATS: its name (the value of
`--input-format`), the file suffixes that name it, an optional content sniffer (a .txt
holding a web page is HTML) and a reader. To add a format, write a module with a reader
`(RawInput) -> tuple[ExtractedText, ...]` and add a row; readers import their parser
lazily, so listing a format costs nothing at start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from reconcile.errors import InputError, UsageError
from reconcile.textpos import SourceMap

AUTO = "auto"


@dataclass(frozen=True)
class RawInput:
    """What a reader gets: the file's bytes, its name (for messages and suffixes) and the
    encoding the user asked for, if any."""

    data: bytes
    name: str
    encoding: str | None = None


@dataclass(frozen=True)
class ExtractedText:
    """The prose of one version of a story, as a reader found it in a file.

    `text` is what later stages analyse; `source_map` (None when the text is the decoded
    file itself) maps its offsets back to the original file for line/column reports.
    `part` names the version when a file holds several (a bilingual file's two sides):
    the source id becomes "<stem>:<part>". The metadata fields are None unless stated.
    """

    text: str
    format: str
    source_map: SourceMap | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None
    lang: str | None = None
    part: str | None = None
    # A bilingual file's units: (unit id, start, end) of each line of text a unit gave,
    # so paragraphs name their unit and alignment can use the file's pairing.
    units: tuple[tuple[str, int, int], ...] = ()

    @property
    def meta(self) -> tuple[tuple[str, str], ...]:
        """The stated metadata as sorted (key, value) pairs, the manifest's vocabulary."""
        pairs = (("title", self.title), ("author", self.author), ("date", self.date),
                 ("outlet", self.outlet))
        return tuple(sorted((key, value) for key, value in pairs if value))


Reader = Callable[[RawInput], tuple[ExtractedText, ...]]
Sniffer = Callable[[bytes], bool]


@dataclass(frozen=True)
class InputFormat:
    """One input format: how it is named, recognised and read.

    `reader` and `sniffer` are "module:function" names inside this package, imported on
    first use (trafilatura alone takes longer to import than a cached `reconcile check`).
    """

    name: str
    suffixes: tuple[str, ...]
    reader: str
    sniffer: str | None = None

    def read(self, raw: RawInput) -> tuple[ExtractedText, ...]:
        reader: Reader = _function(self.reader)
        return reader(raw)

    def sniff(self, data: bytes) -> bool:
        if self.sniffer is None:
            return False
        sniffer: Sniffer = _function(self.sniffer)
        return sniffer(data)


def _function(name: str) -> Any:
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), attr)


# Sniffers run in this order on content whose suffix does not settle the format; "text" is
# the fallback and must stay last.
FORMATS: tuple[InputFormat, ...] = (
    InputFormat("html", (".html", ".htm", ".xhtml"), "html:read_html", "sniff:looks_like_html"),
    InputFormat("markdown", (".md", ".markdown", ".mdown", ".mkd"), "markdown:read_markdown",
                "sniff:looks_like_markdown"),
    InputFormat("xliff", (".xlf", ".xliff"), "bilingual:read_xliff", "sniff:looks_like_xliff"),
    InputFormat("po", (".po",), "bilingual:read_po"),
    InputFormat("text", (".txt", ".text"), "text:read_text"),
)
FORMAT_NAMES: tuple[str, ...] = tuple(f.name for f in FORMATS)
# Files a story folder counts as versions.
SUFFIXES: tuple[str, ...] = tuple(s for f in FORMATS for s in f.suffixes)
_TEXT = FORMATS[-1]


def input_format(name: str) -> InputFormat:
    """The format called `name`; UsageError names the known ones."""
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise UsageError(f"unknown input format {name!r}; use one of "
                     f"{', '.join((AUTO, *FORMAT_NAMES))}")


def detect_format(data: bytes, name: str) -> InputFormat:
    """The format of a file from its content and suffix.

    Content that is unmistakably another format wins over a plain-text suffix (a .txt or
    stdin holding a web page is HTML, one opening with YAML front matter is Markdown); a
    specific suffix (.md, .html) is trusted.
    """
    suffix = PurePath(name).suffix.lower()
    by_suffix = next((f for f in FORMATS if suffix in f.suffixes), None)
    if by_suffix is not None and by_suffix is not _TEXT:
        return by_suffix
    return next((f for f in FORMATS if f.sniff(data)), _TEXT)


def read_input(data: bytes, name: str, fmt: str | None = None,
               encoding: str | None = None) -> tuple[ExtractedText, ...]:
    """The versions a file holds (one, or one per side of a bilingual file).

    `fmt` is a format name; None or "auto" detects it. InputError says why a file
    cannot be used.
    """
    chosen = detect_format(data, name) if fmt in (None, AUTO) else input_format(fmt or "")
    versions = chosen.read(RawInput(data, name, encoding))
    if not versions:
        raise InputError(name, f"no text found in the {chosen.name} input")
    return versions
