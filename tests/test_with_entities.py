"""diff._with_entities is dataclasses.replace(claim, entities=…) made cheaper: it holds only
while Claim is a frozen dataclass whose __init__ does nothing but set its fields."""

from __future__ import annotations

from dataclasses import replace

from reconcile import extract_claims
from reconcile.diff import _with_entities
from reconcile.model import Claim


def test_same_as_replace() -> None:
    claims = extract_claims("Le 3 mars 2020, 1 200 personnes ont reçu 5 millions d'euros.", "fr")
    assert claims
    for claim in claims:
        got = _with_entities(claim, ("name:paris", "france"))
        want = replace(claim, entities=("name:paris", "france"))
        assert got == want and hash(got) == hash(want)
        assert vars(got) == vars(want)
        assert claim.entities == ()  # the original is untouched


def test_claim_init_only_sets_fields() -> None:
    assert not hasattr(Claim, "__post_init__")
    assert "__slots__" not in vars(Claim)
