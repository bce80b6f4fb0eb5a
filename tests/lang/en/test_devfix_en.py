"""English forms seen wrong in the dev data (#14): a leading decimal point, a spaced range
dash, "N+", a currency's hundredth unnamed, rates per a round denominator, hyphen compounds
and metric-prefixed nouns."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The rate ranged from 13.04% in Algeria to .08% in New Zealand.",
                 [eq("13.04%", "percent", "13.04", "percent"),
                  eq(".08%", "percent", "0.08", "percent")], id="leading-point-percent"),
    pytest.param("Prices rose by .5 million dollars.",
                 [eq(".5 million dollars", "money", "500000", "USD")], id="leading-point-scale"),
    pytest.param("Sore throat was reported in (13 -25%) of patients.",
                 [Want("13 -25%", "percent", "13", "25", "range", "percent")],
                 id="spaced-dash-is-range"),
    pytest.param("It fell to -5 °C overnight.",
                 [eq("-5 °C", "quantity", "-5", "degree_Celsius")], id="minus-after-word"),
    pytest.param("The impact was a $300+ billion loss.",
                 [Want("$300+ billion", "money", "300000000000", None, "gt", "USD")],
                 id="plus-before-scale"),
    pytest.param("We counted 300+ people.",
                 [Want("300+", "count", "300", None, "gt", "people")], id="plus-count"),
    pytest.param("He arrived with 4 cents to his name.", [], id="cents-unnamed-no-claim"),
    pytest.param("In China, some 300 million workers were stranded.",
                 [eq("some 300 million", "count", "300000000", "workers", "approx")],
                 id="some-before-number-is-about"),
    pytest.param("Stamps cost 50 euro cents each.",
                 [eq("50 euro cents", "money", "0.5", "EUR")], id="euro-cents-named"),
    pytest.param("The incidence was 0.31 per 100,000 people.", [], id="rate-per-100000"),
    pytest.param("Deaths reached 5 per million residents.", [], id="rate-per-million"),
    pytest.param("There were 12 deaths per 1,000 births.", [], id="rate-noun-between"),
    pytest.param("It gave $5 million for every 1,000 schools.",
                 [eq("$5 million", "money", "5000000", "USD")], id="sum-before-rate-stays"),
    # A measure after the denominator is a quantity, no rate's denominator.
    pytest.param("It cost $5 per 100 grams.",
                 [eq("$5", "money", "5", "USD"), eq("100 grams", "quantity", "100", "gram")],
                 id="price-per-round-quantity"),
    pytest.param("They built a makeshift 2000-sq-meter emergency lab.", [],
                 id="hyphen-compound-no-year"),
    pytest.param("They built a 2000-square-meter lab.",
                 [eq("2000-square-meter", "quantity", "2000", "square_meter")],
                 id="hyphen-compound-unit"),
    pytest.param("She ran a 10-km race.", [eq("10-km", "quantity", "10", "kilometer")],
                 id="hyphen-km"),
    pytest.param("Genomes of 26 to 32 kilobases are large.", [], id="kilobases-no-count"),
]

DEVGOLD = [
    pytest.param("The initial estimates were 1.4 to 2.4.", [], id="fraction-range-of-nothing"),
    pytest.param("Since then, no country had tested more than 3% of its population.",
                 [Want("more than 3%", "percent", None, "3", "lte", "percent")],
                 id="negated-more-than-is-at-most"),
    pytest.param("It should not last more than 20 days.",
                 [Want("more than 20 days", "duration", None, "20", "lte", "day")],
                 id="not-more-than-gap"),
    pytest.param("It is not clear whether more than 300 people died.",
                 [Want("more than 300", "count", "300", None, "gt", "people")],
                 id="negation-scope-ends-at-whether"),
    pytest.param("He did not say more than 300 people died.",
                 [Want("more than 300", "count", "300", None, "gt", "people")],
                 id="negation-scope-ends-at-say"),
    pytest.param("More than 300 people died, not 200.",
                 [Want("More than 300", "count", "300", None, "gt", "people")],
                 id="negation-after-is-no-scope"),
    pytest.param("None of the more than 300 passengers survived.",
                 [Want("more than 300", "count", "300", None, "gt", "passengers")],
                 id="negation-scope-ends-at-of-the"),
    pytest.param("The error was 5+/-2 points wide.",
                 [eq("2", "count", "2", "points")], id="plus-minus-is-no-more-than"),
    pytest.param("The ratio is 6.0% (97,039/1,617,204) as of 10 April 2020.",
                 [eq("6.0%", "percent", "6.0", "percent"),
                  eq("97,039", "count", "97039", None),
                  eq("1,617,204", "count", "1617204", None),
                  date("10 April 2020", "2020-04-10")], id="grouped-count-ratio"),
    pytest.param("It cost $2.6 billion (in 2013 dollars). Results are due in April.",
                 [eq("$2.6 billion", "money", "2600000000", "USD"), date("2013", "2013"),
                  date("April", None,
                       relative="month without year")], id="price-level-year-anchors-nothing"),
]


@pytest.mark.parametrize(("text", "wanted"), [*CASES, *DEVGOLD])
def test_devfix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
