"""Tenths with one decimal (7.2成 = 72 %) and with a glued half (三成半 = 35 %): the whole
percentage, never the tenths alone (三成半 was 30 %)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("支持率为7.2成。", [eq("7.2成", "percent", "72", "percent")], id="one-decimal"),
    pytest.param("有三成半的人反对。", [eq("三成半", "percent", "35", "percent")], id="han-half"),
    pytest.param("六成的人支持。", [eq("六成", "percent", "60", "percent")], id="whole-unchanged"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_tenths(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
