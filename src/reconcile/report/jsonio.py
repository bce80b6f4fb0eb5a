"""JSON with exact numbers: Decimals are written as JSON numbers digit for digit."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal

from reconcile.model import Claim, DiffResult, Fact, FactReview, Source, Story, Suppression
from reconcile.numbers import plain
from reconcile.report.locations import review_of
from reconcile.report.values import STATUS_ORDER, origin_of
from reconcile.textpos import Positions

CLAIM_KEYS = ("source", "lang", "kind", "surface", "start", "end", "sentence", "low", "high",
              "qualifier", "unit", "date")


def claim_record(claim: Claim) -> dict[str, object]:
    """The JSON shape of a claim (keys of the public contract first, extras after)."""
    return {
        "source": claim.source,
        "lang": claim.lang,
        "kind": claim.kind,
        "surface": claim.surface,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "date": claim.date,
        "relative": claim.relative,
        "anchor": claim.anchor,
        "boilerplate": claim.boilerplate,
        "boilerplate_reason": claim.boilerplate_reason,
        "translation_unit": claim.translation_unit,
    }


def located_claim_record(claim: Claim, positions: Positions | None) -> dict[str, object]:
    """A claim with the 1-based line and column (UTF-16) where it starts in the file its
    version was read from: the page itself for HTML and Markdown, not the extracted text."""
    record = claim_record(claim)
    if positions is not None:
        record["line"], record["column"] = positions.position(claim.start)
    return record


def dumps(value: object, *, indent: int | None = None) -> str:
    """Serialize like json.dumps, but Decimals become exact JSON numbers (16.4亿 is
    1640000000, never 1639999999.9999998); read back with json.loads(parse_float=Decimal)."""
    return _encode(value, indent, 0)


def _encode(value: object, indent: int | None, level: int) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write {value} as JSON")
        return plain(value)
    if isinstance(value, Mapping):
        items = [f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v, indent, level + 1)}"
                 for k, v in value.items()]
        return _wrap("{", "}", items, indent, level)
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return _wrap("[", "]", [_encode(v, indent, level + 1) for v in value], indent, level)
    return json.dumps(value, ensure_ascii=False)


def _wrap(open_: str, close: str, items: list[str], indent: int | None, level: int) -> str:
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    return open_ + "\n" + ",\n".join(pad + item for item in items) + "\n" + end_pad + close


def mention_record(claim: Claim) -> dict[str, object]:
    """A claim as a mention of a fact (the diff contract's keys)."""
    record = claim_record(claim)
    return {k: record[k] for k in ("source", "surface", "start", "end", "sentence", "low",
                                   "high", "qualifier", "unit", "date", "relative", "kind",
                                   "translation_unit")}


def source_record(source: Source, story: str, claims: int = 0,
                  set_aside: int = 0) -> dict[str, object]:
    """A version in the diff contract, with its error if it could not be read; a fetched
    page adds its `url` and the `sha256` of the bytes read."""
    return {"id": source.source_id, "path": source.path, "lang": source.lang,
            "claims": claims, "error": source.error, "story": story, "set_aside": set_aside,
            **origin_of(source), **source_details(source)}


def source_details(source: Source) -> dict[str, object]:
    """A version's input format (null when it could not be read) and what the manifest or
    the file states about it (title, author, date, outlet, …)."""
    return {"format": source.document.format if source.document is not None else None,
            "meta": dict(source.meta)}


def suppression_record(marker: Suppression, lines: Positions | None) -> dict[str, object]:
    """An inline `reconcile: ignore` marker that silences a fact."""
    return {"source": marker.source, "line": lines.line(marker.start) if lines else None,
            "start": marker.start, "end": marker.end, "rules": list(marker.rules)}


def fact_record(fact: Fact, story: str, lines: Mapping[str, Positions] | None = None,
                review: FactReview | None = None) -> dict[str, object]:
    """A fact in the diff contract. `suppressed` is true when an inline marker silences it
    (`suppressions` says where); with the ledger's review, `baseline`, `review` and `note`
    are added."""
    record: dict[str, object] = {
        "id": fact.id, "story": story, "kind": fact.kind, "label": fact.label,
        "status": fact.status, "severity": fact.severity,
        "diagnosis": fact.verdict.diagnosis, "code": fact.verdict.code,
        "outliers": list(fact.verdict.outliers),
        "sides": [list(side) for side in fact.verdict.sides],
        "time": fact.time, "entities": list(fact.entities),
        "translation_unit": fact.translation_unit,
        "mentions": [mention_record(c) for c in fact.claims],
        "suppressed": fact.suppressed,
        "suppressions": [suppression_record(m, (lines or {}).get(m.source))
                         for m in fact.suppressions],
    }
    if review is not None:
        record.update(baseline=review.baseline, review=review.review, note=review.note)
    return record


def _lines_of(result: DiffResult) -> dict[str, Positions]:
    """Line tables of the versions that hold a suppression marker (the others need none)."""
    marked = {m.source for f in result.facts for m in f.suppressions}
    return {s.source_id: Positions.of(s.document.text, s.document.source_map)
            for s in result.sources
            if s.document is not None and s.source_id in marked}


def diff_records(results: Sequence[DiffResult],
                 skipped: Sequence[tuple[Story, str]] = (),
                 reviews: Mapping[str, FactReview] | None = None) -> dict[str, object]:
    """The `reconcile.diff/1` document: a stable contract (fields may be added, never
    renamed). With several stories, every source and fact names its story.

    Claims in site furniture that were not compared are listed in `set_aside`, each with
    its story and `boilerplate_reason`, sorted by story, source and offset; each source
    counts its own in `set_aside`.
    """
    sources: list[dict[str, object]] = []
    facts: list[dict[str, object]] = []
    set_aside: list[dict[str, object]] = []
    for result in results:
        counts = dict(result.claims)
        aside = dict(result.set_aside)
        for s in result.sources:
            sources.append(source_record(s, result.story, len(counts.get(s.source_id, ())),
                                         len(aside.get(s.source_id, ()))))
        for _, found in result.set_aside:
            set_aside.extend({"story": result.story, **claim_record(c)}
                             for c in sorted(found, key=lambda c: (c.start, c.end)))
        lines = _lines_of(result)
        for fact in sorted(result.facts, key=lambda f: (STATUS_ORDER[f.status], f.id)):
            facts.append(fact_record(fact, result.story, lines,
                                     review_of(reviews, result.story, fact.id)))
    for story, _ in skipped:
        for s in story.sources:
            sources.append(source_record(s, story.story_id))
    summary = {status: sum(1 for f in facts if f["status"] == status) for status in STATUS_ORDER}
    return {
        "schema": "reconcile.diff/1",
        "stories": [r.story for r in results],
        "alias_files": {r.story: list(r.alias_files) for r in results},
        "skipped": [{"story": story.story_id, "reason": reason} for story, reason in skipped],
        "parallel": [[r.story, a, b] for r in results for a, b in r.parallel],
        "summary": summary,
        "sources": sources,
        "facts": facts,
        "set_aside": set_aside,
    }


def diff_lines(results: Sequence[DiffResult], skipped: Sequence[tuple[Story, str]] = (),
               reviews: Mapping[str, FactReview] | None = None) -> list[str]:
    """JSON Lines of a diff: one object per source (`"record": "source"`, with its error
    if it failed; a skipped story's sources also carry `skipped`, the reason), then one per
    fact (`"record": "fact"`). Every other key is the `reconcile.diff/1` one."""
    document = diff_records(results, skipped, reviews)
    reasons = {story.story_id: reason for story, reason in skipped}
    out = []
    for source in _records(document["sources"]):
        extra = {"skipped": reasons[str(source["story"])]} if source["story"] in reasons else {}
        out.append(dumps({"record": "source", **source, **extra}))
    out.extend(dumps({"record": "fact", **fact}) for fact in _records(document["facts"]))
    return out


def _records(value: object) -> list[dict[str, object]]:
    assert isinstance(value, list)
    return [item for item in value if isinstance(item, dict)]
