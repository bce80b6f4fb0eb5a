"""Japanese forms found by faithful five-language stories (sixteenth round): キロ is a
kilogram only when its weight cue stands nearer than a distance cue (重さ9.5トン … 高度約400
キロ is an altitude); watt-hours, mAh and pixels are units; 分の before a word (124分の大作)
is minutes, before a number a fraction; counters 館, 党, 泊, チーム; a fraction of a
counter's things counts as an average (年平均7.6個); 5人に1人 is a proportion, no count;
前年の55％を上回り states last year's figure exactly; 最長 and 近い bound and approximate;
a bound before N日 makes it days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "ja"

CASES = [
    pytest.param("重さ9.5トンの探査機は、高度約400キロの待機軌道に投入された。",
                 [q("9.5トン", "9.5", "metric_ton"), q("約400キロ", "400", "kilometer", "approx")],
                 id="kilo-altitude-after-weight"),
    pytest.param("重量は850キロで、高度400キロを飛ぶ。",
                 [q("850キロ", "850", "kilogram"), q("400キロ", "400", "kilometer")],
                 id="kilo-weight-and-altitude"),
    pytest.param("体重が5キロ減った。", [q("5キロ", "5", "kilogram")], id="kilo-body-weight"),
    pytest.param("当初の生産能力は年20ギガワット時。",
                 [q("20ギガワット時", "20", "gigawatt_hour")], id="gigawatt-hours"),
    pytest.param("電池は4500mAhから5000mAhに増えた。",
                 [q("4500mAh", "4500", "milliampere_hour"),
                  q("5000mAh", "5000", "milliampere_hour")], id="mah"),
    pytest.param("メインカメラは2億画素。", [q("2億画素", "200000000", "pixel")], id="pixels"),
    pytest.param("上映時間１２４分の大作。", [eq("１２４分", "duration", "124", "minute")],
                 id="minutes-before-no"),
    pytest.param("全体の3分の1を占める。", [], id="fraction-stays"),
    pytest.param("全国380館で公開された。", [eq("380館", "count", "380", "venues")],
                 id="counter-kan"),
    pytest.param("小政党3党が連立に加わる。", [eq("3党", "count", "3", "parties")],
                 id="counter-tou"),
    pytest.param("救助隊42チームが出動した。", [eq("42チーム", "count", "42", "teams")],
                 id="counter-team"),
    pytest.param("平均滞在日数は8.5泊で、2019年の7泊を上回った。",
                 [eq("8.5泊", "count", "8.5", "nights"), date("2019年", "2019"),
                  eq("7泊", "count", "7", "nights")], id="average-nights-and-base"),
    pytest.param("年平均7.6個の台風が接近する。", [eq("7.6個", "count", "7.6", "items")],
                 id="average-decimal-count"),
    pytest.param("1.5個の誤差。", [], id="decimal-count-without-average"),
    pytest.param("3世帯に1世帯が停電したまま。", [], id="one-in-three"),
    pytest.param("約5人に1人が購入した。", [], id="one-in-five"),
    pytest.param("売上高は100億円を上回った。",
                 [Want("100億円を上回", "money", "10000000000", None, "gt", "JPY")],
                 id="exceeded-still-bound"),
    pytest.param("稼働率は前年の55％を上回った。",
                 [date("前年", None, relative="前年"), eq("55％", "percent", "55", "percent")],
                 id="last-years-figure-exact"),
    pytest.param("時速4万キロ近い速度で突入する。",
                 [q("時速4万キロ近い", "40000", "kilometer / hour", "approx")], id="chikai"),
    pytest.param("停電が最長5日間続く。",
                 [Want("最長5日間", "duration", None, "5", "lte", "day")], id="saichou"),
    pytest.param("最長で１週間かかる。",
                 [Want("最長で１週間", "duration", None, "1", "lte", "week")], id="saichou-de"),
    pytest.param("有効期間は最長90日。",
                 [Want("最長90日", "duration", None, "90", "lte", "day")], id="bound-days"),
    pytest.param("2025年の大雨。3月15日から17日にかけて川が増水した。",
                 [date("2025年", "2025"),
                  date("3月15日から17日", "2025-03-15/2025-03-17", "range",
                       relative="month without year", anchor="2025")],
                 id="days-of-a-month-no-year"),
    pytest.param("予約受け付けは2025年9月12日から14日間。",
                 [date("2025年9月12日", "2025-09-12"), eq("14日間", "duration", "14", "day")],
                 id="from-a-day-for-14-days"),
    pytest.param("シェアは1.7%から4.9%へと3.2ポイント上昇した。",
                 [eq("1.7%", "percent", "1.7", "percent"), eq("4.9%", "percent", "4.9", "percent"),
                  eq("3.2ポイント", "percent", "3.2", "percentage point")], id="kara-heto"),
    pytest.param("失業率は6.0%から6.1%に上方修正された。",
                 [eq("6.0%", "percent", "6.0", "percent"), eq("6.1%", "percent", "6.1", "percent")],
                 id="revised-up"),
    pytest.param("新党は3議席から28議席に躍進した。",
                 [eq("3議席", "count", "3", "seats"), eq("28議席", "count", "28", "seats")],
                 id="leapt"),
    pytest.param("気温は20度から25度の範囲。",
                 [Want("20度から25度", "quantity", "20", "25", "range", "degree_Celsius")],
                 id="range-stays"),
    pytest.param("2万8000スクリーン超で上映された。",
                 [Want("2万8000スクリーン超", "count", "28000", None, "gt", "screens")],
                 id="screens-over"),
    pytest.param("日経平均は3万5909円70銭で取引を終えた。",
                 [eq("3万5909円70銭", "money", "35909.70", "JPY")], id="sen-after-man"),
    pytest.param("座席数は最大220席。",
                 [Want("最大220席", "count", None, "220", "lte", "seats")], id="counter-seki"),
    pytest.param("輸入量は前年同期の２倍を超えた。",
                 [Want("２倍を超え", "multiplier", "2", None, "gt", "times")],
                 id="multiple-of-last-year-bounded"),
    pytest.param("2025年の稲作。1～3月期の生産量は増えた。",
                 [date("2025年", "2025"),
                  date("1～3月", "2025-01/2025-03", "range", relative="month without year",
                       anchor="2025")], id="months-of-a-year-no-year"),
    pytest.param("後半22分に追加点を挙げた。", [], id="match-minute"),
    pytest.param("前半の12分間は互角だった。", [eq("12分間", "duration", "12", "minute")],
                 id="minutes-of-a-half-stay"),
    pytest.param("年間120億円を節約する。", [eq("120億円", "money", "12000000000", "JPY")],
                 id="saves-not-about"),
    pytest.param("買収完了後2年目の通期で黒字化する。", [], id="second-year-no-span"),
    pytest.param("2年間で黒字化する。", [eq("2年間", "duration", "2", "year")],
                 id="two-years-stay"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round16(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
