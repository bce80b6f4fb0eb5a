"""Forms found by faithful five-language stories (twenty-fifth round): an amount a version
gives converted into another currency pairs with the amount it converts, not with another
figure in the same currency; zh 多出 after an amount is "more by", no "more than"; a ja
year written with two digits joined to a full year (２０１６年大会と２０年大会) or in a
story dated only by its lead (３０年から, １３年の) is that year; an unresolved "this year"
dates its sentence to a year unknown, not to the topic year of the sentences before; a
dateline's day is no fact with another version's event day; the same period a year
before is a comparison's base in every language; a bare number quoted against a currency
is an amount of the currency its sentence names; and smaller forms (rates, proportions,
race marks, fused scales, table cells, furniture headers) each in the languages where
they were found."""

from __future__ import annotations

from decimal import Decimal

import pytest

from acme import make_story
from extractcases import Want, check_claims, date, eq
from reconcile.api import extract_claims
from reconcile.convert import Rates
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.scope import datings

CASES = [
    # 比…多出: "more by" a share, the amount before it is the comparison's base, exact.
    pytest.param("zh", "拨款4125亿美元，比一年前的3500亿美元多出近18%。",
                 [eq("4125亿美元", "money", "412500000000", "USD"),
                  eq("3500亿美元", "money", "350000000000", "USD"),
                  eq("近18%", "percent", "18", "percent", "approx")], id="zh-duochu"),
    # A number followed by 多 alone is still "more than".
    pytest.param("zh", "共有3500多人参加。",
                 [Want("3500多人", "count", "3500", None, "gt", "people")], id="zh-duo-alone"),
    # The year before as the object of a comparison, or its same period: a base, no date.
    pytest.param("ja", "定刻に到着した船の割合は41％に低下し、前年を23ポイント下回った。",
                 [eq("41％", "percent", "41", "percent"),
                  eq("23ポイント", "percent", "23", "percentage point")], id="ja-zennen-wo"),
    pytest.param("ja", "87隻が待機しており、前年同時期の20隻の4倍を超えた。",
                 [eq("87隻", "count", "87", "ships"), eq("20隻", "count", "20", "ships"),
                  Want("4倍を超え", "multiplier", "4", None, "gt", "times")],
                 id="ja-zennen-doujiki"),
    # ... but after its genitive, a month of it is still that month.
    pytest.param("ja", "昨年の5月を最後に運航を停止した。",
                 [date("昨年", None, relative="昨年"),
                  date("5月", None, relative="month without year")], id="ja-sakunen-no-5gatsu"),
    pytest.param("zh", "比去年同时期的20艘多。",
                 [Want("20艘多", "count", "20", None, "gt", "ships")], id="zh-tongshiqi"),
    # The same period a year before is the base of a change, no date nor span, in every
    # language (as 前年同期 and 去年同期 are none); a span said alone stays one.
    pytest.param("en", "Sales rose 12% from the same period a year earlier.",
                 [eq("12%", "percent", "12", "percent")], id="en-same-period-a-year-earlier"),
    pytest.param("en", "There were 42 cases at the same point last year.",
                 [eq("42", "count", "42", "cases")], id="en-same-point-last-year"),
    pytest.param("en", "Admissions fell 41% compared with the same week a year earlier.",
                 [eq("41%", "percent", "41", "percent")], id="en-same-week"),
    pytest.param("en", "It happened a year earlier.", [eq("a year", "duration", "1", "year")],
                 id="en-a-year-earlier-alone"),
    pytest.param("en", "There were 31 in the same period of 2025.",
                 [eq("31", "count", "31", None), date("2025", "2025")],
                 id="en-same-period-of-a-year"),
    pytest.param("fr", "Les ventes ont progressé de 12 % par rapport à la même période de "
                 "l'année précédente.", [eq("12 %", "percent", "12", "percent")],
                 id="fr-meme-periode"),
    pytest.param("fr", "Il y a eu 42 cas à pareille époque l’an dernier.",
                 [eq("42", "count", "42", "cas")], id="fr-pareille-epoque"),
    pytest.param("fr", "Les admissions ont chuté de 41 % par rapport à la même semaine un an "
                 "plus tôt.", [eq("41 %", "percent", "41", "percent")], id="fr-meme-semaine"),
    pytest.param("id", "Ada 42 kasus pada periode yang sama tahun lalu.",
                 [eq("42", "count", "42", "kasus")], id="id-periode-yang-sama"),
    pytest.param("zh", "门诊量与去年同一周相比下降42%。", [eq("42%", "percent", "42", "percent")],
                 id="zh-qunian-tongyizhou"),
    # A proportion whose whole names its noun, after "every": neither number is a count;
    # without "every", the whole is a count of its noun.
    pytest.param("zh", "每五名農民中約有一人將完全放棄收割。",
                 [eq('五名農民中約有一人', 'percent', '20', 'percent')], id="zh-ratio-noun-every"),
    pytest.param("zh", "每十名工人中就有三人失业。",
                 [eq('十名工人中就有三人', 'percent', '30', 'percent')],
                 id="zh-ratio-noun-every-jiu"),
    pytest.param("zh", "五名嫌疑人中有一人是女性。", [eq("五名", "count", "5", '嫌疑人')],
                 id="zh-ratio-noun-no-every"),
    # A bare four-digit number opening a CJK range of amounts is its low end, no year.
    pytest.param("ja", "決勝の席は2030～6370ドルだった。",
                 [Want("2030～6370ドル", "money", "2030", "6370", "range", "USD")],
                 id="ja-range-low-no-year"),
    pytest.param("ja", "2030～35年に完成する。", [date("2030～35年", "2030/2035", "range")],
                 id="ja-year-range-stays"),
    # A rate over a scale fused with its "one" (id sejuta: a million) states no count.
    pytest.param("id", "Uttar Pradesh mencatat 380 kematian, atau 1,6 per sejuta penduduk.",
                 [eq("380", "count", "380", "kematian")], id="id-per-sejuta"),
    pytest.param("id", "Harganya naik menjadi sejuta rupiah.",
                 [eq("sejuta rupiah", "money", "1000000", "IDR")], id="id-sejuta-amount"),
    # fr journées are days.
    pytest.param("fr", "Les prix ont touché le plafond au cours de 11 journées.",
                 [eq("11 journées", "duration", "11", "day")], id="fr-journees"),
    # "N ans ou plus" is a claim, as "65 years or older" is (a threshold of age that real
    # translations state in every language).
    pytest.param("fr", "Les plus âgés, 65 ans ou plus, sont les plus touchés.",
                 [Want("65 ans ou plus", "duration", "65", None, "gte", "year")],
                 id="fr-ans-ou-plus"),
    # A pair numeral, its noun and a genitive opening the clause may be known things (两家
    # 公司的谈判: the two companies' talks) or a count (两个选区的投票被推迟: voting in two
    # constituencies was postponed): a count, as before.
    pytest.param("zh", "两个选区的投票被推迟。", [eq("两个", "count", "2", "items")],
                 id="zh-pair-genitive-counts"),
    pytest.param("fr", "Un an plus tôt, une journée similaire avait réuni 187 000 personnes.",
                 [eq("Un an", "duration", "1", "year"),
                  eq("187 000", "count", "187000", "personnes")], id="fr-une-journee-event"),
    # A bare number quoted against a currency is an amount of the currency its sentence
    # names before it, as 1ドル＝162円40銭 and « 162,40 yens pour un dollar » are.
    pytest.param("en", "The yen had weakened to 162.40 per dollar.",
                 [eq("162.40", "money", "162.40", "JPY")], id="en-quote-per-dollar"),
    pytest.param("en", "The yen strengthened to 148.20 per dollar, and to 163.40 against the "
                 "euro.", [eq("148.20", "money", "148.20", "JPY"),
                           eq("163.40", "money", "163.40", "JPY")], id="en-quote-two"),
    pytest.param("en", "The rupiah weakened to 16,500 per US dollar.",
                 [eq("16,500", "money", "16500", "IDR")], id="en-quote-rupiah"),
    pytest.param("id", "Pada 30 November, yen diperdagangkan di kisaran 157,80 per dolar AS.",
                 [date("30 November", None, relative="month without year"),
                  eq("157,80", "money", "157.80", "JPY")], id="id-quote-per-dolar"),
    pytest.param("fr", "Le yen s'échangeait à 162,40 pour un dollar.",
                 [eq("162,40", "money", "162.40", "JPY")], id="fr-quote-pour-un-dollar"),
    pytest.param("id", "Rupiah ditutup pada level 16.450 per dolar AS pada Jumat.",
                 [eq("16.450", "money", "16450", "IDR")], id="id-level-quote"),
    pytest.param("id", "Status siaga naik ke level 3.", [], id="id-level-label"),
    # ... not of a word several currencies share (la livre: sterling or the Turkish lira),
    # and a rate per something else stays a count.
    pytest.param("fr", "La livre s'est redressée à 51,5 pour un dollar.",
                 [eq("51,5", "count", "51.5", None)], id="fr-quote-livre-unsure"),
    pytest.param("en", "The fee is 12 per dollar spent.", [eq("12", "count", "12", "per")],
                 id="en-per-dollar-no-subject"),
    # The year before's approximate figure as the base of a change: no date.
    pytest.param("ja", "疑い例は4万1000件を超え、前年の約2万4000件から増加した。",
                 [Want("4万1000件を超え", "count", "41000", None, "gt", "items"),
                  eq("約2万4000件", "count", "24000", "items", "approx")],
                 id="ja-zennen-no-yaku-kara"),
    # Race positions and marks: an ordinal kilometre (36キロ目), a lap's number, are no
    # amounts; id writes a kilometre mark with its unit first (kilometer 10: 10 km); a
    # reference word before a span names nothing ("the stage 48 seconds ahead").
    pytest.param("ja", "最も速かったのは36キロ目だった。", [], id="ja-kiro-me"),
    pytest.param("id", "Ia melewati kilometer 10 dalam 28 menit.",
                 [eq("kilometer 10", "quantity", "10", "kilometer"),
                  eq("28 menit", "duration", "28", "minute")], id="id-kilometer-mark"),
    pytest.param("en", "Piastri took the lead for good on lap 34.", [], id="en-lap"),
    pytest.param("en", "He won the 172-kilometre stage 48 seconds ahead of Pogacar.",
                 [eq("172-kilometre", "quantity", "172", "kilometer"),
                  eq("48 seconds", "duration", "48", "second")], id="en-stage-seconds"),
    # A proportion of trains (3本に2本: two in three), as of people.
    pytest.param("ja", "高速鉄道TGVの3本に2本が運休した。", [], id="ja-hon-ni-hon"),
    # "up 8% on a year earlier": the base of a change, no span (as "from a year earlier").
    pytest.param("en", "Spectators rose 8% on a year earlier.",
                 [eq("8%", "percent", "8", "percent")], id="en-on-a-year-earlier"),
    # 背负 (bears a debt) ends with the sign word but is none; 为负 stays a sign.
    pytest.param("zh", "锦海背负420亿元人民币的境内债券和银行贷款。",
                 [eq("420亿元人民币", "money", "42000000000", "CNY")], id="zh-beifu"),
    pytest.param("zh", "利润为负1.2亿元。", [eq("负1.2亿元", "money", "-120000000", "CNY")],
                 id="zh-fu-sign"),
    # A CJK rate's numerator after its denominator and noun is no count (每10萬名兒童有31例).
    pytest.param("zh", "亞齊省的發病率最高，每10萬名兒童有31例。", [], id="zh-rate-numerator"),
    pytest.param("zh", "全国共有31例。", [eq("31例", "count", "31", "cases")], id="zh-cases"),
    pytest.param("zh", "肯尼亚按每千瓦时6.5美分的价格购电。",
                 [eq("6.5美分", "money", "0.065", "USD")], id="zh-price-per-kwh"),
    # id "-nya" after an inexact fraction (two thirds of them): no count of two.
    pytest.param("id", "Hampir dua pertiganya berada di kota kecil.",
                 [eq('Hampir dua pertiganya', 'percent', '66.67', 'percent', 'approx')],
                 id="id-pertiganya"),
    # A few things qualified by a currency word are a count of them, no amount.
    pytest.param("en", "Most of it was financed by two yen loans from JICA.",
                 [eq("two", "count", "2", "yen")], id="en-two-yen-loans"),
    pytest.param("en", "A 5 dollar fee.", [eq("5 dollar", "money", "5", "USD")],
                 id="en-five-dollar-fee"),
    pytest.param("en", "It raised 3 trillion yen in loans.",
                 [eq("3 trillion yen", "money", "3000000000000", "JPY")],
                 id="en-trillion-yen-loans"),
    # A ja rate named after its rate word, then its value: no count (人口10万人当たりの罹患率
    # は全国で230件, as "230 cases per 100,000 inhabitants" is none); a price stays money.
    pytest.param("ja", "人口10万人当たりの罹患率は全国で230件と過去最高。", [],
                 id="ja-rate-named-value"),
    pytest.param("ja", "100キロ当たりの価格は2486円だった。",
                 [eq("2486円", "money", "2486", "JPY")], id="ja-price-per-100kg"),
    # A two-digit year joined to a full year takes its century, whatever the story's date.
    pytest.param("ja", "落選した２０１６年大会と２０年大会に続き３度目の挑戦となる。",
                 [date("２０１６年", "2016"),
                  date("２０年", "2020", relative="year without century", anchor="2016")],
                 id="ja-coordinated-short-year"),
    # (a leading zero makes 02年 a year wherever it stands: read with its sentence's year)
    pytest.param("ja", "1998年と02年に起きた。",
                 [date("1998年", "1998"), date("02年", "2002")],
                 id="ja-coordinated-across-centuries"),
    # ... but a span after it stays a span.
    pytest.param("ja", "2016年と20年間の差。",
                 [date("2016年", "2016"), eq("20年間", "duration", "20", "year")],
                 id="ja-coordinated-span-stays"),
    # No publication date nor dateline: the lead's full date dates the story's short years.
    pytest.param("ja", "ドーハは２０２６年１１月１８日（水）、計画を発表した。建設期間は３０年"
                 "からの約６年間。経費は１３年の立候補ファイルの２倍近くに膨らんだ。",
                 [date("２０２６年１１月１８日", "2026-11-18"),
                  date("３０年", "2030", relative="year without century", anchor="2026-11"),
                  eq("約６年間", "duration", "6", "year", "approx"),
                  date("１３年", "2013", relative="year without century", anchor="2026-11"),
                  eq("２倍近く", "multiplier", "2", "times", "approx")],
                 id="ja-short-years-by-the-lead"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_forms(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)


def test_an_unresolved_this_year_dates_its_sentence_to_no_known_year() -> None:
    """今年 in a text of unknown date: the forecast of its sentence is of this year, not of
    2015, the year the sentence before opens with (what alignment would then weigh)."""
    text = ("2015年の導入以来、賦課金を徴収している基金は、2027年の収入を52兆ルピアと見込む。"
            "今年の見通しは38兆6000億ルピアだった。")
    claims = extract_claims(text, "ja")
    found = datings(claims, {c.sentence_start: 0 for c in claims})
    by_surface = {c.surface: d for c, d in zip(claims, found, strict=True)}
    assert by_surface["52兆ルピア"] is not None and by_surface["52兆ルピア"].year == 2027
    assert by_surface["38兆6000億ルピア"] is not None
    assert by_surface["38兆6000億ルピア"].year is None
    # A month of this year unresolved still takes the topic's year (as before).
    text = "2025年、工場が完成した。今年3月には売上が12億円に達した。"
    claims = extract_claims(text, "ja")
    found = datings(claims, {c.sentence_start: 0 for c in claims})
    by_surface = {c.surface: d for c, d in zip(claims, found, strict=True)}
    assert by_surface["12億円"] is not None and by_surface["12億円"].year == 2025


def _yen(dollars: int, year: str) -> int:
    """`dollars` in hundreds of millions of yen (億円) at the reference rate of `year`."""
    rate = Rates().rate("USD", "JPY", year)
    assert rate is not None
    return int((Decimal(dollars) * rate / Decimal(10) ** 8).to_integral_value())


def test_a_converted_amount_pairs_with_the_amount_it_converts() -> None:
    """The Japanese headline gives the raise in yen and the valuation in dollars; the
    English and French ones give the raise in dollars. The raise pairs with the raise
    (converted), not with the valuation (the same currency, another figure)."""
    oku = _yen(375_000_000, "2026")
    texts = {
        "en": "Acme seeks up to $375 million in its Tokyo listing\n\n"
              "Acme Corp said on Monday it would list in December 2026. It employs 4,200 "
              "people and sold 1.2 million units last year.",
        "fr": "Acme vise jusqu'à 375 millions de dollars pour son entrée en Bourse\n\n"
              "Acme Corp a annoncé lundi son entrée en Bourse en décembre 2026. Elle emploie "
              "4 200 personnes et a vendu 1,2 million d'unités l'an dernier.",
        "ja": f"アクメ、最大{oku}億円の上場へ 時価総額は最大25億ドル\n\n"
              "アクメは月曜日、2026年12月に上場すると発表した。従業員は4200人で、昨年は"
              "120万台を販売した。",
    }
    result = diff_story(make_story(texts, "listing"), load_aliases())
    raise_fact = next(f for f in result.facts
                      if any(c.surface == "up to $375 million" for c in f.claims))
    assert {(c.lang, c.surface) for c in raise_fact.claims} == {
        ("en", "up to $375 million"), ("fr", "jusqu'à 375 millions de dollars"),
        ("ja", f"最大{oku}億円")}
    assert raise_fact.verdict.status == "agree"
    assert not [f for f in result.facts if f.verdict.status == "conflict"]


@pytest.mark.parametrize(("lang", "text", "surface", "want"), [
    ("en", "PARIS, 5 December 2026 — Three people were killed on Friday.", "5 December 2026",
     True),
    ("fr", "PARIS, 5 décembre 2026 (AFP) — Trois personnes ont été tuées vendredi.",
     "5 décembre 2026", True),
    ("ja", "【ドーハ＝２０２６年１１月１８日】カタールは計画を発表した。",
     "２０２６年１１月１８日", True),
    ("zh", "本报巴黎2026年12月5日电　三人死亡。", "2026年12月5日", True),
    # A date inside the lead's sentence is the event's, no dateline.
    ("en", "Three people were killed on 4 December 2026 near Arras.", "4 December 2026", False),
    ("ja", "2026年12月4日夜、列車が脱線した。", "2026年12月4日", False),
])
def test_a_datelines_date_is_told(lang: str, text: str, surface: str, want: bool) -> None:
    from reconcile.extract import is_dateline

    claim = next(c for c in extract_claims(text, lang) if c.surface == surface)
    assert is_dateline(claim) is want


def test_a_dateline_is_no_fact_with_another_versions_event_date() -> None:
    """en and fr are filed the day after the derailment their leads date by its weekday
    alone; ja states the event's date in its lead and has no dateline. The dateline's day
    is no discrepancy with the event's, nor with the dates of what its sentence counts."""
    texts = {
        "en": "Train derails near Arras\n\nPARIS, 5 December 2026 — Three people were killed "
              "and 74 injured when a train derailed on Friday evening in northern France, the "
              "authorities said on Saturday.\n\nThe train, carrying 412 passengers, left the "
              "rails at 7.42 p.m. on Friday 4 December, about 14 kilometres north of Arras.",
        "fr": "Un train déraille près d'Arras\n\nPARIS, 5 décembre 2026 — Trois personnes ont "
              "été tuées et 74 blessées lorsqu'un train a déraillé vendredi soir dans le nord "
              "de la France, ont indiqué samedi les autorités.\n\nLe train, qui transportait "
              "412 passagers, a quitté les rails à 19 h 42 le vendredi 4 décembre, à environ "
              "14 kilomètres au nord d'Arras.",
        "ja": "アラス近郊で列車脱線\n\nフランス北部で2026年12月4日夜、列車が脱線し、3人が死亡、"
              "74人が負傷した。当局が5日明らかにした。\n\n列車には乗客412人が乗っており、アラスの"
              "北約14キロで脱線した。",
    }
    result = diff_story(make_story(texts, "derailment"), load_aliases())
    assert not [f for f in result.facts if f.verdict.status in ("conflict", "soft")]
    filed = next(f for f in result.facts if any(c.surface == "5 December 2026" for c in f.claims))
    assert {(c.lang, c.surface) for c in filed.claims} == {
        ("en", "5 December 2026"), ("fr", "5 décembre 2026")}


def test_a_flashback_goes_back_from_the_time_of_a_measurement() -> None:
    """zh states the story's time only as the time of a measurement (截至…, as of) and then
    an earlier film's release day inside its sentence: the months without a year of the
    next paragraph are of the story's time still, as en's are."""
    text = ("截至2026年11月22日（週日），該片累計票房達58.2億元，略高於2021年9月30日上映的"
            "《長津湖》約57.7億元。\n\n該片10月1日首映當天票房達6.12億元。")
    dates = {c.surface: c.date for c in extract_claims(text, "zh") if c.kind == "date"}
    assert dates == {"2026年11月22日": "2026-11-22", "2021年9月30日": "2021-09-30",
                     "10月1日": "2026-10-01"}
    text = ("By 22 November 2026 the film had taken 5.82 billion yuan, ahead of the film "
            "that opened on 30 September 2021.\n\nIt took 612 million yuan on 1 October.")
    dates = {c.surface: c.date for c in extract_claims(text, "en") if c.kind == "date"}
    assert dates["1 October"] == "2026-10-01"


@pytest.mark.parametrize(("lang", "text", "surface", "iso"), [
    ("ja", "同社は2026年10月29日に決算を発表した。\n\n1962年にヨーテボリで創業した同社の株価は"
           "7.3%高。同社によると、10月1～27日の売上高は約3%増。", "10月1～27日",
     "2026-10-01/2026-10-27"),
    ("zh", "公司于2026年10月29日公布业绩。\n\n该公司1962年在哥德堡创立，10月1日至27日的销售额"
           "增长3%。", "10月1日至27日", "2026-10-01/2026-10-27"),
])
def test_a_founding_year_with_a_place_between_sets_no_story_time(
        lang: str, text: str, surface: str, iso: str) -> None:
    """A year of founding, its verb later in its clause past a place, is a modifier of the
    company: the months after it are read in the story's time, not in 1962."""
    dates = {c.surface: c.date for c in extract_claims(text, lang) if c.kind == "date"}
    assert dates[surface] == iso


def test_a_founding_in_the_main_clause_is_the_storys_event() -> None:
    """The founding verb ending its sentence (no noun after it) is the story's own event:
    its year sets the story's time, and 同年7月 is of that year."""
    text = "2020年に新会社を創立した。同年7月に工場を建てた。"
    dates = {c.surface: c.date for c in extract_claims(text, "ja") if c.kind == "date"}
    assert dates["同年7月"] == "2020-07"


def test_a_bare_krona_is_the_currency_the_document_names_in_full() -> None:
    """ja クローナ alone is the Swedish or the Icelandic krona (CLDR): the one the document
    names in full."""
    text = "売上高は184億スウェーデン・クローナだった。前年同期は176億6000万クローナ。"
    units = {c.surface: c.unit for c in extract_claims(text, "ja") if c.kind == "money"}
    assert units == {"184億スウェーデン・クローナ": "SEK", "176億6000万クローナ": "SEK"}


@pytest.mark.parametrize(("text", "want"), [
    ("- Singapore approves S$3.6 billion metro extension", False),
    ("It paid US$2 million and HK$40 to each", False),
    ("Revenue$12.3B$4.5B", True),
    ("Net incomeHK$40M$35M", True),
])
def test_a_currencys_letters_before_its_sign_are_no_glued_cell(text: str, want: bool) -> None:
    """A table pasted from a page glues its cells ("Revenue$12.3B$4.5B"); a currency's own
    letters before its sign ("S$3.6 billion") are no cell: a related-post list of such
    headlines is no table, and stays furniture under its "Most read" heading."""
    from reconcile.segment import _is_table_row

    assert _is_table_row(text) is want


def test_a_most_read_list_with_a_singapore_dollar_headline_is_furniture() -> None:
    from reconcile.api import document_from_text
    from reconcile.segment import segment

    text = ("Doctors strike for a third week\n\nSEOUL — Junior doctors stayed off work on "
            "Monday, and 12,000 operations have been postponed.\n\nMost read\n"
            "- Typhoon leaves 46 dead in central Vietnam\n"
            "- Singapore approves S$3.6 billion metro extension\n"
            "- Indian rail ridership hits record 7.3 million in a single day\n")
    items = [s for s in segment(document_from_text(text, "en")) if s.kind == "bullet"]
    assert len(items) == 3
    assert all(s.boilerplate and s.boilerplate_reason == "related-posts" for s in items)
