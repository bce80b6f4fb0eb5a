"""Text split into tokens (spaces around every mark, as in tagged corpora): a decimal
torn apart ("6 . 2 %") is no sentence end and neither half is read as the number; the
rest of the sentence reads as usual; a dollar's prefix of two letters or more spaced from
its sign ("hk $") is still that dollar's."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("sales rose 6 . 2 % to $ 1.45 billion .",
                 [eq("$ 1.45 billion", "money", "1450000000", "USD")], id="torn-decimal"),
    pytest.param("the rate was 6 . 25 percent .", [], id="torn-decimal-alone"),
    pytest.param("national paid $ 94,000 to drop all claims .",
                 [eq("$ 94,000", "money", "94000", "USD")], id="spaced-symbol"),
    pytest.param("exports fell to hk $ 10.05 billion .",
                 [eq("hk $ 10.05 billion", "money", "10050000000", "HKD")],
                 id="spaced-dollar-prefix"),
    pytest.param("it was fined a $ 5 fee .", [eq("$ 5", "money", "5", "USD")],
                 id="article-before-sign"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_tokenized(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
