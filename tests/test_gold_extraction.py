"""End-to-end extraction on the bundled corpus, scored against the hand-annotated gold."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from goldscore import GoldClaim, Score, load_gold, score
from reconcile.api import extract_document
from reconcile.ingest import load_stories
from reconcile.model import Claim, Document, Story
from reconcile.segment import segment

ROOT = Path(__file__).resolve().parents[1]
STORY = "openai-musk"
LANGS = ("en", "fr", "id", "ja", "zh")
OVERALL_MIN = 0.95
PER_LANGUAGE_MIN = 0.90


@pytest.fixture(scope="module")
def story() -> Story:
    (loaded,) = load_stories([str(ROOT / "corpus" / STORY)])
    assert all(source.error is None for source in loaded.sources)
    return loaded


@pytest.fixture(scope="module")
def documents(story: Story) -> dict[str, Document]:
    docs = {s.source_id: s.document for s in story.sources if s.document is not None}
    assert sorted(docs) == sorted(LANGS)
    return docs


@pytest.fixture(scope="module")
def extracted(documents: dict[str, Document]) -> dict[str, list[Claim]]:
    return {sid: extract_document(doc) for sid, doc in documents.items()}


@pytest.fixture(scope="module")
def gold() -> list[GoldClaim]:
    return load_gold(STORY)


def _claim_line(c: Claim) -> str:
    value = c.date if c.kind == "date" else f"{c.low}..{c.high}"
    return f"  {c.source} [{c.start}:{c.end}] {c.kind} {c.surface!r} = {value} ({c.qualifier})"


def _gold_line(g: GoldClaim) -> str:
    value = g.date if g.kind == "date" else f"{g.low}..{g.high}"
    return f"  {g.id} [{g.start}:{g.end}] {g.kind} {g.surface!r} = {value}"


def _report(label: str, result: Score) -> str:
    lines = [f"{label}: precision {result.precision:.3f} ({result.matched}/{result.extracted}), "
             f"recall {result.recall:.3f} ({result.matched}/{result.gold})"]
    lines.append(f"false positives ({len(result.false_positives)}):")
    lines.extend(_claim_line(c) for c in result.false_positives)
    lines.append(f"misses ({len(result.misses)}):")
    lines.extend(_gold_line(g) for g in result.misses)
    return "\n".join(lines)


def test_gold_offsets_match_the_corpus(gold: Sequence[GoldClaim],
                                       documents: dict[str, Document]) -> None:
    """The gold itself points into the corpus as decoded by ingest (guards both)."""
    for g in gold:
        assert documents[g.source].text[g.start:g.end] == g.surface, g


def test_overall_precision_and_recall(extracted: dict[str, list[Claim]],
                                      gold: Sequence[GoldClaim]) -> None:
    every = [c for sid in sorted(extracted) for c in extracted[sid]]
    result = score(every, gold)
    message = _report("overall", result)
    assert result.precision >= OVERALL_MIN, message
    assert result.recall >= OVERALL_MIN, message


@pytest.mark.parametrize("lang", LANGS)
def test_per_language_precision_and_recall(lang: str, extracted: dict[str, list[Claim]],
                                           gold: Sequence[GoldClaim]) -> None:
    result = score(extracted[lang], [g for g in gold if g.source == lang])
    message = _report(lang, result)
    assert result.precision >= PER_LANGUAGE_MIN, message
    assert result.recall >= PER_LANGUAGE_MIN, message


@pytest.mark.parametrize("lang", LANGS)
def test_claims_point_into_their_document(lang: str, extracted: dict[str, list[Claim]],
                                          documents: dict[str, Document]) -> None:
    text = documents[lang].text
    for c in extracted[lang]:
        assert c.source == lang
        assert text[c.start:c.end] == c.surface, c
        assert text[c.sentence_start:c.sentence_start + len(c.sentence)] == c.sentence, c


def _boilerplate_spans(doc: Document) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in segment(doc) if s.boilerplate]


def _inside(c: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= c.start and c.end <= end for start, end in spans)


def _overlaps(c: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    return any(c.start < end and c.end > start for start, end in spans)


@pytest.mark.parametrize("lang", LANGS)
def test_default_claims_avoid_boilerplate(lang: str, extracted: dict[str, list[Claim]],
                                          documents: dict[str, Document]) -> None:
    spans = _boilerplate_spans(documents[lang])
    leaked = [c for c in extracted[lang] if c.boilerplate or _overlaps(c, spans)]
    assert not leaked, "claims from boilerplate:\n" + "\n".join(map(_claim_line, leaked))


@pytest.mark.parametrize("lang", LANGS)
def test_include_boilerplate_adds_only_boilerplate_claims(
    lang: str, extracted: dict[str, list[Claim]], documents: dict[str, Document]
) -> None:
    doc = documents[lang]
    spans = _boilerplate_spans(doc)
    every = extract_document(doc, include_boilerplate=True)
    default = extracted[lang]
    assert [c for c in every if not c.boilerplate] == default
    extra = [c for c in every if c not in default]
    assert all(c.boilerplate and _inside(c, spans) for c in extra), "\n".join(
        map(_claim_line, extra))


def test_include_boilerplate_finds_the_site_furniture(documents: dict[str, Document]) -> None:
    """fr ('Related Posts', 'You Missed') and zh (headline lists) carry claims in their
    boilerplate; the option must surface them."""
    for lang in ("fr", "zh"):
        every = extract_document(documents[lang], include_boilerplate=True)
        assert any(c.boilerplate for c in every), lang
