"""Japanese quantity forms of wave 2: SI-prefixed symbols (Ghz, Mbit/秒), vulgar fraction
characters (29¾) and 半 glued to a unit word (1時間半)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "ja"



SYMBOLS = [
    pytest.param("周波数は5メガヘルツだ。", [q("5メガヘルツ", "5", "megahertz")],
                 id="cldr-megahertz-word"),
    pytest.param("容量は10ギガバイトだ。", [q("10ギガバイト", "10", "gigabyte")],
                 id="cldr-gigabyte-word"),
    pytest.param("2.4Ghzと5.0Ghzの帯域を使う。",
                 [q("2.4Ghz", "2.4", "gigahertz"), q("5.0Ghz", "5.0", "gigahertz")],
                 id="ghz-glued"),
    pytest.param("600Mbit/秒で通信する。",
                 [q("600Mbit/秒", "600", "megabit / second")], id="mbit-per-byou"),
    pytest.param("容量は64GBだ。", [q("64GB", "64", "gigabyte")], id="gb"),
]

FRACTIONS = [
    pytest.param("羊皮紙は29¾インチある。", [q("29¾インチ", "29.75", "inch")],
                 id="vulgar-fraction"),
    pytest.param("彼は1時間半待った。", [eq("1時間半", "duration", "1.5", "hour")],
                 id="jikan-han"),
    pytest.param("工事は3年半かかった。", [eq("3年半", "duration", "3.5", "year")],
                 id="nen-han"),
    pytest.param("半径は5キロ半径の円だ。", [q("5キロ", "5", "kilometer")],
                 id="hankei-is-no-fraction"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SYMBOLS, *FRACTIONS])
def test_qty2(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
