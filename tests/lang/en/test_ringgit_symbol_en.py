"""RM, the Malaysian ringgit's symbol at home, which CLDR's rule for home symbols leaves
out as all capitals ([currencies] symbols): an amount, not a count of "RM"."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The project cost RM42 million.",
                 [eq("RM42 million", "money", "42000000", "MYR")], id="glued"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_ringgit_symbol(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
