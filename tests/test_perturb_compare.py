"""Comparison rules the perturbation study exercises: two approximations report two rounded
numbers, and the claim only compatible with the others is the odd one of a conflict."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from reconcile.compare import judge, relation
from reconcile.model import Claim, ClaimKind, Qualifier


def claim(value: int | str, qualifier: Qualifier = "eq", source: str = "en",
          kind: ClaimKind = "count", unit: str | None = None) -> Claim:
    """A claim with dummy surface and offsets: a bound in its direction, else one point."""
    v = Decimal(value)
    low = None if qualifier in ("lt", "lte") else v
    high = None if qualifier in ("gt", "gte") else v
    surface = f"{qualifier} {value}"
    return Claim(kind=kind, surface=surface, start=0, end=len(surface), sentence=surface,
                 lang="en", low=low, high=high, qualifier=qualifier, unit=unit, source=source)


def both_ways(a: Claim, b: Claim) -> str | None:
    forward, backward = relation(a, b), relation(b, a)
    assert forward == backward, (a, b)
    return forward


@pytest.mark.parametrize(("x", "y", "expected"), [
    (60, 70, "conflict"),          # "about 60" / "about 70": two numbers reported
    (30, 40, "conflict"),
    (600, 60, "conflict"),
    (60, 65, "agree"),             # "about 60" takes 65 (half a unit of its tens)
    (300_000, 275_000, "agree"),   # "about 300,000" takes 275,000
    (17_500, 18_000, "agree"),
    (1_000_000, 1_200_000, "soft"),  # "about a million" takes 1.2 million, loosely
])
def test_two_approximations_agree_when_one_takes_the_others_number(
        x: int, y: int, expected: str) -> None:
    assert both_ways(claim(x, "approx"), claim(y, "approx", "fr")) == expected


def test_approximate_percentages_compare_alike() -> None:
    a = claim(30, "approx", kind="percent", unit="percent")
    b = claim(40, "approx", "fr", kind="percent", unit="percent")
    assert both_ways(a, b) == "conflict"


def test_an_approximation_against_an_exact_number_is_unchanged() -> None:
    # the rule for two approximations does not touch "about X" against an exact figure
    assert both_ways(claim(300_000, "approx"), claim(275_000, source="fr")) == "soft"
    assert both_ways(claim(60, "approx"), claim(63, source="fr")) == "agree"


TRANSLATIONS = {"en": "en", "fr": "en", "id": "en", "zh": "en"}


def test_a_changed_approximation_is_the_outlier() -> None:
    claims = [claim(70, "approx", "en"), claim(60, "approx", "fr"), claim(60, "eq", "id"),
              claim(60, "approx", "zh")]
    verdict = judge(claims, TRANSLATIONS)
    assert verdict.status == "conflict"
    assert verdict.outliers == ("en",)


def test_the_claim_only_compatible_with_the_rest_is_the_outlier() -> None:
    # "more than 60" is soft against "more than 50" and conflicts with "50": the three
    # that agree are the majority, though the odd one comes first in source order.
    claims = [claim(60, "gt", "en"), claim(50, "gt", "fr"), claim(50, "gt", "id"),
              claim(50, "eq", "zh")]
    verdict = judge(claims, TRANSLATIONS)
    assert verdict.status == "conflict"
    assert verdict.outliers == ("en",)


def test_a_soft_claim_beside_the_majority_is_not_named() -> None:
    # "more than 100" agrees with 120; only the 500 conflicts.
    claims = [claim(100, "gt", "en"), claim(120, "eq", "fr"), claim(120, "eq", "id"),
              claim(500, "eq", "zh")]
    verdict = judge(claims, TRANSLATIONS)
    assert verdict.outliers == ("zh",)


def test_seconds_compare_with_minutes_in_days() -> None:
    half = Claim(kind="duration", surface="30 seconds", start=0, end=10, sentence="",
                 lang="en", low=Decimal(30), high=Decimal(30), qualifier="eq", unit="second")
    minute = replace(half, surface="0.5 minute", low=Decimal("0.5"), high=Decimal("0.5"),
                     unit="minute", source="fr")
    assert both_ways(half, minute) in ("agree", "soft")  # equal, up to the division
    assert both_ways(half, replace(minute, low=Decimal(5), high=Decimal(5))) == "conflict"


def test_a_claim_that_agrees_with_every_other_takes_no_side() -> None:
    # "some" (2-9) agrees with 3.5 and with 4.5: it must not make 4.5 the majority.
    several = Claim(kind="count", surface="some", start=0, end=4, sentence="", lang="id",
                    low=Decimal(2), high=Decimal(9), qualifier="several", unit=None,
                    source="id")
    claims = [claim("4.5", source="en"), several, claim("3.5", source="zh")]
    verdict = judge(claims, TRANSLATIONS)
    assert verdict.status == "conflict"
    assert verdict.outliers == ()
    assert verdict.sides == (("en",), ("zh",))
