"""French: two digits right after an amount whose currency follows it are its hundredths
("10 € 50" = 10.50 €); a currency sign between two numbers is the first one's ("10 € 50
personnes" is no 50 €)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Ça coûte 10 € 50.", [eq('10 € 50', 'money', '10.5', 'EUR')], id="sign"),
    pytest.param("Ça coûte 10 euros 50.", [eq('10 euros 50', 'money', '10.5', 'EUR')],
                 id="word"),
    pytest.param("Il a payé 10 € 50 personnes.",
                 [eq('10 €', 'money', '10', 'EUR'), eq('50', 'count', '50', 'personnes')],
                 id="sign-then-count"),
    pytest.param("Ça coûte 10 euros, 50 personnes.",
                 [eq('10 euros', 'money', '10', 'EUR'), eq('50', 'count', '50', 'personnes')],
                 id="comma-between"),
    # A word that opens no counted noun after the two digits leaves them the hundredths.
    pytest.param("Le ticket coûte 2 euros 50 depuis janvier.",
                 [eq('2 euros 50', 'money', '2.5', 'EUR'),
                  date('janvier', None, relative='month without year')],
                 id="word-then-preposition"),
    pytest.param("Le billet coûte treize euros cinquante.",
                 [eq('treize euros cinquante', 'money', '13.5', 'EUR')], id="spelled"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bare_cents(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
