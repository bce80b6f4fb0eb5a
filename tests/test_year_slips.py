"""A written year with a digit slip (2021 written 2012 or 2011) stays in its fact and is
the conflict; a year reckoned from a relative date ("that year") is not taken for one."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

STORY = {
    "en": ("The party won 162 of the 300 seats on Sunday. Turnout was 71.4%.\n\n"
           "Ruiz, 54, first took office in March 2021."),
    "fr": ("Le parti a remporté 162 des 300 sièges dimanche. La participation a été de "
           "71,4 %.\n\nRuiz, 54 ans, est entrée en fonctions en mars 2021."),
    "id": ("Partai itu memenangi 162 dari 300 kursi pada hari Minggu. Tingkat partisipasi "
           "71,4%.\n\nRuiz, 54 tahun, pertama kali menjabat pada Maret 2021."),
}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.mark.parametrize("slipped", ["Maret 2012", "Maret 2011", "Maret 2023"])
def test_a_year_written_with_a_slip_is_a_conflict_naming_the_version(
        aliases: AliasTable, slipped: str) -> None:
    story = {**STORY, "id": STORY["id"].replace("Maret 2021", slipped)}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert {c.source: c.surface for c in conflict.claims} == {
        "en": "March 2021", "fr": "mars 2021", "id": slipped}
    assert conflict.verdict.code == "R104"
    assert conflict.verdict.sides and ("id",) in conflict.verdict.sides


def test_years_far_apart_in_other_digits_are_other_dates(aliases: AliasTable) -> None:
    story = {**STORY, "id": STORY["id"].replace("Maret 2021", "Maret 1998")}
    result = diff_story(make_story(story), aliases)
    assert [f for f in result.facts if f.status == "conflict"] == []
