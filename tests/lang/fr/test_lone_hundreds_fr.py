"""French: "cent" and "mille" stand alone ("cent personnes": 100) ([spelled] bare), but a
dozen word needs its article ("douzaine de personnes" alone was a count of 12)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Cent personnes et mille manifestants.",
                 [eq("Cent", "count", "100", "personnes"),
                  eq("mille", "count", "1000", "manifestants")], id="bare-cent-mille"),
    pytest.param("Douzaine de personnes.", [], id="bare-douzaine"),
    pytest.param("Une douzaine de personnes sont venues.",
                 [eq("Une douzaine", "count", "12", "personnes")], id="article-douzaine"),
    pytest.param("Des centaines de personnes.",
                 [Want("Des centaines de", "count", "200", "999", "several", "personnes")],
                 id="vague"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_lone_hundreds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
