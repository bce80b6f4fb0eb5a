"""Indonesian relative months, weeks and years ("bulan itu", "tahun itu", "pekan depan");
"dua tahun itu" stays a duration."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Pada Maret 2020 kasus naik. Bulan itu, 5 orang meninggal.",
                 [date('Maret 2020', '2020-03'),
                  date('Bulan itu', '2020-03', relative='bulan itu', anchor='2020-03'),
                  eq('5', 'count', '5', 'orang')],
                 id="bulan-itu"),
    pytest.param("Pada 2019 ada banjir. Tahun itu, 5 orang meninggal.",
                 [date('2019', '2019'),
                  date('Tahun itu', '2019', relative='tahun itu', anchor='2019'),
                  eq('5', 'count', '5', 'orang')],
                 id="tahun-itu"),
    pytest.param("Selama dua tahun itu, ada 5 raja.",
                 [eq('dua tahun', 'duration', '2', 'year'), eq('5', 'count', '5', 'raja')],
                 id="dua-tahun-itu"),
    pytest.param("Final digelar pekan depan.",
                 [date('pekan depan', None, relative='pekan depan')],
                 id="pekan-depan"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_relative_months_and_weeks(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
