"""Inline `<!-- reconcile: ignore -->` markers in Markdown files and HTML pages: a comment
is not prose, yet a marker comment silences the claims of the block it stands in (or ends)
as on a line of plain text, and every claim keeps its line and column in the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.inputs import RawInput
from reconcile.inputs.html import read_html
from reconcile.inputs.markdown import read_markdown

# en states $2.4 million, fr ten times as much (R101): the one conflict of the story.
EN_MD = """---
title: Acme opens a lab
date: 2021-03-04
---

# Acme opens a lab

Acme Robotics opened its first lab in Boston in 2019.

That year the company paid $2.4 million to Maria Lopez for her patents.

The lab employed 35 engineers in 2020.
"""
FR_MD = """---
title: Acme ouvre un laboratoire
date: 2021-03-04
---

# Acme ouvre un laboratoire

Acme Robotics a ouvert son premier laboratoire à Boston en 2019.

Cette année-là, l'entreprise a versé 24 millions de dollars à Maria Lopez pour ses \
brevets.{marker}
{after}
Le laboratoire employait 35 ingénieurs en 2020.
"""
MD_LINE = 10  # the line of fr.md that states the amount

EN_HTML = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Acme opens a lab</title></head>
<body>
<article>
<h1>Acme opens a lab</h1>
<p>Acme Robotics opened its first lab in Boston in 2019.</p>
<p>That year the company paid $2.4 million to Maria Lopez for her patents.</p>
<p>The lab employed 35 engineers in 2020.</p>
</article>
</body>
</html>
"""
FR_HTML = """<!doctype html>
<html lang="fr">
<head><meta charset="{charset}"><title>Acme ouvre un laboratoire</title></head>
<body>
<article>
<h1>Acme ouvre un laboratoire</h1>
<p>Acme Robotics a ouvert son premier laboratoire &agrave; Boston en <b>2019</b>.</p>
<p>Cette année-là, l'entreprise a versé 24 millions de dollars à Maria Lopez pour \
ses brevets.{marker}</p>{after}
<p>Le laboratoire employait 35 ingénieurs en 2020.</p>
<script>var note = "<!-- reconcile: ignore -->";</script>
</article>
</body>
</html>
"""
HTML_LINE = 8  # the line of fr.html that states the amount

SILENCING = [
    pytest.param(" <!-- reconcile: ignore -->", id="every-rule"),
    pytest.param(" <!-- reconcile: ignore[R101] -->", id="its-rule"),
    pytest.param("<!--reconcile:ignore[R104, scale-mismatch]-->", id="rules-glued"),
    pytest.param(" <!-- reconcile:\nignore[R101] -->", id="over-two-lines"),
]
NOT_SILENCING = [
    pytest.param(" <!-- reconcile: ignore[R999] -->", id="unknown-rule"),
    pytest.param(" <!-- reconcile: ignore[R104] -->", id="other-rule"),
    pytest.param(" <!-- reconcile: please check -->", id="no-marker"),
]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args),
                              catch_exceptions=False)


def markdown_story(folder: Path, marker: str = "", after: str = "\n") -> Path:
    """en.md and fr.md; `marker` ends fr's amount line, `after` follows it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en.md").write_text(EN_MD, encoding="utf-8")
    (folder / "fr.md").write_text(FR_MD.format(marker=marker, after=after), encoding="utf-8")
    return folder


def html_story(folder: Path, marker: str = "", after: str = "",
               encoding: str = "utf-8") -> Path:
    """en.html and fr.html; `marker` ends fr's amount paragraph, `after` follows it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en.html").write_text(EN_HTML, encoding="utf-8")
    page = FR_HTML.format(marker=marker, after=after, charset=encoding)
    (folder / "fr.html").write_bytes(page.encode(encoding))
    return folder


def diff_json(folder: Path) -> tuple[int, dict[str, Any]]:
    result = invoke("diff", "--format", "json", str(folder))
    data: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, data


def slip(data: dict[str, Any]) -> dict[str, Any]:
    return next(f for f in data["facts"] if f["code"] == "R101")


def sarif_marker(folder: Path, name: str) -> tuple[int, str]:
    """(line, the text of the file's line between the columns) of the one in-source
    suppression of the SARIF log."""
    log = json.loads(invoke("diff", "--format", "sarif", str(folder)).stdout)
    [found] = [r for r in log["runs"][0]["results"] if r.get("suppressions")]
    [suppression] = found["suppressions"]
    assert suppression["kind"] == "inSource"
    region = suppression["location"]["physicalLocation"]["region"]
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    first, last = region["startLine"], region.get("endLine", region["startLine"])
    text = "\n".join(lines[first - 1:last])
    last_start = len(text) - len(lines[last - 1])
    return first, text[region["startColumn"] - 1:last_start + region["endColumn"] - 1]


def claims_at(path: Path) -> list[tuple[str, int, int]]:
    result = invoke("claims", "--format", "jsonl", str(path))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return [(r["surface"], r["line"], r["column"]) for r in records]


def assert_claims_in_place(path: Path, encoding: str = "utf-8") -> list[tuple[str, int, int]]:
    """Each claim's line and column point at its surface in the file (the amounts' and
    dates' surfaces are written as they are, no entity)."""
    lines = path.read_bytes().decode(encoding).splitlines()
    found = claims_at(path)
    assert found
    for surface, line, column in found:
        assert lines[line - 1][column - 1:].startswith(surface), (surface, line, column)
    return found


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_without_a_marker_the_slip_fails_the_run(tmp_path: Path) -> None:
    code, data = diff_json(markdown_story(tmp_path / "acme"))
    assert code == 1
    fact = slip(data)
    assert fact["status"] == "conflict"
    assert fact["suppressed"] is False and fact["suppressions"] == []


@pytest.mark.parametrize("marker", SILENCING)
def test_markdown_marker_on_the_line_suppresses(tmp_path: Path, marker: str) -> None:
    folder = markdown_story(tmp_path / "acme", marker)
    code, data = diff_json(folder)
    assert code == 0
    fact = slip(data)
    assert fact["status"] == "conflict" and fact["suppressed"] is True
    [where] = fact["suppressions"]
    assert where["source"] == "fr" and where["line"] == MD_LINE
    line, text = sarif_marker(folder, "fr.md")
    assert line == MD_LINE and text == marker.strip()


@pytest.mark.parametrize("marker", NOT_SILENCING)
def test_markdown_other_rules_do_not_suppress(tmp_path: Path, marker: str) -> None:
    code, data = diff_json(markdown_story(tmp_path / "acme", marker))
    assert code == 1
    assert slip(data)["suppressed"] is False


def test_markdown_marker_alone_on_the_next_line_ends_the_paragraph(tmp_path: Path) -> None:
    folder = markdown_story(tmp_path / "acme", after="<!-- reconcile: ignore[R101] -->\n\n")
    code, data = diff_json(folder)
    assert code == 0
    [where] = slip(data)["suppressions"]
    assert where["line"] == MD_LINE + 1
    assert sarif_marker(folder, "fr.md") == (MD_LINE + 1, "<!-- reconcile: ignore[R101] -->")


def test_markdown_marker_after_a_blank_line_silences_nothing(tmp_path: Path) -> None:
    folder = markdown_story(tmp_path / "acme", after="\n<!-- reconcile: ignore -->\n\n")
    code, data = diff_json(folder)
    assert code == 1 and slip(data)["suppressed"] is False


@pytest.mark.parametrize("where", [
    pytest.param("code-block", id="fenced-code"),
    pytest.param("inline-code", id="inline-code"),
])
def test_markdown_marker_in_code_does_nothing(tmp_path: Path, where: str) -> None:
    if where == "code-block":
        folder = markdown_story(
            tmp_path / "acme",
            after="```\nCette année-là, 24 millions. <!-- reconcile: ignore -->\n```\n\n")
    else:
        folder = markdown_story(tmp_path / "acme", " `<!-- reconcile: ignore -->`")
    code, data = diff_json(folder)
    assert code == 1 and slip(data)["suppressed"] is False


@pytest.mark.parametrize("marker", ["", " <!-- reconcile: ignore[R104] -->",
                                    "<!--\nreconcile: ignore[R101, R104]\n-->"])
def test_markdown_claims_keep_their_place(tmp_path: Path, marker: str) -> None:
    plain = assert_claims_in_place(markdown_story(tmp_path / "a") / "fr.md")
    marked = assert_claims_in_place(markdown_story(tmp_path / "b", marker) / "fr.md")
    # The marker states no number (not 104, not 101) and moves no claim before it.
    assert [c[0] for c in marked] == [c[0] for c in plain]
    assert [c for c in marked if c[1] <= MD_LINE] == [c for c in plain if c[1] <= MD_LINE]


def test_markdown_marker_in_a_list_item_heading_and_table_row() -> None:
    source = ("# Bilan 2019 <!-- reconcile: ignore -->\n\n"
              "- 24 millions <!-- reconcile: ignore[R101] -->\n"
              "- 35 ingénieurs\n\n"
              "| année | montant |\n|---|---|\n| 2019 | 24 millions <!-- reconcile: ignore --> |\n"
              "| 2020 | 3 millions |\n<!-- reconcile: ignore[R104] -->\n")
    [extracted] = read_markdown(RawInput(source.encode(), "fr.md"))
    assert extracted.text.split("\n") == [
        "Bilan 2019 <!-- reconcile: ignore -->",
        "24 millions <!-- reconcile: ignore[R101] -->",
        "35 ingénieurs",
        "année | montant",
        "2019 | 24 millions <!-- reconcile: ignore -->",
        "2020 | 3 millions <!-- reconcile: ignore[R104] -->",
    ]
    # Each marker of the text is the file's comment, character for character.
    mapping = extracted.source_map
    assert mapping is not None
    text = extracted.text
    at = 0
    while (at := text.find("<!--", at)) >= 0:
        end = text.index("-->", at) + 3
        start_in_file = mapping.original_offset(at)
        assert source[start_in_file:start_in_file + end - at] == text[at:end]
        at = end


# --- HTML ---------------------------------------------------------------------------------


def test_html_without_a_marker_the_slip_fails_the_run(tmp_path: Path) -> None:
    code, data = diff_json(html_story(tmp_path / "acme"))
    assert code == 1
    assert slip(data)["suppressed"] is False


@pytest.mark.parametrize("marker", SILENCING)
def test_html_marker_in_the_paragraph_suppresses(tmp_path: Path, marker: str) -> None:
    folder = html_story(tmp_path / "acme", marker)
    code, data = diff_json(folder)
    assert code == 0
    fact = slip(data)
    assert fact["status"] == "conflict" and fact["suppressed"] is True
    [where] = fact["suppressions"]
    assert where["source"] == "fr" and where["line"] == HTML_LINE
    assert sarif_marker(folder, "fr.html") == (HTML_LINE, marker.strip())


@pytest.mark.parametrize("after", [
    pytest.param(" <!-- reconcile: ignore -->", id="same-line"),
    pytest.param("\n<!-- reconcile: ignore -->", id="next-line"),
])
def test_html_marker_after_the_paragraph_suppresses(tmp_path: Path, after: str) -> None:
    folder = html_story(tmp_path / "acme", after=after)
    code, data = diff_json(folder)
    assert code == 0
    assert slip(data)["suppressed"] is True
    line = HTML_LINE + after.count("\n")
    assert sarif_marker(folder, "fr.html") == (line, "<!-- reconcile: ignore -->")


@pytest.mark.parametrize("marker", NOT_SILENCING)
def test_html_other_rules_do_not_suppress(tmp_path: Path, marker: str) -> None:
    code, data = diff_json(html_story(tmp_path / "acme", marker))
    assert code == 1
    assert slip(data)["suppressed"] is False


def test_html_marker_in_a_script_does_nothing(tmp_path: Path) -> None:
    # FR_HTML's script holds a marker-like string; it is script, not a comment.
    code, data = diff_json(html_story(tmp_path / "acme"))
    assert code == 1 and slip(data)["suppressed"] is False


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1252"])
@pytest.mark.parametrize("marker", ["", " <!-- reconcile: ignore[R104] -->"])
def test_html_claims_keep_their_place(tmp_path: Path, encoding: str, marker: str) -> None:
    plain = assert_claims_in_place(html_story(tmp_path / "a", encoding=encoding) / "fr.html",
                                   encoding)
    marked = assert_claims_in_place(
        html_story(tmp_path / "b", marker, encoding=encoding) / "fr.html", encoding)
    assert marked == plain


def test_html_marker_becomes_a_bracketed_marker_in_its_element() -> None:
    page = ("<html><head></head><body><article>\n"
            "<h1>Bilan 2019 <!-- reconcile: ignore --></h1>\n"
            "<p>L'entreprise a versé <b>24 millions</b></p> <!-- reconcile: ignore -->\n"
            "<ul><li>35 ingénieurs <!--reconcile: ignore[R104]--></li><li>2020</li></ul>\n"
            "<p>Le laboratoire employait 35 ingénieurs en 2020 et 40 en 2021.</p>\n"
            "</article></body></html>\n")
    [extracted] = read_html(RawInput(page.encode(), "fr.html"))
    lines = extracted.text.split("\n")
    assert "L'entreprise a versé 24 millions [reconcile: ignore]" in lines
    assert any(line.endswith("35 ingénieurs [reconcile: ignore[R104]]") for line in lines)
    assert lines[0] == "Bilan 2019 [reconcile: ignore]"
    assert extracted.title == "Bilan 2019"  # read from the heading, without the marker
