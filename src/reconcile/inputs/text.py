"""Plain text: bytes → str (encoding, BOM, binary and empty checks); the text is the file."""

from __future__ import annotations

import codecs

from reconcile.errors import InputError, UsageError
from reconcile.inputs import ExtractedText, RawInput

DEFAULT_ENCODING = "utf-8"
BOM = "\ufeff"

# UTF-16/32 text is full of NUL bytes, so the binary check must look at decoded text there.
_WIDE_CODECS = ("utf-16", "utf-32")

# UTF-16 without a BOM: every ASCII character (Latin letters, digits, spaces, line breaks)
# puts a NUL on the same side of its byte pair, while CJK characters rarely hold a NUL
# (U+xx00 only) and binary data puts NULs anywhere. NULs on one side must outnumber the
# other side this many times and make at least this share of the pairs; then the bytes
# must still decode to text without control characters.
_UTF16_NUL_SIDE_RATIO = 4
_UTF16_MIN_NUL_PAIRS = 0.02

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


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NUL bytes follow UTF-16's pattern, else None."""
    pairs = len(data) // 2
    if pairs == 0 or len(data) % 2:
        return None
    high = data[1::2].count(0)  # little-endian: the high byte of an ASCII character
    low = data[0::2].count(0)
    nuls = high + low
    if nuls < pairs * _UTF16_MIN_NUL_PAIRS:
        return None
    if high >= low * _UTF16_NUL_SIDE_RATIO:
        return "utf-16-le"
    if low >= high * _UTF16_NUL_SIDE_RATIO:
        return "utf-16-be"
    return None


def _decode_utf16_guess(data: bytes, codec: str) -> str | None:
    """Text of bytes whose NULs say UTF-16 without a BOM, or None when they do not decode
    to clean text in that byte order (then they are binary after all)."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if any(ch < " " and ch not in "\t\n\r\x0b\x0c" for ch in text):
        return None
    return text


def decode_text(name: str, data: bytes, encoding: str | None = None) -> str:
    """Decode a file's bytes, strip one leading BOM and refuse empty or binary content."""
    if not data:
        raise InputError(name, "file is empty")
    codec = resolve_encoding(encoding) if encoding else sniff_codec(data) or DEFAULT_ENCODING
    wide = codec.startswith(_WIDE_CODECS)
    if not wide and b"\x00" in data:
        guess = _utf16_without_bom(data)
        text = _decode_utf16_guess(data, guess) if guess else None
        if guess is None or text is None:
            raise InputError(name, "looks like a binary file")
        if encoding:
            raise InputError(name, f"is not {_display_codec(codec)}: it looks like "
                                   f"UTF-16 without a BOM; pass --encoding {guess}")
        return _finish_text(name, text)
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
    return _finish_text(name, text)


def _finish_text(name: str, text: str) -> str:
    if text.startswith(BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(name, "file is empty")
    return text


def read_text(raw: RawInput) -> tuple[ExtractedText, ...]:
    """A plain-text file is its own prose: offsets are the file's."""
    return (ExtractedText(decode_text(raw.name, raw.data, raw.encoding), "text"),)
