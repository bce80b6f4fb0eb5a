"""Forms found by peers' published suites and faithful five-language stories (twenty-eighth
round): a business or working day is a day in every language ("within 4 business days",
4営業日以内, 4个工作日: the same span as `sous 4 jours ouvrables`, not a count of "business"
or of items); a year in Han numerals joined to its month by the genitive is a year
(二千年の九月十日: the year 2000, not two thousand years); a Minguo year in Han numerals
with its hundreds is a year (民國一百一十二年 = 2023); a number after a noun of people and a
comparison is their age ("people under 25 rose", "orang di bawah 25 tahun"), not a count of
the next word or a span of years."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

CASES = [
    # Business days: days.
    pytest.param("en", "Refunds are paid within 4 business days.",
                 [Want("within 4 business days", "duration", None, "4", "lte", "day")],
                 id="en-business-days"),
    pytest.param("en", "The notice must be given 10 working days ahead.",
                 [eq("10 working days", "duration", "10", "day")], id="en-working-days"),
    pytest.param("fr", "Le remboursement intervient sous 4 jours ouvrables.",
                 [Want("sous 4 jours", "duration", None, "4", "lte", "day")],
                 id="fr-jours-ouvrables"),
    pytest.param("ja", "返金は4営業日以内に行われる。",
                 [Want("4営業日以内", "duration", None, "4", "lte", "day")],
                 id="ja-business-days"),
    pytest.param("zh", "退款在4个工作日内完成。",
                 [eq("4个工作日", "duration", "4", "day")], id="zh-business-days"),
    pytest.param("zh", "申請需10個工作天。",
                 [eq("10個工作天", "duration", "10", "day")], id="zh-hant-business-days"),
    # A Han-numeral year joined to its month by の: a year, the date whole.
    pytest.param("ja", "二千年の九月十日に開業した。", [date("二千年の九月十日", "2000-09-10")],
                 id="ja-han-year-genitive"),
    pytest.param("ja", "二千年の間に人口が増えた。",
                 [eq("二千年", "duration", "2000", "year")], id="ja-han-years-no-month"),
    # The Minguo calendar with Han numerals and their hundreds.
    pytest.param("zh", "中華民國一百一十二年起實施。", [date("民國一百一十二年", "2023")],
                 id="zh-minguo-han-hundreds"),
    pytest.param("zh", "民國一百一十二年五月公布。", [date("民國一百一十二年五月", "2023-05")],
                 id="zh-minguo-han-month"),
    pytest.param("zh", "民國三十八年政府遷台。", [date("民國三十八年", "1949")],
                 id="zh-minguo-han-tens"),
    # A noun of people and a comparison before a number: their age, whatever follows;
    # not with a percent or a scale word after it, and "those" still needs no noun after.
    pytest.param("en", "Unemployment among people under 25 rose to 14%.",
                 [eq("14%", "percent", "14", "percent")], id="en-people-under-age"),
    pytest.param("en", "Children under 12 travel free.", [], id="en-children-under-age"),
    pytest.param("en", "Those over 300 passengers were rescued.",
                 [Want("over 300", "count", "300", None, "gt", "passengers")],
                 id="en-those-over-count"),
    pytest.param("en", "Workers over 50 made up 12% of the staff.",
                 [eq("12%", "percent", "12", "percent")], id="en-workers-over-age"),
    pytest.param("id", "Pengangguran di kalangan orang di bawah 25 tahun naik menjadi 14 persen.",
                 [eq("14 persen", "percent", "14", "percent")], id="id-people-under-age"),
    pytest.param("id", "Jumlah warga di atas 5 juta jiwa.",
                 [Want("di atas 5 juta", "count", "5000000", None, "gt", "jiwa")],
                 id="id-people-over-scale"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_forms(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)
