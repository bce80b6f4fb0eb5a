"""A folder of story folders for the --jobs and Dask tests: the bundled story, the made-up
stories of tests/acme.py and tests/formatcases.py, one with an unreadable version, one with
a silenced finding and one with too few readable versions (skipped)."""

from __future__ import annotations

import shutil
from pathlib import Path

from acme import four_versions
from formatcases import write_story

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "corpus" / "openai-musk"


def story_archive(folder: Path) -> Path:
    """Six story folders under `folder` (created); returns `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(BUNDLED, folder / "openai-musk")
    acme = folder / "acme-robotics"
    acme.mkdir()
    for lang, text in four_versions().items():
        (acme / f"{lang}.txt").write_text(text, encoding="utf-8")
    write_story(folder / "lab")
    write_story(folder / "lab-binary", extra={"de.txt": b"\x00\x01binary\x00"})
    write_story(folder / "lab-silenced", fr_marker=" # reconcile: ignore")
    thin = folder / "thin"
    thin.mkdir()
    (thin / "en.txt").write_text("It cost $5 million in 2019.\n", encoding="utf-8")
    (thin / "de.txt").write_bytes(b"\x00\x01binary\x00")
    return folder
