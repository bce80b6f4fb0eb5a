"""Japanese: a grade on the JMA seismic intensity scale (震度6強, 最大震度7) is no amount:
強/弱 are no bound and 最大 no upper bound (was a count of "more than 6")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("震度6強を観測した。", [], id="upper-six"),
    pytest.param("最大震度7の地震。", [], id="max-seven"),
    pytest.param("マグニチュード7.3の地震で、震度6強を観測、10人が死亡。",
                 [eq('マグニチュード7.3', 'quantity', '7.3', 'magnitude'),
                  eq('10人', 'count', '10', 'people')], id="with-magnitude"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_grades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
