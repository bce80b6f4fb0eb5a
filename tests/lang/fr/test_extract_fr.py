"""French claim extraction: one short sentence per case, every claim it states, exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractcases import Want, cases, check_claims, date, eq
from reconcile import extract_claims

LANG = "fr"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NBSP, NNBSP = "\u00a0", "\u202f"

MONEY = [
    pytest.param("La société a levé 5 millions de dollars en mars.",
                 [eq("5 millions de dollars", "money", "5000000", "USD"),
                  date("mars", None, relative="month without year")], id="currency-word"),
    pytest.param("Le salaire proposé était de 175 000 $ par an.",
                 [eq("175 000 $", "money", "175000", "USD")], id="symbol-after-space-group"),
    pytest.param("Le salaire proposé était de 175 000 dollars américains.",
                 [eq("175 000 dollars américains", "money", "175000", "USD")],
                 id="dollars-americains"),
    pytest.param("Le contrat vaut 12 millions d'euros.",
                 [eq("12 millions d'euros", "money", "12000000", "EUR")], id="millions-d-euros"),
    pytest.param("Il a payé 300 000 € pour la maison.",
                 [eq("300 000 €", "money", "300000", "EUR")], id="euro-sign"),
    pytest.param("Le groupe a investi 1,5 milliard de dollars.",
                 [eq("1,5 milliard de dollars", "money", "1500000000", "USD")],
                 id="milliard-decimal-comma"),
    pytest.param("Le groupe a investi un milliard de dollars.",
                 [eq("un milliard de dollars", "money", "1000000000", "USD")],
                 id="article-milliard"),
    pytest.param("La dette atteint 2 billions d'euros.",
                 [eq("2 billions d'euros", "money", "2000000000000", "EUR")],
                 id="billion-is-10-12"),
    pytest.param("Il a gagné 16,4 milliards de dollars.",
                 [eq("16,4 milliards de dollars", "money", "16400000000", "USD")],
                 id="decimal-milliards"),
    pytest.param("Le prix a atteint 1.234,56 €.",
                 [eq("1.234,56 €", "money", "1234.56", "EUR")], id="dot-group-comma-decimal"),
    pytest.param("Il a promis 1 000 000 dollars.",
                 [eq("1 000 000 dollars", "money", "1000000", "USD")], id="space-groups"),
    pytest.param("Il a reçu US$300 000 en 2019.",
                 [eq("US$300 000", "money", "300000", "USD"), date("2019", "2019")],
                 id="US$"),
    pytest.param("Le contrat vaut 12 M€.", [eq("12 M€", "money", "12000000", "EUR")],
                 id="M-euro"),
]

LOCALE_FORMATS = [
    pytest.param(f"Le salaire était de 175{NBSP}000 dollars.",
                 [eq(f"175{NBSP}000 dollars", "money", "175000", "USD")], id="nbsp-group"),
    pytest.param(f"Le salaire était de 175{NNBSP}000 dollars.",
                 [eq(f"175{NNBSP}000 dollars", "money", "175000", "USD")],
                 id="narrow-nbsp-group"),
    pytest.param("Le salaire était de 175.000 dollars.",
                 [eq("175.000 dollars", "money", "175000", "USD")], id="dot-group"),
    pytest.param("Le chiffre a atteint 1,9 million de dollars.",
                 [eq("1,9 million de dollars", "money", "1900000", "USD")], id="comma-decimal"),
    pytest.param("Le taux est de 0,25 % pour les salariés.",
                 [eq("0,25 %", "percent", "0.25", "percent")], id="comma-decimal-percent"),
    pytest.param("Le taux a baissé de 1,9 pour cent.",
                 [eq("1,9 pour cent", "percent", "1.9", "percent")], id="pour-cent"),
    # In a space-grouping locale, '2016 10' is two numbers: the year and a count.
    pytest.param("En 2016 10 personnes sont parties.",
                 [date("2016", "2016"), eq("10", "count", "10", "personnes")],
                 id="space-does-not-join-year-and-count"),
]

COUNTS = [
    pytest.param("Trois ingénieurs ont quitté l'équipe.",
                 [eq("Trois", "count", "3", "ingénieurs")], id="number-word"),
    pytest.param("Il a embauché le top 50 des meilleurs chercheurs.",
                 [eq("50", "count", "50", "chercheurs")], id="top-50-researchers"),
    pytest.param("L'équipe compte 12 ingénieurs.",
                 [eq("12", "count", "12", "ingénieurs")], id="digits"),
]

RANGES = [
    pytest.param("Il a investi 50 à 100 millions de dollars.",
                 [Want("50 à 100 millions de dollars", "money", "50000000", "100000000",
                       "range", "USD")], id="a-scale-once"),
    pytest.param("Il a investi entre 50 et 100 millions de dollars.",
                 [Want("entre 50 et 100 millions de dollars", "money", "50000000", "100000000",
                       "range", "USD")], id="entre-et"),
    pytest.param("Il a visé de 200 millions de dollars à 1 milliard de dollars américains.",
                 [Want("de 200 millions de dollars à 1 milliard de dollars américains", "money",
                       "200000000", "1000000000", "range", "USD")], id="de-a-both-scaled"),
    pytest.param("Le prix est de 10 € à 20 €.",
                 [Want("de 10 € à 20 €", "money", "10", "20", "range", "EUR")],
                 id="unit-twice"),
    pytest.param("Il a versé 10 000 à 20 000 euros.",
                 [Want("10 000 à 20 000 euros", "money", "10000", "20000", "range", "EUR")],
                 id="space-groups-range"),
    pytest.param("Il a travaillé de 2016 à 2020.",
                 [date("2016 à 2020", "2016/2020", "range")], id="year-range"),
]

QUALIFIERS = [
    pytest.param("Plus de 200 personnes étaient présentes.",
                 [Want("Plus de 200", "count", "200", None, "gt", "personnes")], id="plus-de"),
    pytest.param("Près de 60 % des électeurs ont voté.",
                 [eq("Près de 60 %", "percent", "60", "percent", "approx")], id="pres-de"),
    pytest.param("Environ 3 000 salariés sont en grève.",
                 [eq("Environ 3 000", "count", "3000", "salariés", "approx")], id="environ"),
    pytest.param("Au moins 40 chercheurs ont signé la lettre.",
                 [Want("Au moins 40", "count", "40", None, "gte", "chercheurs")], id="au-moins"),
    pytest.param("Moins de 50 employés restent.",
                 [Want("Moins de 50", "count", None, "50", "lt", "employés")], id="moins-de"),
    pytest.param("Il a reçu bien plus de 50 millions de dollars.",
                 [Want("plus de 50 millions de dollars", "money", "50000000", None, "gt",
                       "USD")], id="bien-plus-de"),
    pytest.param("Plusieurs millions de dollars ont été perdus.",
                 [Want("Plusieurs millions de dollars", "money", "2000000", "9000000",
                       "several", "USD")], id="plusieurs"),
    pytest.param("Des dizaines de millions de dollars ont été dépensés.",
                 [Want("Des dizaines de millions de dollars", "money", "20000000", "99000000",
                       "several", "USD")], id="des-dizaines-de"),
]

DATES = [
    pytest.param("La réunion a eu lieu en septembre 2016.",
                 [date("septembre 2016", "2016-09")], id="month-year"),
    pytest.param("La Bastille est tombée le 14 juillet 1789.",
                 [date("14 juillet 1789", "1789-07-14")], id="day-month-year"),
    pytest.param("Il est parti le 1er janvier 2020.",
                 [date("1er janvier 2020", "2020-01-01")], id="premier"),
    pytest.param("Il est parti en août 2017. Le mois suivant, il a fondé une société.",
                 [date("août 2017", "2017-08"),
                  date("Le mois suivant", "2017-09", relative="le mois suivant",
                       anchor="2017-08")], id="le-mois-suivant"),
    pytest.param("En 2015, il a recruté. Cette année-là, il a levé un milliard de dollars.",
                 [date("2015", "2015"),
                  date("Cette année-là", "2015", relative="cette année-là", anchor="2015"),
                  eq("un milliard de dollars", "money", "1000000000", "USD")],
                 id="cette-annee-la"),
    pytest.param("Il est resté l'année dernière.",
                 [date("l'année dernière", None, relative="l'année dernière")],
                 id="annee-derniere-unresolved"),
]

DURATIONS = [
    pytest.param("Les travaux ont duré 10 jours.",
                 [eq("10 jours", "duration", "10", "day")], id="jours"),
    pytest.param("Il a attendu trois semaines.",
                 [eq("trois semaines", "duration", "3", "week")], id="trois-semaines"),
    pytest.param("Le projet a pris 18 mois.",
                 [eq("18 mois", "duration", "18", "month")], id="mois"),
    pytest.param("Il est resté deux ans.",
                 [eq("deux ans", "duration", "2", "year")], id="deux-ans"),
    pytest.param("Il a passé près d'une décennie chez Google.",
                 [eq("près d'une décennie", "duration", "10", "year", "approx")],
                 id="une-decennie"),
]

MULTIPLIERS = [
    pytest.param("Le chiffre d'affaires a doublé.",
                 [eq("doublé", "multiplier", "2", "times")], id="double"),
    pytest.param("Le salaire a triplé.", [eq("triplé", "multiplier", "3", "times")],
                 id="triple"),
    pytest.param("Les ventes ont été multipliées par 3 fois.",
                 [eq("3 fois", "multiplier", "3", "times")], id="fois"),
    pytest.param("Les prix ont augmenté plusieurs fois.",
                 [Want("plusieurs fois", "multiplier", "2", "9", "several", "times")],
                 id="plusieurs-fois"),
]

NON_CLAIMS = [
    pytest.param("Les deux parties ont signé l'accord.", [], id="les-deux-parties"),
    pytest.param("Il est arrivé troisième de la course.", [], id="troisieme"),
    pytest.param("Le modèle GPT-3 est sorti.", [], id="GPT-3"),
    pytest.param("Le modèle K80, le jeu Dota2, ChatGPT4 et la 5G.", [], id="identifiers"),
    pytest.param("Voir https://example.com/news-23-66198.html pour plus.", [], id="url"),
    pytest.param("La réunion commence à 10:30.", [], id="clock-time"),
]

@pytest.mark.parametrize(("text", "wanted"), cases(globals()))
def test_extract(text: str, wanted: list[Want]) -> None:
    check(text, wanted)


def test_values_are_exact_decimals() -> None:
    (claim,) = extract_claims("Il a gagné 16,4 milliards de dollars.", LANG)
    assert isinstance(claim.low, Decimal)
    assert str(claim.low) == "16400000000"
    assert str(claim.high) == "16400000000"


def test_language_is_detected_when_not_given() -> None:
    claims = extract_claims("La société a levé 5 millions de dollars auprès de ses "
                            "investisseurs en septembre 2019.")
    assert [(c.kind, c.lang) for c in claims] == [("money", "fr"), ("date", "fr")]


def test_a_part_of_a_whole_counts_the_whole_s_noun() -> None:
    claims = extract_claims("Le parti au pouvoir a remporté 162 des 300 sièges.", "fr")
    assert [(c.kind, c.surface, c.low) for c in claims] == [
        ("count", "162", Decimal(162)), ("count", "300", Decimal(300))]
