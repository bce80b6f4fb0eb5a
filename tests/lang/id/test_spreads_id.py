"""Indonesian: a value, the spread of its measurements in brackets, then the unit ("4,8
(3,0-7,2) hari"): the value takes the unit; a confidence level is no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Periode inkubasi rata-rata adalah 4,8 (3,0-7,2) hari.",
                 [eq("4,8 (3,0-7,2) hari", "duration", "4.8", "day")], id="mean-range-unit"),
    pytest.param("Tingkat kematian adalah 1,44% (95% CI: 1,10-1,86%).",
                 [eq("1,44%", "percent", "1.44", "percent"),
                  Want("1,10-1,86%", "percent", "1.1", "1.86", "range", "percent")],
                 id="confidence-interval"),
    pytest.param("Angka reproduksi dasar (R0) adalah 3,77 (95% CI: 3,51-4,05) dan R0 lain.",
                 [], id="no-noun-after-function-word"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spreads(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
