"""Indonesian: "sebanyak-banyaknya" and "maksimum" state an upper bound (lte)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "id"

CASES = [
    pytest.param("Sebanyak-banyaknya 40.000 orang.",
                 [Want('Sebanyak-banyaknya 40.000', 'count', None, '40000', 'lte', 'orang')],
                 id="sebanyak-banyaknya"),
    pytest.param("Maksimum 40 orang boleh masuk.",
                 [Want('Maksimum 40', 'count', None, '40', 'lte', 'orang')], id="maksimum"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_upper_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
