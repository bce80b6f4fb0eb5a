"""Japanese: 坪 (tsubo, 400/121 m²) is a unit of floor area, not a bare count."""

from __future__ import annotations

from extractcases import check_claims, eq

LANG = "ja"


def test_tsubo() -> None:
    check_claims("延べ床面積は約3000坪。", [eq('約3000坪', 'quantity', '3000', 'tsubo', 'approx')],
                 LANG)
