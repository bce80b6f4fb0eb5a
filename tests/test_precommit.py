"""End to end with the real pre-commit framework: the hook from .pre-commit-hooks.yaml, run by
`git commit` in a temporary repository holding a story and its ledger.

pre-commit installs this project into a fresh virtualenv (pip, from PyPI), so the first run
takes a while; PRE_COMMIT_HOME is shared by the test session's temporary folder only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ledgerstory import ID_AGREEING, ID_ENTRY, edit, make_story

ROOT = Path(__file__).resolve().parents[1]
# What pre-commit needs to build the hook's environment from a copy of this project.
PROJECT_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    return subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false",
                           *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def _hook_repo(tmp: Path) -> tuple[Path, str]:
    """This project's working tree as a committed git repository (rev = its HEAD sha), so
    the test checks the code as it is, committed or not."""
    repo = tmp / "reconcile-hook"
    repo.mkdir()
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, repo / name)
    assert _git(repo, "init", "-q").returncode == 0
    _git(repo, "add", "-A")
    assert _git(repo, "commit", "-qm", "hook").returncode == 0
    return repo, _git(repo, "rev-parse", "HEAD").stdout.strip()


def _reconcile(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "reconcile", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.timeout(900)
def test_the_hook_guards_commits(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    hook_repo, rev = _hook_repo(tmp_path)
    work = tmp_path / "newsroom"
    work.mkdir()
    assert _git(work, "init", "-q").returncode == 0
    story = make_story(work)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: reconcile\n",
        encoding="utf-8")
    (work / ".gitignore").write_text(".reconcile_cache/\n", encoding="utf-8")
    env_home = {"PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=work,
                               capture_output=True, text=True, timeout=120, check=False,
                               env={**os.environ, **env_home})
    assert installed.returncode == 0, installed.stderr

    def commit(message: str) -> subprocess.CompletedProcess[str]:
        _git(work, "add", "-A")
        old = os.environ.copy()
        os.environ.update(env_home)
        try:
            return _git(work, "commit", "-qm", message)
        finally:
            os.environ.clear()
            os.environ.update(old)

    # A story without a ledger is refused, with the command that creates one.
    refused = commit("story")
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "reconcile baseline stories/tiny" in refused.stdout + refused.stderr
    assert _reconcile(work, "baseline", "stories/tiny").returncode == 0
    first = commit("story and its ledger")
    assert first.returncode == 0, first.stdout + first.stderr

    # A number changed in one version is rejected with the message, until accepted.
    edit(story / "fr.txt", "50 chercheurs", "60 chercheurs")
    rejected = commit("fr: 60")
    out = rejected.stdout + rejected.stderr
    assert rejected.returncode != 0, out
    assert ("stories/tiny/fr.txt:3:19: count-2017: count in 2017: fr changed since the "
            "ledger: '50' (eq 50 chercheurs) → '60' (eq 60 chercheurs); accept it with: "
            "reconcile accept count-2017") in out
    accepted = _reconcile(work, "accept", "count-2017", "--note", "desk checked")
    assert accepted.returncode == 0, accepted.stderr
    through = commit("fr: 60, accepted")
    assert through.returncode == 0, through.stdout + through.stderr

    # An unrelated edit passes.
    edit(story / "en.txt", "The team", "Everyone agreed. The team")
    unrelated = commit("en: wording")
    assert unrelated.returncode == 0, unrelated.stdout + unrelated.stderr

    # A new version of the story is checked against its siblings.
    (story / "id.txt").write_text(ID_AGREEING.replace("45 juta", "450 juta"), encoding="utf-8")
    with (story / "sources.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(ID_ENTRY)
    disagreeing = commit("id version")
    out = disagreeing.stdout + disagreeing.stderr
    assert disagreeing.returncode != 0, out
    assert "stories/tiny/id.txt:5:17: money-2018" in out, out
    assert "'450 juta dolar AS' (eq 450000000 USD)" in out
    (story / "id.txt").write_text(ID_AGREEING, encoding="utf-8")
    agreeing = commit("id version, agreeing")
    assert agreeing.returncode == 0, agreeing.stdout + agreeing.stderr
    assert _git(work, "status", "--porcelain").stdout == ""
