"""A dateline's date is the story's date when no publication date is given: a full date
after a place in capitals before the dash ("OTTAWA, October 30, 2025 –"), or inside the
bracket that opens the paragraph (【オタワ＝2025年10月30日】), or before a Chinese
dispatch word (纽约2025年11月14日电——). With it "last year" resolves, and a month without
a year is read against the month of publication while the story's time is in its year
(up to nine months back, five ahead), a period of months by its middle month; months read
so keep reading from the publication after they move the story's time."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.api import extract_claims
from reconcile.diff import diff_story
from reconcile.entities import load_aliases

# (language, text, surface, its date)
CASES = [
    ("en", "Fires rage\n\nOTTAWA, October 30, 2025 – Fires burned 4 million hectares last year.",
     "last year", "2024"),
    ("fr", "PARIS, 3 mars 2025 (AFP) – Les ventes ont baissé de 4 % l'an dernier.",
     "l'an dernier", "2024"),
    ("id", "OTTAWA, 30 Oktober 2025 – Kebakaran tahun lalu menghanguskan 4 juta hektare.",
     "tahun lalu", "2024"),
    ("ja", "【オタワ＝2025年10月30日】焼失面積は昨年を上回った。", "昨年", "2024"),
    ("ja", "【パル（インドネシア）＝2025年10月14日】死者は昨年を上回った。", "昨年", "2024"),
    ("zh", "纽约2025年11月14日电——拍卖总额超过去年。", "去年", "2024"),
    ("zh", "（中央社渥太華2025年10月30日綜合外電報導）焚毀面積超過去年。", "去年", "2024"),
    ("zh", "新华社柏林2025年9月21日电 成绩好于去年。", "去年", "2024"),
    ("ja", "ニューデリー、2025年6月18日――電力需要は昨年の最高を上回った。", "昨年", "2024"),
    # Read against the publication: March 28 in an October story is this year's.
    ("en", "OTTAWA, October 30, 2025 – The first fire was reported on March 28, and the "
           "last one was declared out on October 21.", "March 28", "2025-03-28"),
    ("en", "OTTAWA, October 30, 2025 – The first fire was reported on March 28, and the "
           "last one was declared out on October 21.", "October 21", "2025-10-21"),
    # A month read so moves the story's time and later months still read from March.
    ("en", "BRASÍLIA, March 19, 2025 – The real hit a record low in December. Analysts "
           "expect the rate to peak in the third quarter. The next meeting is on May 6-7.",
     "December", "2024-12"),
    ("en", "BRASÍLIA, March 19, 2025 – The real hit a record low in December. Analysts "
           "expect the rate to peak in the third quarter. The next meeting is on May 6-7.",
     "third quarter", "2025-07/2025-09"),
    ("en", "BRASÍLIA, March 19, 2025 – The real hit a record low in December. Analysts "
           "expect the rate to peak in the third quarter. The next meeting is on May 6-7.",
     "May 6-7", "2025-05-06/2025-05-07"),
    # A period by its middle month: a result reported in February is last year's.
    ("en", "ROTTERDAM, February 12, 2025 – Our terminals ran at 95% of capacity in the "
           "third quarter.", "third quarter", "2024-07/2024-09"),
    # Six months either way is the past.
    ("en", "TOKYO, January 15, 2025 – The yen fell to 162 per dollar in July.", "July",
     "2024-07"),
    # A day after the story's date is a plan: the story's time stays.
    ("en", "NEW DELHI, June 18, 2025 – Plants must run at full capacity until October 15. "
           "Prices hit twice the average of the previous month.", "the previous month",
     "2025-05"),
    # A month up to the story's date is no plan: the story's time moves to it.
    ("en", "NEW DELHI, June 18, 2025 – Consumption rose 7.5% in the first quarter of 2025. "
           "Coal's share reached 76% in May. Prices were twice the average of the previous "
           "month.",
     "the previous month", "2025-04"),
    # A span of days without a year moves the story's time as a day does...
    ("ja", "ニューデリー、2025年6月18日――5月に76％に達した。停電は6月9日から14日にかけて"
           "発生した。発電所は10月15日までフル稼働する。価格は前月平均の2倍となった。",
     "前月", "2025-05"),
    ("en", "NEW DELHI, June 18, 2025 – Coal reached 76% in May. Cuts hit the state from "
           "June 9 to June 14. Prices were twice the average of the previous month.",
     "the previous month", "2025-05"),
    # ... but one with its year is a period recalled, and one of a month's days with a year
    # too: the story's time stays.
    ("en", "PARIS, December 12, 2025 – The 2019 strike lasted from December 5, 2019, to "
           "January 20, 2020. Talks resume on December 15.", "December 15", "2025-12-15"),
    ("en", "MERIDIA CITY, 14 October 2025 – The census was carried out between 1 and 30 "
           "April 2025. The office published preliminary figures the previous month.",
     "the previous month", "2025-09"),
    # A flashback ends where its paragraph says it is back in the story's time ("now",
    # 今回): the later months are the story's.
    ("en", "LAGOS, October 10, 2024 – Petrol rose 15%.\n\nIn January 2012, an attempt "
           "raised the price to 141 naira. Unions have now given the government two weeks. "
           "The central bank raised its rate in September.", "September", "2024-09"),
    ("ja", "【ラゴス＝2024年10月10日】ガソリンが15％上昇した。\n\n2012年1月には、"
           "価格が141ナイラに上がった。労働組合は今回、政府に2週間の猶予を与えた。"
           "中央銀行は9月に金利を引き上げた。", "9月", "2024-09"),
    ("en", "LAGOS, October 10, 2024 – Petrol rose 15%.\n\nIn January 2012, an attempt "
           "raised the price to 141 naira. The central bank raised its rate in September.",
     "September", "2011-09"),
    # A two-digit year takes its century from the story's date, not from a flashback.
    ("ja", "【パリ＝2025年12月12日】物価は上昇した。\n\n1949年には大規模なストが起きた。"
           "エコノミストらは26年1～3月期に鈍化すると見る。", "26年1～3月", "2026-01/2026-03"),
    # A period of "this year" is of this year, whatever its middle month.
    ("zh", "曼谷2025年5月28日电——现金补贴计划从今年第四季度开始实施。", "第四季度",
     "2025-10/2025-12"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "date"), CASES)
def test_a_datelines_date_dates_the_story(lang: str, text: str, surface: str,
                                          date: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.surface == surface]
    assert [c.date for c in claims] == [date]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    # no dash after the date: the story's first sentence, not a dateline
    ("en", "On October 30, 2025 the agency said fires burned 4 million hectares last year.",
     "last year"),
    # a date inside the sentence
    ("en", "Officials said on October 30, 2025 – a Thursday – that 4 million hectares "
           "burned last year.", "last year"),
    # lower-case words before it
    ("fr", "Les ventes du 3 mars 2025 – un record – ont baissé de 4 % l'an dernier.",
     "l'an dernier"),
    # a bracket that closes before the date
    ("ja", "【オタワ】カナダ政府は2025年10月30日、昨年を上回ったと発表した。", "昨年"),
])
def test_a_date_that_is_no_datelines_dates_nothing(lang: str, text: str,
                                                   surface: str) -> None:
    (claim,) = [c for c in extract_claims(text, lang) if c.surface == surface]
    assert claim.date is None


@pytest.mark.parametrize(("lang", "text", "surface", "date"), [
    # A two-digit year before months without one: the months are of that year.
    ("ja", "【東京＝2025年1月15日】航空会社は25年1～3月に増便する。", "25年1～3月",
     "2025-01/2025-03"),
    ("ja", "2024年の実績を受け、26年1～3月期の売上高を見込む。", "26年1～3月",
     "2026-01/2026-03"),
    # A number past a lifetime is no age ("celui de 2023": the one of 2023), and the month
    # of "the same year" after it is of 2023.
    ("fr", "Le bilan reste inférieur à celui de 2023, lorsque les incendies ont touché "
           "Yellowknife en août de la même année.", "2023", "2023"),
    ("fr", "Le bilan reste inférieur à celui de 2023, lorsque les incendies ont touché "
           "Yellowknife en août de la même année.", "août", "2023-08"),
])
def test_years_read_around_the_dateline(lang: str, text: str, surface: str,
                                        date: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.surface == surface]
    assert [c.date for c in claims] == [date]


def test_an_age_stays_an_age() -> None:
    assert not [c for c in extract_claims("Le prix revient à celui de 70 ans.", "fr")
                if c.kind == "date"]


def test_last_year_resolved_pairs_with_last_year_not_the_year_before() -> None:
    """"last year" and 昨年 resolved against the dateline are 2024: the same year as each
    other, not the 2023 that stands beside one of them."""
    story = make_story({
        "en": "TOKYO, July 14, 2025 – Lumeris reported sales of $6.8 billion last year, up "
              "18% from 2023.",
        "ja": "【東京＝2025年7月14日】ルメリスの昨年の売上高は68億ドル、前年比18％増だった。",
    })
    result = diff_story(story, load_aliases())
    (fact,) = [f for f in result.facts if any(c.surface == "昨年" for c in f.claims)]
    assert sorted(c.surface for c in fact.claims) == ["last year", "昨年"]
    assert fact.status == "agree"
