"""Japanese: a confidence level in a spread ("95%信頼区間") is no claim, the range with its
own unit is; days after a spread stay no claim, as a day alone ("4.8（3.0～7.2）日")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("死亡率は1.44%（95%信頼区間1.10～1.86%）だった。",
                 [eq("1.44%", "percent", "1.44", "percent"),
                  Want("1.10～1.86%", "percent", "1.1", "1.86", "range", "percent")],
                 id="confidence-interval"),
    # A fraction of a day is no day of a month: a span of days, as "4.8 (3.0-7.2) days".
    pytest.param("潜伏期間は平均4.8（3.0～7.2）日だった。",
                 [eq("4.8（3.0～7.2）日", "duration", "4.8", "day")], id="days-marker"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spreads(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
