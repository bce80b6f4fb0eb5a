"""Alignment's per-run tables give exactly what the plain code gives: the pair evidence read
through value and name classes, the second round's seeds bounded before they are scored in
full, the sentence DP's shortcuts (segment pairs without a kind in common, a bead of one
link), and the nodes of one sentence sharing their term sets."""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

from reconcile.align import (
    _bead,
    _evidence_parts,
    _gain,
    _greedy_ids,
    _Scores,
    align,
    build_nodes,
    default_config,
    entity_weights,
    name_terms,
)
from reconcile.model import Claim, Node

_TERMS = [frozenset({"WHO", "Jakarta"}), frozenset({"WHO"}), frozenset(), frozenset({"Paris"}),
          frozenset({"Jakarta", "Paris", "WHO"})]


def _claim(kind: str, low: str | None, *, qualifier: str = "eq", unit: str | None = None,
           date: str | None = None, surface: str | None = None, lang: str = "en",
           start: int = 0) -> Claim:
    value = Decimal(low) if low is not None else None
    return Claim(kind=kind, surface=surface or low or date or "", start=start,  # type: ignore[arg-type]
                 end=start + 1, sentence="", lang=lang, low=value, high=value,
                 qualifier=qualifier, unit=unit, date=date)  # type: ignore[arg-type]


# Repeated values (the same value in several claims: one value class), several kinds, a
# currency pair, a money/count pair, dates a year apart, concepts that agree and differ.
_CLAIMS = [
    _claim("count", "1200"), _claim("count", "1200"), _claim("count", "1200.0"),
    _claim("count", "120"), _claim("count", "50", qualifier="gt"),
    _claim("money", "2500000", unit="USD"), _claim("money", "2500000", unit="EUR"),
    _claim("count", "2500000"), _claim("percent", "47.2"), _claim("percent", "47"),
    _claim("duration", "14", unit="day"), _claim("quantity", "491", unit="mile"),
    _claim("quantity", "790", unit="kilometer"), _claim("date", None, date="2020-04-10"),
    _claim("date", None, date="2021-04-10"), _claim("count", "5000"),
]


def _nodes(source: str, claims: list[Claim], years: tuple[int | None, ...]) -> list[Node]:
    # Terms and contexts repeat by object, as the claims of one sentence share theirs.
    return [Node(source, i, c, i // 2, i / len(claims), years[i % len(years)],
                 _TERMS[i % len(_TERMS)], context=_TERMS[(i // 2) % len(_TERMS)],
                 terms=_TERMS[i % len(_TERMS)],
                 concept=("dead", "injured", None)[i % 3])
            for i, c in enumerate(claims)]


def test_evidence_through_the_class_tables_is_the_plain_evidence_exactly() -> None:
    a = _nodes("a", _CLAIMS, (2020, None, 2021))
    b = _nodes("b", _CLAIMS[::-1], (2020, 2022))
    weights = entity_weights([*a, *b])
    cfg = default_config()
    scores = _Scores({(n.source, n.index): n for n in (*a, *b)}, weights, cfg)
    for _ in range(2):  # the second pass reads every class pair from the tables
        for x, y in itertools.product(a, b):
            assert scores.evidence(x, y) == _evidence_parts(x, y, weights, cfg)
            assert scores.evidence(y, x) == _evidence_parts(y, x, weights, cfg)
    assert len(scores.tables.values) < len(a) * len(b) * 2  # classes were shared


def test_a_second_round_seed_is_the_full_score_whenever_it_can_clear_the_floor() -> None:
    a = _nodes("a", _CLAIMS, (2020,))
    b = _nodes("b", _CLAIMS, (2020,))
    scores = _Scores({(n.source, n.index): n for n in (*a, *b)}, entity_weights([*a, *b]),
                     default_config())
    first = [(x, y) for x, y in zip(a, b, strict=True)]  # the facts of a first round
    second = scores.round_two(first)
    keys = [scores.numbering.pair(x, y) for x in a for y in b]
    for floor in (-5.0, 0.0, 2.5, 4.0):
        for key in keys:
            full = second.full(key)
            seed = second.seed(key, floor)
            if full is not None and full >= floor:
                assert seed == full
            else:
                assert seed is None or seed == full


def test_a_bead_of_one_link_is_what_the_greedy_pass_gives() -> None:
    one = ((2.5, 3, 4),)
    many = ((3.0, 1, 1), (2.0, 1, 2), (1.0, 2, 2))
    for first, last in (((), one), (one, ()), ((), many), (many, ()), (one, many)):
        links = _greedy_ids(link for c in (first, last) for link in c) if first and last \
            else _greedy_ids(first or last, ordered=True)
        assert _bead(first, last) == links
        assert _gain(links) == sum(score for score, _, _ in links)
        if len(links) == 1:
            assert 0.0 + links[0][0] == _gain(links)  # the DP's one-link gain


def test_the_nodes_of_one_sentence_share_their_term_and_context_sets() -> None:
    claims = [_placed(_claim("count", str(100 + i)), start=i, sentence_start=s)
              for i, s in enumerate((0, 0, 10, 10, 20))]
    entities = {0: frozenset({"WHO", "name:world health"}), 10: frozenset({"Paris"}),
                20: frozenset({"WHO"})}
    paragraphs = {0: 0, 10: 0, 20: 1}
    nodes = build_nodes("en", claims, 100, paragraphs, entities)
    assert nodes[0].terms is nodes[1].terms and nodes[2].terms is nodes[3].terms
    assert nodes[0].context is nodes[2].context and nodes[0].context is not nodes[4].context
    assert nodes[0].context == name_terms(frozenset({"WHO", "name:world health", "Paris"}))


def _placed(claim: Claim, *, start: int, sentence_start: int) -> Claim:
    return replace(claim, start=start, end=start + 1, sentence_start=sentence_start)


def test_aligning_twice_gives_the_same_facts() -> None:
    # The tables live and die with one run: a second run starts from empty ones.
    a = _nodes("a", _CLAIMS, (2020,))
    b = _nodes("b", _CLAIMS[:-3], (2020,))
    c = _nodes("c", _CLAIMS[2:], (2020, 2021))
    versions = {"a": a, "b": b, "c": c}
    assert align(versions) == align(versions)
