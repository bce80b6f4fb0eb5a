"""Human-readable values of claims, shared by the terminal and Markdown renderers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from reconcile.model import Claim, DiffResult, Fact, Source
from reconcile.numbers import plain
from reconcile.textpos import Positions

_SIGNS = {"gt": ">", "gte": "≥", "lt": "<", "lte": "≤", "approx": "≈", "eq": "", "several": "~",
          "range": ""}


def number(value: Decimal) -> str:
    """1900000 → 1,900,000; 0.25 → 0.25 (digit groups for reading, value unchanged)."""
    text = plain(value)
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    grouped = f"{int(whole):,}" if whole.isdigit() else whole
    return f"{sign}{grouped}.{frac}" if frac else f"{sign}{grouped}"


def _with_unit(text: str, claim: Claim) -> str:
    if claim.kind == "money":
        return f"{claim.unit} {text}" if claim.unit else text
    if claim.kind == "percent":
        return f"{text} pp" if claim.unit == "percentage point" else f"{text}%"
    if claim.kind == "multiplier":
        return f"×{text}"
    if claim.kind == "duration":
        return f"{text} {claim.unit}(s)" if claim.unit else text
    return f"{text} {claim.unit}" if claim.unit else text


def format_value(claim: Claim) -> str:
    """The normalized value of a claim: 'USD 1,900,000', '> USD 1,900,000', '2016-09'."""
    if claim.kind == "date":
        if claim.date is None:
            if claim.floating is not None and claim.floating.startswith("--"):
                return f"{claim.floating} (no year stated)"  # ISO 8601 month and day
            return f"{claim.relative} (unresolved)" if claim.relative else "?"
        if claim.relative:
            return f"{claim.date} ({claim.relative})"
        return claim.date.replace("/", " – ")
    low, high = claim.low, claim.high
    if claim.qualifier in ("range", "several") and low is not None and high is not None:
        body = f"{number(low)} – {number(high)}"
        return _SIGNS[claim.qualifier] + _with_unit(body, claim)
    value = low if low is not None else high
    if value is None:
        return "?"
    sign = _SIGNS.get(claim.qualifier, "")
    return f"{sign} {_with_unit(number(value), claim)}".strip()


def snippet(claim: Claim, width: int = 60) -> str:
    """A short window of the claim's sentence centred on the claim, one line."""
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= width:
        return sentence
    # Where the claim sits once runs of whitespace before it are collapsed too.
    before = claim.sentence[:max(claim.start - claim.sentence_start, 0)]
    offset = len(" ".join(before.split())) + (1 if before[-1:].isspace() else 0)
    start = max(0, min(offset - width // 3, len(sentence) - width))
    text = sentence[start:start + width]
    return ("…" if start > 0 else "") + text.strip() + ("…" if start + width < len(sentence)
                                                        else "")


STATUS_ORDER = {"conflict": 0, "soft": 1, "agree": 2, "single": 3}


def reason_counts(claims: Iterable[Claim]) -> tuple[tuple[str, int], ...]:
    """How many boilerplate claims each reason code holds, most first, then by name."""
    counts = Counter(c.boilerplate_reason or "boilerplate" for c in claims if c.boilerplate)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def reasons_text(claims: Iterable[Claim]) -> str:
    """'related-posts 7, post-meta 2'."""
    return ", ".join(f"{reason} {n}" for reason, n in reason_counts(claims))


def _plural(n: int) -> str:
    return f"{n} claim" if n == 1 else f"{n} claims"


def boilerplate_lines(result: DiffResult) -> list[str]:
    """What a report says about claims in site furniture: how many were set aside and why,
    per source; or, when the diff included them, how many were compared. Empty if none."""
    aside = [c for _, found in result.set_aside for c in found]
    if aside:
        per_source = " · ".join(f"{sid} {len(found)} ({reasons_text(found)})"
                                for sid, found in result.set_aside)
        return [f"{_plural(len(aside))} set aside as boilerplate "
                f"(reasons: {reasons_text(aside)})",
                f"  {per_source}",
                "  reconcile diff --include-boilerplate compares them"]
    included = [c for _, found in result.claims for c in found if c.boilerplate]
    if included:
        return [f"{_plural(len(included))} in boilerplate compared too "
                f"(reasons: {reasons_text(included)})"]
    return []


def suppressed_note(result: DiffResult, fact: Fact) -> str:
    """'suppressed by reconcile: ignore[R104] (fr line 12)': where a fact was silenced."""
    docs = {s.source_id: s.document for s in result.sources if s.document is not None}
    lines = {sid: Positions.of(docs[sid].text, docs[sid].source_map)
             for sid in {m.source for m in fact.suppressions} if sid in docs}
    notes = []
    for m in fact.suppressions:
        rules = f"[{', '.join(m.rules)}]" if m.rules else ""
        line = f" line {lines[m.source].line(m.start)}" if m.source in lines else ""
        notes.append(f"reconcile: ignore{rules} ({m.source}{line})")
    return f"suppressed by {'; '.join(notes)}"


# Keys of a source's meta that say where its bytes came from (a fetched URL).
ORIGIN_KEYS = ("url", "sha256")


def origin_of(source: Source) -> dict[str, str]:
    """`url` and `sha256` of a fetched page (empty for a file)."""
    meta = dict(source.meta)
    return {key: meta[key] for key in ORIGIN_KEYS if key in meta}


def origin_text(source: Source) -> str:
    """' <url> sha256 <hash>' for a fetched page, '' for a file."""
    origin = origin_of(source)
    if "url" not in origin:
        return ""
    return f" {origin['url']} sha256 {origin.get('sha256', '?')}"


def unit_text(fact: Fact) -> str:
    """'unit 12' when the fact's claims stand in one unit of a bilingual file."""
    return f"unit {fact.translation_unit}" if fact.translation_unit is not None else ""
