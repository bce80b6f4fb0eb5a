"""Indonesian forms found by faithful five-language stories (eighteenth round): a quarter
without a year is read in a sentence without digits too; a change in bare points to a
percent is in percentage points; "jam" after a spelled number is its unit, not a clock
("dua jam 18 menit")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Penjualan turun pada kuartal ketiga.",
                 [date("kuartal ketiga", None, "range", relative="month without year")],
                 id="quarter-in-a-sentence-without-digits"),
    pytest.param("Porsinya naik 6 poin menjadi 31%.",
                 [eq("6 poin", "percent", "6", "percentage point"),
                  eq("31%", "percent", "31", "percent")], id="points-to-a-percent"),
    pytest.param("Indeks Nikkei ditutup melemah 2.216,63 poin atau 5,8%.",
                 [eq("2.216,63", "count", "2216.63", "poin"),
                  eq("5,8%", "percent", "5.8", "percent")], id="index-points-stay-a-count"),
    pytest.param("Ia finis dalam dua jam 18 menit 42 detik.",
                 [eq("dua jam 18 menit 42 detik", "duration", "8322", "second")],
                 id="spelled-hours-then-minutes"),
    pytest.param("Lomba dimulai jam 7 pagi.", [], id="clock-hour-stays-unread"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
