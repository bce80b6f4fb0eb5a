"""GitHub Actions workflow commands: each discrepancy as an annotation on its file and line.

`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` for a conflict,
`::warning` for a soft finding, at each version at fault (lines and columns as in SARIF:
1-based, UTF-16 code units). A suppressed finding (an inline `reconcile: ignore`, or a fact
the ledger reviews as accepted or false alarm) is a `::notice` whose title says so, rather
than vanishing. Each story ends with a notice listing its versions; an unreadable version
is an `::error` on its file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reconcile.findings import ABSENT_CODE, rule_for
from reconcile.model import SEVERITY_OF, DiffResult, Fact, FactReview, Source, Story
from reconcile.report.locations import (
    Located,
    absent_reviews,
    at_fault,
    discrepancies,
    posix,
    review_of,
    settled,
)
from reconcile.report.values import format_value, origin_text, unit_text


def escape_data(text: str) -> str:
    """A workflow command's message: %, CR and LF are escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    """One `::level key=value,…::message` line (properties in the order given)."""
    props = ",".join(f"{key}={escape_property(str(value))}"
                     for key, value in properties.items() if value is not None)
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def _values(fact: Fact) -> str:
    return "; ".join(f"{c.source} {format_value(c)} ({c.surface})" for c in fact.claims)


def _fact_lines(fact: Fact, result: DiffResult, where: Located,
                review: FactReview | None) -> list[str]:
    rule = rule_for(fact.verdict.code)
    why = ["reconcile: ignore"] if fact.suppressed else []
    if review is not None and settled(review):
        why.append(f"reviewed as {review.review}")
    level = "notice" if why else SEVERITY_OF[fact.status]
    title = f"{rule.code} {rule.name}: {fact.label}"
    if why:
        title = f"suppressed ({', '.join(why)}): {title}"
    unit = f" ({unit_text(fact)})" if fact.translation_unit is not None else ""
    message = f"{fact.verdict.diagnosis or rule.summary}. Versions: {_values(fact)}. " \
              f"Fact {fact.id}{unit} in story {result.story}."
    if review is not None and review.note:
        message += f" Note: {review.note}"
    out = []
    for claim in at_fault(fact)[0]:
        region = where.claim(claim)
        out.append(command(level, message, file=region.path, line=region.start_line,
                           col=region.start_column, endLine=region.end_line,
                           endColumn=region.end_column, title=title))
    return out


def _source_lines(story: str, sources: Sequence[Source]) -> list[str]:
    out = [command("error", source.error, file=posix(source.path),
                   title=f"reconcile: version {source.source_id} of {story} unreadable")
           for source in sorted(sources, key=lambda s: s.source_id) if source.error]
    listed = ", ".join(f"{s.source_id} ({s.lang or '?'}) {posix(s.path)}{origin_text(s)}"
                       + (" unreadable" if s.error else "")
                       for s in sorted(sources, key=lambda s: s.source_id))
    out.append(command("notice", f"versions: {listed}", title=f"reconcile: story {story}"))
    return out


def render_github(results: Sequence[DiffResult],
                  reviews: Mapping[str, FactReview] | None = None, *,
                  skipped: Sequence[tuple[Story, str]] = ()) -> str:
    """Workflow-command lines for a run, one per annotation, sorted by story."""
    lines: list[str] = []
    for result in sorted(results, key=lambda r: r.story):
        where = Located.of(result.sources)
        for fact in discrepancies(result):
            lines += _fact_lines(fact, result, where, review_of(reviews, result.story, fact.id))
        lines += _source_lines(result.story, result.sources)
    rule = rule_for(ABSENT_CODE)
    for story_id, review in absent_reviews(reviews, results):
        title = f"{rule.code} {rule.name}: {review.fact_id}"
        lines.append(command("notice", f"{rule.summary} (story {story_id}, reviewed as "
                                    f"{review.review}).", title=title))
    for lost, reason in sorted(skipped, key=lambda item: item[0].story_id):
        lines.append(command("error", reason, title=f"reconcile: story {lost.story_id} "
                                                    "skipped"))
        lines += _source_lines(lost.story_id, lost.sources)
    return "".join(line + "\n" for line in lines)
