"""Weather units (ja): a particle may stand between 風速 and its number (最大風速は45メートル: m/s,
not a length of 45 m); ミリ alone is millimetres beside a word of rain or snow, and no claim
elsewhere (mm, mg or ml?); hectopascals come from CLDR."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("中心気圧は935ヘクトパスカル、最大風速は45メートルだった。",
                 [eq("935ヘクトパスカル", "quantity", "935", "hectopascal"),
                  eq("風速は45メートル", "quantity", "45", "meter / second")],
                 id="pressure-and-wind"),
    pytest.param("24時間の降水量が600ミリを超えた地点があった。",
                 [eq("24時間", "duration", "24", "hour"),
                  Want("600ミリを超え", "quantity", "600", None, "gt", "millimeter")],
                 id="rain-millimetres"),
    pytest.param("薬を500ミリ飲んだ。", [], id="milli-without-rain"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_weather_units(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
