"""Made-up stories with planted discrepancies (tests/stories/<name>/): the diff's score.

Each story folder holds its versions, a sources.toml and a planted.toml listing each planted
discrepancy: the fact, the changed version, the value it should state and the exact text it
states instead (unique in that version). A plant is found when a conflict contains a claim of
the changed version overlapping the planted text and names that version (as the outlier, or
as one side when no majority exists). Any other conflict is a false one.

Shared by tests/test_stories.py and benchmarks/stories.py.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.model import DiffResult, Fact

STORIES = Path(__file__).resolve().parent / "stories"


@dataclass(frozen=True)
class Plant:
    fact: str
    version: str
    expected: str
    planted: str
    start: int
    end: int


@dataclass(frozen=True)
class StoryScore:
    story: str
    versions: int
    plants: tuple[Plant, ...]
    found: tuple[Plant, ...]
    false_conflicts: tuple[Fact, ...]
    facts: int
    single: int


def story_names() -> list[str]:
    return sorted(p.name for p in STORIES.iterdir() if (p / "planted.toml").is_file())


def _plants(folder: Path, result: DiffResult) -> tuple[Plant, ...]:
    with (folder / "planted.toml").open("rb") as fh:
        tables = tomllib.load(fh)["plant"]
    texts = {s.source_id: s.document.text for s in result.sources if s.document is not None}
    out = []
    for t in tables:
        text = texts[t["version"]]
        start = text.find(t["planted"])
        if start < 0 or text.find(t["planted"], start + 1) >= 0:
            raise ValueError(f"{folder.name}: planted text {t['planted']!r} is not unique "
                             f"in {t['version']}")
        out.append(Plant(t["fact"], t["version"], t["expected"], t["planted"], start,
                         start + len(t["planted"])))
    return tuple(out)


def _names(fact: Fact, version: str) -> bool:
    if fact.verdict.outliers:
        return version in fact.verdict.outliers
    return any(version in side for side in fact.verdict.sides)


def _hits(fact: Fact, plant: Plant) -> bool:
    return fact.status == "conflict" and _names(fact, plant.version) and any(
        c.source == plant.version and c.start < plant.end and plant.start < c.end
        for c in fact.claims)


def score_story(name: str) -> StoryScore:
    folder = STORIES / name
    story = load_stories([folder])[0]
    result = diff_story(story, load_aliases())
    plants = _plants(folder, result)
    found = tuple(p for p in plants if any(_hits(f, p) for f in result.facts))
    false = tuple(f for f in result.facts if f.status == "conflict"
                  and not any(_hits(f, p) for p in plants))
    return StoryScore(name, len(result.sources), plants, found, false, len(result.facts),
                      sum(f.status == "single" for f in result.facts))
