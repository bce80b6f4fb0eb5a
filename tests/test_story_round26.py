"""Forms found by faithful five-language stories and the dev data (twenty-sixth round): the
numbers listed after a numbered thing are numbered things too ("Articles 3, 5 and 7",
第3、5和7条), in every language, while a plain count after a comma or a unit after the
coordinator ends the list; a reference word before a multiple names nothing ("at level 3
times the limit"); a figure's size in digits is no claim ("double-digit growth", 2桁); a
year after the time of writing opens a plan whose months stay in its paragraph
(2029年後半に…計画だ。); a fiscal year is its year (2025财年); the base of a comparison a
year before is no span (« celui d'un an plus tôt », 1年前を1.3ポイント下回った); a part of an
amount is in its unit only within its clause; ja ミリ and 度 are measures by their
context (深さ, 炉)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq
from reconcile.api import extract_claims

CASES = [
    # A list of numbered things: every member names one, none is a count.
    pytest.param("en", "The court struck down Articles 3, 5 and 7 of the law.", [],
                 id="en-articles-list"),
    pytest.param("en", "The court struck down articles 3 and 7 of the law.", [],
                 id="en-articles-pair-lower"),
    pytest.param("en", "Pursuant to Sections 120125, 120140, 120130(c), 120175 and 120150 of "
                 "the Health and Safety Code, this order is issued.", [],
                 id="en-sections-with-subitem"),
    pytest.param("fr", "Le tribunal a annulé les articles 3, 5 et 7 de la loi.", [],
                 id="fr-articles-list"),
    pytest.param("fr", "Conformément aux sections 120125, 120140, 120130(c), 120175 et 120150 "
                 "du code de la santé, cette ordonnance est publiée.", [],
                 id="fr-sections-list"),
    pytest.param("id", "Pengadilan membatalkan Pasal 3, 5, dan 7 undang-undang tersebut.", [],
                 id="id-pasal-list"),
    pytest.param("zh", "法院裁定该法第3、5和7条无效。", [], id="zh-ordinal-list"),
    pytest.param("zh", "依据政府法规第8567、8627和8665条赋予我的权力颁布命令。", [],
                 id="zh-ordinal-list-long"),
    pytest.param("ja", "同法第3、5、7条を無効とした。", [], id="ja-ordinal-list"),
    # ... but a bare comma ends no list, and an amount with its own unit is no member.
    pytest.param("en", "On the Boeing 737, 200 passengers were safe.",
                 [eq("200", "count", "200", "passengers")], id="en-comma-no-list"),
    pytest.param("en", "Rooms 101 and 102 were closed, and 40 guests left.",
                 [eq("40", "count", "40", "guests")], id="en-rooms-then-count"),
    pytest.param("fr", "Les articles 3 et 5 coûtent 40 euros.",
                 [eq("40 euros", "money", "40", "EUR")], id="fr-articles-then-amount"),
    pytest.param("zh", "共有3、5和7人受伤。",
                 [eq("7人", "count", "7", "people")], id="zh-no-ordinal-no-list"),
    pytest.param("ja", "3人と5人が負傷した。",
                 [eq("3人", "count", "3", "people"), eq("5人", "count", "5", "people")],
                 id="ja-counts-coordinated"),
    # A multiple after a reference word is a multiple.
    pytest.param("en", "Lead was found at level 3 times higher than the limit.",
                 [eq("3 times", "multiplier", "3", "times")], id="en-level-times"),
    pytest.param("fr", "Le plomb atteint le niveau 3 fois plus élevé.",
                 [eq("3 fois", "multiplier", "3", "times")], id="fr-niveau-fois"),
    pytest.param("en", "It was cut to level 3 in the spring.", [], id="en-level-alone"),
    # Digits as the size of a figure.
    pytest.param("en", "Shipments climbed 61%, the seventh month of double-digit growth.",
                 [eq("61%", "percent", "61", "percent")], id="en-double-digit"),
    pytest.param("en", "Growth was in double digits.", [], id="en-double-digits"),
    pytest.param("fr", "Une croissance à deux chiffres.", [], id="fr-deux-chiffres"),
    pytest.param("id", "Pertumbuhan dua digit berlanjut.", [], id="id-dua-digit"),
    pytest.param("ja", "２ケタの伸びとなった。", [], id="ja-keta"),
    pytest.param("zh", "连续两位数增长。", [], id="zh-weishu"),
    pytest.param("en", "Sales doubled to 40 units.",
                 [eq("doubled", "multiplier", "2", "times"), eq("40", "count", "40", "units")],
                 id="en-doubled-stays"),
    # A fiscal year is its year, alone or in a range.
    pytest.param("zh", "2025财年营收增长12%。",
                 [date("2025财年", "2025"), eq("12%", "percent", "12", "percent")],
                 id="zh-fiscal-year"),
    pytest.param("zh", "2025至2026財政年度，產量下滑12%。",
                 [date("2025至2026財政年", "2025/2026", "range"),
                  eq("12%", "percent", "12", "percent")],
                 id="zh-fiscal-year-range"),
    pytest.param("zh", "財政部公布數據。", [], id="zh-ministry-no-year"),
    # The base of a comparison a year before: no span.
    pytest.param("fr", "L'économie a progressé de 5,1 %, un rythme supérieur de 1,1 point de "
                 "pourcentage à celui d'un an plus tôt.",
                 [eq("5,1 %", "percent", "5.1", "percent"),
                  eq("1,1 point de pourcentage", "percent", "1.1", "percentage point")],
                 id="fr-celui-d-un-an"),
    pytest.param("ja", "割合は4.1％で、1年前を1.3ポイント下回った。",
                 [eq("4.1％", "percent", "4.1", "percent"),
                  eq("1.3ポイント", "percent", "1.3", "percentage point")], id="ja-nen-mae-wo"),
    pytest.param("en", "It covered 22 working days, one more than a year earlier.",
                 [eq("22", "count", "22", "working")], id="en-one-more-than-a-year-earlier"),
    pytest.param("en", "He left more than a year ago.",
                 [Want("more than a year", "duration", "1", None, "gt", "year")],
                 id="en-more-than-a-year-ago"),
    pytest.param("ja", "3年前を最後に開かれていない。", [eq("3年", "duration", "3", "year")],
                 id="ja-nen-mae-wo-span"),
    # A part in the whole's unit within its clause only.
    pytest.param("en", "The network has 7,842 kilometres of road, 4,215 of them paved.",
                 [eq("7,842 kilometres", "quantity", "7842", "kilometer"),
                  eq("4,215", "quantity", "4215", "kilometer")], id="en-part-of-whole"),
    pytest.param("en", "They were taken to a town 14 kilometres away; three of them are in "
                 "critical condition.",
                 [eq("14 kilometres", "quantity", "14", "kilometer"),
                  eq("three", "count", "3", "them")], id="en-part-across-clause"),
    # ミリ of a length, 度 of a furnace.
    pytest.param("ja", "割れの深さは最大６ミリに達する。",
                 [Want("最大６ミリ", "quantity", None, "6", "lte", "millimeter")],
                 id="ja-milli-depth"),
    pytest.param("ja", "炉は約1500度で稼働している。",
                 [eq("約1500度", "quantity", "1500", "degree_Celsius", "approx")],
                 id="ja-do-furnace"),
    pytest.param("ja", "彼は2度訪れた。", [eq("2度", "count", "2", "times")], id="ja-do-times"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_forms(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)


def test_a_list_keeps_a_count_that_is_not_its_member() -> None:
    # "Flights 302 and 304 … 150 passengers": the list ends at its coordinator's member.
    check_claims("Flights 302 and 304 were cancelled and 150 passengers stranded.",
                 [Want("150", "count", "150", "150", "eq", "passengers")], "en")


def test_a_year_after_the_time_of_writing_dates_its_paragraphs_months_only() -> None:
    text = ("【台北＝2026年11月10日】財政部が11月９日発表した10月の輸出額は増えた。\n\n"
            "同社は新工場を建設すると発表した。2029年後半に量産を始める計画だ。3月に着工する。\n\n"
            "研究院が６月にまとめた報告書によると、費用は30％高い。")
    dates = {c.surface: c.date for c in extract_claims(text, "ja") if c.kind == "date"}
    assert dates["3月"] == "2029-03"  # the plan's paragraph
    assert dates["６月"] == "2026-06"  # back in the story's time
    assert dates["10月"] == "2026-10"


def test_a_later_year_without_a_time_of_writing_moves_the_story_on() -> None:
    # No publication date, no dateline: the year the text states next is the story's time.
    text = ("En avril, les essais ont commencé.\n\nDébut avril 2020, l'OMS a lancé un essai."
            "\n\nEn mars, d'autres pays ont suivi.")
    dates = [c.date for c in extract_claims(text, "fr") if c.kind == "date"]
    assert dates[-1] == "2020-03"
