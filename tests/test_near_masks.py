"""Entity finding's quicker paths give what the plain ones gave: the near-miss lookup
measures every name of a group against one set of the query's character masks (the ratio
must be indel_ratio's float whichever string is the pattern), and capitalized runs are
made from the free words only; a text split at its words gives the words the word
pattern finds."""

from __future__ import annotations

import random

from namewords import name_words
from reconcile.entities import (
    _RUN_GAPS,
    _WORD_RE,
    _capital_runs,
    _char_masks,
    _masked_ratio,
    _Near,
    _near_ratio,
    _split_words,
    _Word,
    _Words,
    _words_split_re,
    indel_ratio,
)


def test_masked_ratio_is_indel_ratio_with_either_string_as_pattern() -> None:
    rng = random.Random(19)
    letters = "abcdeéfgh 名字"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
             for _ in range(120)]
    for a in words:
        masks = _char_masks(a)
        for b in words[:60]:
            if a or b:
                assert _masked_ratio(masks, len(a), b) == indel_ratio(a, b), (a, b)


def test_near_ratio_with_the_query_masks_is_the_same() -> None:
    words = name_words(23, 100)
    for query in words:
        masks = _char_masks(query)
        for key in words[:40]:
            for person in (False, True):
                near = _Near(key, "id", person)
                assert _near_ratio(query, near, masks) == _near_ratio(query, near)


def _plain_capital_runs(text: str, words: list[_Word], free: list[bool],
                        stopwords: frozenset[str]) -> list[list[_Word]]:
    """entities._capital_runs as it was written before (every word visited)."""
    runs: list[list[_Word]] = []
    run: list[_Word] = []
    for i, word in enumerate(words):
        usable = free[i] and word.text.casefold() not in stopwords
        if usable and run and text[run[-1].end : word.start] in _RUN_GAPS:
            run.append(word)
            continue
        if run:
            runs.append(run)
        run = [word] if usable else []
    if run:
        runs.append(run)
    return runs


def test_capital_runs_visiting_free_words_only_is_the_same() -> None:
    rng = random.Random(29)
    for _ in range(2000):
        parts = [rng.choice(["Ab", "Cd", "ef", "Of", "The", "Gh"])
                 for _ in range(rng.randint(0, 9))]
        gaps = [rng.choice([" ", "-", ", ", "  ", "\u00a0"]) for _ in parts]
        text = "".join(p + g for p, g in zip(parts, gaps, strict=True))
        words = [_Word(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        free = [rng.random() < 0.6 for _ in words]
        stop = frozenset({"the", "of"})
        listed = _Words([w.start for w in words], [w.end for w in words],
                        [w.text for w in words])
        indexes = [i for i, usable in enumerate(free) if usable]
        assert list(_capital_runs(text, listed, indexes, stop)) == \
            _plain_capital_runs(text, words, free, stop)


def test_split_words_are_the_word_pattern_matches() -> None:
    rng = random.Random(31)
    pieces = ["Ab", "cd", "é", "ǅemal", "東京", "カタカナ", "ｶﾀ", "x_y", "𝐀bc", "٣", "",
              " ", "-", "\n", ", ", "’", "_", "\u00a0", "«", "。"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        words = _split_words(text, _words_split_re(text))
        found = [_Word(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        assert [words.at(i) for i in range(len(words.texts))] == found, text
        assert len(words.starts) == len(words.ends) == len(found)
