"""A heading's leading number: its section's number in a short or sentence-cased heading
("2 Results of the survey", "2 Materials and Methods"), a count in a headline followed by
a small letter or opening a longer title-cased headline ("17 Penambang Diselamatkan
setelah Enam Hari Terjebak")."""

from __future__ import annotations

import pytest

from reconcile.api import extract_claims

CASES = [
    ("id", "17 Penambang Diselamatkan setelah Enam Hari Terjebak", ["17", "Enam Hari"]),
    ("id", "17 penambang diselamatkan setelah enam hari", ["17", "enam hari"]),
    ("en", "17 Miners Rescued After Six Days Underground", ["17", "Six Days"]),
    ("en", "31 killed in ferry fire", ["31"]),
    ("en", "2 Results of the survey", []),
    ("en", "2 Materials and Methods", []),
    ("en", "3. Methods", []),
]


@pytest.mark.parametrize(("lang", "heading", "surfaces"), CASES)
def test_a_headline_count_is_no_section_number(lang: str, heading: str,
                                                surfaces: list[str]) -> None:
    claims = extract_claims(f"{heading}\n\nThe story follows.", lang)
    assert [c.surface for c in claims if c.sentence == heading] == surfaces
