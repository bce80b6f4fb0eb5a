"""A paragraph switches away from its document's language only to a language reconcile
reads (one with a data file): a French headline that langdetect takes for Catalan stays
French, so "18,4 milliards de dollars" is money, not a count of "milliards"."""

from __future__ import annotations

from reconcile.detect import paragraph_language
from reconcile.languages import supported_languages

HEADLINE = "Helix Pharma va racheter Corvant Biosciences pour 18,4 milliards de dollars"
ENGLISH = ("The company said on Monday that it would buy its rival for about eighteen "
           "billion dollars in cash and shares, pending approval by regulators.")


def test_an_unreadable_guess_keeps_the_document_language() -> None:
    assert "ca" not in supported_languages()
    assert paragraph_language(HEADLINE, "fr") == "fr"


def test_a_readable_language_still_switches() -> None:
    assert paragraph_language(ENGLISH, "fr") == "en"
