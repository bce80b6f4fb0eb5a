"""Byte sizes people write and read: the one size limit of files and fetched pages."""

from __future__ import annotations

import re

from reconcile.errors import UsageError

# A story version bigger than this is refused before it is read (override: max_size, or
# --max-size on the command line): a news story is kilobytes, and extraction holds the
# whole text and its claims in memory. A fetched page is held to the same limit.
DEFAULT_MAX_SIZE = 20_000_000
_SIZE_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 10**6, "mb": 10**6, "g": 10**9,
               "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}
_SIZE_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*")


def parse_size(text: str) -> int:
    """Bytes of a size such as "20MB", "500k", "1.5 GiB" or "1000" (k, M, G are powers of
    1000, KiB, MiB, GiB of 1024); UsageError when it is not one."""
    match = _SIZE_RE.fullmatch(text.lower())
    if match is None or match.group(2) not in _SIZE_UNITS:
        raise UsageError(f"invalid size {text!r}; write e.g. 20MB, 500kB or 1GiB")
    return int(float(match.group(1)) * _SIZE_UNITS[match.group(2)])


def format_size(size: int) -> str:
    """A byte count for people: 52.4 MB, 800 kB, 12 bytes."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


__all__ = ["DEFAULT_MAX_SIZE", "format_size", "parse_size"]
