"""_exchanged ends on links admitted on position alone (scores about 1e-6), where an
uncrossing that loses a little less than _EXCHANGE_GAIN and a gain of a little more undid
each other for ever (tico Wikipedia_handpicked_5-s03 hung `reconcile diff`)."""

from __future__ import annotations

from reconcile.align import _exchanged

# The scores of the three claims' pairs (claim index in a, in b) as the DP gave them.
SCORES = {
    (22, 10): 7.125680615805146e-07, (23, 9): 6.905856770585693e-07,
    (24, 8): 6.711466607213918e-07, (23, 8): 6.782431001328223e-07,
    (24, 9): 6.832300080166733e-07, (22, 8): 6.896569150358616e-07,
    (23, 10): 7.003899870603076e-07, (24, 10): 6.928251211191679e-07,
}


def test_exchanges_of_near_equal_tiny_scores_end() -> None:
    links = [(0.5455090313992257, 20, 7), (SCORES[(22, 10)], 22, 10),
             (SCORES[(23, 8)], 23, 8), (SCORES[(24, 9)], 24, 9)]
    scored = [(0.5455090313992257, 20, 7), *((s, x, y) for (x, y), s in SCORES.items())]
    out = _exchanged(links, scored)
    assert sorted(x for _, x, _ in out) == [20, 22, 23, 24]
    assert sorted(y for _, _, y in out) == [7, 8, 9, 10]
    assert all(score == dict(((x, y), s) for s, x, y in scored)[(x, y)] for score, x, y in out)
