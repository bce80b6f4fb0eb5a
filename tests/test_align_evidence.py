"""Alignment evidence beyond context: equal dates to the day, the counted concept, and
claims that translations state in another order (uncrossing)."""

from __future__ import annotations

from reconcile.align import _uncross, build_nodes
from reconcile.api import document_from_text
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.extract import extract_segments
from reconcile.model import Node, Source, Story
from reconcile.segment import segment

EN = ("The virus spread quickly in the province, where 1,200 people were tested in the "
      "first week.\n\nThe first case was confirmed on 27 January 2020, and the second one "
      "on 8 February 2020, according to the ministry.\n\nIn April, the hospital had treated "
      "340 patients and hired 25 nurses.\n")
# The same text in Chinese, the two dates of the second paragraph in the other order.
ZH = ("病毒在该省迅速传播，第一周有 1,200 人接受了检测。\n\n据卫生部称，第二例于 2020 年 2 月 "
      "8 日确诊，而第一例确诊于 2020 年 1 月 27 日。\n\n到 4 月，医院已治疗 340 名患者，并聘请了 "
      "25 名护士。\n")


def _story(texts: dict[str, tuple[str, str]]) -> Story:
    sources = tuple(Source(sid, f"{sid}.txt", lang, document_from_text(text, lang,
                                                                       source_id=sid))
                    for sid, (text, lang) in texts.items())
    return Story("short", "short", sources)


def test_a_short_translation_aligns_every_claim() -> None:
    """Two short translations with few names: equal dates to the day and equal counts of
    the same concept (people / 人, patients / 患者) are enough to link them."""
    result = diff_story(_story({"en": (EN, "en"), "zh": (ZH, "zh")}), load_aliases())
    assert {f.status for f in result.facts} == {"agree"}
    assert all(len(f.claims) == 2 for f in result.facts)


def _nodes(sid: str, text: str, lang: str) -> tuple[Node, ...]:
    doc = document_from_text(text, lang, source_id=sid)
    claims = extract_segments(doc.text, segment(doc), source=sid)
    paragraph_of = {c.sentence_start: 0 for c in claims}
    return build_nodes(sid, claims, len(doc.text), paragraph_of, {})


def test_crossed_claims_of_one_paragraph_are_swapped_back() -> None:
    en = _nodes("en", "It began on 27 January 2020 and ended on 8 February 2020.", "en")
    fr = _nodes("fr", "Il a pris fin le 8 février 2020, après avoir débuté le 27 janvier "
                      "2020.", "fr")
    (en_jan, en_feb), (fr_feb, fr_jan) = en, fr
    crossed = ((en_jan, fr_feb), (en_feb, fr_jan))
    fixed = {frozenset(n.claim.date for n in g) for g in _uncross(crossed)}
    assert fixed == {frozenset({"2020-01-27"}), frozenset({"2020-02-08"})}


def test_a_real_discrepancy_is_not_swapped_away() -> None:
    """A changed date agrees with neither fact: both facts keep their members."""
    en = _nodes("en", "It began on 27 January 2020 and ended on 8 February 2020.", "en")
    fr = _nodes("fr", "Il a débuté le 27 janvier 2020 et pris fin le 9 février 2020.", "fr")
    groups = ((en[0], fr[0]), (en[1], fr[1]))
    assert _uncross(groups) == groups


def test_two_versions_crossed_together_are_swapped_back() -> None:
    """en/ja against fr/id: the versions of one side move together."""
    en = _nodes("en", "It began on 1 February 2020 and ended on 14 February 2020.", "en")
    ja = _nodes("ja", "2020年2月1日に始まり、2020年2月14日に終わった。", "ja")
    fr = _nodes("fr", "Il a pris fin le 14 février 2020, après avoir débuté le 1er février "
                      "2020.", "fr")
    id_ = _nodes("id", "Berakhir pada 14 Februari 2020, setelah dimulai pada 1 Februari "
                       "2020.", "id")
    crossed = ((en[0], ja[0], fr[0], id_[0]), (en[1], ja[1], fr[1], id_[1]))
    fixed = {frozenset(n.claim.date for n in g) for g in _uncross(crossed)}
    assert fixed == {frozenset({"2020-02-01"}), frozenset({"2020-02-14"})}


def test_two_bounds_that_differ_are_no_evidence_of_one_figure() -> None:
    """"up to 50%" and "hingga 90%" both bound from above: their ranges overlap, but they
    state two different bounds, so their values say nothing for one fact; an exact figure
    inside a bound's range still agrees with it."""
    from reconcile.align import default_config, evidence

    cfg = default_config()
    en = _nodes("en", "Closures cut cases by up to 50% in the first wave.", "en")
    id_ = _nodes("id", "Penutupan menurunkan kasus hingga 90% pada gelombang pertama.", "id")
    same = _nodes("id", "Penutupan menurunkan kasus hingga 50% pada gelombang pertama.", "id")
    exact = _nodes("fr", "Les fermetures ont réduit les cas de 40 % lors de la première "
                         "vague.", "fr")
    assert [n.claim.qualifier for n in (*en, *id_, *same, *exact)] == ["lte", "lte", "lte",
                                                                        "eq"]
    differ, equal, inside = (evidence(en[0], other[0], {}, cfg) for other in (id_, same,
                                                                             exact))
    assert differ is not None and equal is not None and inside is not None
    assert differ.value == 0.0
    assert equal.value == cfg.range_equal  # both ends equal (one open)
    assert inside.value == cfg.value_overlap


def test_a_span_within_a_stated_span_is_the_same_figure() -> None:
    """"dans les 14 jours" (within 14 days) and "14 days" state one span: as strong as equal
    values. An upper bound on another kind ("up to $50 million", "$50 million") is only
    compatible."""
    from reconcile.align import default_config, evidence

    cfg = default_config()
    en = _nodes("en", "Cases were reported in 14 days by the ministry.", "en")
    fr = _nodes("fr", "Les cas doivent être déclarés dans les 14 jours par le ministère.", "fr")
    assert fr[0].claim.qualifier == "lte" and en[0].claim.qualifier == "eq"
    span = evidence(en[0], fr[0], {}, cfg)
    assert span is not None and span.value == cfg.value_equal
    usd = _nodes("en", "The firm raised $50 million from investors.", "en")
    bound = _nodes("fr", "L'entreprise a levé jusqu'à 50 millions de dollars.", "fr")
    money = evidence(usd[0], bound[0], {}, cfg)
    assert money is not None and money.value == cfg.value_overlap


def test_a_value_far_inside_an_open_bound_is_no_evidence() -> None:
    """"up to 500%" holds "90%" and "more than 50 million" holds "1.3 billion", but far from
    their bounds (beyond cfg.bound_reach times): compatible, yet no evidence of one figure
    (a changed bound pulled such a neighbour into its fact). Near the bound ("more than 50
    million" and "56 million") it still is."""
    from reconcile.align import default_config, evidence

    cfg = default_config()
    bound = _nodes("en", "More than 50 million people were under lockdown.", "en")
    far = _nodes("fr", "Au total, 1,3 milliard de personnes étaient confinées.", "fr")
    near = _nodes("fr", "Au total, 56 millions de personnes étaient confinées.", "fr")
    upto = _nodes("id", "Penutupan menurunkan kasus hingga 500% pada gelombang pertama.", "id")
    point = _nodes("en", "Closures cut cases by 90% in the first wave.", "en")
    assert [n.claim.qualifier for n in (*bound, *far, *near, *upto, *point)] == [
        "gt", "eq", "eq", "lte", "eq"]
    results = [evidence(a[0], b[0], {}, cfg) for a, b in ((bound, far), (far, bound),
                                                          (bound, near), (upto, point))]
    assert all(r is not None for r in results)
    assert [r.value for r in results if r is not None] == [0.0, 0.0, cfg.value_overlap, 0.0]
