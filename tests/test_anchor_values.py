"""Two equal values stated once each in two versions are strong evidence of one fact, even
in independent articles that tell the story in other orders (align._anchor_evidence); a
value stated twice in a version, a one-digit round number or another unit is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.align import _anchor_evidence, build_nodes, default_config
from reconcile.api import extract_claims
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.model import Node

ROOT = Path(__file__).resolve().parents[1]


def _nodes(text: str, lang: str) -> tuple[Node, ...]:
    claims = extract_claims(text, lang)
    return build_nodes(lang, claims, len(text), {}, {})


def _node(nodes: tuple[Node, ...], surface: str) -> Node:
    return next(n for n in nodes if n.claim.surface == surface)


@pytest.mark.parametrize(("en", "fr", "en_surface", "fr_surface", "weighs"), [
    ("Aid of $25 million was pledged.", "Une aide de 25 millions de dollars a été promise.",
     "$25 million", "25 millions de dollars", True),
    ("At least 212 people died.", "Au moins 212 personnes sont mortes.",
     "At least 212", "Au moins 212", True),
    # A one-digit round number: many facts share it.
    ("It took 3 days.", "Cela a pris 3 jours.", "3 days", "3 jours", False),
    # Stated twice in one version: no anchor.
    ("In all, 212 people died and 212 were hurt.", "Au total, 212 personnes sont mortes.",
     "212", "212", False),
    # An approximation is rounded: many figures round to it.
    ("About $300,000 was paid.", "Environ 300 000 dollars ont été payés.",
     "About $300,000", "Environ 300 000 dollars", False),
    # Another currency.
    ("Aid of $25 million was pledged.", "Une aide de 25 millions d'euros a été promise.",
     "$25 million", "25 millions d'euros", False),
])
def test_a_value_stated_once_in_each_version_is_an_anchor(
        en: str, fr: str, en_surface: str, fr_surface: str, weighs: bool) -> None:
    a, b = _node(_nodes(en, "en"), en_surface), _node(_nodes(fr, "fr"), fr_surface)
    cfg = default_config()
    assert _anchor_evidence(a, b, cfg) == (cfg.anchor_value if weighs else 0.0)


def test_independent_reports_in_other_orders_join_their_amounts() -> None:
    story = load_stories([ROOT / "tests" / "stories" / "flood"])[0]
    result = diff_story(story, load_aliases())
    money = [f for f in result.facts if f.kind == "money"]
    assert sorted(len(f.claims) for f in money) == [3, 3]
    assert all(f.status != "single" for f in result.facts)
