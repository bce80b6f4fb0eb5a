"""entities.capitalized_words finds capitalized words by one regular expression (a class of
the upper-case letters, kept with the language tables): the same words as reading every
word and testing its first letter (issue #19)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reconcile import entities

ROOT = Path(__file__).resolve().parents[1]


def _reference(text: str) -> frozenset[str]:
    """Every word of two letters or more whose first is upper case, outside a sentence's
    start: the definition, word by word."""
    words = [entities._Word(m.start(), m.end(), m.group())
             for m in entities._WORD_RE.finditer(text)]
    return frozenset(w.text for w in words if len(w.text) >= 2 and w.text[0].isupper()
                     and not entities._starts_sentence(text, w))


@pytest.mark.parametrize("text", [
    "", "A", "Ab", "the Globex board. Globex said", "l'OpenAI et OpenAI", "x-Ray Ray_Ban",
    "ǅemal ǈubljana ẞtraße Σίσυφος Дмитрий", "𝐀bc 𐐀𐐨 a𐐀𐐨", "東京Tokyo 東京 Tokyo",
    "«Globex» (Initech) “Umbrella” Nakatomi-Plaza", "Ⅻ ⅫX", "a\nB\n\nCd ef Gh",
])
@pytest.mark.parametrize("cached", [True, False])
def test_known_texts(text: str, cached: bool, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    # With a cache folder the pattern of capitalized words; without one, word by word.
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path) if cached else "")
    assert entities.capitalized_words(text) == _reference(text)


def test_random_texts() -> None:
    rng = random.Random(14)
    alphabet = "aAéÉßẞǅǈ _-.\n!«(漢カ한ΣσДд1'’Ⅻⅻ𐐀𐐨𝐀"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert entities.capitalized_words(text) == _reference(text), text


def test_the_bundled_story() -> None:
    for path in sorted((ROOT / "corpus").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        assert entities.capitalized_words(text) == _reference(text), path
