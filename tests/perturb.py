"""Perturbation study: change one number or date in one version, see whether diff notices.

Shared by tests/test_perturbation.py (a sample) and benchmarks/run.py (all of them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from reconcile.api import document_from_text, extract_claims
from reconcile.compare import relation
from reconcile.diff import diff_story
from reconcile.entities import AliasTable
from reconcile.lang import get_profile
from reconcile.model import Claim, DiffResult, Story
from reconcile.numbers import parse_digits, plain

_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
_CJK_MONTH = re.compile(r"([0-9]{1,2})(月)")
_CURRENCY_SWAPS = (("US$", "€"), ("$", "€"), ("dollars", "euros"), ("dollar", "euro"),
                   ("dolar", "euro"), ("米ドル", "ユーロ"), ("ドル", "ユーロ"),
                   ("美元", "歐元"), ("美金", "歐元"))
KINDS = ("x10", "x100", "/1000", "digit", "year", "month", "currency", "range-bound")


@dataclass(frozen=True)
class Perturbation:
    kind: str
    source: str
    claim: Claim
    new_surface: str
    others: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Outcome:
    perturbation: Perturbation
    detected: bool
    detectable: bool
    false_alarms: int


def _render(value: Decimal, decimal_sign: str) -> str:
    return plain(value).replace(".", decimal_sign)


def _scaled(claim: Claim, factor: Decimal) -> str | None:
    """Every number of the claim scaled (both bounds of a range), written plainly."""
    decimal_sign = get_profile(claim.lang).decimal
    out, last = [], 0
    for m in _NUMBER.finditer(claim.surface):
        value = parse_digits(m.group(0), decimal_sign=decimal_sign, scale_follows=True)
        if value is None or value == 0:
            return None
        out += [claim.surface[last:m.start()], _render((value * factor).normalize(),
                                                       decimal_sign)]
        last = m.end()
    if not out:
        return None
    return "".join(out) + claim.surface[last:]


def _digit(claim: Claim, last: bool = False) -> str | None:
    matches = list(_NUMBER.finditer(claim.surface))
    if not matches:
        return None
    m = matches[-1] if last else matches[0]
    text = m.group(0)
    for i, ch in enumerate(text):
        if ch.isdigit() and ch != "0":
            new = "8" if ch == "9" else str(int(ch) + 1)
            start = m.start() + i
            return claim.surface[:start] + new + claim.surface[start + 1:]
    return None


def _year(claim: Claim) -> str | None:
    m = _YEAR.search(claim.surface)
    if m is None:
        return None
    return claim.surface[:m.start()] + str(int(m.group(1)) + 1) + claim.surface[m.end():]


def _month(claim: Claim) -> str | None:
    if not claim.date or len(claim.date) < 7:
        return None
    m = _CJK_MONTH.search(claim.surface)
    if m is not None:
        month = int(m.group(1)) % 12 + 1
        return claim.surface[:m.start()] + str(month) + claim.surface[m.start(2):]
    months = get_profile(claim.lang).months
    lowered = claim.surface.casefold()
    for name, number in sorted(months.items(), key=lambda kv: -len(kv[0])):
        at = lowered.find(name)
        if at >= 0 and len(name) > 3:
            wanted = number % 12 + 1
            # The next month's full name (Indonesian "Mei" has no longer one).
            names = sorted((n for n, k in months.items() if k == wanted), key=len)
            if not names:
                return None
            return claim.surface[:at] + names[-1] + claim.surface[at + len(name):]
    return None


def _currency(claim: Claim) -> str | None:
    if claim.kind != "money":
        return None
    # Every mention of the currency changes ("$100,000-$200,000" → "€100,000-€200,000"):
    # a range with one bound in each currency is two amounts, not a swapped currency.
    for old, new in _CURRENCY_SWAPS:
        if old in claim.surface:
            return claim.surface.replace(old, new)
    return None


def candidates(claim: Claim) -> Iterator[tuple[str, str]]:
    """(kind, new surface) for every perturbation that applies to this claim."""
    if claim.kind == "date":
        for kind, new in (("year", _year(claim)), ("month", _month(claim))):
            if new is not None and new != claim.surface:
                yield kind, new
        return
    for kind, factor in (("x10", Decimal(10)), ("x100", Decimal(100)),
                         ("/1000", Decimal("0.001"))):
        new = _scaled(claim, factor)
        if new is not None:
            yield kind, new
    for kind, new in (("digit", _digit(claim)), ("currency", _currency(claim))):
        if new is not None:
            yield kind, new
    if claim.qualifier == "range":
        new = _digit(claim, last=True)
        if new is not None:
            yield "range-bound", new


def perturbations(result: DiffResult) -> list[Perturbation]:
    """Every applicable perturbation of every version's claim in every fact that 2+
    versions state and agree on."""
    out = []
    for fact in sorted(result.facts, key=lambda f: f.id):
        if len(fact.claims) < 2 or fact.status != "agree" or fact.id.endswith("-when"):
            continue
        for claim in fact.claims:
            if claim.relative:
                continue
            others = tuple(c for c in fact.claims if c is not claim)
            for kind, new in candidates(claim):
                out.append(Perturbation(kind, claim.source or "", claim, new, others))
    return out


def apply(story: Story, p: Perturbation) -> Story:
    sources = []
    for source in story.sources:
        doc = source.document
        if source.source_id == p.source and doc is not None:
            text = doc.text[:p.claim.start] + p.new_surface + doc.text[p.claim.end:]
            new_doc = replace(document_from_text(text, doc.lang, source_id=doc.source_id),
                              path=doc.path, story=doc.story, lang_origin=doc.lang_origin)
            source = replace(source, document=new_doc)
        sources.append(source)
    return replace(story, sources=tuple(sources))


def detected(result: DiffResult, p: Perturbation) -> bool:
    """The change is reported as a conflict that names the changed version."""
    start, end = p.claim.start, p.claim.start + len(p.new_surface)
    for fact in result.facts:
        if fact.status != "conflict":
            continue
        if not any(c.source == p.source and c.start < end and start < c.end
                   for c in fact.claims):
            continue
        named = p.source in fact.verdict.outliers or (
            not fact.verdict.outliers and any(side == (p.source,) or p.source in side
                                              for side in fact.verdict.sides))
        if named:
            return True
    return False


def conflict_keys(result: DiffResult) -> set[tuple[str, str]]:
    """Every claim that takes part in a conflict, as (source, surface)."""
    return {(c.source or "", c.surface) for f in result.facts if f.status == "conflict"
            for c in f.claims}


def run(story: Story, aliases: AliasTable, p: Perturbation,
        baseline: set[tuple[str, str]]) -> Outcome:
    """Diff the perturbed story. `detectable`: the changed claim, as re-extracted, cannot
    be true together with another version's claim of its fact (the comparison rule says
    conflict), so an aligner that kept the fact together would report it. A false alarm
    is a conflict that neither involves the changed claim nor shares a claim with any
    conflict of the clean corpus (a known conflict that lost or gained a member is not
    new)."""
    result = diff_story(apply(story, p), aliases)
    start, end = p.claim.start, p.claim.start + len(p.new_surface)
    mine = [c for source, claims in result.claims if source == p.source for c in claims]
    changed = [c for c in mine if c.start < end and start < c.end]
    detectable = any(relation(c, other) == "conflict" for c in changed for other in p.others)
    derived = _rederived(story, p, mine)
    new = 0
    for fact in result.facts:
        if fact.status != "conflict":
            continue
        if any(c.source == p.source and ((c.start < end and start < c.end)
                                         or (c.start, c.date) in derived)
               for c in fact.claims):
            continue
        if not any((c.source or "", c.surface) in baseline for c in fact.claims):
            new += 1
    return Outcome(p, detected(result, p), detectable, new)


def _rederived(story: Story, p: Perturbation, claims: list[Claim]
               ) -> set[tuple[int, str | None]]:
    """Claims of the changed version, outside the changed span, that the change made read
    differently: a relative date that now resolves otherwise ("the same year" after the
    year it refers to was changed), an amount that shares the changed currency or scale
    word ("1,8 milliard et 870 millions de dollars": changing "dollars" changes both).
    Part of the change, not new."""
    source = next(s for s in story.sources if s.source_id == p.source)
    assert source.document is not None
    shift = len(p.new_surface) - (p.claim.end - p.claim.start)
    before = {(start + shift if start >= p.claim.end else start): reading
              for start, reading in _readings(source.document.text, source.document.lang)}
    return {(c.start, c.date) for c in claims
            if c.start in before and before[c.start] != _reading(c)}


def _reading(claim: Claim) -> tuple[object, ...]:
    return (claim.end - claim.start, claim.kind, claim.low, claim.high, claim.unit,
            claim.qualifier, claim.date)


@lru_cache(maxsize=16)
def _readings(text: str, lang: str | None) -> tuple[tuple[int, tuple[object, ...]], ...]:
    """(start, reading) of the claims of an unchanged version."""
    return tuple((c.start, _reading(c)) for c in extract_claims(text, lang=lang))
