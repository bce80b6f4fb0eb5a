"""A share in brackets between a number and its counted noun: the noun is the number's
(it was a bare count); the share is a claim of its own."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Parmi eux, 74 439 (60,7 %) cas ont été confirmés.",
                 [eq("74 439", "count", "74439", "cas"),
                  eq("60,7 %", "percent", "60.7", "percent")], id="share-then-noun"),
    # A verb with an elided negation or pronoun is no counted noun (was "n’en"); the
    # count stays, as before a verb ("74 étaient").
    pytest.param("Parmi ces cas, 4 470 (62,4 %) n’en présentaient aucun.",
                 [eq("4 470", "count", "4470", None), eq("62,4 %", "percent", "62.4", "percent")],
                 id="share-then-verb"),
    pytest.param("Au total, 4 470 n’en présentaient aucun.",
                 [eq("4 470", "count", "4470", None)], id="elided-verb"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_share_aside(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
