"""entities.indel_ratio is rapidfuzz's fuzz.ratio, float for float (it spares a cold diff
loading rapidfuzz, which stays the CLI's choice for suggesting fact ids)."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from reconcile.entities import indel_ratio


@pytest.mark.parametrize(("a", "b"), [
    ("", ""), ("", "abc"), ("abc", ""), ("abc", "abc"), ("lewenstein", "levenshtein"),
    ("this is a test", "this is a test!"), ("muskk", "musk"), ("altman", "altmann"),
    ("openai", "open ai"), ("sam altman", "sam altmn"), ("élon", "elon"),
    ("東京都", "東京"), ("aaaa", "aa"), ("abab", "baba"), ("x" * 70, "x" * 69 + "y"),
])
def test_known_pairs(a: str, b: str) -> None:
    assert indel_ratio(a, b) == fuzz.ratio(a, b)
    assert indel_ratio(b, a) == fuzz.ratio(b, a)


def test_random_pairs_of_short_and_long_strings() -> None:
    rng = random.Random(19)
    alphabet = "abcdeéfgh ABC漢字-'"
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        b = ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
             if rng.random() < 0.6 else a[: rng.randint(0, len(a))] + rng.choice(alphabet))
        assert indel_ratio(a, b) == fuzz.ratio(a, b), (a, b)
    for _ in range(200):  # beyond one machine word of bits
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(60, 150)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(60, 150)))
        assert indel_ratio(a, b) == fuzz.ratio(a, b), (a, b)
