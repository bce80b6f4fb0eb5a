"""English: the old value of an update written bare ("rose from 2,140 to 3,085") is a claim
of its own, in the new value's unit, counting its noun (it was dropped); a range stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Deaths rose from 2,140 to 3,085 on Monday.",
                 [eq('2,140', 'count', '2140', None), eq('3,085', 'count', '3085', None)],
                 id="bare-pair"),
    pytest.param("Deaths rose from 21 to 30 people on Monday.",
                 [eq('21', 'count', '21', 'people'), eq('30', 'count', '30', 'people')],
                 id="shared-noun"),
    pytest.param("Unemployment rose from 5 to 7% in the year.",
                 [eq('5', 'percent', '5', 'percent'), eq('7%', 'percent', '7', 'percent')],
                 id="shared-percent"),
    pytest.param("The number of cases rose 10-20% in the week.",
                 [Want('10-20%', 'percent', '10', '20', 'range', 'percent')],
                 id="range-of-change"),
    pytest.param("It increased to 2.6 billion people two days later.",
                 [eq('2.6 billion', 'count', '2600000000', 'people'),
                  eq('two days', 'duration', '2', 'day')],
                 id="level-then-duration"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_old_value_of_an_update(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
