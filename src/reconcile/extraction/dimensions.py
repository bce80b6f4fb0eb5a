"""Sizes written as "N by M unit" ("146 by 114 centimetres", « 146 sur 114 centimètres »,
"146 x 114 sentimeter", 146×114公分): the unit after the second number is the first's too,
so both are lengths (the first read alone was a bare count, and with "x" or × the two a
product, no claim). Language data: [quantities] dimension_links."""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.extraction.expr import Expr, make_expr
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import skip_spaces
from reconcile.extraction.quantities import dimension, unit_after
from reconcile.numbers import ascii_digits, parse_digits

# The dimensions a size is measured in (the unit after the second number).
_SIZES = frozenset({"meter", "meter ** 2"})


def dimension_atoms(text: str, lex: Lexicon) -> list[Expr]:
    """The first number of each size in `text`, with the unit written after the second; and
    the measure before a margin ("2,000 ± 10 pounds": 2,000 pounds, not a bare 2,000 beside
    10 pounds), in any dimension."""
    out = _margin_atoms(text, lex) if "±" in text or "+/-" in text else []
    pattern = _pattern(lex.profile.code, lex.profile.quantities.dimension_links)
    if pattern is None or pattern.search(text) is None:
        return out
    for m in pattern.finditer(text):
        hit = unit_after(text, skip_spaces(text, m.end("b")), lex)
        if hit is None or dimension(hit[1]) not in _SIZES:
            continue
        after = text[hit[0]:hit[0] + 16].lstrip().casefold()
        if any(after.startswith(w) for w in lex.profile.quantities.dimension_not_before):
            continue  # "the 4x100 metres relay": a race, no size
        if (first := _first_in_unit(m, hit[1], lex)) is not None:
            out.append(first)
    return out


def _first_in_unit(m: re.Match[str], unit: str, lex: Lexicon) -> Expr | None:
    """The number of group a of `m` in `unit` (None where it cannot be read, or is 0)."""
    value = parse_digits(ascii_digits(m.group("a")), decimal_sign=lex.profile.decimal,
                         scale_follows=False, foreign_decimal=not lex.profile.cjk)
    if value is None or not value:
        return None
    return make_expr(m.start("a"), m.end("a"), value, "digits", m.start("a"), m.end("a"),
                     quantity=unit)


_NUMBER = r"[0-9０-９]+(?:[.,][0-9０-９]+)*"
_MARGIN = re.compile(rf"(?<![0-9０-９.,A-Za-z])(?P<a>{_NUMBER})\s?(?:±|\+/-)\s?(?P<b>{_NUMBER})"
                     r"(?![0-9.,])")


def _margin_atoms(text: str, lex: Lexicon) -> list[Expr]:
    out: list[Expr] = []
    for m in _MARGIN.finditer(text):
        hit = unit_after(text, skip_spaces(text, m.end("b")), lex)
        if hit is not None and (first := _first_in_unit(m, hit[1], lex)) is not None:
            out.append(first)
    return out


@lru_cache(maxsize=8)
def _pattern(code: str, links: tuple[str, ...]) -> re.Pattern[str] | None:
    """Two numbers around a size link (`code` keys the cache per language)."""
    if not links:
        return None
    alt = "|".join(re.escape(w) for w in sorted(links, key=lambda w: (-len(w), w)))
    number = r"[0-9０-９]+(?:[.,][0-9０-９]+)?"
    # (the first number's lookbehind after its first digit: the engine scans for a digit
    # instead of trying the pattern at every position)
    first = r"[0-9０-９](?<![0-9０-９.,A-Za-z][0-9０-９])[0-9０-９]*(?:[.,][0-9０-９]+)?"
    return re.compile(rf"(?P<a>{first})\s?(?:{alt})\s?(?P<b>{number})(?![0-9.,])")
