"""The made-up stories of tests/stories/: planted discrepancies found, no false conflicts.

The targets (MIN_FOUND, no false conflict) are not met yet: they are strict xfails, so the
day they pass the suite says so. The floor tests lock in what is reached today
(benchmarks/README.md "Made-up stories" lists what is still missed and why).
"""

from __future__ import annotations

import pytest

from storyscore import StoryScore, score_story, story_names

# At least this share of all plants is found, naming the changed version.
MIN_FOUND = 0.95
# Reached today: 14 of 17 plants, one false conflict (an extraction slip).
FLOOR_FOUND = 14
FLOOR_FALSE = 1


@pytest.fixture(scope="module")
def scores() -> list[StoryScore]:
    return [score_story(name) for name in story_names()]


def _found(scores: list[StoryScore]) -> tuple[int, int]:
    return (sum(len(s.found) for s in scores), sum(len(s.plants) for s in scores))


def _false(scores: list[StoryScore]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(s.story, f.id, [(c.source or "", c.surface) for c in f.claims])
            for s in scores for f in s.false_conflicts]


def test_there_are_at_least_six_stories_with_plants(scores: list[StoryScore]) -> None:
    assert len(scores) >= 6
    assert all(s.plants for s in scores)
    assert all(3 <= s.versions <= 6 for s in scores)


def test_no_fewer_plants_found_than_today(scores: list[StoryScore]) -> None:
    found, _ = _found(scores)
    assert found >= FLOOR_FOUND


def test_no_more_false_conflicts_than_today(scores: list[StoryScore]) -> None:
    assert len(_false(scores)) <= FLOOR_FALSE, _false(scores)


@pytest.mark.xfail(strict=True, reason="14 of 17 plants found (benchmarks/README.md)")
def test_planted_discrepancies_are_found(scores: list[StoryScore]) -> None:
    found, plants = _found(scores)
    missed = [(s.story, p.version, p.fact) for s in scores for p in s.plants
              if p not in s.found]
    assert found >= MIN_FOUND * plants, missed


@pytest.mark.xfail(strict=True, reason="'€12 million a year' read as a duration (extraction)")
def test_no_false_conflicts(scores: list[StoryScore]) -> None:
    assert not _false(scores)
