"""Indonesian: "sebanyak-banyaknya" states an upper bound (lte)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Sebanyak-banyaknya 40.000 orang.",
                 [Want('Sebanyak-banyaknya 40.000', 'count', None, '40000', 'lte', 'orang')],
                 id="sebanyak-banyaknya"),
    # "kecepatan maksimum 600Mbit/detik": after a noun, "maksimum" names the measure (top
    # speed), no bound: not a bound word.
    pytest.param("Kecepatan maksimum 600 orang per jam.",
                 [eq('600', 'count', '600', 'orang')], id="maksimum-adjective"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_upper_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
