"""Japanese: one unit before a rate word ([rates] after: 当たり, あたり) is the rate's
denominator, no claim ("1バレル当たり3ドル" is 3 dollars a barrel; 1 barrel was read as a
quantity); the price after it stays a claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("原油価格は1バレル当たり3ドル下落し、78ドルとなった。",
                 [eq('3ドル', 'money', '3', 'USD'), eq('78ドル', 'money', '78', 'USD')],
                 id="barrel"),
    pytest.param("1平方メートル当たり2万円。", [eq('2万円', 'money', '20000', 'JPY')],
                 id="square-metre"),
    # (キロ before 当たり and a price: kilograms, as a price per 5 kg of rice is)
    pytest.param("11キロ当たり300円。",
                 [eq('11キロ', 'quantity', '11', 'kilogram'), eq('300円', 'money', '300', 'JPY')],
                 id="not-one"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_one_unit_rate(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
