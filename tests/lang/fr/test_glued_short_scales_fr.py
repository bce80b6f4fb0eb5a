"""A one-letter short scale glued to a number with decimals, with a counted noun right
after it, is the scale without money in sight ("1.3m vehicles"); whole numbers ("400m
hurdles"), measures after an article ("a 2.5m cable") or before a measure word ("2.5m high")
stay unread: no wrong value (issue #14: scale suffixes)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le groupe a vendu 1,3M véhicules.", [eq("1,3M", "count", "1300000", "véhicules")],
                 id="decimal-M-noun"),
    pytest.param("Le mur mesure 2,5m de haut.", [eq("2,5m", "quantity", "2.5", "meter")],
                 id="metre-not-a-scale"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_glued_short_scales(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
