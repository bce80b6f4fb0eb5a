"""The plain, frozen data types that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

ClaimKind = Literal["money", "count", "percent", "date", "duration", "multiplier"]
Qualifier = Literal["eq", "approx", "gt", "gte", "lt", "lte", "range", "several"]
SegmentKind = Literal["sentence", "bullet", "heading"]
LangOrigin = Literal["option", "manifest", "detected"]

CLAIM_KINDS: tuple[ClaimKind, ...] = (
    "money", "count", "percent", "date", "duration", "multiplier",
)
QUALIFIERS: tuple[Qualifier, ...] = (
    "eq", "approx", "gt", "gte", "lt", "lte", "range", "several",
)


@dataclass(frozen=True)
class Paragraph:
    """A run of text separated by blank lines or line breaks; offsets into Document.text."""

    start: int
    end: int
    lang: str


@dataclass(frozen=True)
class Document:
    """One decoded story version. Every later object points into `text` by offsets."""

    source_id: str
    path: str
    text: str
    lang: str
    lang_origin: LangOrigin
    paragraphs: tuple[Paragraph, ...]
    story: str = ""
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Segment:
    """A sentence, bullet item or heading; text == document.text[start:end]."""

    start: int
    end: int
    text: str
    lang: str
    kind: SegmentKind
    boilerplate: bool
    paragraph: int = 0


@dataclass(frozen=True)
class Claim:
    """One checkable statement of quantity or time, with its value as an interval.

    low/high are exact Decimals in the claim's unit (None = open bound); for dates they are
    None and `date` holds an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD, or two of them
    joined by "/" for a range). `relative` names a relative expression ("last year",
    "same year", ...) and `anchor` the stated date it was resolved against, if any.
    """

    kind: ClaimKind
    surface: str
    start: int
    end: int
    sentence: str
    lang: str
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    unit: str | None
    date: str | None = None
    relative: str | None = None
    anchor: str | None = None
    source: str | None = None
    sentence_start: int = 0
    boilerplate: bool = False
    entities: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Source:
    """One input of a run: its document when it could be read, else the error saying why."""

    source_id: str
    path: str
    lang: str | None
    document: Document | None
    error: str | None = None
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Story:
    """The versions of one story: a folder of text files, or the files named together."""

    story_id: str
    path: str
    sources: tuple[Source, ...]
