"""The diff of one story: claims of every version → aligned facts → verdicts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from reconcile.align import SequenceStore, align, build_nodes, claim_concept, mantissa
from reconcile.api import with_units
from reconcile.compare import far_apart, judge, relation
from reconcile.convert import Exchange, Rates
from reconcile.entities import AliasTable, NearMemo, capitalized_words, entity_ids
from reconcile.errors import UsageError
from reconcile.extract import extract_segments
from reconcile.forking import Sharer, in_turn
from reconcile.model import (
    AlignConfig,
    Claim,
    ClaimKind,
    DiffResult,
    Document,
    Fact,
    Node,
    Segment,
    Story,
    VersionAnalysis,
)
from reconcile.progress import Progress
from reconcile.segment import segment
from reconcile.suppress import apply_suppressions, find_markers, without_markers


def _entities_by_sentence(segments: Sequence[Segment], aliases: AliasTable,
                          names: frozenset[str]) -> dict[int, frozenset[str]]:
    near: NearMemo = {}  # a version names the same people sentence after sentence
    return {seg.start: entity_ids(seg.text, aliases, seg.lang, names, near=near)
            for seg in segments}


def analyse_version(doc: Document) -> VersionAnalysis:
    """What a version yields on its own, whatever its siblings say: its segments, every
    claim (boilerplate included, inline markers not yet applied) and what each counts."""
    segments = segment(doc)
    every = tuple(with_units(doc, segments, extract_segments(
        doc.text, segments, source=doc.source_id, include_boilerplate=True,
        published=doc.date)))
    return VersionAnalysis(segments=segments, claims=every,
                           concepts=tuple(claim_concept(c) for c in every))


Analyser = Callable[[Document], VersionAnalysis]
# (version, its compared segments, alias table, the story's capitalized words) → entities
# by sentence start: _entities_by_sentence, or a cache of it.
EntityFinder = Callable[[Document, Sequence[Segment], AliasTable, frozenset[str]],
                        Mapping[int, frozenset[str]]]


def entities_of_version(doc: Document, segments: Sequence[Segment], aliases: AliasTable,
                        names: frozenset[str]) -> dict[int, frozenset[str]]:
    """The entities each sentence of a version names, by sentence start."""
    return _entities_by_sentence(segments, aliases, names)


def _with_entities(claim: Claim, entities: tuple[str, ...]) -> Claim:
    """replace(claim, entities=entities) without the generated __init__'s work per field (a
    frozen dataclass with no __post_init__: its fields are the instance's dict)."""
    new = object.__new__(Claim)
    vars(new).update(vars(claim), entities=entities)
    return new


def _document_nodes(doc: Document, aliases: AliasTable, names: frozenset[str] = frozenset(),
                    *, include_boilerplate: bool = False,
                    analyse: Analyser = analyse_version,
                    find: EntityFinder = entities_of_version,
                    ) -> tuple[tuple[Claim, ...], tuple[Node, ...], tuple[Claim, ...]]:
    """Claims, alignment nodes and set-aside boilerplate claims of one version; `names` are
    words the story's versions capitalize mid-sentence (a name opening a sentence is still a
    name). Boilerplate claims are compared only when `include_boilerplate` is set."""
    analysis = analyse(doc)
    segments = analysis.segments
    every = without_markers(analysis.claims, find_markers(doc))
    kept = [c for c in every if include_boilerplate or not c.boilerplate]
    set_aside = tuple(c for c in every if not include_boilerplate and c.boilerplate)
    paragraph_of = {seg.start: seg.paragraph for seg in segments}
    # Entities are read only where a claim's node looks: its sentence, and its paragraph
    # for the context (build_nodes); the sentences of paragraphs without a claim are not.
    read = {paragraph_of.get(c.sentence_start, -1) for c in kept}
    starts = {c.sentence_start for c in kept}
    compared = [s for s in segments if (include_boilerplate or not s.boilerplate)
                and (s.paragraph in read or s.start in starts)]
    entities = find(doc, compared, aliases, names)
    claims = [_with_entities(c, tuple(sorted(entities.get(c.sentence_start, ()))))
              for c in kept]
    # Claims compare without their entities, so the concepts found before still apply.
    concept_of = dict(zip(analysis.claims, analysis.concepts, strict=True))
    nodes = build_nodes(doc.source_id, claims, len(doc.text), paragraph_of, entities,
                        concept_of=concept_of.__getitem__)
    # Claims of a bilingual file only meet claims of the same unit of its other side.
    nodes = tuple(replace(n, unit=(doc.path, n.claim.translation_unit))
                  if n.claim.translation_unit is not None else n for n in nodes)
    return tuple(claims), nodes, set_aside


VersionNodes = tuple[tuple[Claim, ...], tuple[Node, ...], tuple[Claim, ...]]


def version_cost(doc: Document) -> int:
    """A version's estimated work for a Sharer: its UTF-8 bytes (extraction runs at about
    the same bytes per second in every language, benchmarks/speed.py), plus what loading a
    language's tables costs, as bytes of text."""
    return len(doc.text.encode("utf-8", "surrogatepass")) + 4_000


def diff_story(story: Story, aliases: AliasTable, *,
               include_boilerplate: bool = False,
               progress: Progress | None = None,
               analyse: Analyser = analyse_version,
               find: EntityFinder = entities_of_version,
               config: AlignConfig | None = None,
               rates: Rates | None = None,
               sequences: SequenceStore | None = None,
               share: Sharer = in_turn,
               cost: Callable[[Document], int] = version_cost) -> DiffResult:
    """Align and compare the readable versions of a story (at least two are needed).

    Claims in site furniture are set aside (DiffResult.set_aside, with their reasons)
    unless `include_boilerplate` is set, when they are compared like any other claim.
    `progress` hears of the claims of each version once they are extracted.
    `analyse` and `find` compute what depends on one version alone (its analysis, and
    the entities of its sentences): analyse_version and entities_of_version, or caches of
    them (reconcile.cache.VersionCache) so that only the versions that changed are read.
    `config` holds alignment's weights (default: the package's data/align_weights.toml).
    `rates` are the currency reference rates amounts in two currencies compare at (default:
    a fresh Rates, read on first use).
    `sequences` keeps the sentence alignment of each pair of versions between runs
    (reconcile.cache.VersionCache.sequences), so an unchanged pair is not aligned again.
    `share` maps what depends on one version alone (its claims, alignment nodes and
    set-aside claims; `cost` estimates its work) over the versions: in turn, or shared with
    another process (reconcile.forking, reconcile.run.cached_diff); the result is the same.
    """
    usable = [s for s in story.sources if s.document is not None]
    if len(usable) < 2:
        raise UsageError(
            f"story {story.story_id!r} has {len(usable)} readable version(s); "
            "reconcile diff needs at least two"
        )
    claims_of: dict[str, tuple[Claim, ...]] = {}
    nodes_of: dict[str, tuple[Node, ...]] = {}
    set_aside: dict[str, tuple[Claim, ...]] = {}
    capitalized = frozenset[str]().union(*(capitalized_words(s.document.text)
                                           for s in usable if s.document is not None))
    def nodes_of_version(doc: Document) -> VersionNodes:
        return _document_nodes(doc, aliases, capitalized,
                               include_boilerplate=include_boilerplate, analyse=analyse,
                               find=find)

    docs = [s.document for s in usable if s.document is not None]
    for source, found in zip(usable, share(nodes_of_version, docs, cost), strict=True):
        sid = source.source_id
        claims_of[sid], nodes_of[sid], set_aside[sid] = found
        if progress is not None:
            progress("claims", len(claims_of[sid]) + len(set_aside[sid]), None)
    rates = rates if rates is not None else Rates()
    # Amounts in two currencies are weighed as one converted amount at the rates of the
    # year the story's claims are mostly of (the rate table is read only if asked).
    years = Counter(n.year for sid in sorted(nodes_of) for n in nodes_of[sid]
                    if n.year is not None)
    exchange = Exchange(rates, str(years.most_common(1)[0][0]) if years else None)
    alignment = align(nodes_of, config=config, sequences=sequences, exchange=exchange)
    witness_of = dict(alignment.witnesses)
    weights = dict(alignment.entity_weights)
    names = {e.id: e.names[0] for e in aliases.entities}
    aligned, datings = _without_far_amounts(alignment.groups, alignment.datings, rates)
    facts = [_fact(group, witness_of, weights, names, rates) for group in aligned]
    facts.extend(_timing_facts(facts, aligned, datings, witness_of, weights, names,
                               claims_of))
    groups: dict[str, list[str]] = {}
    for sid, family in sorted(witness_of.items()):
        groups.setdefault(family, []).append(sid)
    return DiffResult(
        story=story.story_id,
        sources=story.sources,
        claims=tuple(sorted(claims_of.items())),
        facts=apply_suppressions(_unique_ids(facts),
                                 {s.source_id: s.document for s in usable if s.document}),
        parallel=alignment.parallel,
        witnesses=tuple(tuple(v) for _, v in sorted(groups.items())),
        set_aside=tuple((sid, found) for sid, found in sorted(set_aside.items()) if found),
    )


def _without_far_amounts(groups: Sequence[tuple[Node, ...]],
                         datings: Sequence[tuple[Node, ...]], rates: Rates
                         ) -> tuple[list[tuple[Node, ...]], list[tuple[Node, ...]]]:
    """The groups of alignment, each amount of money that is far apart (compare.far_apart)
    from every other amount of its group set apart as a fact of its own: a figure one
    version alone states (its conversion into a third currency, in brackets) that
    alignment placed beside another figure of the other versions is no discrepancy of
    theirs. Its dating goes with the rest of its group."""
    out: list[tuple[Node, ...]] = []
    out_datings: list[tuple[Node, ...]] = []
    for group, dating in zip(groups, datings or [()] * len(groups), strict=True):
        money = [n for n in group if n.claim.kind == "money"]
        if len(money) < 2:
            out.append(group)
            out_datings.append(dating)
            continue
        years = Counter(n.year for n in group if n.year is not None)
        exchange = Exchange(rates, str(years.most_common(1)[0][0]) if years else None)
        apart = [n for n in money
                 if all(far_apart(n.claim, m.claim, exchange) for m in money if m is not n)]
        if not apart:
            out.append(group)
            out_datings.append(dating)
            continue
        kept = tuple(n for n in group if all(n is not a for a in apart))
        if kept:
            sources = {n.source for n in kept}
            out.append(kept)
            out_datings.append(tuple(d for d in dating if d.source in sources))
        for node in apart:
            out.append((node,))
            out_datings.append(())
    return out, out_datings


def _fact(group: Sequence[Node], witness_of: Mapping[str, str],
          weights: Mapping[str, float], names: Mapping[str, str],
          rates: Rates | None = None) -> Fact:
    claims = tuple(n.claim for n in group)
    years = Counter(n.year for n in group if n.year is not None)
    time = str(years.most_common(1)[0][0]) if years else None
    counted = Counter(e for n in group for e in n.entities)
    # Entities most of the versions name, rarest first: what the fact is about.
    shared = [e for e, k in counted.items() if k * 2 >= len(group)]
    shared.sort(key=lambda e: (-weights.get(e, 0.0), e))
    # A fact may join an amount with a bare number whose currency was lost (money), or a
    # span in years with a bare number whose year word was dropped (an age: duration).
    kinds: list[ClaimKind] = sorted({c.kind for c in claims})
    others = [k for k in kinds if k != "count"]
    kind: ClaimKind = kinds[0] if len(kinds) == 1 else others[0] if others else "money"
    label = _label(kind, time, shared[:3], names, claims)
    return Fact(id=_base_id(kind, time, shared[:2]), kind=kind, label=label, claims=claims,
                verdict=judge(claims, witness_of, Exchange(rates, time) if rates else None),
                entities=tuple(shared[:3]), time=time)


def _timing_facts(facts: Sequence[Fact], groups: Sequence[Sequence[Node]],
                  datings: Sequence[Sequence[Node]], witness_of: Mapping[str, str],
                  weights: Mapping[str, float], names: Mapping[str, str],
                  claims_of: Mapping[str, Sequence[Claim]] | None = None) -> list[Fact]:
    """When versions state one fact but date it differently ("In 2016, …" vs "en décembre
    2015, …"), that is a discrepancy of its own: a date fact about the fact."""
    out = []
    # A dating already reported (as a date fact, or for a fact of the same sentence) is
    # reported once.
    seen = {frozenset((n.source, n.index) for n in group)
            for fact, group in zip(facts, groups, strict=True) if fact.kind == "date"}
    date_fact = {(n.source, n.claim.start): i for i, (fact, group) in
                 enumerate(zip(facts, groups, strict=True)) if fact.kind == "date"
                 for n in group}
    for fact, group, dates in zip(facts, groups, datings, strict=True):
        if fact.kind == "date" or len(group) < 2:
            continue
        members = frozenset((n.source, n.index) for n in dates)
        if len({n.source for n in dates}) < 2 or members in seen:
            continue
        seen.add(members)
        when = _fact(dates, witness_of, weights, names)
        if when.status not in ("conflict", "soft"):
            continue
        if any(n.claim.relative for n in dates):
            # "前年は1200万ドルの利益" against "$12 million a year earlier" in a sentence
            # dated 2023: a relative date resolved in one version, a shift the others
            # say in words the dating does not read. No discrepancy of timing is sure.
            continue
        if claims_of is not None and (_dated_alike(group, dates, claims_of, date_fact)
                                      or _restated(group, dates, claims_of)):
            continue
        out.append(replace(when, id=f"{fact.id}-when", label=f"date of: {fact.label}",
                           entities=fact.entities))
    return out


def _dated_alike(group: Sequence[Node], dates: Sequence[Node],
                 claims_of: Mapping[str, Sequence[Claim]],
                 date_fact: Mapping[tuple[str, int], int] | None = None) -> bool:
    """Every version states one same date in the sentences of the fact's claim and of its
    dating date: they date the fact alike, and only which of their dates stands nearest
    differs (translations order their clauses differently). The same date is one date
    value, or one date fact (`date_fact`: (source, start) of a date claim -> its fact),
    whose values, if they differ, that date fact reports itself. A version that dates
    the fact with none of its dates (its claim alone in a sentence of its own) is none of
    the versions compared."""
    stated: list[list[Claim]] = []
    dating = {d.source for d in dates}
    for node in group:
        if node.source not in dating:
            continue
        where = {node.claim.sentence_start} | {
            d.claim.sentence_start for d in dates if d.source == node.source}
        stated.append([c for c in claims_of.get(node.source, ())
                       if c.kind == "date" and (c.date or c.floating)
                       and c.sentence_start in where])
    if not stated or not all(stated):
        return False
    first, rest = stated[0], stated[1:]
    if any(all(any(relation(d, e) == "agree" for e in other) for other in rest)
           for d in first):
        return True
    if date_fact is None:
        return False
    shared = set.intersection(*({date_fact[(c.source or "", c.start)] for c in claims
                                 if (c.source or "", c.start) in date_fact}
                                for claims in stated))
    return bool(shared)


def _restated(group: Sequence[Node], dates: Sequence[Node],
               claims_of: Mapping[str, Sequence[Claim]]) -> bool:
    """A fact dated from beyond its own sentence (a topic date) in some version, where every
    version also states every other version's dating date: they state the same dates and
    only which one stands nearest the fact differs (versions order and split their
    sentences differently), which is no discrepancy of dates."""
    if all(n.dated_distance == 0 for n in group if n.claim.kind != "date"):
        return False
    stated = {source: {c.date for c in claims if c.kind == "date" and c.date}
              for source, claims in claims_of.items()}
    return all(d.claim.date in stated.get(other.source, set())
               for d in dates for other in dates if other.source != d.source)


def _slug(text: str) -> str:
    text = text.removeprefix("name:").casefold()
    return re.sub(r"[^\w]+", "-", text).strip("-") or "x"


def _base_id(kind: str, time: str | None, entities: Sequence[str]) -> str:
    parts = [kind, time or "undated", *(_slug(e) for e in entities)]
    return "-".join(parts)


def _label(kind: str, time: str | None, entities: Sequence[str], names: Mapping[str, str],
           claims: Sequence[Claim]) -> str:
    who = ", ".join(names.get(e, _display(e)) for e in entities)
    when = f" in {time}" if time else ""
    about = f" ({who})" if who else ""
    return f"{kind}{when}{about}"


def _display(entity: str) -> str:
    """An unknown name as a label: ids are casefolded, so restore capitals for Latin."""
    name = entity.removeprefix("name:")
    return name.title() if name.isascii() else name


def _value_key(fact: Fact) -> str:
    for claim in fact.claims:
        if claim.date:
            return _slug(claim.date)
        value = claim.low if claim.low is not None else claim.high
        if value is not None:
            return f"{mantissa(value)}e{value.adjusted()}"
    return "x"


def _unique_ids(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    """Ids stay stable across runs: collisions are told apart by the value, then by a
    counter in value order, never by position in the text."""
    by_id: dict[str, list[Fact]] = {}
    for fact in facts:
        by_id.setdefault(fact.id, []).append(fact)
    out: list[Fact] = []
    for base, same in by_id.items():
        if len(same) == 1:
            out.append(same[0])
            continue
        seen: Counter[str] = Counter()
        for fact in sorted(same, key=lambda f: (_value_key(f), f.sources)):
            key = f"{base}-{_value_key(fact)}"
            seen[key] += 1
            out.append(replace(fact, id=key if seen[key] == 1 else f"{key}-{seen[key]}"))
    return tuple(sorted(out, key=lambda f: f.id))
