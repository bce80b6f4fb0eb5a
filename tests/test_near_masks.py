"""The near-miss lookup measures every name of a group against one set of the query's
character masks: the ratio must be indel_ratio's float whichever string is the pattern."""

from __future__ import annotations

import random

from reconcile.entities import _char_masks, _masked_ratio, _Near, _near_ratio, indel_ratio


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
    rng = random.Random(23)
    letters = "abcdeéfgh "
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14)))
             for _ in range(100)]
    words += ["alexander", "alexandre", "alexandra", "alex", "alexanderson", "sandra"]
    for query in words:
        masks = _char_masks(query)
        for key in words[:40]:
            for person in (False, True):
                near = _Near(key, "id", person)
                assert _near_ratio(query, near, masks) == _near_ratio(query, near)
