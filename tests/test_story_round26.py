"""Forms found by faithful five-language stories and the dev data (twenty-sixth round): the
numbers listed after a numbered thing are numbered things too ("Articles 3, 5 and 7",
第3、5和7条), in every language, while a plain count after a comma or a unit after the
coordinator ends the list; a reference word before a multiple names nothing ("at level 3
times the limit"); a figure's size in digits is no claim ("double-digit growth", 2桁); a
year after the time of writing opens a plan whose months stay in its paragraph
(2029年に…計画だ。); a fiscal year is its year (2025财年); the base of a comparison a
year before is no span (« celui d'un an plus tôt », 1年前を1.3ポイント下回った); a part of an
amount is in its unit only within its clause; ja ミリ and 度 are measures by their
context (深さ, 炉); a bare base of a change in percent counts what the changed amount counts,
when the two do differ by that percent; the level a change in percent reached is a
figure; an amount set against one before a bracketed conversion takes the unit of the
amount before the bracket, and one that names its own ambiguous currency keeps it; fr
points of a change said with its verb or comparison are percentage points; one day
before a number of hours is the day they are per (１日20時間); a day counted (８日目)
is no second day of a date; までの bounds an amount; ja counts a bare number's noun after
の (87のコミュニティー), but for a model's number or days listed (12、13の両日); zh counts
countries, counties and laps (22国, 15縣市, 25圈), not in names (七国集团, 20国集团, 两国);
id data in gigabita and terabita; a bare count set against a counted one counts its noun
(« 37 sièges, contre 54 »), a bare amount after an ambiguous currency takes its
candidates (« 114 roupies au lieu de 300 »), and « de 6,2 %, de 2 100 à 2 230 yuans » is
the change's two values."""

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
                 [eq("22 working days", "duration", "22", "day")],
                 id="en-one-more-than-a-year-earlier"),
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
    # The bare base of a change in percent counts the changed amount's noun, when the
    # two amounts differ by that percent.
    pytest.param("en", "A record 35,400 runners started, up 8.9% from 32,500 a year earlier.",
                 [eq("35,400", "count", "35400", "runners"),
                  eq("8.9%", "percent", "8.9", "percent"),
                  eq("32,500", "count", "32500", "runners")],
                 id="en-change-base"),
    pytest.param("en", "It delivered 41,000 homes in the first ten months of 2026, up 52% from "
                 "27,000 a year earlier.",
                 [eq("41,000", "count", "41000", "homes"),
                  date("first ten months of 2026", "2026-01/2026-10"),
                  eq("52%", "percent", "52", "percent"), eq("27,000", "count", "27000", "homes")],
                 id="en-change-base-past-a-date"),
    pytest.param("en", "It sold 41,000 homes, up 52% from 2,000 a year earlier.",
                 [eq("41,000", "count", "41000", "homes"),
                  eq("52%", "percent", "52", "percent")], id="en-change-base-off"),
    pytest.param("id", "Sebanyak 35.400 pelari start, naik 8,9 persen dari 32.500 setahun "
                 "sebelumnya.",
                 [eq("35.400", "count", "35400", "pelari"),
                  eq("8,9 persen", "percent", "8.9", "percent"),
                  eq("32.500", "count", "32500", "pelari")], id="id-change-base"),
    pytest.param("en", "The area planted rose to 735,000 hectares from 690,000.",
                 [eq("735,000 hectares", "quantity", "735000", "hectare"),
                  eq("690,000", "quantity", "690000", "hectare")], id="en-to-from"),
    pytest.param("en", "It raised $5 million from 300 donors.",
                 [eq("$5 million", "money", "5000000", "USD"),
                  eq("300", "count", "300", "donors")], id="en-from-donors"),
    # The level a change in percent reached.
    pytest.param("fr", "Le nombre de visiteurs chinois a chuté de 18,0 %, à 720 000, après "
                 "la baisse des vols.",
                 [eq("18,0 %", "percent", "18", "percent"), eq("720 000", "count", "720000", None)],
                 id="fr-level-after-change"),
    pytest.param("id", "Wisatawan dari China turun 18,0 persen menjadi 720.000 setelah itu.",
                 [eq("18,0 persen", "percent", "18", "percent"),
                  eq("720.000", "count", "720000", None)], id="id-level-after-change"),
    # The amount before a bracketed conversion of two amounts; an ambiguous currency named.
    pytest.param("id", "Penjualan naik menjadi 18,4 miliar kronor Swedia (1,62 miliar euro atau "
                 "sekitar Rp31 triliun), dari 17,66 miliar kronor pada periode yang sama.",
                 [eq("18,4 miliar kronor", "money", "18400000000", "SEK"),
                  eq("1,62 miliar euro", "money", "1620000000", "EUR"),
                  eq("sekitar Rp31 triliun", "money", "31000000000000", "IDR", "approx"),
                  eq("17,66 miliar kronor", "money", "17660000000", "SEK")],
                 id="id-before-two-amount-brackets"),
    pytest.param("fr", "L'imatinib coûtera 114 roupies indiennes au lieu de 300.",
                 [eq("114 roupies indiennes", "money", "114", "INR"),
                  eq("300", "money", "300", "INR")], id="fr-au-lieu-de"),
    # fr points of a change said with its verb or comparison.
    pytest.param("fr", "La marge brute a toutefois reculé de 0,8 point, à 14,6 %.",
                 [eq("0,8 point", "percent", "0.8", "percentage point"),
                  eq("14,6 %", "percent", "14.6", "percent")], id="fr-recule-de-points"),
    pytest.param("fr", "Le chiffre est inférieur de 0,2 point à la prévision de 1,9 %.",
                 [eq("0,2 point", "percent", "0.2", "percentage point"),
                  eq("1,9 %", "percent", "1.9", "percent")], id="fr-inferieur-de-points"),
    pytest.param("fr", "Le CAC 40 a perdu 52 points, soit 0,7 %.",
                 [eq("52", "count", "52", "points"), eq("0,7 %", "percent", "0.7", "percent")],
                 id="fr-index-points"),
    pytest.param("fr", "27,4 % étaient en grève, contre 11,8 % ensuite, soit un recul de 15,6 "
                 "points.",
                 [eq("27,4 %", "percent", "27.4", "percent"),
                  eq("11,8 %", "percent", "11.8", "percent"),
                  eq("15,6 points", "percent", "15.6", "percentage point")],
                 id="fr-points-below-the-larger"),
    pytest.param("fr", "Elle est trois fois supérieure à celle de 1,3 % enregistrée avant.",
                 [eq("trois fois", "multiplier", "3", "times"),
                  eq("1,3 %", "percent", "1.3", "percent")], id="fr-celle-de-percent"),
    # ja: the day hours are per; a day counted; までの.
    pytest.param("ja", "ポンプを１日20時間動かした。", [eq("20時間", "duration", "20", "hour")],
                 id="ja-hours-a-day"),
    pytest.param("ja", "救助まで2日3時間かかった。", [eq("2日3時間", "duration", "51", "hour")],
                 id="ja-days-and-hours"),
    pytest.param("ja", "ストライキは２０２６年１２月３日、８日目に入った。",
                 [date("２０２６年１２月３日", "2026-12-03")], id="ja-day-counted"),
    pytest.param("ja", "価格75万豪ドルまでの物件が対象。",
                 [Want("75万豪ドルまでの", "money", None, "750000", "lte", "AUD")],
                 id="ja-made-no"),
    # ja: a bare number, の and a noun count the noun; new counters.
    pytest.param("ja", "住民は87のコミュニティーで避難した。", [eq("87", "count", "87", None)],
                 id="ja-genitive-count"),
    pytest.param("ja", "14の村から避難した。", [eq("14", "count", "14", None)],
                 id="ja-genitive-count-first"),
    pytest.param("ja", "ボーイング737の事故。", [], id="ja-genitive-model"),
    pytest.param("ja", "G7の首脳が集まった。", [], id="ja-genitive-g7"),
    pytest.param("ja", "第3の矢。", [], id="ja-genitive-ordinal"),
    pytest.param("ja", "航空各社は12、13の両日に計612便を欠航した。",
                 [eq("612便", "count", "612", "flights")], id="ja-ryoujitsu"),
    pytest.param("ja", "1640銘柄のうち、1592銘柄が値下がりした。",
                 [eq("1640銘柄", "count", "1640", "stocks"),
                  eq("1592銘柄", "count", "1592", "stocks")], id="ja-meigara"),
    pytest.param("ja", "176支店のうち38支店を閉鎖する。",
                 [eq("176支店", "count", "176", "branches"),
                  eq("38支店", "count", "38", "branches")], id="ja-shiten"),
    pytest.param("ja", "観測史上最高となる47.8度（華氏118度）を記録した。",
                 [eq("47.8度", "quantity", "47.8", "degree_Celsius"),
                  eq("華氏118度", "quantity", "118", "degree_Fahrenheit")], id="ja-do-kashi"),
    # zh counters; names that hold one.
    pytest.param("zh", "这个由22国组成的产油国联盟。", [eq("22国", "count", "22", "countries")],
                 id="zh-guo"),
    pytest.param("zh", "全台22縣市中有15縣市停班停課。",
                 [eq("22縣市", "count", "22", "counties"), eq("15縣市", "count", "15", "counties")],
                 id="zh-xianshi"),
    pytest.param("zh", "每组轮胎只能使用25圈。", [eq("25圈", "count", "25", "laps")],
                 id="zh-quan"),
    pytest.param("zh", "七国集团（G7）领导人与二十国集团峰会。", [], id="zh-group-names"),
    pytest.param("zh", "20国集团峰会讨论两国关系。", [], id="zh-g20-digits"),
    # id bytes; the level after a change said in percent words.
    pytest.param("id", "Peretas mengaku telah mencuri 420 gigabita data.",
                 [eq("420 gigabita", "quantity", "420", "gigabyte")], id="id-gigabita"),
    pytest.param("id", "Kedatangan dari Taiwan naik 9,1 persen menjadi 590.000, sementara itu.",
                 [eq("9,1 persen", "percent", "9.1", "percent"),
                  eq("590.000", "count", "590000", None)], id="id-level-persen"),
    # A bare count set against a counted one; an ambiguous currency's candidates; a
    # change's from-to after its percent.
    pytest.param("fr", "Le LVP est tombé à 37 sièges, contre 54 en 2022.",
                 [eq("37", "count", "37", "sièges"), eq("54", "count", "54", "sièges"),
                  date("2022", "2022")], id="fr-count-contre"),
    pytest.param("en", "The LVP fell to 37 seats from 54 in 2022.",
                 [eq("37", "count", "37", "seats"), eq("54", "count", "54", "seats"),
                  date("2022", "2022")], id="en-count-from"),
    pytest.param("en", "Nearly 40 people from 12 villages came.",
                 [eq("Nearly 40", "count", "40", "people", "approx"),
                  eq("12", "count", "12", "villages")], id="en-count-from-noun"),
    pytest.param("fr", "En Inde, l'imatinib coûtera 114 roupies au lieu de 300.",
                 [eq("114 roupies", "money", "114", "INR"), eq("300", "money", "300", "INR")],
                 id="fr-ambiguous-currency-versus"),
    pytest.param("fr", "Le salaire minimum grimpera de 6,2 %, de 2 100 à 2 230 yuans par mois.",
                 [eq("6,2 %", "percent", "6.2", "percent"),
                  eq("2 100", "money", "2100", "CNY"), eq("2 230 yuans", "money", "2230", "CNY")],
                 id="fr-change-then-values"),
    pytest.param("en", "The index rose 6.2 percent to 1,200.",
                 [eq("6.2 percent", "percent", "6.2", "percent")], id="en-index-level-words"),
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
            "同社は新工場を建設すると発表した。2029年に量産を始める計画だ。3月に着工する。\n\n"
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


def test_an_indonesian_story_of_chile_reads_its_pesos() -> None:
    text = ("Serikat pekerja di Chile menuntut bonus sebesar 25 juta peso (sekitar Rp 440 juta) "
            "per pekerja.")
    units = {c.surface: c.unit for c in extract_claims(text, "id")}
    assert units["25 juta peso"] == "CLP"
