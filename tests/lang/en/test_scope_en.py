"""Which date dates a claim (en): its own clause, a date opening its sentence, a topic
date; not a date stated in passing in another clause (reconcile.scope)."""

from __future__ import annotations

import pytest

from scopecases import check_years

CASES = [
    ('The deficit must fall from 5.8% of GDP in 2024 to 4.5% in 2025 and to 3% by 2027.',
     [('5.8%', 2024), ('4.5%', 2025), ('3%', 2027)]),
    ('Turnout was 71.4%, up from 64.9% in 2021. It rose to 72%.',
     [('71.4%', None), ('64.9%', 2021), ('72%', None)]),
    ('In 2016, the firm raised $50 million. It hired 300 people.',
     [('$50 million', 2016), ('300', 2016)]),
    # A date inside a clause dates that clause only; a date opening the sentence is a
    # topic that dates the sentences after it.
    ('The virus was first isolated in 2012 from a patient. More than 30% of patients had fever.',
     [('More than 30%', None)]),
    ('At the end of 2019, the firm had 300 staff. It sold 40% of its shares.',
     [('300', 2019), ('40%', 2019)]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_scope(text: str, want: list[tuple[str, int | None]]) -> None:
    check_years(text, "en", want)
