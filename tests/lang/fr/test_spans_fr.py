"""French spans of many years (CLDR's century and decade units) and years before the
common era ("av. J.-C.": no claim; the abbreviation does not end the sentence)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"


def bound(surface: str, kind: str, low: str | None, high: str | None, qualifier: str,
          unit: str | None) -> Want:
    return Want(surface, kind, low, high, qualifier, unit)


CASES = [
    pytest.param("La dynastie a régné pendant trois siècles.",
                 [eq('trois siècles', 'duration', '300', 'year')],
                 id="siecles-spelled"),
    pytest.param("Le barrage tient depuis 2 siècles.",
                 [eq('2 siècles', 'duration', '200', 'year')],
                 id="siecles-digits"),
    pytest.param("Il est né en 1500 av. J.-C. en Égypte.",
                 [],
                 id="av-jc"),
    pytest.param("La ville fut fondée vers 753 av. J.-C. et compte 3 collines.",
                 [eq('3', 'count', '3', 'collines')],
                 id="av-jc-then-count"),
    pytest.param("Le temple date de 500 avant notre ère.",
                 [],
                 id="avant-notre-ere"),
    pytest.param("Il est mort en 79 apr. J.-C. à Pompéi.",
                 [date('79 apr. J.-C.', '0079')],
                 id="apr-jc"),
    pytest.param("Il a vécu de 500 à 400 av. J.-C.",
                 [],
                 id="av-jc-range"),
    pytest.param("Les peintures datent de 5 000 ans av. J.-C. !",
                 [],
                 id="av-jc-ans"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spans_and_eras(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
