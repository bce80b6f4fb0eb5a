"""Chinese Han decimals (三点五亿 = 3.5 × 10^8, was read 五亿; 百分之六点五 = 6.5%; 十点五分 is a
time of day, no claim) and a number running into a vague word, read whole (十几人: 11 to
19, was read 几人, 2 to 9)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("该项目投资三点五亿元。",
                 [eq('三点五亿元', 'money', '350000000', 'CNY')],
                 id="san-dian-wu-yi"),
    pytest.param("全年GDP增长百分之六点五。",
                 [eq('百分之六点五', 'percent', '6.5', 'percent')],
                 id="baifenzhi"),
    pytest.param("增长了六点五个百分点。",
                 [eq('六点五个百分点', 'percent', '6.5', 'percentage point')],
                 id="percentage-points"),
    pytest.param("该公司市值达一点二万亿美元。",
                 [eq('一点二万亿美元', 'money', '1200000000000', 'USD')],
                 id="wanyi"),
    pytest.param("气温为二十点五度。",
                 [eq('二十点五度', 'quantity', '20.5', 'degree_Celsius')],
                 id="degrees"),
    pytest.param("他在上午十点五分到达。",
                 [],
                 id="clock"),
    pytest.param("1点5亿元",
                 [],
                 id="digits-torn"),
    pytest.param("十几人受伤。",
                 [Want('十几人', 'count', '11', '19', 'several', 'people')],
                 id="shiji-ren"),
    pytest.param("二十几年来首次。",
                 [Want('二十几年', 'duration', '21', '29', 'several', 'year')],
                 id="ershiji-nian"),
    pytest.param("几十人受伤。",
                 [Want('几十人', 'count', '20', '99', 'several', 'people')],
                 id="jishi-ren"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_decimals_and_vague_compounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
