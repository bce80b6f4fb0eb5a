"""The self-contained HTML report of one or more diffs (Jinja2 templates, autoescaped).

The page needs nothing but itself: CSS and JS are inline, no font or script is fetched, so it
opens from disk and can be mailed. All text of the versions reaches the page through Jinja2's
autoescaping, as text: the templates never mark source text safe and never put it in a script.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from reconcile.model import FACT_STATUSES, Claim, DiffResult, Fact, Source, Story
from reconcile.report.matrix import Matrix, agreement_matrix
from reconcile.report.values import (
    STATUS_ORDER,
    boilerplate_lines,
    format_value,
    reasons_text,
    suppressed_note,
)


@dataclass(frozen=True)
class SourceRow:
    """A version in the summary table."""

    source_id: str
    lang: str
    language: str
    outlet: str
    path: str
    claims: int
    set_aside: int
    family: str
    error: str | None
    text_anchor: str


@dataclass(frozen=True)
class Version:
    """One version's claim in a fact, with its sentence split around the claim."""

    source_id: str
    lang: str
    value: str
    surface: str
    before: str
    after: str
    outlier: bool
    claim_anchor: str


@dataclass(frozen=True)
class FactView:
    anchor: str
    fact_id: str
    label: str
    status: str
    kind: str
    code: str
    diagnosis: str
    suppressed: str
    sources: str
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class Piece:
    """A run of a source text: plain (no claim_anchor) or one highlighted claim."""

    text: str
    claim_anchor: str = ""
    fact_anchor: str = ""
    status: str = ""
    title: str = ""


@dataclass(frozen=True)
class TextView:
    source_id: str
    lang: str
    anchor: str
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class Cell:
    text: str
    title: str
    style: str
    counts: str = ""


@dataclass(frozen=True)
class MatrixRow:
    source_id: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class StoryView:
    anchor: str
    story: str
    sources: tuple[SourceRow, ...]
    counts: tuple[tuple[str, int], ...]
    families: tuple[str, ...]
    parallel: tuple[str, ...]
    boilerplate: tuple[str, ...]
    matrix_sources: tuple[str, ...]
    matrix: tuple[MatrixRow, ...]
    facts: tuple[FactView, ...]
    texts: tuple[TextView, ...]
    skipped: str = ""


def _environment() -> Environment:
    return Environment(loader=PackageLoader("reconcile.report", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True)


def language_name(code: str | None) -> str:
    """'ja' → 'Japanese' (CLDR, in English); the code itself when CLDR does not know it."""
    if not code:
        return "?"
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name("en")
    except (ValueError, UnknownLocaleError):
        return code
    return str(name) if name else code


def _meta(source: Source, key: str) -> str:
    return dict(source.meta).get(key, "")


def _claim_anchor(story: int, source_index: int, claim: Claim) -> str:
    return f"s{story}-t{source_index}-c{claim.start}"


def _split(claim: Claim) -> tuple[str, str]:
    """The sentence before and after the claim (the claim's surface sits between)."""
    at = claim.start - claim.sentence_start
    sentence = claim.sentence
    if at >= 0 and sentence[at:at + len(claim.surface)] == claim.surface:
        return sentence[:at], sentence[at + len(claim.surface):]
    return "", ""


def _fact_view(story: int, index: int, fact: Fact, result: DiffResult,
               source_index: Mapping[str, int]) -> FactView:
    versions = []
    for claim in fact.claims:
        sid = claim.source or ""
        before, after = _split(claim)
        versions.append(Version(
            source_id=sid, lang=claim.lang, value=format_value(claim), surface=claim.surface,
            before=before, after=after, outlier=sid in fact.verdict.outliers,
            claim_anchor=_claim_anchor(story, source_index.get(sid, 0), claim)))
    return FactView(
        anchor=f"s{story}-f{index}", fact_id=fact.id, label=fact.label, status=fact.status,
        kind=fact.kind, code=fact.verdict.code or "", diagnosis=fact.verdict.diagnosis or "",
        suppressed=suppressed_note(result, fact) if fact.suppressed else "",
        sources=" ".join(fact.sources), versions=tuple(versions))


def _pieces(text: str, claims: Sequence[tuple[Claim, str, str, str]]) -> tuple[Piece, ...]:
    """The text cut around its claims (claim, its anchor, its fact's anchor, status); a claim
    overlapping an earlier one stays plain."""
    out: list[Piece] = []
    at = 0
    for claim, anchor, fact_anchor, status in sorted(claims, key=lambda c: c[0].start):
        if claim.start < at or text[claim.start:claim.end] != claim.surface:
            continue
        if claim.start > at:
            out.append(Piece(text[at:claim.start]))
        title = format_value(claim)
        if claim.boilerplate and not fact_anchor:
            title += f" · set aside: {claim.boilerplate_reason or 'boilerplate'}"
        out.append(Piece(claim.surface, anchor, fact_anchor, status, title))
        at = claim.end
    if at < len(text):
        out.append(Piece(text[at:]))
    return tuple(out)


def _texts(story: int, result: DiffResult, facts: Sequence[tuple[Fact, FactView]],
           source_index: Mapping[str, int]) -> tuple[TextView, ...]:
    fact_of: dict[tuple[str, int], tuple[str, str]] = {}
    for fact, view in facts:
        for claim in fact.claims:
            fact_of[(claim.source or "", claim.start)] = (view.anchor, fact.status)
    aside = dict(result.set_aside)
    out = []
    for source in result.sources:
        if source.document is None:
            continue
        sid = source.source_id
        k = source_index[sid]
        claims = [*dict(result.claims).get(sid, ()), *aside.get(sid, ())]
        marked = []
        for claim in claims:
            fact_anchor, status = fact_of.get((sid, claim.start), ("", "aside"))
            marked.append((claim, _claim_anchor(story, k, claim), fact_anchor, status))
        out.append(TextView(sid, source.document.lang, f"s{story}-t{k}",
                            _pieces(source.document.text, marked)))
    return tuple(out)


def _cell_style(share: float) -> str:
    """Red (no agreement) through amber to green (full agreement), light enough for text."""
    return f"background: hsl({round(share * 120)}, 70%, 82%)"


def _matrix_rows(matrix: Matrix) -> tuple[MatrixRow, ...]:
    rows = []
    for a in matrix.sources:
        cells = []
        for b in matrix.sources:
            pair = matrix.pair(a, b)
            if pair is None:
                cells.append(Cell("—", f"{a}", "background: #e5e7eb"))
            elif pair.percent is None:
                cells.append(Cell("·", f"{a} and {b} share no fact", ""))
            else:
                title = (f"{a} vs {b}: {pair.shared} shared facts: {pair.agree} agree, "
                         f"{pair.soft} soft, {pair.conflict} conflict")
                cells.append(Cell(f"{pair.percent}%", title,
                                  _cell_style(pair.agree / pair.shared),
                                  f"{pair.agree}/{pair.shared}"))
        rows.append(MatrixRow(a, tuple(cells)))
    return tuple(rows)


def _story_view(story: int, result: DiffResult) -> StoryView:
    source_index = {s.source_id: k for k, s in enumerate(result.sources)}
    ordered = sorted(result.facts, key=lambda f: (STATUS_ORDER[f.status], f.id))
    facts = [(f, _fact_view(story, i, f, result, source_index)) for i, f in enumerate(ordered)]
    claims = dict(result.claims)
    aside = dict(result.set_aside)
    family_of = {sid: " ≈ ".join(fam) for fam in result.witnesses if len(fam) > 1
                 for sid in fam}
    rows = tuple(SourceRow(
        source_id=s.source_id, lang=s.lang or "?", language=language_name(s.lang),
        outlet=_meta(s, "outlet"), path=s.path, claims=len(claims.get(s.source_id, ())),
        set_aside=len(aside.get(s.source_id, ())), family=family_of.get(s.source_id, ""),
        error=s.error, text_anchor=f"s{story}-t{source_index[s.source_id]}"
        if s.document is not None else "") for s in result.sources)
    matrix = agreement_matrix(result)
    return StoryView(
        anchor=f"s{story}", story=result.story,
        sources=rows,
        counts=tuple((status, sum(1 for f in result.facts if f.status == status))
                     for status in FACT_STATUSES),
        families=tuple(" ≈ ".join(fam) for fam in result.witnesses if len(fam) > 1),
        parallel=tuple(f"{a} ↔ {b}" for a, b in result.parallel),
        # The report's words on boilerplate, without the terminal's hint at a CLI option.
        boilerplate=tuple(line.strip() for line in boilerplate_lines(result)
                          if not line.strip().startswith("reconcile ")),
        matrix_sources=matrix.sources, matrix=_matrix_rows(matrix),
        facts=tuple(view for _, view in facts),
        texts=_texts(story, result, facts, source_index))


def _skipped_view(story: int, skipped: Story, reason: str) -> StoryView:
    rows = tuple(SourceRow(s.source_id, s.lang or "?", language_name(s.lang),
                           _meta(s, "outlet"), s.path, 0, 0, "", s.error, "")
                 for s in skipped.sources)
    return StoryView(f"s{story}", skipped.story_id, rows, (), (), (), (), (), (), (), (),
                     skipped=reason)


def render_html(results: Sequence[DiffResult], skipped: Sequence[tuple[Story, str]] = (),
                *, title: str = "reconcile report") -> str:
    """One self-contained HTML page for the diffs of one or more stories (an index of stories
    first when there are several). Deterministic: no timestamp, sorted as the diff is."""
    stories = [_story_view(i, r) for i, r in enumerate(results)]
    stories += [_skipped_view(len(results) + i, story, reason)
                for i, (story, reason) in enumerate(skipped)]
    kinds = sorted({f.kind for s in stories for f in s.facts})
    sources = sorted({f.source_id for s in stories for f in s.sources if not f.error})
    totals = {status: sum(dict(s.counts).get(status, 0) for s in stories)
              for status in FACT_STATUSES}
    template = _environment().get_template("report.html.j2")
    return template.render(title=title, stories=stories, kinds=kinds, sources=sources,
                           statuses=FACT_STATUSES, totals=totals,
                           reasons_text=reasons_text)
