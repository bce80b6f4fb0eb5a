"""French counts: vague amounts, verbs of exceeding and headline casualty counts; every
claim of a sentence, exactly."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"


def several(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "several", unit)


def gt(surface: str, kind: str, value: str, unit: str | None) -> Want:
    return Want(surface, kind, value, None, "gt", unit)


VAGUE = [
    pytest.param("Des centaines de personnes ont été évacuées.",
                 [several("Des centaines de", "count", "200", "999", "personnes")],
                 id="des-centaines-de"),
    # "quelques" alone is loose ("quelques détails"): no claim; with a unit it is one.
    pytest.param("Quelques personnes sont venues.", [], id="quelques-alone"),
    pytest.param("Cela a pris quelques jours.",
                 [several("quelques jours", "duration", "2", "5", "day")], id="quelques-jours"),
    pytest.param("Des milliers de maisons ont été inondées.",
                 [several("Des milliers de", "count", "2000", "9999", "maisons")],
                 id="des-milliers-de"),
    pytest.param("Des dizaines de morts ont été retrouvés.",
                 [several("Des dizaines de", "count", "20", "99", "morts")],
                 id="des-dizaines-de"),
    pytest.param("Des dizaines de milliers de personnes ont manifesté.",
                 [several("Des dizaines de milliers de", "count", "20000", "99000",
                          "personnes")], id="des-dizaines-de-milliers-de"),
    pytest.param("Des dizaines de millions de dollars.",
                 [several("Des dizaines de millions de dollars", "money", "20000000",
                          "99000000", "USD")], id="dizaines-de-millions-stays-scaled"),
]

EXCEED = [
    pytest.param("Le bilan dépasse 2 300 morts.",
                 [gt("dépasse 2 300", "count", "2300", "morts")], id="depasse"),
    pytest.param("Le bilan pourrait dépasser 5 000 morts.",
                 [gt("dépasser 5 000", "count", "5000", "morts")], id="depasser"),
    pytest.param("Un nombre supérieur à 300 personnes.",
                 [gt("supérieur à 300", "count", "300", "personnes")], id="superieur-a"),
    pytest.param("Le coût excède 40 millions d'euros.",
                 [gt("excède 40 millions d'euros", "money", "40000000", "EUR")],
                 id="excede"),
]

MORE_THAN_MULTIPLIERS = [
    pytest.param("Les ventes ont plus que doublé.",
                 [Want("plus que doublé", "multiplier", "2", None, "gt", "times")],
                 id="plus-que-double"),
]

HEADLINES = [
    pytest.param("31 morts dans un incendie", [eq("31", "count", "31", "morts")],
                 id="morts"),
    pytest.param("12 blessés après la tempête", [eq("12", "count", "12", "blessés")],
                 id="blesses"),
]


@pytest.mark.parametrize(("text", "wanted"), [*VAGUE, *EXCEED, *MORE_THAN_MULTIPLIERS, *HEADLINES])
def test_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
