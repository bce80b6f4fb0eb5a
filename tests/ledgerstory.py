"""A small two-version story in a temporary project, for the ledger and pre-commit tests."""

from __future__ import annotations

from pathlib import Path

EN = ("In 2016, OpenAI raised $10 million from Microsoft.\n\n"
      "The team had 50 researchers in 2017.\n\n"
      "Musk gave $45 million in 2018.\n")
FR = ("En 2016, OpenAI a levé 10 millions de dollars auprès de Microsoft.\n\n"
      "L’équipe comptait 50 chercheurs en 2017.\n\n"
      "Musk a donné 45 millions de dollars en 2018.\n")
ID_AGREEING = ("Pada 2016, OpenAI mengumpulkan 10 juta dolar AS dari Microsoft.\n\n"
               "Tim itu memiliki 50 peneliti pada 2017.\n\n"
               "Musk memberikan 45 juta dolar AS pada 2018.\n")
MANIFEST = ('story = "tiny"\n\n[[source]]\nfile = "en.txt"\nlang = "en"\n\n'
            '[[source]]\nfile = "fr.txt"\nlang = "fr"\n')
ID_ENTRY = '\n[[source]]\nfile = "id.txt"\nlang = "id"\n'


def make_project(root: Path) -> Path:
    """A project (a .git marker, a story folder with a manifest); returns the story folder."""
    (root / ".git").mkdir(parents=True, exist_ok=True)
    return make_story(root)


def make_story(root: Path) -> Path:
    story = root / "stories" / "tiny"
    story.mkdir(parents=True, exist_ok=True)
    (story / "en.txt").write_text(EN, encoding="utf-8")
    (story / "fr.txt").write_text(FR, encoding="utf-8")
    (story / "sources.toml").write_text(MANIFEST, encoding="utf-8")
    return story


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
