"""A changed figure alone in its sentence, in two translations: its link has no evidence
but its position, which the sentence DP used to count against the bead, so the two
sentences were skipped and the change stayed a single ("6万人" for 160,000). Links the
floor admits now count for the DP, and the change is the conflict."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

EN = ("Side effects were mild in 92% of cases. Each dose costs about $25, and two doses "
      "are given four weeks apart.\n\nThe disease kills an estimated 160,000 people a year "
      "worldwide, half of them in Asia.\n\nThe manufacturer plans to produce 500 million "
      "doses by 2026.")
JA = ("副反応は92%の例で軽度だった。1回分の価格は約25ドルで、4週間の間隔をあけて2回接種する。\n\n"
      "この病気による死者は世界で年間推定{deaths}に上り、その半数がアジアに集中している。\n\n"
      "製造元は2026年までに5億回分を生産する計画だ。")


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


def _deaths(deaths: str, aliases: AliasTable) -> list[tuple[str, dict[str, str]]]:
    result = diff_story(make_story({"en": EN, "ja": JA.format(deaths=deaths)}), aliases)
    return [(f.status, {c.source: c.surface for c in f.claims}) for f in result.facts
            if any(c.surface.startswith(("an estimated", deaths)) for c in f.claims)]


def test_a_changed_lone_figure_of_a_translation_is_a_conflict(aliases: AliasTable) -> None:
    assert _deaths("6万人", aliases) == [
        ("conflict", {"en": "an estimated 160,000", "ja": "6万人"})]


def test_the_same_figure_agrees(aliases: AliasTable) -> None:
    assert _deaths("16万人", aliases) == [
        ("agree", {"en": "an estimated 160,000", "ja": "16万人"})]
