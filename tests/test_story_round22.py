"""Forms found by faithful five-language stories (twenty-second round), in every language
where they apply: a two-digit year before a particle of time (ja 16年の, 18年に) is a year
further from the story's date too, and its months keep it (26年1～3月期); zh 去年同月 is
the month a year before; a bare "francs" (en), 法郎 (zh) takes the story's country, the
adjective of a country naming it too ("Swiss"); an ambiguous currency word is a unit of
its own (23億フランと12.5％); "N times" before a comparative and "than" multiplies, and so
does "sept fois et demie"; id "belum" is "less than", "lebih" after "kali" before a word
compares, "-nya" closes a time unit, "jam tangan" are watches; a one-decimal magnitude
("M8.0", zh 規模7.1); a time of day or 起 between two dates of a range."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq
from reconcile.api import extract_claims

CASES = [
    # Two-digit years before a particle of time, beyond two years from the story's date.
    pytest.param("ja", "【ソウル＝2024年4月11日】期日前投票率は16年の水準の2倍を超えた。",
                 [date("2024年4月11日", "2024-04-11"),
                  date("16年", "2016", relative="year without century", anchor="2024-04"),
                  Want("2倍を超え", "multiplier", "2", None, "gt", "times")],
                 id="ja-short-year-no"),
    pytest.param("ja", "【ベルリン＝2025年9月22日】キプチョゲが18年に2時間1分39秒で樹立した。",
                 [date("2025年9月22日", "2025-09-22"),
                  date("18年", "2018", relative="year without century", anchor="2025-09"),
                  eq("2時間1分39秒", "duration", "7299", "second")],
                 id="ja-short-year-ni"),
    # ... but a span where a word says so (10年に1度, 任期を10年に延長, 12年の歳月).
    pytest.param("ja", "【東京＝2025年10月14日】任期を10年に延長する。12年の歳月をかけた。",
                 [date("2025年10月14日", "2025-10-14"),
                  eq("10年", "duration", "10", "year"), eq("12年", "duration", "12", "year")],
                 id="ja-short-year-spans"),
    # The months after a two-digit year are of that year, after a later date too.
    pytest.param("ja", "【ハーグ＝2025年9月16日】工事は2026年5月に始まる。契約は26年1～3月期に"
                 "入札にかけられる。",
                 [date("2025年9月16日", "2025-09-16"), date("2026年5月", "2026-05"),
                  date("26年1～3月", "2026-01/2026-03", "range",
                       relative="year without century", anchor="2025-09")],
                 id="ja-short-year-months"),
    # zh: the same month a year before.
    pytest.param("zh", "2025年7月17日電 6月出口額為21億美元，去年同月為23億美元。",
                 [date("2025年7月17日", "2025-07-17"),
                  date("6月", "2025-06", relative="month without year", anchor="2025-07"),
                  eq("21億美元", "money", "2100000000", "USD"),
                  date("去年同月", "2024-06", relative="去年同月", anchor="2025-06"),
                  eq("23億美元", "money", "2300000000", "USD")],
                 id="zh-same-month-last-year"),
    # ja: the same month a year earlier as a comparison's base is no date.
    pytest.param("ja", "2024年8月5日 取引件数は24年7月に9518件と、"
                 "前年同月の4580件の2倍超となった。",
                 [date("2024年8月5日", "2024-08-05"),
                  date("24年7月", "2024-07"),
                  eq("9518件", "count", "9518", "items"), eq("4580件", "count", "4580", "items"),
                  Want("2倍超", "multiplier", "2", None, "gt", "times")],
                 id="ja-same-month-a-year-earlier-base"),
    # Francs in a Swiss story: the adjective names the country; zh 法郎 by 瑞士.
    pytest.param("en", "Swiss watch exports fell to 2.1 billion francs, with prices between 500 "
                 "and 3,000 francs.",
                 [eq("2.1 billion francs", "money", "2100000000", "CHF"),
                  Want("between 500 and 3,000 francs", "money", "500", "3000", "range", "CHF")],
                 id="en-swiss-francs"),
    pytest.param("zh", "瑞士手錶出口降至21億法郎，價格介於500至3000法郎。",
                 [eq("21億法郎", "money", "2100000000", "CHF"),
                  Want("500至3000法郎", "money", "500", "3000", "range", "CHF")],
                 id="zh-swiss-francs"),
    pytest.param("ja", "スイスの時計輸出で、米国向けは23億フランと12.5％増えた。",
                 [eq("23億フラン", "money", "2300000000", "CHF"),
                  eq("12.5％", "percent", "12.5", "percent")],
                 id="ja-ambiguous-currency-is-a-unit"),
    # Multipliers: a comparative before "than"; a half after the times word.
    pytest.param("en", "The dikes meet a standard ten times stricter than before; he was "
                 "arrested three times later that year.",
                 [eq("ten times", "multiplier", "10", "times"),
                  eq("three times", "count", "3", "times"),
                  date("that year", None, relative="that year")],
                 id="en-times-comparative-than"),
    pytest.param("fr", "Le taux se situe à sept fois et demie ce niveau, deux fois par an.",
                 [eq("sept fois et demie", "multiplier", "7.5", "times"),
                  eq("deux fois", "count", "2", "times")],
                 id="fr-fois-et-demie"),
    # id: "belum" (not yet) bounds; "lebih" after "kali" before a word compares; "-nya".
    pytest.param("id", "Ia menjabat belum dua tahun, dengan standar sepuluh kali lebih ketat, "
                 "selama masa jabatan lima tahunnya.",
                 [Want("belum dua tahun", "duration", None, "2", "lt", "year"),
                  eq("sepuluh kali", "multiplier", "10", "times"),
                  eq("lima tahunnya", "duration", "5", "year")],
                 id="id-belum-lebih-nya"),
    pytest.param("id", "Swiss mengekspor 7,6 juta jam tangan selama 3 jam.",
                 [eq("7,6 juta", "count", "7600000", "jam"), eq("3 jam", "duration", "3", "hour")],
                 id="id-jam-tangan"),
    # An amount set against an earlier one, written bare, is in its unit.
    pytest.param("fr", "Le bénéfice est de 5 milliards d'euros, contre 4 milliards un an plus "
                 "tôt. Il a fallu 5 ans contre 30 personnes.",
                 [eq("5 milliards d'euros", "money", "5000000000", "EUR"),
                  eq("4 milliards", "money", "4000000000", "EUR"),
                  eq("5 ans", "duration", "5", "year"),
                  eq("30", "count", "30", "personnes")], id="fr-contre"),
    pytest.param("en", "Profit was $5 billion, compared with 4 billion in 2023.",
                 [eq("$5 billion", "money", "5000000000", "USD"),
                  eq("4 billion", "money", "4000000000", "USD"), date("2023", "2023")],
                 id="en-compared-with"),
    # Race times to the hundredth of a second.
    pytest.param("en", "She won in 4:24.65, at 10:30 a.m.",
                 [eq("4:24.65", "duration", "264.65", "second")], id="en-race-time"),
    pytest.param("fr", "Elle a gagné en 4 min 23 s 71, devant une rivale à 59 s 88.",
                 [eq("4 min 23 s 71", "duration", "263.71", "second"),
                  eq("59 s 88", "duration", "59.88", "second")], id="fr-race-time"),
    pytest.param("ja", "4分23秒71で優勝し、世界記録を0秒94更新した。",
                 [eq("4分23秒71", "duration", "263.71", "second"),
                  eq("0秒94", "duration", "0.94", "second")], id="ja-race-time"),
    pytest.param("zh", "以4分23秒71夺冠。", [eq("4分23秒71", "duration", "263.71", "second")],
                 id="zh-race-time"),
    # Negated comparisons and falls below.
    pytest.param("zh", "夜间气温未低于25摄氏度，库存已跌破120万吨。",
                 [Want("未低于25摄氏度", "quantity", "25", None, "gte", "degree_Celsius"),
                  Want("跌破120万吨", "quantity", None, "1200000", "lt", "metric_ton")],
                 id="zh-not-below"),
    pytest.param("ja", "販売は3万台に満たなかった。",
                 [Want("3万台に満たなかった", "count", None, "30000", "lt", "machines")],
                 id="ja-mitanakatta"),
    pytest.param("fr", "Les stocks sont tombés sous 1,2 million de tonnes.",
                 [Want("tombés sous 1,2 million de tonnes", "quantity", None, "1200000", "lt",
                       "metric_ton")], id="fr-tombes-sous"),
    pytest.param("id", "Panen gagal di lebih dari 200.000 hektar lahan.",
                 [Want("lebih dari 200.000 hektar", "quantity", "200000", None, "gt",
                       "hectare")], id="id-hektar"),
    # A verb of change up to six words before "from" (en): the old and the new value.
    pytest.param("en", "The coalition pledged to raise the daily minimum wage from 400 baht to "
                 "450 baht.",
                 [eq("400 baht", "money", "400", "THB"), eq("450 baht", "money", "450", "THB")],
                 id="en-raise-the-wage-from"),
    pytest.param("en", "He removed the subsidy, lifting the price from 65 to 141 naira.",
                 [eq("65", "money", "65", "NGN"), eq("141 naira", "money", "141", "NGN")],
                 id="en-lifting-from"),
    # An amount set against an earlier one, then a word that counts nothing.
    pytest.param("fr", "Le salaire minimum passe à 70 000 nairas par mois, contre 30 000 "
                 "auparavant.",
                 [eq("70 000 nairas", "money", "70000", "NGN"),
                  eq("30 000", "money", "30000", "NGN")],
                 id="fr-contre-auparavant"),
    # ja: a span after a determiner that makes it an offset (その二週間後) is one; その二人
    # stays a reference; 期 and 夜 count terms and nights.
    pytest.param("ja", "その二週間後に再開した。その二人は帰った。9夜連続で、雨季が五期連続で不作と"
                 "なった。",
                 [eq("二週間", "duration", "2", "week"), eq("9夜", "count", "9", "nights"),
                  eq("五期", "count", "5", "terms")], id="ja-sono-nishukango"),
    pytest.param("zh", "这两天很冷。这两个人走了。", [], id="zh-zhe-liangtian"),
    # ja counters of places, bodies and events (an ordinal stays unread: 第14ステージ).
    pytest.param("ja", "26村から避難し、14選挙区で再集計した。37種目が実施される。"
                 "第14ステージを制した。",
                 [eq("26村", "count", "26", "villages"),
                  eq("14選挙区", "count", "14", "constituencies"),
                  eq("37種目", "count", "37", "events")], id="ja-place-counters"),
    # ja: 地区 counts districts.
    pytest.param("ja", "リマ市内の14地区で被害が出た。",
                 [eq("14地区", "count", "14", "districts")], id="ja-chiku"),
    # Magnitudes with one decimal.
    pytest.param("ja", "ピスコ近郊でM8.0の地震があった。",
                 [eq("M8.0", "quantity", "8.0", "magnitude")], id="ja-m8-0"),
    pytest.param("zh", "芮氏規模7.1的地震，規模8.0，投資規模5億美元。",
                 [eq("芮氏規模7.1", "quantity", "7.1", "magnitude"),
                  eq("規模8.0", "quantity", "8.0", "magnitude"),
                  eq("5億美元", "money", "500000000", "USD")], id="zh-guimo"),
    # Date ranges with a time of day or 起 after the first date.
    pytest.param("zh", "1953年1月31日夜間至2月1日。",
                 [date("1953年1月31日夜間至2月1日", "1953-01-31/1953-02-01", "range")],
                 id="zh-night-range"),
    pytest.param("fr", "Les gelées des nuits du 7 et du 8 avril 2021 ont détruit les bourgeons.",
                 [date("7 et du 8 avril 2021", "2021-04-07/2021-04-08", "range")],
                 id="fr-du-7-et-du-8"),
    pytest.param("ja", "1953年1月31日夜から2月1日にかけて高潮が襲った。",
                 [date("1953年1月31日夜から2月1日", "1953-01-31/1953-02-01", "range")],
                 id="ja-night-range"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_story_round22(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)


def test_a_range_opened_by_qi_keeps_both_days() -> None:
    """自10月8日起至12月6日止: one range of the story's year, no second date alone."""
    text = "2025年10月9日電 緊急狀態自10月8日起至12月6日止。"
    dates = [(c.surface, c.date) for c in extract_claims(text, "zh") if c.kind == "date"]
    assert dates == [("2025年10月9日", "2025-10-09"),
                     ("10月8日起至12月6日", "2025-10-08/2025-12-06")]


def test_a_bracketed_date_that_restates_the_dateline_is_no_claim() -> None:
    """id "pada Kamis (31/7/2025)" after the dateline "31 Juli 2025": one date, said twice
    (the other versions say it once); alone, it is the sentence's date."""
    text = "TOKYO, 31 Juli 2025 – Hoshizora Airlines pada Kamis (31/7/2025) melaporkan laba."
    assert [(c.surface, c.date) for c in extract_claims(text, "id")] == [
        ("31 Juli 2025", "2025-07-31")]
    alone = "Pada Kamis (31/7/2025) maskapai melaporkan laba."
    assert [(c.surface, c.date) for c in extract_claims(alone, "id")] == [
        ("31/7/2025", "2025-07-31")]


def test_bare_dollars_are_the_story_country_s_after_its_full_name() -> None:
    """fr "dollars" after "dollars canadiens" in a story of Canada is CAD; a conversion in
    brackets and a sentence that names US dollars keep USD."""
    text = ("OTTAWA, 15 janvier 2025 – Au Canada, le prix moyen a atteint 672 000 dollars "
            "canadiens (470 000 dollars américains). Au Canada, il était de 305 000 dollars en "
            "2007. Le Canada vend du lait à 3 950 dollars américains la tonne et du beurre à "
            "7 400 dollars la tonne.")
    units = {c.surface: c.unit for c in extract_claims(text, "fr") if c.kind == "money"}
    assert units == {"672 000 dollars canadiens": "CAD", "470 000 dollars américains": "USD",
                     "305 000 dollars": "CAD", "3 950 dollars américains": "USD",
                     "7 400 dollars": "USD"}


def test_bare_dollars_before_the_local_name_stay_us_dollars() -> None:
    """In a story of Taiwan whose first "dollars" come before any other dollar is named,
    the bare word is the US dollar throughout."""
    text = ("TAIPEI, 20 octobre 2025 – Les commandes de Taïwan ont atteint 72,5 milliards de "
            "dollars. À Taïwan, en monnaie locale, elles ont atteint 2 210 milliards de dollars "
            "taïwanais. Taïwan prévoit entre 70 et 74 milliards de dollars.")
    units = {c.surface: c.unit for c in extract_claims(text, "fr") if c.kind == "money"}
    assert units == {"72,5 milliards de dollars": "USD",
                     "2 210 milliards de dollars taïwanais": "TWD",
                     "entre 70 et 74 milliards de dollars": "USD"}


@pytest.mark.parametrize(("lang", "text", "surface", "year"), [
    ("ja", "【上海＝2026年1月9日】同社は9日、2025年の納車台数が136万2000台だったと発表した。"
           "前年は92万台だった。", "前年", "2024"),
    ("ja", "【パリ＝2025年8月7日】予測は前年の収穫量を1.4％上回るが、前年は3690万ヘクトリットル"
           "と低水準だった。", "前年", "2024"),
    ("en", "NEW DELHI, May 20, 2025 – The heatwave revives memories of May 2015, when more "
           "than 2,500 people died. The following year, the authority issued its first "
           "guidelines.", "The following year", "2016"),
])
def test_the_previous_year_counts_from_the_year_its_paragraph_stated_last(
        lang: str, text: str, surface: str, year: str) -> None:
    """"The previous/following year" (前年, 翌年) counts from the date its paragraph stated
    last, not from the story's time when that date moved none (a measurement's year, a
    flashback's month)."""
    dates = {c.surface: c.date for c in extract_claims(text, lang)}
    assert dates[surface] == year


def test_bare_dolar_is_the_story_country_s_after_its_full_name() -> None:
    """id "dolar" after "dolar Australia" in a story of Australia is AUD."""
    text = ("CANBERRA, 25 Maret 2025 – Pemerintah Australia mencatat surplus 15,8 miliar "
            "dolar Australia. Australia telah melunasi utang 177 miliar dolar sejak 2022, "
            "kata Menteri Keuangan Australia.")
    units = {c.surface: c.unit for c in extract_claims(text, "id") if c.kind == "money"}
    assert units == {"15,8 miliar dolar Australia": "AUD", "177 miliar dolar": "AUD"}
