"""A company's results for a year, as five faithful translations state them: "the year
ended December 31, 2023" is one period in every language, the previous year's figure is
dated by its own words, and a fall one version writes as a sign is no conflict. Each of
these gave a false conflict (a date of the money, a percent) before."""

from __future__ import annotations

import pytest

from acme import make_story
from extractcases import Want, check_claims, eq
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

STORY = {
    "en": ("The economy contracted 0.4% in the fourth quarter. The company reported a net "
           "loss of $45 million for the year ended December 31, 2023, compared with a "
           "profit of $12 million a year earlier."),
    "fr": ("L'économie s'est contractée de 0,4 % au quatrième trimestre. L'entreprise a "
           "annoncé une perte nette de 45 millions de dollars pour l'exercice clos le 31 "
           "décembre 2023, contre un bénéfice de 12 millions de dollars un an plus tôt."),
    "ja": ("第4四半期の経済成長率はマイナス0.4%だった。同社は2023年12月31日に終わった年度に"
           "4500万ドルの純損失を計上した。前年は1200万ドルの利益だった。"),
    "zh": ("第四季度经济萎缩0.4%。该公司公布截至2023年12月31日的年度净亏损4500万美元，"
           "上年同期盈利1200万美元。"),
}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


def test_faithful_translations_of_results_report_no_conflict(aliases: AliasTable) -> None:
    result = diff_story(make_story(STORY), aliases)
    assert [f.id for f in result.facts if f.status == "conflict"] == []
    (period,) = [f for f in result.facts if f.kind == "date" and f.status == "agree"
                 and any("2023" in c.surface for c in f.claims)]
    assert {c.source for c in period.claims} == {"en", "fr", "ja", "zh"}
    # The signed growth joins the unsigned ones, whose verbs say the fall ("contracted",
    # « s'est contractée », 萎缩): they agree (compare.said_falling).
    signed = [f for f in result.facts if any(c.surface == "マイナス0.4%" for c in f.claims)]
    assert [f.status for f in signed] == ["agree"]


@pytest.mark.parametrize(("text", "lang", "wanted"), [
    pytest.param("The loss was $45 million for the year ended December 31, 2023.", "en",
                 [eq('$45 million', 'money', '45000000', 'USD'),
                  Want('year ended December 31, 2023', 'date', None, None, 'eq', None,
                       '2023-01/2023-12')], id="en-year-ended"),
    pytest.param("In the year to March 2024, revenue was $3bn.", "en",
                 [Want('year to March 2024', 'date', None, None, 'eq', None,
                       '2023-04/2024-03'),
                  eq('$3bn', 'money', '3000000000', 'USD')], id="en-year-to"),
    pytest.param("2023年12月31日止年度，公司亏损4500万美元。", "zh",
                 [Want('2023年12月31日止年度', 'date', None, None, 'eq', None,
                       '2023-01/2023-12'),
                  eq('4500万美元', 'money', '45000000', 'USD')], id="zh-year-ended"),
    pytest.param("截至2024年3月的財年，營收為30億美元。", "zh",
                 [Want('截至2024年3月的財年', 'date', None, None, 'eq', None,
                       '2023-04/2024-03'),
                  eq('30億美元', 'money', '3000000000', 'USD')], id="zh-traditional"),
    pytest.param("同社は2023年12月31日に終わった年度に4500万ドルの純損失を計上した。"
                 "前年は1200万ドルの利益だった。", "ja",
                 [Want('2023年12月31日に終わった年度', 'date', None, None, 'eq', None,
                       '2023-01/2023-12'),
                  eq('4500万ドル', 'money', '45000000', 'USD'),
                  Want('前年', 'date', None, None, 'eq', None, '2022', '前年', '2023-12'),
                  eq('1200万ドル', 'money', '12000000', 'USD')], id="ja-year-ended-anchors"),
    pytest.param("It made a profit of $12 million a year earlier.", "en",
                 [eq('$12 million', 'money', '12000000', 'USD')], id="en-a-year-earlier"),
    pytest.param("He earns $50,000 a year after tax.", "en",
                 [eq('$50,000', 'money', '50000', 'USD')], id="en-a-year-is-a-rate"),
    pytest.param("Contre un bénéfice de 12 millions de dollars un an plus tôt.", "fr",
                 [eq('12 millions de dollars', 'money', '12000000', 'USD')],
                 id="fr-un-an-plus-tot"),
])
def test_periods_and_spans_of_results(text: str, lang: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)
