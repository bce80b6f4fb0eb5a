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


def parse_bilingual(path: Path, data: bytes, text: str | None = None) -> Bilingual:
    """The units of an XLIFF file (parsed from bytes: XML names its own encoding) or of a
    PO file (from its decoded `text`)."""
    if path.suffix.lower() in po.SUFFIXES:
        if text is None:
            raise InputError(str(path), "a PO file must be decoded first")
        return po.parse_po(text, str(path))
    return xliff.parse_xliff(data, str(path))


def bilingual_documents(path: Path, bilingual: Bilingual, *, stem: str, lang: str | None = None,
                        story: str = "") -> tuple[Document, Document]:
    """The source side and the target side, ids `<stem>:<lang>`."""
    source_id, target_id = side_ids(stem, bilingual)
    return (
        side_document(str(path), bilingual, "source", source_id=source_id, lang=lang,
                      story=story),
        side_document(str(path), bilingual, "target", source_id=target_id, lang=lang,
                      story=story),
    )
