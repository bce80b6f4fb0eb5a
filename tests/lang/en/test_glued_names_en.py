"""English: a spelled number glued by a hyphen to digits names a thing ("7-Eleven" was a
count range from 7 to 11, then a count of 11 stores); "twenty-five" and "7 to eleven"
stay numbers."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("A 7-Eleven store was robbed.", [], id="brand"),
    pytest.param("The score was 3-five.", [], id="glued-mixed"),
    pytest.param("Between 7 and eleven people died.",
                 [Want('Between 7 and eleven', 'count', '7', '11', 'range', 'people')],
                 id="spaced-mixed"),
    pytest.param("Twenty-five people died.", [eq('Twenty-five', 'count', '25', 'people')],
                 id="spelled-compound"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_glued_names(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
