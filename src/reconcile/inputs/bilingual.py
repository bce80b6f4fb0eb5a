"""A bilingual file (XLIFF or PO) → the Documents of its two sides."""

from __future__ import annotations

from pathlib import Path

from reconcile.errors import InputError
from reconcile.inputs import po, xliff
from reconcile.inputs.units import Bilingual, side_document, side_ids
from reconcile.model import Document

SUFFIXES = (*xliff.SUFFIXES, *po.SUFFIXES)


def is_bilingual(path: Path, data: bytes | None = None) -> bool:
    """An XLIFF or PO file by its extension, or XLIFF by its content (an .xml export)."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return True
    return suffix == ".xml" and data is not None and xliff.looks_like_xliff(data)


def is_po(path: Path) -> bool:
    """A PO file, which is text (decoded like any text file) rather than XML."""
    return path.suffix.lower() in po.SUFFIXES


def parse_bilingual(path: Path, data: bytes, text: str | None = None,
                    shown: str | None = None) -> Bilingual:
    """The units of an XLIFF file (parsed from bytes: XML names its own encoding) or of a
    PO file (from its decoded `text`); `path` tells which, `shown` names it in errors."""
    name = shown or str(path)
    if is_po(path):
        if text is None:
            raise InputError(name, "a PO file must be decoded first")
        return po.parse_po(text, name)
    return xliff.parse_xliff(data, name)


def bilingual_documents(path: str, bilingual: Bilingual, *, stem: str, lang: str | None = None,
                        story: str = "") -> tuple[Document, Document]:
    """The source side and the target side, ids `<stem>:<lang>`."""
    source_id, target_id = side_ids(stem, bilingual)
    return (
        side_document(path, bilingual, "source", source_id=source_id, lang=lang, story=story),
        side_document(path, bilingual, "target", source_id=target_id, lang=lang, story=story),
    )
