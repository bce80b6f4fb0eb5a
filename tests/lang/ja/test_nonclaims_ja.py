"""Japanese numbers that are not claims: clock times, ordinals, article numbers and ages
(a DECISION: ages are no claims)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

NON_CLAIMS = [
    pytest.param("午後3時に始まった。", [], id="clock-gogo"),
    pytest.param("会議は10時半に終わった。", [], id="clock-han"),
    pytest.param("午前九時に開店した。", [], id="clock-han-numeral"),
    pytest.param("23歳の男が逮捕された。", [], id="age"),
    pytest.param("第3位に入った。", [], id="ordinal"),
    pytest.param("第5条が適用される。", [], id="article"),
    pytest.param("iPhone 15を買った。", [], id="iphone"),
    pytest.param("15～17歳の子どもが検査を受けた。", [], id="age-range"),
    pytest.param("30余歳の男性がけがをした。", [], id="age-yo"),
]

STILL_CLAIMS = [
    pytest.param("会議は3時間続いた。", [eq("3時間", "duration", "3", "hour")],
                 id="jikan-is-duration"),
]


@pytest.mark.parametrize(("text", "wanted"), [*NON_CLAIMS, *STILL_CLAIMS])
def test_nonclaims(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
