"""Une partie et son tout (fr) : « 12 patients sur 40 », « sept des neuf membres », « sept
de ces neuf membres » comptent le groupe et la partie ; une proportion (« un adulte sur
cinq », « 3 sur 10 ») ne compte rien, et « les deux parties » renvoie à des choses
connues."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Selon le rapport, 12 patients sur 40 sont morts.",
                 [eq('12', 'count', '12', 'patients'), eq('40', 'count', '40', None)],
                 id="digits-unround-whole"),
    pytest.param("Sept des neuf membres du comité ont voté pour la baisse.",
                 [eq('Sept', 'count', '7', 'membres'), eq('neuf', 'count', '9', 'membres')],
                 id="spelled-des"),
    pytest.param("Sept de ces neuf membres ont voté.",
                 [eq('Sept', 'count', '7', 'membres'), eq('neuf', 'count', '9', 'membres')],
                 id="spelled-de-ces"),
    pytest.param("Les deux parties ont signé l'accord.",
                 [],
                 id="determiner-still-a-reference"),
    pytest.param("Un adulte sur cinq fume, selon l'enquête.",
                 [eq('Un adulte sur cinq', 'percent', '20', 'percent')],
                 id="proportion"),
    pytest.param("Selon l'enquête, 3 adultes sur 10 fument.",
                 [eq('3 adultes sur 10', 'percent', '30', 'percent')],
                 id="proportion-digits"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_partitive_wholes(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
