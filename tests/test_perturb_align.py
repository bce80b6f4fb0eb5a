"""Alignment of a changed figure in translations (the perturbation study's classes): a
count whose first digit changed in one translation stays with its counterparts (a count's
noun is a word of its language, not a unit that must be equal) and is the conflict naming
that version."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

CLINICS = {
    "en": "The survey began in March 2021 with 40 nurses. The 100 clinics of the network "
          "will take part in it. Each clinic sends 12 samples a week.",
    "fr": "L'enquête a commencé en mars 2021 avec 40 infirmières. Les 100 cabinets du "
          "réseau y participeront. Chaque cabinet envoie 12 échantillons par semaine.",
    "id": "Survei dimulai pada Maret 2021 dengan 40 perawat. Seratus klinik jaringan itu "
          "akan ikut serta. Setiap klinik mengirim 12 sampel per minggu.",
    "zh": "调查于 2021 年 3 月开始，有 40 名护士参与。该网络的 100 家诊所将参与其中。"
          "每家诊所每周送检 12 份样本。",
}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.mark.parametrize(("source", "old", "new"), [
    ("fr", "100 cabinets", "200 cabinets"),
    ("en", "100 clinics", "200 clinics"),
    ("zh", "100 家", "300 家"),
])
def test_a_count_whose_first_digit_changed_is_a_conflict_naming_the_version(
        aliases: AliasTable, source: str, old: str, new: str) -> None:
    story = {**CLINICS, source: CLINICS[source].replace(old, new)}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert {c.source for c in conflict.claims} == {"en", "fr", "id", "zh"}
    assert conflict.verdict.outliers == (source,)


def test_the_unchanged_story_agrees(aliases: AliasTable) -> None:
    result = diff_story(make_story(CLINICS), aliases)
    assert [f for f in result.facts if f.status != "agree"] == []


SPEEDS = {
    "en": "On this stretch the limits are lower, commonly 35-40 mph (56-64 km/h), and the "
          "road is 12 km long.",
    "fr": "Sur ce tronçon, les limites sont plus basses, en général de 35 à 40 mph "
          "(56-64 km/h), et la route fait 12 km.",
    "id": "Di ruas ini batasnya lebih rendah, biasanya 35-40 mph (56-64 km/j), dan jalannya "
          "sepanjang 12 km.",
    "zh": "这段路的限速较低，通常为 35-40 英里/小时（56-64 公里/小时），全长 12 公里。",
}


def test_a_figure_stated_in_two_units_pairs_each_unit_with_itself(aliases: AliasTable) -> None:
    result = diff_story(make_story(SPEEDS), aliases)
    speeds = [f for f in result.facts if f.kind == "quantity" and len(f.claims) > 1
              and any("/" in (c.unit or "") for c in f.claims)]
    assert len(speeds) == 2
    for fact in speeds:
        assert len({c.unit for c in fact.claims}) == 1, fact.claims


@pytest.mark.parametrize(("source", "old", "new"), [
    ("zh", "35-40 英里", "350-400 英里"),
    ("fr", "(56-64 km/h)", "(56-74 km/h)"),
])
def test_a_changed_speed_beside_its_conversion_is_found(
        aliases: AliasTable, source: str, old: str, new: str) -> None:
    story = {**SPEEDS, source: SPEEDS[source].replace(old, new)}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert conflict.verdict.outliers == (source,)


INCIDENTS = {
    "en": "Around 60 cases of overheating batteries have been reported, causing 6 fires. "
          "The ministry said it knew of 27 accidents.",
    "fr": "Environ 60 cas de surchauffe de batteries ont été signalés, provoquant 6 "
          "incendies. Le ministère a dit connaître 27 accidents.",
    "zh": "据报道，大约有 60 起电池过热的情况，造成 6 起火灾。该部表示已知道 27 起事故。",
}


def test_a_counter_hint_is_no_evidence_against_a_counted_thing(aliases: AliasTable) -> None:
    # 起 counts incidents, cases and accidents alike: its hint must not keep a changed
    # figure away from "cases".
    story = {**INCIDENTS, "zh": INCIDENTS["zh"].replace("大约有 60 起", "大约有 600 起")}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert {c.source for c in conflict.claims} == {"en", "fr", "zh"}
    assert conflict.verdict.outliers == ("zh",)


CONVERTED = {
    "en": "The boat carries 2,000 pounds of cargo and sailed 310 miles at 25 mph.",
    "fr": "Le bateau transporte 907 kg de fret et a parcouru 499 km à 40 km/h.",
    "id": "Kapal itu membawa 2.000 pon muatan dan berlayar 310 mil dengan kecepatan 25 mph.",
}


def test_a_translation_that_converts_every_measure_is_still_a_translation(
        aliases: AliasTable) -> None:
    # Each converted measure vouches for the translation as an equal number does, so the
    # one the translator got wrong is the conflict naming it.
    story = {**CONVERTED, "fr": CONVERTED["fr"].replace("499 km", "599 km")}
    result = diff_story(make_story(story), aliases)
    assert ("en", "fr") in result.parallel
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert conflict.verdict.outliers == ("fr",)
    assert {c.source for c in conflict.claims} == {"en", "fr", "id"}


VAGUE = {
    "en": "Officials expect hundreds of thousands of people. The ratio must drop to less "
          "than 1.",
    "fr": "Les responsables attendent des centaines de milliers de personnes. Le ratio doit "
          "tomber à moins de 1.",
    "zh": "官员预计将有数十万人前来。该比率必须降到 1 以下。",
}


def test_a_vague_amount_in_two_languages_vouches_for_a_translation(
        aliases: AliasTable) -> None:
    # "hundreds of thousands" and 数十万 bound their amount a little apart (999,000 and
    # 990,000): one amount still, so the two are translations and the changed bound is
    # the conflict naming zh.
    story = {**VAGUE, "zh": VAGUE["zh"].replace("1 以下", "10 以下")}
    result = diff_story(make_story(story), aliases)
    assert ("en", "zh") in result.parallel
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert conflict.verdict.outliers == ("zh",)


REGIONS = {
    "en": "The plan began with 45 towns. It aims to bring the reproduction number to less "
          "than 1 by the summer. Officials said 3 regions had already reached it.",
    "fr": "Le plan a débuté avec 45 villes. Il vise à ramener le taux de reproduction à "
          "moins de 1 d'ici l'été. Selon les responsables, 3 régions y sont déjà parvenues.",
    "id": "Rencana itu dimulai dengan 45 kota. Rencana itu bertujuan menurunkan angka "
          "reproduksi menjadi kurang dari 1 pada musim panas. Pejabat mengatakan 3 wilayah "
          "sudah mencapainya.",
    "zh": "专家认为，繁殖数必须降到 1 以下。卫生部门去年共收到 8 份报告，其中 6 份来自北方。"
          "当地媒体还报道了 9 所学校停课的消息，以及 7 家医院延长开放时间的安排。",
}


def test_small_counts_of_other_things_do_not_make_an_article_a_translation(
        aliases: AliasTable) -> None:
    # 3 regions and 9 schools differ by one digit, but two small numbers of other nouns
    # are no miscopied figure: the independent article stays independent, no conflict.
    result = diff_story(make_story(REGIONS), aliases)
    assert ("en", "zh") not in result.parallel
    assert [f for f in result.facts if f.status == "conflict"] == []
