"""Small statistics shared by the pipeline's stages, without loading `statistics` (which
brings `random` and `fractions`: more for a cold run than all the medians it takes)."""

from __future__ import annotations

from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    """statistics.median of a non-empty list, the same arithmetic (the middle value, or the
    mean of the two middle ones); a list of one value is returned as is."""
    if len(values) == 1:
        return values[0]
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2
