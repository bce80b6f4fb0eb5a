"""English: the Indian scale words lakh (10^5) and crore (10^7), from CLDR's en_IN compact
number formats ("lakh crore" = 10^12), and their plurals (lakhs, crores: data). Read as a
count of "lakh" before (a wrong value)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("It costs ₹500 crore.",
                 [eq('₹500 crore', 'money', '5000000000', 'INR')], id="rupee-crore"),
    pytest.param("He earned 5 lakh rupees in India.",
                 [eq('5 lakh rupees', 'money', '500000', 'INR')], id="lakh-rupees"),
    pytest.param("India's budget is 5 lakh crore rupees.",
                 [eq('5 lakh crore rupees', 'money', '5000000000000', 'INR')],
                 id="lakh-crore"),
    pytest.param("The state has 3 crore people.",
                 [eq('3 crore', 'count', '30000000', 'people')], id="crore-count"),
    pytest.param("About 12 lakhs people were affected.",
                 [eq('About 12 lakhs', 'count', '1200000', 'people', 'approx')],
                 id="lakhs-plural"),
    pytest.param("It spent ₹300 crores on roads.",
                 [eq('₹300 crores', 'money', '3000000000', 'INR')], id="crores-plural"),
    pytest.param("It costs $5K.", [eq('$5K', 'money', '5000', 'USD')], id="thousand-kept"),
    pytest.param("It costs $5T.", [eq('$5T', 'money', '5000000000000', 'USD')],
                 id="trillion-kept"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_indian_scales(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
