"""English: "won" is the Korean currency after a number only with a money cue before it;
otherwise it is the verb ("They won 3 million votes")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("It cost 3 million won.",
                 [eq('3 million won', 'money', '3000000', 'KRW')], id="cost-won"),
    pytest.param("Samsung earned 5 trillion won in profit.",
                 [eq('5 trillion won', 'money', '5000000000000', 'KRW')], id="earned-won"),
    pytest.param("They won 3 million votes.",
                 [eq('3 million', 'count', '3000000', 'votes')], id="verb-before"),
    pytest.param("The party won 30 seats.", [eq('30', 'count', '30', 'seats')], id="verb-seats"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_won(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
