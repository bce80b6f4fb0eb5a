"""Alignment's fast paths give what the plain code gives: pair evidence kept as a tuple,
memoized intervals, and the collector paused for the call and resumed as it was."""

from __future__ import annotations

import gc
from decimal import Decimal

import pytest

from reconcile.align import _evidence_parts, align, default_config, entity_weights, evidence
from reconcile.compare import _Interval, intervals, relation
from reconcile.model import Claim, Node


def _claim(kind: str, low: str | None, high: str | None = None, qualifier: str = "eq",
           unit: str | None = None, date: str | None = None) -> Claim:
    lo = Decimal(low) if low is not None else None
    hi = Decimal(high) if high is not None else lo
    return Claim(kind=kind, surface=low or date or "", start=0, end=1, sentence="",  # type: ignore[arg-type]
                 lang="en", low=lo, high=hi, qualifier=qualifier, unit=unit,  # type: ignore[arg-type]
                 date=date)


def _nodes(source: str, claims: list[Claim], year: int | None = 2020) -> list[Node]:
    terms = [frozenset({"WHO", "Jakarta"}), frozenset({"WHO"}), frozenset(), frozenset({"Paris"})]
    return [Node(source, i, c, i, i / max(len(claims), 1), year, terms[i % len(terms)],
                 context=terms[(i + 1) % len(terms)], terms=terms[i % len(terms)],
                 concept="dead" if i % 3 == 0 else None)
            for i, c in enumerate(claims)]


_CLAIMS = [
    _claim("count", "1200"), _claim("count", "1200.0"), _claim("count", "120"),
    _claim("count", "50", qualifier="gt"), _claim("count", "60", qualifier="lt"),
    _claim("money", "2500000", unit="USD"), _claim("money", "2500", unit="EUR"),
    _claim("percent", "47.2"), _claim("percent", "47"), _claim("count", "10", "20", "range"),
    _claim("count", "300000", qualifier="approx"), _claim("duration", "14", unit="day"),
    _claim("duration", "2", unit="week"), _claim("quantity", "491", unit="mile"),
    _claim("quantity", "790", unit="kilometer"), _claim("date", None, date="2020-04-10"),
    _claim("date", None, date="2021-04-10"), _claim("count", "5000"),
]


def test_evidence_parts_are_the_named_evidence_added_the_same_way() -> None:
    a, b = _nodes("a", _CLAIMS), _nodes("b", _CLAIMS[::-1], year=2021)
    weights = entity_weights([*a, *b])
    cfg = default_config()
    for x in a:
        for y in b:
            found = evidence(x, y, weights, cfg)
            want = None if found is None else (found.context, found.total, found.position)
            assert _evidence_parts(x, y, weights, cfg) == want  # the same floats, exactly


@pytest.mark.parametrize(("a", "b", "want"), [
    ((None, None), (None, None), True), ((1, None), (None, 0), False),
    ((1, None), (None, 1), True), ((None, 5), (6, None), False), ((2, 5), (5, 9), True),
    ((2, 5), (6, 9), False), ((6, 9), (2, 5), False), ((None, 5), (1, 2), True),
])
def test_interval_overlap(a: tuple[int | None, int | None], b: tuple[int | None, int | None],
                          want: bool) -> None:
    def interval(bounds: tuple[int | None, int | None]) -> _Interval:
        return _Interval(*(Decimal(v) if v is not None else None for v in bounds))

    assert interval(a).overlaps(interval(b)) is want
    assert interval(b).overlaps(interval(a)) is want


def test_intervals_of_numbers_written_two_ways_are_one() -> None:
    for x, y in ((_CLAIMS[0], _CLAIMS[1]), (_claim("percent", "47.0"), _claim("percent", "47"))):
        assert intervals(x) == intervals(y)
        for other in _CLAIMS:
            assert relation(x, other) == relation(y, other)
    # The memo reads every field that matters: a duration's unit, the qualifier.
    assert intervals(_CLAIMS[11]) != intervals(_claim("duration", "14", unit="week"))
    assert intervals(_claim("count", "50", qualifier="gt")) \
        != intervals(_claim("count", "50", qualifier="lt"))


@pytest.mark.parametrize("enabled", [True, False])
def test_align_resumes_the_collector_as_the_caller_had_it(enabled: bool) -> None:
    nodes = {"a": _nodes("a", _CLAIMS), "b": _nodes("b", _CLAIMS[2:])}
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        groups = align(nodes).groups
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert groups == align(nodes).groups


def test_align_makes_no_reference_cycles() -> None:
    # Why pausing the collector for the call frees nothing later than it would have.
    nodes = {"a": _nodes("a", _CLAIMS), "b": _nodes("b", _CLAIMS[1:]),
             "c": _nodes("c", _CLAIMS[::-1])}
    align(nodes)
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        align(nodes)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def _count_version(source: str, values: list[int]) -> list[Node]:
    return _nodes(source, [_claim("count", str(v)) for v in values], year=None)


def test_a_dp_run_after_another_reuses_its_rows_with_the_same_result() -> None:
    from reconcile.align import _banded, _BeadMemo, _by_segment, _Scores, _through

    values = [1000 + (i * 7) % 40 for i in range(120)]
    a = _count_version("a", values)
    b = _count_version("b", values[:30] + values[35:100] + [5, 6, 7] + values[100:])
    sa, sb = _by_segment(a), _by_segment(b)
    n, m = len(sa), len(sb)

    def scores() -> _Scores:
        return _Scores({(x.source, x.index): x for x in (*a, *b)}, entity_weights([*a, *b]),
                       default_config())

    diagonal = _through([], n, m)
    bent = _through([(30, 30), (40, 35), (100, 98)], n, m)
    bumped = [c + 2 if 40 <= i < 46 else c for i, c in enumerate(diagonal)]
    narrow, wider = [3] * (n + 1), [6 if 40 <= i < 50 else 3 for i in range(n + 1)]
    for first, then, widths in ((diagonal, bent, narrow), (bent, diagonal, narrow),
                                (diagonal, bumped, narrow), (diagonal, diagonal, wider),
                                (bent, bent, [3] * 50 + [6] * (n - 49))):
        memo = _BeadMemo()
        _banded(sa, sb, scores(), first, narrow, memo)
        again = _banded(sa, sb, scores(), then, widths, memo)
        fresh = _banded(sa, sb, scores(), then, widths, _BeadMemo())
        assert again == fresh
    # Past the bump, the rows meet the first run's again and are taken from it.
    memo = _BeadMemo()
    _banded(sa, sb, scores(), diagonal, narrow, memo)
    rows = list(memo.best)
    _banded(sa, sb, scores(), bumped, narrow, memo)
    assert any(new is old for new, old in zip(memo.best[60:], rows[60:], strict=True))


def test_the_dps_direct_scoring_finds_the_candidates_the_memo_does() -> None:
    from reconcile.align import _candidates, _Scores

    a, b = _nodes("a", _CLAIMS), _nodes("b", _CLAIMS[::-1], year=2021)
    scores = _Scores({(x.source, x.index): x for x in (*a, *b)}, entity_weights([*a, *b]),
                     default_config())
    fresh: dict[int, tuple[float, float, float]] = {}  # by pair (_Numbering.pair)
    direct = _candidates(a, b, scores, 0.0, fresh)
    assert direct == _candidates(a, b, scores, 0.0) and direct
    assert fresh == {k: v for k, v in scores.memo.items() if v is not None}
