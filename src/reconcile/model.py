"""The plain, frozen data types that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from reconcile.textpos import SourceMap

ClaimKind = Literal["money", "count", "percent", "date", "duration", "multiplier", "quantity"]
Qualifier = Literal["eq", "approx", "gt", "gte", "lt", "lte", "range", "several"]
SegmentKind = Literal["sentence", "bullet", "heading"]
LangOrigin = Literal["option", "manifest", "detected"]

# Why a paragraph is site furniture (README "Boilerplate"): stable codes used in reports.
BOILERPLATE_REASONS: tuple[str, ...] = (
    "link-list", "share-widget", "cookie-notice", "read-more", "navigation", "related-posts",
    "comments", "post-meta", "footer-legal", "advertisement",
)
CLAIM_KINDS: tuple[ClaimKind, ...] = (
    "money", "count", "percent", "date", "duration", "multiplier", "quantity",
)
QUALIFIERS: tuple[Qualifier, ...] = (
    "eq", "approx", "gt", "gte", "lt", "lte", "range", "several",
)


@dataclass(frozen=True)
class Paragraph:
    """A run of text separated by blank lines or line breaks; offsets into Document.text."""

    start: int
    end: int
    lang: str
    # The translation unit it comes from, in a bilingual file (XLIFF, PO); None elsewhere.
    unit: str | None = None


@dataclass(frozen=True)
class Document:
    """One decoded story version. Every later object points into `text` by offsets."""

    source_id: str
    path: str
    text: str
    lang: str
    lang_origin: LangOrigin
    paragraphs: tuple[Paragraph, ...]
    story: str = ""
    meta: tuple[tuple[str, str], ...] = ()
    # The input format ("text", "html", "markdown", …) and, when the text was extracted
    # from the file rather than being the file, where each character came from.
    format: str = "text"
    source_map: SourceMap | None = field(default=None, repr=False, compare=False)

    @property
    def date(self) -> str | None:
        """The publication date the source states (page metadata, front matter, manifest)."""
        return dict(self.meta).get("date") or None


@dataclass(frozen=True)
class Segment:
    """A sentence, bullet item or heading; text == document.text[start:end].

    A boilerplate segment is site furniture; `boilerplate_reason` says which kind
    ("link-list", "related-posts", … see BOILERPLATE_REASONS).
    """

    start: int
    end: int
    text: str
    lang: str
    kind: SegmentKind
    boilerplate: bool
    paragraph: int = 0
    boilerplate_reason: str | None = None


@dataclass(frozen=True)
class Claim:
    """One checkable statement of quantity or time, with its value as an interval.

    low/high are exact Decimals in the claim's unit (None = open bound); for dates they are
    None and `date` holds an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD, or two of them
    joined by "/" for a range). `relative` names a relative expression ("last year",
    "same year", ...) and `anchor` the stated date it was resolved against, if any.
    `floating` is what a relative date states by itself, the same in every language, so
    that versions compare it even when no year resolves it: "--07-04" (4 July, no year
    stated), "--07" (a month), "now-1 month" ("last month", "le mois dernier", "先月"),
    "text+0 year--07" ("同年7月").
    """

    kind: ClaimKind
    surface: str
    start: int
    end: int
    sentence: str
    lang: str
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    unit: str | None
    date: str | None = None
    relative: str | None = None
    anchor: str | None = None
    floating: str | None = None
    source: str | None = None
    sentence_start: int = 0
    boilerplate: bool = False
    entities: tuple[str, ...] = field(default=(), compare=False)
    boilerplate_reason: str | None = None
    # The translation unit of a bilingual file (XLIFF, PO) the claim stands in.
    translation_unit: str | None = None


@dataclass(frozen=True)
class Source:
    """One input of a run: its document when it could be read, else the error saying why."""

    source_id: str
    path: str
    lang: str | None
    document: Document | None
    error: str | None = None
    meta: tuple[tuple[str, str], ...] = ()
    # What the user should know but the output must not carry (a fetched page read from
    # the cache because the fetch failed): the CLI prints them on stderr.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    """The versions of one story: a folder of text files, or the files named together."""

    story_id: str
    path: str
    sources: tuple[Source, ...]


FactStatus = Literal["conflict", "soft", "agree", "single"]
Severity = Literal["error", "warning", "info"]
FACT_STATUSES: tuple[FactStatus, ...] = ("conflict", "soft", "agree", "single")
SEVERITY_OF: dict[FactStatus, Severity] = {
    "conflict": "error", "soft": "warning", "agree": "info", "single": "info",
}


@dataclass(frozen=True)
class Verdict:
    """What comparison concludes about the claims of one fact."""

    status: FactStatus
    outliers: tuple[str, ...] = ()
    sides: tuple[tuple[str, ...], ...] = ()
    diagnosis: str | None = None
    code: str | None = None

    @property
    def severity(self) -> Severity:
        return SEVERITY_OF[self.status]


@dataclass(frozen=True)
class Suppression:
    """An inline `reconcile: ignore` marker in one version that silences a fact.

    start/end locate the marker in that version's Document.text; `rules` are the codes it
    names (`ignore[R104]`), empty when it silences every finding of its line.
    """

    source: str
    start: int
    end: int
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """Claims of different versions that speak of the same real-world fact, and the verdict.

    `claims` holds at most one claim per source, sorted by source id. `id` is derived from
    kind, entities and time (not from order), so reports can be diffed run to run.
    """

    id: str
    kind: ClaimKind
    label: str
    claims: tuple[Claim, ...]
    verdict: Verdict
    entities: tuple[str, ...] = ()
    time: str | None = None
    # Inline markers on the lines of its claims: the fact is still reported, as suppressed,
    # and takes no part in the exit code.
    suppressions: tuple[Suppression, ...] = ()

    @property
    def suppressed(self) -> bool:
        return bool(self.suppressions)

    @property
    def status(self) -> FactStatus:
        return self.verdict.status

    @property
    def severity(self) -> Severity:
        return self.verdict.severity

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(c.source or "" for c in self.claims)

    @property
    def translation_unit(self) -> str | None:
        """The unit of a bilingual file all its claims stand in, if they share one."""
        units = {c.translation_unit for c in self.claims}
        return units.pop() if len(units) == 1 else None


@dataclass(frozen=True)
class DiffResult:
    """The outcome of comparing the versions of one story."""

    story: str
    sources: tuple[Source, ...]
    claims: tuple[tuple[str, tuple[Claim, ...]], ...]
    facts: tuple[Fact, ...]
    parallel: tuple[tuple[str, str], ...] = ()
    witnesses: tuple[tuple[str, ...], ...] = ()
    # Claims in site furniture, per source, left out of the comparison (empty when the
    # diff was asked to include boilerplate: those claims are then in `claims`).
    set_aside: tuple[tuple[str, tuple[Claim, ...]], ...] = ()
    # The entity alias files the diff used (as given or found from the story's folder).
    alias_files: tuple[str, ...] = ()


ReviewState = Literal["unreviewed", "confirmed-error", "accepted", "false-alarm"]
REVIEW_STATES: tuple[ReviewState, ...] = (
    "unreviewed", "confirmed-error", "accepted", "false-alarm",
)
BaselineState = Literal["new", "unchanged", "updated", "absent"]


@dataclass(frozen=True)
class FactReview:
    """What the reviewed-claims ledger says of one current fact.

    `baseline`: new (the ledger does not know the fact), unchanged (same values as recorded),
    updated (a version's value changed since the ledger), absent (the ledger records it but
    the text no longer states it). `review` and `note` are the fields a person edits.
    """

    fact_id: str
    baseline: BaselineState
    review: ReviewState = "unreviewed"
    note: str = ""


@dataclass(frozen=True)
class VersionAnalysis:
    """What one version yields on its own, whatever its sibling versions say: its segments,
    every claim in them (boilerplate included, before inline markers are applied) and, per
    claim, the concept a count counts (None for other kinds). The diff caches it per file."""

    segments: tuple[Segment, ...]
    claims: tuple[Claim, ...]
    concepts: tuple[str | None, ...]
# ---------------------------------------------------------------------------------------
# alignment (reconcile.align): its configuration, input and output


@dataclass(frozen=True)
class AlignConfig:
    """Every weight alignment uses, in one value (black's `Mode`).

    The defaults a run uses are read from the package's data/align_weights.toml
    (reconcile.align.default_config), which states the reason for each weight and is written
    by benchmarks/fit_weights.py; the values below only mirror that file.
    """

    # -- deciding which versions are translations of one another
    parallel_share: float = 0.6
    parallel_link: float = 0.0
    strong_link: float = 2.0
    # -- clustering bars and bonuses
    merge_min: float = 2.5
    adopt_min: float = 2.0
    parallel_bonus: float = 2.5
    neighbor_bonus: float = 1.0
    # -- context evidence
    position_weight: float = 1.5
    dating_reach: int = 3
    concept_match: float = 1.0
    concept_mismatch: float = -1.0
    entity_weight: float = 2.0
    paragraph_share: float = 0.7
    # -- time evidence (the years that scope two claims)
    date_year_near: float = 1.0
    date_years_apart: float = -2.5
    year_same: float = 1.0
    year_off_one: float = -0.3
    year_far: float = -2.0
    # -- value evidence
    day_match: float = 2.0
    month_match: float = 1.5
    year_match: float = 1.0
    year_shifted: float = -0.5
    quantity_range_agree: float = 3.0
    quantity_agree: float = 2.0
    quantity_soft: float = 0.7
    range_equal: float = 3.0
    value_equal: float = 1.5
    value_overlap: float = 0.7
    bound_reach: float = 2.0
    mantissa_match: float = 0.8
    # -- kind and unit evidence
    money_count: float = -0.5
    money_count_min: float = 1000.0
    anchor_value: float = 1.0
    age_count: float = 0.0
    quantity_dimension: float = 0.5
    same_currency: float = 0.3
    other_currency: float = -0.2
    currency_converted: float = 1.0
    # -- cost: sentence-DP band margin (segments); nearest claims paired within a block
    band_margin: int = 8
    block_neighbours: int = 10
    pairwise_versions: int = 6
    sequenced_neighbours: int = 4


@dataclass(frozen=True)
class Node:
    """A claim with the context alignment looks at (built by reconcile.align.build_nodes)."""

    source: str
    index: int
    claim: Claim
    segment: int
    position: float
    year: int | None
    entities: frozenset[str]
    dated_by: int | None = None
    context: frozenset[str] = frozenset()
    dated_distance: int = 0
    terms: frozenset[str] = frozenset()
    paragraph: int = -1
    # What the number counts or measures, across languages (reconcile.concepts): "2,140
    # morts" and "2146人死亡" are both `dead`; None when the lexicon is unsure.
    concept: str | None = None
    # (file, unit id) of a claim of a bilingual file (XLIFF, PO): its pairing is given, so
    # two claims of one file may only be one fact when they stand in the same unit.
    unit: tuple[str, str] | None = None
    # The claim's value is stated once in its version (kind, value, date, unit): two such
    # equal values of two versions are what the sentence DP anchors on.
    once: bool = False
    # The date of the dateline that opens the version (extract.is_dateline): the day it
    # was filed, one fact with a date of another version's lead only when the two agree.
    dateline: bool = False


@dataclass(frozen=True)
class Alignment:
    """What alignment concludes: facts as groups of nodes (one per source at most), the
    pairs of versions found parallel, each source's witness family (translations of one
    another are one witness), for each group the date claims that place it in time (one per
    version), and the entity weights (inverse document frequency) of the story."""

    groups: tuple[tuple[Node, ...], ...]
    parallel: tuple[tuple[str, str], ...]
    witnesses: tuple[tuple[str, str], ...] = ()
    datings: tuple[tuple[Node, ...], ...] = ()
    entity_weights: tuple[tuple[str, float], ...] = ()
