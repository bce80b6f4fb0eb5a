"""Forms found by faithful five-language stories (thirtieth round).

A currency symbol written with a country letter ("A$35,000") holds no article: "between
A$35,000 and A$55,000 a year" is one range, as with "$". "a year earlier" a few words after
an amount ("276.5 million units a year earlier") is the amount's time, no span; so is fr
« qu'il y a un an » after a comparison. The price or average of one unit (1キロの価格,
1公斤的价格, 1キロ平均) states no quantity of one. A bare number set against an amount
past its time frame ("2,340 cases in the first eight weeks, compared with 812") counts the
amount's noun, not weeks. "1800 734 621" is a phone number, not the year 1800; 「SG
8.0-167 DD」 a model, not a range; fr « de 8 heures à 17 heures » opening hours, no span.
Story time: after a flashback ("Built in 1968, …") a plan's year ("not before 2028") does
not move the story's time; a dateline alone on its line dates "last year", 去年, 来年. A
day of the month alone (ja/zh 18日、, 于16日, 周二（11日）) is the date of that day nearest to
the dateline's full date, checked against a weekday in brackets; none without one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, rng

CASES = [
    # "A$": the letter of a currency symbol, not the article "a" (a dollar).
    pytest.param("en", "International students pay between A$35,000 and A$55,000 a year.",
                 [rng("between A$35,000 and A$55,000", "money", "35000", "55000", "AUD")],
                 id="en-aud-range-a-year"),
    pytest.param("en", "They pay A$35 to A$55 a week.",
                 [rng("A$35 to A$55", "money", "35", "55", "AUD")], id="en-aud-range-a-week"),
    pytest.param("en", "It costs a $5 fee.", [eq("$5", "money", "5", "USD")],
                 id="en-article-then-symbol-unchanged"),
    # "a year earlier" a few words after an amount is the amount's time, no span.
    pytest.param("en", "Shipments stood at 276.5 million units a year earlier.",
                 [eq("276.5 million", "count", "276500000", "units")],
                 id="en-amount-noun-a-year-earlier"),
    pytest.param("en", "Sales were 2.5 times their level a year earlier.",
                 [eq("2.5 times", "multiplier", "2.5", "times")],
                 id="en-multiple-level-a-year-earlier"),
    pytest.param("en", "The loss was €147m a year earlier.",
                 [eq("€147m", "money", "147000000", "EUR")], id="en-short-scale-a-year-earlier"),
    pytest.param("fr", "Les livraisons s'élevaient à 276,5 millions d'unités un an plus tôt.",
                 [eq("276,5 millions", "count", "276500000", "unités")],
                 id="fr-amount-noun-un-an-plus-tot"),
    pytest.param("en", "He won in 2019 and left a year later.",
                 [date("2019", "2019"), eq("a year", "duration", "1", "year")],
                 id="en-year-then-a-year-later-span"),
    pytest.param("en", "It had 42 staff, but closed a year later.",
                 [eq("42", "count", "42", "staff"), eq("a year", "duration", "1", "year")],
                 id="en-clause-break-a-year-later-span"),
    # fr « qu'il y a un an » after a comparison: its base, no span.
    pytest.param("fr", "Le loyer est 14 % plus cher qu'il y a un an.",
                 [eq("14 %", "percent", "14", "percent")], id="fr-qu-il-y-a-un-an"),
    pytest.param("fr", "Il est arrivé en France il y a trois ans.",
                 [eq("trois ans", "duration", "3", "year")], id="fr-il-y-a-span-unchanged"),
    # The price or average of one unit: no quantity of one.
    pytest.param("ja", "粉コーヒー1キロの価格は13.50ユーロ。",
                 [eq("13.50ユーロ", "money", "13.50", "EUR")], id="ja-one-kilo-price"),
    pytest.param("ja", "1キロ平均2分57秒のペースで刻んだ。",
                 [eq("2分57秒", "duration", "177", "second")], id="ja-one-km-average-pace"),
    pytest.param("zh", "1公斤的价格为13.5欧元。",
                 [eq("13.5欧元", "money", "13.5", "EUR")], id="zh-one-kilo-price"),
    pytest.param("zh", "这批100吨的价格为30万元。",
                 [eq("100吨", "quantity", "100", "metric_ton"),
                  eq("30万元", "money", "300000", "CNY")], id="zh-hundred-tonnes-price-kept"),
    # A bare number set against the amount before a time frame counts its noun.
    pytest.param("en", "It recorded 2,340 cases in the first eight weeks, compared with 812.",
                 [eq("2,340", "count", "2340", "cases"),
                  eq("eight weeks", "duration", "8", "week"),
                  eq("812", "count", "812", "cases")], id="en-versus-past-time-frame"),
    pytest.param("en", "It recorded 2,340 cases in the first eight weeks of 2025, compared "
                 "with 812 in the same period last year.",
                 [eq("2,340", "count", "2340", "cases"),
                  eq("eight weeks", "duration", "8", "week"), date("2025", "2025"),
                  eq("812", "count", "812", "cases")], id="en-versus-past-dated-frame"),
    pytest.param("en", "The outage lasted 146 hours, against 410 a year earlier.",
                 [eq("146 hours", "duration", "146", "hour"),
                  eq("410", "duration", "410", "hour")], id="en-versus-duration-unchanged"),
    # A phone number of four digits, then threes (an Australian 1800 line).
    pytest.param("fr", "Appelez la ligne d'assistance au 1800 734 621.", [],
                 id="fr-1800-line"),
    pytest.param("zh", "保戶可撥打ICA熱線1800 734 621。", [], id="zh-1800-line"),
    pytest.param("fr", "En 2024 300 000 personnes sont venues.",
                 [date("2024", "2024"), eq("300 000", "count", "300000", "personnes")],
                 id="fr-year-then-count-unchanged"),
    # A model between two Latin words in capitals in an unspaced script.
    pytest.param("ja", "風車はシーメンス・ガメサ製の「SG 8.0-167 DD」だ。", [],
                 id="ja-latin-model-name"),
    pytest.param("zh", "风机为SG 8.0-167 DD型。", [], id="zh-latin-model-name"),
    pytest.param("zh", "CPI 2.5%上涨。", [eq("2.5%", "percent", "2.5", "percent")],
                 id="zh-latin-word-percent-unchanged"),
    # fr opening hours.
    pytest.param("fr", "Les centres seront ouverts de 8 heures à 17 heures, y compris le "
                 "samedi.", [], id="fr-opening-hours"),
    pytest.param("fr", "Il a travaillé de 8 à 10 heures par jour.",
                 [rng("de 8 à 10 heures", "duration", "8", "10", "hour")],
                 id="fr-hours-range-unchanged"),
]

# Story time across paragraphs: a flashback's year does not date the plans after it; a
# dateline alone on its line dates "last year".
STORIES = [
    pytest.param("en", "LYON, France, March 12, 2025 —\n\nBuilt in 1968, the bridge was "
                 "designed for heavy trucks.\n\nA new bridge will not open before 2028. A "
                 "footbridge will open in June.",
                 [date("March 12, 2025", "2025-03-12"), date("1968", "1968"),
                  date("2028", "2028"),
                  date("June", "2025-06", relative="month without year", anchor="2025-03")],
                 id="en-flashback-then-plan"),
    pytest.param("en", "SETÚBAL, Portugal, March 12, 2025 —\n\nThe plant produced 312,000 "
                 "vehicles last year.",
                 [date("March 12, 2025", "2025-03-12"),
                  eq("312,000", "count", "312000", "vehicles"),
                  date("last year", "2024", relative="last year", anchor="2025-03")],
                 id="en-dateline-alone-on-its-line"),
    pytest.param("zh", "新华社北京2025年3月12日电——\n\n工厂去年生产了31.2万辆汽车。",
                 [date("2025年3月12日", "2025-03-12"),
                  date("去年", "2024", relative="去年", anchor="2025-03"),
                  eq("31.2万辆", "count", "312000", "vehicles")], id="zh-dateline-alone"),
    pytest.param("ja", "2025年11月19日\n\n次回は来年1月の予定だ。",
                 [date("2025年11月19日", "2025-11-19"),
                  date("来年1月", "2026-01", relative="来年", anchor="2025-11")],
                 id="ja-date-alone-on-its-line"),
    # A day of the month alone, read against the dateline's full date.
    pytest.param("zh", "新华社北京2025年3月12日电——\n\n工人周二（11日）举行罢工。理事会5日表示，"
                 "谈判定于17日（周一）恢复。连续3日下雨。",
                 [date("2025年3月12日", "2025-03-12"),
                  date("11日", "2025-03-11", relative="day of the month", anchor="2025-03"),
                  date("5日", "2025-03-05", relative="day of the month", anchor="2025-03"),
                  date("17日", "2025-03-17", relative="day of the month", anchor="2025-03")],
                 id="zh-days-of-month"),
    pytest.param("ja", "【東京＝2025年11月19日】\n\nJAXAは18日、衛星を打ち上げた。"
                 "3日間の点検を経て、17日（月）に会見が開かれる。17日（水）の会見。",
                 [date("2025年11月19日", "2025-11-19"),
                  date("18日", "2025-11-18", relative="day of the month", anchor="2025-11"),
                  eq("3日間", "duration", "3", "day"),
                  date("17日", "2025-11-17", relative="day of the month", anchor="2025-11")],
                 id="ja-days-of-month-weekday-checked"),
    pytest.param("ja", "2025年3月2日\n\n工場は28日、ストに入った。毎3日点検する。",
                 [date("2025年3月2日", "2025-03-02"),
                  date("28日", "2025-02-28", relative="day of the month", anchor="2025-03")],
                 id="ja-day-of-previous-month"),
    pytest.param("ja", "【シドニー6日】保険協議会は5日、4万8600件と発表した。",
                 [eq("4万8600件", "count", "48600", "items")], id="ja-day-without-full-dateline"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES + STORIES)
def test_forms(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)
