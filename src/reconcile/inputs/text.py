"""Plain text: bytes → str (encoding, BOM, binary and empty checks); the text is the file."""

from __future__ import annotations

import codecs

from reconcile.errors import InputError, UsageError
from reconcile.inputs import ExtractedText, RawInput

DEFAULT_ENCODING = "utf-8"
BOM = "\ufeff"

# UTF-16/32 text is full of NUL bytes, so the binary check must look at decoded text there.
_WIDE_CODECS = ("utf-16", "utf-32")

# Byte-order marks that name their encoding; UTF-32 first, its LE mark starts like UTF-16's.
_SNIFFED_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def resolve_encoding(encoding: str | None) -> str:
    """The canonical codec name for `encoding` (default UTF-8); UsageError if unknown."""
    name = encoding.strip() if encoding else DEFAULT_ENCODING
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None


def sniff_codec(data: bytes) -> str | None:
    """The encoding a byte-order mark names, if the data starts with one."""
    for bom, codec in _SNIFFED_BOMS:
        if data.startswith(bom):
            return codec
    return None


def _display_codec(codec: str) -> str:
    return "UTF-8" if codec == "utf-8" else codec


def decode_text(name: str, data: bytes, encoding: str | None = None) -> str:
    """Decode a file's bytes, strip one leading BOM and refuse empty or binary content."""
    if not data:
        raise InputError(name, "file is empty")
    codec = resolve_encoding(encoding) if encoding else sniff_codec(data) or DEFAULT_ENCODING
    wide = codec.startswith(_WIDE_CODECS)
    if not wide and b"\x00" in data:
        raise InputError(name, "looks like a binary file")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        problem = (
            f"is not valid {_display_codec(codec)} "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})"
        )
        if not encoding:
            problem += "; pass --encoding, e.g. --encoding gbk"
        raise InputError(name, problem) from None
    if wide and "\x00" in text:
        raise InputError(name, "looks like a binary file")
    if text.startswith(BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(name, "file is empty")
    return text


def read_text(raw: RawInput) -> tuple[ExtractedText, ...]:
    """A plain-text file is its own prose: offsets are the file's."""
    return (ExtractedText(decode_text(raw.name, raw.data, raw.encoding), "text"),)
