"""A date that opens the period of a comparison ("the highest since 1990", 1990年以来)
dates no number of its clause: the number keeps the story's time, so versions that put
the "since" date nearer the number than the month of the figure still align."""

from __future__ import annotations

import pytest

from reconcile.api import extract_claims
from reconcile.scope import datings

CASES = [
    ("en", "Headline inflation reached 3.8% in March 2025, the highest since 1990.", "3.8%"),
    ("fr", "L'inflation a atteint 3,8 % en mars 2025, son plus haut niveau depuis 1990.",
     "3,8 %"),
    ("id", "Inflasi mencapai 3,8 persen pada Maret 2025, tertinggi sejak 1990.", "3,8 persen"),
    ("ja", "2025年3月の総合インフレ率は3.8％と1990年以来の高水準に達した。", "3.8％"),
    ("zh", "2025年3月整体通胀率达到3.8%，为1990年以来最高。", "3.8%"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CASES)
def test_a_since_date_dates_no_number(lang: str, text: str, surface: str) -> None:
    claims = extract_claims(text, lang)
    (index,) = [i for i, c in enumerate(claims) if c.surface == surface]
    dating = datings(claims, {c.sentence_start: 0 for c in claims})[index]
    assert dating is not None and dating.year == 2025


def test_a_plain_date_still_dates_its_number() -> None:
    claims = extract_claims("Inflation reached 3.8% in 1990.", "en")
    (index,) = [i for i, c in enumerate(claims) if c.surface == "3.8%"]
    dating = datings(claims, {c.sentence_start: 0 for c in claims})[index]
    assert dating is not None and dating.year == 1990


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("zh", "自2013年以来，我们在奥罗拉从未见过如此强的风。农业部估计作物损失为6500万美元。",
     "6500万美元"),
    ("en", "Since 2013, we have not seen winds this strong. Crop losses were $65 million.",
     "$65 million"),
])
def test_a_since_date_that_opens_its_sentence_is_no_topic(lang: str, text: str,
                                                          surface: str) -> None:
    """A comparison's start that opens its sentence (自2013年以来, "Since 2013, …") dates
    none of the sentences after it."""
    claims = extract_claims(text, lang)
    (index,) = [i for i, c in enumerate(claims) if c.surface == surface]
    assert datings(claims, {c.sentence_start: 0 for c in claims})[index] is None
