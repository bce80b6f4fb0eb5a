"""`reconcile diff --format github`: workflow-command lines that GitHub Actions parses into
annotations at the file, line and column of each version at fault."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from formatcases import ROOT, SLIP_LINE, invoke, write_story
from reconcile.model import FactReview
from reconcile.report.github import command, escape_data, escape_property, render_github

# The workflow-command grammar: ::level key=value,key=value::message (values escaped).
LINE = re.compile(r"^::(error|warning|notice)(?: ([A-Za-z]+=[^,:]*(?:,[A-Za-z]+=[^,:]*)*))?"
                  r"::(.*)$")


def _unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","),
                       ("%25", "%")):
        text = text.replace(code, char)
    return text


@dataclass(frozen=True)
class Annotation:
    level: str
    properties: dict[str, str]
    message: str


def parse(output: str) -> list[Annotation]:
    out = []
    for line in output.splitlines():
        match = LINE.match(line)
        assert match, f"not a workflow command: {line!r}"
        props = dict(item.split("=", 1) for item in (match[2] or "").split(",") if item)
        out.append(Annotation(match[1], {k: _unescape(v) for k, v in props.items()},
                              _unescape(match[3])))
    return out


def test_escaping_round_trips() -> None:
    text = "50%, then: 1,2\r\nnext"
    assert _unescape(escape_property(text)) == text
    assert _unescape(escape_data(text)) == text
    assert "\n" not in command("error", text, title=text)
    [note] = parse(command("error", text, file="a,b:c.txt", line=3))
    assert note.properties == {"file": "a,b:c.txt", "line": "3"}
    assert note.message == text


@pytest.fixture(scope="module")
def corpus_annotations() -> list[Annotation]:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = invoke(["diff", "--format", "github", "corpus/"])
    assert result.exit_code == 1
    return parse(result.stdout)


def test_corpus_annotations_point_at_the_claims(corpus_annotations: list[Annotation]) -> None:
    located = [a for a in corpus_annotations if "line" in a.properties]
    assert located and {a.level for a in located} <= {"error", "warning"}
    assert any(a.level == "error" for a in located)
    for note in located:
        assert note.properties["title"].startswith("R1")
        path = ROOT / note.properties["file"]
        line = path.read_text(encoding="utf-8-sig").splitlines()[int(note.properties["line"]) - 1]
        units = line.encode("utf-16-le")
        start = (int(note.properties["col"]) - 1) * 2
        end = (int(note.properties["endColumn"]) - 1) * 2
        surface = units[start:end].decode("utf-16-le")
        assert f"({surface})" in note.message


def test_corpus_lists_every_version(corpus_annotations: list[Annotation]) -> None:
    [summary] = [a for a in corpus_annotations if a.properties.get("title", "").startswith(
        "reconcile: story")]
    for lang in ("en", "fr", "id", "ja", "zh"):
        assert f"corpus/openai-musk/{lang}.txt" in summary.message


def test_the_slip_is_an_error_on_the_outlier(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    result = invoke(["diff", "--format", "github", str(folder)])
    assert result.exit_code == 1
    [slip] = [a for a in parse(result.stdout) if a.level == "error"]
    assert Path(slip.properties["file"]).name == "fr.txt"
    assert slip.properties["line"] == slip.properties["endLine"] == str(SLIP_LINE)
    assert slip.properties["title"] == "R101 scale-mismatch: money in 2019 (Maria Lopez)"
    assert "24 millions de dollars" in slip.message


def test_a_failed_source_is_an_error_on_its_file(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme", extra={"de.txt": b"\x00\x01binary\x00"})
    result = invoke(["diff", "--format", "github", str(folder)])
    assert result.exit_code == 2
    errors = [a for a in parse(result.stdout) if a.level == "error"]
    broken = [a for a in errors if Path(a.properties.get("file", "")).name == "de.txt"]
    assert len(broken) == 1 and "binary" in broken[0].message


def test_an_accepted_fact_is_a_notice(tmp_path: Path) -> None:
    from reconcile import diff_story, load_aliases, load_stories

    [story] = load_stories([write_story(tmp_path / "acme")])
    result = diff_story(story, load_aliases([]))
    fact_id = next(f.id for f in result.facts if f.status == "conflict")
    reviews = {fact_id: FactReview(fact_id, "unchanged", "accepted", "checked with the desk")}
    notes = parse(render_github([result], reviews))
    [slip] = [a for a in notes if "R101" in a.properties.get("title", "")]
    assert slip.level == "notice"
    assert slip.properties["title"].startswith("suppressed (reviewed as accepted)")
    assert "checked with the desk" in slip.message
