"""Chinese: a `reconcile: ignore` marker after a sentence yields no claim of its own."""

from __future__ import annotations

import pytest

from extractcases import Want, date, eq
from suppresscases import check_marker, marker_cases

LANG = "zh"
SENTENCE = "2016年，实验室向12名工程师支付了190万美元。"
CLAIMS = [
    date("2016年", "2016"),
    eq("12名", "count", "12", "people"),
    eq("190万美元", "money", "1900000", "USD"),
]

MARKERS = marker_cases(SENTENCE, CLAIMS, glued=True)


@pytest.mark.parametrize(("text", "wanted", "rules"), MARKERS)
def test_marker_yields_no_claim(text: str, wanted: list[Want], rules: tuple[str, ...]) -> None:
    check_marker(text, wanted, rules, LANG)
