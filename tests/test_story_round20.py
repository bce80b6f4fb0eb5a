"""Forms found by faithful five-language stories (twentieth round), in every language where
they apply: currencies named by the noun of their CLDR name alone ("11.2 trillion dong",
"12 000 dongs", "5 million naira"); a verb of going from one value to another before
French "de … à" (two values, not a range); "halved" and "divisés par deux" as a multiplier
of one half; Indonesian "dua kali lipat" before the amount it doubles; a title's verb or
capitalised unit before a measure ("Lava Flows 150 Kilometers", "1,37 Juta Ton"); the other
end of a range of ages ("aged between six months and five years", 6个月至5岁); 月球 (the
moon) after 个 is no month; an adjective of the span before a unit ("les 5 derniers
kilomètres"); an ambiguous currency word of the country a story names most
("shillings" in a story of Kenya that names Tanzania once); a span of time between a
comparison word and "ago" (比一年前高出, 1年前より) is the base of a change."""

from __future__ import annotations

import pytest

from acme import make_story
from extractcases import Want, check_claims, eq
from reconcile.diff import diff_story
from reconcile.entities import load_aliases

CASES = [
    # Currencies by the noun of their CLDR name (its land's adjective dropped).
    pytest.param("en", "VinFast reported revenue of 11.2 trillion dong in Vietnam.",
                 [eq("11.2 trillion dong", "money", "11200000000000", "VND")],
                 id="en-dong"),
    pytest.param("fr", "Le chiffre d'affaires atteint 11 200 milliards de dongs.",
                 [eq("11 200 milliards de dongs", "money", "11200000000000", "VND")],
                 id="fr-dongs"),
    pytest.param("id", "Pendapatan mencapai 11,2 triliun dong.",
                 [eq("11,2 triliun dong", "money", "11200000000000", "VND")],
                 id="id-dong"),
    pytest.param("en", "Lagos spent 5 million naira and Ankara 300 million lira.",
                 [eq("5 million naira", "money", "5000000", "NGN"),
                  eq("300 million lira", "money", "300000000", "TRY")],
                 id="en-naira-lira"),
    pytest.param("id", "Harganya 50 ribu baht.",
                 [eq("50 ribu baht", "money", "50000", "THB")], id="id-baht"),
    # A noun that is also an everyday word stays out ("gold", id "lari": runs).
    pytest.param("id", "Ia lari 5 kilometer.", [eq("5 kilometer", "quantity", "5", "kilometer")],
                 id="id-lari-is-running"),
    # Two values after a verb that can only mean "went from"; a range after "augmenté de".
    pytest.param("fr", "Le montant moyen est passé de 385 à 394 dollars.",
                 [eq("385", "money", "385", "USD"), eq("394 dollars", "money", "394", "USD")],
                 id="fr-went-from"),
    pytest.param("fr", "Les ventes ont augmenté de 3 à 4 %.",
                 [Want("de 3 à 4 %", "percent", "3", "4", "range", "percent")],
                 id="fr-rose-by-a-range"),
    # Halving: a multiplier of one half.
    pytest.param("fr", "Les prix divisés par deux", [eq("divisés par deux", "multiplier", "0.5",
                                                        "times")],
                 id="fr-divided-by-two"),
    pytest.param("fr", "Le prix a été divisé par trois.",
                 [eq("divisé par trois", "multiplier", "0.3333", "times")],
                 id="fr-divided-by-three"),
    pytest.param("en", "Net debt was halved to $4.1 billion.",
                 [eq("halved", "multiplier", "0.5", "times"),
                  eq("$4.1 billion", "money", "4100000000", "USD")],
                 id="en-halved"),
    pytest.param("zh", "净债务减半至41亿美元。",
                 [eq("减半", "multiplier", "0.5", "times"),
                  eq("41亿美元", "money", "4100000000", "USD")],
                 id="zh-halved"),
    # "dua kali lipat" before the amount it doubles: both claims.
    pytest.param("id", "Jumlah itu lebih dari dua kali lipat 30,6 miliar dolar AS.",
                 [Want("lebih dari dua kali lipat", "multiplier", "2", None, "gt", "times"),
                  eq("30,6 miliar dolar AS", "money", "30600000000", "USD")],
                 id="id-double-the-amount"),
    pytest.param("id", "2 kali 3 sama dengan 6.", [], id="id-a-product-stays-none"),
    # Title case: a verb, or a capitalised short unit, before a measure.
    pytest.param("en", "Lava Flows 150 kilometers.",
                 [eq("150 kilometers", "quantity", "150", "kilometer")], id="en-title-verb"),
    pytest.param("id", "Panen Pulih ke 1,37 Juta Ton",
                 [eq("1,37 Juta Ton", "quantity", "1370000", "metric_ton")],
                 id="id-title-ton"),
    # The other end of a range of ages is an age too.
    pytest.param("en", "some 780,000 children aged between six months and five years",
                 [eq("some 780,000", "count", "780000", "children", "approx")],
                 id="en-age-range"),
    pytest.param("fr", "des enfants âgés de six mois à cinq ans", [], id="fr-age-range"),
    pytest.param("id", "anak berusia enam bulan hingga lima tahun", [], id="id-age-range"),
    pytest.param("zh", "约78万名6个月至5岁的儿童",
                 [eq("约78万名", "count", "780000", "people", "approx")], id="zh-age-range"),
    pytest.param("id", "pada orang berusia di atas 60 tahun dan 75% memiliki gangguan",
                 [eq("75%", "percent", "75", "percent")], id="id-a-share-after-an-age"),
    pytest.param("en", "It lasted between six months and five years.",
                 [eq("six months", "duration", "6", "month"),
                  eq("five years", "duration", "5", "year")],
                 id="en-spans-stay-spans"),
    pytest.param("zh", "工期6个月至5年",
                 [eq("6个月", "duration", "6", "month"), eq("5年", "duration", "5", "year")],
                 id="zh-spans-stay-spans"),
    # An adjective of the span between a number and its unit ("the last 5 km").
    pytest.param("fr", "Il a couru les 5 derniers kilomètres en 14 minutes.",
                 [eq("5 derniers kilomètres", "quantity", "5", "kilometer"),
                  eq("14 minutes", "duration", "14", "minute")],
                 id="fr-last-kilometres"),
    # "shillings" in a story of Kenya that names Tanzania once: KES.
    pytest.param("en", "Kenya is in drought. Kenya spent 12.5 billion shillings, and Kenya "
                       "imports maize from Tanzania.",
                 [eq("12.5 billion shillings", "money", "12500000000", "KES")],
                 id="en-shillings-of-the-story-country"),
    pytest.param("en", "Kenya spent 12.5 billion shillings, and Tanzania 3 billion shillings.",
                 [], id="en-shillings-of-two-countries-stay-unread"),
    # The real's Portuguese plural, the zloty as the Japanese press writes it, 桶 of oil.
    pytest.param("en", "Its debt reached 28 billion reais.",
                 [eq("28 billion reais", "money", "28000000000", "BRL")], id="en-reais"),
    pytest.param("ja", "約4億1000万ズロチの予算",
                 [eq("約4億1000万ズロチ", "money", "410000000", "PLN", "approx")],
                 id="ja-zloty"),
    pytest.param("zh", "日產能65萬桶。", [eq("65萬桶", "quantity", "650000", "oil_barrel")],
                 id="zh-barrels"),
    # A currency word with a default takes the other currency the document states.
    pytest.param("fr", "L'État a consacré 2 600 milliards de livres turques, chaque logement "
                       "coûtant 2,1 millions de livres.",
                 [eq("2 600 milliards de livres turques", "money", "2600000000000", "TRY"),
                  eq("2,1 millions de livres", "money", "2100000", "TRY")],
                 id="fr-livres-of-turkey"),
    pytest.param("fr", "Le club a payé 50 millions de livres.",
                 [eq("50 millions de livres", "money", "50000000", "GBP")],
                 id="fr-livres-default"),
    pytest.param("en", "Egypt earned 5 billion Egyptian pounds, or 2 billion pounds a month.",
                 [eq("5 billion Egyptian pounds", "money", "5000000000", "EGP"),
                  eq("2 billion pounds", "money", "2000000000", "EGP")],
                 id="en-pounds-of-egypt"),
    # Everyday words that name a currency where the story names its country.
    pytest.param("en", "Losses reached 540 million soles in Peru.",
                 [eq("540 million soles", "money", "540000000", "PEN")], id="en-soles-of-peru"),
    pytest.param("en", "Losses reached 540 million soles.", [], id="en-soles-alone"),
    pytest.param("zh", "出口降至34亿瑞郎。", [eq("34亿瑞郎", "money", "3400000000", "CHF")],
                 id="zh-swiss-francs"),
    pytest.param("ja", "スイス・フランが上昇。輸出は16億フランだった。",
                 [eq("16億フラン", "money", "1600000000", "CHF")], id="ja-francs-of-the-story"),
    # Cents in a document that states both rand and dollars are no claim (not USD).
    pytest.param("en", "Revenue was 58.6 billion rand ($3.3 billion). The dividend was 185 "
                       "cents a share.",
                 [eq("58.6 billion rand", "money", "58600000000", "ZAR"),
                  eq("$3.3 billion", "money", "3300000000", "USD")],
                 id="en-cents-of-two-currencies"),
    # "jam tangan" (watches) is no span of hours: a count of watches; a negation keeps
    # "at least".
    pytest.param("id", "Ekspor 15,3 juta jam tangan.",
                 [eq("15,3 juta", "count", "15300000", "jam")], id="id-watches-no-hours"),
    pytest.param("id", "Rekor itu tak akan terlampaui setidaknya selama dua tahun.",
                 [Want("setidaknya selama dua tahun", "duration", "2", None, "gte", "year")],
                 id="id-not-beaten-for-at-least"),
    pytest.param("id", "Tidak ada negara yang melakukan tes lebih dari 3%.",
                 [Want("lebih dari 3%", "percent", None, "3", "lte", "percent")],
                 id="id-no-country-more-than"),
    # A precise number before "tahun lalu" counts things last year, no years ago.
    pytest.param("id", "Jumlah kapal turun menjadi 13.213 tahun lalu.",
                 [eq("13.213", "count", "13213", "tahun"),
                  Want("tahun lalu", "date", qualifier="eq", relative="tahun lalu")],
                 id="id-precise-number-last-year"),
    pytest.param("id", "Manusia tiba 10.000 tahun lalu.",
                 [eq("10.000 tahun", "duration", "10000", "year")], id="id-years-ago"),
    # "over" a span a few words after an amount is its period, no bound.
    pytest.param("en", "Patients lost 20.9% of their body weight over 72 weeks.",
                 [eq("20.9%", "percent", "20.9", "percent"),
                  eq("72 weeks", "duration", "72", "week")],
                 id="en-over-a-period-after-an-amount"),
    pytest.param("en", "The firm has employed 300 people for over 20 years.",
                 [eq("300", "count", "300", "people"),
                  Want("over 20 years", "duration", "20", None, "gt", "year")],
                 id="en-for-over-stays-a-bound"),
    # zh 第4季 after a relative year is a quarter (alone it may be a series' season).
    pytest.param("zh", "北京2024年10月8日电 去年第4季入境人次达1020万人。",
                 [Want("2024年10月8日", "date", date="2024-10-08"),
                  Want("去年", "date", date="2023", relative="去年", anchor="2024-10"),
                  Want("第4季", "date", qualifier="range", date="2023-10/2023-12",
                       relative="month without year", anchor="2023"),
                  eq("1020万人", "count", "10200000", "people")],
                 id="zh-quarter-after-last-year"),
    pytest.param("zh", "该剧第3季将于明年播出。",
                 [Want("明年", "date", relative="明年")], id="zh-a-series-season"),
    # ja 県 counts prefectures (or provinces, districts).
    pytest.param("ja", "沿岸12県で避難指示が出た。", [eq("12県", "count", "12", "prefectures")],
                 id="ja-prefectures"),
    # 晚 counts nights.
    pytest.param("zh", "旅客平均停留8.9晚。", [eq("8.9晚", "count", "8.9", "nights")],
                 id="zh-nights"),
    pytest.param("zh", "10月13日晚，3000人参加。",
                 [Want("10月13日", "date", relative="month without year"),
                  eq("3000人", "count", "3000", "people")],
                 id="zh-evening-of-a-day"),
    pytest.param("zh", "截至星期二晚间，火箭于周四晚9时发射。", [],
                 id="zh-weekday-evening-no-nights"),
    # Phrasal verbs are no bounds; 両日 (both days) counts no vehicles.
    # "tujuh dari sepuluh kota" (seven of the ten cities): two counts, as in every version.
    pytest.param("id", "Harga turun di tujuh dari sepuluh kota terbesar.",
                 [eq("tujuh", "count", "7", "kota"), eq("sepuluh", "count", "10", "kota")],
                 id="id-seven-of-the-ten-are-counts"),
    pytest.param("en", "Turkey has handed over 201,580 homes.",
                 [eq("handed over 201,580", "count", "201580", "homes")], id="en-handed-over"),
    pytest.param("en", "Turkey has built over 201,580 homes.",
                 [Want("over 201,580", "count", "201580", None, "gt", "homes")],
                 id="en-over-stays-a-bound"),
    pytest.param("ja", "25、26両日に会合を開く。", [], id="ja-both-days-no-vehicles"),
    # A weekend is no week; "a month" linked to a month's name is no span.
    pytest.param("id", "Pada akhir pekan itu, 35.000 pelari ikut.",
                 [eq("35.000", "count", "35000", "pelari")], id="id-that-weekend"),
    pytest.param("ja", "先週末に3万5000人が参加した。",
                 [eq("3万5000人", "count", "35000", "people")], id="ja-last-weekend"),
    pytest.param("fr", "Le record pour un mois de novembre date de 2009.",
                 [Want("novembre", "date", qualifier="eq", relative="month without year"),
                  Want("2009", "date", date="2009")],
                 id="fr-a-month-of-november"),
    pytest.param("fr", "Il a passé un mois de vacances.",
                 [eq("un mois", "duration", "1", "month")], id="fr-a-month-stays"),
    # 月球 (the moon) after 个 is no month.
    pytest.param("zh", "月球车只能工作一個月球日。", [], id="zh-lunar-day"),
    pytest.param("zh", "任务为期两个月。", [eq("两个月", "duration", "2", "month")],
                 id="zh-months-stay"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_story_round20(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)


def test_a_version_that_dates_no_fact_leaves_the_others_dated_alike() -> None:
    """The versions that date a fact state its dating date (1917) in the fact's sentence;
    one of them stands the fact nearer another date of its sentence (the sale's). A version
    whose claim sits alone in a sentence of its own dates nothing and blocks nothing: no
    discrepancy of timing."""
    story = make_story({
        "en": "NEW YORK, May 14, 2025 – A 1917 painting by Monet sold on Tuesday, far "
              "exceeding its estimate of $70 million to $90 million.",
        "id": "NEW YORK, 14 Mei 2025 – Sebuah lukisan tahun 1917 karya Monet terjual pada "
              "Selasa (13/5/2025), jauh melampaui perkiraan 70 juta hingga 90 juta dolar AS.",
        "ja": "【ニューヨーク＝2025年5月14日】モネの1917年の油彩画が13日に落札された。"
              "予想落札価格は7000万～9000万ドルだった。",
    })
    result = diff_story(story, load_aliases())
    assert not [f for f in result.facts if f.id.endswith("-when")]
    (fact,) = [f for f in result.facts if f.kind == "money"]
    assert fact.status == "agree"


def test_a_recalled_paragraph_dates_only_itself() -> None:
    """A paragraph whose topic date lies decades before the story's ("In 1989, …" in a
    2027 story) dates its own claims; the paragraphs after it keep the story's topic
    year."""
    story = make_story({
        "en": "WARSAW, October 12, 2027 – Turnout climbed to 76.2%.\n\n"
              "In 2027, 22.4 million Poles voted.\n\n"
              "In 1989, only 62.7% of Poles voted.\n\n"
              "The coalition will hold 178 of the 460 seats.",
        "fr": "VARSOVIE, 12 octobre 2027 – La participation a atteint 76,2 %.\n\n"
              "En 2027, 22,4 millions de Polonais ont voté.\n\n"
              "En 1989, seuls 62,7 % des Polonais avaient voté.\n\n"
              "La coalition détiendra 178 des 460 sièges.",
    })
    result = diff_story(story, load_aliases())
    times = {f.claims[0].surface: f.time for f in result.facts if f.kind != "date"}
    assert times["62.7%"] == "1989"
    assert times["178"] == "2027"
