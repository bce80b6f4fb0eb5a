"""Alignment: which claims of N versions speak of the same fact.

One stage, one entry point: `align(nodes_by_source, *, config) -> Alignment` (types in
reconcile.model). Every weight is a field of the frozen AlignConfig, read from the package's
data/align_weights.toml (default_config), which states the reason for each. The evidence of
a pair (`evidence`) is computed once per pair and run; only candidate pairs (blocks of
kind, value digits, year, concept and names, and the aligned-sentence windows of
translations) seed facts, so the cost grows about linearly with the texts.

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

import bisect
import gc
import heapq
import itertools
import math
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from functools import cache, lru_cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol

from reconcile.cachefolder import sha256
from reconcile.compare import converted, day_of, intervals, is_slip, month_day, relation
from reconcile.concepts import concept_near, counter_hints, is_generic
from reconcile.convert import CURRENCY_TOLERANCE, Exchange
from reconcile.entities import UNKNOWN_PREFIX
from reconcile.extract import is_dateline
from reconcile.extraction.quantities import convert, dimension, same_dimension
from reconcile.lang import cldrcache
from reconcile.model import AlignConfig, Alignment, Claim, Node
from reconcile.scope import datings
from reconcile.stats import median


@cache
def default_config() -> AlignConfig:
    """The weights the package ships (data/align_weights.toml, written by
    benchmarks/fit_weights.py), as one frozen AlignConfig (the file's parse is kept with
    the parsed language data files, lang/cldrcache.py)."""
    # Read beside this module, as entities.py reads its tables: importlib.resources would
    # load its readers (zipfile and more) on every run for this one file.
    ref = Path(__file__).parent / "data" / "align_weights.toml"
    return _config_from_table(cldrcache.parsed_toml(ref.read_bytes()))


def config_from_toml(text: str) -> AlignConfig:
    """An AlignConfig from the text of a weights file: every field must be given, once,
    as `name = { value = ..., reason = "..." }`."""
    import tomllib  # (the package's own file is read through the parse cache)

    return _config_from_table(tomllib.loads(text))


def _config_from_table(parsed: Mapping[str, Any]) -> AlignConfig:
    table = parsed.get("weights", {})
    names = {f.name: f.type for f in fields(AlignConfig)}
    unknown, missing = sorted(set(table) - set(names)), sorted(set(names) - set(table))
    if unknown or missing:
        raise ValueError(f"align weights: unknown {unknown}, missing {missing}")
    values: dict[str, Any] = {}
    for name, entry in table.items():
        value = entry["value"] if isinstance(entry, dict) else entry
        values[name] = int(value) if names[name] == "int" else float(value)
    return AlignConfig(**values)


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

    The year a claim is about: its own (dates), else the date scoping its clause (scope.py).
    """
    dated = datings(claims, paragraph_of)
    paragraph_entities: dict[int, set[str]] = {}
    for start, found in entities_of.items():
        paragraph_entities.setdefault(paragraph_of.get(start, -1), set()).update(found)
    nodes: list[Node] = []
    segments: dict[int, int] = {}
    stated = Counter(_stated_key(claim) for claim in claims)
    # The claims of one sentence (paragraph) share one set of terms (context): alignment
    # computes what depends on the names around two claims once per pair of such sets.
    terms_of: dict[int, frozenset[str]] = {}
    contexts: dict[int, frozenset[str]] = {}
    datelines = {index for index, claim in enumerate(claims)
                 if claim.kind == "date"
                 and paragraph_of.get(claim.sentence_start, -1) <= _DATELINE_PARAGRAPHS
                 and is_dateline(claim)}
    for index, claim in enumerate(claims):
        paragraph = paragraph_of.get(claim.sentence_start, -1)
        when = dated[index]
        year = when.year if when is not None else None
        # (a dateline gives the claims of its sentence their year, but no date of their
        # own: the day it was filed is not the day of what they count)
        dated_by = when.date_index if when is not None and when.date_index not in datelines \
            else None
        distance = when.distance if when is not None else 1
        segment = segments.setdefault(claim.sentence_start, len(segments))
        entities = entities_of.get(claim.sentence_start, frozenset())
        context = contexts.get(paragraph)
        if context is None:
            context = contexts[paragraph] = name_terms(paragraph_entities.get(paragraph,
                                                                              set()))
        terms = terms_of.get(claim.sentence_start)
        if terms is None:
            terms = terms_of[claim.sentence_start] = name_terms(entities)
        nodes.append(Node(source, index, claim, segment,
                          claim.start / text_length if text_length else 0.0, year,
                          entities, dated_by, context, distance, terms, paragraph,
                          concept_of(claim) if concept_of else claim_concept(claim),
                          once=stated[_stated_key(claim)] == 1,
                          dateline=index in datelines))
    return tuple(nodes)


# A dateline opens the first paragraph after the headline, or the headline's own one, or the
# one after a date alone on its line ("2024年03月14日 ¶ 本报埃森3月14日电 …").
_DATELINE_PARAGRAPHS = 2


def _dateline_apart(a: Node, b: Node) -> bool:
    """A dateline's date and a date of another version that is no dateline, not the same
    day: the day one version was filed and the day of an event the other states ("PARIS,
    5 December 2026 — … on Friday evening" / "2026年12月4日夜、…"), never one fact."""
    return a.dateline is not b.dateline and a.claim.date != b.claim.date


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


def _value_evidence(a: Claim, b: Claim, cfg: AlignConfig,
                    exchange: Exchange | None = None) -> float:
    if a.kind == "date" or b.kind == "date":
        # A date's value is its year: the same year is evidence, a year apart (a shifted
        # year, or another event) weighs against; _time_evidence keeps the context part.
        # A relative date ("that year", 同年) takes its year from its context, which
        # _time_evidence has already weighed: its agreement is no evidence of its own.
        if a.floating is not None or b.floating is not None:
            found = _floating_evidence(a, b, cfg)
            if found or not ((_dated_now(a) and _fixed(b)) or (_dated_now(b) and _fixed(a))):
                return found
            # "last year" in a story of known date is as fixed as "2024": their years are
            # evidence as two stated years' are
        ya, yb = _year(a.date), _year(b.date)
        if ya is None or yb is None or not _year_slip(ya, yb) or not _fixed(a) \
                or not _fixed(b):
            return 0.0
        if ya != yb:
            return cfg.year_shifted
        # The same day or month says more than the same year: few dates of a text share it.
        if a.date == b.date and a.date is not None and len(a.date) >= 7:
            return cfg.day_match if len(a.date) >= 10 else cfg.month_match
        return cfg.year_match
    if (a.low is None and a.high is None) or (b.low is None and b.high is None):
        return 0.0
    if a.kind == "quantity" and b.kind == "quantity":
        # A measured value that agrees (491 miles, 491 英里, or converted: 790 km) states a
        # number and a dimension: stronger evidence than an equal bare number.
        rel = relation(a, b)
        if rel == "agree":
            if a.unit != b.unit:
                # Converted: one step less than the same figure in the same unit, so that
                # a text stating both (35-40 mph (56-64 km/h)) pairs mph with mph.
                return cfg.quantity_agree if a.low != a.high else cfg.value_equal
            return cfg.quantity_range_agree if a.low != a.high else cfg.quantity_agree
        if a.unit != b.unit:
            return cfg.quantity_soft if rel == "soft" else 0.0
    if exchange is not None and a.kind == "money" and b.kind == "money" and a.unit \
            and b.unit and a.unit != b.unit and (a.low, a.high) != (b.low, b.high):
        # "up to $375 million" and "最大6兆ルピア": one amount, converted by a translator,
        # where "最大25億ドル" in the same currency is another figure.
        return cfg.currency_converted * _conversion_fit(a, b, exchange)
    if a.low == b.low and a.high == b.high:
        # Two equal bounds of a range are stronger evidence than one equal number.
        return cfg.range_equal if a.low != a.high else cfg.value_equal
    if _bound_side(a) is not None and _bound_side(a) == _bound_side(b):
        return 0.0  # "up to 50%" and "up to 90%": two bounds that differ, not one figure
    if a.kind == "duration" and (_span_within(a, b) or _span_within(b, a)):
        return cfg.value_equal  # "within 14 days" and "14 days": one span
    if intervals(a)[1].overlaps(intervals(b)[1]):
        if _far_inside(a, b, cfg.bound_reach) or _far_inside(b, a, cfg.bound_reach):
            return 0.0  # "up to 500%" holds "90%", but far from its bound: no one figure
        return cfg.value_overlap  # compatible: "more than $50 million" vs "$50 million"
    # Same significant digits at another scale (2.5 million vs 250 juta): a scale slip is
    # still the same fact. One digit alone ("1", "5") is too common to count.
    ends_a = []  # the ends' digits (loops: no comprehension made per pair)
    for v in (a.low, a.high):
        if v is not None:
            ends_a.append(mantissa(v))
    ends_b = []
    for v in (b.low, b.high):
        if v is not None:
            ends_b.append(mantissa(v))
    if ends_a == ends_b and ((len(ends_a) == 2 and ends_a[0] != ends_a[1])
                             or len(ends_a[0]) >= 2):
        return cfg.mantissa_match
    return 0.0


def _conversion_fit(a: Claim, b: Claim, exchange: Exchange) -> float:
    """How well amount `a`, converted at the exchange's rate, meets amount `b` of another
    currency: 1.0 within a third of compare's tolerance (a rate of the day, rounded),
    falling to 0.0 at the tolerance (beyond it, or when the two do not agree at all).
    Compare accepts the whole tolerance (rates move within a year, translators round), but
    for pairing it weighs the gap: a figure of the year before, 8% lower, also lies within
    it ("€612 million (約1070億円) … €564.6 million"), and the conversion is the one
    that meets closest."""
    moved = converted(a, b, exchange)
    if moved is None or relation(a, b, exchange) != "agree":
        return 0.0
    x = moved.low if moved.low is not None else moved.high
    y = b.low if b.low is not None else b.high
    if x is None or y is None or x <= 0 or y <= 0:
        return 0.0
    gap = float(abs(x - y) / max(x, y))
    tolerance = float(CURRENCY_TOLERANCE)
    if gap <= tolerance / 3:  # within a few percent: a rate of the day, rounded
        return 1.0
    return max(0.0, (tolerance - gap) / (tolerance * 2 / 3))


_BOUND_SIDES = MappingProxyType({"gt": "up", "gte": "up", "lt": "down", "lte": "down"})


def _bound_side(claim: Claim) -> str | None:
    """Which way an open bound points ("more than": up, "up to": down); None otherwise."""
    return _BOUND_SIDES.get(claim.qualifier)


def _far_inside(a: Claim, b: Claim, reach: float) -> bool:
    """`a` is an open bound ("up to 500", "more than 50 million") and the end of `b`
    nearest it lies inside it by more than `reach` times ("90", "1.3 billion")."""
    side = _bound_side(a)
    if side is None or b.low is None or b.high is None:
        return False
    bound, near = (a.high, b.high) if side == "down" else (a.low, b.low)
    if bound is None or bound <= 0 or near <= 0:
        return False
    return float(bound / near if side == "down" else near / bound) > reach


def _span_within(a: Claim, b: Claim) -> bool:
    """`a` is a span of time bounded from above by the very span `b` states ("within 14
    days", 14天内; and "14 days")."""
    return a.qualifier in ("lt", "lte") and b.qualifier in ("eq", "approx") \
        and b.low == b.high and a.high == b.low


def _dated_now(claim: Claim) -> bool:
    """A date relative to the story's date ("last year", 昨年, "this month"), resolved:
    the story's date is known (a publication date or a dateline)."""
    return claim.date is not None and claim.floating is not None \
        and claim.floating.startswith("now")


def _fixed(claim: Claim) -> bool:
    """A date whose year does not hang on the text around it: stated, or relative to the
    story's known date (_dated_now)."""
    return not claim.relative or _dated_now(claim)


def _floating_evidence(a: Claim, b: Claim, cfg: AlignConfig) -> float:
    """A relative date's own statement as evidence: the same month and day ("4 July" and
    "7月4日", whatever year each text's anchor gives them) as a dated day or month, the same
    unresolved step ("last month" and "先月") as a month; the year it was resolved to is
    context, which _time_evidence weighs."""
    ma, mb = month_day(a), month_day(b)
    if ma is not None and mb is not None and (ma.startswith("---") or mb.startswith("---")):
        # A day of a month said relatively, its month unknown (今月27日): the same day as
        # much as the same month is
        return cfg.month_match if day_of(ma) is not None and day_of(ma) == day_of(mb) else 0.0
    if ma is not None and mb is not None:
        if ma == mb:
            return cfg.day_match if len(ma) >= 7 else cfg.month_match
        # The same month, another day (a slipped day) or none: as a date of the same year.
        return cfg.year_match if ma[:4] == mb[:4] else 0.0
    if a.floating is not None and a.floating == b.floating \
            and (a.date is None or b.date is None or a.date == b.date):
        # The same step from the same unstated time ("last week", "la semaine dernière",
        # "上周"): one time, as two dates equal to the day in the same year.
        return cfg.day_match + cfg.year_same
    return 0.0


@cache
def _as_decimal(value: float) -> Decimal:
    return Decimal(str(value))


def _kind_penalty(a: Claim, b: Claim, cfg: AlignConfig) -> float | None:
    if a.kind == "quantity" and b.kind == "quantity" and not same_dimension(a.unit, b.unit):
        return None  # a length and a mass are never one fact
    if a.kind == b.kind:
        return 0.0
    kinds = {a.kind, b.kind}
    if kinds == {"count", "duration"}:
        # "people over 50" / "plus de 50 ans": an age, its year word dropped in one language.
        count = a if a.kind == "count" else b
        span = b if count is a else a
        if count.unit is not None or span.unit != "year" or not (
                _an_age(count, whole=True) and _an_age(span)):
            return None  # (278 points, a rate of 0.68 and "a year" are no age)
        return cfg.age_count
    if kinds == {"money", "count"}:
        # A bare number beside an amount of money: often the same amount, currency dropped.
        count = a if a.kind == "count" else b
        return cfg.money_count if count.low is not None and \
            count.low >= _as_decimal(cfg.money_count_min) else None
    return None


# No one's age in years is above this: a larger bare number is no age whose word was
# dropped.
_OLDEST = Decimal(130)


def _an_age(claim: Claim, *, whole: bool = False) -> bool:
    """Whether a claim's value may be a person's age in years (`whole`: a bare count, as
    an age with its year word dropped is written: "over 50")."""
    value = claim.low if claim.low is not None else claim.high
    return value is not None and value <= _OLDEST and (
        not whole or value == value.to_integral_value())


def _unit_evidence(a: Claim, b: Claim, cfg: AlignConfig) -> float:
    if a.kind == "quantity" and b.kind == "quantity":
        # A shared dimension (two lengths, two speeds) is rarer evidence than a shared
        # currency; another unit of it is a translator's conversion, no evidence against.
        return cfg.quantity_dimension
    if a.kind != b.kind or a.kind not in ("money", "duration"):
        return 0.0
    # A different currency is a value difference (a swapped currency is a discrepancy to
    # find), so it weighs little against the claims being the same fact.
    return cfg.same_currency if a.unit == b.unit else cfg.other_currency


def _time_evidence(a: Node, b: Node, cfg: AlignConfig) -> float:
    if a.year is None or b.year is None:
        return 0.0
    gap = abs(a.year - b.year)
    if a.claim.kind == "date" and b.claim.kind == "date":
        # Two dates a year apart may still date one event: a shifted year is a
        # discrepancy to find (_value_evidence weighs the years' agreement).
        # A written year may carry a digit slip; a relative date's year is reckoned.
        written = not (a.claim.relative or b.claim.relative)
        near = _year_slip(a.year, b.year) if written else gap <= 1
        return cfg.date_year_near if near else cfg.date_years_apart
    if gap == 0:
        return cfg.year_same
    if a.dated_distance > 1 or b.dated_distance > 1:
        # a year held from a paragraph before: versions tell which date is the topic of
        # their paragraph in their own way, so another one is weak evidence against
        return cfg.year_off_one
    return cfg.year_off_one if gap == 1 else cfg.year_far


@lru_cache(maxsize=4096)
def _year_slip(a: int, b: int) -> bool:
    """Two years that may be one year written with a slip: a year apart, one digit
    changed (2016/2018) or two neighbouring digits swapped (2021/2012)."""
    if abs(a - b) <= 1:
        return True
    da, db = f"{a:04d}", f"{b:04d}"
    changed = []  # the places whose digits differ (a loop: no comprehension per pair)
    if len(da) == len(db):
        for i in range(len(da)):
            if da[i] != db[i]:
                changed.append(i)
    if len(changed) == 1:
        return True
    return (len(changed) == 2 and changed[1] == changed[0] + 1
            and da[changed[0]] == db[changed[1]] and da[changed[1]] == db[changed[0]])


def entity_weights(nodes: Sequence[Node]) -> dict[str, float]:
    """Inverse document frequency of entities over the story's claim contexts."""
    counts: Counter[str] = Counter()
    for node in nodes:
        counts.update(node.terms)
    total = max(len(nodes), 1)
    return {entity: math.log((total + 1) / (count + 0.5)) for entity, count in counts.items()}


# The weight of a term without one, for map(weights.get, terms, _ZEROS): an endless
# iterator of one constant (it holds no state a call could change), made once, not once per
# pair of sets (making one costs about as much as the sum it serves).
_ZEROS = itertools.repeat(0.0)


def _overlap(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float],
             totals: dict[int, float] | None = None) -> float:
    """Half weighted Jaccard, half overlap coefficient: Jaccard alone punishes a sentence
    for naming more participants, which translations and retellings often add.
    `totals`: each set's own weight, by the set (its id: an equal set built in another
    order may add its weights in another order), kept across calls."""
    if a.isdisjoint(b):
        return 0.0  # no shared weight
    weight, zeros = weights.get, _ZEROS
    # sum(map(...)): the same terms in the same order as a generator, so the same floats,
    # without a generator frame per pair (a long text scores hundreds of thousands).
    common = a & b
    if len(common) == 1:  # most pairs share one name: sum's 0 + its weight is its weight
        for term in common:
            shared = weight(term, 0.0)
    else:
        shared = sum(map(weight, common, zeros))
    if not shared:
        return 0.0
    whole = sum(map(weight, a | b, zeros))
    if totals is None:
        return 0.5 * shared / whole + 0.5 * shared / min(sum(map(weight, a, zeros)),
                                                         sum(map(weight, b, zeros)))
    in_a, in_b = totals.get(id(a)), totals.get(id(b))
    if in_a is None:
        in_a = totals[id(a)] = sum(map(weight, a, zeros))
    if in_b is None:
        in_b = totals[id(b)] = sum(map(weight, b, zeros))
    # min(in_a, in_b), without the call (min gives the first of two equal ones)
    return 0.5 * shared / whole + 0.5 * shared / (in_b if in_b < in_a else in_a)


def _entity_overlap(a: Node, b: Node, weights: Mapping[str, float], cfg: AlignConfig,
                    totals: dict[int, float] | None = None) -> float:
    """Weighted overlap of the entities named around two claims (rare names weigh more);
    the sentence counts fully, the paragraph around it at cfg.paragraph_share (`totals`:
    see _overlap)."""
    if a.terms.isdisjoint(b.terms) and a.context.isdisjoint(b.context):
        return 0.0  # nothing named in common (most pairs): no sums to take
    return max(_overlap(a.terms, b.terms, weights, totals),
               cfg.paragraph_share * _overlap(a.context, b.context, weights, totals))


def _concept_sign(a: Node, b: Node) -> int:
    """+1 the same thing counted or measured in both (dead / 死者), -1 two different
    specific things (dead vs distance), 0 a generic or unknown one."""
    if a.concept is None or b.concept is None or is_generic(a.concept) \
            or is_generic(b.concept):
        return 0
    if a.concept == b.concept:
        return 1
    # A CJK counter only hints at what it counts (起: incidents, cases, accidents alike):
    # the concept it hints at is evidence when it matches, none when it does not.
    if _hinted(a.claim.lang, a.claim.surface, a.concept) \
            or _hinted(b.claim.lang, b.claim.surface, b.concept):
        return 0
    return -1


@lru_cache(maxsize=4096)
def _hinted(lang: str, surface: str, concept: str) -> bool:
    """The claim ends with a counter hinting at `concept`: its concept may be that hint."""
    hints = counter_hints(lang) if lang else {}
    return any(surface.endswith(counter) and hinted == concept
               for counter, hinted in hints.items())


class Evidence(NamedTuple):
    """The parts of one pair's affinity, as fitted by benchmarks/fit_weights.py: each is
    already weighted by the config, so their sum is the affinity. (A named tuple: one is
    made for every pair of claims scored, and a frozen dataclass costs more to build.)"""

    kind: float
    unit: float
    time: float
    entity: float
    concept: float
    position: float
    value: float

    @property
    def context(self) -> float:
        return self.kind + self.unit + self.time + self.entity + self.concept + self.position

    @property
    def total(self) -> float:
        return self.context + self.value


def evidence(a: Node, b: Node, weights: Mapping[str, float], cfg: AlignConfig,
             exchange: Exchange | None = None) -> Evidence | None:
    """The weighted evidence that two claims of different versions state the same fact
    (None: they cannot, by kind, dimension or version); amounts in two currencies are
    compared at `exchange`'s rates (None: never as a conversion)."""
    penalty = _kind_penalty(a.claim, b.claim, cfg)
    if penalty is None or a.source == b.source or _other_unit(a, b) or _dateline_apart(a, b):
        return None
    concept = _concept_sign(a, b)
    return Evidence(
        kind=penalty,
        unit=_unit_evidence(a.claim, b.claim, cfg),
        time=_time_evidence(a, b, cfg),
        entity=cfg.entity_weight * _entity_overlap(a, b, weights, cfg),
        concept=cfg.concept_match if concept > 0 else cfg.concept_mismatch if concept else 0.0,
        position=-cfg.position_weight * abs(a.position - b.position),
        value=_value_evidence(a.claim, b.claim, cfg, exchange),
    )


def _evidence_parts(a: Node, b: Node, weights: Mapping[str, float], cfg: AlignConfig,
                    exchange: Exchange | None = None) -> _Parts | None:
    """evidence(a, b) as a run keeps it, (context, total, position), without building the
    named tuple: the same parts, added in the same order (Evidence.context, .total), so
    the same floats."""
    penalty = _kind_penalty(a.claim, b.claim, cfg)
    if penalty is None or a.source == b.source or _other_unit(a, b) or _dateline_apart(a, b):
        return None
    concept = _concept_sign(a, b)
    position = -cfg.position_weight * abs(a.position - b.position)
    context = (penalty + _unit_evidence(a.claim, b.claim, cfg) + _time_evidence(a, b, cfg)
               + cfg.entity_weight * _entity_overlap(a, b, weights, cfg)
               + (cfg.concept_match if concept > 0 else cfg.concept_mismatch if concept
                  else 0.0)
               + position)
    return context, context + _value_evidence(a.claim, b.claim, cfg, exchange), position


def _anchor_evidence(a: Node, b: Node, cfg: AlignConfig) -> float:
    """Two equal values, each stated once in its version ("$25 million" in two articles
    that tell the story in other orders): few facts share such a value, and two that do
    would be stated twice. Not a one-digit round number ("3", "10", "200"), which many
    facts share, nor an approximation ("about 300,000": many figures round so), and not
    dates (the same day weighs already: day_match). Weighed where facts are grown
    (_Scores.full), not in the sentence DP: there it would make two articles that share
    a few figures look like translations, whose links are trusted."""
    x, y = a.claim, b.claim
    if not (a.once and b.once) or x.kind == "date" or x.low is None \
            or (x.low, x.high) != (y.low, y.high) or "approx" in (x.qualifier, y.qualifier):
        return 0.0
    if x.kind != "count" and x.unit != y.unit:
        return 0.0  # a count's noun is a word of its language; other units must be equal
    return cfg.anchor_value if x.kind == "money" or len(mantissa(x.low)) >= 2 else 0.0


def context_affinity(a: Node, b: Node, weights: Mapping[str, float],
                     config: AlignConfig | None = None) -> float | None:
    """Affinity without the values' own evidence (None: cannot be one fact)."""
    found = evidence(a, b, weights, config or default_config())
    return None if found is None else found.context


def affinity(a: Node, b: Node, weights: Mapping[str, float],
             config: AlignConfig | None = None) -> float | None:
    """How likely two claims of different versions state the same fact (None: cannot)."""
    found = evidence(a, b, weights, config or default_config())
    return None if found is None else found.total


# ---------------------------------------------------------------------------------------
# pair scores, each computed once


# A pair of claims of a run, as one int (_Numbering.pair): the run's pair tables are keyed
# by it (a tuple of two (source, index) tuples hashed and compared in every lookup cost
# the bundled story's alignment some 25 M instructions).
PairKey = int


def _key(node: Node) -> tuple[str, int]:
    return node.source, node.index


@dataclass(frozen=True)
class _Numbering:
    """The claims of a run numbered in (source, index) order, and each pair of them as
    one int, the smaller number times `size` plus the other: pairs sort as the pairs of
    their keys, sorted, would (the order the run goes through them in)."""

    ids: Mapping[tuple[str, int], int]
    nodes: Sequence[Node]  # by number
    size: int

    @classmethod
    def of(cls, nodes: Iterable[Node]) -> _Numbering:
        by_key = {_key(n): n for n in nodes}
        keys = sorted(by_key)
        return cls({k: i for i, k in enumerate(keys)}, [by_key[k] for k in keys], len(keys))

    def pair(self, x: Node, y: Node) -> PairKey:
        """The pair of two claims of the run (in either order)."""
        a, b = self.ids[(x.source, x.index)], self.ids[(y.source, y.index)]
        return a * self.size + b if a <= b else b * self.size + a

    def split(self, key: PairKey) -> tuple[Node, Node]:
        """The two claims of a pair, in key order."""
        a, b = divmod(key, self.size)
        return self.nodes[a], self.nodes[b]

    def keys(self, key: PairKey) -> tuple[tuple[str, int], tuple[str, int]]:
        """The (source, index) keys of a pair's two claims, in order."""
        x, y = self.split(key)
        return _key(x), _key(y)


class SequenceStore(Protocol):
    """Where the sentence alignments of pairs of versions are kept between runs
    (reconcile.cache.SequenceCache): JSON data by key; get gives None when not kept."""

    def get(self, key: str) -> Any | None: ...

    def put(self, key: str, data: Any) -> None: ...


@dataclass(frozen=True)
class _Scores:
    """The affinities of one alignment run, each pair's evidence computed once, on first
    use (the memo lives and dies with the run). `full` adds the values' evidence to the
    context; `blind` is context alone. Both add the trusted bonus of translations' sequence
    links and, in the second round, the relief of moved paragraphs; `full` also adds the
    bonus of linked sentence-mates and that of anchor values (_anchor_evidence)."""

    nodes: Mapping[tuple[str, int], Node]
    weights: Mapping[str, float]
    cfg: AlignConfig
    bonus: dict[PairKey, float] = field(default_factory=dict)
    memo: dict[PairKey, _Parts | None] = field(default_factory=dict)
    linked: _Linked | None = None  # the facts of the first round (second round only)
    store: SequenceStore | None = None
    digests: dict[str, str] = field(default_factory=dict)  # _side_digest, by source
    reliefs: dict[PairKey, float] = field(default_factory=dict)  # _relief, by pair
    # The scores blind and full gave, by pair (those of pairs that may be one fact): the
    # clustering's linkages, adoption and exchange ask again for most pairs they read.
    # Kept from the first call on, when the bonus is settled (_align's seeding loop, which
    # reads parts alone, settles it before any score is asked).
    blinds: dict[PairKey, float] = field(default_factory=dict)
    fulls: dict[PairKey, float] = field(default_factory=dict)
    # _anchor_evidence by pair (it reads the two claims alone): both rounds ask for it.
    anchors: dict[PairKey, float] = field(default_factory=dict)
    # What the sentence DPs read of one version (_Side), by source: a version is in a DP
    # with every other (four times in a story of five), its tables made once.
    sides: dict[str, _Side] = field(default_factory=dict)

    # (max(cfg.neighbor_bonus, 0.0), max(cfg.anchor_value, 0.0)): the bonuses seed and
    # reach bound every pair with, taken once per run
    caps: tuple[float, float] = field(init=False)
    # The run's claims and pairs as ints (the keys of every pair table above)
    numbering: _Numbering = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "caps", (max(self.cfg.neighbor_bonus, 0.0),
                                          max(self.cfg.anchor_value, 0.0)))
        object.__setattr__(self, "numbering", _Numbering.of(self.nodes.values()))

    def side(self, nodes: Sequence[Node]) -> _Side:
        """The version's _Side, made on first use (kept for these very nodes only: a
        caller may align other nodes of one source with the same scores)."""
        source = nodes[0].source if nodes else ""
        found = self.sides.get(source)
        if found is None or found.nodes is not nodes:
            found = self.sides[source] = _Side.of(nodes, self)
        return found
    tables: _ClassTables = field(default_factory=lambda: _ClassTables())
    # The other pairs the sentence DPs scored, up to _SPARE_PAIRS of them (_pair_sequence):
    # a short story's clustering asks for many again, a long one's too few to keep them.
    spare: dict[PairKey, _Parts] = field(default_factory=dict)
    # The rates amounts in two currencies are compared at (None: never as a conversion)
    exchange: Exchange | None = None

    def parts(self, key: PairKey) -> _Parts | None:
        """The pair's (context, total, position) evidence (None: cannot be one fact)."""
        kept: _Parts | None = self.memo.get(key, _UNSCORED)  # one probe: most pairs are
        if kept is not _UNSCORED:  # asked again
            return kept
        scored = self.spare.pop(key, None)
        if scored is None:
            scored = self.evidence(*self.numbering.split(key))
        self.memo[key] = scored
        return scored

    def evidence(self, a: Node, b: Node) -> _Parts | None:
        """_evidence_parts(a, b): the same parts added in the same order, so the same
        floats, those that depend on the two claims' values alone (the kind penalty, the
        unit's and the value's evidence) or on the names around them alone (the entity
        overlap) computed once per pair of classes (_ClassTables)."""
        kind, other = a.claim.kind, b.claim.kind
        if other != kind and (kind, other) not in _MEETING:
            return None  # two kinds that are never one fact (_kind_penalty)
        if a.source == b.source or (a.unit is not None and _other_unit(a, b)):
            return None
        tables = self.tables
        classes, classes_of = tables.classes, tables.classes_of
        return self.classed(a, b, classes.get((a.source, a.index)) or classes_of(a),
                            classes.get((b.source, b.index)) or classes_of(b))

    def classed(self, a: Node, b: Node, ca: tuple[int, int], cb: tuple[int, int]
                ) -> _Parts | None:
        """evidence(a, b) of two claims of other versions (or units) whose kinds may be
        one fact, their classes given (_ClassTables.classes_of: _candidates reads each
        claim's once, not once per pair)."""
        if a.dateline is not b.dateline and a.claim.date != b.claim.date:
            return None  # _dateline_apart(a, b), in place
        tables, cfg = self.tables, self.cfg
        va, na = ca
        vb, nb = cb
        by_value = tables.values.get((va, vb), _UNSCORED)
        if by_value is _UNSCORED:
            penalty = _kind_penalty(a.claim, b.claim, cfg)
            by_value = None if penalty is None else (
                penalty + _unit_evidence(a.claim, b.claim, cfg),
                _value_evidence(a.claim, b.claim, cfg, self.exchange))
            if len(tables.values) < _TABLE_ENTRIES:
                tables.values[(va, vb)] = by_value
        if by_value is None:
            return None
        entity = tables.names.get((na, nb))
        if entity is None:
            # _entity_overlap, read in place: a pair of sets with nothing in common (most)
            # is told by isdisjoint alone, without the call whose answer would be 0.0.
            ta, tb, xa, xb = a.terms, b.terms, a.context, b.context
            if ta.isdisjoint(tb):
                if xa.isdisjoint(xb):
                    entity = cfg.entity_weight * 0.0
                else:
                    # max(0.0, shared), as max picks (the builtin's call costs more than
                    # the sum: it parses its arguments as keywords may come)
                    shared = cfg.paragraph_share * _overlap(xa, xb, self.weights,
                                                            tables.totals)
                    entity = cfg.entity_weight * (shared if shared > 0.0 else 0.0)
            else:
                own = _overlap(ta, tb, self.weights, tables.totals)
                shared = cfg.paragraph_share * (0.0 if xa.isdisjoint(xb) else _overlap(
                    xa, xb, self.weights, tables.totals))
                entity = cfg.entity_weight * (shared if shared > own else own)  # max(...)
            if len(tables.names) < _TABLE_ENTRIES:
                tables.names[(na, nb)] = entity
        # The calls' answers without the calls where a side has no year (no concept), or
        # both the same year and not both dates: the same 0.0 (0, cfg.year_same) the
        # functions give then.
        ya, yb = a.year, b.year
        if ya is None or yb is None:
            time = 0.0
        elif ya == yb and (a.claim.kind != "date" or b.claim.kind != "date"):
            time = cfg.year_same
        else:
            time = _time_evidence(a, b, cfg)
        concept = 0 if a.concept is None or b.concept is None else _concept_sign(a, b)
        position = -cfg.position_weight * abs(a.position - b.position)
        context = (by_value[0] + time + entity
                   + (cfg.concept_match if concept > 0 else cfg.concept_mismatch if concept
                      else 0.0)
                   + position)
        return context, context + by_value[1], position

    def related(self, a: Node, b: Node) -> str | None:
        """compare.relation of the two nodes' claims, once per pair of value classes."""
        tables = self.tables
        classes, classes_of = tables.classes, tables.classes_of
        return self.related_classes((classes.get((a.source, a.index)) or classes_of(a))[0],
                                    (classes.get((b.source, b.index)) or classes_of(b))[0],
                                    a, b)

    def related_classes(self, va: int, vb: int, a: Node, b: Node) -> str | None:
        """related(a, b), the nodes' value classes given."""
        relations = self.tables.relations
        found = relations.get((va, vb), _UNSCORED)
        if found is _UNSCORED:
            found = relation(a.claim, b.claim)
            if len(relations) < _TABLE_ENTRIES:
                relations[(va, vb)] = found
        return found  # type: ignore[no-any-return]

    def slipped(self, a: Node, b: Node) -> bool:
        """_slipped_value of the two nodes' claims, once per pair of value classes."""
        classes_of = self.tables.classes_of
        return self.slipped_classes(classes_of(a)[0], classes_of(b)[0], a, b)

    def slipped_classes(self, va: int, vb: int, a: Node, b: Node) -> bool:
        """slipped(a, b), the nodes' value classes given."""
        tables = self.tables
        slips = tables.slips
        found = slips.get((va, vb))
        if found is None:
            # _slipped_value(a.claim, b.claim), its relation read from (and kept in) the
            # table `related` keeps by the same pair of value classes.
            x, y = a.claim, b.claim
            if x.kind != y.kind:
                found = False
            else:
                relations = tables.relations
                related = relations.get((va, vb), _UNSCORED)
                if related is _UNSCORED:
                    related = relation(x, y)
                    if len(relations) < _TABLE_ENTRIES:
                        relations[(va, vb)] = related
                found = related == "conflict" and (is_slip(x, y) or _first_digit_apart(x, y))
            if len(slips) < _TABLE_ENTRIES:
                slips[(va, vb)] = found
        return found

    def round_two(self, groups: Sequence[Sequence[Node]]) -> _Scores:
        """The scores of the second round, which read the facts of the first."""
        return _Scores(self.nodes, self.weights, self.cfg, self.bonus, self.memo,
                       _Linked.of(groups), self.store, tables=self.tables, spare=self.spare,
                       anchors=self.anchors, exchange=self.exchange)

    def blind(self, key: PairKey) -> float | None:
        kept = self.blinds.get(key)
        if kept is not None:
            return kept
        found: _Parts | None = self.memo.get(key, _UNSCORED)  # parts(key), read inline
        if found is _UNSCORED:
            found = self.parts(key)
        if found is None:
            return None
        if self.linked is None:  # round one: no relief (the same sum, without the call)
            score = found[0] + self.bonus.get(key, 0.0) + 0.0
        else:
            score = found[0] + self.bonus.get(key, 0.0) + self._relief(key)
        self.blinds[key] = score
        return score

    def full(self, key: PairKey) -> float | None:
        kept = self.fulls.get(key)
        if kept is not None:
            return kept
        found: _Parts | None = self.memo.get(key, _UNSCORED)  # parts(key), read inline
        if found is _UNSCORED:
            found = self.parts(key)
        return None if found is None else self._full(key, found)

    def _full(self, key: PairKey, found: _Parts) -> float:
        """full(key), the pair's parts given."""
        kept = self.fulls.get(key)
        if kept is not None:
            return kept
        anchor = self.anchors.get(key)  # the same in both rounds: kept from the first
        if anchor is None:
            numbering = self.numbering  # numbering.split(key), in place
            nodes, size = numbering.nodes, numbering.size
            anchor = self.anchors[key] = _anchor_evidence(nodes[key // size],
                                                          nodes[key % size], self.cfg)
        if self.linked is None:  # round one: no relief nor neighbours (the same sum)
            score = found[1] + self.bonus.get(key, 0.0) + 0.0 + 0.0 + anchor
        else:
            score = (found[1] + self.bonus.get(key, 0.0) + self._relief(key)
                     + self._neighbor(key) + anchor)
        self.fulls[key] = score
        return score

    def seed(self, key: PairKey, floor: float) -> float | None:
        """full(key), or None when it cannot reach `floor`: bounded first without the
        anchor's bonus (in the second round, also without the relief and the neighbours'
        bonus: reach), at most the bonus and an anchor's (float sums grow with their
        terms, so the bound holds exactly), which most candidate pairs do not clear."""
        found: _Parts | None = self.memo.get(key, _UNSCORED)  # parts(key), read inline
        if found is _UNSCORED:
            found = self.parts(key)
        if found is None:
            return None
        caps = self.caps
        if self.linked is None:
            if found[1] + self.bonus.get(key, 0.0) + caps[1] < floor:
                return None
        else:
            # reach(key, found), the same sum in place (max(-found[2], 0.0) as max picks it)
            back = -found[2]
            if found[1] + self.bonus.get(key, 0.0) + (0.0 if back < 0.0 else back) \
                    + caps[0] + caps[1] < floor:
                return None
        return self._full(key, found)

    def reach(self, key: PairKey, found: _Parts) -> float:
        """The most the pair's score can be in either round, its parts given: round two's
        bound (seed), the position term given back and every bonus that may come, at
        least round one's (its terms and more, none negative)."""
        cfg = self.cfg
        return found[1] + self.bonus.get(key, 0.0) + max(-found[2], 0.0) \
            + max(cfg.neighbor_bonus, 0.0) + max(cfg.anchor_value, 0.0)

    def _neighbor(self, key: PairKey) -> float:
        # Claims whose sentence-mates were linked are likely linked too (an odd share
        # written beside a salary already linked in the same sentence). Only *other* linked
        # claims count: a pair must not vouch for itself, or round one's mistakes would
        # reinforce themselves.
        if self.linked is None:
            return 0.0
        numbering = self.numbering  # numbering.split(key), in place (no call per pair)
        x, y = numbering.nodes[key // numbering.size], numbering.nodes[key % numbering.size]
        # linked.pairs(x, y, by_segment=True), read in place: no list per pair
        segment = y.segment
        linked = self.linked
        # linked.toward(x, y.source, by_segment=True): its kept list looked up in place
        toward = linked.towards.get((True, x.source, x.segment, y.source))
        if toward is None:
            toward = linked.toward(x, y.source, by_segment=True)
        for a, b in toward:
            if b.segment == segment and a is not x and b is not y:
                return self.cfg.neighbor_bonus
        return 0.0

    def _relief(self, key: PairKey) -> float:
        """Positions measured from linked paragraph-mates.

        An article that retells a story in another order moves whole paragraphs: a claim
        far from its counterpart may sit just as far from it as a paragraph-mate sits from
        its own linked counterpart. When two paragraphs hold a pair of linked claims (other
        than the pair scored), the two claims' positions are compared relative to that
        pair; the position term is the smaller of the two readings."""
        if self.linked is None:
            return 0.0
        kept = self.reliefs.get(key)  # blind and full both ask, for many pairs
        if kept is not None:
            return kept
        numbering = self.numbering  # numbering.split(key), in place (no call per pair)
        x, y = numbering.nodes[key // numbering.size], numbering.nodes[key % numbering.size]
        paragraph = y.paragraph  # linked.pairs(x, y, by_segment=False), read in place
        # (Plain loops: no comprehension made per pair, most of which find no shift.)
        shifts = []
        linked = self.linked
        # linked.toward(x, y.source, by_segment=False): its kept list looked up in place
        toward = linked.towards.get((False, x.source, x.paragraph, y.source))
        if toward is None:
            toward = linked.toward(x, y.source, by_segment=False)
        for ax, ay in toward:
            if ay.paragraph == paragraph and ax is not x and ay is not y:
                shifts.append(ax.position - ay.position)
        relief = 0.0
        if shifts:
            plain = abs(x.position - y.position)
            moved = abs(x.position - y.position - shifts[0])  # min(...), in order
            for shift in shifts[1:]:
                there = abs(x.position - y.position - shift)
                if there < moved:
                    moved = there
            relief = self.cfg.position_weight * (plain - moved) if moved < plain else 0.0
        self.reliefs[key] = relief
        return relief


@dataclass(frozen=True)
class _ClassTables:
    """The parts of pair evidence that depend on less than the two claims, per run: each
    claim's value class (claims stating the same value, by all compare.relation and the
    value evidence read of it: _compared) and name class (the same terms and context, as
    the claims of one sentence have), and what was computed for each pair of classes.
    Translations state the same values amid the same names: the thousands of pairs of
    claims that the sentence DP and the clustering score share a few hundred pairs of
    classes."""

    classes: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)
    ids: dict[tuple[object, ...], int] = field(default_factory=dict)
    # (penalty + unit evidence, value evidence), None: the kinds cannot be one fact
    values: dict[tuple[int, int], tuple[float, float] | None] = field(default_factory=dict)
    names: dict[tuple[int, int], float] = field(default_factory=dict)  # weighted overlap
    totals: dict[int, float] = field(default_factory=dict)  # _overlap's, by set
    slips: dict[tuple[int, int], bool] = field(default_factory=dict)  # _slipped_value
    relations: dict[tuple[int, int], str | None] = field(default_factory=dict)  # relation

    def classes_of(self, node: Node) -> tuple[int, int]:
        """The node's (value class, name class)."""
        key = (node.source, node.index)
        found = self.classes.get(key)
        if found is None:
            ids = self.ids
            value = ids.setdefault(("value", *_compared(node.claim)), len(ids))
            # By the sets themselves, not their members: equal sets built in another
            # order may iterate in another order, and their weights add up to other
            # floats in the last place (build_nodes shares a sentence's sets).
            names = ids.setdefault(("names", id(node.terms), id(node.context)), len(ids))
            found = self.classes[key] = (value, names)
        return found


ScoreOf = Callable[[PairKey], float | None]
# What a run keeps of a pair's Evidence: (context, total, position), a plain tuple of
# floats. The garbage collector stops walking such a tuple once it has seen it; a named
# tuple it walks at every full collection, and a run keeps one per pair scored.
_Parts = tuple[float, float, float]
_UNSCORED: Any = object()  # _Scores.memo's answer for a pair not scored yet


@dataclass(frozen=True)
class _Linked:
    """The facts of the first round, indexed by claim: which facts hold claims of each
    version's segment and paragraph, and each fact's claim of each version. The linked
    pairs of two segments (or paragraphs) are read from the claims of one of them, so a
    fact of n versions costs n entries, not the n(n - 1) of its pairs."""

    members: Sequence[Mapping[str, Node]]  # per fact of several claims: version -> claim
    segments: Mapping[tuple[str, int], Sequence[tuple[int, Node]]]
    paragraphs: Mapping[tuple[str, int], Sequence[tuple[int, Node]]]
    # The linked pairs of a segment (paragraph) with the claims of one other version,
    # wherever those stand, as pairs() asks for them: the pairs of claims of two
    # sentences ask for the same ones again (a few hundred places for thousands of
    # pairs), and pairs() keeps those in the other claim's segment (paragraph).
    towards: dict[tuple[bool, str, int, str], list[tuple[Node, Node]]] = field(
        default_factory=dict)

    @classmethod
    def of(cls, groups: Sequence[Sequence[Node]]) -> _Linked:
        members: list[dict[str, Node]] = []
        segments: dict[tuple[str, int], list[tuple[int, Node]]] = {}
        paragraphs: dict[tuple[str, int], list[tuple[int, Node]]] = {}
        for group in groups:
            if len(group) < 2:
                continue
            at = len(members)
            members.append({n.source: n for n in group})
            for n in group:
                segments.setdefault((n.source, n.segment), []).append((at, n))
                paragraphs.setdefault((n.source, n.paragraph), []).append((at, n))
        return cls(members, segments, paragraphs)

    def toward(self, x: Node, source: str, *, by_segment: bool) -> list[tuple[Node, Node]]:
        """The linked pairs (a, b) of the first round with a in x's segment (by_segment),
        else in its paragraph, and b of `source`, wherever b stands."""
        place = x.segment if by_segment else x.paragraph
        key = (by_segment, x.source, place, source)
        linked = self.towards.get(key)
        if linked is None:
            linked = self.towards[key] = []  # (a loop: no comprehension per place)
            members = self.members
            for at, a in (self.segments if by_segment else self.paragraphs).get(
                    (x.source, place), ()):
                b = members[at].get(source)
                if b is not None:
                    linked.append((a, b))
        return linked

    def pairs(self, x: Node, y: Node, *, by_segment: bool) -> list[tuple[Node, Node]]:
        """The linked pairs (a, b) of the first round with a in x's segment and b in y's
        (by_segment), else in their paragraphs."""
        linked = self.toward(x, y.source, by_segment=by_segment)
        if not linked:
            return []
        if by_segment:
            return [(a, b) for a, b in linked if b.segment == y.segment]
        return [(a, b) for a, b in linked if b.paragraph == y.paragraph]


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


def unit_links(a: Sequence[Node], b: Sequence[Node], scores: _Scores) -> list[Link]:
    """Links of the two sides of a bilingual file: the file pairs its units, so claims are
    linked inside each unit (no sentence alignment is needed)."""
    by_unit: dict[tuple[str, str] | None, list[Node]] = {}
    for y in b:
        by_unit.setdefault(y.unit, []).append(y)
    xs_by_unit: dict[tuple[str, str] | None, list[Node]] = {}
    for x in a:
        xs_by_unit.setdefault(x.unit, []).append(x)
    return [link for unit, xs in xs_by_unit.items()
            for link in _pair_up(xs, by_unit.get(unit, []), scores, scores.cfg.parallel_link)]


def _pair_sequence(a: Sequence[Node], b: Sequence[Node], scores: _Scores
                   ) -> tuple[list[Link], set[PairKey], bool]:
    """Two versions aligned: their sequence links, the candidate pairs of claims around
    the aligned sentences (none when they are not translations of one another, whose
    windows no caller reads), and whether they are translations of one another. The two
    sides of one bilingual file are, unit by unit, without sentence alignment."""
    if _paired(a, b):
        pair = scores.numbering.pair
        return (unit_links(a, b, scores),
                {pair(x, y) for x in a for y in b if x.unit == y.unit}, True)
    store = scores.store
    key = _sequence_key(a, b, scores) if store is not None else ""
    if store is not None:
        kept = _kept_sequence(store.get(key), scores.numbering)
        if kept is not None:
            return kept
    memo = _BeadMemo()
    seq, path = _sequence(a, b, scores, memo)
    scored = memo.scored
    del memo  # the DP's grid, before the windows are made
    parallel = is_parallel(a, b, seq, scores.cfg)
    # (The windows of two versions that are not translations are no candidates: not made,
    # cold diff -6.2 M instructions.)
    found = seq, _window_pairs(a, b, path, keys=(scores.side(a).keys, scores.side(b).keys),
                               numbering=scores.numbering) if parallel else set(), parallel
    # Of the pairs the DP scored, the run keeps those of the final windows, which the
    # clustering asks for; the rest of the band's (most of them) are dropped with the DP,
    # unless they are few (a short story's: its blocks ask for many of them again).
    scores.memo.update((k, scored[k]) for k in found[1] if k in scored)
    if len(scores.spare) + len(scored) <= _SPARE_PAIRS:
        scores.spare.update(scored)
    if store is not None:
        store.put(key, {
            "links": [[score, list(_key(x)), list(_key(y))] for score, x, y in found[0]],
            "window": sorted([list(ka), list(kb)]
                             for ka, kb in map(scores.numbering.keys, found[1])),
            "parallel": found[2]})
    return found


_SEQUENCE_FORMAT = "reconcile.sequence/1"
# The most pairs scored by sentence DPs a run keeps beside its memo (a few megabytes).
_SPARE_PAIRS = 5_000
# The most entries each of a run's class tables keeps (_ClassTables): a short story's
# versions share their values and names, and hold a few thousand pairs of classes; a long
# text's values are mostly its own, and keeping every pair of them would be keeping every
# pair the DPs scored (what _pair_sequence drops for memory).
_TABLE_ENTRIES = 5_000


def _node_text(node: Node) -> str:
    """Everything of a node the sentence alignment reads, in a stable form (sets sorted:
    their iteration order changes from one process to the next)."""
    return repr((node.source, node.index, node.claim, node.segment, node.position,
                 node.year, sorted(node.entities), node.dated_by, sorted(node.context),
                 node.dated_distance, sorted(node.terms), node.paragraph, node.concept,
                 node.unit))


def _side_digest(nodes: Sequence[Node], scores: _Scores) -> str:
    """The hash of one version's nodes, computed once per run however many pairs it is in."""
    source = nodes[0].source if nodes else ""
    if source not in scores.digests:
        digest = sha256()
        for node in nodes:
            digest.update(_node_text(node).encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        scores.digests[source] = digest.hexdigest()
    return scores.digests[source]


def _sequence_key(a: Sequence[Node], b: Sequence[Node], scores: _Scores) -> str:
    """The hash of all a pair's sentence alignment depends on: both versions' nodes, the
    story's entity weights and the config (a change elsewhere in the story that moves the
    weights is a miss)."""
    digest = sha256(_SEQUENCE_FORMAT.encode())
    digest.update(f"{_side_digest(a, scores)}|{_side_digest(b, scores)}|".encode())
    digest.update(repr(sorted(scores.weights.items())).encode("utf-8", "surrogatepass"))
    digest.update(repr(scores.cfg).encode())
    digest.update(repr(scores.exchange.when if scores.exchange else None).encode())
    return digest.hexdigest()


def _kept_sequence(data: Any, numbering: _Numbering
                   ) -> tuple[list[Link], set[PairKey], bool] | None:
    """A stored pair alignment with its nodes put back; None when absent or damaged."""
    try:
        ids, nodes, size = numbering.ids, numbering.nodes, numbering.size
        links: list[Link] = [(float(score), nodes[ids[(x[0], x[1])]], nodes[ids[(y[0], y[1])]])
                             for score, x, y in data["links"]]
        window: set[PairKey] = {ids[(ka[0], ka[1])] * size + ids[(kb[0], kb[1])]
                                for ka, kb in data["window"]}
        return links, window, bool(data["parallel"])
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def _by_segment(nodes: Sequence[Node]) -> list[list[Node]]:
    groups: dict[int, list[Node]] = {}
    for node in nodes:
        groups.setdefault(node.segment, []).append(node)
    return [groups[k] for k in sorted(groups)]


@dataclass(frozen=True)
class _Side:
    """What the sentence alignment of a version with any other reads of it alone, made
    once per run (_Scores.side): its claim-bearing segments (_by_segment), each one's kind
    groups (_sentence_group), claims keyed for scoring (_keyed) and claims' keys (_key),
    and the segment of each value it states once (_once)."""

    nodes: Sequence[Node]
    segments: list[list[Node]]
    groups: list[frozenset[str]]
    keyed: list[list[_Keyed]]
    keys: list[list[int]]  # (_Numbering.ids)
    once: dict[tuple[object, ...], int]

    @classmethod
    def of(cls, nodes: Sequence[Node], scores: _Scores) -> _Side:
        segments = _by_segment(nodes)
        ids = scores.numbering.ids
        return cls(nodes, segments,
                   [frozenset(_sentence_group(x.claim) for x in seg) for seg in segments],
                   [_keyed(seg, scores) for seg in segments],
                   [[ids[(x.source, x.index)] for x in seg] for seg in segments],
                   _once(segments))


Link = tuple[float, Node, Node]


def _pair_up(xs: Sequence[Node], ys: Sequence[Node], scores: _Scores, floor: float
             ) -> list[Link]:
    """Best one-to-one links between two small groups (greedy on affinity)."""
    return _greedy(_candidates(xs, ys, scores, floor))


def _candidates(xs: Sequence[Node], ys: Sequence[Node], scores: _Scores, floor: float,
                fresh: dict[PairKey, _Parts] | None = None) -> list[Link]:
    """The pairs of `xs` and `ys` that may link (affinity at least `floor`), their evidence
    from the run's memo (scores.parts); or, with `fresh`, pairs not asked before (the
    sentence DP's): scored directly, those that may be one fact kept in `fresh`."""
    return _scored_links(_keyed(xs, scores), _keyed(ys, scores), scores, floor, fresh)


# A claim as _scored_links reads it: the node, its number (_Numbering.ids), its kind and
# its classes (_ClassTables.classes_of), taken once per claim, not once per pair of claims.
_Keyed = tuple[Node, int, str, tuple[int, int]]


def _keyed(nodes: Sequence[Node], scores: _Scores) -> list[_Keyed]:
    classes, classes_of = scores.tables.classes, scores.tables.classes_of
    ids = scores.numbering.ids
    # classes_of's lookup inline: most claims are classed already
    return [(n, ids[k], n.claim.kind, classes.get(k) or classes_of(n))
            for n in nodes for k in ((n.source, n.index),)]


def _scored_links(xs: Sequence[_Keyed], ys: Sequence[_Keyed], scores: _Scores, floor: float,
                  fresh: dict[PairKey, _Parts] | None = None) -> list[Link]:
    """_candidates of claims already keyed (_keyed): the sentence DP keys each of its
    sentences once, not once per pair of sentences it scores."""
    scored = []
    parts, classed, slipped = scores.parts, scores.classed, scores.slipped_classes
    miscopy = scores.cfg.value_overlap / 2  # what _miscopied adds
    size = scores.numbering.size
    slip = 0.0 if miscopy < 0.0 else miscopy  # the most _miscopied adds (max(miscopy, 0.0))
    for x, kx, kind, cx in xs:
        for y, ky, other, cy in ys:
            if other != kind and (kind, other) not in _MEETING:
                continue  # two kinds that are never one fact (_kind_penalty): no evidence
            ordered = kx <= ky  # (compared once: the key's order and the scoring's)
            key = kx * size + ky if ordered else ky * size + kx  # _Numbering.pair
            if fresh is None:
                found = parts(key)
            else:
                # In key order, as the memo scores a pair (scores.evidence, its kinds
                # checked above).
                if x.source == y.source or (x.unit is not None and _other_unit(x, y)):
                    continue
                found = classed(x, y, cx, cy) if ordered else classed(y, x, cy, cx)
                if found is not None:
                    fresh[key] = found
            # The sentences' alignment already places the two claims: their small offset
            # in position is no evidence against the link. (Not for dates: a sentence
            # often holds several, and a date's position is what tells them apart.)
            if found is None:
                continue
            offset = found[2] if kind != "date" else 0.0
            if (found[1] + slip) - offset < floor:
                continue  # below the floor whatever a slip adds (as total is added below)
            value = found[1] - found[0]  # the value part of the affinity
            # _miscopied, its slip looked up by value classes
            total = found[1] + (miscopy if value <= 0 and kind != "date"
                                and slipped(cx[0], cy[0], x, y) else 0.0)
            if total - offset >= floor and not _unrelated(x.claim, y.claim, value):
                # A link the floor admits only once its position part is set aside (a
                # changed figure alone in its sentence, no other evidence) still counts for
                # the sentences' DP: at its total it would cost the bead, which would then
                # lose to skipping the two sentences, and the change would go unseen. Only
                # two figures of one kind and shape (two values, or two ranges): "around
                # 1500" and "1000-1300" are no figure changed.
                admitted = total <= 0.0 and kind == other and kind != "date" \
                    and _same_shape(x.claim, y.claim)
                # (Above zero, below any link with evidence, in the order of the totals.)
                scored.append((_ADMITTED / (1.0 - total) if admitted else total, x, y))
    return scored


# What a link admitted by the floor but not above zero adds to the sentence DP at most
# (see _scored_links): less than any link with evidence of its own.
_ADMITTED = 1e-6


def _same_shape(a: Claim, b: Claim) -> bool:
    """Two single values, or two ranges, with the same kind of bounds."""
    return a.qualifier == b.qualifier or (a.qualifier in ("eq", "approx")
                                          and b.qualifier in ("eq", "approx"))


# The pairs of two different kinds _kind_penalty lets meet (ordered: a tuple probe per
# pair of claims, not two sets built).
_MEETING = frozenset({("money", "count"), ("count", "money"), ("count", "duration"),
                      ("duration", "count")})


def _miscopied(a: Claim, b: Claim, value: float, cfg: AlignConfig) -> float:
    """Inside aligned sentences, two values a known slip explains (100 and 1000, 100 and
    200) may be one figure miscopied: some evidence, half the weakest agreement
    (cfg.value_overlap), so that a value that agrees always wins over one that slipped."""
    if value > 0 or a.kind == "date" or not _slipped_value(a, b):
        return 0.0
    return cfg.value_overlap / 2


def _unrelated(a: Claim, b: Claim, value: float) -> bool:
    """A vague amount and a number of aligned sentences that are not one fact: no value
    evidence, values that conflict with no known slip (a scale, a digit, a currency, a
    year, a range bound) to explain them: the translation states another thing there
    ("several nations" where the other has "17.8 tons"), not the same fact changed. (Two
    exact numbers stay linked: a changed figure is what the diff is for.)"""
    if value > 0 or a.kind == "date" or b.kind == "date":
        return False
    if "several" not in (a.qualifier, b.qualifier):
        return False
    return relation(a, b) == "conflict" and not is_slip(a, b)


def _link_order(link: Link) -> tuple[float, int, int]:
    return -link[0], link[1].index, link[2].index


def _greedy(scored: Iterable[Link], *, ordered: bool = False) -> list[Link]:
    """One-to-one links, best affinity first (ties by claim order); `ordered`: `scored`
    is already in that order."""
    used_x: set[int] = set()
    used_y: set[int] = set()
    links = []
    for score, x, y in (scored if ordered else sorted(scored, key=_link_order)):
        if x.index in used_x or y.index in used_y:
            continue
        used_x.add(x.index)
        used_y.add(y.index)
        links.append((score, x, y))
    return links


_BEADS = ((1, 1), (1, 2), (2, 1))

# A link inside the sentence DP: (affinity, claim index in a, claim index in b). Plain
# numbers, kept in tuples: the garbage collector stops walking such tuples once it has seen
# them, where links holding nodes, in lists, it walks at every full collection (the DP of
# two long texts keeps hundreds of thousands).
IdLink = tuple[float, int, int]


def _greedy_ids(scored: Iterable[IdLink], *, ordered: bool = False) -> tuple[IdLink, ...]:
    """_greedy on the DP's links (claim indexes already in link order when `ordered`),
    then improved by exchanges (_exchanged)."""
    scored = scored if ordered else sorted(scored, key=_id_link_order)
    used_x: set[int] = set()
    used_y: set[int] = set()
    links = []
    for score, x, y in scored:
        if x in used_x or y in used_y:
            continue
        used_x.add(x)
        used_y.add(y)
        links.append((score, x, y))
    if len(links) > 1:
        return _exchanged(links, scored)
    return tuple(links)


def _exchanged(links: list[IdLink], scored: Iterable[IdLink]) -> tuple[IdLink, ...]:
    """Greedy links with partners exchanged wherever the two exchanged links hold more
    evidence together than the two greedy ones: greedy takes the single best link first,
    which can leave two claims with a worse pair (a changed value that now equals another
    figure of the sentence draws that figure's counterpart, and its own counterpart is
    left to the figure). Then, at an equal total, the exchanges that keep two claims' order
    in both sentences are taken (two equal figures of a sentence, "two aged over 60, two
    between 51 and 60", are linked in order). The two passes run one after the other, so
    this ends: each exchange of the first raises the total by more than _EXCHANGE_GAIN,
    each of the second removes a crossing. (Mixed, an uncrossing that loses a little less
    than _EXCHANGE_GAIN and a gain a little more could undo each other for ever: links
    admitted on position alone score about 1e-6.)"""
    score_of = {}  # (a loop: no comprehension per call)
    for score, x, y in scored:
        score_of[(x, y)] = score
    for uncross in (False, True):
        changed = True
        while changed:
            changed = False
            for i in range(len(links)):
                for j in range(i + 1, len(links)):
                    s1, x1, y1 = links[i]
                    s2, x2, y2 = links[j]
                    a = score_of.get((x1, y2))
                    b = score_of.get((x2, y1))
                    if a is None or b is None:
                        continue
                    gain = a + b - (s1 + s2)
                    if (gain > _EXCHANGE_GAIN) if not uncross else (
                            gain >= -_EXCHANGE_GAIN and (x1 - x2) * (y1 - y2) < 0):
                        links[i], links[j] = (a, x1, y2), (b, x2, y1)
                        changed = True
    return tuple(sorted(links, key=_id_link_order))


_EXCHANGE_GAIN = 1e-9  # totals within rounding of each other are equal


def _id_link_order(link: IdLink) -> tuple[float, int, int]:
    return -link[0], link[1], link[2]


def _bead(first: tuple[IdLink, ...], last: tuple[IdLink, ...]) -> tuple[IdLink, ...]:
    """A bead's links from the candidate links of the segment pairs it covers (each in
    link order; one may be empty, not both)."""
    if first and last:
        return _greedy_ids([*first, *last])
    links = first or last
    # One link: _greedy_ids would give it back.
    return links if len(links) == 1 else _greedy_ids(links, ordered=True)


def _one_side(links: tuple[IdLink, ...]) -> tuple[IdLink, ...]:
    """_bead of a bead one of whose cells holds no link: `links`, those of the other."""
    return links if len(links) == 1 else _greedy_ids(links, ordered=True)


def _gain(links: tuple[IdLink, ...]) -> float:
    """A bead's gain: its links' scores added (one link's: 0.0 + its score, as sum adds)."""
    total: float = 0  # sum's start, then its additions in order (a loop: no generator)
    for link in links:
        total += link[0]
    return total


def sequence_links(a: Sequence[Node], b: Sequence[Node], weights: Mapping[str, float],
                   config: AlignConfig | None = None) -> list[Link]:
    """Monotonic alignment of two versions' claim-bearing segments; claims are linked
    inside aligned segments (so word order inside a sentence may differ)."""
    cfg = config or default_config()
    nodes = {_key(n): n for n in (*a, *b)}
    return _sequence(a, b, _Scores(nodes, weights, cfg))[0]


def _sequence(a: Sequence[Node], b: Sequence[Node], scores: _Scores,
              memo: _BeadMemo | None = None) -> tuple[list[Link], list[tuple[int, int]]]:
    """The sequence links of two versions and the path of aligned segment pairs.

    As in sentence alignment (Gale & Church), a segment may also align with two
    consecutive segments of the other version: translations split and merge sentences.
    The DP runs in a band around a guide path: the longest monotonic chain of anchors
    (segments sharing a value that occurs once in each version), the diagonal between
    them. The band is the config's margin wide; where the best path touches its edge, the
    band is first recentred on that path, then doubled over the stretch between the
    anchors around the touch (_widened), so the cost stays near-linear for translations:
    a stretch that strays (text one version lacks at its end) widens that stretch, not
    the whole alignment."""
    side_a, side_b = scores.side(a), scores.side(b)
    sa, sb = side_a.segments, side_b.segments
    n, m = len(sa), len(sb)
    anchors = _chain(side_a.once, side_b.once)
    guide = _through(anchors, n, m)
    stretches = sorted({0, n, *(i for i, _ in anchors if 0 < i < n)})
    widths = [max(scores.cfg.band_margin, 1)] * (n + 1)
    memo = _BeadMemo() if memo is None else memo
    if memo.groups is None:
        memo.groups = side_a.groups, side_b.groups
    if memo.keyed is None:
        memo.keyed = side_a.keyed, side_b.keyed
    recentred = False
    while True:
        links, path, touched = _banded(sa, sb, scores, guide, widths, memo)
        if not touched or min(widths[i] for i in touched) >= max(n, m):
            return links, path
        if recentred:
            widths = _widened(widths, touched, max(n, m), stretches)
        # First centre the band on the path just found (it strays from the guide where
        # the anchors were few); only if it still touches the edge is the band widened.
        guide = _through([(i + 1, j + 1) for i, j in path], n, m)
        recentred = not recentred


def _widened(widths: Sequence[int], touched: Collection[int], full: int,
             stretches: Sequence[int] = ()) -> list[int]:
    """The band's half-widths per row, doubled (up to `full`) in the stretch around each
    touched row: the rows between the anchors before and after it (`stretches`: the
    anchors' rows, sorted, with the first and last), and at least the rows as near it as
    its own half-width. Between two anchors the guide is only a straight line, so where
    the path strays from it the whole stretch is in doubt (without anchors, the whole
    alignment is); stretches where the path kept inside the band keep their width."""
    out = list(widths)
    for row in touched:
        reach = widths[row]
        at = bisect.bisect_left(stretches, row)
        start = min(row - reach, stretches[at - 1] if at else row)
        end = max(row + reach, stretches[at] if at < len(stretches) else row)
        for i in range(max(0, start), min(len(out), end + 1)):
            out[i] = max(out[i], min(2 * widths[row], full))
    return out


def _value_key(claim: Claim) -> tuple[object, ...]:
    return claim.kind, claim.low, claim.high, claim.floating or claim.date, claim.unit


def _stated_key(claim: Claim) -> tuple[object, ...]:
    """_value_key without a count's noun ("212 people" and "212" state one number twice)."""
    if claim.kind == "count":
        return claim.kind, claim.low, claim.high, claim.floating or claim.date
    return _value_key(claim)


def _guide(sa: Sequence[Sequence[Node]], sb: Sequence[Sequence[Node]]) -> list[int]:
    """For each row i (0..n) of the DP, the column the band is centred on: the longest
    increasing chain of anchor segment pairs (a value stated once in each version),
    interpolated linearly between anchors and the two corners."""
    return _through(_anchors(sa, sb), len(sa), len(sb))


def _anchors(sa: Sequence[Sequence[Node]], sb: Sequence[Sequence[Node]]
             ) -> list[tuple[int, int]]:
    """The longest increasing chain of anchor segment pairs (DP grid points): values
    stated once in each version."""
    return _chain(_once(sa), _once(sb))


def _once(segments: Sequence[Sequence[Node]]) -> dict[tuple[object, ...], int]:
    """The segment of each value (_value_key) a version states once."""
    where: dict[tuple[object, ...], int] = {}
    seen: Counter[tuple[object, ...]] = Counter()
    for i, seg in enumerate(segments):
        for node in seg:
            key = _value_key(node.claim)
            seen[key] += 1
            where[key] = i
    return {k: i for k, i in where.items() if seen[k] == 1}


def _chain(in_a: Mapping[tuple[object, ...], int], in_b: Mapping[tuple[object, ...], int]
           ) -> list[tuple[int, int]]:
    """_anchors of two versions' _once tables."""
    return _increasing_chain([(in_a[k] + 1, in_b[k] + 1) for k in in_a.keys() & in_b.keys()])


def _through(chain: Sequence[tuple[int, int]], n: int, m: int) -> list[int]:
    """For each row 0..n, the column of the line through the corners and the chain's
    points (increasing in both coordinates), interpolated linearly."""
    points = [(0, 0), *(p for p in chain if 0 < p[0] < n), (n, m)]
    centre = [0] * (n + 1)
    for (i0, j0), (i1, j1) in itertools.pairwise(points):
        for i in range(i0, i1 + 1):
            centre[i] = j0 + ((j1 - j0) * (i - i0) // (i1 - i0) if i1 > i0 else 0)
    centre[n] = m
    return centre


def _increasing_chain(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs increasing strictly in both coordinates (patience
    sorting, n log n: by row, columns in decreasing order within a row)."""
    ordered = sorted(pairs, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []
    tail_at: list[int] = []
    previous: list[int] = [-1] * len(ordered)
    for index, (_, j) in enumerate(ordered):
        at = bisect.bisect_left(tails, j)
        if at == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[at] = j
            tail_at[at] = index
        previous[index] = tail_at[at - 1] if at else -1
    chain: list[tuple[int, int]] = []
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        chain.append(ordered[index])
        index = previous[index]
    return chain[::-1]


@dataclass
class _BeadMemo:
    """What one sentence alignment has computed, kept across the widenings of its band:
    the candidate links of each pair of segments (in link order) and the links of each
    bead tried that holds any, both by a number made of its place in the DP's grid (a
    long text's band has hundreds of thousands of cells and beads, most without links:
    tuple keys, and an entry for every empty bead, made most of the alignment's memory);
    and the evidence of the pairs of claims it scored that may be one fact (`scored`),
    kept here, not in the run's memo, so that only those of the final path's windows,
    which the clustering asks for again, outlive the DP (_pair_sequence)."""

    cells: dict[int, tuple[IdLink, ...]] = field(default_factory=dict)
    beads: dict[int, tuple[IdLink, ...]] = field(default_factory=dict)
    scored: dict[PairKey, _Parts] = field(default_factory=dict)
    # The last run's band per row (lo, hi) and its best score and step per cell, by row
    # and column: the next run keeps the rows before the first whose band changed.
    bands: list[tuple[int, int]] = field(default_factory=list)
    best: list[dict[int, float]] = field(default_factory=list)
    back: list[dict[int, tuple[int, int, tuple[IdLink, ...]]]] = field(default_factory=list)
    # Per segment of each version, the kind groups of its claims (_sentence_group): a pair
    # of segments without a group in common has no candidate link.
    groups: tuple[list[frozenset[str]], list[frozenset[str]]] | None = None
    # Per segment of each version, its claims keyed for scoring (_keyed).
    keyed: tuple[list[list[_Keyed]], list[list[_Keyed]]] | None = None


def _banded(sa: Sequence[Sequence[Node]], sb: Sequence[Sequence[Node]], scores: _Scores,
            guide: Sequence[int], widths: Sequence[int], memo: _BeadMemo | None = None
            ) -> tuple[list[Link], list[tuple[int, int]], list[int]]:
    """One run of the banded DP, `widths[i]` the band's half-width in row i (`memo`: what
    earlier runs of this alignment found). Returns the links, the path and the rows where
    a linked step of the path touches the band's edge (empty: the band held the path).

    A row's best scores depend only on the band's rows up to it: the rows before the first
    whose band changed since the previous run are taken from it (a widening near the end
    of a long text runs the DP again from there, not from the start). Further on, a row
    is a function of its band and of the two rows above it (the beads reach two rows
    back): where those two came out as in the previous run and its band is the same, the
    row is that run's too (a band recentred on the path moves only where the path left
    the guide, and the rows meet again past each such stretch)."""
    n, m = len(sa), len(sb)
    stride = m + 1
    memo = memo or _BeadMemo()
    tried, cells, kept = memo.beads, memo.cells, memo.scored
    if memo.groups is None:
        memo.groups = ([frozenset(_sentence_group(x.claim) for x in seg) for seg in sa],
                       [frozenset(_sentence_group(y.claim) for y in seg) for seg in sb])
    groups_a, groups_b = memo.groups
    if memo.keyed is None:
        memo.keyed = ([_keyed(seg, scores) for seg in sa], [_keyed(seg, scores) for seg in sb])
    keyed_a, keyed_b = memo.keyed
    floor = scores.cfg.parallel_link
    beads = len(_BEADS)

    def cell(ci: int, cj: int) -> tuple[IdLink, ...]:
        at = ci * stride + cj
        found = cells.get(at)
        if found is None:
            if groups_a[ci].isdisjoint(groups_b[cj]):
                # No two claims of kinds that may be one fact (_candidates would score
                # no pair): most segment pairs of a band.
                found = cells[at] = ()
                return found
            # Each pair is scored once (its cell is kept); a pair's evidence depends on
            # its two claims alone, and the run's memo holds no pair of two versions
            # before their alignment: no lookup there.
            scored = _scored_links(keyed_a[ci], keyed_b[cj], scores, floor, kept)
            # In link order (_id_link_order): sorted by the negated score itself, then
            # negated back (exact), without a key call per link.
            if len(scored) == 1:  # one link (most cells): in order as it is
                v, x, y = scored[0]
                found = cells[at] = ((v, x.index, y.index),)
            else:
                found = cells[at] = tuple((-v, x, y) for v, x, y in sorted(
                    (-v, x.index, y.index) for v, x, y in scored)) if scored else ()
        return found

    def lo_hi(i: int) -> tuple[int, int]:
        # (max(0, ...), min(m, ...) as the builtins pick, without their calls)
        lo, hi = guide[i] - widths[i], guide[i] + widths[i]
        return (lo if lo > 0 else 0), (hi if hi < m else m)

    bands: list[tuple[int, int]] = []
    for i in range(n + 1):
        lo, hi = lo_hi(i)
        # Each row reaches back to where the previous one ended, so the band is connected.
        # (min(lo, the previous row's end), as min picks)
        bands.append(((bands[-1][1] if bands[-1][1] < lo else lo) if i else lo, hi))
    same = 0
    was_bands, was_best, was_back = memo.bands, memo.best, memo.back
    while same < len(was_bands) and same <= n and was_bands[same] == bands[same]:
        same += 1
    best = was_best[:same]
    back = was_back[:same]
    as_before = [True] * same  # rows equal to the previous run's
    for i in range(same, n + 1):
        lo, hi = bands[i]
        if 0 < i < len(was_best) and was_bands[i] == bands[i] and as_before[i - 1] \
                and (i == 1 or as_before[i - 2]):
            best.append(was_best[i])
            back.append(was_back[i])
            as_before.append(True)
            continue
        row: dict[int, float] = {}
        steps: dict[int, tuple[int, int, tuple[IdLink, ...]]] = {}
        if i == 0:
            # The first row: (0, 0), then skips from the left alone.
            left: float | None = None
            for j in range(lo, hi + 1):
                if j == 0:
                    left = row[0] = 0.0
                elif left is not None:
                    row[j] = left
                    steps[j] = (0, j - 1, ())
            best.append(row)
            back.append(steps)
            as_before.append(bool(was_best) and row == was_best[0])
            continue
        above = best[i - 1]
        two_up = best[i - 2] if i > 1 else {}
        up, base = (i - 1) * stride, i * stride * beads
        # Carried along the row from column to column, not looked up again in each: the
        # score left of (i, j) (row[j - 1]), those above-left (above[j - 1], above[j - 2])
        # and the cell (i - 1, j - 2) as the column before found it (None: it did not
        # look). A cell outside the grid has no score above it (column 0: no bead).
        left = None
        a1, a2 = above.get(lo - 1), above.get(lo - 2)
        before: tuple[IdLink, ...] | None = None
        for j in range(lo, hi + 1):
            # The best way into (i, j): a skip from above or from the left, or one of the
            # beads (1-1, 1-2, 2-1, in that order; ties keep the first), each from where
            # it starts: plain locals, not a tuple per candidate (the band of two long
            # texts has hundreds of thousands of cells).
            top = a0 = above.get(j)
            if left is not None and (top is None or left > top):
                top = left
                step: tuple[int, int, tuple[IdLink, ...]] = (i, j - 1, ())
            else:
                step = (i - 1, j, ())
            # The beads, unrolled. A bead's candidates are those of the segment pairs it
            # covers (by row, then column), each scored once however many beads cover it
            # (most hold none: an empty bead is found again from its empty cells, not
            # kept); a bead that holds links is kept with their gain, by its number.
            # The cell every bead into (i, j) covers, (i - 1, j - 1): looked up once, for
            # the first bead that reads it. A bead holds links only when one of its cells
            # does: an empty one is told by its cells, before any lookup of the bead.
            last: tuple[IdLink, ...] | None = None
            if a1 is not None:  # 1-1
                last = cells.get(up + j - 1)
                if last is None:
                    last = cell(i - 1, j - 1)
                if last:
                    bead = base + j * beads
                    held = tried.get(bead)
                    if held is None:
                        # _bead((), last), in place (most beads hold one link)
                        held = tried[bead] = last if len(last) == 1 else \
                            _greedy_ids(last, ordered=True)
                    gain = 0.0 + held[0][0] if len(held) == 1 else _gain(held)
                    if gain > 0 and (top is None or a1 + gain > top):
                        top = a1 + gain
                        step = (i - 1, j - 1, held)
            if a2 is not None:  # 1-2
                if last is None:
                    last = cells.get(up + j - 1)
                    if last is None:
                        last = cell(i - 1, j - 1)
                first = before
                if first is None:
                    first = cells.get(up + j - 2)
                    if first is None:
                        first = cell(i - 1, j - 2)
                if first or last:
                    bead = base + j * beads + 1
                    held = tried.get(bead)
                    if held is None:
                        held = tried[bead] = _bead(first, last) if first and last \
                            else _one_side(first or last)
                    gain = 0.0 + held[0][0] if len(held) == 1 else _gain(held)
                    if gain > 0 and (top is None or a2 + gain > top):
                        top = a2 + gain
                        step = (i - 1, j - 2, held)
            start = two_up.get(j - 1)  # 2-1 (two_up is empty for i = 1)
            if start is not None:
                if last is None:
                    last = cells.get(up + j - 1)
                    if last is None:
                        last = cell(i - 1, j - 1)
                first = cells.get(up - stride + j - 1)
                if first is None:
                    first = cell(i - 2, j - 1)
                if first or last:
                    bead = base + j * beads + 2
                    held = tried.get(bead)
                    if held is None:
                        held = tried[bead] = _bead(first, last) if first and last \
                            else _one_side(first or last)
                    gain = 0.0 + held[0][0] if len(held) == 1 else _gain(held)
                    if gain > 0 and (top is None or start + gain > top):
                        top = start + gain
                        step = (i - 2, j - 1, held)
            if top is not None:
                row[j] = top
                steps[j] = step
            left = top
            a1, a2 = a0, a1
            before = last
        best.append(row)
        back.append(steps)
        as_before.append(i < len(was_best) and row == was_best[i])
    memo.bands, memo.best, memo.back = bands, best, back
    if m not in best[n]:
        return [], [], list(range(n + 1))  # widened everywhere
    node_a = {x.index: x for seg in sa for x in seg}
    node_b = {y.index: y for seg in sb for y in seg}
    out: list[Link] = []
    path: list[tuple[int, int]] = []
    touched: list[int] = []
    i, j = n, m
    while j in back[i]:
        lo, hi = lo_hi(i)
        pi, pj, links = back[i][j]
        # Only a linked step at the band's edge says a better path may lie outside: in a
        # stretch without links (text one version lacks) the path runs anywhere.
        if links and ((j <= lo and lo > 0) or (j >= hi and hi < m)):
            touched.append(i)
        out.extend((score, node_a[x], node_b[y]) for score, x, y in links)
        if links:
            path.append((i - 1, j - 1))
        i, j = pi, pj
    return out, path[::-1], touched


def is_parallel(a: Sequence[Node], b: Sequence[Node], links: Sequence[Link],
                config: AlignConfig | None = None) -> bool:
    cfg = config or default_config()
    smaller = min(_matchable(a, b), _matchable(b, a))
    strong = sum(1 for score, x, y in links
                 if score >= cfg.strong_link or _same_value(x.claim, y.claim)
                 or _slipped_value(x.claim, y.claim))
    return smaller > 0 and strong / smaller >= cfg.parallel_share


def _matchable(nodes: Sequence[Node], others: Sequence[Node]) -> int:
    """How many of `nodes` count towards the share of links: all but a measured quantity
    whose dimension no quantity of `others` has while they do state quantities (a length
    read where the other version states speeds: a unit read two ways, which says nothing
    of whether the two are translations)."""
    units = [o.claim.unit for o in others if o.claim.kind == "quantity"]
    return sum(1 for n in nodes
               if n.claim.kind != "quantity" or not units
               or any(same_dimension(n.claim.unit, u) for u in units))


def _slipped_value(a: Claim, b: Claim) -> bool:
    """Two claims of one kind in sequence whose difference a known slip explains (a power
    of ten, a digit, a year, a range bound): a translation's copy of a number, miscopied.
    They vouch for a translation as an equal value does, or a short text with one slip
    would no longer count as one and its slip would go unseen."""
    if a.kind != b.kind or relation(a, b) != "conflict":
        return False
    return is_slip(a, b) or _first_digit_apart(a, b)


def _first_digit_apart(a: Claim, b: Claim) -> bool:
    """100 and 200 km, 4 and 5 months: the same written length, one digit apart. In
    aligned sentences that is a figure miscopied; elsewhere it is just another number,
    which is why compare's digit slip needs two significant digits. (A count's unit is
    the noun of its language, "cases" or "kasus": two counts whose nouns differ need two
    written digits, as 100 and 200 have; 3 and 9 are just two small numbers.)"""
    nouns = a.unit != b.unit and a.kind == b.kind == "count"
    if a.unit != b.unit and not nouns:
        return False
    # The bounds that differ (a single value's two bounds differ as one)
    differ = set()  # (a loop: no comprehension per pair)
    for bound_a, bound_b in ((a.low, b.low), (a.high, b.high)):
        if bound_a != bound_b:
            differ.add((bound_a, bound_b))
    if len(differ) != 1:
        return False
    ((va, vb),) = differ  # a's bound and b's
    if va is None or vb is None:
        return False
    x, y = format(va.normalize(), "f"), format(vb.normalize(), "f")
    if nouns and len(x) < 2:
        return False
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=True)) == 1


def _same_value(a: Claim, b: Claim) -> bool:
    """Two claims of one kind stating the same value (a translation's copy of a number, or
    of a measure, converted): linked in sequence, they vouch for the two versions being
    translations whatever the rest of their context says."""
    if a.kind != b.kind:
        return False
    if a.kind == "date":
        if a.floating is not None or b.floating is not None:
            return month_day(a) is not None and month_day(a) == month_day(b)
        return a.date is not None and a.date == b.date
    if a.kind == "quantity" and a.unit != b.unit:
        # A measure the translator converted (491 miles, 790 km) is a copy of it too.
        return relation(a, b) == "agree"
    if a.qualifier == b.qualifier == "several" and a.low is not None and a.low == b.low:
        # "hundreds of thousands" and 数十万: one vague amount, whose upper bounds each
        # language's words set a little apart (999,000 and 990,000).
        return relation(a, b) == "agree"
    return a.low is not None and (a.low, a.high) == (b.low, b.high) \
        and relation(a, b) == "agree"


# ---------------------------------------------------------------------------------------
# candidate pairs (blocking)


def _kind_group(claim: Claim) -> str:
    # A bare number may be an amount whose currency was dropped: one block for both.
    return "money" if claim.kind in ("money", "count") else claim.kind


def _sentence_group(claim: Claim) -> str:
    # Inside aligned sentences a bare number also meets a span (an age: _kind_penalty).
    return "money" if claim.kind in ("money", "count", "duration") else claim.kind


def _block_keys(node: Node) -> set[tuple[str, ...]]:
    """The blocks a claim falls in: its kind, its values' significant digits (equal values,
    scale slips, swapped currencies and shared range bounds meet there), its year and the
    next (a shifted year), what it counts, and the names around it."""
    claim = node.claim
    group = _kind_group(claim)
    keys: set[tuple[str, ...]] = {("kind", group)}
    for value in (claim.low, claim.high):
        if value is not None:
            keys.add(("value", group, mantissa(value)))
    stated = month_day(claim) if claim.kind == "date" else None
    if stated is not None:
        keys.add(("value", group, stated))  # "4 July" meets "7月4日" whatever their years
    elif claim.kind == "date" and claim.floating is not None and claim.date is None:
        keys.add(("value", group, claim.floating))  # "last week" meets "上周"
    year = _year(claim.date) if claim.kind == "date" else node.year
    if year is not None:
        keys.update({("year", group, str(year)), ("year", group, str(year + 1))})
    if node.concept is not None and not is_generic(node.concept):
        keys.add(("concept", node.concept))
    keys.update(("name", group, term) for term in node.terms)
    return keys


def _blocked_pairs(nodes: Sequence[Node], neighbours: int,
                   pivots: frozenset[str] = frozenset(),
                   sequenced: frozenset[tuple[str, str]] = frozenset(),
                   sequenced_neighbours: int | None = None,
                   numbering: _Numbering | None = None) -> set[PairKey]:
    """Candidate pairs of claims of different versions: inside each block, a claim is
    paired with the `neighbours` claims of every other version nearest to it in position
    (sorted-neighbourhood blocking), so the number of pairs grows linearly with the texts'
    length rather than with its square. When versions were aligned against pivots, two
    versions neither of which is a pivot are not paired: they meet through the pivots, so
    the pairs grow linearly with the number of versions too.

    Two versions aligned by sentences as translations (`sequenced`, sorted pairs of
    sources) are paired only in the blocks of values: the windows of their aligned
    sentences already hold each claim's counterpart, and a sentence moved beyond them
    keeps its number's digits (paired with the `sequenced_neighbours` nearest, default
    `neighbours`). Blocks of context (kind, year, concept, names) are for versions that
    tell the story in their own order; between translations they would only add
    far-apart pairs, more of them the longer the texts. (`numbering`: the run's, made of
    `nodes` when not given.)"""
    numbering = numbering or _Numbering.of(nodes)
    ids, size = numbering.ids, numbering.size
    # (defaultdicts: no dict nor list built per key of a claim whose block has them)
    blocks: defaultdict[tuple[str, ...], defaultdict[str, list[Node]]] = defaultdict(
        partial(defaultdict, list))
    for node in nodes:
        for key in _block_keys(node):
            blocks[key][node.source].append(node)
    out: set[PairKey] = set()
    for key, by_source in blocks.items():
        if len(by_source) < 2:
            continue
        # Each version's claims in position order, their positions and keys (one loop:
        # no comprehension made per block and version).
        spots: dict[str, list[float]] = {}
        keys: dict[str, list[int]] = {}
        for s, ns in by_source.items():
            ns = sorted(ns, key=_POSITION)
            spots[s] = list(map(_POSITION, ns))
            keys[s] = [ids[(n.source, n.index)] for n in ns]
        sources = sorted(by_source)
        for sa, sb in _source_pairs(sources, pivots):
            if key[0] != "value" and (sa, sb) in sequenced:
                continue
            others, where = keys[sb], spots[sb]
            reach = neighbours if sequenced_neighbours is None or (sa, sb) not in sequenced \
                else sequenced_neighbours
            for spot, mine in zip(spots[sa], keys[sa], strict=True):
                at = bisect.bisect_left(where, spot)
                # _Numbering.pair: sa sorts before sb, so a claim of sa's before one of
                # sb's (the pairs made in C, map: no loop per pair)
                out.update(map((mine * size).__add__,
                               others[(at - reach if at > reach else 0):at + reach]))
    return out


# A node's position and source, read in C (sort keys: no Python call per node).
_POSITION = operator.attrgetter("position")
_SOURCE = operator.attrgetter("source")


def _source_pairs(sources: Sequence[str], pivots: frozenset[str]
                  ) -> Iterator[tuple[str, str]]:
    """The pairs (sa, sb) of sorted `sources`, sa before sb, that hold a pivot when there
    are pivots (all pairs otherwise), in the order of all pairs: found from the pivots
    present, not by going through every pair of a block's many versions."""
    if not pivots:
        yield from itertools.combinations(sources, 2)
        return
    present = [i for i, s in enumerate(sources) if s in pivots]
    for i, sa in enumerate(sources):
        if sa in pivots:
            yield from ((sa, sb) for sb in sources[i + 1:])
        else:
            yield from ((sa, sources[j]) for j in present if j > i)


def _orphan_pairs(nodes: Sequence[Node], found: Translations, family: Mapping[str, str],
                  neighbours: int, numbering: _Numbering) -> set[PairKey]:
    """Candidate pairs of the claims their pivot lacks (aligned against pivots, the other
    translations of one family meet only through the pivot's claims): inside each block,
    the family's unlinked claims in position order, each paired with the `neighbours`
    next ones (those of another version), whatever version they are of. A claim most
    translations state and the pivot lacks is so chained through all of them, in pairs
    that grow with the claims, not with the square of the versions."""
    pivots = frozenset(found.pivots)
    starred = {_key(n) for star in found.stars for n in star[1:]}
    blocks: dict[tuple[object, ...], list[Node]] = {}
    for node in nodes:
        if node.source in pivots or _key(node) in starred:
            continue
        for key in _block_keys(node):
            blocks.setdefault((family.get(node.source, node.source), *key), []).append(node)
    out: set[PairKey] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda n: (n.position, n.source, n.index))
        for i, node in enumerate(ordered):
            out.update(numbering.pair(node, other)
                       for other in ordered[i + 1:i + 1 + neighbours]
                       if other.source != node.source)
    return out


def _window_pairs(a: Sequence[Node], b: Sequence[Node], path: Sequence[tuple[int, int]],
                  reach: int = 2,
                  keys: tuple[Sequence[Sequence[int]], Sequence[Sequence[int]]] | None = None,
                  numbering: _Numbering | None = None) -> set[PairKey]:
    """Candidate pairs of two translations: claims of segments aligned by the sentence
    DP, or up to `reach` segments off that path (`keys`: each segment's claims' numbers
    in `numbering`, for a and b, as _Side.keys holds them; `numbering`: the run's, made of
    a and b when not given)."""
    numbering = numbering or _Numbering.of((*a, *b))
    ids, size = numbering.ids, numbering.size
    # Each segment's claims as their numbers, made once (a segment is in many windows).
    sa, sb = keys if keys is not None else (
        [[ids[(x.source, x.index)] for x in seg] for seg in _by_segment(a)],
        [[ids[(y.source, y.index)] for y in seg] for seg in _by_segment(b)])
    # The segments of b each segment of a meets in some window: the windows of two steps
    # of the path overlap in most of their segments, whose pairs are made once, not once
    # per window.
    meets: dict[int, set[int]] = {}
    rows, cols = len(sa), len(sb)
    for i, j in path:
        # (max(0, ...), min(len, ...) as the builtins pick, without their calls)
        columns = range(j - reach if j > reach else 0,
                        j + reach + 1 if j + reach + 1 < cols else cols)
        for row in range(i - reach if i > reach else 0,
                         i + reach + 1 if i + reach + 1 < rows else rows):
            met = meets.get(row)
            if met is None:
                meets[row] = set(columns)
            else:
                met.update(columns)
    out: set[PairKey] = set()
    for row, met in meets.items():
        xs = sa[row]
        ys: list[int] = []  # (loops: no comprehension made per row)
        for column in met:
            ys.extend(sb[column])
        add = out.add
        for x in xs:
            for y in ys:
                add(x * size + y if x <= y else y * size + x)  # _Numbering.pair
    return out


# ---------------------------------------------------------------------------------------
# facts from links


def align(nodes_by_source: Mapping[str, Sequence[Node]], *,
          config: AlignConfig | None = None,
          sequences: SequenceStore | None = None,
          exchange: Exchange | None = None) -> Alignment:
    """Group the claims of all versions into facts (one claim per version at most).

    `config` holds every weight (default: the package's fitted data/align_weights.toml).
    Only candidate pairs (blocks, and the sentence windows of translations) seed facts; the
    affinity of any other pair a decision needs is computed when needed, once.
    `sequences` keeps each pair of versions' sentence alignment between runs (the same
    result, found again without the DP when neither version nor the weights changed).
    `exchange` holds the rates at which two amounts in two currencies are weighed as one
    converted amount (None: they never are).

    The cyclic garbage collector is paused for the call (and resumed after, as the
    caller had it): an alignment makes no reference cycles, only tables that live as
    long as the call (pair scores, the sentence DP's grid), so a collection during it
    frees nothing, while each full pass walks all of the caller's objects and those
    tables (two versions of 1 MB paid four passes, a tenth of the time)."""
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _align(nodes_by_source, config, sequences, exchange)
    finally:
        if collecting:
            gc.enable()


def _align(nodes_by_source: Mapping[str, Sequence[Node]], config: AlignConfig | None,
           sequences: SequenceStore | None, exchange: Exchange | None = None) -> Alignment:
    cfg = config or default_config()
    sources = sorted(nodes_by_source)
    everything = [n for s in sources for n in nodes_by_source[s]]
    weights = entity_weights(everything)
    scores = _Scores({_key(n): n for n in everything}, weights, cfg, store=sequences,
                     exchange=exchange)
    found = _translations(nodes_by_source, scores)
    parallel = found.parallel
    family = families(sources, parallel)
    translated = frozenset(scores.bonus)
    candidates = found.candidates | translated
    numbering = scores.numbering
    candidates |= _blocked_pairs(everything, cfg.block_neighbours, frozenset(found.pivots),
                                 found.sequenced, cfg.sequenced_neighbours, numbering)
    if found.pivots:
        candidates |= _orphan_pairs(everything, found, family, cfg.block_neighbours,
                                    numbering)
    pairs = sorted(candidates)  # in key order (_Numbering: their numbers' order)
    pivots = frozenset(found.pivots)
    # Versions that are not translations of one another tell the story in their own
    # order: where a claim stands in one says little of where it stands in the other, so
    # the position term does not weigh against two claims whose values agree (what the
    # claims are about and their time still do). Different values keep it: context alone
    # must not join two other numbers. Dates keep it too: a text states many, and
    # near-alike ones are told apart by where they stand.
    order, size = numbering.nodes, numbering.size  # (numbering.split, read in place)
    # The pairs that may seed a fact in either round (their bonus is settled here): the
    # two clusterings try only these, in the same order.
    seeding = []
    bonus = scores.bonus
    # _Scores.reach's terms that are the same for every pair, taken once
    neighbor, anchor = max(cfg.neighbor_bonus, 0.0), max(cfg.anchor_value, 0.0)
    memo, spare, classed = scores.memo, scores.spare, scores.classed
    # Each claim's classes by its number (_ClassTables.classes_of), read once here, not
    # looked up by its (source, index) for each pair scored or related below.
    classes = list(map(scores.tables.classes_of, order))
    for pair in pairs:
        ev = memo.get(pair, _UNSCORED)  # parts(pair), read in place
        if ev is _UNSCORED:
            ev = spare.pop(pair, None)
            if ev is None:
                # scores.evidence(x, y), read in place (its checks, then classed), its
                # classes by number (with related_classes below, -6.9 M)
                a = pair // size
                b = pair - a * size
                x, y = order[a], order[b]
                kind, other = x.claim.kind, y.claim.kind
                if (other != kind and (kind, other) not in _MEETING) or x.source == y.source \
                        or (x.unit is not None and _other_unit(x, y)):
                    ev = None
                else:
                    ev = classed(x, y, classes[a], classes[b])
            memo[pair] = ev
        if ev is None:
            continue
        given = bonus.get(pair, 0.0)  # the pair's bonus (as it stands after the lines below)
        if ev[2]:
            # (Whether the DPs linked the pair asked first: most pairs are not linked,
            # which one probe tells, without looking up the two families; -1.2 M.)
            a = pair // size
            b = pair - a * size
            x, y = order[a], order[b]
            if pair in translated and family.get(x.source) == family.get(y.source):
                # Within one family, a pair the sentence alignment placed needs no
                # position: the alignment placed it (without this, a one-digit slip between
                # two translations, whose value weighs nothing, falls below the link of a
                # third version that agrees with one of them, and the slip is never
                # compared).
                given = bonus[pair] = given - ev[2]
            else:
                # A pair it did not place (a paragraph one version moved) is read as
                # across versions.
                if x.claim.kind != "date" and y.claim.kind != "date" \
                        and scores.related_classes(classes[a][0], classes[b][0],
                                                   x, y) == "agree":
                    given = bonus[pair] = given - ev[2]
        # _Scores.reach(pair, ev), the same sum (an upper bound where the position is
        # given back already; max(-ev[2], 0.0) as max picks it)
        back = -ev[2]
        if ev[1] + given + (0.0 if back < 0.0 else back) + neighbor + anchor \
                >= cfg.merge_min:
            seeding.append(pair)
    first = _cluster(everything, seeding, scores.full, family, cfg, found.stars, pivots,
                     scores.seed, numbering)
    # Second round: the evidence of linked sentence-mates and of moved paragraphs.
    second = scores.round_two(first)
    groups = _cluster(everything, seeding, second.full, family, cfg, found.stars, pivots,
                      second.seed, numbering)
    # (defaultdict: no set built per pair for a claim that has one already)
    partners: defaultdict[int, set[int]] = defaultdict(set)
    for pair in pairs:
        ka = pair // size  # (not divmod: two int operations cost less than its call)
        kb = pair - ka * size
        partners[ka].add(kb)
        partners[kb].add(ka)
    groups = _adopt(groups, second.blind, family, partners, cfg, numbering, pivots,
                    translated, found.sequenced)
    groups = _exchange(groups, second.full, second.blind, family, partners, cfg, numbering,
                       pivots)
    groups = _uncross(groups)
    return Alignment(
        groups=groups,
        parallel=tuple(parallel),
        witnesses=tuple(sorted(family.items())),
        datings=tuple(dating(g, nodes_by_source, cfg.dating_reach) for g in groups),
        entity_weights=tuple(sorted(weights.items())),
    )


@dataclass(frozen=True)
class Translations:
    """What aligning versions by sentences found: the parallel pairs, the candidate pairs
    of aligned-sentence windows, and (when versions are many, aligned against pivots) the
    stars: a pivot's claim with the claims of its translations linked to it, which start
    clustering as one fact; `pivots` are the versions the others were aligned with;
    `sequenced` the pairs of versions (sorted) aligned by sentences and found parallel,
    whose windows hold their candidate pairs."""

    parallel: list[tuple[str, str]]
    candidates: set[PairKey]
    stars: tuple[tuple[Node, ...], ...] = ()
    pivots: tuple[str, ...] = ()
    sequenced: frozenset[tuple[str, str]] = frozenset()


def _translations(nodes_by_source: Mapping[str, Sequence[Node]], scores: _Scores
                  ) -> Translations:
    """Find the versions that are translations of one another, against pivots.

    Versions are taken largest first; each is aligned by sentences with the pivot of every
    family found so far until one is parallel (it joins that family). One that no pivot
    takes is then aligned with the member of each family that states most of its values
    (a family is the versions parallel to one another, directly or not: a version just
    below the bar against the pivot may be a near copy of a member), else it becomes the
    pivot of a new family. So n translations cost about n - 1 sentence alignments, not
    n(n - 1)/2 (up to cfg.pairwise_versions versions, every pair is aligned directly).
    Sequence links are trusted (scores.bonus); a pivot's claim and the claims linked to it
    (through the member, for a version that joined through one) form a star, which
    clustering starts from; the claims a pivot lacks meet through _orphan_pairs. Every
    pair within a family is parallel."""
    cfg = scores.cfg
    if len(nodes_by_source) <= cfg.pairwise_versions:
        return _all_pairs(nodes_by_source, scores)
    order = sorted(nodes_by_source, key=lambda s: (-len(nodes_by_source[s]), s))
    pivots: list[str] = []
    members: dict[str, list[str]] = {}
    through: dict[str, list[tuple[Node, Node]]] = {}
    candidates: set[PairKey] = set()
    sequenced: set[tuple[str, str]] = set()
    hub_of: dict[tuple[str, int], Node] = {}  # a member's claim: the pivot's claim it links
    values = {s: Counter(_value_key(n.claim) for n in ns) for s, ns in nodes_by_source.items()}

    def tries(source: str) -> Iterator[tuple[str, str]]:
        yield from ((pivot, pivot) for pivot in pivots)
        for pivot in pivots:
            others = members[pivot][1:]
            if others:
                mine = values[source]
                yield pivot, max(others, key=lambda m: (mine & values[m]).total())

    for source in order:
        for pivot, partner in tries(source):
            sa, sb = sorted((partner, source))
            seq, window, parallel_pair = _pair_sequence(nodes_by_source[sa],
                                                        nodes_by_source[sb], scores)
            if not parallel_pair:
                continue
            members[pivot].append(source)
            sequenced.add((sa, sb))
            linked = through.setdefault(pivot, [])
            for _, x, y in seq:
                # Sequence links of translations are trusted: lift them above free links.
                scores.bonus[scores.numbering.pair(x, y)] = cfg.parallel_bonus
                mine, theirs = (x, y) if x.source == source else (y, x)
                hub = theirs if partner == pivot else hub_of.get(_key(theirs))
                if hub is not None:
                    linked.append((mine, hub))
                    hub_of[_key(mine)] = hub
            candidates |= window
            break
        else:
            pivots.append(source)
            members[source] = [source]
    parallel: list[tuple[str, str]] = []
    stars: list[tuple[Node, ...]] = []
    for pivot in pivots:
        family = sorted(members[pivot])
        parallel.extend(itertools.combinations(family, 2))
        by_pivot: dict[int, list[Node]] = {}
        for mine, hub in through.get(pivot, []):
            by_pivot.setdefault(hub.index, [hub]).append(mine)
        stars.extend(tuple(star) for _, star in sorted(by_pivot.items()))
    return Translations(sorted(parallel), candidates, tuple(stars), tuple(pivots),
                        frozenset(sequenced))


def _all_pairs(nodes_by_source: Mapping[str, Sequence[Node]], scores: _Scores
               ) -> Translations:
    """_translations by aligning every pair of versions by sentences."""
    sources = sorted(nodes_by_source)
    parallel: list[tuple[str, str]] = []
    candidates: set[PairKey] = set()
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            a, b = nodes_by_source[sa], nodes_by_source[sb]
            seq, window, parallel_pair = _pair_sequence(a, b, scores)
            if parallel_pair:
                parallel.append((sa, sb))
                # Sequence links of translations are trusted: lift them above free links.
                for _, x, y in seq:
                    scores.bonus[scores.numbering.pair(x, y)] = scores.cfg.parallel_bonus
                candidates |= window
    return Translations(parallel, candidates, sequenced=frozenset(parallel))


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


# Each claim's candidate partners, by their numbers (_Numbering.ids)
Partners = Mapping[int, set[int]]


def _fact_index(facts: Sequence[Sequence[Node]], numbering: _Numbering) -> dict[int, int]:
    """Each claim's fact, by the claim's number."""
    ids = numbering.ids
    return {ids[_key(n)]: i for i, fact in enumerate(facts) for n in fact}


def _candidate_facts(node: Node, where: Mapping[int, int], partners: Partners,
                     numbering: _Numbering) -> list[int]:
    """Indexes of the facts holding a candidate partner of the claim, in order."""
    near = partners.get(numbering.ids[(node.source, node.index)])
    if not near:
        return []
    # The partners' facts looked up in C (map), the claims in no fact (None) dropped.
    found = set(map(where.get, near))
    found.discard(None)
    return sorted(found)  # type: ignore[arg-type]


def _adopt(groups: Sequence[tuple[Node, ...]], blind: ScoreOf, family: Mapping[str, str],
           partners: Partners, cfg: AlignConfig, numbering: _Numbering,
           pivots: frozenset[str] = frozenset(),
           translated: frozenset[PairKey] = frozenset(),
           sequenced: frozenset[tuple[str, str]] = frozenset()
           ) -> tuple[tuple[Node, ...], ...]:
    """Give facts the claims their values kept out.

    A claim whose value differs from the others' lacks the evidence agreeing values give,
    and may stay alone although its context places it in a fact: the very discrepancy we
    look for would then go unseen. A lone claim joins a fact (or another lone claim) of
    other versions holding one of its candidate partners when, judged on context alone,
    each is the other's best match, the fit clears cfg.adopt_min, and a known slip explains
    how the values differ (_explained) or the claim is the counterpart, in aligned
    sentences of two translations, of a claim of the fact (`translated`: the sequence links
    of translations), of the same kind: a translation that changed a number (a wrong
    conversion, 74.1% for 71.4%) is the very discrepancy to find.
    """
    facts = [list(g) for g in groups]
    where = _fact_index(facts, numbering)
    counted = Counter((n.source, n.concept) for g in groups for n in g
                      if n.concept is not None and not is_generic(n.concept))
    sole = frozenset(key for key, k in counted.items() if k == 1)
    numbers = Counter(_number_key(n) for g in groups for n in g)
    once = frozenset(key for key, k in numbers.items() if k == 1)
    siblings = _SentenceSiblings.of(facts)
    sibling_of: dict[int, int] = {}  # a lone claim's fact -> its sibling's fact
    candidates: list[tuple[float, int, int]] = []
    for i, lone in enumerate(facts):
        if len(lone) != 1:
            continue
        node = lone[0]
        source = node.source
        sibling = siblings.fact_of(node)
        if sibling is not None:
            sibling_of[i] = sibling
        near = _candidate_facts(node, where, partners, numbering)
        for j in (near if sibling is None or sibling in near else [*near, sibling]):
            fact = facts[j]
            if j == i:
                continue
            for n in fact:  # any claim of the node's version (a loop: no generator)
                if n.source == source:
                    break
            else:
                n = None
            if n is not None:
                continue
            fit = _fit(node, _kin(node, fact, family, sequenced), blind, numbering, family,
                       pivots)
            if j == sibling:
                fit = fit if fit is not None else 0.0
            if fit is not None and (fit >= cfg.adopt_min or _only_one(node, fact, sole)
                                    or _same_sole_number(node, fact, once) or j == sibling):
                candidates.append((fit, i, j))
    # Best fits on both sides, over every candidate: a claim whose best match is a fact
    # it does not fit by value is not handed to its second best.
    best_of_lone: dict[int, float] = {}
    best_of_fact: dict[tuple[int, str], float] = {}
    for fit, i, j in candidates:
        source = facts[i][0].source
        # (max(kept, fit), as max picks: fit only when greater)
        kept = best_of_lone.get(i, fit)
        best_of_lone[i] = fit if fit > kept else kept
        kept = best_of_fact.get((j, source), fit)
        best_of_fact[(j, source)] = fit if fit > kept else kept
    moved: set[int] = set()
    grown: set[int] = set()
    for fit, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        node = facts[i][0]
        if fit < best_of_lone[i] or fit < best_of_fact[(j, node.source)]:
            continue
        if i in moved or i in grown or j in moved:
            continue
        if any(n.source == node.source for n in facts[j]) or not (
                _explained(node.claim, facts[j])
                or _counterpart(node, facts[j], translated, numbering)
                or _only_one(node, facts[j], sole)
                or _same_sole_number(node, facts[j], once)
                or sibling_of.get(i) == j):
            continue
        facts[j].append(node)
        moved.add(i)
        grown.add(j)
    return _ordered(g for i, g in enumerate(facts) if i not in moved)


def _exchange(groups: Sequence[tuple[Node, ...]], scores: ScoreOf, blind: ScoreOf,
              family: Mapping[str, str], partners: Partners, cfg: AlignConfig,
              numbering: _Numbering, pivots: frozenset[str] = frozenset()
              ) -> tuple[tuple[Node, ...], ...]:
    """Let a lone claim take its version's place in a fact when the claim holding it fits
    another fact, and the exchange raises the evidence of the whole.

    When a value changes, a sibling claim with the old value may take the freed place
    (two amounts of $50 million, one changed): the changed claim is left alone and the
    sibling's own fact loses it. The exchange is judged on context alone: each placement
    is worth its fit above cfg.adopt_min, and it is made when the sum grows. The lone claim
    must be explained by a known slip (_explained) and the sibling must fit its new fact
    with its value too (cfg.merge_min), so an exchange adds one conflict at most. Only
    facts holding a candidate partner of the claim placed are considered.
    """
    facts = [list(g) for g in groups]
    where = _fact_index(facts, numbering)
    moves: list[tuple[float, int, int, int]] = []
    explained: Explained = {}  # _explained's comparisons, by pair of values
    # _compared of the claims _explained meets, by claim (the facts keep them alive)
    compared: dict[int, tuple[object, ...]] = {}
    for i, lone in enumerate(facts):
        if len(lone) != 1:
            continue
        node = lone[0]
        near = _candidate_facts(node, where, partners, numbering)
        # Its best place: any fact without its version, or one whose holder it could
        # replace (the holder's agreeing value legitimately won the others).
        best = None
        fits: dict[int, float | None] = {}  # by fact: the claim's fit to its other claims
        rests: dict[int, list[Node]] = {}  # by fact: its claims of other versions
        for j in near:
            fact = facts[j]
            rest = rests[j] = []  # the fact's claims of other versions (a loop)
            for n in fact:
                if n.source != node.source:
                    rest.append(n)
            fit = fits[j] = _fit(node, rest, blind, numbering, family, pivots) \
                if j != i else None
            if fit is not None and (len(rest) == len(fact)
                                    or _explained(node.claim, rest, explained, compared)):
                best = fit if best is None or fit > best else best  # max(best, fit)
        for h in near:
            home = facts[h]
            rest = rests[h]  # the same rest as above (no fact changes in these loops)
            # (a claim of the node's version held there: the rest is shorter than the fact)
            if h == i or len(rest) == len(home) or not rest:
                continue
            fit = fits[h]  # _fit(node, rest, ...), the same rest as above
            if fit is None or fit < cfg.adopt_min or (best is not None and fit < best) or \
                    not _explained(node.claim, rest, explained, compared):
                continue
            sibling = next(n for n in home if n.source == node.source)  # the first held
            kept = _fit(sibling, rest, blind, numbering, family, pivots)
            if kept is None:
                continue
            for k in _candidate_facts(sibling, where, partners, numbering):
                other = facts[k]
                if k in (i, h) or any(n.source == node.source for n in other):
                    continue
                worth = _placement(sibling, other, scores, blind, numbering, family, cfg,
                                   pivots)
                if worth is None:
                    continue
                gain = (fit - cfg.adopt_min) + worth - (kept - cfg.adopt_min)
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
    both ways, so a real discrepancy (which agrees with neither fact) is never moved. A
    claim left alone in the paragraph may take an odd claim's place the same way.
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
    # A claim left alone in the paragraph of such an odd claim that agrees with every other
    # claim of its fact takes its place, and the odd claim stands alone ("Nearly 15,000
    # operations at the five largest hospitals" against 1万5000件近い手術 … 5病院: the other
    # figure of the sentence drew the link). At least two other claims must agree, so a
    # real discrepancy, which no claim of its paragraph repairs, stays.
    alone: dict[tuple[str, str, int], list[int]] = {}
    for j, fact in enumerate(facts):
        if len(fact) == 1:
            lone = fact[0]
            alone.setdefault((lone.source, lone.claim.kind, lone.paragraph), []).append(j)
    for key in sorted(odd):
        for i, x in odd[key]:
            if i in touched or len(facts[i]) < 3:
                continue
            for j in alone.get(key, ()):
                if j not in touched and all_are(facts[j][0], facts[i], "agree"):
                    facts[i] = [n for n in facts[i] if n is not x] + facts[j]
                    facts[j] = [x]
                    touched |= {i, j}
                    break
    return _ordered(_uncross_sides(facts, touched))


def _sides(fact: Sequence[Node]) -> list[list[Node]] | None:
    """The fact's claims in two sides that agree within and conflict across, else None.

    Claims stating one value relate alike to any other (`_compared`), so each side is
    checked once per distinct value it holds: the cost grows with the fact's claims times
    its values, not with the square of its claims (a fact of many versions)."""
    sides: list[list[Node]] = []
    values: list[dict[tuple[object, ...], Claim]] = []  # per side: its values, a claim each
    memo: dict[tuple[tuple[object, ...], tuple[object, ...]], str | None] = {}

    def related(a: Claim, va: tuple[object, ...], b: Claim, vb: tuple[object, ...]
                ) -> str | None:
        if (va, vb) not in memo:
            memo[(va, vb)] = relation(a, b)
        return memo[(va, vb)]

    for node in fact:
        value = _compared(node.claim)
        home = [i for i, held in enumerate(values)
                if all(related(node.claim, value, o, vo) == "agree" for vo, o in held.items())]
        if len(home) > 1:
            return None
        if home:
            sides[home[0]].append(node)
            values[home[0]].setdefault(value, node.claim)
        else:
            sides.append([node])
            values.append({value: node.claim})
    if len(sides) != 2 or any(related(a, va, b, vb) != "conflict"
                              for va, a in values[0].items() for vb, b in values[1].items()):
        return None
    return sides


def _compared(claim: Claim) -> tuple[object, ...]:
    """All of a claim compare.relation reads (and more): its value, not where it stands or
    how it is written. Decimals as written: 71.4 and 71.40 state other precisions."""
    return (claim.kind, str(claim.low), str(claim.high), claim.qualifier, claim.unit,
            claim.date, claim.relative, claim.anchor, claim.floating)


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


def _placement(node: Node, fact: Sequence[Node], scores: ScoreOf, blind: ScoreOf,
               numbering: _Numbering, family: Mapping[str, str], cfg: AlignConfig,
               pivots: frozenset[str] = frozenset()) -> float | None:
    """What placing a claim in a fact is worth above the bar it must clear (None: it
    may not go there)."""
    fit = _fit(node, fact, blind, numbering, family, pivots)
    full = _fit(node, fact, scores, numbering, family, pivots)
    if fit is None or full is None or fit < cfg.adopt_min or full < cfg.merge_min:
        return None
    return fit - cfg.adopt_min


def _number_key(node: Node) -> tuple[object, ...]:
    """A claim's version and number, whatever its unit ("3,2 milliards d'euros" and "$3.2
    billion" state one number; a count's noun is a word of its language)."""
    claim = node.claim
    return node.source, _kind_group(claim), claim.low, claim.high, claim.date


def _same_sole_number(node: Node, fact: Sequence[Node],
                      once: frozenset[tuple[object, ...]]) -> bool:
    """A specific number (two significant digits or more) that the claim's version states
    once, and that two or more claims of the fact state, each once in its version, in the
    same unit or as amounts of money: one figure, wherever each version tells it (an
    independent article's moved paragraph), its currency swapped or not."""
    claim = node.claim
    if claim.kind == "date":
        return _same_sole_date(node, fact, once)
    value = claim.low if claim.low is not None else claim.high
    if value is None or len(mantissa(value)) < 2 or _number_key(node) not in once:
        return False
    same = [o for o in fact if (o.claim.low, o.claim.high) == (claim.low, claim.high)
            and _kind_group(o.claim) == _kind_group(claim) and _number_key(o) in once
            and (o.claim.unit == claim.unit or claim.kind == o.claim.kind == "money")]
    return len(same) >= 2 and len(same) * 2 > len(fact)


def _same_sole_date(node: Node, fact: Sequence[Node],
                    once: frozenset[tuple[object, ...]]) -> bool:
    """The same for a written date (not a relative one, whose value hangs on its anchor):
    a date its version states once, that most claims of the fact state as written, each
    once in its version, is one date however each version words it ("vers l'an 650" in
    an independent version, "about 650 A.D." in the translations)."""
    claim = node.claim
    if claim.date is None or claim.relative is not None or _number_key(node) not in once:
        return False
    same = [o for o in fact if o.claim.kind == "date" and o.claim.date == claim.date
            and o.claim.relative is None and _number_key(o) in once]
    return len(same) >= 2 and len(same) * 2 > len(fact)


@dataclass(frozen=True)
class _SentenceSiblings:
    """Sentences of two versions that another fact already pairs (a claim of each in one
    fact: "48 hours" and "48小时"), and, per sentence, its claims of a kind (a measure's
    dimension too) when it holds one alone. A lone claim alone of its kind in its sentence
    is the counterpart of the one claim of that kind in a paired sentence: "530
    millimetres" beside "48 hours" is the "350毫米" beside "48小时", whatever its value, in
    versions that order their sentences differently (where no sequence of aligned
    sentences links them). Not dates: a sentence often holds several."""

    # (source, sentence start) -> the (source, sentence start) of the sentences paired
    paired: Mapping[tuple[str, int], frozenset[tuple[str, int]]]
    # (source, sentence start, kind key) -> the fact of the one claim of that kind there
    alone: Mapping[tuple[str, int, str], int]

    @classmethod
    def of(cls, facts: Sequence[Sequence[Node]]) -> _SentenceSiblings:
        paired: dict[tuple[str, int], set[tuple[str, int]]] = {}
        kinds: Counter[tuple[str, int, str]] = Counter()
        fact_of: dict[tuple[str, int, str], int] = {}
        for j, fact in enumerate(facts):
            places = {(n.source, n.claim.sentence_start) for n in fact}
            if len(places) > 1:
                for place in places:
                    paired.setdefault(place, set()).update(places - {place})
            for n in fact:
                key = (n.source, n.claim.sentence_start, _kind_key(n.claim))
                kinds[key] += 1
                fact_of[key] = j
        alone = {key: j for key, j in fact_of.items() if kinds[key] == 1 and key[2]}
        return cls({k: frozenset(v) for k, v in paired.items()}, alone)

    def fact_of(self, node: Node) -> int | None:
        """The fact of the lone claim's one counterpart in a paired sentence, if exactly
        one paired sentence holds one."""
        kind = _kind_key(node.claim)
        place = (node.source, node.claim.sentence_start)
        if not kind or (*place, kind) not in self.alone:
            return None
        found = {self.alone[key] for other in self.paired.get(place, ())
                 if (key := (*other, kind)) in self.alone}
        return found.pop() if len(found) == 1 else None


def _kind_key(claim: Claim) -> str:
    """What a counterpart must share: the kind, a measure's dimension ("" for dates)."""
    if claim.kind == "date":
        return ""
    if claim.kind == "quantity" and claim.unit:
        return f"quantity {dimension(claim.unit)}"
    return claim.kind


def _only_one(node: Node, fact: Sequence[Node],
              sole: frozenset[tuple[str, str | None]]) -> bool:
    """The claim and every claim of the fact count one specific thing (the dead, the
    injured: a concept of the lexicon, not a generic one) that each of their versions
    counts only once: whatever their values, they speak of one figure ("more than 1,300
    injured" and "3,100 blessés"), so a different value is a discrepancy to report."""
    concept = node.concept
    return (concept is not None and (node.source, concept) in sole
            and all(o.concept == concept and (o.source, concept) in sole for o in fact))


def _counterpart(node: Node, fact: Sequence[Node], translated: frozenset[PairKey],
                 numbering: _Numbering) -> bool:
    """The claim is linked in sequence (aligned sentences of translations) to a claim of the
    fact of its own kind, not a date (a sentence often holds several), whose value is near
    its own (within COUNTERPART_RATIO: a mistranslated number, not another one) or differs
    from it by a known slip (_slipped_value: 100 for 200, 10 for 1, a figure miscopied)."""
    return node.claim.kind != "date" and any(
        o.claim.kind == node.claim.kind and numbering.pair(node, o) in translated
        and (_near_values(node.claim, o.claim) or _slipped_value(node.claim, o.claim))
        for o in fact)


# Two values of translated claims this close are one figure mistranslated (74.1% for
# 71.4%, a conversion at a wrong factor); further apart, more likely two other figures.
COUNTERPART_RATIO = 1.5


def _near_values(a: Claim, b: Claim) -> bool:
    x = a.low if a.low is not None else a.high
    y = b.low if b.low is not None else b.high
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    if a.kind == "quantity" and a.unit and b.unit and a.unit != b.unit:
        x = convert(x, a.unit, b.unit)
    return max(x, y) <= min(x, y) * Decimal(str(COUNTERPART_RATIO))


# What _explained found of two values (_compared): (relation, is_slip or None when not
# asked), by the pair of values, kept for a run's adoption and exchange.
Explained = dict[tuple[tuple[object, ...], tuple[object, ...]], list[Any]]


def _explained(claim: Claim, fact: Sequence[Node], memo: Explained | None = None,
               compared: dict[int, tuple[object, ...]] | None = None) -> bool:
    """The claim's value conflicts with the fact's in a way a known slip explains (a power
    of ten, a digit, a currency, a shifted year...). A claim that agrees lost nothing by
    its value; a different number with no such relation more likely belongs elsewhere.
    (Compared once per value the fact states: a fact of many versions states few; with
    `memo`, once per pair of values in all calls that share it: exchange asks of one lone
    claim against the facts near it, which state the same values again and again.
    `compared`: _compared of the claims met, by claim (its id: the caller keeps the
    claims alive while it keeps this), for calls that meet the same claims again.)"""
    memo = {} if memo is None else memo
    mine: tuple[object, ...] | None
    if compared is None:
        mine = _compared(claim)
    else:
        mine = compared.get(id(claim))
        if mine is None:
            mine = compared[id(claim)] = _compared(claim)
    conflicts = []
    for other in fact:
        theirs: tuple[object, ...] | None
        if compared is None:
            theirs = _compared(other.claim)
        else:
            theirs = compared.get(id(other.claim))
            if theirs is None:
                theirs = compared[id(other.claim)] = _compared(other.claim)
        key = (mine, theirs)
        found = memo.get(key)
        if found is None:
            found = memo[key] = [relation(claim, other.claim), None]
        if found[0] == "conflict":
            conflicts.append((other.claim, found))
    if not conflicts:
        return False
    for other_claim, found in conflicts:  # all(is_slip(...)), in order, each asked once
        if found[1] is None:
            found[1] = is_slip(claim, other_claim)
        if not found[1]:
            return False
    return True


def _kin(node: Node, fact: Sequence[Node], family: Mapping[str, str],
         sequenced: frozenset[tuple[str, str]] = frozenset()) -> Sequence[Node]:
    """The claims of the fact in the claim's own family of translations, when it has any
    (else all of them): where a lone claim belongs, its translations' claims in aligned
    sentences say best; an independent version's claim is in the fact by its own links to
    them, and its context (another order, other words) must not keep a changed value of
    a translation out of the fact. Within the family, the versions aligned by sentences
    with the claim's own (`sequenced`, sorted pairs) speak first: a family joined through
    a third version was never aligned with it, so its claims' plain context says little."""
    source = node.source
    own = family.get(source, source)
    kin = []  # (plain loops: no comprehension made per claim and fact)
    direct = []
    for n in fact:
        if family.get(n.source, n.source) == own:
            kin.append(n)
            # (min(...), max(...) of the two sources, without the calls)
            if ((source, n.source) if source < n.source else (n.source, source)) \
                    in sequenced:
                direct.append(n)
    return direct or kin or fact


def _fit(node: Node, fact: Sequence[Node], scores: ScoreOf, numbering: _Numbering,
         family: Mapping[str, str], pivots: frozenset[str] = frozenset()) -> float | None:
    """Average fit of one claim to a fact over witnesses (as in _Run.linkage, which also
    reads only the claims of pivot versions when there are pivots and the fact has any)."""
    by_witness: dict[str, list[float]] = {}
    on_pivots = [n for n in fact if n.source in pivots] if pivots else []
    ids, size = numbering.ids, numbering.size
    mine = ids[(node.source, node.index)]
    others = on_pivots or fact
    if len(others) == 1:  # one claim (a lone fact): _witness_mean of its one score
        theirs = ids[(others[0].source, others[0].index)]
        # (_Numbering.pair, in place)
        score = scores(mine * size + theirs if mine <= theirs else theirs * size + mine)
        return None if score is None else (0 + score) / 1
    for other in others:
        theirs = ids[(other.source, other.index)]
        score = scores(mine * size + theirs if mine <= theirs else theirs * size + mine)
        if score is None:
            return None
        witness = family.get(other.source, other.source)
        kept = by_witness.get(witness)
        if kept is None:
            by_witness[witness] = [score]
        else:
            kept.append(score)
    return _witness_mean(by_witness.values())


def dating(group: Sequence[Node], nodes_by_source: Mapping[str, Sequence[Node]],
           reach: int) -> tuple[Node, ...]:
    """The date claims that place a fact's claims in time, one per version, when they
    stand close enough (same sentence, paragraph, or a topic date up to `reach` - 1
    paragraphs back). Comparing them tells whether the versions date the fact alike."""
    found = []
    for node in group:
        if node.claim.kind == "date" or node.dated_by is None or node.dated_distance > reach:
            continue
        found.append(nodes_by_source[node.source][node.dated_by])
    return tuple(found)


def _cluster(nodes: Sequence[Node], pairs: Sequence[PairKey], scores: ScoreOf,
             family: Mapping[str, str], cfg: AlignConfig,
             stars: Sequence[Sequence[Node]] = (), pivots: frozenset[str] = frozenset(),
             seed_score: Callable[[PairKey, float], float | None] | None = None,
             numbering: _Numbering | None = None) -> tuple[tuple[Node, ...], ...]:
    """Average-linkage agglomeration: repeatedly merge the two facts whose claims are, on
    average, most alike, while that average stays above cfg.merge_min and no version would
    contribute two claims. A newcomer must fit all of a fact's claims, not just one. Merges
    are seeded by the candidate `pairs`; linkage reads any pair it needs.

    Translations are linked first, among themselves: their sequence links are the
    surest evidence, and a claim whose changed value weakened its link must still find
    its siblings before another version dilutes their fact. Then the other versions
    join facts of translations on their average fit; only then are the remaining claims
    linked among themselves. Otherwise one strong link between two independent versions
    could settle a claim before the translations showed where it fits better.
    (`numbering`: the run's, made of `nodes` when not given; `pairs` are its pairs.)"""
    numbering = numbering or _Numbering.of(nodes)
    ids, size = numbering.ids, numbering.size
    keys = [ids[_key(n)] for n in nodes]  # each claim's number
    members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
    position = {k: i for i, k in enumerate(keys)}
    for star in stars:
        # Translations linked to one pivot claim start as one fact.
        first, *rest = (position[ids[_key(n)]] for n in star)
        for i in rest:
            members[first].extend(members.pop(i))
    sizes = Counter(family.values())
    anchored = {i for i, n in enumerate(nodes) if sizes[family.get(n.source, n.source)] > 1}
    witness = [family.get(n.source, n.source) for n in nodes]

    def siblings(xs: Sequence[int]) -> bool:
        # len({witness[i] for i in xs}) == 1, as a loop (no comprehension per call)
        one = witness[xs[0]]
        for i in xs:
            if witness[i] != one:
                return False
        return xs[0] in anchored

    def joins_translations(xs: Sequence[int]) -> bool:
        return not anchored.isdisjoint(xs)  # any(i in anchored ...), in C

    index = position
    # `seed_score(pair, floor)`: the pair's score, or None when it cannot reach the floor
    # (_Scores.seed: the same seeds, without scoring in full the pairs that cannot).
    seed_of = seed_score if seed_score is not None else lambda key, _: scores(key)
    seeds = []
    floor = cfg.merge_min
    get = index.get
    for pair in pairs:
        at_a = get(pair // size)
        if at_a is None:
            continue
        at_b = get(pair % size)
        if at_b is None:
            continue
        score = seed_of(pair, floor)
        if score is not None and score >= floor:
            seeds.append((at_a, at_b, score))
    run = _Run(nodes, keys, size, witness, scores, cfg.merge_min, pivots)
    run.agglomerate(members, seeds, siblings)
    run.agglomerate(members, seeds, joins_translations)
    run.agglomerate(members, seeds, None)
    return _ordered([list(map(nodes.__getitem__, g)) for g in members.values()])


def _ordered(groups: Iterable[Sequence[Node]]) -> tuple[tuple[Node, ...], ...]:
    """Facts in text order, each with its claims in version order."""
    out = [tuple(sorted(g, key=_SOURCE)) for g in groups]
    return tuple(sorted(out, key=_text_order))


def _text_order(group: Sequence[Node]) -> tuple[int, str]:
    """A fact's place in _ordered: its first claim's start (min, as a loop: no generator
    per fact), then its first version."""
    first = group[0].claim.start
    for n in group:
        if n.claim.start < first:
            first = n.claim.start
    return first, group[0].source


@dataclass(frozen=True)
class _Run:
    """What the agglomeration passes of one clustering share."""

    nodes: Sequence[Node]
    keys: Sequence[int]  # each claim's number (_Numbering.ids)
    size: int  # _Numbering.size: a pair of numbers a < b is a * size + b
    witness: Sequence[str]
    scores: ScoreOf
    merge_min: float
    # With many versions (stars), linkage reads only the pairs that involve a pivot
    # version's claim, when there are any: the others stand for their pivot's family.
    pivots: frozenset[str] = frozenset()

    def agglomerate(self, members: dict[int, list[int]],
                    seeds: Sequence[tuple[int, int, float]],
                    admits: Callable[[Sequence[int]], bool] | None) -> None:
        """Merge clusters in place (UPGMA); with `admits`, only merges whose union it
        admits. Only clusters linked by a seed pair are ever compared."""
        nodes = self.nodes
        sources = {c: set(map(_SOURCE, map(nodes.__getitem__, m)))  # (in C, no setcomp)
                   for c, m in members.items()}
        cluster_of = {i: c for c, m in members.items() for i in m}
        # Each cluster's claims of pivot versions, in member order, kept as clusters merge:
        # linkage reads them for every pair of clusters it compares, and a fact of many
        # versions has one or a few among many members.
        pivots = self.pivots
        on_pivot = {c: [i for i in m if nodes[i].source in pivots]
                    for c, m in members.items()} if pivots else {}

        def linkage(a: int, b: int) -> float | None:
            if not pivots:
                return self.linkage(members[a], members[b])
            return self.linkage(members[a], members[b], on_pivot[a], on_pivot[b])

        def allowed(a: int, b: int) -> bool:
            return admits is None or admits([*members[a], *members[b]])

        totals: dict[tuple[int, int], float] = {}
        linked: dict[int, set[int]] = {}
        for x, y, _ in seeds:
            a, b = cluster_of[x], cluster_of[y]  # sorted, without the call
            if b < a:
                a, b = b, a
            if a == b or (a, b) in totals or not allowed(a, b):
                continue
            value = linkage(a, b)
            if value is not None and value >= self.merge_min:
                totals[(a, b)] = value
                linked.setdefault(a, set()).add(b)
                linked.setdefault(b, set()).add(a)
        heap = [(-total, a, b) for (a, b), total in totals.items()]
        heapq.heapify(heap)
        while heap:
            neg, a, b = heapq.heappop(heap)
            if a not in members or b not in members or (a, b) not in totals:
                continue
            if abs(-neg - totals[(a, b)]) > 1e-12 or sources[a] & sources[b] \
                    or not allowed(a, b):
                continue
            mean = linkage(a, b)
            if mean is None or mean < self.merge_min:
                continue
            members[a].extend(members.pop(b))
            if pivots:
                on_pivot[a].extend(on_pivot.pop(b))
            sources[a] |= sources.pop(b)
            near = (linked.get(a, set()) | linked.pop(b, set())) - {a, b}
            for other in sorted(near):
                linked.get(other, set()).discard(b)
                if other not in members or sources[a] & sources[other]:
                    continue
                pair = (a, other) if a < other else (other, a)  # (min, max): a != other
                value = linkage(a, other)
                if value is not None and value >= self.merge_min and allowed(*pair):
                    totals[pair] = value
                    linked.setdefault(a, set()).add(other)
                    linked.setdefault(other, set()).add(a)
                    heapq.heappush(heap, (-value, pair[0], pair[1]))
                else:
                    totals.pop(pair, None)

    def linkage(self, xs: Sequence[int], ys: Sequence[int],
                on_x: Sequence[int] | None = None, on_y: Sequence[int] | None = None
                ) -> float | None:
        """Average linkage over witnesses: for each pair of witness families, the median
        of their claims' pair scores; then the mean over family pairs. Within one family
        of translations the median speaks for it, so one mistranslated (or changed)
        value, the very discrepancy we look for, neither pushes an agreeing claim away
        nor pulls a wrong one in."""
        nodes, pivots = self.nodes, self.pivots
        if pivots:
            # `on_x`, `on_y`: the claims of pivot versions among xs and ys, in order, when
            # the caller keeps them.
            if on_x is None:
                on_x = [x for x in xs if nodes[x].source in pivots]
            if on_y is None:
                on_y = [y for y in ys if nodes[y].source in pivots]
            if on_x or on_y:
                pairs = ([(x, y) for x in xs for y in on_y] if on_y else []) + \
                    [(x, y) for x in on_x for y in ys if nodes[y].source not in pivots]
                return self._mean(pairs)
        # every pair, in order, made in C (itertools.product: no loop per linkage)
        return self._mean(list(itertools.product(xs, ys)))

    def _mean(self, pairs: Sequence[tuple[int, int]]) -> float | None:
        keys, size, witness = self.keys, self.size, self.witness
        if len(pairs) == 1:  # two lone claims (most linkages): _witness_mean of one score
            a, b = keys[pairs[0][0]], keys[pairs[0][1]]
            score = self.scores(a * size + b if a <= b else b * size + a)  # _Numbering.pair
            return None if score is None else (0 + score) / 1
        by_pair: dict[tuple[str, str], list[float]] = {}
        for x, y in pairs:
            a, b = keys[x], keys[y]
            score = self.scores(a * size + b if a <= b else b * size + a)
            if score is None:
                return None
            kept = by_pair.get((witness[x], witness[y]))
            if kept is None:
                by_pair[(witness[x], witness[y])] = [score]
            else:
                kept.append(score)
        return _witness_mean(by_pair.values())


def _witness_mean(scores: Collection[list[float]]) -> float | None:
    """The median score of each witness (or pair of witnesses), averaged (as
    sum(generator) / len: the same floats, without a generator frame)."""
    if not scores:
        return None
    # sum(map(median, scores)), as a loop: sum adds floats one by one from its int 0 (the
    # same floats), and median is called from Python, not from C (map) per witness.
    total: float = 0
    for witness in scores:
        total += witness[0] if len(witness) == 1 else median(witness)  # (median of one)
    return total / len(scores)

