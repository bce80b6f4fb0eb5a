"""Forms found by faithful five-language stories (twenty-third round), in every language
where they apply: fr "à partir de 18 heures" is a time of day, as "dès 18 heures" is; bare
points are percentage points before the rate they are of ("0,3 point de croissance") and
after a percent, the change said before or after them; 【新德里】2026年10月14日， is a
dateline; 今年6月至9月 and 今年6～9月 are one range of this year's months; 兌1美元 is a
rate's base; a quantity set against one before it ("contre 590 millions") takes its unit,
across the first's date too, and so does a part of it ("4,215 of them"); id "dibandingkan
periode yang sama tahun lalu" is a comparison's base; zh 数字 is no "several"; ja リンギ is
the ringgit; 时速介于30至45英里 is a speed; share bars and ranking lists of ja/zh pages are
furniture; a bare "dollars" after the story's own dollar is that dollar even where US
dollars were named first; an amount one version alone converts into a third currency is no
discrepancy of a figure far from it (a rate of 160 yen)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from acme import make_story
from extractcases import Want, check_claims, date, eq
from reconcile.api import document_from_text, extract_claims, extract_document
from reconcile.compare import far_apart
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.model import Claim

CASES = [
    # A time of day after a phrase of several words ("à partir de"), as after one word.
    pytest.param("fr", "Le fret sera touché à partir de 18 heures lundi.", [],
                 id="fr-a-partir-de-hour"),
    pytest.param("fr", "Le fret sera touché dès 18 heures lundi.", [], id="fr-des-hour"),
    # ... while a span after "de" that no such phrase ends stays a span.
    pytest.param("fr", "Après plus de 18 heures de négociations, rien.",
                 [Want("plus de 18 heures", "duration", "18", None, "gt", "hour")],
                 id="fr-de-span"),
    pytest.param("fr", "Il a marché pendant 18 heures.",
                 [eq("18 heures", "duration", "18", "hour")], id="fr-pendant-span"),
    # Bare points followed by the rate they are points of, or after a percent and a month.
    pytest.param("fr", "La mousson devrait retrancher entre 0,2 et 0,4 point à la croissance.",
                 [Want("entre 0,2 et 0,4 point", "percent", "0.2", "0.4", "range",
                       "percentage point")], id="fr-points-of-growth"),
    pytest.param("fr", "Il a gagné 3 points de croissance.",
                 [eq("3 points", "percent", "3", "percentage point")], id="fr-points-alone"),
    pytest.param("en", "The reform adds 0.5 points of GDP to the deficit.",
                 [eq("0.5 points", "percent", "0.5", "percentage point")], id="en-points-of-gdp"),
    pytest.param("fr", "L'inflation est passée à 7,9 % en septembre, soit une hausse de "
                 "2,7 points.",
                 [eq("7,9 %", "percent", "7.9", "percent"),
                  date("septembre", None, relative="month without year"),
                  eq("2,7 points", "percent", "2.7", "percentage point")],
                 id="fr-points-after-month"),
    # One unit of a currency after 兌 is the base of an exchange rate (as before it).
    pytest.param("zh", "以約48埃及鎊兌1美元的匯率計算。",
                 [eq("約48埃及鎊", "money", "48", "EGP", "approx")], id="zh-rate-base-after"),
    pytest.param("zh", "汇率跌破1美元兑160日元。", [eq("160日元", "money", "160", "JPY")],
                 id="zh-rate-base-before"),
    # A quantity set against an earlier one, written bare, takes its unit (as money does).
    pytest.param("fr", "Le tonnage a reculé à 525 millions de tonnes contre 590 millions.",
                 [eq("525 millions de tonnes", "quantity", "525000000", "metric_ton"),
                  eq("590 millions", "quantity", "590000000", "metric_ton")],
                 id="fr-versus-quantity"),
    # The base of a comparison with the same period a year before is no date.
    pytest.param("id", "Laba melonjak 65 persen dibandingkan periode yang sama tahun lalu.",
                 [eq("65 persen", "percent", "65", "percent")], id="id-same-period-base"),
    # 数字 (figures), 数据 (data) are no "several".
    pytest.param("zh", "美元数字按1美元兑1390韩元换算。", [eq("1390韩元", "money", "1390", "KRW")],
                 id="zh-shuzi"),
    # The ringgit as the Japanese press shortens it.
    pytest.param("ja", "予算は4210億リンギで、ガソリンは1リットル約2.60リンギ。",
                 [eq("4210億リンギ", "money", "421000000000", "MYR"),
                  eq("約2.60リンギ", "money", "2.60", "MYR", "approx")], id="ja-ringgi"),
    # A preposition between 时速 and the range: a speed.
    pytest.param("zh", "阵风时速介于30至45英里。",
                 [Want("时速介于30至45英里", "quantity", "30", "45", "range", "mile / hour")],
                 id="zh-speed-between"),
    # The first amount's date between the two: the bare second still takes its unit.
    pytest.param("fr", "Le déficit était de 6,6 milliards d'euros en 2025, contre 5,5 milliards "
                 "en 2024.",
                 [eq("6,6 milliards d'euros", "money", "6600000000", "EUR"),
                  date("2025", "2025"), eq("5,5 milliards", "money", "5500000000", "EUR"),
                  date("2024", "2024")], id="fr-versus-across-date"),
    # A part of the amount before it, written bare ("of them"), in its unit.
    pytest.param("en", "It covered 7,842 kilometres, 4,215 of them on timed special stages.",
                 [eq("7,842 kilometres", "quantity", "7842", "kilometer"),
                  eq("4,215", "quantity", "4215", "kilometer")], id="en-part-of-them"),
    # Bare points after a percent, the change said before or after them.
    pytest.param("fr", "La couverture est tombée à 62 %, en recul de 4,5 points sur un an.",
                 [eq("62 %", "percent", "62", "percent"),
                  eq("4,5 points", "percent", "4.5", "percentage point")], id="fr-en-recul-de"),
    pytest.param("fr", "Soit 31 % des exportations, 2 points de plus qu'un an auparavant.",
                 [eq("31 %", "percent", "31", "percent"),
                  eq("2 points", "percent", "2", "percentage point")], id="fr-points-de-plus"),
    pytest.param("en", "The index rose 1.2%, 300 points higher.",
                 [eq("1.2%", "percent", "1.2", "percent"), eq("300", "count", "300", "points")],
                 id="en-index-points-higher"),
    # A relative year a change counts from is no date; one a state lasts since is one.
    pytest.param("ja", "完走率は59.6％で、前年の64.2％から4.6ポイント低下した。",
                 [eq("59.6％", "percent", "59.6", "percent"),
                  eq("64.2％", "percent", "64.2", "percent"),
                  eq("4.6ポイント", "percent", "4.6", "percentage point")], id="ja-zennen-no-kara"),
    pytest.param("ja", "【東京＝2026年11月1日】昨年から続く不況。",
                 [date("2026年11月1日", "2026-11-01"),
                  date("昨年", "2025", relative="昨年", anchor="2026-11")],
                 id="ja-sakunen-kara-since"),
    # キロ is a kilogram in a yield per area and a sack's weight.
    pytest.param("ja", "平均収量は1ヘクタール当たり3680キロと見込む。",
                 [eq("3680キロ", "quantity", "3680", "kilogram")], id="ja-kilo-yield"),
    pytest.param("ja", "大豆が60キロ袋当たり128レアルで取引された。",
                 [eq("60キロ", "quantity", "60", "kilogram"),
                  eq("128レアル", "money", "128", "BRL")],
                 id="ja-kilo-sack"),
    # A bound word before the circumfix's first word: 超過華氏110度 is over 110 °F.
    pytest.param("zh", "氣溫超過華氏110度。",
                 [Want("超過華氏110度", "quantity", "110", None, "gt", "degree_Fahrenheit")],
                 id="zh-bound-before-fahrenheit"),
    # 州 counts states; 九州 is a place.
    pytest.param("zh", "巴拉那與戈亞斯等4州已宣布緊急狀態。", [eq("4州", "count", "4", "states")],
                 id="zh-states"),
    pytest.param("zh", "九州的人口减少了。", [], id="zh-kyushu"),
    # 一年中最…: the year's hardest, no span of a year.
    pytest.param("zh", "这是一年中最艰难的比赛。", [], id="zh-of-the-year"),
    # The Hong Kong dollar with the city in one word.
    pytest.param("fr", "L'action a bondi à 0,38 dollar de Hongkong.",
                 [eq("0,38 dollar de Hongkong", "money", "0.38", "HKD")], id="fr-hongkong"),
    # Lap times to the thousandth, in every language's form.
    pytest.param("en", "Norris set a lap record of 1:33.808.",
                 [eq("1:33.808", "duration", "93.808", "second")], id="en-lap-thousandths"),
    pytest.param("fr", "Norris a signé un record en 1 min 33 s 808.",
                 [eq("1 min 33 s 808", "duration", "93.808", "second")], id="fr-lap-thousandths"),
    pytest.param("id", "Norris mencetak rekor lap 1 menit 33,808 detik.",
                 [eq("1 menit 33,808 detik", "duration", "93.808", "second")],
                 id="id-lap-decimal-seconds"),
    pytest.param("ja", "ノリスは1分33秒808の最速ラップを記録した。",
                 [eq("1分33秒808", "duration", "93.808", "second")], id="ja-lap-thousandths"),
    # A temperature and its conversion in brackets, one word of degrees for both.
    pytest.param("ja", "ラスベガスでは45度（同113度）まで上昇した。",
                 [eq("45度", "quantity", "45", "degree_Celsius"),
                  eq("113度", "quantity", "113", "degree_Fahrenheit")], id="ja-c-then-f"),
    pytest.param("ja", "夜間の最低気温は32～35度（同90～95度）にとどまった。",
                 [Want("32～35度", "quantity", "32", "35", "range", "degree_Celsius"),
                  Want("90～95度", "quantity", "90", "95", "range", "degree_Fahrenheit")],
                 id="ja-c-then-f-range"),
    pytest.param("ja", "彼は3度（同5度）優勝した。",
                 [eq("3度", "count", "3", "times"), eq("5度", "count", "5", "times")],
                 id="ja-times-no-conversion"),
    # One unit right before a price is the unit it is per (CJK).
    pytest.param("ja", "ニッケル価格は1トン約1万6450ドルだった。",
                 [eq("約1万6450ドル", "money", "16450", "USD", "approx")], id="ja-per-tonne"),
    pytest.param("ja", "彼は1人で100万円を払った。", [eq("100万円", "money", "1000000", "JPY")],
                 id="ja-one-person-paid"),
    # 首N個月: the first N months.
    pytest.param("zh", "2026年首11個月，銷售額下跌46%。",
                 [date("2026年首11個月", "2026-01/2026-11"), eq("46%", "percent", "46", "percent")],
                 id="zh-shou-months"),
    # Days and hours joined by と: one span.
    pytest.param("ja", "取引は２日と４時間にわたって停止された。",
                 [eq("２日と４時間", "duration", "52", "hour")], id="ja-days-and-hours"),
    pytest.param("ja", "会議は10日と11日に開かれた。", [], id="ja-two-days-of-month"),
    # A bed counter; a two-digit year after a full year of a story with no date of its own.
    pytest.param("ja", "病床数は計2100床に上る。", [eq("2100床", "count", "2100", "beds")],
                 id="ja-beds"),
    # Two words between the first number of a proportion and its link.
    pytest.param("fr", "Environ un ancien habitant sur cinq vit encore en ville.", [],
                 id="fr-one-in-five-two-words"),
    # ... an index's points stay a count.
    pytest.param("fr", "Le CAC 40 a perdu 120 points à la clôture.",
                 [eq("120", "count", "120", "points")], id="fr-index-points"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_story_round23(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)


def _dates(text: str, lang: str) -> dict[str, str | None]:
    """The dates a text states, by surface."""
    return {c.surface: c.date for c in extract_claims(text, lang) if c.kind == "date"}


def _all_claims(text: str, lang: str) -> list[Claim]:
    return extract_document(document_from_text(text, lang), include_boilerplate=True)


@pytest.mark.parametrize(("lang", "line"), [
    ("ja", "この記事をシェア\u3000X\u3000Facebook\u3000LINE\u3000はてなブックマーク 88件"
           "\u3000｜\u3000コメント 29件"),
    ("ja", "シェア\u3000Facebook\u3000X\u3000はてなブックマーク\u3000｜\u3000いいね 1.8万"
           "\u3000コメント 264件"),
    ("zh", "分享：微博｜微信｜QQ空间\u3000转发 1200次"),
    ("fr", "Partager : Facebook · X · LinkedIn · E-mail — 57 commentaires"),
    ("en", "Share this article: Facebook (1.3k) · X (418) · Email · 87 comments"),
])
def test_share_bars_are_furniture(lang: str, line: str) -> None:
    story = "Le fonds a gagné 5 %. " if lang == "fr" else ""
    claims = _all_claims(f"{story}\n\n{line}\n", lang)
    furniture = [c for c in claims if c.sentence_start > 0]
    assert furniture and all(c.boilerplate for c in furniture)


@pytest.mark.parametrize(("lang", "heading", "item"), [
    ("ja", "ランキング", "・長期金利、一時1.35％に上昇\u300017年ぶり高水準"),
    ("zh", "熱門新聞", "・台積電上月營收年增35.6%"),
    ("zh", "热门排行", "· 10月CPI同比上涨0.3%"),
])
def test_ranking_lists_are_furniture(lang: str, heading: str, item: str) -> None:
    claims = _all_claims(f"{heading}\n\n{item}\n", lang)
    assert claims and all(c.boilerplate_reason == "related-posts" for c in claims)


def test_a_market_share_is_no_share_bar() -> None:
    (claim,) = _all_claims("シェアは25％に達した。", "ja")
    assert not claim.boilerplate


def test_bare_dollars_after_the_local_name_when_us_dollars_were_named_first() -> None:
    text = ("WELLINGTON – Le prix a atteint 4 185 dollars américains la tonne. La poudre de lait "
            "a gagné 5,1 %, à 3 742 dollars la tonne. En Nouvelle-Zélande, Fonterra a relevé "
            "sa prévision à 10,40 dollars néo-zélandais, contre 10,00 dollars auparavant. Les "
            "éleveurs néo-zélandais gagnent 26,5 milliards de dollars néo-zélandais.")
    units = {c.surface: c.unit for c in extract_claims(text, "fr") if c.kind == "money"}
    assert units == {"4 185 dollars américains": "USD", "3 742 dollars": "USD",
                     "10,40 dollars néo-zélandais": "NZD", "10,00 dollars": "NZD",
                     "26,5 milliards de dollars néo-zélandais": "NZD"}


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "SAPPORO, Dec 3, 2026 - Outages hit 87,000 homes, against 52,000 in a storm in the "
           "same month a year earlier.", "the same month a year earlier"),
    ("fr", "SAPPORO, 3 décembre 2026 – contre 52 000 lors d'une tempête survenue le même mois "
           "un an plus tôt.", "le même mois un an plus tôt"),
    ("id", "SAPPORO, 3 Desember 2026 – dibandingkan 52.000 saat badai pada bulan yang sama "
           "setahun sebelumnya.", "bulan yang sama setahun sebelumnya"),
    ("ja", "【札幌＝2026年12月3日】前年の同じ月に起きた嵐の際の5万2000世帯を上回った。",
     "前年の同じ月"),
    ("zh", "【札幌】2026年12月3日，去年同月一场风暴期间则为5.2万户。", "去年同月"),
])
def test_the_same_month_a_year_earlier(lang: str, text: str, surface: str) -> None:
    dates = _dates(text, lang)
    assert dates[surface] == "2025-12"


@pytest.mark.parametrize(("lang", "text", "later"), [
    ("en", "NAIROBI — The ban was announced on 3 December 2026. Samples taken on 14 March 2026 "
           "tested positive, and the ban will run until 4 May 2034.\n\nHis win on 26 April "
           "was annulled.", "26 April"),
    ("fr", "NAIROBI — La suspension a été annoncée le 3 décembre 2026. Des échantillons du 14 "
           "mars 2026 étaient positifs ; elle court jusqu'au 4 mai 2034.\n\nSa victoire du 26 "
           "avril est annulée.", "26 avril"),
    ("ja", "【ナイロビ】処分は2026年12月3日に発表された。2026年3月14日の検体が陽性で、処分は"
           "2034年5月4日まで続く。\n\n4月26日の優勝も抹消された。", "4月26日"),
    ("zh", "【内罗毕】禁赛于2026年12月3日公布。2026年3月14日的样本呈阳性，禁赛至2034年5月4日届满。"
           "\n\n他4月26日的冠军被取消。", "4月26日"),
])
def test_a_deadline_day_does_not_move_the_story_s_time(lang: str, text: str, later: str
                                                       ) -> None:
    dates = _dates(text, lang)
    assert dates[later] == "2026-04-26"


@pytest.mark.parametrize(("lang", "text", "surface", "months"), [
    ("en", "Arrivals in the first 11 months of 2026 reached 44.3 million.",
     "first 11 months of 2026", "2026-01/2026-11"),
    ("en", "TOKYO, Dec 16, 2026 - Visitors spent 9.8 trillion yen in the first nine months of "
           "the year.", "first nine months of the year", "2026-01/2026-09"),
    ("fr", "Au cours des dix premiers mois de 2026, 31 cas.", "dix premiers mois de 2026",
     "2026-01/2026-10"),
    ("fr", "TOKYO, 16 décembre 2026 – au cours des neuf premiers mois de l'année, 47 % des "
           "nuitées.", "neuf premiers mois de l'année", "2026-01/2026-09"),
    ("id", "ADAK mencatat 31 kasus dalam sepuluh bulan pertama 2026.",
     "sepuluh bulan pertama 2026", "2026-01/2026-10"),
    ("zh", "2026年前10个月出口增长。", "2026年前10个月", "2026-01/2026-10"),
    ("fr", "L'économie a été touchée lors des deux premiers mois de l’année\u00a02020.",
     "deux premiers mois de l’année\u00a02020", "2020-01/2020-02"),
    ("zh", "【东京】2026年12月16日，前9个月游客消费9.8万亿日元。", "前9个月", "2026-01/2026-09"),
    ("ja", "【東京＝2026年12月16日】2026年1～9月の訪日客は3000万人。", "2026年1～9月",
     "2026-01/2026-09"),
])
def test_the_first_months_of_a_year_are_its_months(lang: str, text: str, surface: str,
                                                   months: str) -> None:
    dates = _dates(text, lang)
    assert dates[surface] == months


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "In the first six months after the launch, sales rose.", "six months"),
    ("zh", "9个月前他离开了。", "9个月"),
])
def test_months_of_no_year_stay_spans(lang: str, text: str, surface: str) -> None:
    spans = {c.surface: c.kind for c in extract_claims(text, lang)}
    assert spans[surface] == "duration"


def test_a_large_bare_number_is_no_age_of_a_span_in_years() -> None:
    """The age pairing (a bare count beside a span in years: "over 50" and "plus de 50
    ans") holds no number above a human age: 278 points are no age, "a year" none either."""
    from dataclasses import replace

    from reconcile.align import _kind_penalty
    from reconcile.model import AlignConfig

    (span,) = extract_claims("Il a attendu 50 ans.", "fr")
    cfg = AlignConfig()
    fifty = replace(span, kind="count", unit=None)
    many = replace(fifty, low=Decimal(278), high=Decimal(278))
    assert _kind_penalty(fifty, span, cfg) == cfg.age_count
    assert _kind_penalty(many, span, cfg) is None
    assert _kind_penalty(fifty, replace(span, low=Decimal(278), high=Decimal(278)), cfg) is None
    rate = replace(fifty, low=Decimal("0.68"), high=Decimal("0.70"), qualifier="range")
    assert _kind_penalty(rate, span, cfg) is None  # a fertility rate is no age


def test_two_digit_years_after_a_full_one_without_a_story_date() -> None:
    dates = [(c.surface, c.date) for c in extract_claims(
        "リーグは2027年と28年に74試合を開催し、29年からは84試合に増やす。", "ja")
        if c.kind == "date"]
    assert dates == [("2027年", "2027"), ("28年", "2028"), ("29年", "2029")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Visits fell 42% compared with the same week a year earlier."),
    ("fr", "Les visites ont chuté de 42 % par rapport à la même semaine un an plus tôt."),
    ("id", "Kunjungan turun 42 persen dibandingkan dengan pekan yang sama setahun sebelumnya."),
])
def test_the_same_week_a_year_earlier_is_no_span_of_a_year(lang: str, text: str) -> None:
    assert not [c for c in extract_claims(text, lang) if c.kind == "duration"]


def test_a_dateline_of_a_bracketed_place_then_a_comma_dates_the_story() -> None:
    claims = extract_claims("【新德里】2026年10月14日，今年降雨量少11%。", "zh")
    assert [(c.surface, c.date) for c in claims if c.kind == "date"] == [
        ("2026年10月14日", "2026-10-14"), ("今年", "2026")]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("zh", "【新德里】2026年10月14日，今年6月至9月的降雨量少11%。", "今年6月至9月"),
    ("ja", "【ニューデリー＝2026年10月14日】今年6～9月の降水量は11％少なかった。", "今年6～9月"),
])
def test_this_year_s_months_are_one_range(lang: str, text: str, surface: str) -> None:
    dates = [(c.surface, c.date) for c in extract_claims(text, lang) if c.kind == "date"]
    assert dates[1:] == [(surface, "2026-06/2026-09")]


_RATE = {
    "en": "TOKYO, Nov. 28, 2026 – The Bank of Japan spent 5.84 trillion yen ($37.6 billion) "
          "buying its currency after the yen fell past 160 per dollar, data showed.",
    "fr": "TOKYO, 28 novembre 2026 – La Banque du Japon a dépensé 5 840 milliards de yens "
          "(environ 37,6 milliards de dollars, soit quelque 32,4 milliards d'euros) pour "
          "racheter sa monnaie après que le yen a franchi la barre des 160 pour un dollar.",
    "ja": "【東京＝2026年11月28日】日本銀行は、円相場が1ドル＝160円を超える円安となったことを"
          "受け、総額5兆8400億円（約376億ドル）の円買い介入を実施した。",
    "zh": "【东京】2026年11月28日，在日元兑美元汇率跌破1美元兑160日元之后，日本银行动用"
          "5.84万亿日元（约合376亿美元）买入日元。",
}


def test_a_conversion_one_version_adds_is_no_conflict_with_another_figure() -> None:
    """fr's amount in euros (a conversion the others leave out) is no discrepancy of the
    rate 160 yen per dollar, however alignment placed the two: 32.4 billion euros and 160
    yen are no one figure, at any rate (compare.far_apart)."""
    result = diff_story(make_story(_RATE, "boj"), load_aliases())
    assert [f.label for f in result.facts if f.status in ("conflict", "soft")] == []
    euros = [f for f in result.facts if any(c.unit == "EUR" for c in f.claims)]
    assert [len(f.claims) for f in euros] == [1]
    yen = [f for f in result.facts if any(c.low == Decimal("5.84e12") for c in f.claims)]
    assert [f.status for f in yen] == ["agree"] and len(yen[0].claims) == 4


def test_far_apart_amounts_at_the_day_s_rates() -> None:
    from reconcile.convert import Exchange, Rates

    exchange = Exchange(Rates(), "2026")
    (eur,) = [c for c in extract_claims("32,4 milliards d'euros", "fr")]
    (yen,) = [c for c in extract_claims("160円", "ja")]
    (big,) = [c for c in extract_claims("5兆8400億円", "ja")]
    (slip,) = [c for c in extract_claims("5840億円", "ja")]
    assert far_apart(eur, yen, exchange) and far_apart(yen, eur, exchange)
    assert not far_apart(eur, big, exchange)  # the same figure, converted
    assert not far_apart(big, slip, exchange)  # a scale slip (兆/億) is a discrepancy


def test_an_unsure_paragraph_keeps_the_document_s_language() -> None:
    """langdetect reads this English headline as French (0.71) or Italian (0.29): not sure
    enough to read its "billion" as a French one (10^12)."""
    from reconcile.detect import paragraph_language

    headline = "Philippine retail bond sale raises ₱415.7 billion as OFW remittances climb"
    assert paragraph_language(headline, "en") == "en"
    assert paragraph_language("Le gouvernement a levé 415,7 milliards de pesos auprès des "
                              "particuliers, plus du double de son objectif.", "en") == "fr"
