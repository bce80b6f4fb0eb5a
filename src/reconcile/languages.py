"""The languages reconcile reads from files: those with a data file in lang/data/.

Kept apart from reconcile.lang so that checking a language code (every run does) does not
load CLDR through babel.
"""

from __future__ import annotations

from pathlib import Path


def supported_languages() -> tuple[str, ...]:
    """Language codes that have a supplement file (CLDR alone also works for others)."""
    # The folder beside this module: importlib.resources would load its readers (zipfile
    # and more) on every run only to list it.
    folder = Path(__file__).parent / "lang" / "data"
    names = (item.name for item in folder.iterdir() if item.name.endswith(".toml"))
    return tuple(sorted(n.removesuffix(".toml") for n in names if n != "common.toml"))
