"""Alignment's cost controls: the banded sentence DP, its guide, and blocking."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from reconcile.align import (
    _blocked_pairs,
    _by_segment,
    _guide,
    _increasing_chain,
    _Scores,
    _sequence,
    align,
    default_config,
    entity_weights,
)
from reconcile.model import Claim, Node


def _node(source: str, index: int, segment: int, count: int, value: int) -> Node:
    claim = Claim(kind="count", surface=str(value), start=index, end=index + 1, sentence="",
                  lang="en", low=Decimal(value), high=Decimal(value), qualifier="eq",
                  unit=None, source=source, sentence_start=segment)
    return Node(source, index, claim, segment, segment / count, 2020, frozenset())


def _version(source: str, values: list[int], skip: frozenset[int] = frozenset()
             ) -> list[Node]:
    kept = [v for i, v in enumerate(values) if i not in skip]
    return [_node(source, i, i, len(kept), v) for i, v in enumerate(kept)]


def test_the_longest_increasing_chain() -> None:
    chain = _increasing_chain([(1, 5), (1, 2), (2, 3), (3, 1), (3, 4), (5, 6)])
    assert chain == [(1, 2), (2, 3), (3, 4), (5, 6)]
    assert _increasing_chain([]) == []


def test_the_band_finds_the_full_alignment_of_a_long_translation() -> None:
    values = [1000 + 7 * i for i in range(400)]
    # The second version drops every 9th sentence: the path leaves the plain diagonal.
    a = _version("a", values)
    b = _version("b", values, frozenset(range(0, 400, 9)))
    nodes = {(n.source, n.index): n for n in (*a, *b)}
    narrow = _Scores(nodes, entity_weights([*a, *b]), default_config())
    wide = _Scores(nodes, entity_weights([*a, *b]),
                   replace(default_config(), band_margin=1000))
    links, _ = _sequence(a, b, narrow)
    full, _ = _sequence(a, b, wide)
    assert len(links) == len(full) == len(b)
    assert all(x.claim.low == y.claim.low for _, x, y in links)
    guide = _guide(_by_segment(a), _by_segment(b))
    assert guide[0] == 0 and guide[-1] == len(_by_segment(b))


def test_blocked_pairs_grow_linearly_with_the_texts() -> None:
    def pairs(size: int) -> int:
        a = _version("a", [i % 5 + 1000 for i in range(size)])
        b = _version("b", [i % 5 + 1000 for i in range(size)])
        return len(_blocked_pairs([*a, *b], default_config().block_neighbours))

    small, large = pairs(200), pairs(800)
    assert large <= 4.5 * small


def test_many_translations_are_aligned_against_a_pivot() -> None:
    values = [1000 + 13 * i for i in range(30)]
    versions = {f"v{k:02d}": _version(f"v{k:02d}", values) for k in range(9)}
    result = align(versions)
    assert len({s for pair in result.parallel for s in pair}) == 9
    assert len(set(dict(result.witnesses).values())) == 1
    assert all(len(g) == 9 for g in result.groups)


def test_a_claim_the_pivot_lacks_still_links_its_translations() -> None:
    values = [1000 + 13 * i for i in range(30)]
    # The pivot (the largest version) lacks one value the eight others state.
    pivot = [v for i, v in enumerate(values) if i != 15] + [5001, 5003]
    versions = {"v00": _version("v00", pivot)}
    versions |= {f"v{k:02d}": _version(f"v{k:02d}", values) for k in range(1, 9)}
    result = align(versions)
    lacked = [g for g in result.groups if g[0].claim.low == values[15]]
    assert len(lacked) == 1 and len(lacked[0]) == 8


def test_a_version_below_the_bar_against_the_pivot_joins_through_a_near_copy() -> None:
    values = [1000 + 13 * i for i in range(30)]
    # v09 shares too few values with the pivot to be parallel to it (its second half is
    # other figures), but it is a copy of v08, which is a translation of the pivot.
    half = values[:12] + [7000 + i for i in range(18)]
    versions = {f"v{k:02d}": _version(f"v{k:02d}", values) for k in range(8)}
    versions["v08"] = _version("v08", values[:20] + half[20:])
    versions["v09"] = _version("v09", half)
    result = align(versions)
    assert len(set(dict(result.witnesses).values())) == 1


def test_translations_aligned_in_sequence_are_block_paired_by_value_only() -> None:
    a = _version("a", [1000 + i for i in range(50)])
    b = _version("b", [2000 + i for i in range(50)])
    both = [*a, *b]
    free = _blocked_pairs(both, 10)
    aligned = _blocked_pairs(both, 10, sequenced=frozenset({("a", "b")}))
    assert free and not aligned  # no value is shared: only the kind block paired them
