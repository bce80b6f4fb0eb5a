"""French dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "fr"

DECADES = [
    pytest.param("Dans les années 1960, elle", [date("années 1960", "1960/1969")],
                 id="decade"),
    pytest.param("À la fin des années 1970, il", [date("années 1970", "1970/1979")],
                 id="late-decade"),
    pytest.param("Au milieu des Années 1980.", [date("Années 1980", "1980/1989")],
                 id="capital"),
    pytest.param("Dans les années 60, elle", [], id="two-digit-no-century"),
    pytest.param("Dans les années 1800, il", [], id="decade-or-century"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
