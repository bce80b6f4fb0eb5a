"""French: plural scale nouns after a number or a vague word ("plusieurs centaines de",
"trois douzaines"), approximate nouns ("une vingtaine de": about twenty, read as an
interval), elided linkers ("des dizaines d’enfants"), and a fraction after a digit
number's scale word ("1 million et demi")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Plusieurs centaines de personnes ont manifesté.",
                 [Want('Plusieurs centaines', 'count', '200', '900', 'several', 'personnes')],
                 id="plusieurs-centaines"),
    # "un millier de" is about a thousand, as "une centaine de" is about a hundred.
    pytest.param("Un millier de personnes ont manifesté.",
                 [Want('Un millier de', 'count', '750', '1250', 'several', 'personnes')],
                 id="un-millier"),
    # A bound before the approximate noun bounds the amount it stands for.
    pytest.param("Plus d'un millier de personnes ont manifesté.",
                 [Want("Plus d'un millier de", 'count', '1000', None, 'gt', 'personnes')],
                 id="plus-d-un-millier"),
    pytest.param("Plus d'une centaine de personnes ont manifesté.",
                 [Want("Plus d'une centaine de", 'count', '100', None, 'gt', 'personnes')],
                 id="plus-d-une-centaine"),
    pytest.param("Moins d'une vingtaine de blessés.",
                 [Want("Moins d'une vingtaine de", 'count', None, '20', 'lt', 'blessés')],
                 id="moins-d-une-vingtaine"),
    pytest.param("Plusieurs centaines de milliers de personnes ont fui.",
                 [Want('Plusieurs centaines de milliers', 'count', '200000', '900000', 'several',
                       'personnes')],
                 id="plusieurs-centaines-de-milliers"),
    pytest.param("Quelques dizaines de milliers de personnes.",
                 [Want('Quelques dizaines de milliers', 'count', '20000', '50000', 'several',
                       'personnes')],
                 id="quelques-dizaines-de-milliers"),
    pytest.param("Trois centaines de milliers de personnes.",
                 [eq('Trois centaines de milliers', 'count', '300000', 'personnes')],
                 id="spelled-scale-chain"),
    pytest.param("Il a acheté 3 douzaines d’œufs.",
                 [eq('3 douzaines', 'count', '36', 'œufs')], id="digits-douzaines"),
    pytest.param("Il y a une dizaine de blessés.",
                 [Want('une dizaine de', 'count', '8', '12', 'several', 'blessés')],
                 id="une-dizaine"),
    pytest.param("Une vingtaine d’enfants ont été évacués.",
                 [Want('Une vingtaine d’', 'count', '15', '25', 'several', 'enfants')],
                 id="une-vingtaine-elided"),
    pytest.param("Des dizaines d'enfants.",
                 [Want("Des dizaines d'", 'count', '20', '99', 'several', 'enfants')],
                 id="des-dizaines-elided"),
    pytest.param("Une centaine de milliers de personnes.", [],
                 id="une-centaine-de-milliers-unread"),
    pytest.param("La mort de milliers de personnes.",
                 [Want('milliers de', 'count', '2000', '9999', 'several', 'personnes')],
                 id="vague-after-de"),
    pytest.param("Une quarantaine de 14 jours.",
                 [eq('14 jours', 'duration', '14', 'day')], id="quarantaine-is-quarantine"),
    pytest.param("Ils ont vendu 1 million et demi de copies.",
                 [eq('1 million et demi', 'count', '1500000', 'copies')],
                 id="digits-scale-et-demi"),
    pytest.param("Il a vendu 1,5 million et demi.", [], id="decimal-scale-et-demi-unread"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_amount_words(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
