"""The sentence DP's band, widened where its path touched the edge, and what the DP keeps."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from reconcile.align import (
    _BeadMemo,
    _pair_sequence,
    _Scores,
    _sequence,
    _widened,
    default_config,
    entity_weights,
)
from reconcile.model import AlignConfig, Claim, Node


def _node(source: str, index: int, segment: int, count: int, value: int) -> Node:
    claim = Claim(kind="count", surface=str(value), start=index, end=index + 1, sentence="",
                  lang="en", low=Decimal(value), high=Decimal(value), qualifier="eq",
                  unit=None, source=source, sentence_start=segment)
    return Node(source, index, claim, segment, segment / count, 2020, frozenset())


def _version(source: str, values: list[int]) -> list[Node]:
    return [_node(source, i, i, len(values), v) for i, v in enumerate(values)]


def _scores(a: list[Node], b: list[Node], cfg: AlignConfig | None = None) -> _Scores:
    nodes = {(n.source, n.index): n for n in (*a, *b)}
    return _Scores(nodes, entity_weights([*a, *b]), cfg or default_config())


def _links(a: list[Node], b: list[Node], cfg: AlignConfig | None = None
           ) -> list[tuple[int, int]]:
    links, _ = _sequence(a, b, _scores(a, b, cfg))
    return sorted((x.index, y.index) for _, x, y in links)


def test_widened_doubles_the_stretch_between_the_anchors_around_a_touch() -> None:
    # Anchors at rows 45 and 70 around the touch; its own neighbourhood reaches row 42.
    widths = _widened([8] * 101, [50], 1000, [0, 20, 45, 70, 100])
    assert widths[42:71] == [16] * 29 and widths[:42] == [8] * 42 and widths[71:] == [8] * 30
    assert _widened([8] * 101, [50], 1000, [0, 100]) == [16] * 101  # no anchors: all
    assert _widened([8] * 10, [5], 12, [0, 9])[5] == 12  # never wider than the whole text


# Values that repeat (every 40 sentences) give the guide no anchors: it is the plain
# diagonal, and where one version lacks a stretch the path leaves the band.


def test_a_stretch_one_version_lacks_at_its_end_aligns_as_with_a_full_band() -> None:
    values = [1000 + i % 40 for i in range(300)]
    a, b = _version("a", values), _version("b", values[:240])
    wide = replace(default_config(), band_margin=1000)
    assert _links(a, b) == _links(a, b, wide)
    assert len(_links(a, b)) == 240


def test_a_stretch_one_version_lacks_in_the_middle_aligns_as_with_a_full_band() -> None:
    values = [1000 + i % 40 for i in range(300)]
    a, b = _version("a", values), _version("b", values[:120] + values[150:])
    wide = replace(default_config(), band_margin=1000)
    assert _links(a, b) == _links(a, b, wide)


def test_the_dp_keeps_no_empty_bead_and_the_run_only_the_windows_pairs() -> None:
    values = [1000 + 7 * i for i in range(200)]
    a = _version("a", values)
    b = _version("b", [v if i % 5 else 2 for i, v in enumerate(values)])
    memo = _BeadMemo()
    scores = _scores(a, b)
    _sequence(a, b, scores, memo)
    assert memo.beads and all(memo.beads.values())
    assert None not in memo.scored.values()
    assert not scores.memo  # the DP scored its band's pairs without keeping them there
    scores = _scores(a, b)
    _, window, parallel = _pair_sequence(a, b, scores)
    assert parallel and scores.memo and set(scores.memo) <= window
    # The band holds 17 segments of b for each of a; the windows about 9 (2 on each side
    # of the path, whose neighbourhoods overlap).
    assert len(scores.memo) <= 0.6 * len(memo.scored)
