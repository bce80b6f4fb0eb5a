"""French forms found by faithful five-language stories (sixteenth round): watt-hours in
one word (gigawattheures), mAh, mégapixels; the infinitive and future of doubler and
tripler are multipliers; an age set off by a dash after a name, and a child's age
("une fillette de sept ans"), are no durations."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "fr"

CASES = [
    pytest.param("Une capacité de 20 gigawattheures.",
                 [q("20 gigawattheures", "20", "gigawatt_hour")], id="gigawattheures"),
    pytest.param("Une batterie de 5 000 mAh.", [q("5 000 mAh", "5000", "milliampere_hour")],
                 id="mah"),
    pytest.param("La caméra principale compte 200 mégapixels.",
                 [q("200 mégapixels", "200", "megapixel")], id="megapixels"),
    pytest.param("La capacité devrait doubler pour atteindre 40 GWh.",
                 [Want("doubler", "multiplier", "2", "2", "eq", "times"),
                  q("40 GWh", "40", "gigawatt_hour")], id="doubler"),
    pytest.param("Les ventes vont tripler.",
                 [Want("tripler", "multiplier", "3", "3", "eq", "times")], id="tripler"),
    pytest.param("Ana Ribeiro, 38 ans, et Tomasz Wójcik, 34 ans — passeront dix jours.",
                 [eq("dix jours", "duration", "10", "day")], id="age-before-dash"),
    pytest.param("Une fillette de sept ans a été secourue.", [], id="girl-age"),
    pytest.param("Un contrat de 4 ans a été signé.", [eq("4 ans", "duration", "4", "year")],
                 id="contract-years-stay"),
    pytest.param("Les pluies de 2025. Entre le 15 et le 17 mars, les rivières ont monté.",
                 [date("2025", "2025"),
                  date("15 et le 17 mars", "2025-03-15/2025-03-17", "range",
                       relative="month without year", anchor="2025")],
                 id="days-of-a-month-no-year"),
    pytest.param("Le projet vaut 52 000 milliards de roupies en Indonésie.",
                 [eq("52 000 milliards de roupies", "money", "52000000000000", "IDR")],
                 id="rupees-of-the-country-named"),
    pytest.param("Le projet vaut 52 000 milliards de roupies.", [], id="rupees-unknown"),
    pytest.param("En Inde et en Indonésie, 5 000 roupies.", [], id="rupees-two-countries"),
    pytest.param("Le yen est tombé à 1 dollar pour 148,5 yens.",
                 [eq("148,5 yens", "money", "148.5", "JPY")], id="exchange-rate-base"),
    pytest.param("Un sac de 5 kilos coûte cher.", [q("5 kilos", "5", "kilogram")],
                 id="kilos"),
    pytest.param("L'humidité relative est tombée jusqu'à 12 %.",
                 [eq("tombée jusqu'à 12 %", "percent", "12", "percent")], id="fell-as-low-as"),
    pytest.param("Les amendes peuvent aller jusqu'à 12 %.",
                 [Want("jusqu'à 12 %", "percent", None, "12", "lte", "percent")], id="up-to"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round16(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
