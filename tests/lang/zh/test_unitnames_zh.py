"""Unit and currency names that used to become the counted noun of a count: temperature
scales written alone, oil barrels, cubic feet, acres, gallons, pence (GBP hundredths),
metric tons written in katakana, a Fahrenheit prefix with its 温度. A wrong kind is a wrong
claim: these are quantities or money."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "zh"

CASES = [
    pytest.param("华氏温度104度。",
                 [q("华氏温度104度", "104", "degree_Fahrenheit")],
                 id="fahrenheit-wendu"),
    pytest.param("体重50千克，功率100千瓦。",
                 [q("50千克", "50", "kilogram"), q("100千瓦", "100", "kilowatt")],
                 id="kilogram-kilowatt"),
    pytest.param("体重2.3千克，全长13.5千米。",
                 [q("2.3千克", "2.3", "kilogram"), q("13.5千米", "13.5", "kilometer")],
                 id="decimal-before-a-unit-starting-with-qian"),
    pytest.param("攝氏溫度37度。",
                 [q("攝氏溫度37度", "37", "degree_Celsius")],
                 id="celsius-traditional"),
    # International symbols Chinese text writes beside CLDR's own names (厘米).
    pytest.param("如今身高168cm，背包重5kg，水500ml。",
                 [q("168cm", "168", "centimeter"), q("5kg", "5", "kilogram"),
                  q("500ml", "500", "milliliter")],
                 id="latin-symbols"),
    pytest.param("长达168mm的零件",
                 [q("168mm", "168", "millimeter")], id="millimetre-symbol"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unit_names_after_a_number(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
