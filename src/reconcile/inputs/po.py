"""gettext PO files → a Bilingual unit list (polib)."""

from __future__ import annotations

import polib  # type: ignore[import-untyped]

from reconcile.errors import InputError
from reconcile.inputs.units import Bilingual, Unit, clean_lang

SUFFIXES = (".po",)
# gettext names no source language; some tools record it in this header.
_SOURCE_HEADERS = ("X-Source-Language", "Source-Language")


def parse_po(text: str, path: str) -> Bilingual:
    """Parse PO text. A unit's id is the line its entry starts on (PO has no ids).

    Left out, as gettext itself leaves them out at run time: the header, obsolete (#~)
    entries and fuzzy translations (unreviewed guesses). A plural entry pairs msgid with
    msgstr[0]: the other forms follow the target language's plural rules, not the source's.
    """
    try:
        catalog = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        # polib reports "Syntax error in po file (line N)".
        raise InputError(path, f"not a valid PO file: {exc}") from None
    units = []
    for entry in catalog:
        if entry.obsolete or entry.fuzzy or not entry.msgid:
            continue
        target = entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr
        line = int(entry.linenum)
        units.append(Unit(id=str(line), source=str(entry.msgid), target=str(target),
                          source_line=line, target_line=line))
    if not units:
        raise InputError(path, "the PO file holds no translated messages")
    metadata = catalog.metadata
    source = next((metadata[h] for h in _SOURCE_HEADERS if metadata.get(h)), None)
    return Bilingual(source_lang=clean_lang(source),
                     target_lang=clean_lang(metadata.get("Language")), units=tuple(units))
