"""Forms found by running more of peers' published test suites, sixth round: allo-media's
text2num and text2num-rs (spelled numbers in running English and French text),
bear/parsedatetime's English tests and the Chinese Time_NLP parsers' examples (every case
is written for this project).

Wrong values fixed: a spelled number after a scale or hundreds word that no reading takes
(no article nor number before it: "Thousand and nine hundred twenty people", "cut thousand
and two hundred jobs") was its remainder alone (920, 200); now no claim. A scale word after
digits stays that number's, and what follows it is read ("2,6 milliards deux jours plus
tard": two days). A number before a bare degree sign ("reached 40°", "mencapai 40°": heat in
which scale? an angle?) was a count of 40; now no claim (40 °C and 104°F stay quantities).
Two days of a month, or a span of them, then a comma and the year ("March 3 and 4, 2016",
"August 1st-15th, 2006") were days of no year (the story's year, a wrong date in a story of
another year) and a year of their own; now one date of that year. A range across the new year
with the year said at its end ("from December 28 to January 3, 2017", « du 28 décembre au 3
janvier 2017 », "from November to March 2017") was its start without a year and its end; now
one range whose start is in the year before."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

CASES = [
    pytest.param('en', 'Thousand and nine hundred twenty people were evacuated.',
                 [],
                 id='en-bare-thousand-and-no-remainder'),
    pytest.param('en', 'The company cut thousand and two hundred jobs.',
                 [],
                 id='en-bare-thousand-mid-sentence'),
    pytest.param('en', 'The company cut thousand two hundred jobs.',
                 [],
                 id='en-bare-thousand-no-connector'),
    pytest.param('en', 'The hundred and twenty people were evacuated.',
                 [],
                 id='en-bare-hundred-after-article'),
    pytest.param('en', 'One thousand and two hundred jobs were cut.',
                 [eq('One thousand and two hundred', 'count', '1200', 'jobs')],
                 id='en-whole-compound-still-read'),
    pytest.param('en', 'Hundred and twenty people were evacuated.',
                 [eq('Hundred and twenty', 'count', '120', 'people')],
                 id='en-hundred-opening-read-whole'),
    pytest.param('en', 'Sales hit 2 million two weeks later.',
                 [eq('2 million', 'count', '2000000', None),
                  eq('two weeks', 'duration', '2', 'week')],
                 id='en-scale-after-digits-then-span'),
    pytest.param('fr', 'Le chiffre s’est élevé à 2,6 milliards deux jours plus tard.',
                 [eq('2,6 milliards', 'count', '2600000000', None),
                  eq('deux jours', 'duration', '2', 'day')],
                 id='fr-scale-after-digits-then-span'),
    pytest.param('en', 'Temperatures reached 40° on Monday.',
                 [],
                 id='en-bare-degree-sign'),
    pytest.param('id', 'Suhu mencapai 40° di Jakarta.',
                 [],
                 id='id-bare-degree-sign'),
    pytest.param('en', 'Temperatures reached 40°C and 104°F.',
                 [eq('40°C', 'quantity', '40', 'degree_Celsius'),
                  eq('104°F', 'quantity', '104', 'degree_Fahrenheit')],
                 id='en-degree-sign-with-scale'),
    pytest.param('en', 'The summit was held on March 3 and 4, 2016 in Paris.',
                 [date('March 3 and 4, 2016', '2016-03-03/2016-03-04', 'range')],
                 id='en-two-days-comma-year'),
    pytest.param('en', 'The festival ran August 1st-15th, 2006.',
                 [date('August 1st-15th, 2006', '2006-08-01/2006-08-15', 'range')],
                 id='en-ordinal-day-span-comma-year'),
    pytest.param('en', 'The festival ran August 1-15, 2006.',
                 [date('August 1-15, 2006', '2006-08-01/2006-08-15', 'range')],
                 id='en-day-span-comma-year-as-before'),
    pytest.param('en', 'The talks ran from December 28 to January 3, 2017.',
                 [date('December 28 to January 3, 2017', '2016-12-28/2017-01-03', 'range')],
                 id='en-range-across-new-year'),
    pytest.param('fr', 'Les négociations ont eu lieu du 28 décembre au 3 janvier 2017.',
                 [date('28 décembre au 3 janvier 2017', '2016-12-28/2017-01-03', 'range')],
                 id='fr-range-across-new-year'),
    pytest.param('id', 'Perundingan berlangsung dari 28 Desember hingga 3 Januari 2017.',
                 [date('28 Desember hingga 3 Januari 2017', '2016-12-28/2017-01-03', 'range')],
                 id='id-range-across-new-year'),
    pytest.param('en', 'The season runs from November to March 2017.',
                 [date('November to March 2017', '2016-11/2017-03', 'range')],
                 id='en-month-range-across-new-year'),
    pytest.param('fr', 'Mille neuf cent vingt personnes ont été évacuées.',
                 [eq('Mille neuf cent vingt', 'count', '1920', 'personnes')],
                 id='fr-bare-mille-compound'),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_peer_suite_forms(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)
