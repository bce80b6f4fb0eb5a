"""Japanese: 試合 (matches), 得点 (points scored) and ゴール are counters of sports news
("52試合で41得点" gave no claim; "41 goals in 52 matches" gives two counts)."""

from __future__ import annotations

from extractcases import check_claims, eq

LANG = "ja"


def test_matches_and_points() -> None:
    check_claims("昨季は52試合で41得点を挙げた。",
                 [eq('52試合', 'count', '52', 'matches'), eq('41得点', 'count', '41', 'points')],
                 LANG)
