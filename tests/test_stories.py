"""The made-up stories of tests/stories/: planted discrepancies found, no false conflicts.

At least MIN_FOUND of the plants are found, naming the changed version, and no story has a
false conflict; a floor test locks in what is reached today (all 68).
"""

from __future__ import annotations

import pytest

from storyscore import StoryScore, score_story, story_names

# At least this share of all plants is found, naming the changed version.
MIN_FOUND = 0.95
# Reached today: 68 of 68 plants.
FLOOR_FOUND = 68


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


def test_planted_discrepancies_are_found(scores: list[StoryScore]) -> None:
    found, plants = _found(scores)
    missed = [(s.story, p.version, p.fact) for s in scores for p in s.plants
              if p not in s.found]
    assert found >= MIN_FOUND * plants, missed


def test_no_false_conflicts(scores: list[StoryScore]) -> None:
    assert not _false(scores)
