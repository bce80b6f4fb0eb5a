"""Which stated dates anchor the relative dates after them (extract_segments)."""

from __future__ import annotations

import pytest

from reconcile import extract_claims


def _month(text: str, lang: str, surface: str) -> str | None:
    (claim,) = [c for c in extract_claims(text, lang) if c.surface == surface]
    return claim.date


@pytest.mark.parametrize(("text", "lang", "surface", "want"), [
    # The last stated date, not the paragraph's first, anchors a month without a year.
    ("The plan began on 3 May 2019. It was revised on 2 June 2020. In April, work resumed.",
     "en", "April", "2020-04"),
    # A date stated as the time of a measurement is an aside.
    ("Work began in 2018. As of May 2024, the tally stood at 40 cases. In April, it rose.",
     "en", "April", "2018-04"),
    # A bare year used as a modifier names no time of the story.
    ("Work began in 2018. A 2016 review found 12 flaws. In April, work resumed.",
     "en", "April", "2018-04"),
    ("Le projet a commencé en 2018. À la date du 1er mai 2024, on comptait 40 cas. En avril, "
     "il a repris.", "fr", "avril", "2018-04"),
    # A span is no point in time to count from.
    ("Costs for 2015-16 trials were high. In April, work resumed.", "en", "April", None),
    # ... but "the same year" (同年) names the year stated last in its paragraph, an
    # aside's too.
    ("工程于2018年开始。截至2024年5月，共有40例。同年7月，工程恢复。", "zh", "同年7月", "2024-07"),
    ("工程于2018年开始。截至2024年5月，共有40例。\n\n同年7月，工程恢复。", "zh", "同年7月",
     "2018-07"),
])
def test_relative_dates_resolve_against_the_story_time(text: str, lang: str, surface: str,
                                                       want: str | None) -> None:
    assert _month(text, lang, surface) == want
