"""基 counts installations (ja): satellites, reactors, rockets, towers ("衛星20基", "原発3基");
a word that starts with 基 (基準) is no counter."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("軌道に衛星20基を投入した。", [eq("20基", "count", "20", "installations")],
                 id="satellites"),
    pytest.param("原発3基が停止した。", [eq("3基", "count", "3", "installations")],
                 id="reactors"),
    pytest.param("新しい基準を満たす。", [], id="no-number"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_installation_counter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
