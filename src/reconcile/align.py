"""Alignment: which claims of N versions speak of the same fact.

Each claim becomes a Node with its context: the year it is about, the entities of its
sentence, its relative position. `affinity` scores two nodes of different versions without
needing their values to agree (a scale slip must still land in the same fact); agreeing
values, or the same significant digits, only add evidence.

Versions that are near-translations of each other are detected by themselves: their
claim-bearing segments align as a monotonic sequence (dynamic programming, as one aligns
parallel sentences), and most of their claims find partners that way. Those pairs are
aligned as sequences; all other pairs are matched claim by claim. Facts are then grown by
average-linkage clustering over witnesses (translations count as one, through their median
member), translations among themselves first, never two claims of one version in one fact.
A second round adds the evidence of sentence-mates linked in the first, and measures the
positions of claims whose paragraph-mates were linked from those links (an article that
retells the story in another order moves whole paragraphs).

A claim whose value changed loses the evidence agreeing values give and may be left alone.
Last, such a lone claim joins the fact its context alone places it in (adoption), or takes
its version's place from a sibling that fits another fact (exchange), when a known slip (a
power of ten, a digit, a currency, a shifted year) explains how its value differs.
"""

from __future__ import annotations

import heapq
import math
import statistics
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from reconcile.compare import SLIPS, diagnose, intervals, relation
from reconcile.concepts import concept_near, is_generic
from reconcile.entities import UNKNOWN_PREFIX
from reconcile.extraction.quantities import same_dimension
from reconcile.model import Claim

# A pair of versions is parallel when this share of the smaller one's claims aligns in
# sequence with strong affinity (translations share ~80-100%, different articles ~20-40%).
PARALLEL_SHARE = 0.6
# Affinity a link needs: sequence links of parallel versions are trusted more.
PARALLEL_LINK = 0.0
STRONG_LINK = 2.0
# Claims are merged into one fact while their average affinity stays at or above this.
MERGE_MIN = 2.5
# Added to links of translations aligned in sequence, and to dates that date one fact.
PARALLEL_BONUS = 2.5
# Added to claims whose sentence-mates were linked in the first round.
NEIGHBOR_BONUS = 1.0
# Fit (on context alone) a lone claim needs to join a fact that lacks its version.
ADOPT_MIN = 2.0
# Weight of the distance between two claims' relative positions in their texts.
POSITION_WEIGHT = 1.5
# How far (in paragraphs, see build_nodes) a date may stand and still date a claim.
DATING_REACH = 3
# Evidence of the same counted or measured concept across languages (or of two different
# ones), and of two dates equal to the day or the month (hand-set, like the weights above,
# until the weights are fitted on annotated pairs).
CONCEPT_MATCH = 1.0
CONCEPT_MISMATCH = -1.0
DAY_MATCH = 2.0
MONTH_MATCH = 1.5


@dataclass(frozen=True)
class Node:
    """A claim with the context alignment looks at."""

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


def name_terms(entities: Iterable[str]) -> frozenset[str]:
    """Entities plus the words of unknown multi-word names: "Manhattan Project" and
    "Proyek Manhattan" (a translation keeps the name, not the phrase) share "manhattan"."""
    out = set(entities)
    for entity in tuple(out):
        if entity.startswith(UNKNOWN_PREFIX):
            words = entity[len(UNKNOWN_PREFIX):].split()
            if len(words) > 1:
                out.update(UNKNOWN_PREFIX + w for w in words if len(w) >= 4 and w.isalpha())
    return frozenset(out)


@dataclass(frozen=True)
class Alignment:
    """Groups of nodes (one per source at most) and the pairs found parallel."""

    groups: tuple[tuple[Node, ...], ...]
    parallel: tuple[tuple[str, str], ...]


def _year(date: str | None) -> int | None:
    if not date or not date[:4].isdigit():
        return None
    return int(date[:4])


def build_nodes(source: str, claims: Sequence[Claim], text_length: int,
                paragraph_of: Mapping[int, int],
                entities_of: Mapping[int, frozenset[str]],
                concept_of: Callable[[Claim], str | None] | None = None) -> tuple[Node, ...]:
    """Nodes of one version; `paragraph_of` and `entities_of` are keyed by sentence_start.

    A claim's entities are those of its sentence; its context adds those of its paragraph
    (a short sentence often names no one: "You'd add 100,000-200,000 a year?").

    The year a claim is about: its own (dates), else the first date of its sentence, else
    the first date of its paragraph, else the topic year of the last dated paragraph.
    `concept_of` gives claim_concept's answer when it is already known (a cache).
    """
    # (year, index of the date claim that states it) by sentence and by paragraph.
    sentence_date: dict[int, tuple[int, int]] = {}
    paragraph_date: dict[int, tuple[int, int]] = {}
    for index, claim in enumerate(claims):
        year = _year(claim.date)
        if year is None:
            continue
        sentence_date.setdefault(claim.sentence_start, (year, index))
        paragraph_date.setdefault(paragraph_of.get(claim.sentence_start, -1), (year, index))
    paragraph_entities: dict[int, set[str]] = {}
    for start, found in entities_of.items():
        paragraph_entities.setdefault(paragraph_of.get(start, -1), set()).update(found)
    nodes: list[Node] = []
    topic: tuple[int, int] | None = None
    topic_paragraph = 0
    last_paragraph: int | None = None
    segments: dict[int, int] = {}
    for index, claim in enumerate(claims):
        paragraph = paragraph_of.get(claim.sentence_start, -1)
        if paragraph != last_paragraph:
            if last_paragraph is not None and last_paragraph in paragraph_date:
                topic, topic_paragraph = paragraph_date[last_paragraph], last_paragraph
            last_paragraph = paragraph
        own = _year(claim.date)
        context: tuple[int, int] | None
        # How far the date that places this claim in time stands: 0 its own sentence,
        # 1 its paragraph, 1 + k a topic date k paragraphs back.
        if claim.sentence_start in sentence_date:
            context, distance = sentence_date[claim.sentence_start], 0
        elif paragraph in paragraph_date:
            context, distance = paragraph_date[paragraph], 1
        else:
            context, distance = topic, 1 + max(paragraph - topic_paragraph, 0)
        year = own if own is not None else (context[0] if context else None)
        dated_by = None if own is not None or context is None else context[1]
        segment = segments.setdefault(claim.sentence_start, len(segments))
        entities = entities_of.get(claim.sentence_start, frozenset())
        nodes.append(Node(source, index, claim, segment,
                          claim.start / text_length if text_length else 0.0, year,
                          entities, dated_by,
                          name_terms(paragraph_entities.get(paragraph, set())), distance,
                          name_terms(entities), paragraph,
                          concept_of(claim) if concept_of else claim_concept(claim)))
    return tuple(nodes)


def claim_concept(claim: Claim) -> str | None:
    """What a count claim counts (reconcile.concepts), None for other kinds or when unsure."""
    # Counts only: what a count counts is what tells two counts apart; money and percents
    # name their base less reliably ("20% of the shares" vs "2 % du capital").
    if claim.kind != "count":
        return None
    start = claim.start - claim.sentence_start
    return concept_near(claim.sentence, start, start + len(claim.surface), claim.lang)


# ---------------------------------------------------------------------------------------
# affinity


@lru_cache(maxsize=4096)
def mantissa(value: Decimal) -> str:
    """Significant digits of a value: 1900000 and 190000000 both give '19' (equal values,
    however written, have the same digits: the answer is kept, pairs ask again and again)."""
    digits = format(abs(value).normalize(), "f").replace(".", "").strip("0")
    return digits or "0"


def _value_evidence(a: Claim, b: Claim) -> float:
    if a.kind == "date" or b.kind == "date":
        # A date's value is its year: the same year is evidence, a year apart (a shifted
        # year, or another event) weighs against; _time_evidence keeps the context part.
        # A relative date ("that year", 同年) takes its year from its context, which
        # _time_evidence has already weighed: its agreement is no evidence of its own.
        ya, yb = _year(a.date), _year(b.date)
        if ya is None or yb is None or abs(ya - yb) > 1 or a.relative or b.relative:
            return 0.0
        if ya != yb:
            return -0.5
        # The same day or month says more than the same year: few dates of a text share it.
        if a.date == b.date and a.date is not None and len(a.date) >= 7:
            return DAY_MATCH if len(a.date) >= 10 else MONTH_MATCH
        return 1.0
    if (a.low is None and a.high is None) or (b.low is None and b.high is None):
        return 0.0
    if a.kind == "quantity" and b.kind == "quantity":
        # A measured value that agrees (491 miles, 491 英里, or converted: 790 km) states a
        # number and a dimension: stronger evidence than an equal bare number.
        rel = relation(a, b)
        if rel == "agree":
            return 3.0 if a.low != a.high else 2.0
        if a.unit != b.unit:
            return 0.7 if rel == "soft" else 0.0
    if a.low == b.low and a.high == b.high:
        # Two equal bounds of a range are stronger evidence than one equal number.
        return 3.0 if a.low != a.high else 1.5
    if intervals(a)[1].overlaps(intervals(b)[1]):
        return 0.7  # compatible, not the same: "more than $50 million" vs "$50 million"
    # Same significant digits at another scale (2.5 million vs 250 juta): a scale slip is
    # still the same fact. One digit alone ("1", "5") is too common to count.
    ends_a = [mantissa(v) for v in (a.low, a.high) if v is not None]
    ends_b = [mantissa(v) for v in (b.low, b.high) if v is not None]
    if ends_a == ends_b and ((len(ends_a) == 2 and ends_a[0] != ends_a[1])
                             or len(ends_a[0]) >= 2):
        return 0.8
    return 0.0


def _kind_penalty(a: Claim, b: Claim) -> float | None:
    if a.kind == "quantity" and b.kind == "quantity" and not same_dimension(a.unit, b.unit):
        return None  # a length and a mass are never one fact
    if a.kind == b.kind:
        return 0.0
    kinds = {a.kind, b.kind}
    if kinds == {"money", "count"}:
        # A bare number beside an amount of money: often the same amount, currency dropped.
        count = a if a.kind == "count" else b
        return -0.5 if count.low is not None and count.low >= 1000 else None
    return None


def _unit_evidence(a: Claim, b: Claim) -> float:
    if a.kind == "quantity" and b.kind == "quantity":
        # A shared dimension (two lengths, two speeds) is rarer evidence than a shared
        # currency; another unit of it is a translator's conversion, no evidence against.
        return 0.5
    if a.kind != b.kind or a.kind not in ("money", "duration"):
        return 0.0
    # A different currency is a value difference (a swapped currency is a discrepancy to
    # find), so it weighs little against the claims being the same fact.
    return 0.3 if a.unit == b.unit else -0.2


def _time_evidence(a: Node, b: Node) -> float:
    if a.year is None or b.year is None:
        return 0.0
    gap = abs(a.year - b.year)
    if a.claim.kind == "date" and b.claim.kind == "date":
        # Two dates a year apart may still date one event: a shifted year is a
        # discrepancy to find (_value_evidence weighs the years' agreement).
        return 1.0 if gap <= 1 else -2.5
    return 1.0 if gap == 0 else (-0.3 if gap == 1 else -2.0)


def entity_weights(nodes: Sequence[Node]) -> dict[str, float]:
    """Inverse document frequency of entities over the story's claim contexts."""
    counts: Counter[str] = Counter()
    for node in nodes:
        counts.update(node.terms)
    total = max(len(nodes), 1)
    return {entity: math.log((total + 1) / (count + 0.5)) for entity, count in counts.items()}


def _overlap(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float]) -> float:
    """Half weighted Jaccard, half overlap coefficient: Jaccard alone punishes a sentence
    for naming more participants, which translations and retellings often add."""
    shared = sum(weights.get(e, 0.0) for e in a & b)
    if not shared:
        return 0.0
    whole = sum(weights.get(e, 0.0) for e in a | b)
    smaller = min(sum(weights.get(e, 0.0) for e in a), sum(weights.get(e, 0.0) for e in b))
    return 0.5 * shared / whole + 0.5 * shared / smaller


def _entity_evidence(a: Node, b: Node, weights: Mapping[str, float]) -> float:
    """Weighted overlap of the entities named around two claims (rare names weigh more);
    the sentence counts fully, the paragraph around it at 70%."""
    return 2.0 * max(_overlap(a.terms, b.terms, weights),
                     0.7 * _overlap(a.context, b.context, weights))


def _concept_evidence(a: Node, b: Node) -> float:
    """The same thing counted or measured in both (dead / 死者) is evidence; two different
    specific things (dead vs distance) weigh against; a generic or unknown one says nothing."""
    if a.concept is None or b.concept is None or is_generic(a.concept) \
            or is_generic(b.concept):
        return 0.0
    return CONCEPT_MATCH if a.concept == b.concept else CONCEPT_MISMATCH


def context_affinity(a: Node, b: Node, weights: Mapping[str, float],
                     entity_evidence: Callable[[Node, Node], float] | None = None
                     ) -> float | None:
    """Affinity without the values' own evidence (None: cannot be one fact).
    `entity_evidence` gives _entity_evidence's answer when it is already known."""
    penalty = _kind_penalty(a.claim, b.claim)
    if penalty is None or a.source == b.source or _other_unit(a, b):
        return None
    entity = (_entity_evidence(a, b, weights) if entity_evidence is None
              else entity_evidence(a, b))
    return (penalty + _unit_evidence(a.claim, b.claim) + _time_evidence(a, b)
            + entity + _concept_evidence(a, b)
            - POSITION_WEIGHT * abs(a.position - b.position))


def affinity(a: Node, b: Node, weights: Mapping[str, float]) -> float | None:
    """How likely two claims of different versions state the same fact (None: cannot)."""
    context = context_affinity(a, b, weights)
    if context is None:
        return None
    return context + _value_evidence(a.claim, b.claim)


# ---------------------------------------------------------------------------------------
# sequence alignment of parallel versions


def _other_unit(a: Node, b: Node) -> bool:
    """Two claims of one bilingual file in different translation units."""
    return a.unit is not None and b.unit is not None and a.unit[0] == b.unit[0] \
        and a.unit != b.unit


def _paired(a: Sequence[Node], b: Sequence[Node]) -> bool:
    """The two sides of one bilingual file: every claim of both carries a unit of it."""
    files = {n.unit[0] if n.unit else None for n in (*a, *b)}
    return len(files) == 1 and None not in files


def unit_links(a: Sequence[Node], b: Sequence[Node], weights: Mapping[str, float]
               ) -> list[tuple[float, Node, Node]]:
    """Links of the two sides of a bilingual file: the file pairs its units, so claims are
    linked inside each unit (no sentence alignment is needed)."""
    by_unit: dict[tuple[str, str] | None, list[Node]] = {}
    for y in b:
        by_unit.setdefault(y.unit, []).append(y)
    xs_by_unit: dict[tuple[str, str] | None, list[Node]] = {}
    for x in a:
        xs_by_unit.setdefault(x.unit, []).append(x)
    return [link for unit, xs in xs_by_unit.items()
            for link in _pair_up(xs, by_unit.get(unit, []), weights, PARALLEL_LINK)]


def _by_segment(nodes: Sequence[Node]) -> list[list[Node]]:
    groups: dict[int, list[Node]] = {}
    for node in nodes:
        groups.setdefault(node.segment, []).append(node)
    return [groups[k] for k in sorted(groups)]


def _pair_up(xs: Sequence[Node], ys: Sequence[Node], weights: Mapping[str, float],
             floor: float, memo: dict[tuple[int, int], float | None] | None = None
             ) -> list[tuple[float, Node, Node]]:
    """Best one-to-one links between two small groups (greedy on affinity); `memo` keeps
    the affinities already computed (the sequence DP asks for one pair several times)."""
    scored = []
    for x in xs:
        for y in ys:
            if memo is None:
                score = affinity(x, y, weights)
            elif (x.index, y.index) in memo:
                score = memo[(x.index, y.index)]
            else:
                score = memo[(x.index, y.index)] = affinity(x, y, weights)
            if score is not None and score >= floor:
                scored.append((score, x, y))
    scored.sort(key=lambda item: (-item[0], item[1].index, item[2].index))
    used_x: set[int] = set()
    used_y: set[int] = set()
    links = []
    for score, x, y in scored:
        if x.index in used_x or y.index in used_y:
            continue
        used_x.add(x.index)
        used_y.add(y.index)
        links.append((score, x, y))
    return links


def _may_link(xs: Sequence[Node], ys: Sequence[Node], weights: Mapping[str, float],
              memo: dict[tuple[int, int], float | None]) -> bool:
    """Whether some claim of `xs` and some claim of `ys` have an affinity _pair_up would
    link (at least PARALLEL_LINK); affinities computed here are kept in `memo`."""
    for x in xs:
        for y in ys:
            key = (x.index, y.index)
            if key not in memo:
                memo[key] = affinity(x, y, weights)
            score = memo[key]
            if score is not None and score >= PARALLEL_LINK:
                return True
    return False


def sequence_links(a: Sequence[Node], b: Sequence[Node], weights: Mapping[str, float],
                   known: dict[tuple[int, int], float | None] | None = None
                   ) -> list[tuple[float, Node, Node]]:
    """Monotonic alignment of two versions' claim-bearing segments; claims are linked
    inside aligned segments (so word order inside a sentence may differ).

    As in sentence alignment (Gale & Church), a segment may also align with two
    consecutive segments of the other version: translations split and merge sentences.
    `known` holds affinities already computed (by (index in a, index in b), from
    _affinities), so none is computed twice; it is completed in place.
    """
    sa, sb = _by_segment(a), _by_segment(b)
    n, m = len(sa), len(sb)
    memo: dict[tuple[int, int], float | None] = {} if known is None else known
    # Which pairs of segments hold a pair of claims that may link: a bead covering none of
    # them links nothing, so it is not tried (the answer is the same, found sooner).
    linkable = [[_may_link(xs, ys, weights, memo) for ys in sb] for xs in sa]
    beads = ((1, 1), (1, 2), (2, 1))
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int, list[tuple[float, Node, Node]]]] = {}
    unlinked: list[tuple[float, Node, Node]] = []  # never changed
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            # The best of: skip a segment of a, skip one of b, or a bead; on a tie the
            # first in that order wins.
            if i > 0:
                top = (best[i - 1][j], i - 1, j, unlinked)
                if j > 0 and best[i][j - 1] > top[0]:
                    top = (best[i][j - 1], i, j - 1, unlinked)
            else:
                top = (best[i][j - 1], i, j - 1, unlinked)
            for di, dj in beads:
                if i < di or j < dj or not (linkable[i - 1][j - 1]
                                            or (di == 2 and linkable[i - 2][j - 1])
                                            or (dj == 2 and linkable[i - 1][j - 2])):
                    continue
                xs = [x for seg in sa[i - di:i] for x in seg]
                ys = [y for seg in sb[j - dj:j] for y in seg]
                links = _pair_up(xs, ys, weights, PARALLEL_LINK, memo)
                gain = sum(score for score, _, _ in links)
                if links and gain > 0 and best[i - di][j - dj] + gain > top[0]:
                    top = (best[i - di][j - dj] + gain, i - di, j - dj, links)
            best[i][j] = top[0]
            back[(i, j)] = (top[1], top[2], top[3])
    out: list[tuple[float, Node, Node]] = []
    i, j = n, m
    while (i, j) in back:
        pi, pj, links = back[(i, j)]
        out.extend(links)
        i, j = pi, pj
    return out


def is_parallel(a: Sequence[Node], b: Sequence[Node],
                links: Sequence[tuple[float, Node, Node]]) -> bool:
    smaller = min(len(a), len(b))
    strong = sum(1 for score, _, _ in links if score >= STRONG_LINK)
    return smaller > 0 and strong / smaller >= PARALLEL_SHARE


# ---------------------------------------------------------------------------------------
# facts from links


def align(nodes_by_source: Mapping[str, Sequence[Node]]) -> Alignment:
    """Group the claims of all versions into facts (one claim per version at most)."""
    sources = sorted(nodes_by_source)
    everything = [n for s in sources for n in nodes_by_source[s]]
    weights = entity_weights(everything)
    known, by_sources = _affinities(everything, weights)
    bonus: dict[tuple[tuple[str, int], tuple[str, int]], float] = {}
    parallel: list[tuple[str, str]] = []
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            a, b = nodes_by_source[sa], nodes_by_source[sb]
            paired = _paired(a, b)
            seq = (unit_links(a, b, weights) if paired
                   else sequence_links(a, b, weights, by_sources.get((sa, sb), {})))
            if paired or is_parallel(a, b, seq):
                parallel.append((sa, sb))
                # Sequence links of translations are trusted: lift them above free links.
                for _, x, y in seq:
                    bonus[_pair(x, y)] = PARALLEL_BONUS
    scores, blind = _scores(known, bonus)
    family = families(sources, parallel)
    first = _cluster(everything, scores, family)
    # Second round: claims whose sentence-mates were linked are likely linked too (the
    # odd "0,25 … YC%" shares its sentence with the linked base salary).
    segment_of = {_key(n): (n.source, n.segment) for n in everything}
    mates = _linked_segments(first)
    for (ka, kb), score in scores.items():
        linked = mates.get((segment_of[ka], segment_of[kb]), ())
        # Only *other* linked claims count: a pair must not vouch for itself, or round
        # one's mistakes would reinforce themselves.
        if score is not None and any(a != ka and b != kb for a, b in linked):
            scores[(ka, kb)] = score + NEIGHBOR_BONUS
    _moved_paragraphs(scores, blind, everything, first)
    groups = _cluster(everything, scores, family)
    groups = _adopt(groups, blind, family)
    groups = _exchange(groups, scores, blind, family)
    return Alignment(_uncross(groups), tuple(parallel))


def _moved_paragraphs(scores: dict[PairKey, float | None], blind: dict[PairKey, float | None],
                      nodes: Sequence[Node], groups: Sequence[Sequence[Node]]) -> None:
    """Measure positions from linked paragraph-mates (in place).

    An article that retells a story in another order moves whole paragraphs: a claim far
    from its counterpart in the texts may sit just as far from it as a paragraph-mate sits
    from its own linked counterpart. When two paragraphs hold a pair of linked claims
    (other than the pair scored), the two claims' positions are compared relative to that
    pair; the position term is the smaller of the two readings."""
    anchors: dict[tuple[tuple[str, int], tuple[str, int]], list[tuple[Node, Node]]] = {}
    for group in groups:
        for x in group:
            for y in group:
                if x.source != y.source:
                    anchors.setdefault(((x.source, x.paragraph), (y.source, y.paragraph)),
                                       []).append((x, y))
    by_key = {_key(n): n for n in nodes}
    for key, score in scores.items():
        if score is None:
            continue
        x, y = by_key[key[0]], by_key[key[1]]
        pairs = anchors.get(((x.source, x.paragraph), (y.source, y.paragraph)), ())
        shifts = [(ax.position - ay.position) for ax, ay in pairs if ax is not x and ay is not y]
        if not shifts:
            continue
        plain = abs(x.position - y.position)
        moved = min(abs(x.position - y.position - shift) for shift in shifts)
        if moved < plain:
            relief = POSITION_WEIGHT * (plain - moved)
            scores[key] = score + relief
            blind_score = blind.get(key)
            if blind_score is not None:
                blind[key] = blind_score + relief


def _linked_segments(groups: Sequence[Sequence[Node]]
                     ) -> dict[tuple[tuple[str, int], tuple[str, int]], list[PairKey]]:
    """For each pair of segments (of two versions), the linked claim pairs inside them."""
    out: dict[tuple[tuple[str, int], tuple[str, int]], list[PairKey]] = {}
    for group in groups:
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                key = _pair(x, y)
                first, second = (x, y) if key == (_key(x), _key(y)) else (y, x)
                segments = ((first.source, first.segment), (second.source, second.segment))
                out.setdefault(segments, []).append(key)
    return out


def families(sources: Sequence[str], parallel: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Versions that are translations of one another form one witness (union-find);
    maps each source to its family's smallest source id."""
    parent = {s: s for s in sources}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for a, b in parallel:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {s: root(s) for s in sources}


PairKey = tuple[tuple[str, int], tuple[str, int]]


def _key(node: Node) -> tuple[str, int]:
    return node.source, node.index


def _pair(x: Node, y: Node) -> PairKey:
    a, b = _key(x), _key(y)
    return (a, b) if a <= b else (b, a)


def _affinities(nodes: Sequence[Node], weights: Mapping[str, float]
                ) -> tuple[dict[PairKey, tuple[float | None, float]],
                           dict[tuple[str, str], dict[tuple[int, int], float | None]]]:
    """Context affinity and value evidence of every pair of claims of different versions
    (context None: cannot be one fact; the value evidence is then 0), computed once for
    the sequence alignment and the clustering alike; and the same as affinity() by pair
    of sources (ordered as `nodes`) and pair of claim indexes, for sequence_links."""
    out: dict[PairKey, tuple[float | None, float]] = {}
    by_sources: dict[tuple[str, str], dict[tuple[int, int], float | None]] = {}
    # Claims of one sentence share their names and paragraph: their entity evidence
    # against another sentence's claims is computed once.
    known: dict[tuple[frozenset[str], ...], float] = {}

    def entity_evidence(a: Node, b: Node) -> float:
        key = (a.terms, b.terms, a.context, b.context)
        if key not in known:
            known[key] = _entity_evidence(a, b, weights)
        return known[key]

    for i, x in enumerate(nodes):
        for y in nodes[i + 1:]:
            if x.source == y.source:
                continue
            context = context_affinity(x, y, weights, entity_evidence)
            value = 0.0 if context is None else _value_evidence(x.claim, y.claim)
            out[_pair(x, y)] = (context, value)
            by_sources.setdefault((x.source, y.source), {})[(x.index, y.index)] = (
                None if context is None else context + value)
    return out, by_sources


def _scores(known: Mapping[PairKey, tuple[float | None, float]],
            bonus: Mapping[PairKey, float]
            ) -> tuple[dict[PairKey, float | None], dict[PairKey, float | None]]:
    """Affinity of every pair of claims of different versions (plus trusted bonuses),
    with and without the evidence of their values."""
    out: dict[PairKey, float | None] = {}
    blind: dict[PairKey, float | None] = {}
    for key, (context, value) in known.items():
        if context is None:
            out[key] = blind[key] = None
            continue
        trusted = context + bonus.get(key, 0.0)
        blind[key] = trusted
        out[key] = trusted + value
    return out, blind


def _adopt(groups: Sequence[tuple[Node, ...]], blind: Mapping[PairKey, float | None],
           family: Mapping[str, str]) -> tuple[tuple[Node, ...], ...]:
    """Give facts the claims their values kept out.

    A claim whose value differs from the others' lacks the evidence agreeing values give,
    and may stay alone although its context places it in a fact: the very discrepancy we
    look for would then go unseen. A lone claim joins a fact (or another lone claim) of
    other versions when, judged on context alone, each is the other's best match, the
    fit clears ADOPT_MIN, and a known slip explains how the values differ (_explained).
    """
    facts = [list(g) for g in groups]
    candidates: list[tuple[float, int, int]] = []
    for i, lone in enumerate(facts):
        if len(lone) != 1:
            continue
        node = lone[0]
        for j, fact in enumerate(facts):
            if j == i or any(n.source == node.source for n in fact):
                continue
            fit = _fit(node, fact, blind, family)
            if fit is not None and fit >= ADOPT_MIN:
                candidates.append((fit, i, j))
    # Best fits on both sides, over every candidate: a claim whose best match is a fact
    # it does not fit by value is not handed to its second best.
    best_of_lone: dict[int, float] = {}
    best_of_fact: dict[tuple[int, str], float] = {}
    for fit, i, j in candidates:
        source = facts[i][0].source
        best_of_lone[i] = max(best_of_lone.get(i, fit), fit)
        best_of_fact[(j, source)] = max(best_of_fact.get((j, source), fit), fit)
    moved: set[int] = set()
    grown: set[int] = set()
    for fit, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        node = facts[i][0]
        if fit < best_of_lone[i] or fit < best_of_fact[(j, node.source)]:
            continue
        if i in moved or i in grown or j in moved:
            continue
        if any(n.source == node.source for n in facts[j]) or \
                not _explained(node.claim, facts[j]):
            continue
        facts[j].append(node)
        moved.add(i)
        grown.add(j)
    return _ordered(g for i, g in enumerate(facts) if i not in moved)


def _exchange(groups: Sequence[tuple[Node, ...]], scores: Mapping[PairKey, float | None],
              blind: Mapping[PairKey, float | None], family: Mapping[str, str]
              ) -> tuple[tuple[Node, ...], ...]:
    """Let a lone claim take its version's place in a fact when the claim holding it fits
    another fact, and the exchange raises the evidence of the whole.

    When a value changes, a sibling claim with the old value may take the freed place
    (two amounts of $50 million, one changed): the changed claim is left alone and the
    sibling's own fact loses it. The exchange is judged on context alone: each placement
    is worth its fit above ADOPT_MIN, and it is made when the sum grows. The lone claim
    must be explained by a known slip (_explained) and the sibling must fit its new fact
    with its value too (MERGE_MIN), so an exchange adds one conflict at most.
    """
    facts = [list(g) for g in groups]
    moves: list[tuple[float, int, int, int]] = []
    for i, lone in enumerate(facts):
        if len(lone) != 1:
            continue
        node = lone[0]
        # Its best place: any fact without its version, or one whose holder it could
        # replace (the holder's agreeing value legitimately won the others).
        best = None
        for j, fact in enumerate(facts):
            rest = [n for n in fact if n.source != node.source]
            fit = _fit(node, rest, blind, family) if j != i else None
            if fit is not None and (len(rest) == len(fact) or _explained(node.claim, rest)):
                best = fit if best is None else max(best, fit)
        for h, home in enumerate(facts):
            held = [n for n in home if n.source == node.source]
            rest = [n for n in home if n.source != node.source]
            if h == i or not held or not rest:
                continue
            fit = _fit(node, rest, blind, family)
            if fit is None or fit < ADOPT_MIN or (best is not None and fit < best) or \
                    not _explained(node.claim, rest):
                continue
            sibling = held[0]
            kept = _fit(sibling, rest, blind, family)
            if kept is None:
                continue
            for k, other in enumerate(facts):
                if k in (i, h) or any(n.source == node.source for n in other):
                    continue
                worth = _placement(sibling, other, scores, blind, family)
                if worth is None:
                    continue
                gain = (fit - ADOPT_MIN) + worth - (kept - ADOPT_MIN)
                if gain > 0:
                    moves.append((gain, i, h, k))
    touched: set[int] = set()
    for _, i, h, k in sorted(moves, key=lambda m: (-m[0], m[1:])):
        if touched & {i, h, k}:
            continue
        node = facts[i][0]
        sibling = next(n for n in facts[h] if n.source == node.source)
        facts[h] = [n for n in facts[h] if n is not sibling] + [node]
        facts[k].append(sibling)
        facts[i] = []
        touched |= {i, h, k}
    return _ordered(g for g in facts if g)


def _uncross(groups: Sequence[tuple[Node, ...]]) -> tuple[tuple[Node, ...], ...]:
    """Swap one version's claims between two facts when each disagrees with every other
    claim of its own fact and agrees with every other claim of the other.

    A translation may state the two dates (or amounts) of one paragraph in the other order
    ("from 27 January to 8 February" as "8 February, after 27 January"); alignment by
    sequence and context then reads the pair crossed, and two false conflicts appear. Only
    claims of one kind and one paragraph are swapped, and only when the values settle it
    both ways, so a real discrepancy (which agrees with neither fact) is never moved.
    """
    facts = [list(g) for g in groups]

    def others(fact: Sequence[Node], node: Node) -> list[Node]:
        return [n for n in fact if n.source != node.source]

    def all_are(node: Node, fact: Sequence[Node], want: str) -> bool:
        rest = others(fact, node)
        return bool(rest) and all(relation(node.claim, o.claim) == want for o in rest)

    odd: dict[tuple[str, str, int], list[tuple[int, Node]]] = {}
    for i, fact in enumerate(facts):
        for node in fact:
            if all_are(node, fact, "conflict"):
                odd.setdefault((node.source, node.claim.kind, node.paragraph), []).append(
                    (i, node))
    touched: set[int] = set()
    for key in sorted(odd):
        items = odd[key]
        for a, (i, x) in enumerate(items):
            for j, y in items[a + 1:]:
                if i == j or i in touched or j in touched:
                    continue
                if all_are(x, facts[j], "agree") and all_are(y, facts[i], "agree"):
                    facts[i] = [n for n in facts[i] if n is not x] + [y]
                    facts[j] = [n for n in facts[j] if n is not y] + [x]
                    touched |= {i, j}
    return _ordered(_uncross_sides(facts, touched))


def _sides(fact: Sequence[Node]) -> list[list[Node]] | None:
    """The fact's claims in two sides that agree within and conflict across, else None."""
    sides: list[list[Node]] = []
    for node in fact:
        home = [s for s in sides if all(relation(node.claim, o.claim) == "agree" for o in s)]
        if len(home) > 1:
            return None
        if home:
            home[0].append(node)
        else:
            sides.append([node])
    if len(sides) != 2 or any(relation(a.claim, b.claim) != "conflict"
                              for a in sides[0] for b in sides[1]):
        return None
    return sides


def _uncross_sides(facts: list[list[Node]], touched: set[int]) -> list[list[Node]]:
    """The same, for several versions at once: when two facts of one kind and paragraph are
    each split in two sides by the same versions (en/zh against fr/id) and the sides'
    values are exchanged between the facts, the versions of one side move together."""
    split: dict[tuple[str, frozenset[int]], list[tuple[int, list[list[Node]]]]] = {}
    for i, fact in enumerate(facts):
        sides = _sides(fact) if i not in touched else None
        if sides is None:
            continue
        paragraphs = frozenset(n.paragraph for n in fact)
        split.setdefault((fact[0].claim.kind, paragraphs), []).append((i, sides))
    for key in sorted(split, key=lambda k: (k[0], sorted(k[1]))):
        items = split[key]
        for a, (i, sides_i) in enumerate(items):
            for j, _ in items[a + 1:]:
                if i in touched or j in touched:
                    continue
                for move in sides_i:
                    sources = {n.source for n in move}
                    stay_i = [n for n in facts[i] if n.source not in sources]
                    back = [n for n in facts[j] if n.source in sources]
                    stay_j = [n for n in facts[j] if n.source not in sources]
                    if {n.source for n in back} != sources or not stay_i or not stay_j:
                        continue
                    if _agree_all(move, stay_j) and _agree_all(back, stay_i):
                        facts[i], facts[j] = stay_i + back, stay_j + move
                        touched |= {i, j}
                        break
    return facts


def _agree_all(xs: Sequence[Node], ys: Sequence[Node]) -> bool:
    return all(relation(x.claim, y.claim) == "agree" for x in xs for y in ys)


def _placement(node: Node, fact: Sequence[Node], scores: Mapping[PairKey, float | None],
               blind: Mapping[PairKey, float | None], family: Mapping[str, str]
               ) -> float | None:
    """What placing a claim in a fact is worth above the bar it must clear (None: it
    may not go there)."""
    fit = _fit(node, fact, blind, family)
    full = _fit(node, fact, scores, family)
    if fit is None or full is None or fit < ADOPT_MIN or full < MERGE_MIN:
        return None
    return fit - ADOPT_MIN


def _explained(claim: Claim, fact: Sequence[Node]) -> bool:
    """The claim's value conflicts with the fact's in a way a known slip explains (a power
    of ten, a digit, a currency, a shifted year...). A claim that agrees lost nothing by
    its value; a different number with no such relation more likely belongs elsewhere."""
    conflicts = [o.claim for o in fact if relation(claim, o.claim) == "conflict"]
    return bool(conflicts) and all(_slip(claim, other) for other in conflicts)


def _slip(a: Claim, b: Claim) -> bool:
    return diagnose([a], [b], "conflict")[0] in SLIPS


def _fit(node: Node, fact: Sequence[Node], scores: Mapping[PairKey, float | None],
         family: Mapping[str, str]) -> float | None:
    """Average fit of one claim to a fact over witnesses (as in _linkage)."""
    by_witness: dict[str, list[float]] = {}
    for other in fact:
        score = scores.get(_pair(node, other))
        if score is None:
            return None
        by_witness.setdefault(family.get(other.source, other.source), []).append(score)
    return _witness_mean(by_witness.values())


def dating(group: Sequence[Node], nodes_by_source: Mapping[str, Sequence[Node]],
           reach: int = DATING_REACH) -> tuple[Node, ...]:
    """The date claims that place a fact's claims in time, one per version, when they
    stand close enough (same sentence, paragraph, or a topic date up to `reach` - 1
    paragraphs back). Comparing them tells whether the versions date the fact alike."""
    found = []
    for node in group:
        if node.claim.kind == "date" or node.dated_by is None or node.dated_distance > reach:
            continue
        found.append(nodes_by_source[node.source][node.dated_by])
    return tuple(found)


def _cluster(nodes: Sequence[Node], scores: Mapping[PairKey, float | None],
             family: Mapping[str, str]) -> tuple[tuple[Node, ...], ...]:
    """Average-linkage agglomeration: repeatedly merge the two facts whose claims are, on
    average, most alike, while that average stays above MERGE_MIN and no version would
    contribute two claims. A newcomer must fit all of a fact's claims, not just one.

    Translations are linked first, among themselves: their sequence links are the
    surest evidence, and a claim whose changed value weakened its link must still find
    its siblings before another version dilutes their fact. Then the other versions
    join facts of translations on their average fit; only then are the remaining claims
    linked among themselves. Otherwise one strong link between two independent versions
    could settle a claim before the translations showed where it fits better."""
    keys = [_key(n) for n in nodes]
    members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
    sizes = Counter(family.values())
    anchored = {i for i, n in enumerate(nodes) if sizes[family.get(n.source, n.source)] > 1}
    witness = [family.get(n.source, n.source) for n in nodes]

    def siblings(xs: Sequence[int]) -> bool:
        return len({witness[i] for i in xs}) == 1 and xs[0] in anchored

    def joins_translations(xs: Sequence[int]) -> bool:
        return any(i in anchored for i in xs)

    _agglomerate(members, nodes, keys, witness, scores, siblings)
    _agglomerate(members, nodes, keys, witness, scores, joins_translations)
    _agglomerate(members, nodes, keys, witness, scores, None)
    return _ordered([nodes[i] for i in g] for g in members.values())


def _ordered(groups: Iterable[Sequence[Node]]) -> tuple[tuple[Node, ...], ...]:
    """Facts in text order, each with its claims in version order."""
    out = [tuple(sorted(g, key=lambda n: n.source)) for g in groups]
    return tuple(sorted(out, key=lambda g: (min(n.claim.start for n in g), g[0].source)))


def _agglomerate(members: dict[int, list[int]], nodes: Sequence[Node],
                 keys: Sequence[tuple[str, int]], witness: Sequence[str],
                 scores: Mapping[PairKey, float | None],
                 admits: Callable[[Sequence[int]], bool] | None) -> None:
    """Merge clusters in place (UPGMA); with `admits`, only merges whose union it
    admits."""
    sources: dict[int, set[str]] = {c: {nodes[i].source for i in m} for c, m in members.items()}
    cluster_of = {i: c for c, m in members.items() for i in m}

    def allowed(a: int, b: int) -> bool:
        return admits is None or admits([*members[a], *members[b]])

    totals: dict[tuple[int, int], tuple[float, int]] = {}
    index = {k: i for i, k in enumerate(keys)}
    for (ka, kb), score in scores.items():
        if score is None or score < MERGE_MIN:
            continue
        a, b = sorted((cluster_of[index[ka]], cluster_of[index[kb]]))
        if a == b or (a, b) in totals or not allowed(a, b):
            continue
        value = _linkage(members[a], members[b], keys, witness, scores)
        if value is not None and value >= MERGE_MIN:
            totals[(a, b)] = (value, 1)
    heap = [(-total, a, b) for (a, b), (total, _) in totals.items()]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or (a, b) not in totals:
            continue
        total, count = totals[(a, b)]
        if abs(-neg - total / count) > 1e-12 or sources[a] & sources[b] or not allowed(a, b):
            continue
        mean = _linkage(members[a], members[b], keys, witness, scores)
        if mean is None or mean < MERGE_MIN:
            continue
        members[a].extend(members.pop(b))
        sources[a] |= sources.pop(b)
        for other in list(members):
            if other == a or sources[a] & sources[other]:
                continue
            pair = (min(a, other), max(a, other))
            linked = (min(b, other), max(b, other)) in totals or pair in totals
            if not linked:
                continue
            value = _linkage(members[a], members[other], keys, witness, scores)
            if value is not None and value >= MERGE_MIN and allowed(*pair):
                totals[pair] = (value, 1)
                heapq.heappush(heap, (-value, pair[0], pair[1]))
            else:
                totals.pop(pair, None)


def _linkage(xs: Sequence[int], ys: Sequence[int], keys: Sequence[tuple[str, int]],
             witness: Sequence[str], scores: Mapping[PairKey, float | None]) -> float | None:
    """Average linkage over witnesses: for each pair of witness families, the median of
    their claims' pair scores; then the mean over family pairs. Within one family of
    translations the median speaks for it, so one mistranslated (or changed) value, the
    very discrepancy we look for, neither pushes an agreeing claim away nor pulls a
    wrong one in."""
    by_pair: dict[tuple[str, str], list[float]] = {}
    for x in xs:
        for y in ys:
            a, b = keys[x], keys[y]
            score = scores.get((a, b) if a <= b else (b, a))
            if score is None:
                return None
            by_pair.setdefault((witness[x], witness[y]), []).append(score)
    return _witness_mean(by_pair.values())


def _witness_mean(scores: Collection[list[float]]) -> float | None:
    """The median score of each witness (or pair of witnesses), averaged."""
    if not scores:
        return None
    return sum(statistics.median(v) for v in scores) / len(scores)
