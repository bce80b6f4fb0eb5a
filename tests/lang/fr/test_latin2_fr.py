"""French wave-2 forms: durations of one, descending ranges with one scale word, ages,
vague amounts, negated comparatives. Each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

ONE_DURATION = [
    pytest.param("Sur une période d'un an, le virus a circulé.",
                 [eq("un an", "duration", "1", "year")], id="un-an"),
    pytest.param("Le corps se trouvait là depuis un jour environ.",
                 [eq("un jour environ", "duration", "1", "day", "approx")], id="un-jour-environ"),
    pytest.param("Il est resté une semaine à Rome.", [eq("une semaine", "duration", "1", "week")],
                 id="une-semaine"),
    pytest.param("Un jour, il a quitté la ville.", [], id="un-jour-idiom"),
    pytest.param("Ils se voient une fois par an.", [], id="une-fois-par-an"),
    pytest.param("Il circulera pendant une année ou deux.", [], id="une-annee-ou-deux"),
    pytest.param("Un jour plus tard, il est parti.", [eq("Un jour", "duration", "1", "day")],
                 id="un-jour-plus-tard"),
    pytest.param("Il faudrait un an et demi.",
                 [eq("un an et demi", "duration", "1.5", "year")], id="un-an-et-demi"),
]


@pytest.mark.parametrize(("text", "wanted"), ONE_DURATION)
def test_one_duration(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


DOWNWARD_RANGE = [
    pytest.param("Ces fossiles datent d'il y a 4,2 à 3,9\u00a0millions d’années.",
                 [Want("4,2 à 3,9\u00a0millions d’années", "duration", "3900000", "4200000",
                       "range", "year")], id="a-downwards"),
    pytest.param("Le troupeau est passé de 4,2 à 3,9 millions de bêtes.",
                 [eq("3,9 millions", "count", "3900000", "bêtes")], id="change-not-range"),
    pytest.param("Ils marchaient debout il y a deux millions d'années.",
                 [eq("deux millions d'années", "duration", "2000000", "year")],
                 id="scale-linker-years"),
    pytest.param("Il y a sept millions d’années, déjà.",
                 [eq("sept millions d’années", "duration", "7000000", "year")],
                 id="scale-elided-linker-years"),
]


@pytest.mark.parametrize(("text", "wanted"), DOWNWARD_RANGE)
def test_downward_range(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NONCLAIMS_AND_QUALIFIERS = [
    pytest.param("Le Dr Malar, 29 ans, a été retrouvé.", [], id="age-apposition"),
    pytest.param("Le cas touchait une personne de 55 ans de la province.", [],
                 id="age-person-de"),
    pytest.param("Ceux de 19 ans et moins représentaient 2,4 % des cas.",
                 [eq("2,4 %", "percent", "2.4", "percent")], id="age-ceux-de"),
    pytest.param("Les décès concernaient les plus de 60 ans.", [], id="age-les-plus-de"),
    pytest.param("Environ la moitié des plus de 55 ans soutiennent l'idée.",
                 [eq("Environ la moitié", "percent", "50", "percent", "approx")],
                 id="age-des-plus-de"),
    pytest.param("Le vaccin est réservé aux plus de 65 ans.", [], id="age-aux-plus-de"),
    pytest.param("Aucun des plus de 300 passagers n'a survécu.",
                 [Want("plus de 300", "count", "300", None, "gt", "passagers")],
                 id="person-word-then-a-counted-noun"),
    pytest.param("Il y a plus de 55 ans, la ville a été fondée.",
                 [Want("plus de 55 ans", "duration", "55", None, "gt", "year")],
                 id="span-not-age"),
    pytest.param("Il a travaillé 29 ans, puis il est parti.",
                 [eq("29 ans", "duration", "29", "year")], id="duration-not-age"),
    pytest.param("Une période de 29 ans a suivi.", [eq("29 ans", "duration", "29", "year")],
                 id="periode-de-not-age"),
    pytest.param("Il a présenté son rapport à 12 h GMT.", [], id="clock-gmt"),
    pytest.param("Il est arrivé à 12 h.", [], id="clock-h"),
    pytest.param("La réunion a duré 3 heures.", [eq("3 heures", "duration", "3", "hour")],
                 id="heures-duration"),
    pytest.param("Pas moins de 20 % de l'eau s'y jette.",
                 [Want("Pas moins de 20 %", "percent", "20", None, "gte", "percent")],
                 id="pas-moins-de"),
    pytest.param("Pas plus de 5 personnes sont venues.",
                 [Want("Pas plus de 5", "count", None, "5", "lte", "personnes")],
                 id="pas-plus-de"),
]


@pytest.mark.parametrize(("text", "wanted"), NONCLAIMS_AND_QUALIFIERS)
def test_nonclaims_and_qualifiers(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


VAGUE = [
    pytest.param("Les essais portent sur des centaines de milliers de patients.",
                 [Want("des centaines de milliers de", "count", "200000", "999000", "several",
                       "patients")], id="vague-times-scale"),
    pytest.param("Des essais ont lieu dans plusieurs pays.",
                 [Want("plusieurs", "count", "2", "9", "several", "pays")], id="plusieurs-noun"),
    pytest.param("Plusieurs d'entre eux sont partis.", [], id="plusieurs-d-entre"),
    pytest.param("C'est utile à plusieurs égards.", [], id="plusieurs-generic-noun"),
    pytest.param("Ils avaient un ou plusieurs problèmes.", [], id="un-ou-plusieurs"),
    pytest.param("La capacité est de plusieurs centaines d’échantillons.",
                 [Want('plusieurs centaines', 'count', '200', '900', 'several', 'échantillons')],
                 id="plusieurs-centaines"),
]


@pytest.mark.parametrize(("text", "wanted"), VAGUE)
def test_vague(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


BETWEEN = [
    pytest.param("Les nouveaux billets de 5 et 100 dollars circulent.",
                 [eq("5", "money", "5", "USD"), eq("100 dollars", "money", "100", "USD")],
                 id="de-et-no-range"),
    pytest.param("Le délai se situe entre 6 et 41 jours.",
                 [Want("entre 6 et 41 jours", "duration", "6", "41", "range", "day")],
                 id="entre-et-range"),
]


@pytest.mark.parametrize(("text", "wanted"), BETWEEN)
def test_between(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


SHARED_UNIT = [
    pytest.param("Les nouveaux billets de 5 et 100 dollars circulent.",
                 [eq("5", "money", "5", "USD"), eq("100 dollars", "money", "100", "USD")],
                 id="et-dollars"),
    pytest.param("Le coût est d'environ 1,8 milliard et 870 millions de dollars.",
                 [eq("environ 1,8 milliard", "money", "1800000000", "USD", "approx"),
                  eq("870 millions de dollars", "money", "870000000", "USD")],
                 id="scaled-et-scaled-dollars"),
]


@pytest.mark.parametrize(("text", "wanted"), SHARED_UNIT)
def test_shared_unit(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
