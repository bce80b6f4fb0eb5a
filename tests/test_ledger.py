"""The ledger library: value text, load/save/merge, byte stability, atomicity, errors, check."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest

from reconcile import ledger as lg
from reconcile.errors import LedgerError
from reconcile.ledger import Ledger, LedgerFact, Mention
from reconcile.model import Claim


def _claim(**kw: object) -> Claim:
    base: dict[str, object] = dict(kind="money", surface="x", start=0, end=1, sentence="x",
                                   lang="en", low=None, high=None, qualifier="eq", unit=None)
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("claim", "text"), [
    (_claim(low=Decimal("1.9E+6"), high=Decimal("1900000"), qualifier="gt", unit="USD"),
     "gt 1900000 USD"),
    (_claim(low=Decimal("100000"), high=Decimal("200000"), qualifier="range", unit="USD"),
     "range 100000..200000 USD"),
    (_claim(kind="count", low=Decimal(50), high=Decimal(50), unit="researchers"),
     "eq 50 researchers"),
    (_claim(kind="percent", low=Decimal("12.50"), high=None, qualifier="gte", unit="%"),
     "gte 12.5 %"),
    (_claim(kind="date", date="2016-12"), "eq 2016-12"),
])
def test_value_text_is_exact_and_canonical(claim: Claim, text: str) -> None:
    assert lg.value_text(claim) == text


def _fact(fact_id: str, *mentions: tuple[str, str, str], status: str = "agree",
          kind: str = "money", review: lg.ReviewState = "unreviewed", note: str = "",
          outliers: tuple[str, ...] = ()) -> LedgerFact:
    return LedgerFact(fact_id, kind, f"{kind} {fact_id}", status,
                      "R101" if status == "conflict" else None,
                      tuple(Mention(s, surface, value, 3, 7) for s, surface, value in mentions),
                      review, note, outliers)


def _ledger(*facts: LedgerFact) -> Ledger:
    return Ledger("tiny", "stories/tiny", (("en", "en.txt"), ("fr", "fr.txt")),
                  tuple(sorted(facts, key=lambda f: f.id)))


MONEY = _fact("money-2016-microsoft", ("en", "$10 million", "eq 10000000 USD"),
              ("fr", "10 millions de dollars", "eq 10000000 USD"))
COUNT = _fact("count-2017", ("en", "50", "eq 50 researchers"), ("fr", "50", "eq 50 chercheurs"),
              kind="count")
SPLIT = _fact("money-2016-sutskever", ("en", "$1.9 million", "gt 1900000 USD"),
              ("fr", "190 millions", "gt 190000000 USD"), status="conflict",
              outliers=("fr",))


def test_dumps_is_sorted_one_value_per_line_and_byte_stable() -> None:
    text = lg.dumps(_ledger(MONEY, COUNT))
    assert text.endswith("}\n")
    assert text.index('"facts"') < text.index('"schema": 1') < text.index('"story"')
    assert text.index('"count-2017"') < text.index('"money-2016-microsoft"')
    assert '"line"' not in text and '"column"' not in text  # nothing run-dependent
    assert lg.dumps(lg.loads(text)) == text


def test_save_writes_only_on_change_and_atomically(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "claims" / "tiny.ledger.json"
    assert lg.save(path, _ledger(MONEY)) is True
    assert lg.save(path, _ledger(MONEY)) is False
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        lg.save(path, _ledger(MONEY, COUNT))
    assert path.read_bytes() == before  # an interrupted write leaves the old ledger
    assert sorted(p.name for p in path.parent.iterdir()) == ["tiny.ledger.json"]


@pytest.mark.parametrize(("edit", "where", "problem"), [
    (lambda t: t.replace('"kind": "money",', '"kind": "money"', 1), ":6:", "not valid JSON"),
    (lambda t: t.replace('"review": "unreviewed"', '"review": "maybe"', 1), ":8:",
     "unknown review value 'maybe'"),
    (lambda t: t.replace('"schema": 1', '"schema": 9'), ":23:", "schema version 9 is newer"),
    (lambda t: t.replace('"surface": "$10 million",', '', 1), ":11:", "needs a 'surface'"),
])
def test_a_broken_ledger_names_file_line_and_problem(tmp_path: Path, edit: object,
                                                     where: str, problem: str) -> None:
    path = tmp_path / "tiny.ledger.json"
    text = lg.dumps(_ledger(MONEY))
    path.write_text(edit(text), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(LedgerError) as info:
        lg.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}{where}"), message
    assert problem in message


def test_merge_keeps_reviews_updates_values_adds_and_retires() -> None:
    reviewed = _ledger(
        _fact("money-2016-microsoft", ("en", "$10 million", "eq 10000000 USD"),
              review="accepted", note="checked with the desk"),
        _fact("count-2015", ("en", "two", "eq 2"), kind="count"),
        _fact("date-2014", ("en", "2014", "eq 2014"), kind="date", review="false-alarm"),
    )
    now = _ledger(MONEY, COUNT)
    merged = lg.merge(reviewed, now, "stories/tiny")
    assert [f.id for f in merged.facts] == ["count-2017", "date-2014", "money-2016-microsoft"]
    money = merged.fact("money-2016-microsoft")
    assert money is not None and money.review == "accepted"
    assert money.note == "checked with the desk" and len(money.mentions) == 2
    retired = merged.fact("date-2014")  # reviewed, so kept (as absent) for its review
    assert retired is not None and retired.status == lg.ABSENT and retired.mentions == ()
    assert all(m.line == 0 for f in merged.facts for m in f.mentions)


def test_merge_finds_a_fact_whose_id_changed_by_content() -> None:
    reviewed = _ledger(_fact("money-2016-sutskever", ("en", "$1.9 million", "gt 1900000 USD"),
                             ("fr", "190 millions", "gt 190000000 USD"), status="conflict",
                             review="false-alarm", note="fr rounds"))
    renamed = _ledger(_fact("money-2016-sutskever-google",
                            ("en", "$1.9 million", "gt 1900000 USD"),
                            ("fr", "190 millions", "gt 190000000 USD"), status="conflict"))
    merged = lg.merge(reviewed, renamed, "stories/tiny")
    assert [(f.id, f.review, f.note) for f in merged.facts] == [
        ("money-2016-sutskever-google", "false-alarm", "fr rounds")]


def test_reviews_give_the_baseline_state_of_each_fact() -> None:
    recorded = _ledger(MONEY, COUNT, _fact("date-2014", ("en", "2014", "eq 2014"), kind="date",
                                           review="accepted"))
    changed = _fact("count-2017", ("en", "50", "eq 50 researchers"),
                    ("fr", "60", "eq 60 chercheurs"), kind="count", status="conflict")
    now = _ledger(MONEY, changed, SPLIT)
    states = {k: (v.baseline, v.review) for k, v in lg.reviews(now, recorded).items()}
    assert states == {
        "money-2016-microsoft": ("unchanged", "unreviewed"),
        "count-2017": ("updated", "unreviewed"),
        "money-2016-sutskever": ("new", "unreviewed"),
        "date-2014": ("absent", "accepted"),
    }


def test_check_reports_changes_vanished_facts_and_unreviewed_discrepancies() -> None:
    recorded = _ledger(MONEY, COUNT, _fact("date-2014", ("en", "2014", "eq 2014"), kind="date"))
    changed = _fact("count-2017", ("en", "50", "eq 50 researchers"),
                    ("fr", "60", "eq 60 chercheurs"), kind="count")
    problems = lg.check(_ledger(MONEY, changed, SPLIT), recorded, "stories/tiny")
    lines = [p.render() for p in problems]
    assert lines == [
        "stories/tiny/en.txt:1:1: date-2014: date date-2014: en no longer states '2014' "
        "(eq 2014); accept it with: reconcile accept date-2014",
        "stories/tiny/fr.txt:3:7: count-2017: count count-2017: fr changed since the ledger: "
        "'50' (eq 50 chercheurs) → '60' (eq 60 chercheurs); accept it with: "
        "reconcile accept count-2017",
        "stories/tiny/fr.txt:3:7: money-2016-sutskever: conflict R101 money "
        "money-2016-sutskever (new, not in the ledger): en '$1.9 million' (gt 1900000 USD), "
        "fr '190 millions' (gt 190000000 USD); accept it with: "
        "reconcile accept money-2016-sutskever",
    ]


def test_check_passes_reviewed_discrepancies_and_fails_confirmed_errors() -> None:
    for review, failing in (("accepted", False), ("false-alarm", False),
                            ("confirmed-error", True), ("unreviewed", True)):
        recorded = _ledger(MONEY, _fact(SPLIT.id, *((m.source, m.surface, m.value)
                                                    for m in SPLIT.mentions),
                                        status="conflict", review=review))  # type: ignore[arg-type]
        assert bool(lg.check(_ledger(MONEY, SPLIT), recorded, "s")) is failing, review


def test_accept_records_current_values_and_retires_vanished_facts() -> None:
    recorded = _ledger(MONEY, COUNT)
    changed = _fact("count-2017", ("en", "50", "eq 50 researchers"),
                    ("fr", "60", "eq 60 chercheurs"), kind="count")
    now = _ledger(changed)
    accepted = lg.accept(recorded, now, "count-2017", "fr was corrected")
    fact = accepted.fact("count-2017")
    assert fact is not None and (fact.review, fact.note) == ("accepted", "fr was corrected")
    assert fact.value_of("fr") == Mention("fr", "60", "eq 60 chercheurs")
    assert accepted.fact("money-2016-microsoft") == MONEY  # other entries untouched
    retired = lg.accept(accepted, now, "money-2016-microsoft", None)
    assert retired.fact("money-2016-microsoft") is None
    assert lg.check(now, retired, "s") == ()
    with pytest.raises(LedgerError, match="no fact 'nope'"):
        lg.accept(recorded, now, "nope", None)


def test_project_root_and_ledger_discovery(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    story = tmp_path / "a" / "b" / "story"
    story.mkdir(parents=True)
    assert lg.project_root(story) == tmp_path.resolve()
    assert lg.find_ledger(story, "story") is None
    target = lg.default_ledger_path(story, "story")
    assert target == tmp_path.resolve() / "claims" / "story.ledger.json"
    lg.save(target, _ledger(MONEY))
    assert lg.find_ledger(story, "story") == target
