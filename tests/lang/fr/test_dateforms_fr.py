"""French date forms: numeric dates (CLDR order dd/MM/y), month words, periods and years
bounded by an up-to word."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "fr"

NUMERIC = [
    pytest.param("Il est né le 14/07/1983 à Paris.", [date("14/07/1983", "1983-07-14")],
                 id="day-first"),
    pytest.param("Il est né le 03/04/2020 à Paris.", [date("03/04/2020", "2020-04-03")],
                 id="day-first-ambiguous-reads-locale"),
    pytest.param("La boutique a ouvert le 2012-06-21.", [date("2012-06-21", "2012-06-21")],
                 id="iso"),
    # 14 cannot be a month: month first is the only reading.
    pytest.param("Le texte du 07/14/1983 est perdu.", [date("07/14/1983", "1983-07-14")],
                 id="month-first-when-day-first-impossible"),
    # Dots and dashes are not French date separators in CLDR ('dd/MM/y'), but French writes
    # them day first as well.
    pytest.param("Il est né le 14.07.1983 à Paris.", [date("14.07.1983", "1983-07-14")],
                 id="dotted-day-first"),
    pytest.param("Il est né le 4.3.2021 à Paris.", [date("4.3.2021", "2021-03-04")],
                 id="dotted-day-first-ambiguous"),
    pytest.param("Je reviendrai le 21-04-2016.", [date("21-04-2016", "2016-04-21")],
                 id="dashed-day-first"),
    pytest.param("Il est né le 14/07/83 à Paris.", [], id="two-digit-year"),
    pytest.param("Ouvert 24/7, en version 2.1.10.", [], id="ratio-version"),
]

MONTH_WORDS = [
    # A hyphen joins day and month in the names of days ("le 11-Septembre"): a date, not
    # a count of 11.
    pytest.param("Les attentats du 11-Septembre ont marqué le monde.",
                 [date("11-Septembre", None, relative="month without year")], id="hyphen-day-name"),
    pytest.param("Le 14-Juillet 2023, il pleuvait.", [date("14-Juillet 2023", "2023-07-14")],
                 id="hyphen-day-year"),
    pytest.param("Le 12 septembre 1987, il part.", [date("12 septembre 1987", "1987-09-12")],
                 id="day-month-year"),
    pytest.param("Le 12 sept. 1987, il part.", [date("12 sept. 1987", "1987-09-12")],
                 id="abbreviated"),
    pytest.param("Il part le 1er mai 2003.", [date("1er mai 2003", "2003-05-01")],
                 id="premier"),
    pytest.param("Il part en mai 2003.", [date("mai 2003", "2003-05")], id="month-year"),
    pytest.param("Il part en mai de l'année 2003.", [date("mai de l'année 2003", "2003-05")],
                 id="month-de-l-annee"),
    pytest.param("Il part le 15 aout 2003.", [date("15 aout 2003", "2003-08-15")],
                 id="without-accent"),
    pytest.param("Le salon se tient du 1-3 juin 2020.",
                 [date("1-3 juin 2020", "2020-06-01/2020-06-03", "range")], id="day-range"),
]

PERIODS = [
    pytest.param("Les ventes ralentissent fin 2003.", [date("fin 2003", "2003", "approx")],
                 id="fin"),
    pytest.param("Les ventes ralentissent début 2003.", [date("début 2003", "2003", "approx")],
                 id="debut"),
    pytest.param("Les ventes ralentissent à la mi-2003.",
                 [date("à la mi-2003", "2003", "approx")], id="mi"),
    pytest.param("Les ventes ralentissent fin mai 2003.",
                 [date("fin mai 2003", "2003-05", "approx")], id="fin-month"),
]

BOUNDS = [
    pytest.param("La saison 2016-17 fut longue.", [date("2016-17", "2016/2017", "range")],
                 id="short-year-range"),
    pytest.param("Le plan court jusqu'à 2030.", [date("jusqu'à 2030", "2030", "lte")],
                 id="jusqu-a"),
    pytest.param("La centrale fermera d'ici 2030.", [date("2030", "2030")], id="d-ici"),
    pytest.param("Il a servi de 2012 à 2014.", [date("2012 à 2014", "2012/2014", "range")],
                 id="range"),
]


@pytest.mark.parametrize("text,wanted", [*NUMERIC, *MONTH_WORDS, *PERIODS, *BOUNDS])
def test_dateforms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
