"""分 right after a number in digits is minutes ([span_tails] digits): 30分 was no claim and
10～60分 a count of 10 to 60. Not after kanji (十分 is "enough"), not before の (3分の1, a
third) and not after the hour of a time of day (午後8時30分)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, rng

LANG = "ja"

CASES = [
    pytest.param("会議は30分かかった。", [eq("30分", "duration", "30", "minute")], id="minutes"),
    pytest.param("しばらく（10～60分）してから眠る。",
                 [rng("10～60分", "duration", "10", "60", "minute")], id="range"),
    pytest.param("人口の3分の1が賛成した。",
                 [eq('3分の1', 'percent', '33.33', 'percent', 'approx')], id="third"),
    pytest.param("会議は十分に準備された。", [], id="enough"),
    pytest.param("午後8時30分に始まった。", [], id="time-of-day"),
    pytest.param("2時間30分かかった。",
                 [eq("2時間30分", "duration", "150", "minute")],
                 id="after-hours"),
    # A glued half adds to the minutes (2分半: two and a half minutes; was 2).
    pytest.param("試合開始から2分半で先制した。", [eq("2分半", "duration", "2.5", "minute")],
                 id="and-a-half"),
    pytest.param("所要時間は30分半ばだ。", [eq("30分", "duration", "30", "minute")],
                 id="not-half-word"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_minutes_after_digits(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
