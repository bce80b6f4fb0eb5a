"""The finding-code catalogue is the one source of the codes' names and words: README's
table and the comparison's CODES follow it."""

from __future__ import annotations

import re
from pathlib import Path

from reconcile.compare import CODES
from reconcile.findings import LEDGER_RULES, RULES, rule_for

README = Path(__file__).resolve().parents[1] / "README.md"
ROW = re.compile(r"^\| (R\d{3}) \| ([\w-]+) \| (.+) \|$")


def test_readme_table_matches_the_catalogue() -> None:
    rows = [ROW.match(line) for line in README.read_text(encoding="utf-8").splitlines()]
    table = [(m[1], m[2], m[3]) for m in rows if m]
    assert table == [(r.code, r.name, r.summary) for r in (*RULES, *LEDGER_RULES)]


def test_compare_codes_come_from_the_catalogue() -> None:
    assert {r.code: r.name for r in RULES} == CODES
    assert all(r.help and r.summary for r in (*RULES, *LEDGER_RULES))


def test_an_unknown_code_reads_as_a_value_mismatch() -> None:
    assert rule_for(None).code == rule_for("R999").code == "R100"
    assert rule_for("R104").name == "year-shift"
