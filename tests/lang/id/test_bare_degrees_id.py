"""Degrees without a scale and without a word of temperature give no claim ("sudutnya 35
derajat"); beside a word of temperature (suhu) they are Celsius, Indonesia's scale."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "id"

CASES = [
    pytest.param("Sudutnya 35 derajat.", [], id="angle"),
    pytest.param("Suhu mencapai 35 derajat.", [q("35 derajat", "35", "degree_Celsius")],
                 id="temperature-cue"),
    pytest.param("Suhu mencapai 35 derajat Celsius.",
                 [q("35 derajat Celsius", "35", "degree_Celsius")], id="celsius"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bare_degrees(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
