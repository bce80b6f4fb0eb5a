"""Input formats: HTML pages, Markdown, a .txt holding HTML, stdin, and a mixed story.

The fixtures in tests/data/inputs/ were written for these tests: bridge/ is one story as
an HTML news page (en.html: header, menu, related links, a data table, comments, footer),
a Markdown file with front matter (fr.md: a code block, inline code, a link target and an
HTML comment holding numbers, and a table) and a plain text file (id.txt). The French
version states 4.5 billion where the others state 4.2 billion.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from reconcile.api import extract_document
from reconcile.cli import cli
from reconcile.errors import InputError, UsageError
from reconcile.ingest import load_stories, read_documents
from reconcile.inputs import detect_format, read_input
from reconcile.model import Claim, Document
from reconcile.report.locations import Located
from reconcile.textpos import Positions, SourceMap

DATA = Path(__file__).parent / "data" / "inputs"
BRIDGE = DATA / "bridge"


def read_document(path: Path, **options: Any) -> Document:
    """The one version a plain file holds."""
    (document,) = read_documents(path, **options)
    return document


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr


def doc(path: Path, lang: str | None = None, input_format: str | None = None) -> Document:
    return read_document(path, source_id=path.stem, lang=lang, lang_origin="option",
                         input_format=input_format)


def claims_of(document: Document) -> list[Claim]:
    return extract_document(document)


def values(claims: list[Claim]) -> set[tuple[str, Decimal | None, str | None]]:
    return {(c.kind, c.low, c.unit) for c in claims}


def original_at(document: Document, offset: int) -> str:
    """The original file's text from the line and column an offset maps to."""
    line, column = Positions.of(document.text, document.source_map).position(offset)
    source_map = document.source_map
    original = source_map.original if source_map is not None else document.text
    return original.splitlines()[line - 1][column - 1:]


# --- HTML ----------------------------------------------------------------------------------


def test_html_article_text_and_metadata() -> None:
    page = doc(BRIDGE / "en.html")
    assert page.format == "html"
    assert page.lang == "en"
    assert dict(page.meta) == {"title": "Harbour bridge costs rise to $4.2 billion",
                               "author": "Maria Okafor", "date": "2023-05-14",
                               "outlet": "The Coastal Ledger"}
    assert "<" not in page.text
    assert "The regional council said on Tuesday" in page.text


def test_html_table_numbers_are_claims_furniture_numbers_are_not() -> None:
    found = claims_of(doc(BRIDGE / "en.html"))
    got = values(found)
    # The article and its data table.
    assert ("money", Decimal("4200000000"), "USD") in got
    assert ("money", Decimal("2600000000"), "USD") in got  # only in the table
    assert ("count", Decimal("640"), "pages") in got
    assert ("percent", Decimal("35"), "percent") in got
    surfaces = {c.surface for c in found}
    assert {"2021", "$2.6 billion", "2022", "2023"} <= surfaces
    # Menu ("Top 100", "25 degrees"), related links ("12%", "3 million"), comments ("57",
    # "$90"), footer ("2024", "77", "555-0199") and the ad ("50%", "6 months").
    lows = {c.low for c in found if c.low is not None}
    for furniture in ("100", "25", "12", "3000000", "57", "90", "77", "50", "6"):
        assert Decimal(furniture) not in lows, furniture
    assert not any(c.surface in ("2024", "$90", "50%", "12%") for c in found)


def test_html_claims_point_at_their_line_and_column_in_the_page() -> None:
    page = doc(BRIDGE / "en.html")
    found = claims_of(page)
    assert found
    for claim in found:
        assert page.text[claim.start:claim.end] == claim.surface
        assert original_at(page, claim.start).startswith(claim.surface), claim.surface
    lines = (BRIDGE / "en.html").read_text().splitlines()
    table = next(c for c in found if c.surface == "$2.6 billion")
    line, _ = Positions.of(page.text, page.source_map).position(table.start)
    assert "<td>$2.6 billion</td>" in lines[line - 1]


def test_html_entities_are_decoded_and_malformed_markup_still_reads() -> None:
    page = doc(DATA / "malformed.html")
    assert "d'euros" in page.text
    money = [c for c in claims_of(page) if c.kind == "money"]
    assert [(c.surface, c.low, c.unit) for c in money] == [
        ("12 millions d'euros", Decimal("12000000"), "EUR")]
    # The decoded apostrophe maps back to its entity's line.
    assert original_at(page, money[0].start).startswith("12 millions d&#x27;euros")


def test_html_with_no_article_is_a_clear_error(tmp_path: Path) -> None:
    # An unclosed <title> swallows the whole page, as in a browser.
    page = tmp_path / "broken.html"
    page.write_text("<html><head><title>Budget<body><p>12 millions</p></body></html>")
    with pytest.raises(InputError, match="no article text found in the HTML page"):
        doc(page)


def test_a_txt_holding_html_is_read_as_html() -> None:
    page = doc(DATA / "page.txt")
    assert page.format == "html"
    assert "<td>" not in page.text
    assert dict(page.meta)["outlet"] == "The Coastal Ledger"


def test_input_format_text_reads_a_page_as_it_is() -> None:
    page = doc(DATA / "page.txt", input_format="text")
    assert page.format == "text"
    assert page.source_map is None
    assert "<td>" in page.text


def test_unknown_input_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown input format 'pdf'"):
        load_stories([BRIDGE], input_format="pdf")


@pytest.mark.parametrize(("content", "name", "expected"), [
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt", "html"),
    (b"\xef\xbb\xbf  <html lang='fr'><p>x</p></html>", "-", "html"),
    (b"<!-- saved page --><!doctype HTML><p>x", "saved", "html"),
    (b"<div><p>a</p></div>" * 5, "fragment.txt", "html"),
    (b"Use <b>bold</b> for the total: 5 < 7.", "note.txt", "text"),
    (b"# Title\n\nSome *prose* with 5 items.", "notes.md", "markdown"),
    (b"<html><p>x</p></html>", "notes.md", "markdown"),
    (b"plain 42", "x.html", "html"),
    (b"---\ntitle: Budget\ndate: 2023-05-15\n---\n\nLe budget est de 5 millions.", "-",
     "markdown"),
    (b"---\n\nA story after a rule, 5 items.", "-", "text"),
])
def test_detect_format_from_suffix_and_content(content: bytes, name: str,
                                               expected: str) -> None:
    assert detect_format(content, name).name == expected


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_front_matter_gives_lang_and_metadata() -> None:
    page = doc(BRIDGE / "fr.md")
    assert page.format == "markdown"
    assert (page.lang, page.lang_origin) == ("fr", "manifest")
    assert dict(page.meta) == {
        "title": "Pont du port : la facture grimpe à 4,5 milliards de dollars",
        "author": "Claire Dubois", "date": "2023-05-15", "outlet": "Le Courrier du Littoral"}
    assert "title:" not in page.text


def test_markdown_code_comments_and_link_targets_are_not_prose() -> None:
    page = doc(BRIDGE / "fr.md")
    for hidden in ("9 999", "123 456", "7 000", "2048", "example.org", "48.pdf", "```", "<!--"):
        assert hidden not in page.text, hidden
    found = claims_of(page)
    lows = {c.low for c in found if c.low is not None}
    assert not lows & {Decimal("9999"), Decimal("123456"), Decimal("7000"), Decimal("2048")}
    # Link text is prose; the table's rows are too.
    assert "rapport 2022, page 48" in page.text
    assert "2021 | 2,6 milliards de dollars" in page.text
    assert ("money", Decimal("2600000000"), "USD") in values(found)


def test_markdown_claims_point_at_their_line_and_column() -> None:
    page = doc(BRIDGE / "fr.md")
    found = claims_of(page)
    for claim in found:
        assert page.text[claim.start:claim.end] == claim.surface
        assert original_at(page, claim.start).startswith(claim.surface), claim.surface
    lines = (BRIDGE / "fr.md").read_text().splitlines()
    table = next(c for c in found if c.surface == "2,6 milliards de dollars")
    line, _ = Positions.of(page.text, page.source_map).position(table.start)
    assert lines[line - 1] == "| 2021 | 2,6 milliards de dollars |"


def test_markdown_wrapped_paragraph_is_one_line_of_prose() -> None:
    (version,) = read_input(b"Le conseil a vot\xc3\xa9\nun budget de 5 millions d'euros.\n",
                            "x.md")
    assert version.text == "Le conseil a voté un budget de 5 millions d'euros."


def test_markdown_malformed_front_matter_is_an_error_with_its_line(tmp_path: Path) -> None:
    page = tmp_path / "bad.md"
    page.write_text("---\ntitle: ok\ndate: [2023\n---\n\nLe budget est de 5 millions.\n")
    with pytest.raises(InputError, match=r"malformed front matter at line \d"):
        doc(page)


def test_markdown_escapes_and_entities_keep_their_place() -> None:
    source = "Budget \\*prévu\\* &amp; voté : 12 millions d&#39;euros.\n"
    (version,) = read_input(source.encode(), "x.md")
    assert version.text == "Budget *prévu* & voté : 12 millions d'euros."
    assert version.source_map is not None
    at = version.text.index("12 millions")
    assert version.source_map.original_offset(at) == source.index("12 millions")
    assert version.source_map.original_offset(version.text.index("voté")) \
        == source.index("voté")


# --- position maps -------------------------------------------------------------------------


def test_source_map_runs_and_positions() -> None:
    original = "ab\n<p>c&amp;d</p>"
    # text "c&d" from offsets 6, 7 (the entity), 12.
    source_map = SourceMap.of(original, [6, 7, 12])
    assert source_map.runs == ((0, 6, 2), (2, 12, 1))
    positions = Positions.of("c&d", source_map)
    assert positions.position(0) == (2, 4)
    assert positions.position(2) == (2, 10)
    assert positions.end_position(0, 3) == (2, 11)
    plain = Positions.of("ab\ncd")
    assert plain.position(4) == (2, 2)


# --- folders, stdin, mixed stories ---------------------------------------------------------


def test_a_folder_of_web_pages_is_a_story(tmp_path: Path) -> None:
    for name in ("en.html", "copy.htm"):
        (tmp_path / name).write_bytes((BRIDGE / "en.html").read_bytes())
    (story,) = load_stories([tmp_path])
    assert [(s.source_id, s.error) for s in story.sources] == [("copy", None), ("en", None)]


def test_the_no_files_message_lists_the_suffixes(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (story,) = load_stories([tmp_path])
    error = story.sources[0].error or ""
    for suffix in ("*.txt", "*.md", "*.html", "*.htm"):
        assert suffix in error


def test_stdin_is_one_version_with_its_format_detected() -> None:
    result = run("claims", "--format", "json", "-", stdin=(BRIDGE / "en.html").read_bytes())
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    (source,) = report["sources"]
    assert (source["id"], source["path"], source["format"]) == ("stdin", "-", "html")
    assert source["meta"]["outlet"] == "The Coastal Ledger"
    assert {c["source"] for c in report["claims"]} == {"stdin"}


def test_stdin_with_lang_and_a_file_in_one_diff() -> None:
    page = (BRIDGE / "en.html").read_bytes()
    result = run("diff", "--format", "json", "--fail-on", "never", "--lang", "en", "-",
                 str(BRIDGE / "id.txt"), stdin=page)
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    sources = {s["id"]: s for s in json.loads(result.stdout)["sources"]}
    assert set(sources) == {"stdin", "id"}
    assert sources["stdin"]["lang"] == "en"


def test_empty_stdin_is_an_input_error() -> None:
    result = run("claims", "-", str(BRIDGE / "id.txt"), stdin=b"")
    no_traceback(result)
    assert result.exit_code == 2
    assert "-: file is empty" in result.stderr


def test_mixed_story_html_markdown_text_in_one_diff() -> None:
    result = run("diff", "--format", "json", "--all", str(BRIDGE))
    no_traceback(result)
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    formats = {s["id"]: s["format"] for s in report["sources"]}
    assert formats == {"en": "html", "fr": "markdown", "id": "text"}
    meta = {s["id"]: s["meta"] for s in report["sources"]}
    assert meta["en"]["date"] == "2023-05-14"
    assert meta["fr"]["outlet"] == "Le Courrier du Littoral"
    assert meta["id"] == {}
    mentions = [{(m["source"], m["surface"]) for m in f["mentions"]} for f in report["facts"]]
    # One fact read from the three formats, and the two tables' rows matched.
    assert {("en", "About 1,200"), ("fr", "Environ 1 200"), ("id", "Sekitar 1.200")} \
        in mentions
    assert {("en", "$2.6 billion"), ("fr", "2,6 milliards de dollars")} in mentions


def test_report_regions_point_into_the_original_files() -> None:
    """The regions SARIF and GitHub annotations use, for every claim of each format."""
    (story,) = load_stories([BRIDGE])
    where = Located.of(story.sources)
    checked = 0
    for source in story.sources:
        assert source.document is not None
        lines = Path(source.path).read_text().splitlines()
        for claim in claims_of(source.document):
            region = where.claim(claim)
            assert region.path == Path(source.path).as_posix()
            line = lines[region.start_line - 1]
            assert line[region.start_column - 1:].startswith(claim.surface), claim.surface
            if region.end_line == region.start_line:
                assert line[region.start_column - 1:region.end_column - 1] == claim.surface
            checked += 1
    assert checked > 30


# --- the publication date anchors relative dates ------------------------------------------


def test_publication_date_anchors_relative_dates() -> None:
    for path, phrase in ((BRIDGE / "en.html", "last year"), (BRIDGE / "fr.md", "l'an dernier")):
        (claim,) = [c for c in claims_of(doc(path)) if c.surface == phrase]
        assert (claim.date, claim.relative, claim.anchor) == ("2022", phrase, "2023-05")


def test_without_a_publication_date_relative_dates_stay_relative() -> None:
    (claim,) = [c for c in claims_of(doc(BRIDGE / "id.txt")) if c.surface == "tahun lalu"]
    assert (claim.date, claim.relative, claim.anchor) == (None, "tahun lalu", None)


def test_manifest_date_anchors_relative_dates(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nfile = "en.txt"\nlang = "en"\ndate = 2020-03-01\n')
    (tmp_path / "en.txt").write_text(
        "Sales fell last year. That year the firm also cut 300 jobs.\n")
    (story,) = load_stories([tmp_path])
    (source,) = story.sources
    assert source.document is not None
    dates = [(c.surface, c.date, c.anchor) for c in claims_of(source.document)
             if c.kind == "date"]
    # "That year" names the year its paragraph stated last, "last year" resolved from the
    # manifest's date.
    assert dates == [("last year", "2019", "2020-03"), ("That year", "2019", "2019")]


def test_a_stated_date_still_wins_over_the_publication_date(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("---\ndate: 2023-05-15\n---\n\nIn 2015 the plant opened. "
                    "That year it hired 300 people.\n")
    found = [c for c in claims_of(doc(page, lang="en")) if c.kind == "date"]
    assert [(c.surface, c.date) for c in found] == [("2015", "2015"), ("That year", "2015")]


def test_claims_json_gives_the_line_and_column_in_the_page() -> None:
    result = run("claims", "--format", "jsonl", str(BRIDGE / "en.html"))
    no_traceback(result)
    lines = (BRIDGE / "en.html").read_text().splitlines()
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        line = lines[record["line"] - 1]
        assert line[record["column"] - 1:].startswith(record["surface"]), record


def test_check_names_the_line_of_the_page(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    story = tmp_path / "bridge"
    story.mkdir()
    for path in BRIDGE.iterdir():
        (story / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert run("baseline", "bridge").exit_code == 0
    page = story / "en.html"
    page.write_text(page.read_text().replace("About 1,200 workers", "About 1,900 workers"))
    result = run("check", "bridge/en.html")
    no_traceback(result)
    assert result.exit_code == 1
    line = next(n for n, text in enumerate(page.read_text().splitlines(), 1)
                if "About 1,900" in text)
    assert f"en.html:{line}:6: " in result.stdout


@pytest.mark.parametrize("stated", ["May 2023", "14-05-2023", "", "20230", "yesterday"])
def test_a_date_that_is_not_iso_anchors_nothing(tmp_path: Path, stated: str) -> None:
    page = tmp_path / "a.md"
    page.write_text(f"---\ndate: \"{stated}\"\n---\n\nSales fell last year.\n")
    (claim,) = claims_of(doc(page, lang="en"))
    assert (claim.surface, claim.date, claim.anchor) == ("last year", None, None)


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes(
        "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Budget</title>"
        "</head><body><article><p>La ville a voté un budget de 12 millions d'euros pour "
        "l'année, soit une hausse de 8 % par rapport à 2022.</p><p>Les travaux de la "
        "piscine dureront 18 mois.</p></article></body></html>".encode("latin-1"))
    page_doc = doc(page)
    assert "voté" in page_doc.text
    assert [(c.surface, c.low, c.unit) for c in claims_of(page_doc) if c.kind == "money"] \
        == [("12 millions d'euros", Decimal("12000000"), "EUR")]


def test_binary_html_is_an_input_error(tmp_path: Path) -> None:
    page = tmp_path / "x.html"
    page.write_bytes(b"<html>\x00\x01\x02")
    result = run("claims", str(page), str(BRIDGE / "id.txt"))
    no_traceback(result)
    assert result.exit_code == 2
    assert "x.html: looks like a binary file" in result.stderr


def test_the_cli_offers_exactly_the_library_input_formats() -> None:
    from reconcile.cli import INPUT_FORMATS
    from reconcile.inputs import AUTO, FORMAT_NAMES

    assert INPUT_FORMATS[0] == AUTO
    assert sorted(INPUT_FORMATS[1:]) == sorted(FORMAT_NAMES)
