"""Measured quantities end to end: conversion, comparison across units, alignment, diff."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile import diff_story, extract_claims, load_aliases, load_stories
from reconcile.align import affinity, build_nodes, entity_weights
from reconcile.cli import cli
from reconcile.compare import relation
from reconcile.extraction.quantities import convert, dimension, same_dimension, to_base
from reconcile.model import Claim
from reconcile.report.values import format_value

# ---------------------------------------------------------------------------------------
# conversion


@pytest.mark.parametrize(("value", "unit", "base", "base_unit"), [
    ("491", "mile", "790187.904", "meter"),
    ("1000", "pound", "453.59237", "kilogram"),
    ("28000", "kilometer / hour", "7777.777777777777777777777778", "meter / second"),
    ("30", "degree_Celsius", "303.15", "kelvin"),
    ("86", "degree_Fahrenheit", "303.15", "kelvin"),
    ("2", "square_kilometer", "2000000", "meter ** 2"),
    ("6.8", "magnitude", "6.8", "magnitude"),
])
def test_to_base(value: str, unit: str, base: str, base_unit: str) -> None:
    got, got_unit = to_base(Decimal(value), unit)
    assert isinstance(got, Decimal)
    assert got_unit == base_unit
    assert abs(got - Decimal(base)) < Decimal("1e-9")


def test_temperatures_convert_as_offsets() -> None:
    assert convert(Decimal(100), "degree_Celsius", "degree_Fahrenheit") == Decimal(212)
    assert abs(convert(Decimal(86), "degree_Fahrenheit", "degree_Celsius") - 30) < Decimal(
        "1e-9")


def test_dimensions() -> None:
    assert dimension("mile / hour") == dimension("kilometer / hour") == "meter / second"
    assert same_dimension("mile", "kilometer")
    assert not same_dimension("kilogram", "kilometer")
    assert not same_dimension("magnitude", "meter")
    assert not same_dimension(None, "meter")


# ---------------------------------------------------------------------------------------
# comparison


def _one(text: str, lang: str) -> Claim:
    (claim,) = extract_claims(text, lang)
    return claim


@pytest.mark.parametrize(("a", "b", "want"), [
    # A translator's conversion, rounded to the digits the translation states.
    (("The satellites collided 491 miles above the Earth.", "en"),
     ("Les satellites se sont heurtés à 790 km au-dessus de la Terre.", "fr"), "agree"),
    (("The satellites each weighed 1,000 pounds.", "en"),
     ("Les satellites pesaient chacun 450 kg au décollage.", "fr"), "agree"),
    (("The satellites were moving at 17,500 mph at impact.", "en"),
     ("Les satellites se déplaçaient à 28 000 km/h au moment du choc.", "fr"), "agree"),
    (("Temperatures reached 86°F in the city.", "en"),
     ("La température a atteint 30 °C dans la ville.", "fr"), "agree"),
    (("Limits are commonly 35-40 mph on that road.", "en"),
     ("常见的限速是 56-64 公里/小时。", "zh"), "agree"),
    # Another number: a conflict, in any unit.
    (("The satellites collided 491 miles above the Earth.", "en"),
     ("Les satellites se sont heurtés à 590 km au-dessus de la Terre.", "fr"), "conflict"),
    (("Temperatures reached 95°F in the city.", "en"),
     ("La température a atteint 30 °C dans la ville.", "fr"), "conflict"),
    (("A 6.2-magnitude earthquake struck the island.", "en"),
     ("该岛发生6.5级地震。", "zh"), "conflict"),
    (("A 6.2-magnitude earthquake struck the island.", "en"),
     ("Un séisme de magnitude 6,2 a frappé l'île.", "fr"), "agree"),
])
def test_relation_across_units(a: tuple[str, str], b: tuple[str, str], want: str) -> None:
    ca, cb = _one(*a), _one(*b)
    assert relation(ca, cb) == want
    assert relation(cb, ca) == want


def test_other_dimensions_and_kinds_never_compare() -> None:
    km = _one("The road is 12 km long.", "en")
    kg = _one("The rover carries a 12 kg payload.", "en")
    dead = _one("The blast left 12 dead.", "en")
    assert relation(km, kg) is None
    assert relation(km, dead) is None
    assert relation(dead, km) is None


def test_lengths_in_two_units_may_be_one_fact_but_not_a_count() -> None:
    en = extract_claims("In Siberia, 12 dead were found 12 km from the crash site.", "en")
    fr = extract_claims("En Sibérie, 12 morts ont été retrouvés à 7,5 miles du site.", "fr")
    nodes = [*build_nodes("en", en, 60, {}, {}), *build_nodes("fr", fr, 60, {}, {})]
    weights = entity_weights(nodes)
    by_surface = {n.claim.surface: n for n in nodes}
    count, km = by_surface["12"], by_surface["12 km"]
    miles = by_surface["7,5 miles"]
    assert affinity(count, miles, weights) is None
    assert affinity(km, miles, weights) is not None
    mass = build_nodes("fr", extract_claims("Le rover transporte 12 kg de matériel.", "fr"),
                       40, {}, {})[0]
    assert affinity(km, mass, weights) is None


def test_format_value_of_quantities_and_points() -> None:
    assert format_value(_one("The road is 1,200 km long.", "en")) == "1,200 kilometer"
    points = _one("Support rose 2 percentage points.", "en")
    assert format_value(points) == "2 pp"


# ---------------------------------------------------------------------------------------
# reconcile diff


EN = ("On 10 February 2009, the Iridium and Kosmos satellites collided {dist} above "
      "Siberia, NASA said. The collision created 2,000 pieces of debris.\n")
FR = ("Le 10 février 2009, les satellites Iridium et Kosmos sont entrés en collision à "
      "{dist} au-dessus de la Sibérie, selon la NASA. La collision a créé 2 000 débris.\n")


def _story(tmp_path: Path, en_dist: str, fr_dist: str) -> Path:
    (tmp_path / "en.txt").write_text(EN.format(dist=en_dist), encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR.format(dist=fr_dist), encoding="utf-8")
    return tmp_path


def _quantity_facts(folder: Path) -> list[tuple[str, list[str]]]:
    (story,) = load_stories([folder])
    result = diff_story(story, load_aliases())
    return [(f.status, [c.surface for c in f.claims]) for f in result.facts
            if f.kind == "quantity"]


def test_diff_agrees_on_a_converted_distance(tmp_path: Path) -> None:
    facts = _quantity_facts(_story(tmp_path, "491 miles", "790 km"))
    assert facts == [("agree", ["491 miles", "790 km"])]


def test_diff_flags_a_wrong_converted_distance(tmp_path: Path) -> None:
    facts = _quantity_facts(_story(tmp_path, "491 miles", "590 km"))
    assert facts == [("conflict", ["491 miles", "590 km"])]


def test_diff_cli_json_carries_quantity_units(tmp_path: Path) -> None:
    folder = _story(tmp_path, "491 miles", "590 km")
    result = CliRunner().invoke(cli, ["diff", "--format", "json", str(folder)],
                                catch_exceptions=False)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    (fact,) = [f for f in data["facts"] if f["kind"] == "quantity"]
    assert fact["status"] == "conflict"
    assert {m["unit"] for m in fact["mentions"]} == {"mile", "kilometer"}


def test_percentage_points_are_no_percent() -> None:
    points = _one("Support rose 3 percentage points.", "en")
    percent = _one("Le soutien a progressé de 3 %.", "fr")
    # 一年 (a year) is a duration claim of its own; the percent is the other one.
    (same,) = [c for c in extract_claims("支持率在一年内上升了3个百分点。", "zh")
               if c.kind == "percent"]
    assert (points.kind, points.unit) == ("percent", "percentage point")
    # The same number in percent: soft, as a change of a rate in percent is often meant in
    # points; another number conflicts.
    assert relation(points, percent) == "soft"
    assert relation(points, _one("Le soutien a progressé de 4 %.", "fr")) == "conflict"
    assert relation(points, same) == "agree"


@pytest.mark.parametrize(("a", "b", "want"), [
    ("1,000 km", "700 miles", "conflict"),   # 1,126 km: a round number is not that loose
    ("1,000 km", "620 miles", "agree"),      # 1,000 km = 621.4 miles
    ("450 kg", "1,000 pounds", "agree"),
    ("30 °C", "86°F", "agree"),
    ("30 °C", "80°F", "conflict"),            # 26.7 °C
])
def test_rounding_keeps_two_significant_digits(a: str, b: str, want: str) -> None:
    ca = _one(f"The rover weighed {a} at the start.", "en") if "kg" in a else _one(
        f"The reading was {a} at the start.", "en")
    cb = _one(f"The rover weighed {b} at the start.", "en") if "pound" in b else _one(
        f"The reading was {b} at the start.", "en")
    assert relation(ca, cb) == want


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("The plant will use a 2-nanometre process.", "en", "2-nanometre"),
    ("grâce à un procédé de 2 nanomètres.", "fr", "2 nanomètres"),
    ("dengan proses 2 nanometer.", "id", "2 nanometer"),
    ("2ナノメートルの製造プロセス", "ja", "2ナノメートル"),
    ("采用2纳米工艺", "zh", "2纳米"),
])
def test_nanometres_are_lengths(text: str, lang: str, surface: str) -> None:
    # CLDR's length-nanometer: a bare count of 2 (en, fr, id) or nothing (ja, zh) before.
    length = _one(text, lang)
    assert (length.surface, length.kind, length.low, length.unit) == (
        surface, "quantity", Decimal(2), "nanometer")
