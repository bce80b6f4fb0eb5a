"""Bagian per juta (id): "419 bagian per juta" adalah konsentrasi, bukan laju per juta."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Konsentrasi karbon dioksida mencapai 419 bagian per juta.',
                 [eq("419 bagian per juta", "quantity", "419", "ppm")],
                 id="long"),
    pytest.param('Konsentrasi karbon dioksida mencapai 419 ppm.',
                 [eq("419 ppm", "quantity", "419", "ppm")],
                 id="short"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_concentrations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
