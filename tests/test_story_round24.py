"""Forms found by faithful five-language stories (twenty-fourth round) and by peers' test
suites, in every language where they apply: a day of a month said relatively (今月27日,
同月27日, 上月20日, "the 20th of next month", « le 20 du mois prochain », "tanggal 20 bulan
depan") is that day, resolved when the month is known and compared by its day when it is
not; a hundredth named with its currency (id "78 sen dolar AS", fr « 78 cents de dollar »)
is that currency's; id "tanggal 27" alone is a day, no count; a letter after a number
("2.33 k") or a fraction's denominator ("trois cinquièmes") is no noun it counts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from acme import make_story
from extractcases import Want, check_claims, date, eq
from reconcile.api import document_from_text, extract_claims, extract_document
from reconcile.compare import relation
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.model import Claim

CASES = [
    # A hundredth named with its currency is that currency's, whatever else the text names.
    pytest.param("id", "Serat kapas dijual sekitar 78 sen dolar AS per pon, dan 25 juta euro.",
                 [eq("sekitar 78 sen dolar AS", "money", "0.78", "USD", "approx"),
                  eq("25 juta euro", "money", "25000000", "EUR")], id="id-sen-dolar-as"),
    pytest.param("id", "Harganya 78 sen euro.", [eq("78 sen euro", "money", "0.78", "EUR")],
                 id="id-sen-euro"),
    pytest.param("fr", "La fibre s'échangeait à 78 cents de dollar la livre, et 25 millions "
                 "d'euros.",
                 [eq("78 cents de dollar", "money", "0.78", "USD"),
                  eq("25 millions d'euros", "money", "25000000", "EUR")], id="fr-cents-de-dollar"),
    pytest.param("fr", "La fibre s'échangeait à 78 cents américains la livre.",
                 [eq("78 cents américains", "money", "0.78", "USD")], id="fr-cents-americains"),
    # "tanggal 27" without its month is a day of a month, no count of 27.
    pytest.param("id", "Pada tanggal 27 nanti, kami akan menunjukkan hasilnya.", [],
                 id="id-tanggal-alone"),
    pytest.param("id", "Pada tanggal 27 November, 35 orang hadir.",
                 [date("27 November", None, relative="month without year"),
                  eq("35", "count", "35", "orang")], id="id-tanggal-with-month"),
    # A letter after a number is no noun it counts ("2.33 k": no count of 2.33), nor is a
    # fraction's denominator ("cinq et un quart", "trois cinquièmes").
    pytest.param("en", "The page had 2.33 k readers.", [], id="en-letter-k"),
    pytest.param("fr", "La page a eu 2,33 k lecteurs.", [], id="fr-letter-k"),
    pytest.param("fr", "Il a gagné cinq et un quart points.", [], id="fr-and-a-quarter"),
    pytest.param("fr", "Les trois cinquièmes du budget sont dépensés.",
                 [eq("trois cinquièmes", "percent", "60", "percent")], id="fr-three-fifths"),
    pytest.param("en", "It grew by twenty and three fifths.", [], id="en-and-three-fifths"),
    pytest.param("fr", "Il y a 3 à 5 enfants.", [Want("3 à 5", "count", "3", "5", "range",
                                                     "enfants")], id="fr-range-a"),
    # zh 俩/倆 is two, as 两 is (倆千人 was read as 千人, a thousand).
    pytest.param("zh", "有倆千人参加。", [eq("倆千人", "count", "2000", "people")],
                 id="zh-lia-thousand"),
    # zh 块钱 is the yuan in speech; 块 alone stays a counter (三块蛋糕).
    pytest.param("zh", "一斤菜卖三块钱，他买了三块蛋糕。",
                 [eq("三块钱", "money", "3", "CNY")], id="zh-kuai-qian"),
    # "twice as many as a year earlier": a multiple compared, its base no bounded span.
    pytest.param("en", "Exports reached 9,870 vehicles, roughly twice as many as a year "
                 "earlier.",
                 [eq("9,870", "count", "9870", "vehicles"),
                  eq("roughly twice", "multiplier", "2", "times", "approx")],
                 id="en-twice-as-many-as-a-year-earlier"),
    # id "target setahun penuh": the full-year target, no span of a year.
    pytest.param("id", "Perusahaan harus mencapai target setahun penuh sebesar 650.000 unit.",
                 [eq("650.000", "count", "650000", "unit")], id="id-target-setahun"),
    pytest.param("id", "Proyek itu berjalan selama setahun penuh.",
                 [eq("setahun", "duration", "1", "year")], id="id-selama-setahun-penuh"),
    # A vote's tally counts the votes on each side ([counts] tallies); two numbers set
    # against each other without a word of votes stay a score ([nonclaims] tallies).
    pytest.param("en", "The Senate passed the bill by 52 votes to 48.",
                 [eq("52", "count", "52", "votes"), eq("48", "count", "48", "votes")],
                 id="en-tally"),
    pytest.param("en", "The board voted seven to two in favour.",
                 [eq("seven", "count", "7", "votes"), eq("two", "count", "2", "votes")],
                 id="en-voted-tally"),
    pytest.param("fr", "Le conseil s'est prononcé par sept voix contre deux.",
                 [eq("sept", "count", "7", "votes"), eq("deux", "count", "2", "votes")],
                 id="fr-tally"),
    pytest.param("id", "Dewan memutuskannya dengan suara empat banding satu.",
                 [eq("empat", "count", "4", "votes")],  # (a lone "one" is no count)
                 id="id-tally"),
    pytest.param("id", "Tim tuan rumah menang empat banding satu.", [], id="id-score"),
    pytest.param("ja", "上院は52票対48票で法案を可決した。",
                 [eq("52", "count", "52", "votes"), eq("48", "count", "48", "votes")],
                 id="ja-tally"),
    pytest.param("ja", "日本は3対1で勝った。", [], id="ja-score"),
    pytest.param("zh", "政策委员会以7比2票通过决议。",
                 [eq("7", "count", "7", "votes"), eq("2", "count", "2", "votes")],
                 id="zh-tally"),
    pytest.param("zh", "主队以3比1获胜。", [], id="zh-score"),
    pytest.param("en", "Turnout rose to 62%, with 1.2 million votes to count.",
                 [eq("62%", "percent", "62", "percent"),
                  eq("1.2 million", "count", "1200000", "votes")], id="en-votes-no-tally"),
    # ja: a rate's change in % is in points past an aside in brackets, and a yield's too.
    pytest.param("ja", "日銀は政策金利を0.25％（25ベーシスポイント）引き上げて1.25％とした。",
                 [eq("0.25％", "percent", "0.25", "percentage point"),
                  eq("25ベーシスポイント", "percent", "0.25", "percentage point"),
                  eq("1.25％", "percent", "1.25", "percent")], id="ja-rate-aside"),
    pytest.param("ja", "国債利回りは0.06％上昇して2.12％となった。",
                 [eq("0.06％", "percent", "0.06", "percentage point"),
                  eq("2.12％", "percent", "2.12", "percent")], id="ja-yield-points"),
    pytest.param("ja", "物価は0.5％上昇した。", [eq("0.5％", "percent", "0.5", "percent")],
                 id="ja-prices-percent"),
    # An amount set against one restated in brackets takes the first's currency, not the
    # conversion's.
    pytest.param("fr", "Garuda vend en roupies indonésiennes. Le chiffre d'affaires a atteint "
                 "14 200 milliards de roupies (environ 870 millions de dollars), contre "
                 "12 800 milliards.",
                 [eq("14 200 milliards de roupies", "money", "14200000000000", "IDR"),
                  eq("environ 870 millions de dollars", "money", "870000000", "USD", "approx"),
                  eq("12 800 milliards", "money", "12800000000000", "IDR")],
                 id="fr-versus-past-brackets"),
    # zh 升 before 至/到 is "rose", no litre; 50升 of water stays a volume.
    pytest.param("zh", "日圓兌美元從150.35升至148.20。", [], id="zh-sheng-zhi"),
    pytest.param("zh", "每人每天用水50升。", [eq("50升", "quantity", "50", "liter")],
                 id="zh-sheng-litre"),
    # A model's number in CJK text (波音737-800) is no range of things; a range with its
    # counter stays one.
    pytest.param("zh", "公司将退役6架波音737-800飞机。", [eq("6架", "count", "6", "aircraft")],
                 id="zh-boeing-model"),
    pytest.param("ja", "ボーイング737-800型機6機を退役させる。",
                 [eq("6機", "count", "6", "aircraft")], id="ja-boeing-model"),
    pytest.param("zh", "有30-40人受伤。", [Want("30-40人", "count", "30", "40", "range",
                                                "people")], id="zh-range-with-counter"),
    # Speeds per second, and a speed's circumfix with にして between (時速にして).
    pytest.param("ja", "衛星は秒速約7.5キロ、時速にして約2万7000キロで飛行する。",
                 [eq("秒速約7.5キロ", "quantity", "7.5", "kilometer / second", "approx"),
                  eq("時速にして約2万7000キロ", "quantity", "27000", "kilometer / hour",
                     "approx")], id="ja-speeds"),
    pytest.param("zh", "卫星以约每秒7.5公里、即约每小时2.7万公里的速度飞行。",
                 [eq("约每秒7.5公里", "quantity", "7.5", "kilometer / second", "approx"),
                  eq("约每小时2.7万公里", "quantity", "27000", "kilometer / hour", "approx")],
                 id="zh-speeds"),
    # id "lima tahunan": five-yearly, no count of 5.
    pytest.param("id", "Laju pertumbuhan lima tahunan itu tinggi.", [], id="id-lima-tahunan"),
    # A four-digit number glued to a CJK word is no bare year (下跌2184点: index points).
    pytest.param("zh", "日经225指数下跌2184点，跌幅4.6%。",
                 [eq("4.6%", "percent", "4.6", "percent")], id="zh-index-points-no-year"),
    pytest.param("zh", "该报告（2019）显示增长3%。",
                 [date("2019", "2019"), eq("3%", "percent", "3", "percent")],
                 id="zh-bracketed-year"),
    # A score's pair before a comma or a preposition is a score ("trailed 3-5 before",
    # « mené 3-5, »), as "won 3-1 on Sunday" is; "won 10-20 seats" stays a range.
    pytest.param("en", "Ferrer trailed 3-5 before winning four points in a row.",
                 [eq("four", "count", "4", "points")], id="en-trailed-score"),
    pytest.param("fr", "Mené 3-5, Ferrer a aligné quatre points d'affilée.",
                 [eq("quatre", "count", "4", "points")], id="fr-mene-score"),
    pytest.param("id", "Ferrer sempat tertinggal 3-5 sebelum merebut empat poin.",
                 [eq("empat", "count", "4", "poin")], id="id-tertinggal-score"),
    pytest.param("en", "The party won 10-20 seats.",
                 [Want("10-20", "count", "10", "20", "range", "seats")], id="en-won-range"),
    # "one of the five break points": the whole counts, as "seven of the nine" does.
    pytest.param("en", "He converted only one of the five break points he earned.",
                 [eq("five", "count", "5", "break")], id="en-one-of-the-five"),
    pytest.param("fr", "Il a converti une des neuf balles de break.",
                 [eq("neuf", "count", "9", "balles")], id="fr-une-des-neuf"),
    pytest.param("en", "The two men were arrested.", [], id="en-the-two-men"),
    # ja キロ・ワット (a kilowatt written with a middle dot) is no kilometre.
    pytest.param("ja", "出力１２０万キロ・ワットのダムの建設を承認した。",
                 [eq("１２０万キロ・ワット", "quantity", "1200000", "kilowatt")],
                 id="ja-kilo-dot-watt"),
    pytest.param("ja", "年間発電量は約４１億キロ・ワット時となる。",
                 [eq("約４１億キロ・ワット時", "quantity", "4100000000", "kilowatt_hour",
                     "approx")], id="ja-kilo-dot-watt-hour"),
    # zh 每 before a round Han denominator is "per" (每百万人, 每百萬瓦時: per million), no
    # amount of a million, and the rate's numerator after a whole of people is none either
    # (as "3 per million people" states no count: round 25); a count of millions stays one.
    pytest.param("zh", "每百万人中有3人。", [], id="zh-per-million-han"),
    pytest.param("zh", "批發電價一度觸及每百萬瓦時1萬7500澳元的上限。",
                 [eq("1萬7500澳元", "money", "17500", "AUD")], id="zh-per-megawatt-hour"),
    pytest.param("zh", "共有三百万人参加。", [eq("三百万人", "count", "3000000", "people")],
                 id="zh-three-million-people"),
    # id "dua belas bulan yang sama": twelve months, no count of 12 before "the same month".
    pytest.param("id", "Upah naik 4,8 persen dalam dua belas bulan yang sama.",
                 [eq("4,8 persen", "percent", "4.8", "percent"),
                  eq("dua belas bulan", "duration", "12", "month")], id="id-dua-belas-bulan"),
    # Days and hours side by side (ja) or joined by 零 (zh): one span of hours.
    pytest.param("ja", "ウェブサイトが2日5時間にわたり閲覧できなくなった。",
                 [eq("2日5時間", "duration", "53", "hour")], id="ja-days-hours"),
    pytest.param("zh", "网络攻击导致该机构网站瘫痪2天零5个小时。",
                 [eq("2天零5个小时", "duration", "53", "hour")], id="zh-days-ling-hours"),
    # ja 12分類 (12 categories) is no span of minutes; 30分 stays one.
    pytest.param("ja", "主要12分類のうち8分類で伸びが鈍った。", [], id="ja-bunrui"),
    pytest.param("ja", "会議は30分続いた。", [eq("30分", "duration", "30", "minute")],
                 id="ja-30-minutes"),
    # fr « une fois tous les 100 000 vols »: a rate's denominator, no count of flights.
    pytest.param("fr", "Cela se produit environ une fois tous les 100 000 vols.", [],
                 id="fr-tous-les-denominator"),
    # ja 1年前に比べ: the base of a change, no span (as 1年前より and 前年比 are).
    pytest.param("ja", "登録者数は1年前に比べ約31万人増えた。",
                 [eq("約31万人", "count", "310000", "people", "approx")], id="ja-maeni-kurabe"),
    # zh 二次 is "secondary" (二次转会, 二次感染); twice is 两次.
    pytest.param("zh", "俱乐部保留了15%的二次转会分成条款。",
                 [eq("15%", "percent", "15", "percent")], id="zh-erci-secondary"),
    pytest.param("zh", "他每年来两次。", [eq("两次", "count", "2", "times")], id="zh-liangci"),
    # Without "tanggal", a number before "bulan lalu" is a span ("15 months ago").
    pytest.param("id", "Harga naik 15 bulan lalu.",
                 [eq("15 bulan", "duration", "15", "month")], id="id-months-ago"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_story_round24(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)


def _dated(text: str, lang: str, published: str | None = None) -> list[Claim]:
    doc = document_from_text(text, lang)
    if published:
        doc = replace(doc, meta=(("date", published),))
    return [c for c in extract_document(doc) if c.kind == "date"]


# (lang, text, surface, date with the story's date 2026-12-03, floating)
RELATIVE_DAYS = [
    ("ja", "首脳会談は今月27日に開かれる。", "今月27日", "2026-12-27", "now+0 month---27"),
    ("ja", "首脳会談は今月の27日に開かれる。", "今月の27日", "2026-12-27", "now+0 month---27"),
    ("ja", "選挙は先月20日に行われた。", "先月20日", "2026-11-20", "now-1 month---20"),
    ("ja", "来月の二十日に戻る。", "来月の二十日", "2027-01-20", "now+1 month---20"),
    ("zh", "会议将于本月10日举行。", "本月10日", "2026-12-10", "now+0 month---10"),
    ("zh", "选举于上个月20号举行。", "上个月20号", "2026-11-20", "now-1 month---20"),
    ("en", "The summit will be held on the 20th of next month.", "20th of next month",
     "2027-01-20", "now+1 month---20"),
    ("en", "The vote took place on the 15th of last month.", "15th of last month",
     "2026-11-15", "now-1 month---15"),
    ("fr", "Le sommet aura lieu le 20 du mois prochain.", "20 du mois prochain",
     "2027-01-20", "now+1 month---20"),
    ("fr", "Le vote a eu lieu le 3 de ce mois-ci.", "3 de ce mois-ci", "2026-12-03",
     "now+0 month---03"),
    ("id", "KTT akan digelar tanggal 20 bulan depan.", "20 bulan depan", "2027-01-20",
     "now+1 month---20"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "iso", "floating"), RELATIVE_DAYS)
def test_a_day_of_a_month_said_relatively(lang: str, text: str, surface: str, iso: str,
                                          floating: str) -> None:
    [dated] = _dated(text, lang, "2026-12-03")
    assert (dated.surface, dated.date, dated.floating) == (surface, iso, floating)
    [alone] = _dated(text, lang)  # no date of writing: the day alone, no date
    assert (alone.surface, alone.date, alone.floating) == (surface, None, floating)


@pytest.mark.parametrize(("lang", "text", "surface", "iso"), [
    ("ja", "事故は2025年3月3日に起きた。同月27日に再開した。", "同月27日", "2025-03-27"),
    ("ja", "事故は2025年3月3日に起きた。翌月5日に再開した。", "翌月5日", "2025-04-05"),
    ("zh", "事故发生在2025年3月3日，同月27日恢复。", "同月27日", "2025-03-27"),
    ("en", "It crashed on March 3, 2025 and resumed on the 27th of the same month.",
     "27th of the same month", "2025-03-27"),
    ("fr", "L'accident a eu lieu le 3 mars 2025 et les travaux ont repris le 27 du même mois.",
     "27 du même mois", "2025-03-27"),
])
def test_a_day_of_the_month_the_text_stated(lang: str, text: str, surface: str, iso: str
                                            ) -> None:
    assert {c.surface: c.date for c in _dated(text, lang)}[surface] == iso


def test_a_day_of_no_known_month_compares_by_its_day() -> None:
    [day] = _dated("会议将于本月27日举行。", "zh")
    [same] = _dated("The summit opens on November 27, 2026.", "en")
    [other] = _dated("The summit opens on November 28, 2026.", "en")
    [month] = _dated("The summit opens in November 2026.", "en")
    assert relation(day, same) == "agree"
    assert relation(day, other) == "conflict"
    assert relation(day, month) is None


def test_a_story_dating_a_day_by_this_month_where_others_name_the_month() -> None:
    """ja/zh 今月27日/本月27日 with no date of writing, en/fr "November 27": one fact, no
    discrepancy."""
    texts = {
        "en": "The summit opens in Minamisawa on November 27 and runs for two days.\n\n"
              "Sato won 12,480 votes in the election held on November 8, 2026.",
        "fr": "Le sommet s'ouvrira à Minamisawa le 27 novembre et durera deux jours.\n\n"
              "Sato a obtenu 12 480 voix lors de l'élection du 8 novembre 2026.",
        "ja": "サミットは今月27日から2日間、南沢市で開かれる。\n\n"
              "2026年11月8日の選挙で佐藤氏は1万2480票を得た。",
        "zh": "峰会将于本月27日在南泽市开幕，为期两天。\n\n"
              "在2026年11月8日的选举中，佐藤获得12480票。",
    }
    result = diff_story(make_story(texts, "summit"), load_aliases())
    assert [f.label for f in result.facts if f.status in ("conflict", "soft")] == []
    days = [f for f in result.facts if any(c.surface in ("今月27日", "本月27日")
                                           for c in f.claims)]
    assert len(days) == 1 and days[0].status == "agree" and len(days[0].claims) == 4


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The company, founded in 2017, saw its shares rise 6.2% on November 2.",
     "November 2"),
    ("fr", "L'entreprise, fondée en 2017, a vu son action bondir de 6,2 % le 2 novembre.",
     "2 novembre"),
    ("id", "Perusahaan yang didirikan pada 2017 itu sahamnya naik 6,2 persen pada 2 November.",
     "2 November"),
    ("ja", "2017年創業の同社の株価は、11月2日の香港市場で6.2％上昇した。", "11月2日"),
    ("zh", "这家2017年成立的公司股价11月2日在香港上涨6.2%。", "11月2日"),
])
def test_a_year_of_founding_is_no_story_time(lang: str, text: str, surface: str) -> None:
    """A company's founding year is an aside: the day after it is read in the story's own
    year (the publication's, 2026 here), not in the founding year."""
    dated = {c.surface: c.date for c in _dated(text, lang, "2026-11-03")}
    assert dated[surface] == "2026-11-02"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Veltrix share price: down 21%"),
    ("id", "Saham Veltrix: turun 21 persen"),
    ("ja", "ベルトリックス株の下落率：21％"),
    ("zh", "Veltrix股价：下跌21%"),
    ("fr", "L'action Veltrix est en baisse de 21 %."),
])
def test_a_sign_and_a_word_of_falling_agree(lang: str, text: str) -> None:
    """"−21 %" in one version and "down 21%" in another say one fall: they agree; without
    a word of falling the sign stays worth a look (soft)."""
    [signed] = extract_claims("Action Veltrix : −21 %", "fr")
    [unsigned] = extract_claims(text, lang)
    assert relation(signed, unsigned) == relation(unsigned, signed) == "agree"
    [bare] = extract_claims("Veltrix share price: 21%", "en")
    assert relation(signed, bare) == "soft"


def test_never_again_is_no_count() -> None:
    assert extract_claims("二度とあれほど長くお待たせすることがないようにしたい。", "ja") == []
    assert [(c.surface, c.low) for c in extract_claims("彼は二度訪れた。", "ja")] == [
        ("二度", 2)]
