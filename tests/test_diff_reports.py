"""The diff renderers on hand-built results: JSON records, Markdown, values and snippets."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from reconcile.model import (
    Claim,
    ClaimKind,
    DiffResult,
    Fact,
    FactStatus,
    Qualifier,
    Source,
    Story,
    Verdict,
)
from reconcile.report import jsonio
from reconcile.report.markdown import render_markdown
from reconcile.report.values import format_value, number, snippet

Num = Decimal | int | str | None


def _dec(value: Num) -> Decimal | None:
    return None if value is None else Decimal(value)


def claim(kind: ClaimKind, low: Num, high: Num, qualifier: Qualifier = "eq",
          unit: str | None = "USD", source: str = "en", date: str | None = None,
          surface: str = "x", sentence: str | None = None) -> Claim:
    """A claim whose sentence is its surface unless given; offsets point into the sentence."""
    sentence = surface if sentence is None else sentence
    start = sentence.index(surface)
    return Claim(kind=kind, surface=surface, start=start, end=start + len(surface),
                 sentence=sentence, lang="en", low=_dec(low), high=_dec(high),
                 qualifier=qualifier, unit=unit, date=date, source=source)


def usd(value: Num, qualifier: Qualifier = "eq", source: str = "en",
        surface: str = "x", sentence: str | None = None) -> Claim:
    return claim("money", value, value, qualifier, "USD", source, surface=surface,
                 sentence=sentence)


def fact(fact_id: str, status: FactStatus, claims: tuple[Claim, ...] = (),
         outliers: tuple[str, ...] = (), label: str = "money in 2016",
         diagnosis: str | None = None, code: str | None = None) -> Fact:
    claims = claims or (usd(5, source="en"), usd(5, source="fr"))
    return Fact(id=fact_id, kind=claims[0].kind, label=label, claims=claims,
                verdict=Verdict(status, outliers, (), diagnosis, code))


def source(sid: str, error: str | None = None, folder: str = "story") -> Source:
    return Source(sid, f"{folder}/{sid}.txt", sid, None, error)


def result(facts: tuple[Fact, ...], sources: tuple[Source, ...] = (),
           witnesses: tuple[tuple[str, ...], ...] = ()) -> DiffResult:
    sources = sources or (source("en"), source("fr"))
    claims = tuple((s.source_id, tuple(c for f in facts for c in f.claims
                                       if c.source == s.source_id)) for s in sources)
    return DiffResult(story="story", sources=sources, claims=claims, facts=facts,
                      witnesses=witnesses)


SHUFFLED = (
    fact("b-single", "single", (usd(1, source="fr"),)),
    fact("a-agree", "agree"),
    fact("z-conflict", "conflict"),
    fact("m-soft", "soft"),
    fact("a-single", "single", (usd(2, source="en"),)),
    fact("a-conflict", "conflict"),
    fact("c-agree", "agree"),
)
def records(results: list[DiffResult], failed: tuple[Source, ...] = ()) -> dict[str, Any]:
    return jsonio.diff_records(results, failed)


SORTED_IDS = ["a-conflict", "z-conflict", "m-soft", "a-agree", "c-agree", "a-single",
              "b-single"]


# ---------------------------------------------------------------------------------------
# jsonio.diff_records


def test_records_sort_conflicts_then_soft_agree_single_by_id() -> None:
    assert [f["id"] for f in records([result(SHUFFLED)])["facts"]] == SORTED_IDS


def test_records_summary_counts_each_status() -> None:
    report = records([result(SHUFFLED)])
    assert report["summary"] == {"conflict": 2, "soft": 1, "agree": 2, "single": 2}
    assert report["schema"] == "reconcile.diff/1"
    assert report["stories"] == ["story"]


def test_records_of_a_fact() -> None:
    odd = usd(190_000_000, "gt", "id", surface="190 juta")
    conflict = fact("money-2016", "conflict", (usd(1_900_000, "gt", "en"), odd), ("id",),
                    diagnosis="id is 100x the others", code="R101")
    (record,) = records([result((conflict,))])["facts"]
    assert record["id"] == "money-2016"
    assert record["status"] == "conflict"
    assert record["severity"] == "error"
    assert record["outliers"] == ["id"]
    assert record["code"] == "R101"
    assert record["diagnosis"] == "id is 100x the others"
    assert record["story"] == "story"
    mentions = record["mentions"]
    assert [m["source"] for m in mentions] == ["en", "id"]
    assert mentions[1]["surface"] == "190 juta"
    assert mentions[1]["low"] == Decimal("190000000")
    assert mentions[1]["high"] == Decimal("190000000")
    assert mentions[1]["qualifier"] == "gt"


def test_records_list_sources_with_their_errors_and_the_skipped_stories() -> None:
    sources = (source("en"), source("fr"), source("zz", "story/zz.txt: file is empty"))
    other = Story("other", "other", (source("de", "other/de.txt: file not found", "other"),
                                     source("it", None, "other")))
    records_ = records([result(SHUFFLED, sources)], [(other, "story 'other' is short")])
    rows = {s["id"]: s for s in records_["sources"]}
    assert list(rows) == ["en", "fr", "zz", "de", "it"]
    assert rows["en"]["error"] is None
    assert rows["en"]["claims"] == 6  # its claims in five two-version facts and one single
    assert rows["zz"]["error"] == "story/zz.txt: file is empty"
    assert rows["zz"]["claims"] == 0
    assert rows["de"]["story"] == "other"
    assert rows["de"]["error"] == "other/de.txt: file not found"
    assert rows["it"]["error"] is None  # readable, listed although its story was skipped
    assert records_["skipped"] == [{"story": "other", "reason": "story 'other' is short"}]


def test_records_severity_follows_status() -> None:
    severity = {f["id"]: f["severity"] for f in records([result(SHUFFLED)])["facts"]}
    assert severity["a-conflict"] == "error"
    assert severity["m-soft"] == "warning"
    assert severity["a-agree"] == "info"
    assert severity["a-single"] == "info"


def test_dumps_writes_decimals_digit_for_digit() -> None:
    text = jsonio.dumps({"a": Decimal("1.64E+9"), "b": Decimal("0.25"), "c": [Decimal("1.90")],
                         "d": "日本", "e": None})
    assert text == '{"a": 1640000000, "b": 0.25, "c": [1.9], "d": "日本", "e": null}'
    back = json.loads(text, parse_float=Decimal)
    assert back["b"] == Decimal("0.25")


def test_dumps_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(ValueError):
        jsonio.dumps({"x": Decimal("NaN")})


def test_dumped_records_round_trip() -> None:
    text = jsonio.dumps(records([result(SHUFFLED)]), indent=2)
    assert jsonio.dumps(json.loads(text, parse_float=Decimal), indent=2) == text


# ---------------------------------------------------------------------------------------
# render_markdown

CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _rows(text: str) -> list[str]:
    """The rows of the per-fact detail tables (the compact table above them has others)."""
    details = text[text.index("| version |"):] if "| version |" in text else ""
    return [line for line in details.splitlines() if line.startswith("| ")]


def test_markdown_heading_summary_and_table() -> None:
    text = render_markdown([result(SHUFFLED)])
    assert text.startswith("## reconcile: story\n")
    assert "Facts: 2 conflict · 1 soft · 2 agree · 2 single" in text
    assert "| version | value | as written | in context |" in text
    assert "|---|---|---|---|" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_markdown_lists_discrepancies_in_order_and_hides_agreement() -> None:
    text = render_markdown([result(SHUFFLED)])
    shown = re.findall(r"^`([^`]+)`", text, flags=re.MULTILINE)
    assert shown == ["a-conflict", "z-conflict", "m-soft"]


def test_markdown_all_shows_every_fact_in_order() -> None:
    text = render_markdown([result(SHUFFLED)], show_all=True)
    shown = re.findall(r"^`([^`]+)`", text, flags=re.MULTILINE)
    assert shown == SORTED_IDS


def test_markdown_without_discrepancies_says_so() -> None:
    text = render_markdown([result((fact("a-agree", "agree"),))])
    assert "No discrepancies found." in text
    assert "| version |" not in text


def test_markdown_marks_outliers_only() -> None:
    claims = (usd(1_900_000, "gt", "en"), usd(190_000_000, "gt", "id"),
              usd(1_900_000, "gt", "ja"))
    text = render_markdown([result((fact("f", "conflict", claims, ("id",),
                                         diagnosis="id is 100x the others", code="R101"),))])
    rows = _rows(text)[1:]
    assert [r.split(" |")[0] for r in rows] == ["| en", "| id **(outlier)**", "| ja"]
    assert "**R101**" in text
    assert "id is 100x the others" in text


def test_markdown_escapes_pipes_and_newlines_in_cells() -> None:
    tricky = usd(5, source="en", surface="5 | 6", sentence="Costs were 5 | 6\nunits | more.")
    text = render_markdown([result((fact("f", "conflict", (tricky, usd(7, source="fr")),
                                         label="money | pipes"),))])
    assert "money \\| pipes" in text
    for row in _rows(text):
        assert len(CELL_SPLIT.split(row)) == 6, row  # edges + four cells
    assert "5 \\| 6" in text


def test_markdown_names_unreadable_sources_and_translations() -> None:
    sources = (source("en"), source("fr"), source("zz", "story/zz.txt: file is empty"))
    other = Story("other", "other", (source("de", "other/de.txt: file not found", "other"),))
    text = render_markdown([result(SHUFFLED, sources, (("en", "fr"), ("zz",)))],
                           [(other, "story 'other' has 0 readable version(s)")])
    assert "`story/zz.txt`: story/zz.txt: file is empty" in text
    assert "## reconcile: other (skipped)" in text
    assert "story 'other' has 0 readable version(s)" in text
    assert "`other/de.txt`: ❗ other/de.txt: file not found" in text
    assert "Translations of one another (one witness): en, fr" in text
    assert "Versions: en (en), fr (fr), zz (zz)" in text


# ---------------------------------------------------------------------------------------
# format_value


@pytest.mark.parametrize(("value", "expected"), [
    (usd(1_900_000), "USD 1,900,000"),
    (usd(Decimal("1.9E+6")), "USD 1,900,000"),
    (usd(1_900_000, "gt"), "> USD 1,900,000"),
    (usd(1_900_000, "gte"), "≥ USD 1,900,000"),
    (usd(300_000, "approx"), "≈ USD 300,000"),
    (claim("money", None, 72, "lt"), "< USD 72"),
    (claim("money", None, 72, "lte"), "≤ USD 72"),
    (claim("money", 1_900_000, None, "gt"), "> USD 1,900,000"),
    (claim("money", 100_000, 200_000, "range"), "USD 100,000 – 200,000"),
    (claim("money", 2_000_000, 9_000_000, "several"), "~USD 2,000,000 – 9,000,000"),
    (claim("money", 1_000, 1_000, unit=None), "1,000"),
    (claim("money", 1_000, 1_000, unit="EUR"), "EUR 1,000"),
    (claim("money", Decimal("1234.5"), Decimal("1234.5")), "USD 1,234.5"),
    (claim("money", None, None), "?"),
])
def test_format_money(value: Claim, expected: str) -> None:
    assert format_value(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (claim("percent", Decimal("0.25"), Decimal("0.25"), unit="percent"), "0.25%"),
    (claim("percent", 20, None, "gt", unit="percent"), "> 20%"),
    (claim("percent", 1, 2, "range", unit="percent"), "1 – 2%"),
    (claim("count", 50, 50, unit=None), "50"),
    (claim("count", 50, 50, unit="researchers"), "50 researchers"),
    (claim("count", 3_000_000, 3_000_000, unit="people"), "3,000,000 people"),
    (claim("count", 7, 10, "range", unit=None), "7 – 10"),
    (claim("multiplier", 100, 100, unit="times"), "×100"),
    (claim("multiplier", 2, 9, "several", unit="times"), "~×2 – 9"),
    (claim("duration", 12, 12, unit="month"), "12 month(s)"),
    (claim("duration", None, 72, "lt", unit="hour"), "< 72 hour(s)"),
    (claim("duration", 10, 10, "approx", unit="year"), "≈ 10 year(s)"),
])
def test_format_other_kinds(value: Claim, expected: str) -> None:
    assert format_value(value) == expected


def _date(iso: str | None, relative: str | None = None) -> Claim:
    return replace(claim("date", None, None, unit=None, date=iso), relative=relative)


@pytest.mark.parametrize(("value", "expected"), [
    (_date("2016"), "2016"),
    (_date("2016-09"), "2016-09"),
    (_date("2024-02-29"), "2024-02-29"),
    (_date("2016/2020"), "2016 – 2020"),
    (_date("2015", "same year"), "2015 (same year)"),
    (_date(None, "last year"), "last year (unresolved)"),
    (replace(_date(None, "month without year"), floating="--07-04"), "--07-04 (no year stated)"),
    (_date(None), "?"),
])
def test_format_dates(value: Claim, expected: str) -> None:
    assert format_value(value) == expected


def test_format_a_duration_without_unit() -> None:
    text = format_value(claim("duration", 10, 10, unit=None))
    assert "None" not in text
    assert text.startswith("10")


def test_number_groups_digits_and_keeps_the_value() -> None:
    assert number(Decimal("1900000")) == "1,900,000"
    assert number(Decimal("1.9E+6")) == "1,900,000"
    assert number(Decimal("0.25")) == "0.25"
    assert number(Decimal("-1500")) == "-1,500"
    assert number(Decimal("1000.50")) == "1,000.5"


# ---------------------------------------------------------------------------------------
# snippet

LONG = ("In a long and winding sentence about the early days of the company, the founders "
        "said the chief scientist earned more than $1.9 million that year, which was far "
        "above what any of the other researchers in the lab were paid at the time.")


def test_snippet_of_a_short_sentence_is_the_sentence_on_one_line() -> None:
    value = usd(5, surface="$5", sentence="It cost\n $5   in  all.")
    assert snippet(value) == "It cost $5 in all."


def test_snippet_of_a_long_sentence_is_a_window_around_the_claim() -> None:
    value = usd(1_900_000, "gt", surface="more than $1.9 million", sentence=LONG)
    text = snippet(value, 60)
    assert "more than $1.9 million" in text
    assert text.startswith("…") and text.endswith("…")
    assert len(text) <= 62


def test_snippet_at_the_start_or_end_has_one_ellipsis() -> None:
    first = usd(1, surface="In a long", sentence=LONG)
    text = snippet(first, 40)
    assert text.startswith("In a long") and text.endswith("…")
    last = usd(1, surface="at the time.", sentence=LONG)
    text = snippet(last, 40)
    assert text.endswith("at the time.") and text.startswith("…")


def test_snippet_counts_offsets_from_the_sentence_start() -> None:
    # A claim's offsets are into the document: its sentence starts further on.
    value = usd(1_900_000, "gt", surface="more than $1.9 million", sentence=LONG)
    moved = replace(value, start=value.start + 1000, end=value.end + 1000,
                    sentence_start=1000)
    assert snippet(moved, 60) == snippet(value, 60)


def test_snippet_after_runs_of_spaces_still_shows_the_claim() -> None:
    sentence = "Revenue" + " " * 40 + "in 2016 reached" + " " * 30 + "$5 million" + \
        ", said the finance team of the company in its yearly report to investors."
    value = usd(5_000_000, surface="$5 million", sentence=sentence)
    assert "$5 million" in snippet(value, 60)
