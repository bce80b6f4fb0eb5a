"""Where a project's files are: its root, and the alias files a story uses (found from the
inputs, as ruff finds pyproject.toml, never from the working directory)."""

from __future__ import annotations

from pathlib import Path

# What marks a project's root: discovery stops there.
ROOT_MARKERS = (".git", "pyproject.toml", ".pre-commit-config.yaml")
CLAIMS_DIR = "claims"
ALIAS_FILE = "aliases.toml"


def project_root(start: Path) -> Path:
    """The first ancestor of `start` (itself included) holding a root marker, else `start`."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return folder
    return start


def alias_files_for(story_path: Path) -> list[Path]:
    """The alias files a story uses: an `aliases.toml` in the story folder, then the nearest
    `claims/aliases.toml` in that folder or an ancestor, up to the project root."""
    folder = (story_path if story_path.is_dir() else story_path.parent).resolve()
    found: list[Path] = []
    if (folder / ALIAS_FILE).is_file():
        found.append(folder / ALIAS_FILE)
    for ancestor in (folder, *folder.parents):
        candidate = ancestor / CLAIMS_DIR / ALIAS_FILE
        if candidate.is_file():
            found.append(candidate)
            break
        if any((ancestor / marker).exists() for marker in ROOT_MARKERS):
            break
    return found
