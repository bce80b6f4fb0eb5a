"""Tenths with one decimal (3.8割 = 38 %) and with a glued half (5割半, 七割半 = 55 %, 75 %):
the whole percentage, never the tenths alone (5割半 was 50 %)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("女子学生は3.8割を占めている。", [eq("3.8割", "percent", "38", "percent")],
                 id="one-decimal"),
    pytest.param("賛成は7.２割だった。", [eq("7.２割", "percent", "72", "percent")],
                 id="full-width-decimal"),
    pytest.param("クラスの女子は5割半を占める。", [eq("5割半", "percent", "55", "percent")],
                 id="digits-half"),
    pytest.param("女子学生は七割半を占めている。", [eq("七割半", "percent", "75", "percent")],
                 id="han-half"),
    pytest.param("打率は3割5分だった。", [eq("3割5分", "percent", "35", "percent")],
                 id="hundredths-unchanged"),
    pytest.param("賛成は3.85割だった。", [], id="two-decimals-unread"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_tenths(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
