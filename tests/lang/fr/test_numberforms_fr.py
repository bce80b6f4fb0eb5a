"""French spelled-out numbers: each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractcases import Want, check_claims, eq
from reconcile import extract_claims

LANG = "fr"

SPELLED = [
    pytest.param("L'accident a fait trente-six victimes.",
                 [eq("trente-six", "count", "36", "victimes")], id="hyphen-tens"),
    pytest.param("La ville compte quatre-vingts médecins.",
                 [eq("quatre-vingts", "count", "80", "médecins")], id="quatre-vingts"),
    pytest.param("Le club compte vingt et un joueurs.",
                 [eq("vingt et un", "count", "21", "joueurs")], id="vingt-et-un"),
    pytest.param("Le village compte soixante-dix-sept maisons.",
                 [eq("soixante-dix-sept", "count", "77", "maisons")], id="soixante-dix-sept"),
    pytest.param("Le village compte soixante et onze maisons.",
                 [eq("soixante et onze", "count", "71", "maisons")], id="soixante-et-onze"),
    pytest.param("La police a arrêté quatre-vingt-dix manifestants.",
                 [eq("quatre-vingt-dix", "count", "90", "manifestants")],
                 id="quatre-vingt-dix"),
    pytest.param("La police a arrêté quatre-vingt-dix-neuf manifestants.",
                 [eq("quatre-vingt-dix-neuf", "count", "99", "manifestants")],
                 id="quatre-vingt-dix-neuf"),
    pytest.param("La région compte deux cent mille habitants.",
                 [eq("deux cent mille", "count", "200000", "habitants")], id="deux-cent-mille"),
    pytest.param("La ville compte mille deux cents médecins.",
                 [eq("mille deux cents", "count", "1200", "médecins")], id="mille-cents"),
    pytest.param("La ville a recruté trois cents enseignants.",
                 [eq("trois cents", "count", "300", "enseignants")], id="cents"),
    pytest.param("Le pays compte un million et demi de chômeurs.",
                 [eq("un million et demi", "count", "1500000", "chômeurs")],
                 id="million-et-demi"),
    pytest.param("L'État a versé trois millions d'euros.",
                 [eq("trois millions d'euros", "money", "3000000", "EUR")], id="millions-euros"),
    pytest.param("Quarante et un pour cent des électeurs ont voté.",
                 [eq("Quarante et un pour cent", "percent", "41", "percent")], id="percent"),
    pytest.param("Le pays compte deux millions et demi de chômeurs.",
                 [eq("deux millions et demi", "count", "2500000", "chômeurs")],
                 id="millions-et-demi"),
    pytest.param("Trois quarts de million de personnes ont voté.",
                 [eq("Trois quarts de million", "count", "750000", "personnes")],
                 id="trois-quarts"),
    pytest.param("Entre deux et trois millions de personnes ont fui.",
                 [Want("Entre deux et trois millions", "count", "2000000", "3000000",
                       "range", "personnes")], id="range"),
]

SPELLED += [
    # "une" after a number starts a new phrase: the run is not blocked as "cinq un".
    pytest.param("Il a vu cinq une fois.", [eq("cinq", "count", "5", "fois")],
                 id="article-ends-run"),
]

NON_CLAIMS = [
    pytest.param("Il a compté trois deux personnes.", [], id="trois-deux"),
    pytest.param("Les deux parties ont signé.", [], id="determiner"),
    pytest.param("Un tiers de million de personnes ont voté.", [], id="un-tiers"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SPELLED, *NON_CLAIMS])
def test_spelled(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
          "dix-neuf"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_hundred(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n >= 80:
        rest = n - 80
        return "quatre-vingts" if rest == 0 else f"quatre-vingt-{_UNITS[rest]}"
    ten, rest = (6, n - 60) if n >= 60 else divmod(n, 10)
    if rest == 0:
        return _TENS[ten]
    if rest in (1, 11):
        return f"{_TENS[ten]} et {_UNITS[rest]}"
    return f"{_TENS[ten]}-{_UNITS[rest]}"


def _below_thousand(n: int, *, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        plural = "s" if rest == 0 and hundreds > 1 and final else ""
        words.append(("cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent") + plural)
    if rest:
        words.append(_below_hundred(rest))
    return " ".join(words)


def _spell(n: int) -> str:
    """A small test-side French speller (traditional spelling: "vingt et un")."""
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words.append("mille" if thousands == 1 else
                     f"{_below_thousand(thousands, final=False)} mille")
    if rest:
        words.append(_below_thousand(rest, final=True))
    return " ".join(words)


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_spelled_numbers_parse_back(n: int) -> None:
    spelled = _spell(n)
    claims = extract_claims(f"Le recensement a compté {spelled} oiseaux.", LANG)
    assert [(c.surface, c.low, c.unit) for c in claims] == [(spelled, Decimal(n), "oiseaux")]
