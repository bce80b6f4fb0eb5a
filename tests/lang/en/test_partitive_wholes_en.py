"""A part and its whole (en): "12 of 40 patients" and "seven of the nine members" count the
group and the part, as "12 of the 40 patients" does; a proportion ("3 in 10", "1 in 40",
"7 of 9") names a whole of at most ten, a round whole or a part of one, and counts
nothing."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("According to the report, 12 of 40 patients died.",
                 [eq('12', 'count', '12', 'patients'), eq('40', 'count', '40', 'patients')],
                 id="digits-unround-whole"),
    pytest.param("According to the report, 12 out of 40 patients died.",
                 [eq('12', 'count', '12', 'patients'), eq('40', 'count', '40', 'patients')],
                 id="out-of-unround-whole"),
    pytest.param("Seven of the nine members of the committee voted for the cut.",
                 [eq('Seven', 'count', '7', 'members'), eq('nine', 'count', '9', 'members')],
                 id="spelled-part-of-the-whole"),
    pytest.param("Two of the three victims were children.",
                 [eq('Two', 'count', '2', 'victims'), eq('three', 'count', '3', 'victims')],
                 id="spelled-small-whole"),
    pytest.param("The two men were arrested on Monday.",
                 [],
                 id="determiner-still-a-reference"),
    pytest.param("According to the survey, 1 in 40 adults smoke.",
                 [eq('1 in 40', 'percent', '2.5', 'percent')],
                 id="part-of-one-is-a-proportion"),
    pytest.param("According to the survey, 3 in 10 adults smoke.",
                 [eq('3 in 10', 'percent', '30', 'percent')],
                 id="whole-of-ten-is-a-proportion"),
    pytest.param("According to the survey, 25 out of 100 adults smoke.",
                 [eq('25 out of 100', 'percent', '25', 'percent')],
                 id="round-whole-is-a-proportion"),
    pytest.param("In the poll, 7 of 9 members agreed.",
                 [],
                 id="small-whole-is-a-proportion"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_partitive_wholes(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
