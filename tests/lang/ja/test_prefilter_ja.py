"""Numbers beside names, which extraction skips before growth, and Han numerals inside words
(issue #14: speed): the claims around them stay read."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("G7は50億ドルを約束した。",
                 [eq("50億ドル", "money", "5000000000", "USD")], id="name-then-money"),
    pytest.param("COVID-19で300人が死亡した。", [eq("300人", "count", "300", "people")],
                 id="hyphened-name"),
    pytest.param("一部の国では3人が死亡した。", [eq("3人", "count", "3", "people")],
                 id="han-one-in-a-word"),
    pytest.param("統一された基準で5件を調べた。", [eq("5件", "count", "5", "items")],
                 id="han-one-ends-a-word"),
    pytest.param("一種の薬が2人に効いた。", [eq("2人", "count", "2", "people")],
                 id="han-one-with-a-counter"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_prefilter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
