"""Indonesian spans of many years (CLDR's century and decade units), a bound before a verb
of being ("setidaknya ada 12"), years before the common era (SM: no claim) and "tahun"
before a four-digit year followed by a noun."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"


def bound(surface: str, kind: str, low: str | None, high: str | None, qualifier: str,
          unit: str | None) -> Want:
    return Want(surface, kind, low, high, qualifier, unit)


CASES = [
    pytest.param("Dinasti itu berkuasa selama tiga abad.",
                 [eq('tiga abad', 'duration', '300', 'year')],
                 id="abad-spelled"),
    pytest.param("Pada abad 21 ada 2 raja.",
                 [eq('2', 'count', '2', 'raja')],
                 id="abad-ordinal"),
    pytest.param("Korban tewas setidaknya ada 12 orang.",
                 [bound('setidaknya ada 12', 'count', '12', None, 'gte', 'orang')],
                 id="setidaknya-ada"),
    pytest.param("Candi itu dibangun pada 300 SM oleh 2 raja.",
                 [eq('2', 'count', '2', 'raja')],
                 id="sm"),
    pytest.param("Pada tahun 300 SM ada 2 raja.",
                 [eq('2', 'count', '2', 'raja')],
                 id="tahun-sm"),
    pytest.param("Pada tahun 1500 ada 2 raja.",
                 [date('1500', '1500'), eq('2', 'count', '2', 'raja')],
                 id="tahun-four-digits-noun"),
    pytest.param("Candi dibangun antara 500 dan 300 SM.",
                 [],
                 id="sm-between"),
    pytest.param("Pada tahun 2019-2020 ada 2 raja.",
                 [date('2019-2020', '2019/2020', 'range'), eq('2', 'count', '2', 'raja')],
                 id="tahun-range-noun"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spans_and_eras(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
