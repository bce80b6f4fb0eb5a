"""langdetect's language profiles, built once and kept on disk in a compact form.

langdetect reads its 55 profiles (JSON, about 90,000 n-grams) into a dict that maps every
n-gram to a list of 55 probabilities, most of them zero: half a second of every run that
detects a language, before the first text is looked at. What it builds depends only on the
profile files, so it is kept in the user's cache folder (reconcile.lang.tablecache: one entry, keyed
by the profile files' names, sizes and mtimes as well as reconcile's code; none when the
cache folder is switched off), stored sparse: the
n-grams as one string, and for each n-gram the languages it occurs in and their
probabilities, as packed arrays. Reading that back takes a few milliseconds; an n-gram's
list of 55 probabilities is rebuilt, exactly as langdetect built it, only when a detector
asks for it (a text meets a few hundred of them).

The language list keeps the order langdetect's own loader gave it (the order of the profile
folder's listing), so a detector sees the same lists, in the same order, as with
`DetectorFactory.load_profile`: its probabilities are the same numbers.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

# Stored form: (language codes, n-grams joined by _SEP, row starts (array "I" bytes),
# language index per stored probability (bytes, one byte each), probabilities (array "d"
# bytes)). Bump _FORMAT when it changes.
Stored = tuple[list[str], str, bytes, bytes, bytes]
_FORMAT = 1
_SEP = "\0"  # never inside an n-gram: langdetect's profiles hold letters and spaces


class SparseProfiles(Mapping[str, list[float]]):
    """langdetect's n-gram → per-language probabilities map, read from the stored form.

    `profiles[ngram]` is the list langdetect's loader builds (one float per language,
    zero where the language has no such n-gram), made on first request and kept."""

    def __init__(self, stored: Stored) -> None:
        langs, keys, starts, index, probs = stored
        self._size = len(langs)
        self._row = {key: at for at, key in enumerate(keys.split(_SEP))} if keys else {}
        self._starts = array("I")
        self._starts.frombytes(starts)
        self._index = index
        self._probs = array("d")
        self._probs.frombytes(probs)
        self._made: dict[str, list[float]] = {}

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def __getitem__(self, key: str) -> list[float]:
        made = self._made.get(key)
        if made is None:
            at = self._row[key]  # KeyError for an unknown n-gram, as the dict raises
            made = [0.0] * self._size
            index, probs = self._index, self._probs
            for j in range(self._starts[at], self._starts[at + 1]):
                made[index[j]] = probs[j]
            self._made[key] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


def pack(langs: list[str], table: Mapping[str, list[float]]) -> Stored:
    """The stored form of langdetect's language list and n-gram map."""
    if len(langs) > 256:
        raise ValueError("more languages than one byte can index")
    keys: list[str] = []
    starts = array("I", [0])
    index = bytearray()
    probs = array("d")
    for key, row in table.items():
        if _SEP in key:
            raise ValueError(f"an n-gram holds the separator: {key!r}")
        keys.append(key)
        for at, prob in enumerate(row):
            if prob:
                index.append(at)
                probs.append(prob)
        starts.append(len(probs))
    return (list(langs), _SEP.join(keys), starts.tobytes(), bytes(index), probs.tobytes())


def _build(directory: str) -> Stored:
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(directory)
    return pack(factory.langlist, factory.word_lang_prob_map)


def _stamp(directory: str) -> str:
    """What the profiles depend on: the folder and each file's name, size and mtime."""
    parts = [f"langprofiles/{_FORMAT}", directory]
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        entries = []
    for entry in entries:
        try:
            info = entry.stat()
        except OSError:
            continue
        parts.append(f"{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


def load_factory(directory: str, seed: int) -> DetectorFactory:
    """A seeded langdetect DetectorFactory holding the profiles of `directory`, read from
    the cache folder when they were built before (built and stored otherwise)."""
    from langdetect.detector_factory import DetectorFactory

    from reconcile.lang import cldrcache
    from reconcile.lang.tablecache import cached_for

    factory = DetectorFactory()
    if cldrcache.cache_dir() is None:  # no cache folder: langdetect's own loader
        factory.load_profile(directory)
    else:
        stored: Stored = cached_for("langdetect", "profiles", _stamp(directory),
                                    lambda: _build(directory))
        factory.langlist = list(stored[0])
        factory.word_lang_prob_map = SparseProfiles(stored)
    factory.set_seed(seed)
    return factory
