"""Short translations: a figure miscopied in one of them (one digit, a power of ten) keeps
the versions translations of one another and is the conflict naming that version; a value
that agrees always wins over one that only a slip would explain."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

STORY = {
    "en": "The lake is about 40 km long in the south. It is 300 km long in the north.",
    "fr": "Le lac mesure environ 40 km de long au sud. Il mesure 300 km de long au nord.",
    "id": "Danau itu panjangnya sekitar 40 km di selatan. Panjangnya 300 km di utara.",
}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.mark.parametrize("changed", ["400 km", "3000 km", "30 km"])
def test_a_miscopied_figure_is_a_conflict_naming_the_version(aliases: AliasTable,
                                                             changed: str) -> None:
    story = {**STORY, "en": STORY["en"].replace("300 km", changed)}
    result = diff_story(make_story(story), aliases)
    assert ("en", "fr") in result.parallel
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert {c.source: c.surface for c in conflict.claims} == {
        "en": changed, "fr": "300 km", "id": "300 km"}
    assert ("en",) in conflict.verdict.sides


def test_an_agreeing_value_wins_over_a_slipped_one(aliases: AliasTable) -> None:
    story = {
        "en": "Bacteria fell by up to 76% on the fingers and by up to 77% on the palms.",
        "fr": "Les bactéries ont baissé de 76 % sur les doigts et de 77 % sur les paumes.",
        "id": "Bakteri berkurang 76% di jari dan 77% di telapak tangan.",
    }
    result = diff_story(make_story(story), aliases)
    assert [f.id for f in result.facts if f.status == "conflict"] == []


def test_a_unit_read_another_way_does_not_unmake_a_translation(aliases: AliasTable) -> None:
    # ja writes the converted speed as 56～64キロ (read as a length): that claim has no
    # counterpart, but the translation's changed speed is still found.
    story = {
        "en": "The limit on this stretch is 35-40 mph (56-64 km/h), lower than elsewhere.",
        "fr": "La limite sur ce tronçon est de 35-40 mph (56-64 km/h), plus basse qu'ailleurs.",
        "ja": "この区間の制限速度は時速35～50マイル（56～64キロ）で、他より低い。",
    }
    result = diff_story(make_story(story), aliases)
    assert ("en", "ja") in result.parallel
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert conflict.verdict.outliers == ("ja",)
