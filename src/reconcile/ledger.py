"""The reviewed-claims ledger of a story: snapshot, load, merge, save; check = current − reviewed.

A ledger records, per fact, what each version states (surface and normalized value) and the
review fields a person edits. Entries are keyed by content (fact id, source, normalized value),
never by offsets or line numbers, and hold no timestamps: unchanged text gives a byte-identical
file (detect-secrets' baseline is the model).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from reconcile.errors import LedgerError
from reconcile.model import (
    REVIEW_STATES,
    BaselineState,
    Claim,
    DiffResult,
    FactReview,
    ReviewState,
)
from reconcile.numbers import plain
from reconcile.project import project_root
from reconcile.textpos import Positions

SCHEMA = 1
LEDGER_DIR = "claims"
LEDGER_SUFFIX = ".ledger.json"
ABSENT = "absent"  # the status of a retired fact kept only for its review fields
DISCREPANCIES = ("conflict", "soft")
PASSING_REVIEWS: tuple[ReviewState, ...] = ("accepted", "false-alarm")



@dataclass(frozen=True)
class Mention:
    """What one version states of a fact; line/column locate it now and are not stored."""

    source: str
    surface: str
    value: str
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class LedgerFact:
    """One fact as recorded (or as observed now, in a snapshot)."""

    id: str
    kind: str
    label: str
    status: str
    code: str | None
    mentions: tuple[Mention, ...]
    review: ReviewState = "unreviewed"
    note: str = ""
    # The versions that disagree with the rest (observed, never stored: it is derived).
    outliers: tuple[str, ...] = ()

    def value_of(self, source: str) -> Mention | None:
        return next((m for m in self.mentions if m.source == source), None)


@dataclass(frozen=True)
class Ledger:
    """The facts of one story. `path` is the story folder (relative to the project root in a
    ledger file, as given in a snapshot); `sources` maps source id → file name."""

    story: str
    path: str
    sources: tuple[tuple[str, str], ...]
    facts: tuple[LedgerFact, ...]

    def fact(self, fact_id: str) -> LedgerFact | None:
        return next((f for f in self.facts if f.id == fact_id), None)


@dataclass(frozen=True)
class Problem:
    """One reason `reconcile check` fails, located in a version's file."""

    path: str
    line: int
    column: int
    fact_id: str
    message: str

    def render(self) -> str:
        return (f"{self.path}:{self.line}:{self.column}: {self.fact_id}: {self.message}; "
                f"accept it with: reconcile accept {self.fact_id}")


# --- the current state of a story ----------------------------------------------------------


def value_text(claim: Claim) -> str:
    """A claim's normalized value as one comparable string: 'gt 1900000 USD', 'eq 2016-12',
    'range 100000..200000 USD'."""
    if claim.date:
        return f"{claim.qualifier} {claim.date}"
    bounds = [plain(v) for v in (claim.low, claim.high) if v is not None]
    shown = bounds[0] if len(set(bounds)) == 1 else "..".join(bounds) or "?"
    return f"{claim.qualifier} {shown}" + (f" {claim.unit}" if claim.unit else "")


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def snapshot(result: DiffResult, story_path: str) -> Ledger:
    """The ledger view of a diff: every fact with what each version states, and where."""
    texts = {s.source_id: s.document.text for s in result.sources if s.document is not None}
    # A version extracted from a page (HTML, Markdown) is located in the page itself.
    mapped = {s.source_id: Positions.of(s.document.text, s.document.source_map)
              for s in result.sources
              if s.document is not None and s.document.source_map is not None}
    facts = []
    for fact in result.facts:
        mentions = []
        for claim in fact.claims:
            sid = claim.source or ""
            line, column = (mapped[sid].position(claim.start) if sid in mapped
                            else _line_column(texts.get(sid, ""), claim.start))
            mentions.append(Mention(sid, claim.surface, value_text(claim), line, column))
        facts.append(LedgerFact(fact.id, fact.kind, fact.label, fact.status,
                                fact.verdict.code,
                                tuple(sorted(mentions, key=lambda m: m.source)),
                                outliers=fact.verdict.outliers))
    sources = tuple(sorted((s.source_id, Path(s.path).name) for s in result.sources))
    return Ledger(result.story, story_path, sources, tuple(sorted(facts, key=lambda f: f.id)))


# --- matching current facts to recorded ones -----------------------------------------------


def _same_base(a: str, b: str) -> bool:
    """Ids that differ only in their last part (the value that told colliding facts apart)."""
    head_a, _, tail_a = a.rpartition("-")
    head_b, _, tail_b = b.rpartition("-")
    return bool(head_a) and head_a == head_b and tail_a != tail_b


def _content_score(now: LedgerFact, old: LedgerFact) -> int:
    if now.kind != old.kind:
        return 0
    same = 0
    for mention in now.mentions:
        was = old.value_of(mention.source)
        if was is not None and (was.value == mention.value or was.surface == mention.surface):
            same += 1
    if same:
        return 2 * same
    shared = {m.source for m in now.mentions} & {m.source for m in old.mentions}
    return 1 if shared and _same_base(now.id, old.id) else 0


def match(current: Sequence[LedgerFact], recorded: Sequence[LedgerFact]) -> dict[str, str]:
    """Current fact id → recorded fact id: by id first, then by content (a fact whose id
    changed, because its value or its entities did, is found again before it is declared
    gone). Deterministic: best score first, ties by ids."""
    known = {f.id: f for f in recorded}
    pairs = {f.id: f.id for f in current if f.id in known}
    left_now = [f for f in current if f.id not in pairs]
    taken = set(pairs.values())
    left_old = [f for f in recorded if f.id not in taken]
    scored = sorted(((-_content_score(n, o), n.id, o.id) for n in left_now for o in left_old),
                    key=lambda t: t)
    used_now: set[str] = set()
    for score, now_id, old_id in scored:
        if score == 0:
            break
        if now_id in used_now or old_id in taken:
            continue
        pairs[now_id] = old_id
        used_now.add(now_id)
        taken.add(old_id)
    return pairs


def _baseline_state(now: LedgerFact, old: LedgerFact | None) -> BaselineState:
    if old is None:
        return "new"
    before = {(m.source, m.value) for m in old.mentions}
    after = {(m.source, m.value) for m in now.mentions}
    return "unchanged" if before == after and now.id == old.id else "updated"


def reviews(current: Ledger, ledger: Ledger | None) -> dict[str, FactReview]:
    """What the ledger says of each current fact (new / unchanged / updated, with its review),
    and of each recorded fact the text no longer states (absent), keyed by fact id."""
    recorded = ledger.facts if ledger is not None else ()
    known = {f.id: f for f in recorded}
    pairs = match(current.facts, recorded)
    out: dict[str, FactReview] = {}
    for fact in current.facts:
        old = known.get(pairs.get(fact.id, ""))
        state = _baseline_state(fact, old)
        out[fact.id] = FactReview(fact.id, state, old.review if old else "unreviewed",
                                  old.note if old else "")
    matched = set(pairs.values())
    for old in recorded:
        if old.id not in matched and old.id not in out and old.status != ABSENT:
            out[old.id] = FactReview(old.id, "absent", old.review, old.note)
    return out


def diff_review(result: DiffResult, ledger: Ledger | None) -> dict[str, FactReview]:
    """`reviews` for a diff result (what the report formats show as baselineState)."""
    return reviews(snapshot(result, result.story), ledger)


# --- merging (baseline, accept) ------------------------------------------------------------


def merge(ledger: Ledger | None, current: Ledger, story_path: str) -> Ledger:
    """The ledger updated to the current text: values refreshed, facts added and retired,
    review fields and notes kept (a retired fact someone reviewed stays, as absent)."""
    recorded = ledger.facts if ledger is not None else ()
    known = {f.id: f for f in recorded}
    pairs = match(current.facts, recorded)
    facts = []
    for fact in current.facts:
        old = known.get(pairs.get(fact.id, ""))
        bare = _stored(fact)
        facts.append(replace(bare, review=old.review, note=old.note) if old else bare)
    matched = set(pairs.values())
    for old in recorded:
        if old.id not in matched and (old.review != "unreviewed" or old.note):
            facts.append(replace(old, status=ABSENT, mentions=()))
    return replace(current, path=story_path, facts=tuple(sorted(facts, key=lambda f: f.id)))


def _stored(fact: LedgerFact) -> LedgerFact:
    return replace(fact, outliers=(), mentions=tuple(Mention(m.source, m.surface, m.value)
                                        for m in fact.mentions))


def accept(ledger: Ledger, current: Ledger, fact_id: str, note: str | None,
           review: ReviewState = "accepted") -> Ledger:
    """The ledger with one fact (a current id, or a recorded one) set to `review` at its
    current values; a recorded fact the text no longer states is retired. Other entries are
    left as they are. Raises LedgerError for an id neither side knows."""
    pairs = match(current.facts, ledger.facts)
    now = current.fact(fact_id)
    old_id = pairs.get(fact_id) if now is not None else fact_id
    if now is None:
        back = {v: k for k, v in pairs.items()}
        if fact_id in back:
            now = current.fact(back[fact_id])
    old = ledger.fact(old_id) if old_id else None
    if now is None and old is None:
        raise LedgerError(f"no fact {fact_id!r} in story {ledger.story!r} "
                          "(see `reconcile check` or `reconcile diff` for fact ids)")
    chosen = [now] if now is not None else []
    if old is not None:
        # The version whose value changed may now stand in a fact of its own: record it too.
        new = [f for f in current.facts if f.id not in pairs and f not in chosen]
        for mention in old.mentions:
            if now is None or now.value_of(mention.source) is None:
                moved = _moved_to(old, mention.source, new)
                if moved is not None:
                    new.remove(moved)
                    chosen.append(moved)
    replaced = {old_id, *(f.id for f in chosen)}
    keep = [f for f in ledger.facts if f.id not in replaced]
    text = note if note is not None else (old.note if old else "")
    keep.extend(replace(_stored(f), review=review, note=text) for f in chosen)
    return replace(ledger, facts=tuple(sorted(keep, key=lambda f: f.id)))


# --- check ---------------------------------------------------------------------------------


def check(current: Ledger, ledger: Ledger, folder: str) -> tuple[Problem, ...]:
    """Why the current text does not match the reviewed ledger; empty when it does: every
    recorded value still stated, and every discrepancy reviewed as accepted or false alarm."""
    files = dict(current.sources) | dict(ledger.sources)

    def where(source: str) -> str:
        return str(Path(folder) / files.get(source, source))

    known = {f.id: f for f in ledger.facts}
    pairs = match(current.facts, ledger.facts)
    problems: list[Problem] = []
    gone: list[tuple[str, LedgerFact, Mention]] = []  # (fact id now, recorded fact, mention)
    for fact in current.facts:
        old = known.get(pairs.get(fact.id, ""))
        for mention in fact.mentions:
            was = old.value_of(mention.source) if old else None
            at = (where(mention.source), mention.line, mention.column, fact.id)
            if was is not None and was.value != mention.value:
                problems.append(Problem(*at, _changed(fact.label, mention, was)))
            elif was is None and old is not None and old.status != ABSENT \
                    and fact.status in DISCREPANCIES \
                    and (not fact.outliers or mention.source in fact.outliers):
                # A new version that sides with the majority of a reviewed discrepancy
                # adds nothing to review; one that is an outlier (or no majority) does.
                problems.append(Problem(*at, f"{fact.label}: {mention.source} now states "
                                        f"{mention.surface!r} ({mention.value}), a "
                                        f"{fact.status} the ledger has not seen"))
        if old is not None and old.status != ABSENT:
            gone.extend((fact.id, old, m) for m in old.mentions
                        if fact.value_of(m.source) is None)
    matched = set(pairs.values())
    gone.extend((old.id, old, m) for old in ledger.facts
                if old.id not in matched and old.status != ABSENT for m in old.mentions)
    new = [f for f in current.facts if f.id not in pairs]
    for fact_id, old, mention in gone:
        # A value that changed often moves its claim into a fact of its own (the versions
        # no longer align): report it as the change it is, where the new value stands.
        moved = _moved_to(old, mention.source, new)
        if moved is not None:
            new.remove(moved)
            now = moved.value_of(mention.source)
            assert now is not None
            if now.value == mention.value:  # regrouped by alignment, same value: no change
                continue
            problems.append(Problem(where(mention.source), now.line, now.column, fact_id,
                                    _changed(old.label, now, mention)))
        else:
            problems.append(Problem(where(mention.source), 1, 1, fact_id,
                                    f"{old.label}: {mention.source} no longer states "
                                    f"{mention.surface!r} ({mention.value})"))
    reported = {p.fact_id for p in problems}
    for fact in current.facts:
        old = known.get(pairs.get(fact.id, ""))
        review = old.review if old else "unreviewed"
        if fact.status in DISCREPANCIES and review not in PASSING_REVIEWS \
                and fact.id not in reported:
            problems.append(_unreviewed(fact, old is not None, review, where,
                                        frozenset(dict(ledger.sources))))
    return tuple(sorted(problems, key=lambda p: (p.path, p.line, p.column, p.fact_id)))


def _changed(label: str, now: Mention, was: Mention) -> str:
    return (f"{label}: {now.source} changed since the ledger: {was.surface!r} ({was.value}) "
            f"→ {now.surface!r} ({now.value})")


def _unreviewed(fact: LedgerFact, known: bool, review: str, where: Callable[[str], str],
                recorded_sources: frozenset[str]) -> Problem:
    # Point at the version to look at: an outlier, else a version the ledger has not seen.
    first = next((m for m in fact.mentions if m.source in fact.outliers),
                 next((m for m in fact.mentions if m.source not in recorded_sources),
                      fact.mentions[0]))
    why = {"unreviewed": "not reviewed" if known else "new, not in the ledger",
           "confirmed-error": "confirmed error, still present"}[review]
    values = ", ".join(f"{m.source} {m.surface!r} ({m.value})" for m in fact.mentions)
    code = f" {fact.code}" if fact.code else ""
    return Problem(where(first.source), first.line, first.column, fact.id,
                   f"{fact.status}{code} {fact.label} ({why}): {values}")


def _id_tokens_shared(a: str, b: str) -> int:
    shared = 0
    for x, y in zip(a.split("-"), b.split("-"), strict=False):
        if x != y:
            break
        shared += 1
    return shared


def _moved_to(old: LedgerFact, source: str, new: Sequence[LedgerFact]) -> LedgerFact | None:
    """The unrecorded fact that now holds `source`'s claim of a recorded fact: same kind, and
    an id that agrees on kind and time at least (the most shared id parts win)."""
    candidates = [(_id_tokens_shared(f.id, old.id), f.id, f) for f in new
                  if f.kind == old.kind and f.value_of(source) is not None]
    best = max(candidates, key=lambda c: (c[0], c[1]), default=None)
    return best[2] if best is not None and best[0] >= 2 else None


# --- files ---------------------------------------------------------------------------------


def find_ledger(story_folder: Path, story_id: str) -> Path | None:
    """claims/<story>.ledger.json in the story folder or the nearest ancestor that has one,
    up to the project root."""
    root = project_root(story_folder)
    for folder in (story_folder.resolve(), *story_folder.resolve().parents):
        candidate = folder / LEDGER_DIR / f"{story_id}{LEDGER_SUFFIX}"
        if candidate.is_file():
            return candidate
        if folder == root:
            break
    return None


def default_ledger_path(story_folder: Path, story_id: str) -> Path:
    """Where a new ledger goes: claims/<story>.ledger.json at the project root."""
    return project_root(story_folder) / LEDGER_DIR / f"{story_id}{LEDGER_SUFFIX}"


def dumps(ledger: Ledger) -> str:
    """The ledger as JSON: sorted keys, one value per line, no timestamps; byte-stable."""
    document = {
        "schema": SCHEMA,
        "story": ledger.story,
        "path": ledger.path,
        "sources": dict(ledger.sources),
        "facts": {
            f.id: {
                "kind": f.kind,
                "label": f.label,
                "status": f.status,
                "code": f.code,
                "review": f.review,
                "note": f.note,
                "values": {m.source: {"surface": m.surface, "value": m.value}
                           for m in f.mentions},
            }
            for f in ledger.facts
        },
    }
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def save(path: Path, ledger: Ledger) -> bool:
    """Write the ledger atomically (temporary file in the same folder, then rename), only if
    its bytes change; True when the file was written."""
    text = dumps(ledger)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return True


def _line_of(text: str, needle: str, after: int = 0) -> int:
    at = text.find(needle, after)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def load(path: Path) -> Ledger:
    """Read a ledger; LedgerError names the file, the line and the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(f"{path}: cannot read the ledger ({exc})") from None
    return loads(text, str(path))


def loads(text: str, name: str = "<ledger>") -> Ledger:
    """Parse ledger JSON (see `load`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LedgerError(f"{name}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}; "
                          "fix it by hand or restore it from git (nothing was written)"
                          ) from None

    def fail(line: int, problem: str) -> LedgerError:
        return LedgerError(f"{name}:{line}: {problem} (nothing was written)")

    if not isinstance(data, dict):
        raise fail(1, "a ledger is a JSON object")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise fail(_line_of(text, '"schema"'), f"schema version must be a number, not {schema!r}")
    if schema > SCHEMA:
        raise fail(_line_of(text, '"schema"'),
                   f"schema version {schema} is newer than this reconcile reads ({SCHEMA}); "
                   "upgrade reconcile")
    facts_data = data.get("facts", {})
    sources = data.get("sources", {})
    if not isinstance(facts_data, dict) or not isinstance(sources, dict):
        raise fail(_line_of(text, '"facts"'), "'facts' and 'sources' must be JSON objects")
    facts = [_fact(fact_id, entry, text, fail) for fact_id, entry in facts_data.items()]
    return Ledger(story=str(data.get("story", "")), path=str(data.get("path", "")),
                  sources=tuple(sorted((str(k), str(v)) for k, v in sources.items())),
                  facts=tuple(sorted(facts, key=lambda f: f.id)))


def _fact(fact_id: str, entry: object, text: str,
          fail: Callable[[int, str], LedgerError]) -> LedgerFact:
    at = text.find(json.dumps(fact_id, ensure_ascii=False) + ":")
    line = _line_of(text, json.dumps(fact_id, ensure_ascii=False) + ":")
    if not isinstance(entry, dict):
        raise fail(line, f"fact {fact_id!r} must be a JSON object")
    review = entry.get("review", "unreviewed")
    if review not in REVIEW_STATES:
        raise fail(_line_of(text, '"review"', max(at, 0)),
                   f"fact {fact_id!r}: unknown review value {review!r} "
                   f"(one of {', '.join(REVIEW_STATES)})")
    note = entry.get("note", "")
    values = entry.get("values", {})
    if not isinstance(note, str) or not isinstance(values, dict):
        raise fail(line, f"fact {fact_id!r}: 'note' must be a string and 'values' an object")
    mentions = []
    for source, value in sorted(values.items()):
        if not (isinstance(value, dict) and isinstance(value.get("surface"), str)
                and isinstance(value.get("value"), str)):
            raise fail(_line_of(text, json.dumps(source) + ":", max(at, 0)),
                       f"fact {fact_id!r}: the value of {source!r} needs a 'surface' and a "
                       "'value' string")
        mentions.append(Mention(source, value["surface"], value["value"]))
    code = entry.get("code")
    return LedgerFact(id=fact_id, kind=str(entry.get("kind", "")),
                      label=str(entry.get("label", fact_id)),
                      status=str(entry.get("status", "")),
                      code=code if isinstance(code, str) else None,
                      mentions=tuple(mentions), review=cast(ReviewState, review), note=note)


def counts(ledger: Ledger) -> Mapping[str, int]:
    """How many facts have each status (for messages)."""
    out: dict[str, int] = {}
    for fact in ledger.facts:
        out[fact.status] = out.get(fact.status, 0) + 1
    return dict(sorted(out.items()))


def unreviewed(ledger: Ledger) -> Iterable[LedgerFact]:
    """Discrepancies nobody has reviewed yet, in id order (what `reconcile review` walks)."""
    return (f for f in ledger.facts if f.status in DISCREPANCIES and f.review == "unreviewed")
