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
the dateline's full date, checked against a weekday in brackets; none without one.

Second part: voltage is a quantity (225キロボルト was 225 km); an early year after "in" or
"pada" with a place after it is a year ("built in 1652 at …"); a weekday before "pekan
lalu" names a day; "the same month last year" after a comparison is a base, no date;
"several times" says how often unless it compares; a streak told by its last member ("a
third straight year", « troisième année consécutive », "tahun ketiga berturut-turut",
连续第三年) is the span it ends, as 3年連続 is; ja XからYに広がった and fr « porté de X à Y »
are two values."""

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
    # Voltage is a measured quantity in every language (225キロボルト was 225 km).
    pytest.param("ja", "225キロボルトの送電線。",
                 [eq("225キロボルト", "quantity", "225", "kilovolt")], id="ja-kilovolt"),
    pytest.param("ja", "電力は22万5000ボルトの送電ケーブルで送られる。",
                 [eq("22万5000ボルト", "quantity", "225000", "volt")], id="ja-volt-compound"),
    pytest.param("en", "It runs through a 225-kilovolt export cable.",
                 [eq("225-kilovolt", "quantity", "225", "kilovolt")], id="en-kilovolt-hyphen"),
    pytest.param("en", "The grid runs at 400 kV.", [eq("400 kV", "quantity", "400", "kilovolt")],
                 id="en-kv-symbol"),
    pytest.param("fr", "Le câble d'export de 225 kilovolts.",
                 [eq("225 kilovolts", "quantity", "225", "kilovolt")], id="fr-kilovolts"),
    pytest.param("zh", "一条225千伏的送出海缆。", [eq("225千伏", "quantity", "225", "kilovolt")],
                 id="zh-qianfu"),
    # An early year after "in"/"pada" with a place after it, not a count.
    pytest.param("en", "The warehouses were built in 1652 at Jalan Pasar Ikan.",
                 [date("1652", "1652")], id="en-early-year-then-place"),
    pytest.param("id", "Gudang itu dibangun pada 1652 di Jakarta.", [date("1652", "1652")],
                 id="id-pada-early-year"),
    pytest.param("id", "Vaksin diberikan pada 1500 pasien.",
                 [eq("1500", "count", "1500", "pasien")], id="id-pada-count-unchanged"),
    # A weekday before "last week" names a day, no week.
    pytest.param("id", "Ia berbicara dalam konferensi pers, Kamis pekan lalu.", [],
                 id="id-weekday-pekan-lalu"),
    # The same month of a year earlier after a comparison: the base of a change, no date.
    pytest.param("en", "Prices rose 40% compared with the same month last year.",
                 [eq("40%", "percent", "40", "percent")], id="en-same-month-last-year"),
    pytest.param("fr", "Les prix ont augmenté de 40 % par rapport au même mois de l'an "
                 "dernier.", [eq("40 %", "percent", "40", "percent")],
                 id="fr-meme-mois-an-dernier"),
    pytest.param("id", "Harga naik 40 persen dibandingkan bulan yang sama tahun lalu.",
                 [eq("40 persen", "percent", "40", "percent")], id="id-bulan-yang-sama"),
    # "several times" is how often unless it compares.
    pytest.param("en", "Gold prices hit records several times.", [],
                 id="en-several-times-how-often"),
    pytest.param("id", "Harga emas beberapa kali mencetak rekor.", [],
                 id="id-beberapa-kali-how-often"),
    pytest.param("fr", "Le prix a battu des records plusieurs fois.", [],
                 id="fr-plusieurs-fois-how-often"),
    pytest.param("id", "Harganya beberapa kali lebih tinggi.",
                 [Want("beberapa kali", "multiplier", "2", "9", "several", "times")],
                 id="id-beberapa-kali-compared-unchanged"),
    # A group's median age or age band stays a claim (as « les patients avaient de 50 à 64
    # ans » does).
    pytest.param("fr", "Les patients avaient un âge médian de 66 ans contre 51 ans.",
                 [eq("66 ans", "duration", "66", "year"), eq("51 ans", "duration", "51", "year")],
                 id="fr-group-median-age-versus"),
    pytest.param("fr", "Il touchait surtout la tranche des 30-65 ans.",
                 [rng("30-65 ans", "duration", "30", "65", "year")], id="fr-tranche-des"),
    pytest.param("fr", "Les pays pouvaient accuser un retard de 25 à 30 ans.",
                 [rng("de 25 à 30 ans", "duration", "25", "30", "year")],
                 id="fr-range-a-not-age"),
    pytest.param("fr", "Le projet a duré 6 ans contre 4 ans prévus.",
                 [eq("6 ans", "duration", "6", "year"), eq("4 ans", "duration", "4", "year")],
                 id="fr-span-versus-span-unchanged"),
    # A streak told by its last member is the span it ends, as 3年連続 and 连续三年 are.
    pytest.param("en", "Prices rose for a 16th consecutive month.",
                 [eq("16th consecutive month", "duration", "16", "month")],
                 id="en-streak-digits-ordinal"),
    pytest.param("en", "It was the third straight year of decline.",
                 [eq("third straight year", "duration", "3", "year")], id="en-streak-straight"),
    pytest.param("en", "Sales fell for a fifth year in a row.",
                 [eq("fifth year in a row", "duration", "5", "year")], id="en-streak-in-a-row"),
    pytest.param("fr", "C'est la troisième année consécutive de baisse.",
                 [eq("troisième année consécutive", "duration", "3", "year")],
                 id="fr-streak-consecutive"),
    pytest.param("fr", "Les prix ont augmenté pour le seizième mois d'affilée.",
                 [eq("seizième mois d'affilée", "duration", "16", "month")],
                 id="fr-streak-d-affilee"),
    pytest.param("id", "Harga naik pada bulan ke-16 berturut-turut.",
                 [eq("bulan ke-16 berturut-turut", "duration", "16", "month")],
                 id="id-streak-ke-digits"),
    pytest.param("id", "Ini tahun ketiga berturut-turut penjualan turun.",
                 [eq("tahun ketiga berturut-turut", "duration", "3", "year")],
                 id="id-streak-ke-word"),
    pytest.param("zh", "销售额连续第三年下降。", [eq("连续第三年", "duration", "3", "year")],
                 id="zh-streak-han"),
    pytest.param("zh", "房價連續第16個月上漲。", [eq("連續第16個月", "duration", "16", "month")],
                 id="zh-streak-digits"),
    pytest.param("ja", "売上高は3年連続の減収となった。", [eq("3年", "duration", "3", "year")],
                 id="ja-streak-unchanged"),
    pytest.param("en", "It was the second time in a row.", [], id="en-streak-not-a-time-unit"),
    # From one size to another: two values.
    pytest.param("ja", "改修で展示面積は6500平方メートルから1万1000平方メートルに広がった。",
                 [eq("6500平方メートル", "quantity", "6500", "square_meter"),
                  eq("1万1000平方メートル", "quantity", "11000", "square_meter")],
                 id="ja-kara-ni-hirogatta"),
    pytest.param("fr", "Les travaux ont porté la surface d'exposition de 6 500 à 11 000 mètres "
                 "carrés.", [eq("6 500", "quantity", "6500", "square_meter"),
                             eq("11 000 mètres carrés", "quantity", "11000", "square_meter")],
                 id="fr-porte-de-a"),
    pytest.param("fr", "Les prix devraient augmenter de 3 à 4 %.",
                 [rng("de 3 à 4 %", "percent", "3", "4", "percent")],
                 id="fr-augmenter-de-a-range-unchanged"),
    # fr « ne … plus que »: only, no "more than".
    pytest.param("fr", "Il ne reste plus que 154 coureurs en course.",
                 [eq("154", "count", "154", "coureurs")], id="fr-ne-plus-que"),
    pytest.param("fr", "Il n'y a plus que 154 coureurs.",
                 [eq("154", "count", "154", "coureurs")], id="fr-n-y-a-plus-que"),
    pytest.param("fr", "Il y a plus que 154 coureurs.",
                 [Want("plus que 154", "count", "154", None, "gt", "coureurs")],
                 id="fr-plus-que-unchanged"),
    pytest.param("zh", "他在医院住了几天。",
                 [Want("几天", "duration", "2", "9", "several", "day")], id="zh-jitian-span"),
    # ja 一時 ("at one point") before minutes is no clock time; 8時30分 is.
    pytest.param("ja", "差は一時8分以上に広がった。",
                 [Want("8分以上", "duration", "8", None, "gte", "minute")], id="ja-ichiji-minutes"),
    pytest.param("ja", "午前十一時30分に発表した。", [], id="ja-clock-juuichiji"),
    # Counters: tents, panels, stages; banks.
    pytest.param("zh", "屋頂的640片太陽能板。", [eq("640片", "count", "640", "items")],
                 id="zh-pian-counter"),
    pytest.param("zh", "比赛还剩6站。", [eq("6站", "count", "6", "stops")], id="zh-zhan-counter"),
    pytest.param("ja", "大手3行が発表した。", [eq("3行", "count", "3", "banks")],
                 id="ja-gyou-banks"),
    pytest.param("ja", "25行政区で実施した。", [eq("25", "count", "25", "行政区")],
                 id="ja-gyousei-not-banks"),
    # "over the next decade": during it, no bound ("over 10 years" stays one).
    pytest.param("en", "Spending will rise over the next decade.",
                 [eq("the next decade", "duration", "10", "year")], id="en-over-the-next-decade"),
    pytest.param("en", "Prices rose over 10 years.",
                 [Want("over 10 years", "duration", "10", None, "gt", "year")],
                 id="en-over-number-unchanged"),
    # The same sale a year earlier: a comparison's base, no span.
    pytest.param("en", "The sale raised HK$1.92bn, up 35% from the same sale a year earlier.",
                 [eq("HK$1.92bn", "money", "1920000000", "HKD"),
                  eq("35%", "percent", "35", "percent")], id="en-from-the-same-a-year-earlier"),
    pytest.param("fr", "La vente a progressé de 35 % par rapport à la même vente un an plus tôt.",
                 [eq("35 %", "percent", "35", "percent")], id="fr-meme-vente-un-an-plus-tot"),
    pytest.param("id", "Penjualan naik 35% dibandingkan lelang yang sama setahun sebelumnya.",
                 [eq("35%", "percent", "35", "percent")], id="id-yang-sama-setahun"),
    pytest.param("en", "He moved from Paris a year later.",
                 [eq("a year", "duration", "1", "year")], id="en-from-place-span-unchanged"),
    # fr « à N ans »: an age, unless a span is set or « de » follows.
    pytest.param("fr", "Il est mort à 88 ans.", [], id="fr-mort-a-88-ans"),
    pytest.param("fr", "Lin s'était installé à Paris à 27 ans.", [], id="fr-installe-a-27-ans"),
    pytest.param("fr", "Il a été condamné à 5 ans.", [eq("5 ans", "duration", "5", "year")],
                 id="fr-condamne-a-5-ans"),
    pytest.param("fr", "Il est à 2 ans de la retraite.",
                 [eq("2 ans", "duration", "2", "year")], id="fr-a-2-ans-de"),
    # Two groups of four digits: a phone line, no year (not a years' range).
    pytest.param("en", "Exporters can register through a ministry hotline, 1900 6868.", [],
                 id="en-hotline-four-four"),
    pytest.param("ja", "輸出業者は農業省の専用電話（1900-6868）で登録できる。", [],
                 id="ja-hotline-four-hyphen-four"),
    pytest.param("en", "Output rose in 2019-2020.",
                 [Want("2019-2020", "date", None, None, "range", None, "2019/2020")],
                 id="en-year-range-unchanged"),
    # zh 节 before what it counts is a counter, whatever speed the sentence names.
    pytest.param("zh", "30列8节车厢列车运营，时速80公里。",
                 [eq("30列", "count", "30", "trains"), eq("8节", "count", "8", '车厢'),
                  eq("时速80公里", "quantity", "80", "kilometer / hour")],
                 id="zh-jie-carriages-not-knots"),
    # A level stated by its verb, its noun before it, is a count.
    pytest.param("en", "The death toll reached 312.", [eq("312", "count", "312", None)],
                 id="en-reached-level"),
    pytest.param("fr", "Le bilan s'élève à 312.", [eq("312", "count", "312", None)],
                 id="fr-s-eleve-a-level"),
    pytest.param("id", "Jumlah kematian mencapai 312.", [eq("312", "count", "312", None)],
                 id="id-mencapai-level"),
    pytest.param("en", "The index reached 1,200.", [], id="en-index-level-unchanged"),
    # fr an hour next to a weekday is a time of day.
    pytest.param("fr", "Le bilan a été arrêté mardi 8 heures.", [], id="fr-mardi-8-heures"),
    pytest.param("fr", "La grève a duré 8 heures mardi.",
                 [eq("8 heures", "duration", "8", "hour")], id="fr-duree-8-heures-mardi"),
    # A comparison verb bounds the figure that exceeds, not a limit's or record's figure.
    pytest.param("zh", "今年财政赤字预计占GDP的3.1%，超过法律规定的3%上限。",
                 [date("今年", None, relative="今年"), eq("3.1%", "percent", "3.1", "percent"),
                  eq("3%", "percent", "3", "percent")], id="zh-limit-figure-exact"),
    pytest.param("ja", "赤字はGDP比3.1%で、法定上限の3%を上回る。",
                 [eq("3.1%", "percent", "3.1", "percent"), eq("3%", "percent", "3", "percent")],
                 id="ja-limit-figure-exact"),
    pytest.param("ja", "旅客数は3360万人で、2019年に記録した3120万人を上回った。",
                 [eq("3360万人", "count", "33600000", "people"), date("2019年", "2019"),
                  eq("3120万人", "count", "31200000", "people")], id="ja-record-figure-exact"),
    pytest.param("zh", "增速超过5%。", [Want("超过5%", "percent", "5", None, "gt", "percent")],
                 id="zh-chaoguo-bound-unchanged"),
    # zh 附近 (nearby) is no 近 (nearly).
    pytest.param("zh", "机场计划在跑道附近6公顷土地上兴建电厂。",
                 [eq("6公顷", "quantity", "6", "hectare")], id="zh-fujin-not-approx"),
    # Light-years are a length in every language (« années-lumière » was 48 years).
    pytest.param("fr", "une planète rocheuse située à 48 années-lumière de la Terre.",
                 [eq("48 années-lumière", "quantity", "48", "light_year")],
                 id="fr-annees-lumiere"),
    pytest.param("en", "a rocky planet 48 light-years from Earth.",
                 [eq("48 light-years", "quantity", "48", "light_year")], id="en-light-years"),
    pytest.param("id", "planet itu berjarak 48 tahun cahaya dari Bumi.",
                 [eq("48 tahun cahaya", "quantity", "48", "light_year")], id="id-tahun-cahaya"),
    pytest.param("zh", "距地球48光年。", [eq("48光年", "quantity", "48", "light_year")],
                 id="zh-guangnian"),
    # ja 割り当てる (allocate) is no 割る (fall below).
    pytest.param("ja", "NASAは120時間を割り当てた。", [eq("120時間", "duration", "120", "hour")],
                 id="ja-wariate"),
    pytest.param("ja", "株価は1万円を割り込んだ。",
                 [Want("1万円を割り込んだ", "money", None, "10000", "lt", "JPY")],
                 id="ja-warikomu-unchanged"),
    # zh 失蹤 counts the missing; id "pada beberapa hari" is on some days, no span.
    pytest.param("zh", "渡輪翻覆 14死27失蹤",
                 [eq("14死", "count", "14", "dead"), eq("27失蹤", "count", "27", "missing")],
                 id="zh-shizong"),
    pytest.param("id", "Hujan turun pada beberapa hari di akhir Juli.",
                 [date("Juli", None, relative="month without year")], id="id-pada-beberapa-hari"),
    # zh 不得低于 (must not fall below): at least; ja 1日8時間 is per day, no day of the month.
    pytest.param("zh", "漲幅不得低於6.5%。",
                 [Want("不得低於6.5%", "percent", "6.5", None, "gte", "percent")],
                 id="zh-bude-diyu"),
    pytest.param("ja", "【東京＝2025年11月21日】1日8時間働く。",
                 [date("2025年11月21日", "2025-11-21"), eq("8時間", "duration", "8", "hour")],
                 id="ja-ichinichi-per-day"),
    # zh 内 alone after a span is its time frame as often as a bound (一年内 "in one year's
    # time"): exact; 以内 and 之内 bound it.
    pytest.param("zh", "各方同意在六周内于伦敦再次会晤。", [eq("六周", "duration", "6", "week")],
                 id="zh-nei-frame"),
    pytest.param("zh", "各方同意在6周以内再次会晤。",
                 [Want("6周以内", "duration", None, "6", "lte", "week")], id="zh-yinei-bound"),
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
                  eq("31.2万辆", "count", "312000", '汽车')], id="zh-dateline-alone"),
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
    pytest.param("zh", "新华社北京2025年10月14日电——\n\n火山于当地时间13日22时35分喷发。",
                 [date("2025年10月14日", "2025-10-14"),
                  date("13日", "2025-10-13", relative="day of the month", anchor="2025-10")],
                 id="zh-day-then-clock-time"),
    pytest.param("ja", "【シドニー6日】保険協議会は5日、4万8600件と発表した。",
                 [eq("4万8600件", "count", "48600", "items")], id="ja-day-without-full-dateline"),
    # After a dateline with no year, a month of a year named in passing sets no story time.
    pytest.param("en", "SYDNEY, March 6\n\nThe tally is higher than after the February 2024 "
                 "floods.\n\nRain fell in 72 hours from Feb. 21.",
                 [date("March 6", None, relative="month without year"),
                  date("February 2024", "2024-02"),
                  eq("72 hours", "duration", "72", "hour"),
                  date("Feb. 21", None, relative="month without year")],
                 id="en-yearless-dateline-month-in-passing"),
    # An earlier month of the story's year in passing moves no story time.
    pytest.param("en", "SAN FRANCISCO, Feb. 5, 2026 — Revenue for the quarter to Dec. 31 rose "
                 "9%. It cut 2,000 jobs in March 2025. The cuts are to be completed by the end "
                 "of June.",
                 [date("Feb. 5, 2026", "2026-02-05"),
                  date("Dec. 31", "2025-12-31", relative="month without year",
                       anchor="2026-02"),
                  eq("9%", "percent", "9", "percent"), eq("2,000", "count", "2000", "jobs"),
                  date("March 2025", "2025-03"),
                  date("June", "2026-06", relative="month without year", anchor="2025-12")],
                 id="en-earlier-month-in-passing"),
    # ja days before a verb of announcing; a CNA dateline alone on its line.
    pytest.param("ja", "【ボルティモア＝2025年11月6日】\n\n天文学者らが6日発表した。"
                 "打ち上げは2日延期された。",
                 [date("2025年11月6日", "2025-11-06"),
                  date("6日", "2025-11-06", relative="day of the month", anchor="2025-11")],
                 id="ja-day-happyou"),
    pytest.param("zh", "（中央社馬卡薩2025年8月18日綜合外電報導）\n\n政府今年編列1.2兆印尼盾。",
                 [date("2025年8月18日", "2025-08-18"),
                  date("今年", "2025", relative="今年", anchor="2025-08"),
                  eq("1.2兆印尼盾", "money", "1200000000000", "IDR")], id="zh-cna-dateline-alone"),
    # The day a dateline's bracket names is the filing day, no event's.
    pytest.param("zh", "2025年11月19日\n\n（中央社東京19日綜合外電報導）日本宇宙航空"
                 "研究開發機構表示，H3火箭18日從日本南部發射。",
                 [date("2025年11月19日", "2025-11-19"),
                  date("18日", "2025-11-18", relative="day of the month", anchor="2025-11")],
                 id="zh-dateline-bracket-day-skipped"),
    # zh reads a day before any word but a few (21日内, 5日游, 为期21日); 21日内 is 21 days
    # ([cjk_count_forms] day_duration_before, as 21天内).
    pytest.param("zh", "北京2026年7月19日电——\n\n比赛21日恢复。为期21日的展览。他在21日内完成。",
                 [date("2026年7月19日", "2026-07-19"),
                  date("21日", "2026-07-21", relative="day of the month", anchor="2026-07"),
                  eq("21日", "duration", "21", "day")],
                 id="zh-day-before-any-verb"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES + STORIES)
def test_forms(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)
