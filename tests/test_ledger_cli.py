"""`reconcile baseline`, `check`, `accept` and `review` through click's CliRunner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ledgerstory import ID_AGREEING, ID_ENTRY, edit, make_project
from reconcile import cache
from reconcile.cli import cli

ROOT = Path(__file__).resolve().parents[1]
LEDGER = Path("claims/tiny.ledger.json")


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    story = make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return story


def test_check_without_a_ledger_gives_the_command_that_creates_one(project: Path) -> None:
    result = run("check", "stories/tiny/en.txt")
    assert result.exit_code == 1
    assert result.stdout == ("stories/tiny: story 'tiny' has no ledger; create it with: "
                             "reconcile baseline stories/tiny\n")


def test_baseline_then_check_is_clean_and_rerun_is_byte_identical(project: Path) -> None:
    first = run("baseline", "stories/tiny")
    assert first.exit_code == 0
    assert first.stdout == ("wrote claims/tiny.ledger.json: story 'tiny', 6 facts "
                            "(6 agree)\n")
    written = LEDGER.read_bytes()
    again = run("baseline", "stories/tiny")
    assert again.stdout.startswith("unchanged claims/tiny.ledger.json")
    assert LEDGER.read_bytes() == written
    shutil.rmtree(cache.CACHE_DIR)  # the cache is safe to delete
    assert run("baseline", "stories/tiny").stdout.startswith("unchanged")
    assert LEDGER.read_bytes() == written
    result = run("check", "stories/tiny/en.txt", "stories/tiny/fr.txt")
    assert (result.exit_code, result.stdout) == (0, "")


def test_an_unrelated_edit_leaves_the_ledger_byte_identical(project: Path) -> None:
    run("baseline", "stories/tiny")
    written = LEDGER.read_bytes()
    edit(project / "fr.txt", "En 2016", "Une brève introduction sans chiffres.\n\nEn 2016")
    edit(project / "en.txt", "The team", "The team, they said, was happy. The team")
    assert run("check", "stories/tiny/fr.txt").exit_code == 0
    assert run("baseline", "stories/tiny").stdout.startswith("unchanged")
    assert LEDGER.read_bytes() == written


def test_a_changed_number_fails_with_location_values_and_command(project: Path) -> None:
    run("baseline", "stories/tiny")
    edit(project / "fr.txt", "50 chercheurs", "60 chercheurs")
    result = run("check", "stories/tiny/fr.txt")
    assert result.exit_code == 1
    assert result.stdout == (
        "stories/tiny/fr.txt:3:19: count-2017: count in 2017: fr changed since the "
        "ledger: '50' (eq 50 chercheurs) → '60' (eq 60 chercheurs); accept it with: "
        "reconcile accept count-2017\n")
    assert "reconcile check --update" in result.stderr
    accepted = run("accept", "count-2017", "--note", "the French desk corrected it")
    assert accepted.exit_code == 0
    assert accepted.stdout == ("accepted count-2017 in claims/tiny.ledger.json: "
                               "stage it (git add)\n")
    assert "the French desk corrected it" in LEDGER.read_text(encoding="utf-8")
    assert run("check", "stories/tiny/fr.txt").exit_code == 0


def test_check_update_rewrites_the_ledger_and_exits_3(project: Path) -> None:
    run("baseline", "stories/tiny")
    edit(project / "en.txt", "$45 million", "$46 million")
    assert run("check", "stories/tiny/en.txt").exit_code == 1
    result = run("check", "--update", "stories/tiny/en.txt")
    assert (result.exit_code, result.stdout) == (
        3, "rewrote claims/tiny.ledger.json: stage it (git add)\n")
    assert run("check", "--update", "stories/tiny/en.txt").exit_code == 0


def test_a_new_version_is_checked_against_its_siblings(project: Path) -> None:
    run("baseline", "stories/tiny")
    (project / "id.txt").write_text(ID_AGREEING.replace("45 juta", "450 juta"),
                                    encoding="utf-8")
    with (project / "sources.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(ID_ENTRY)
    result = run("check", "stories/tiny/id.txt")
    assert result.exit_code == 1
    assert result.stdout.startswith("stories/tiny/id.txt:5:17: money-2018: ")
    assert "id now states '450 juta dolar AS' (eq 450000000 USD), a conflict" in result.stdout
    (project / "id.txt").write_text(ID_AGREEING, encoding="utf-8")
    assert run("check", "stories/tiny/id.txt").exit_code == 0


def test_files_outside_any_story_are_not_checked(project: Path) -> None:
    Path("README.md").write_text("# notes\n\n3 apples.\n", encoding="utf-8")
    Path("CHANGES.md").write_text("# changes\n\n4 pears.\n", encoding="utf-8")
    result = run("check", "README.md", "CHANGES.md")
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize(("broken", "message"), [
    ('{\n  "schema": 1,\n  "facts": {\n', "claims/tiny.ledger.json:4:1: not valid JSON"),
    ('{\n  "facts": {},\n  "schema": 2\n}\n',
     "claims/tiny.ledger.json:3: schema version 2 is newer than this reconcile reads (1)"),
    ('{\n  "facts": {\n    "x": {\n      "review": "ok"\n    }\n  },\n  "schema": 1\n}\n',
     "claims/tiny.ledger.json:4: fact 'x': unknown review value 'ok'"),
])
def test_a_broken_ledger_is_exit_2_and_is_not_overwritten(project: Path, broken: str,
                                                          message: str) -> None:
    LEDGER.parent.mkdir()
    LEDGER.write_text(broken, encoding="utf-8")
    for args in (("baseline", "stories/tiny"), ("check", "stories/tiny/en.txt"),
                 ("check", "--update", "stories/tiny"), ("accept", "x"), ("review",)):
        result = run(*args)
        assert result.exit_code == 2, args
        assert message in result.stderr, (args, result.stderr)
        assert LEDGER.read_text(encoding="utf-8") == broken


def test_review_reads_answers_piped_on_stdin(project: Path) -> None:
    edit(project / "fr.txt", "45 millions", "450 millions")
    edit(project / "fr.txt", "10 millions", "100 millions")
    run("baseline", "stories/tiny")
    failing = run("check", "stories/tiny")
    assert failing.exit_code == 1 and failing.stdout.count("(not reviewed)") == 2
    result = run("review", stdin="f\ne\n")
    assert result.exit_code == 0
    assert "[1/2] CONFLICT R101" in result.stdout and "[2/2] CONFLICT R101" in result.stdout
    text = LEDGER.read_text(encoding="utf-8")
    assert '"review": "false-alarm"' in text and '"review": "confirmed-error"' in text
    still = run("check", "stories/tiny")  # a confirmed error still present fails
    assert still.exit_code == 1 and "(confirmed error, still present)" in still.stdout
    assert run("review", stdin="").exit_code == 0  # nothing left unreviewed, nothing asked


def test_accept_an_unknown_fact_is_a_usage_error(project: Path) -> None:
    run("baseline", "stories/tiny")
    result = run("accept", "money-1999-nobody")
    assert result.exit_code == 2
    assert "no fact 'money-1999-nobody'" in result.stderr


def test_the_bundled_ledger_is_current() -> None:
    """claims/openai-musk.ledger.json is what `reconcile baseline corpus/openai-musk` writes
    (regenerate it with that command after a change to extraction or alignment)."""
    from reconcile import ledger
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases
    from reconcile.ingest import load_stories

    (story,) = load_stories([ROOT / "corpus" / "openai-musk"])
    result = diff_story(story, load_aliases([ROOT / "claims" / "aliases.toml"]))
    path = ROOT / "claims" / "openai-musk.ledger.json"
    recorded = ledger.load(path)
    current = ledger.merge(recorded, ledger.snapshot(result, "corpus/openai-musk"),
                           "corpus/openai-musk")
    assert ledger.dumps(current) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("version", "sentence"), [
    ("en.txt", "This article was edited for clarity."),
    ("zh.txt", "本文已編輯。"),
])
def test_bundled_ledger_is_byte_identical_after_a_sentence_at_the_top(
        tmp_path: Path, version: str, sentence: str) -> None:
    from reconcile import ledger
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases
    from reconcile.ingest import load_stories

    story_dir = tmp_path / "openai-musk"
    shutil.copytree(ROOT / "corpus" / "openai-musk", story_dir)
    text = (story_dir / version).read_text(encoding="utf-8")
    (story_dir / version).write_text(f"{sentence}\n\n{text}", encoding="utf-8")
    (story,) = load_stories([story_dir])
    result = diff_story(story, load_aliases([ROOT / "claims" / "aliases.toml"]))
    path = ROOT / "claims" / "openai-musk.ledger.json"
    merged = ledger.merge(ledger.load(path), ledger.snapshot(result, "corpus/openai-musk"),
                          "corpus/openai-musk")
    assert ledger.dumps(merged) == path.read_text(encoding="utf-8")


def test_a_ledger_whose_story_moved_is_a_usage_error(project: Path) -> None:
    run("baseline", "stories/tiny")
    shutil.move("stories/tiny", "stories/moved")
    result = run("accept", "count-2017")
    assert result.exit_code == 2
    assert "claims/tiny.ledger.json is the ledger of stories/tiny, which is not a folder" \
        in result.stderr


def test_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"## `reconcile {name}`" in readme, name


def test_check_in_machine_formats_carries_the_ledger_state(project: Path) -> None:
    """`check --format sarif/github/jsonl`: the same exit code, messages on stderr, and the
    ledger's word on each fact: a value changed since the ledger is an R201 result until it
    is accepted."""
    import json

    from formatcases import validate_sarif

    run("baseline", "stories/tiny")
    edit(project / "fr.txt", "50 chercheurs", "60 chercheurs")
    result = run("check", "--format", "sarif", "stories/tiny/fr.txt")
    assert result.exit_code == 1
    assert "count-2017" in result.stderr
    log = json.loads(result.stdout)
    validate_sarif(log)
    # The changed number now joins its fact (a conflict, reported under its finding
    # code), rather than standing alone as a changed single (R201).
    (changed,) = [r for r in log["runs"][0]["results"]
                  if r["ruleId"] in ("R100", "R201")
                  and r["properties"]["factId"] == "count-2017"]
    assert changed["baselineState"] == "updated"
    run("accept", "count-2017", "--note", "the French desk corrected it")
    accepted = run("check", "--format", "sarif", "stories/tiny/fr.txt")
    assert accepted.exit_code == 0
    # An accepted conflict is still listed, as suppressed by its review.
    assert all(r.get("suppressions") and r["suppressions"][0]["status"] == "accepted"
               for r in json.loads(accepted.stdout)["runs"][0]["results"]
               if r["properties"]["factId"] == "count-2017")
    github = run("check", "--format", "github", "stories/tiny/fr.txt")
    assert github.exit_code == 0 and "::" in github.stdout
    lines = run("check", "--format", "jsonl", "stories/tiny/fr.txt").stdout.splitlines()
    assert lines and all(json.loads(line)["record"] in ("source", "fact") for line in lines)
