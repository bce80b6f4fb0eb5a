"""gettext PO: msgid and msgstr are two versions; a differing number names its entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli import cli
from reconcile.errors import InputError
from reconcile.ingest import load_stories
from reconcile.inputs.po import parse_po

DATA = Path(__file__).resolve().parent / "data" / "inputs"
PO = DATA / "harbour.fr.po"
PLAIN = {"NO_COLOR": "1", "COLUMNS": "100", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: {lang}\\n"\n\n')


def test_entries_headers_fuzzy_and_obsolete() -> None:
    parsed = parse_po(PO.read_text(encoding="utf-8"), str(PO))
    assert (parsed.source_lang, parsed.target_lang) == ("en", "fr")
    # The fuzzy entry (570 for 750) and the obsolete one are not translations gettext uses.
    assert [u.id for u in parsed.units] == ["11", "15"]
    assert parsed.units[1].target.startswith("Le chantier emploiera 900 personnes")


def test_plural_entries_pair_the_singular_forms() -> None:
    text = HEADER.format(lang="id") + (
        'msgid "One file was deleted."\nmsgid_plural "%d files were deleted."\n'
        'msgstr[0] "Satu berkas dihapus."\nmsgstr[1] "%d berkas dihapus."\n')
    (entry,) = parse_po(text, "x.po").units
    assert (entry.source, entry.target) == ("One file was deleted.", "Satu berkas dihapus.")


def test_untranslated_entries_leave_the_target_side_without_them(tmp_path: Path) -> None:
    path = tmp_path / "app.ja.po"
    path.write_text(HEADER.format(lang="ja") + (
        'msgid "The bridge is 120 metres long."\nmsgstr "橋の長さは120メートルだ。"\n\n'
        'msgid "It opened in 1998."\nmsgstr ""\n'), encoding="utf-8")
    (story,) = load_stories([path])
    en, ja = (s.document for s in story.sources)
    assert en is not None and ja is not None
    # No X-Source-Language header: the msgid side's language is detected.
    assert (en.lang, en.lang_origin, ja.lang) == ("en", "detected", "ja")
    assert "1998" in en.text and "1998" not in ja.text
    assert [p.unit for p in ja.paragraphs] == ["6"]  # the line its entry starts on
    assert [s.source_id for s in story.sources] == ["app.ja:source", "app.ja:target"]


def test_a_file_without_messages_or_with_bad_syntax_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no translated messages"):
        parse_po(HEADER.format(lang="fr"), "x.po")
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "a"\nmsgstr "b"\nthis is not po\n', encoding="utf-8")
    (story,) = load_stories([bad])
    (source,) = story.sources
    assert source.document is None
    assert source.error is not None and source.error.startswith(f"{bad}: not a valid PO file")


def test_diff_names_the_entry_of_a_differing_number() -> None:
    result = CliRunner().invoke(cli, ["diff", "--format", "json", str(PO)], env=PLAIN)
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["sources"]] == ["harbour.fr:en", "harbour.fr:fr"]
    (fact,) = [f for f in data["facts"] if f["status"] == "conflict"]
    assert fact["translation_unit"] == "15"
    assert [m["low"] for m in fact["mentions"]] == [600, 900]
    table = CliRunner().invoke(cli, ["diff", str(PO)], env=PLAIN)
    assert "· unit 15" in table.stdout
