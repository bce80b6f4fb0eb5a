"""Japanese counts: counters, vague amounts (数百), verbs of exceeding, 割/成 percents and
qualifier false friends; every claim of a sentence, exactly."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"


def several(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "several", unit)


def gt(surface: str, kind: str, value: str, unit: str | None) -> Want:
    return Want(surface, kind, value, None, "gt", unit)


COUNTERS = [
    pytest.param("25階建てのビルが倒れた。", [eq("25階建て", "count", "25", "floors")],
                 id="kaidate"),
    pytest.param("3000戸が停電した。", [eq("3000戸", "count", "3000", "households")],
                 id="ko"),
    pytest.param("4300便が欠航した。", [eq("4300便", "count", "4300", "flights")],
                 id="bin"),
    pytest.param("150万回分のワクチンが届いた。",
                 [eq("150万回分", "count", "1500000", "doses")], id="kaibun-doses"),
    pytest.param("約9400軒の家庭に水道がない。",
                 [eq("約9400軒", "count", "9400", "houses", "approx")], id="ken"),
    pytest.param("12棟が全壊した。", [eq("12棟", "count", "12", "buildings")], id="tou"),
    pytest.param("7隻の船が出港した。", [eq("7隻", "count", "7", "ships")], id="seki"),
    pytest.param("400頭のトラがいる。", [eq("400頭", "count", "400", "animals")], id="tou-animals"),
    pytest.param("犬2匹が保護された。", [eq("2匹", "count", "2", "animals")], id="hiki"),
    pytest.param("戦闘機30機が飛来した。", [eq("30機", "count", "30", "aircraft")], id="ki"),
    pytest.param("28カ国が署名した。", [eq("28カ国", "count", "28", "countries")],
                 id="kakoku"),
    pytest.param("31人死亡 フェリー火災", [eq("31人", "count", "31", "people")],
                 id="nin-heading"),
    # (機関 is no 機 of aircraft: three institutions, counted as a glued noun)
    pytest.param("3機関が参加した。", [eq("3", "count", "3", "機関")], id="kikan-is-no-aircraft"),
    pytest.param("三か国が参加した。", [eq("三か国", "count", "3", "countries")],
                 id="kakoku-han"),
]

VAGUE = [
    pytest.param("数百人が避難した。", [several("数百人", "count", "200", "999", "people")],
                 id="suuhyaku"),
    pytest.param("数千人が避難した。", [several("数千人", "count", "2000", "9999", "people")],
                 id="suusen"),
    pytest.param("数十人が死亡した。", [several("数十人", "count", "20", "99", "people")],
                 id="suujuu"),
    pytest.param("何十人もの観光客が訪れた。",
                 [several("何十人", "count", "20", "99", "people")], id="nanjuu"),
    pytest.param("数百万ドルを失った。",
                 [several("数百万ドル", "money", "2000000", "9990000", "USD")],
                 id="suuhyakuman-stays-scaled"),
]

EXCEED = [
    pytest.param("死者は2300人を超えた。", [gt("2300人を超え", "count", "2300", "people")],
                 id="wo-koe"),
    pytest.param("死者は2300人を上回った。", [gt("2300人を上回", "count", "2300", "people")],
                 id="wo-uwamawa"),
    pytest.param("利用者が1万人を突破した。", [gt("1万人を突破", "count", "10000", "people")],
                 id="wo-toppa"),
    pytest.param("人数は2300人を超えた。", [gt("2300人を超え", "count", "2300", "people")],
                 id="ninzuu-is-no-several"),
]

TENTHS = [
    pytest.param("回答者の4割が賛成した。", [eq("4割", "percent", "40", "percent")], id="wari"),
    pytest.param("回答者の三割が賛成した。", [eq("三割", "percent", "30", "percent")],
                 id="wari-han"),
    pytest.param("回答者の3割5分が賛成した。", [eq("3割5分", "percent", "35", "percent")],
                 id="wari-bu"),
    pytest.param("全品3割引で販売する。", [eq("3割", "percent", "30", "percent")],
                 id="waribiki"),
    pytest.param("回答者の六成が賛成した。", [eq("六成", "percent", "60", "percent")],
                 id="sei"),
]

FALSE_FRIENDS = [
    pytest.param("過去最高の500億円を記録した。",
                 [eq("500億円", "money", "50000000000", "JPY")], id="saikou-no"),
    pytest.param("最大500億円を支払う。",
                 [Want("最大500億円", "money", None, "50000000000", "lte", "JPY")],
                 id="saidai-still-bound"),
    pytest.param("余震が50回あった。", [eq("50回", "count", "50", "times")], id="yoshin"),
]


@pytest.mark.parametrize(("text", "wanted"),
                         [*COUNTERS, *VAGUE, *EXCEED, *TENTHS, *FALSE_FRIENDS])
def test_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
