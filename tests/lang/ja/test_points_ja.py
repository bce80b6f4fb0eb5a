"""Japanese: ポイント is a percentage point beside a percent sign or a rate word (支持率,
失業率: [quantities.cues]); more than 100 of them are no change of a rate (a stock index's
412ポイント was read as 412 percentage points)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("支持率は5ポイント下がった。",
                 [eq('5ポイント', 'percent', '5', 'percentage point')], id="rate-word"),
    pytest.param("失業率は2.6％で、前月比0.1ポイント上昇した。",
                 [eq('2.6％', 'percent', '2.6', 'percent'),
                  eq('0.1ポイント', 'percent', '0.1', 'percentage point')], id="percent-sign"),
    pytest.param("株価指数は412ポイント（2.3％）下落し、1万7654ポイントとなった。",
                 [eq('2.3％', 'percent', '2.3', 'percent')], id="index-points"),
    pytest.param("日経平均株価は前日比412ポイント安となった。", [], id="no-cue"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_points(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
