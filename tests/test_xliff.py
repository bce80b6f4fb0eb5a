"""XLIFF 1.2 and 2.x: two versions per file, inline markup flattened, units pair the claims."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reconcile import extract_claims
from reconcile.align import Node, context_affinity
from reconcile.cli import cli
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.errors import InputError
from reconcile.ingest import load_stories
from reconcile.inputs.xliff import looks_like_xliff, parse_xliff

DATA = Path(__file__).resolve().parent / "data" / "inputs"
XLIFF_12 = DATA / "harbour.en-fr.xlf"
XLIFF_20 = DATA / "harbour.en-ja.xlf"
BROKEN = DATA / "broken.xlf"
PLAIN = {"NO_COLOR": "1", "COLUMNS": "100", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}


def invoke(args: Sequence[str]) -> Result:
    return CliRunner().invoke(cli, list(args), env=PLAIN, catch_exceptions=False)


def xliff_12(units: str, src: str = "en", tgt: str = "fr", head: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{head}'
            f'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            f'<file original="a" source-language="{src}" target-language="{tgt}" '
            f'datatype="plaintext"><body>\n{units}\n</body></file></xliff>\n').encode()


def unit(uid: str, source: str, target: str) -> str:
    return (f'<trans-unit id="{uid}"><source>{source}</source>'
            f'<target>{target}</target></trans-unit>\n')


# --- parsing ---------------------------------------------------------------------------------


def test_xliff_12_units_languages_and_inline_markup() -> None:
    parsed = parse_xliff(XLIFF_12.read_bytes(), str(XLIFF_12))
    assert (parsed.source_lang, parsed.target_lang) == ("en", "fr")  # en-GB, fr-FR
    assert [u.id for u in parsed.units] == ["title", "p1", "p2", "p3", "p4"]  # groups too
    p1 = parsed.units[1]
    # <g> keeps its text; <x/> is a placeholder; <ph> holds the original format's code.
    assert "$45 million for the new quay" in p1.source
    assert "45 millions de dollars pour" in p1.target
    assert parsed.units[2].source.endswith("the year before.")
    assert "<br/>" not in parsed.units[4].source and "br" not in parsed.units[4].target
    assert parsed.units[3].target_line == 20


def test_xliff_20_segments_and_ignorables_join_in_order() -> None:
    parsed = parse_xliff(XLIFF_20.read_bytes(), str(XLIFF_20))
    assert (parsed.source_lang, parsed.target_lang) == ("en", "ja")
    p2 = parsed.units[1]
    assert p2.id == "p2"
    assert p2.source == ("The terminal handled 1.2 million containers in 2023. "
                         "That was 8% more than the year before.")
    assert parsed.units[0].target == "地域評議会は新しい岸壁のために4500万ドルの予算を承認した。"


def test_xliff_20_code_points_and_nested_markup() -> None:
    data = (b'<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" '
            b'trgLang="fr"><file id="f"><unit id="u1"><segment>'
            b'<source>About <pc id="1"><mrk id="m">12</mrk></pc>%<cp hex="00A0"/>more</source>'
            b'<target>Environ <pc id="1">12</pc><sc id="2"/> %<ec startRef="2"/></target>'
            b'</segment></unit></file></xliff>')
    parsed = parse_xliff(data, "x.xlf")
    assert parsed.units[0].source == "About 12%\u00a0more"
    assert parsed.units[0].target == "Environ 12 %"


@pytest.mark.parametrize("xmlns", [
    ' xmlns="urn:oasis:names:tc:xliff:document:1.1"',  # written by translate-toolkit
    "",  # some tools leave the namespace out
])
def test_xliff_11_and_unnamespaced_files(xmlns: str) -> None:
    data = (f'<xliff version="1.1"{xmlns}><file original="m.po" source-language="en-US" '
            'target-language="fr" datatype="po"><body>'
            '<trans-unit id="1" restype="x-gettext-domain-header"><source>Project-Id-Version: '
            '2.0</source><target>Project-Id-Version: 2.0</target></trans-unit>'
            '<trans-unit id="2"><source>We sold 30 boats.</source>'
            '<target>Nous avons vendu 30 bateaux.</target></trans-unit>'
            '</body></file></xliff>').encode()
    parsed = parse_xliff(data, "m.xlf")
    assert (parsed.source_lang, parsed.target_lang) == ("en", "fr")
    assert [(u.id, u.target) for u in parsed.units] == [("2", "Nous avons vendu 30 bateaux.")]


def test_several_files_qualify_unit_ids() -> None:
    data = xliff_12(unit("1", "One", "Un")).replace(
        b"</file>", b'</file><file original="b" source-language="en" target-language="fr" '
        b'datatype="plaintext"><body>' + unit("1", "Two", "Deux").encode() + b"</body></file>")
    assert [u.id for u in parse_xliff(data, "x.xlf").units] == ["a/1", "b/1"]


def test_entities_are_never_expanded_nor_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET 999", encoding="utf-8")
    head = (f'<!DOCTYPE xliff [<!ENTITY inner "12 expanded">'
            f'<!ENTITY outer SYSTEM "{secret.as_uri()}">]>\n')
    data = xliff_12(unit("1", "Built &inner; then &outer; here.", "Construit ici."), head=head)
    parsed = parse_xliff(data, "x.xlf")
    assert "expanded" not in parsed.units[0].source
    assert "SECRET" not in parsed.units[0].source
    assert parsed.units[0].source.startswith("Built ")


def test_not_well_formed_names_line_and_column() -> None:
    with pytest.raises(InputError) as caught:
        parse_xliff(BROKEN.read_bytes(), str(BROKEN))
    assert caught.value.path == str(BROKEN)
    assert "line 10, column 9" in caught.value.problem


@pytest.mark.parametrize(("data", "problem"), [
    (b"<html><body>x</body></html>", "not an XLIFF file"),
    (b'<xliff version="9" xmlns="urn:example:other"/>', "unsupported XLIFF version"),
    (xliff_12(""), "no translation units"),
])
def test_other_xml_is_a_clear_error(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        parse_xliff(data, "x.xlf")


def test_content_sniffing() -> None:
    assert looks_like_xliff(XLIFF_12.read_bytes())
    assert looks_like_xliff(b"\xef\xbb\xbf<!-- export -->\n<xliff version='1.2'>")
    assert not looks_like_xliff(b"<html><p>about <xliff> files</p></html>")


# --- ingest: one file, two versions ------------------------------------------------------------


def test_a_file_is_two_sources_with_unit_paragraphs() -> None:
    (story,) = load_stories([XLIFF_12])
    assert [s.source_id for s in story.sources] == ["harbour.en-fr:en", "harbour.en-fr:fr"]
    en, fr = (s.document for s in story.sources)
    assert en is not None and fr is not None
    assert (en.lang, fr.lang, fr.format) == ("en", "fr", "xliff")
    assert [p.unit for p in fr.paragraphs] == ["title", "p1", "p2", "p3", "p4"]
    p3 = fr.paragraphs[3]
    assert fr.text[p3.start:p3.end].startswith("Le chantier emploiera 900 personnes")


def test_declared_languages_win_over_lang_option() -> None:
    (story,) = load_stories([XLIFF_20], lang="fr")
    assert [s.lang for s in story.sources] == ["en", "ja"]


def test_an_xml_file_holding_xliff_is_read_as_xliff(tmp_path: Path) -> None:
    export = tmp_path / "export.xml"
    export.write_bytes(XLIFF_20.read_bytes())
    (story,) = load_stories([export])
    assert [s.source_id for s in story.sources] == ["export:en", "export:ja"]


def test_a_folder_picks_up_xliff_files(tmp_path: Path) -> None:
    (tmp_path / "site.xliff").write_bytes(xliff_12(unit("1", "We hired 40 people.",
                                                         "Nous avons embauché 40 personnes.")))
    (story,) = load_stories([tmp_path])
    assert [s.source_id for s in story.sources] == ["site:en", "site:fr"]


# --- alignment: the unit pairs the claims --------------------------------------------------------


def test_claims_link_only_within_their_unit(tmp_path: Path) -> None:
    # The values alone would pair 100 with 100 and 200 with 200, across units; the file says
    # unit a states 100 in English and 200 in French, unit b the reverse: two conflicts.
    path = tmp_path / "swap.xlf"
    path.write_bytes(xliff_12(
        unit("a", "The plant hired 100 workers.", "L'usine a embauché 200 ouvriers.")
        + unit("b", "The port hired 200 dockers.", "Le port a embauché 100 dockers.")))
    (story,) = load_stories([path])
    result = diff_story(story, load_aliases([]))
    conflicts = sorted((f.translation_unit, tuple(c.low for c in f.claims))
                       for f in result.facts if f.status == "conflict")
    assert conflicts == [("a", (Decimal(100), Decimal(200))),
                         ("b", (Decimal(200), Decimal(100)))]
    assert result.parallel == (("swap:en", "swap:fr"),)


def test_unit_restriction_is_per_file() -> None:
    # Two claims of one file in different units cannot be one fact; claims of two files
    # (or of a file and a plain text) are scored as usual.
    (claim,) = extract_claims("It cost $5 million.", "en")

    def node(source: str, unit: tuple[str, str] | None) -> Node:
        return Node(source, 0, claim, 0, 0.0, None, frozenset(), unit=unit)

    assert context_affinity(node("a:en", ("a.xlf", "1")), node("a:fr", ("a.xlf", "2")), {}) \
        is None
    assert context_affinity(node("a:en", ("a.xlf", "1")), node("a:fr", ("a.xlf", "1")), {}) \
        is not None
    assert context_affinity(node("a:en", ("a.xlf", "1")), node("b:fr", ("b.xlf", "2")), {}) \
        is not None
    assert context_affinity(node("a:en", ("a.xlf", "1")), node("fr", None), {}) is not None


def test_claim_offsets_point_into_each_side() -> None:
    (story,) = load_stories([XLIFF_12, XLIFF_20])
    result = diff_story(story, load_aliases([]))
    texts = {s.source_id: s.document.text for s in story.sources if s.document}
    for sid, claims in result.claims:
        for claim in claims:
            assert texts[sid][claim.start:claim.end] == claim.surface
            assert claim.translation_unit is not None


# --- the CLI --------------------------------------------------------------------------------------


def test_diff_reports_the_unit_of_a_differing_number() -> None:
    table = invoke(["diff", str(XLIFF_12)])
    assert table.exit_code == 1, table.stderr
    assert "CONFLICT count in 2027" in table.stdout
    assert "id: count-2027 · unit p3" in table.stdout
    assert "harbour.en-fr:fr   900 personnes" in table.stdout

    markdown = invoke(["diff", "--format", "markdown", str(XLIFF_12)]).stdout
    assert "`count-2027` · **R100** · unit p3" in markdown

    data = json.loads(invoke(["diff", "--format", "json", str(XLIFF_12)]).stdout)
    (fact,) = [f for f in data["facts"] if f["status"] == "conflict"]
    assert fact["translation_unit"] == "p3"
    assert [m["translation_unit"] for m in fact["mentions"]] == ["p3", "p3"]
    assert [(m["source"], m["low"]) for m in fact["mentions"]] == [
        ("harbour.en-fr:en", 600), ("harbour.en-fr:fr", 900)]
    assert {s["format"] for s in data["sources"]} == {"xliff"}


def test_sarif_locates_claims_in_the_xliff_file() -> None:
    sarif = json.loads(invoke(["diff", "--format", "sarif", str(XLIFF_12)]).stdout)
    (result,) = sarif["runs"][0]["results"]
    assert "(unit p3)" in result["message"]["text"]
    assert result["properties"]["translationUnit"] == "p3"
    lines = XLIFF_12.read_text(encoding="utf-8").splitlines()
    for location in result["locations"] + result.get("relatedLocations", []):
        region = location["physicalLocation"]["region"]
        line = lines[region["startLine"] - 1]
        found = line[region["startColumn"] - 1:region["endColumn"] - 1]
        assert found == region["snippet"]["text"]


def test_malformed_xliff_exits_2_and_the_other_inputs_still_run() -> None:
    result = invoke(["diff", str(BROKEN), str(XLIFF_12)])
    assert result.exit_code == 2
    assert f"{BROKEN}: not well-formed XML at line 10, column 9" in result.stderr
    assert "CONFLICT count in 2027" in result.stdout


def test_claims_lists_both_sides() -> None:
    result = invoke(["claims", "--format", "jsonl", str(XLIFF_20)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["source"] for r in rows} == {"harbour.en-ja:en", "harbour.en-ja:ja"}
    (budget,) = [r for r in rows if r["surface"] == "4500万ドル"]
    assert (budget["low"], budget["unit"], budget["translation_unit"]) == (45000000, "USD", "p1")
