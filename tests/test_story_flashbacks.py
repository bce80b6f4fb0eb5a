"""The story's time against flashbacks. An earlier year (or a month of it) stated inside a
sentence once the story's time is known passes ("beating the record set in July 2017");
one that opens its sentence ("In 2021, a breach …") dates the months without a year of
the rest of its paragraph only: after it they are read in the story's time again, while
"that year" still counts from the last date stated. A month that opens a period up to now
("since January", 1月以降) is the last one at or before the story's month, both ends of a
period of months without a year are in one year, and a month after a year said relatively
in its clause ("next year's race … on September 27"), or after it ("the third quarter of
next year"), is of that year. A date relative to the text ("the following month") counts
from the last date of its sentence; a later month or period stated inside a sentence is a
plan that does not move the story's time; a month said as the last or the next one ("last
May", `décembre prochain`) is the last before the story's month or the first after it."""

from __future__ import annotations

import pytest

from reconcile.api import extract_claims

# (language, text, surface, its date)
CASES = [
    ("en", "Spain recorded 47.2°C on August 11, 2024, beating the record set in July 2017. "
           "Fires since June burned 12,500 hectares.", "June", "2024-06"),
    ("en", "The line opened on 14 September 2024. Opening was planned for December 2022. "
           "Free tickets run from 16 to 22 September.", "16 to 22 September",
     "2024-09-16/2024-09-22"),
    ("en", "The attackers entered the network on March 3, 2024, and customers were told on "
           "May 29.\n\nIn 2021, a breach affected 1.2 million accounts. In May, it was "
           "fined.\n\nPhishing has tripled since May.\n\nA hearing is set for June 3 to 5.",
     "June 3 to 5", "2024-06-03/2024-06-05"),
    ("fr", "Les pirates sont entrés le 3 mars 2024 et les clients ont été informés le "
           "29 mai.\n\nEn 2021, une fuite a touché 1,2 million de comptes.\n\nUne audition "
           "est prévue du 3 au 5 juin.", "3 au 5 juin", "2024-06-03/2024-06-05"),
    ("ja", "攻撃は2024年3月3日に始まり、5月29日に公表された。\n\n2021年には120万件が"
           "流出した。\n\n公聴会は6月3～5日に開かれる。", "6月3～5日",
     "2024-06-03/2024-06-05"),
    ("zh", "攻击始于2024年3月3日，5月29日才通知客户。\n\n2021年曾有120万个账户外泄。\n\n"
           "听证会定于6月3日至5日举行。", "6月3日至5日", "2024-06-03/2024-06-05"),
    # The flashback's own paragraph reads its months in its year.
    ("en", "The attackers entered the network on March 3, 2024.\n\nIn 2021, a breach "
           "affected 1.2 million accounts. In May, the regulator fined the firm.", "May",
     "2021-05"),
    # "That year" counts from the last date stated, over several paragraphs.
    ("fr", "Altman a écrit à Musk en septembre 2016.\n\nEn 2015, OpenAI était un "
           "laboratoire.\n\nMusk a promis un milliard cette année-là.", "cette année-là",
     "2015"),
    # A month opening a period up to now.
    ("en", "On 11 August 2024 it was hot. Rainfall since January was low.", "January",
     "2024-01"),
    ("ja", "2024年8月11日に発表。1月以降の降水量は38ミリ。", "1月", "2024-01"),
    ("fr", "Le 11 août 2024, il faisait chaud. Depuis janvier, il a peu plu.", "janvier",
     "2024-01"),
    # Both ends of a period of months in one year.
    ("en", "On 10 April 2025 it said profit fell in the October-December quarter.",
     "October-December", "2024-10/2024-12"),
    ("id", "Pada 10 April 2025 laba turun pada periode Oktober-Desember.",
     "Oktober-Desember", "2024-10/2024-12"),
    # A month of a year said relatively in its clause is of that year (unresolved while
    # the year is); past a coordinating word, of the story's year.
    ("en", "The race was held on 27 September 2025. Next year's race will be held on "
           "September 27.", "September 27", None),
    ("ja", "大会は2025年9月28日に開かれた。来年の大会は9月27日に開催される。", "9月27日", None),
    ("zh", "比赛于2025年9月28日举行。明年的比赛将于9月27日举行。", "9月27日", None),
    ("en", "The race was held on 27 September 2025. Kiprop finished third last year and "
           "won in April.", "April", "2025-04"),
    ("ja", "大会は2025年9月28日に開かれた。昨年のベルリンでは3位に入り、4月には優勝した。",
     "4月", "2025-04"),
    ("en", "The plant opened on 3 May 2024.\n\nThe following year, in March, it doubled "
           "output.", "March", "2025-03"),
    # A relative year after a month or quarter without a year (side by side or past a word
    # of `relative_year_links`) is its year: unresolved while the relative year is.
    ("en", "On 15 March 2024 it said the plant would open in the third quarter of next "
           "year.", "third quarter", None),
    ("fr", "Le 15 mars 2024, elle a dit que l'usine ouvrirait au troisième trimestre de "
           "l'année prochaine.", "troisième trimestre", None),
    ("id", "Pada 15 Maret 2024 perusahaan mengatakan pabrik dibuka pada kuartal ketiga tahun "
           "depan.", "kuartal ketiga", None),
    ("en", "On 15 March 2024 it said it would hire 300 people in March next year.", "March",
     None),
    ("en", "The plant opened on 3 May 2024. It grew in the third quarter of the following "
           "year.", "third quarter", "2025-07/2025-09"),
    ("fr", "L'usine a ouvert le 3 mai 2024. Elle a grandi en mars de l'année suivante.",
     "mars", "2025-03"),
    # A date relative to the text counts from the last date of its sentence, whether or not
    # the story's time moved to it (here a passing month-year, then a plan).
    ("en", "NEW YORK, June 6, 2025 – The judge ruled.\n\nOn November 8, 2023, the exchange "
           "froze withdrawals. Marsh was arrested in February 2024 and extradited the "
           "following month.", "the following month", "2024-03"),
    ("ja", "【ニューヨーク2025年6月6日】判決が出た。\n\n2023年11月8日に出金を停止した。"
           "被告は2024年2月に逮捕され、翌月に移送された。", "翌月", "2024-03"),
    ("en", "SENDAI, February 20, 2025 – Trial production is planned for July to September "
           "2027, with mass production in the fourth quarter of that year.", "fourth quarter",
     "2027-10/2027-12"),
    ("ja", "【仙台2025年2月20日】2027年7～9月に試験生産を行い、同年10～12月期に量産を始める。",
     "10～12月", "2027-10/2027-12"),
    # A full date opening its sentence, earlier than the story's time, is a flashback too:
    # the next paragraph is read in the story's time again.
    ("ja", "【ニューヨーク2025年6月6日】判決が出た。\n\n2023年11月8日に出金を停止した。\n\n"
           "元幹部二人には、9月に判決が言い渡される。", "9月", "2025-09"),
    # A later month or period stated inside its sentence is a plan: the story's time stays.
    ("en", "SEVILLE, July 8, 2026 – \"We have water guaranteed until the end of October,\" "
           "she said.\n\nQuotas were cut to 30% of normal in March.", "March", "2026-03"),
    ("en", "KOUROU, March 14, 2025 – It flew. A second batch is scheduled for the third "
           "quarter of 2025.\n\nHigh winds grounded the rocket on February 27.",
     "February 27", "2025-02-27"),
    # The month after a relative year's clause, past ", but …", is the story's.
    ("en", "KOUROU, March 14, 2025 – The mission was first planned for November last year, "
           "but a faulty valve pushed it back to January.", "January", "2025-01"),
    # (the dateline dates "Last year": its September is 2024's)
    ("en", "KATHMANDU, July 29, 2025 – Eleven died. Last year, floods in late September "
           "killed 200.", "September", "2024-09"),
    # A CJK year written with its last two digits, alone in its sentence, takes its
    # century from the story's time.
    ("ja", "【2025年2月12日】運河は混乱した。湖の水位は24年８月に回復し、運河庁は翌月、"
           "通航枠を拡大した。", "翌月", "2024-09"),
    ("ja", "【2025年2月12日】運河は混乱した。湖の水位は24年８月に回復した。", "24年８月",
     "2024-08"),
    # A year alone that is the year of a story's time known to the month keeps the month.
    ("en", "BANGKOK, May 28, 2025 – It borrows less than the record 2025 budget. The debate "
           "starts June 18.", "June 18", "2025-06-18"),
    # A quarter of "this year", unresolved, is of the story's year.
    ("en", "BANGKOK, May 28, 2025 – Handouts start in the fourth quarter of this year.",
     "fourth quarter", "2025-10/2025-12"),
    # A month said as the last or the next one is the last before the story's month or the
    # first after it, not the nearest.
    ("en", "KOUROU, March 14, 2025 – Launches resumed last May.", "May", "2024-05"),
    ("en", "KOUROU, March 14, 2025 – The next launch is planned for next December.",
     "December", "2025-12"),
    ("fr", "KOUROU, 14 mars 2025 – Les lancements ont repris en mai dernier.", "mai", "2024-05"),
    ("fr", "KOUROU, 14 mars 2025 – Le prochain lancement aura lieu le 3 décembre prochain.",
     "3 décembre", "2025-12-03"),
    ("id", "KOUROU, 14 Maret 2025 – Peluncuran dilanjutkan pada Mei lalu.", "Mei", "2024-05"),
    ("id", "KOUROU, 14 Maret 2025 – Peluncuran berikutnya dijadwalkan pada Desember mendatang.",
     "Desember", "2025-12"),
    # Not its year: the relative year is the base of a comparison.
    ("en", "On 10 April 2025 it said profit rose 5% in the first quarter from last year.",
     "first quarter", "2025-01/2025-03"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "date"), CASES)
def test_the_story_time_comes_back_after_a_flashback(lang: str, text: str, surface: str,
                                                     date: str | None) -> None:
    (claim,) = [c for c in extract_claims(text, lang) if c.surface == surface]
    assert claim.date == date
