"""Japanese forms seen wrong in the dev data (#14): a spaced range dash, rates per a round
denominator and vague amounts times a scale word."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "ja"

CASES = [
    pytest.param("咽頭痛は (13 -25%) に見られた。",
                 [Want("13 -25%", "percent", "13", "25", "range", "percent")],
                 id="spaced-dash-is-range"),
    pytest.param("発症率は0.31/10万だった。", [], id="rate-slash-10-man"),
    pytest.param("数十万件の検査が遅れた。",
                 [Want("数十万件", "count", "200000", "990000", "several", "items")],
                 id="su-juu-man"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_devfix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
