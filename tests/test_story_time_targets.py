"""The year of a plan or forecast ("by 2030", d'ici 2030, 2030年までに: [scope] target
words), and a later year inside a sentence once the story's time is known to the month or
after another date of that sentence, do not move the story's time: a month named later
keeps the story's year in every version. A later year that is the first date of its
sentence after a story time known only as a year still moves it ("in 1964 … for 2020")."""

from __future__ import annotations

import pytest

from reconcile.api import extract_claims

# (language, text, surface of the month, its date)
CASES = [
    # A deadline word before (after) the year, anywhere in the sentence.
    ("en", "The firm said on 14 May 2025 that capacity will double by 2030. "
           "Construction begins in September.", "September", "2025-09"),
    ("en", "Sales rose 8% in 2024. By 2030, the firm wants 2 million cars on the road. "
           "Construction begins in September.", "September", "2024-09"),
    ("fr", "Le groupe a annoncé le 14 mai 2025 doubler sa capacité d'ici 2030. "
           "Les travaux commenceront en septembre.", "septembre", "2025-09"),
    ("fr", "Les ventes ont progressé de 8 % en 2024. D’ici à 2030, le groupe vise "
           "2 millions de voitures. Les travaux commenceront en septembre.", "septembre",
     "2024-09"),
    ("id", "Penjualan naik 8% pada 2024. Perusahaan merekrut 2.500 pilot hingga 2030. "
           "Pembangunan dimulai pada September.", "September", "2024-09"),
    ("ja", "2024年の販売は8％増えた。2030年までに200万台を目指す。9月に着工する。", "9月",
     "2024-09"),
    ("zh", "2024年销量增长8%。到2030年目标为200万辆。9月开工。", "9月", "2024-09"),
    # A later year with no deadline word, the story's time known to the month.
    ("id", "Perusahaan mengumumkan pada 14 Mei 2025 bahwa kapasitas naik menjadi 40 GWh "
           "pada 2030. Pembangunan dimulai pada September.", "September", "2025-09"),
    ("ja", "同社は2025年5月14日、生産能力を2030年に40ギガワット時へ引き上げると発表した。"
           "9月に着工する。", "9月", "2025-09"),
    # A later year after another date of its sentence (a path of targets: the story's
    # time stays at the first).
    ("en", "The deficit must fall from 5.8% in 2024 to 4.5% in 2025 and to 3% in 2027. "
           "The bank has cut rates since January.", "January", "2024-01"),
    ("id", "Defisit harus turun dari 5,8% pada 2024 menjadi 4,5% pada 2025 dan 3% pada "
           "2027. Bank sentral memangkas suku bunga sejak Januari.", "Januari", "2024-01"),
    # The first date of its sentence after a story time known only as a year: it moves.
    ("en", "Tokyo hosted the games in 1964. Many booked hotels for 2020 before the "
           "postponement. As of late March, most policies do not cover it.", "March",
     "2020-03"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "date"), CASES)
def test_a_plan_year_keeps_the_story_time(lang: str, text: str, surface: str,
                                          date: str) -> None:
    (claim,) = [c for c in extract_claims(text, lang) if c.surface == surface]
    assert claim.date == date


def test_a_full_date_after_by_is_a_day_of_the_story() -> None:
    """"by 20 January 2020" tells of a day that passed: it sets the story's time."""
    text = ("Some 6,174 people had developed symptoms by 20 January 2020. "
            "On 26 March, cases passed 80,000.")
    (claim,) = [c for c in extract_claims(text, "en") if c.surface == "26 March"]
    assert claim.date == "2020-03-26"
