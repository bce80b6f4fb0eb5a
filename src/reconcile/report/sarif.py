"""SARIF 2.1.0 log of a diff, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

One run; one result per discrepancy (conflict: error, soft: warning) with the finding code
as ruleId, located at the versions at fault with the other versions as related locations.
Regions are 1-based lines and columns in UTF-16 code units, SARIF's default, stated in
run.columnKind (`utf16CodeUnits`); the end column is exclusive.
Fingerprints are content-based (story, fact id, each version's normalized value), so an edit
elsewhere in a file keeps them. With the ledger's reviews, results carry baselineState and
the facts reviewed as accepted or false alarm are suppressed ("external"); inline
`reconcile: ignore` markers are suppressions "inSource". Every source is an artifact; an
unreadable one is also a tool execution notification with its error. Output is
deterministic: no timestamps, everything sorted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import PurePath
from urllib.parse import quote

from reconcile.findings import ABSENT_CODE, CHANGED_CODE, LEDGER_RULES, RULES, Rule, rule_for
from reconcile.model import SEVERITY_OF, Claim, DiffResult, Fact, FactReview, Source, Story
from reconcile.report.locations import (
    Located,
    Region,
    absent_fingerprint,
    absent_reviews,
    at_fault,
    discrepancies,
    fingerprint,
    posix,
    review_of,
    settled,
)
from reconcile.report.values import format_value, origin_of, unit_text

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                "sarif-schema-2.1.0.json")
FINGERPRINT_KEY = "reconcileFact/v1"
COLUMN_KIND = "utf16CodeUnits"
_URL_LABELS = ("homepage", "documentation", "repository", "source")

Json = dict[str, object]


@dataclass(frozen=True)
class ToolInfo:
    """What the log says of the tool that wrote it."""

    name: str
    version: str
    information_uri: str | None = None


def default_tool() -> ToolInfo:
    """reconcile itself; informationUri comes from the package's Project-URL metadata."""
    from reconcile import __version__

    uri = None
    try:
        urls = metadata.metadata("reconcile").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().casefold() in _URL_LABELS and url.strip():
            uri = url.strip()
            break
    return ToolInfo("reconcile", __version__, uri)


def artifact_uri(path: str) -> str:
    """A relative path stays relative (to the folder reconcile ran in); an absolute one
    becomes a file: URI; a fetched page keeps its URL."""
    if path.startswith(("http://", "https://")):
        return path
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(posix(path), safe="/")


def _rule(rule: Rule) -> Json:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.help},
        "help": {"text": rule.help, "markdown": rule.help},
        "defaultConfiguration": {"level": rule.level},
    }


@dataclass(frozen=True)
class _Artifacts:
    """Artifact indexes by (story, source id)."""

    index: Mapping[tuple[str, str], int]

    def location(self, story: str, source: str, path: str) -> Json:
        return {"uri": artifact_uri(path), "index": self.index[(story, source)]}


def _artifacts(stories: Sequence[tuple[str, Sequence[Source]]]) -> tuple[list[Json], _Artifacts]:
    entries: list[Json] = []
    index: dict[tuple[str, str], int] = {}
    for story, sources in sorted(stories, key=lambda item: item[0]):
        for source in sorted(sources, key=lambda s: s.source_id):
            index[(story, source.source_id)] = len(entries)
            entries.append({
                "location": {"uri": artifact_uri(source.path)},
                "roles": ["analysisTarget"],
                "properties": {"story": story, "source": source.source_id,
                               "lang": source.lang, "error": source.error,
                               **origin_of(source)},
            })
    return entries, _Artifacts(index)


def _region(region: Region) -> Json:
    return {"startLine": region.start_line, "startColumn": region.start_column,
            "endLine": region.end_line, "endColumn": region.end_column}


def _claim_location(claim: Claim, ident: int, story: str, where: Located,
                    artifacts: _Artifacts) -> Json:
    source = claim.source or ""
    region = where.claim(claim)
    return {
        "id": ident,
        "physicalLocation": {
            "artifactLocation": artifacts.location(story, source, where.paths[source]),
            "region": {**_region(region), "snippet": {"text": claim.surface}},
        },
        "message": {"text": f"{source}: {format_value(claim)} ({claim.surface})"},
    }


def _suppressions(fact: Fact, review: FactReview | None, story: str, where: Located,
                  artifacts: _Artifacts) -> list[Json]:
    out: list[Json] = []
    if review is not None and settled(review):
        out.append({"kind": "external", "status": "accepted",
                    "justification": review.note or f"reviewed as {review.review} in the "
                                                    "ledger"})
    for marker in fact.suppressions:
        region = where.marker(marker)
        rules = f"[{', '.join(marker.rules)}]" if marker.rules else ""
        out.append({
            "kind": "inSource", "status": "accepted",
            "justification": f"reconcile: ignore{rules} in {marker.source} line "
                             f"{region.start_line}",
            "location": {"physicalLocation": {
                "artifactLocation": artifacts.location(story, marker.source,
                                                       where.paths[marker.source]),
                "region": _region(region)}},
        })
    return out


def _result(fact: Fact, result: DiffResult, reviews: Mapping[str, FactReview] | None,
            where: Located, artifacts: _Artifacts, rule_index: Mapping[str, int],
            code: str | None = None) -> Json:
    rule = rule_for(code or fact.verdict.code)
    primary, related = at_fault(fact)
    review = review_of(reviews, result.story, fact.id)
    unit = f" ({unit_text(fact)})" if fact.translation_unit is not None else ""
    text = f"{fact.label}{unit}: {fact.verdict.diagnosis or rule.summary}"
    out: Json = {
        "ruleId": rule.code,
        "ruleIndex": rule_index[rule.code],
        "level": rule.level if code else SEVERITY_OF[fact.status],
        "kind": "fail",
        "message": {"text": text},
        "locations": [_claim_location(c, i, result.story, where, artifacts)
                      for i, c in enumerate(primary)],
    }
    if related:
        out["relatedLocations"] = [
            _claim_location(c, len(primary) + i, result.story, where, artifacts)
            for i, c in enumerate(related)]
    out["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(result.story, fact)}
    if reviews is not None:
        out["baselineState"] = review.baseline if review is not None else "new"
    suppressions = _suppressions(fact, review, result.story, where, artifacts)
    if suppressions:
        out["suppressions"] = suppressions
    properties: Json = {"story": result.story, "factId": fact.id, "status": fact.status,
                        "kind": fact.kind, "label": fact.label,
                        "outliers": list(fact.verdict.outliers)}
    if fact.translation_unit is not None:
        properties["translationUnit"] = fact.translation_unit
    if review is not None:
        properties.update(review=review.review, note=review.note)
    out["properties"] = properties
    return out


def _changed(reviews: Mapping[str, FactReview] | None, story: str, fact_id: str) -> bool:
    review = review_of(reviews, story, fact_id)
    return review is not None and review.baseline == "updated"


def _absent_result(story: str, review: FactReview, rule_index: Mapping[str, int]) -> Json:
    rule = rule_for(ABSENT_CODE)
    out: Json = {
        "ruleId": rule.code,
        "ruleIndex": rule_index[rule.code],
        "level": rule.level,
        "kind": "fail",
        "message": {"text": f"{review.fact_id}: {rule.summary}"},
        "partialFingerprints": {FINGERPRINT_KEY: absent_fingerprint(story, review.fact_id)},
        "baselineState": "absent",
    }
    if settled(review):
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": review.note
                                or f"reviewed as {review.review} in the ledger"}]
    out["properties"] = {"story": story, "factId": review.fact_id, "review": review.review,
                         "note": review.note}
    return out


def _notifications(results: Sequence[DiffResult], skipped: Sequence[tuple[Story, str]],
                   artifacts: _Artifacts) -> list[Json]:
    notes: list[Json] = []
    stories = [(r.story, r.sources) for r in results]
    stories += [(story.story_id, story.sources) for story, _ in skipped]
    for story, sources in sorted(stories, key=lambda item: item[0]):
        for source in sorted(sources, key=lambda s: s.source_id):
            if source.error:
                notes.append({
                    "level": "error",
                    "message": {"text": source.error},
                    "locations": [{"physicalLocation": {"artifactLocation": artifacts.location(
                        story, source.source_id, source.path)}}],
                    "descriptor": {"id": "input-error"},
                })
    for lost, reason in sorted(skipped, key=lambda item: item[0].story_id):
        notes.append({"level": "error", "message": {"text": reason},
                      "descriptor": {"id": "story-skipped"},
                      "properties": {"story": lost.story_id}})
    return notes


def sarif_log(results: Sequence[DiffResult], reviews: Mapping[str, FactReview] | None = None,
              *, skipped: Sequence[tuple[Story, str]] = (),
              tool: ToolInfo | None = None) -> Json:
    """The SARIF log of a run as plain JSON data.

    `reviews` is the ledger's word per fact (keyed by fact id, or by `story/fact id` when
    the run spans several stories); without it results carry no baselineState.
    """
    tool = tool or default_tool()
    rules = (*RULES, *LEDGER_RULES)
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    stories = [(r.story, r.sources) for r in results]
    stories += [(story.story_id, story.sources) for story, _ in skipped]
    artifacts, index = _artifacts(stories)
    out: list[Json] = []
    for result in sorted(results, key=lambda r: r.story):
        where = Located.of(result.sources)
        listed = discrepancies(result)
        out.extend(_result(fact, result, reviews, where, index, rule_index)
                   for fact in listed)
        # A fact whose value changed since the ledger fails `reconcile check` even when the
        # versions agree: it is a result of its own rule, so a CI view shows it too.
        shown = {fact.id for fact in listed}
        out.extend(_result(fact, result, reviews, where, index, rule_index, CHANGED_CODE)
                   for fact in result.facts
                   if fact.id not in shown and _changed(reviews, result.story, fact.id))
    out.extend(_absent_result(story, review, rule_index)
               for story, review in absent_reviews(reviews, results))
    notes = _notifications(results, skipped, index)
    driver: Json = {"name": tool.name, "version": tool.version,
                    "semanticVersion": tool.version}
    if tool.information_uri:
        driver["informationUri"] = tool.information_uri
    driver["rules"] = [_rule(rule) for rule in rules]
    invocation: Json = {"executionSuccessful": not notes}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    run: Json = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "artifacts": artifacts,
        "results": out,
        "columnKind": COLUMN_KIND,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(results: Sequence[DiffResult],
                 reviews: Mapping[str, FactReview] | None = None, *,
                 skipped: Sequence[tuple[Story, str]] = (), tool: ToolInfo | None = None
                 ) -> str:
    """The SARIF log as indented JSON text, ending in a newline."""
    log = sarif_log(results, reviews, skipped=skipped, tool=tool)
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
