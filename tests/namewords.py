"""Random name-like words for the entity near-miss equivalence tests: short strings over a
few letters (one accented, and the space), then names that share prefixes."""

from __future__ import annotations

import random

_LETTERS = "abcdeéfgh "
_NAMES = ["alexander", "alexandre", "alexandra", "alex", "alexanderson", "sandra"]


def name_words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    words = ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, 14)))
             for _ in range(count)]
    return words + _NAMES
