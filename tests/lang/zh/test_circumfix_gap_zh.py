"""A verb between a circumfix's first word and its number (zh): 时速达90公里 is 90 km/h."""

from __future__ import annotations

from extractcases import check_claims, eq

LANG = "zh"


def test_a_verb_between_a_circumfix_and_its_number() -> None:
    # 时速达90公里: "reaching 90 km/h"; the verb stands between 时速 and the number.
    check_claims("最高时速达90公里的阵风将火势推过公路。",
                 [eq("时速达90公里", "quantity", "90", "kilometer / hour")], LANG)
