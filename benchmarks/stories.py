"""Per-story figures on the made-up stories (tests/stories/): plants found, false conflicts.

Run: PYTHONPATH=src:tests python benchmarks/stories.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from storyscore import score_story, story_names


def main() -> int:
    plants = found = false = 0
    print(f"{'story':<12} {'versions':>8} {'plants':>6} {'found':>5} {'false':>5} "
          f"{'facts':>5} {'single':>6}")
    for name in story_names():
        s = score_story(name)
        plants, found, false = plants + len(s.plants), found + len(s.found), \
            false + len(s.false_conflicts)
        print(f"{name:<12} {s.versions:>8} {len(s.plants):>6} {len(s.found):>5} "
              f"{len(s.false_conflicts):>5} {s.facts:>5} {s.single:>6}")
        for p in s.plants:
            if p not in s.found:
                print(f"    missed: {p.version} {p.fact} ({p.expected} -> {p.planted})")
        for f in s.false_conflicts:
            values = ", ".join(f"{c.source}={c.surface}" for c in f.claims)
            print(f"    false: {f.id}: {values}")
    share = found / plants if plants else 1.0
    print(f"{'total':<12} {'':>8} {plants:>6} {found:>5} {false:>5}   found {share:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
