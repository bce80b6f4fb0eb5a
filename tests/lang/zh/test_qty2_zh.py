"""Chinese quantity forms of wave 2: SI-prefixed symbols (Ghz, Mbit/s), vulgar fraction
characters (29¾), 半 glued to a unit word (三年半) and 个半 before a duration (两个半月)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "zh"



SYMBOLS = [
    pytest.param("电站功率为5兆瓦。", [q("5兆瓦", "5", "megawatt")],
                 id="zhao-begins-megawatt"),
    pytest.param("频率为5兆赫。", [q("5兆赫", "5", "megahertz")], id="zhao-begins-megahertz"),
    pytest.param("文件大小为10兆字节。", [q("10兆字节", "10", "megabyte")],
                 id="zhao-begins-megabyte"),
    pytest.param("航程3万千米。", [q("3万千米", "30000", "kilometer")],
                 id="qian-begins-kilometre"),
    pytest.param("跑道长1万5千米。", [q("1万5千米", "15000", "meter")],
                 id="mixed-number-keeps-qian"),
    pytest.param("路由器使用 2.4Ghz 和 5.0Ghz 频段。",
                 [q("2.4Ghz", "2.4", "gigahertz"), q("5.0Ghz", "5.0", "gigahertz")],
                 id="ghz"),
    pytest.param("速度可达 600Mbit/s。", [q("600Mbit/s", "600", "megabit / second")],
                 id="mbit-per-s"),
    pytest.param("速度可达600Mbit/秒。", [q("600Mbit/秒", "600", "megabit / second")],
                 id="mbit-per-miao"),
    pytest.param("文件大小为 2.8 MB。", [q("2.8 MB", "2.8", "megabyte")], id="mb"),
]

FRACTIONS = [
    pytest.param("羊皮纸尺寸为 29¾ 英寸 x 24½ 英寸。",
                 [q("29¾ 英寸", "29.75", "inch"), q("24½ 英寸", "24.5", "inch")],
                 id="vulgar-fractions"),
    pytest.param("他等了三年半。", [eq("三年半", "duration", "3.5", "year")], id="nian-ban"),
    pytest.param("绳子长2米半。", [q("2米半", "2.5", "meter")], id="mi-ban"),
    pytest.param("他等了两个半月。", [eq("两个半月", "duration", "2.5", "month")],
                 id="ge-ban-yue"),
    pytest.param("他等了3个半小时。", [eq("3个半小时", "duration", "3.5", "hour")],
                 id="ge-ban-xiaoshi"),
    pytest.param("方圆5公里半径内。", [q("5公里", "5", "kilometer")],
                 id="banjing-is-no-fraction"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SYMBOLS, *FRACTIONS])
def test_qty2(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)
