"""French: "sur un an" is year on year ("+36 % sur un an"), no span of one year stated
([durations_one] rate_before "sur"); "sur cinq ans" stays a span."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le chiffre d'affaires a bondi de 36 % sur un an.",
                 [eq('36 %', 'percent', '36', 'percent')], id="after"),
    pytest.param("Sur un an, le chômage a baissé de 3 %.",
                 [eq('3 %', 'percent', '3', 'percent')], id="before"),
    pytest.param("Le remboursement est étalé sur cinq ans.",
                 [eq('cinq ans', 'duration', '5', 'year')], id="span"),
    pytest.param("Il a travaillé un an.", [eq('un an', 'duration', '1', 'year')], id="one"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_year_on_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
