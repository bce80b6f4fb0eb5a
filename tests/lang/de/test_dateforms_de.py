"""German numeric dates with no data file: the order and the dot separator come from CLDR's
short date pattern ('dd.MM.yy') alone, so a language added as data gets its own forms."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "de"

NUMERIC = [
    pytest.param("Er wurde am 14.07.1983 in Berlin geboren.", [date("14.07.1983", "1983-07-14")],
                 id="dotted-day-first"),
    pytest.param("Am 3.4.2020 begann es.", [date("3.4.2020", "2020-04-03")],
                 id="dotted-short"),
    pytest.param("Am 2012-06-21 begann es.", [date("2012-06-21", "2012-06-21")], id="iso"),
    # Slashes are not a German date separator in CLDR: the year only.
    pytest.param("Am 14/07/1983 begann es.", [date("14/07/1983", "1983")],
                 id="slash-year-only"),
    pytest.param("Version 1.2.3 kam am 14.07.83.", [], id="version-two-digit-year"),
]


@pytest.mark.parametrize("text,wanted", NUMERIC)
def test_dateforms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
