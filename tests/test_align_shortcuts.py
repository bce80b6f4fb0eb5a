"""The shortcuts of an alignment run give exactly what the plain code gives: pair evidence
with the claims' classes read once (_scored_links, _Scores.classed), the seeding bound of
both clustering rounds (_Scores.reach, _Scores.seed), the linked pairs read per place
(_Linked.pairs) and the mean of one score (_fit, _witness_mean)."""

from __future__ import annotations

import itertools

from reconcile.align import (
    _MEETING,
    PairKey,
    _candidates,
    _evidence_parts,
    _fit,
    _keyed,
    _Linked,
    _scored_links,
    _Scores,
    _witness_mean,
    default_config,
    entity_weights,
)
from reconcile.model import Node
from test_align_tables import _CLAIMS, _nodes


def _scores(*versions: list[Node]) -> _Scores:
    everything = [n for v in versions for n in v]
    return _Scores({(n.source, n.index): n for n in everything}, entity_weights(everything),
                   default_config())


def test_the_kinds_that_meet_are_those_kind_penalty_lets_meet() -> None:
    kinds = {c.kind for c in _CLAIMS}
    cfg = default_config()
    a = _nodes("a", _CLAIMS, (2020,))
    b = _nodes("b", _CLAIMS, (2020,))
    weights = entity_weights([*a, *b])
    for x, y in itertools.product(a, b):
        if x.claim.kind != y.claim.kind and (x.claim.kind, y.claim.kind) not in _MEETING:
            assert _evidence_parts(x, y, weights, cfg) is None
    assert {k for pair in _MEETING for k in pair} <= kinds | {"duration"}


def test_evidence_with_the_classes_given_is_the_plain_evidence() -> None:
    a = _nodes("a", _CLAIMS, (2020, None, 2021))
    b = _nodes("b", _CLAIMS[::-1], (2020, 2022))
    scores = _scores(a, b)
    cfg, weights, classes_of = scores.cfg, scores.weights, scores.tables.classes_of
    for x, y in itertools.product(a, b):
        plain = _evidence_parts(x, y, weights, cfg)
        assert scores.evidence(x, y) == plain
        if x.claim.kind == y.claim.kind or (x.claim.kind, y.claim.kind) in _MEETING:
            assert scores.classed(x, y, classes_of(x), classes_of(y)) == plain


def test_keyed_segments_score_every_pair_as_the_plain_evidence() -> None:
    a = _nodes("a", _CLAIMS, (2020,))
    b = _nodes("b", _CLAIMS[::-1], (2020, 2021))
    for floor in (-5.0, 0.0, 2.0):
        for xs, ys in itertools.product((a[:4], a[4:9], a[9:]), (b[:5], b[5:])):
            scores = _scores(a, b)
            fresh: dict[PairKey, tuple[float, float, float]] = {}
            keyed = _scored_links(_keyed(xs, scores), _keyed(ys, scores), scores, floor, fresh)
            plain = {scores.numbering.pair(x, y): found
                     for x, y in itertools.product(xs, ys)
                     if (found := _evidence_parts(x, y, scores.weights, scores.cfg))
                     is not None}
            assert fresh == plain
            # the memo's reading of the same pairs links them alike
            scores.memo.update(fresh)
            assert keyed == _candidates(xs, ys, scores, floor)


def test_the_seeding_bound_holds_in_both_rounds() -> None:
    a = _nodes("a", _CLAIMS, (2020,))
    b = _nodes("b", _CLAIMS, (2020, None))
    scores = _scores(a, b)
    second = scores.round_two([(x, y) for x, y in zip(a, b, strict=True)])
    keys = [scores.numbering.pair(x, y) for x in a for y in b]
    for key in keys:
        found = scores.parts(key)
        for run in (scores, second):
            full = run.full(key)
            assert (found is None) == (full is None)
            if found is not None and full is not None:
                assert full <= scores.reach(key, found)
            for floor in (-5.0, 0.0, 2.5, 4.0):
                seed = run.seed(key, floor)
                if full is not None and full >= floor:
                    assert seed == full
                else:
                    assert seed is None or seed == full


def _plain_pairs(linked: _Linked, x: Node, y: Node, by_segment: bool) -> list[tuple[Node, Node]]:
    if by_segment:
        return [(a, b) for at, a in linked.segments.get((x.source, x.segment), ())
                if (b := linked.members[at].get(y.source)) is not None
                and b.segment == y.segment]
    return [(a, b) for at, a in linked.paragraphs.get((x.source, x.paragraph), ())
            if (b := linked.members[at].get(y.source)) is not None
            and b.paragraph == y.paragraph]


def test_linked_pairs_read_per_place_are_the_plain_ones() -> None:
    a = _nodes("a", _CLAIMS, (2020,))
    b = _nodes("b", _CLAIMS[::-1], (2020,))
    c = _nodes("c", _CLAIMS[3:], (2020,))
    groups = [(x, y, z) for x, y, z in zip(a, b, c, strict=False)] + [(a[-1],), (b[-2], a[-2])]
    linked = _Linked.of(groups)
    everything = [*a, *b, *c]
    for _ in range(2):  # the second pass reads every place from the memo
        for x, y in itertools.product(everything, everything):
            for by_segment in (True, False):
                assert linked.pairs(x, y, by_segment=by_segment) \
                    == _plain_pairs(linked, x, y, by_segment)


def test_the_fit_to_one_claim_is_its_witness_mean() -> None:
    a = _nodes("a", _CLAIMS, (2020,))
    b = _nodes("b", _CLAIMS, (2020,))
    scores = _scores(a, b)
    family = {"a": "a", "b": "b"}
    for x, y in itertools.product(a, b):
        score = scores.blind(scores.numbering.pair(x, y))
        fit = _fit(x, [y], scores.blind, scores.numbering, family)
        assert fit == (None if score is None else _witness_mean([[score]]))
    assert _witness_mean([[-0.0]]) == 0.0 \
        and _fit(a[0], [], scores.blind, scores.numbering, family) is None
