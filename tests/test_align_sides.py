"""What the sentence DPs read of one version, made once per run (_Side), the windows of
candidate pairs around a DP's path, and _explained's comparisons kept across calls."""

from __future__ import annotations

from decimal import Decimal

from reconcile.align import (
    PairKey,
    _anchors,
    _by_segment,
    _explained,
    _keyed,
    _Numbering,
    _once,
    _Scores,
    _window_pairs,
    default_config,
    entity_weights,
)
from reconcile.model import Claim, Node


def _node(source: str, index: int, segment: int, value: int, kind: str = "count") -> Node:
    claim = Claim(kind=kind, surface=str(value), start=index, end=index + 1, sentence="",
                  lang="en", low=Decimal(value), high=Decimal(value), qualifier="eq",
                  unit=None, source=source, sentence_start=segment)
    return Node(source, index, claim, segment, segment / 10, 2020, frozenset())


def _version(source: str, values: list[int]) -> list[Node]:
    # some segments hold two claims, some one; segments are numbered with gaps
    return [_node(source, i, i // 2 * 2 if i % 3 else i, v) for i, v in enumerate(values)]


def _scores(a: list[Node], b: list[Node]) -> _Scores:
    nodes = {(n.source, n.index): n for n in (*a, *b)}
    return _Scores(nodes, entity_weights([*a, *b]), default_config())


def test_a_side_holds_what_the_dp_made_of_the_version_per_pair() -> None:
    a = _version("a", [5, 17, 17, 230, 41, 8, 999, 12])
    b = _version("b", [5, 17, 230, 41, 41, 8])
    scores = _scores(a, b)
    side = scores.side(a)
    assert side.segments == _by_segment(a)
    assert side.keyed == [_keyed(seg, scores) for seg in _by_segment(a)]
    assert side.keys == [[scores.numbering.ids[(x.source, x.index)] for x in seg]
                         for seg in _by_segment(a)]
    assert scores.side(a) is side  # made once per run
    other = list(a)  # other nodes of the same source: not the kept side
    assert scores.side(other) is not side and scores.side(other).nodes is other
    sa, sb = _by_segment(a), _by_segment(b)
    assert _anchors(sa, sb) and _once(sa) == scores.side(a).once


def _plain_windows(a: list[Node], b: list[Node], path: list[tuple[int, int]],
                   reach: int = 2) -> set[PairKey]:
    """Every window's pairs, window by window (what _window_pairs must equal)."""
    sa, sb = _by_segment(a), _by_segment(b)
    numbering = _Numbering.of((*a, *b))
    out: set[PairKey] = set()
    for i, j in path:
        for x in (x for seg in sa[max(0, i - reach):i + reach + 1] for x in seg):
            for y in (y for seg in sb[max(0, j - reach):j + reach + 1] for y in seg):
                ka, kb = (x.source, x.index), (y.source, y.index)
                # the pair of the two keys, sorted, as its number
                out.add(numbering.pair(x, y) if ka <= kb else numbering.pair(y, x))
    return out


def test_pair_numbers_sort_as_the_pairs_of_keys_and_give_the_claims_back() -> None:
    a = _version("b", list(range(100, 106)))
    b = _version("a", list(range(200, 203)))
    numbering = _Numbering.of((*a, *b))
    pairs = [(x, y) for x in (*a, *b) for y in (*a, *b) if x is not y]
    for x, y in pairs:
        key = numbering.pair(x, y)
        assert key == numbering.pair(y, x)
        kx, ky = (x.source, x.index), (y.source, y.index)
        assert numbering.keys(key) == (min(kx, ky), max(kx, ky))
        assert {id(n) for n in numbering.split(key)} == {id(x), id(y)}
    # the numbers' order is that of the sorted pairs of (source, index) keys
    assert sorted({numbering.pair(x, y) for x, y in pairs}) == [
        numbering.pair(x, y) for x, y in sorted(
            {(x, y) if (x.source, x.index) < (y.source, y.index) else (y, x)
             for x, y in pairs}, key=lambda p: ((p[0].source, p[0].index),
                                                (p[1].source, p[1].index)))]


def test_window_pairs_are_the_union_of_every_window_of_the_path() -> None:
    a = _version("a", list(range(100, 130)))
    b = _version("b", list(range(100, 125)))
    scores = _scores(a, b)
    n, m = len(_by_segment(a)), len(_by_segment(b))
    for path in ([(i, min(i, m - 1)) for i in range(n)], [(0, 0), (3, 1), (4, 6)], []):
        for reach in (0, 1, 2):
            expected = _plain_windows(a, b, path, reach)
            assert _window_pairs(a, b, path, reach) == expected
            keys = (scores.side(a).keys, scores.side(b).keys)
            assert _window_pairs(a, b, path, reach, keys=keys,
                                 numbering=scores.numbering) == expected
            # the other version first: pairs still in key order
            assert _window_pairs(b, a, [(j, i) for i, j in path], reach) == expected


def test_explained_with_a_kept_memo_answers_as_without() -> None:
    lone = _node("a", 0, 0, 1000)
    facts = [[_node("b", 1, 0, 100), _node("c", 2, 0, 100)],  # a power of ten
             [_node("b", 3, 1, 1000)],  # agrees: nothing to explain
             [_node("b", 4, 2, 100), _node("c", 5, 2, 4711)],  # one conflict unexplained
             [_node("b", 6, 3, 4711), _node("c", 7, 3, 100)]]
    memo: dict[tuple[tuple[object, ...], tuple[object, ...]], list[object]] = {}
    for _ in range(2):  # the second time from the memo
        assert [_explained(lone.claim, fact, memo) for fact in facts] \
            == [_explained(lone.claim, fact) for fact in facts] == [True, False, False, False]
    assert memo
