"""The made-up stories of tests/stories/: planted discrepancies found, no false conflicts."""

from __future__ import annotations

import pytest

from storyscore import StoryScore, score_story, story_names

# At least this share of all plants is found, naming the changed version.
MIN_FOUND = 0.95


@pytest.fixture(scope="module")
def scores() -> list[StoryScore]:
    return [score_story(name) for name in story_names()]


def test_there_are_at_least_six_stories_with_plants(scores: list[StoryScore]) -> None:
    assert len(scores) >= 6
    assert all(s.plants for s in scores)
    assert all(3 <= s.versions <= 6 for s in scores)


def test_planted_discrepancies_are_found(scores: list[StoryScore]) -> None:
    plants = sum(len(s.plants) for s in scores)
    found = sum(len(s.found) for s in scores)
    missed = [(s.story, p.version, p.fact) for s in scores for p in s.plants
              if p not in s.found]
    assert found >= MIN_FOUND * plants, missed


def test_no_false_conflicts(scores: list[StoryScore]) -> None:
    false = [(s.story, f.id, [(c.source, c.surface) for c in f.claims])
             for s in scores for f in s.false_conflicts]
    assert not false
