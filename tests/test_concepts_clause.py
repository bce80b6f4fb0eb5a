"""zh: a modifying clause between a number and its counted noun ends in 的 (45名未接受该药治疗
的患者: the 45 patients who were not treated); the noun after it is what the number counts,
within the clause reach, never across a number or a punctuation mark."""

from __future__ import annotations

import pytest

from reconcile.concepts import concept_near


@pytest.mark.parametrize(("sentence", "number", "concept"), [
    ("而 45 名未接受该药治疗的患者病程为 11 天。", "45 名", "patients"),
    ("5名来自北京的游客死亡。", "5名", "tourists"),
    ("35 名患者在平均 4 天内转阴。", "35 名", "patients"),  # the noun right after: as before
    ("3名未满18岁的患者", "3名", None),  # a number inside the clause ends it
    ("5名来自北京，的游客", "5名", None),  # so does a punctuation mark
])
def test_noun_after_a_relative_clause(sentence: str, number: str, concept: str | None) -> None:
    start = sentence.index(number)
    got = concept_near(sentence, start, start + len(number), "zh")
    assert got == concept
