"""The agreement matrix on a small hand-built story: exact figures per pair of versions."""

from __future__ import annotations

from decimal import Decimal

from reconcile.model import (
    Claim,
    ClaimKind,
    DiffResult,
    Document,
    Fact,
    FactStatus,
    Qualifier,
    Source,
    Verdict,
)
from reconcile.report.matrix import PairAgreement, agreement_matrix


def claim(source: str, low: str | None, kind: ClaimKind = "money",
          qualifier: Qualifier = "eq", date: str | None = None,
          relative: str | None = None) -> Claim:
    value = None if low is None else Decimal(low)
    return Claim(kind=kind, surface="x", start=0, end=1, sentence="x", lang=source,
                 low=value, high=value, qualifier=qualifier,
                 unit="USD" if kind == "money" else None, date=date, relative=relative,
                 source=source)


def fact(fact_id: str, status: FactStatus, *claims: Claim) -> Fact:
    return Fact(id=fact_id, kind=claims[0].kind, label=fact_id, claims=claims,
                verdict=Verdict(status))


def source(sid: str, readable: bool = True) -> Source:
    doc = Document(sid, f"{sid}.txt", "x", sid, "option", ()) if readable else None
    return Source(sid, f"{sid}.txt", sid, doc, None if readable else "unreadable")


STORY = DiffResult(
    story="hand-built",
    sources=(source("en"), source("fr"), source("id"), source("zz", readable=False)),
    claims=(),
    facts=(
        # en and fr agree, id is ten times more: id conflicts with both.
        fact("a", "conflict", claim("en", "5"), claim("fr", "5"), claim("id", "50")),
        fact("b", "agree", claim("en", "100"), claim("fr", "100")),
        # about 300,000 against 275,000 exactly: compatible, worth a look.
        fact("c", "soft", claim("en", "300000", qualifier="approx"), claim("id", "275000")),
        fact("d", "single", claim("en", "7")),
        fact("e", "agree", claim("en", None, "date", date="2016"),
             claim("id", None, "date", date="2016-09")),
        # an unresolved "last year" compares with nothing: not a shared fact.
        fact("f", "agree", claim("fr", None, "date", relative="last year"),
             claim("id", None, "date", date="2016")),
    ),
)


def test_matrix_figures_of_every_pair() -> None:
    matrix = agreement_matrix(STORY)
    assert matrix.sources == ("en", "fr", "id")  # the unreadable version has no row
    assert matrix.pairs == (
        PairAgreement("en", "fr", shared=2, agree=2, soft=0, conflict=0),
        PairAgreement("en", "id", shared=3, agree=1, soft=1, conflict=1),
        PairAgreement("fr", "id", shared=1, agree=0, soft=0, conflict=1),
    )


def test_share_and_percent() -> None:
    matrix = agreement_matrix(STORY)
    en_id = matrix.pair("id", "en")
    assert en_id is not None
    assert en_id.share == Decimal(1) / Decimal(3)
    assert en_id.percent == 33
    en_fr = matrix.pair("en", "fr")
    assert en_fr is not None and en_fr.share == 1 and en_fr.percent == 100
    assert matrix.pair("en", "en") is None


def test_pairs_that_share_nothing() -> None:
    story = DiffResult("s", (source("en"), source("fr")), (),
                       (fact("d", "single", claim("en", "7")),))
    (pair,) = agreement_matrix(story).pairs
    assert pair == PairAgreement("en", "fr", 0, 0, 0, 0)
    assert pair.share is None and pair.percent is None


def test_agreement_within_a_conflicting_fact_counts_for_the_pair() -> None:
    """The verdict of the fact does not decide for a pair: en and fr agree on fact a."""
    only_a = DiffResult("s", STORY.sources, (), STORY.facts[:1])
    figures = {(p.a, p.b): (p.agree, p.conflict) for p in agreement_matrix(only_a).pairs}
    assert figures == {("en", "fr"): (1, 0), ("en", "id"): (0, 1), ("fr", "id"): (0, 1)}
