"""The catalogue of finding codes (R100…): one place for each code's name, summary and help.

Every output names findings by these codes (the diagnosis of a fact, SARIF rules, GitHub
annotation titles, `reconcile: ignore[R104]` markers), and README's "Finding codes" table
is checked against this catalogue by a test, so the words are written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RuleLevel = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Rule:
    """One finding code: `summary` is README's one-line "when", `help` says what to do."""

    code: str
    name: str
    summary: str
    help: str
    level: RuleLevel = "error"


_CHECK = ("Check the outlier against the source it was translated from, correct the wrong "
          "version, or mark the line with `reconcile: ignore[{code}]` when the difference "
          "is intended.")

RULES: tuple[Rule, ...] = (
    Rule("R100", "value-mismatch", "values differ, no simpler pattern explains it",
         "The versions state different values for the same fact and no known slip explains "
         "it. " + _CHECK.format(code="R100")),
    Rule("R101", "scale-mismatch",
         "off by a power of ten (×10, ×100, 1/1000): a scale-word slip",
         "One version is a power of ten away from the others: a scale word was mistranslated "
         "(thousand, 万, juta, million, milliard, billion). " + _CHECK.format(code="R101")),
    Rule("R102", "digit-slip", "same magnitude, one digit differs",
         "The values have the same magnitude and differ in one digit: a typing or copying "
         "slip. " + _CHECK.format(code="R102")),
    Rule("R103", "currency-mismatch", "same fact, different currency",
         "The versions give the amount in different currencies; an amount converted on "
         "purpose should say so. " + _CHECK.format(code="R103")),
    Rule("R104", "year-shift", "a date shifted by whole years",
         "The versions date the fact in different years. " + _CHECK.format(code="R104")),
    Rule("R105", "month-shift", "same year, another month",
         "The versions date the fact in the same year but another month. "
         + _CHECK.format(code="R105")),
    Rule("R106", "range-bound", "one bound of a range changed",
         "One bound of a stated range differs between the versions. "
         + _CHECK.format(code="R106")),
    Rule("R107", "precision",
         "compatible but not the same (exact vs approximate, …): soft",
         "The values are compatible but not the same (an exact figure against an "
         "approximate one, a bound against a value): worth a look, rarely an error. "
         + _CHECK.format(code="R107"), "warning"),
    Rule("R108", "date-mismatch", "dates differ otherwise",
         "The versions give different dates for the fact. " + _CHECK.format(code="R108")),
    Rule("R109", "digit-swap", "two neighbouring digits swapped (14 vs 41)",
         "The values have the same digits with two neighbours swapped: a typing or copying "
         "slip. " + _CHECK.format(code="R109")),
)

# Findings of the reviewed-claims ledger rather than of one comparison.
LEDGER_RULES: tuple[Rule, ...] = (
    Rule("R200", "fact-absent",
         "the ledger records a fact that no version states any more",
         "A fact recorded in the reviewed-claims ledger is no longer stated by the versions: "
         "it was removed or rewritten. Re-run `reconcile baseline` once the change is "
         "reviewed.", "note"),
    Rule("R201", "fact-changed",
         "a version's value changed since the ledger",
         "A version states another value for this fact than the reviewed-claims ledger "
         "records, although the versions may still agree with one another. Accept the change "
         "with `reconcile accept FACT_ID` (or `reconcile check --update`) once it is "
         "reviewed.", "error"),
)

ABSENT_CODE = "R200"
CHANGED_CODE = "R201"

CODES: dict[str, str] = {rule.code: rule.name for rule in RULES}
RULE_OF: dict[str, Rule] = {rule.code: rule for rule in (*RULES, *LEDGER_RULES)}


def rule_for(code: str | None) -> Rule:
    """The rule of a diagnosis code; a fact without one is a plain value mismatch."""
    return RULE_OF.get(code or "R100", RULE_OF["R100"])
