"""Which date dates a claim (id): its own clause, a date opening its sentence, a topic
date; not a date stated in passing in another clause (reconcile.scope)."""

from __future__ import annotations

import pytest

from scopecases import check_years

CASES = [
    ('Defisit harus turun dari 5,8% PDB pada 2024 menjadi 4,5% pada 2025.',
     [('5,8%', 2024), ('4,5%', 2025)]),
    ('Partisipasi mencapai 71,4%, naik dari 64,9% pada 2021.',
     [('71,4%', None), ('64,9%', 2021)]),
    ('Pada 2016, perusahaan itu menghimpun 50 juta dolar AS. Perusahaan itu merekrut 300 orang.',
     [('50 juta dolar AS', 2016), ('300', 2016)]),
    # A date inside a clause dates that clause only; a date opening the sentence is a
    # topic that dates the sentences after it.
    ('Virus itu pertama kali diisolasi pada tahun 2012 dari seorang pasien. '
     'Lebih dari 30% pasien mengalami demam.',
     [('Lebih dari 30%', None)]),
    ('Pada tahun 2019, perusahaan itu memiliki 300 karyawan. Perusahaan menjual 40% sahamnya.',
     [('300', 2019), ('40%', 2019)]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_scope(text: str, want: list[tuple[str, int | None]]) -> None:
    check_years(text, "id", want)
