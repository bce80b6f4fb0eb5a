"""Chinese spans of many years (CLDR's 个世纪), a bound before 有 or a verb's 了
(至少有12名, 超过了1000人) and years before the common era (公元前: no claim)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"


def bound(surface: str, kind: str, low: str | None, high: str | None, qualifier: str,
          unit: str | None) -> Want:
    return Want(surface, kind, low, high, qualifier, unit)


CASES = [
    pytest.param("这个王朝统治了三个世纪。",
                 [eq('三个世纪', 'duration', '300', 'year')],
                 id="shiji-simplified"),
    pytest.param("這個王朝統治了三個世紀。",
                 [eq('三個世紀', 'duration', '300', 'year')],
                 id="shiji-traditional"),
    pytest.param("11世纪的寺庙保存至今。",
                 [],
                 id="century-ordinal"),
    pytest.param("死亡人数至少有 12 名。",
                 [bound('至少有 12 名', 'count', '12', None, 'gte', 'people')],
                 id="zhishaoyou"),
    pytest.param("死亡人数超过了1000人。",
                 [bound('超过了1000人', 'count', '1000', None, 'gt', 'people')],
                 id="chaoguole"),
    pytest.param("公元前221年秦朝建立。",
                 [],
                 id="gongyuanqian"),
    pytest.param("该塔建于公元前500年，共有3座。",
                 [eq('3座', 'count', '3', 'structures')],
                 id="gongyuanqian-then-count"),
    pytest.param("公元前500年至前300年，有3座塔。",
                 [eq('3座', 'count', '3', 'structures')],
                 id="gongyuanqian-range"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spans_and_eras(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
