"""A streak told by its last member: "a third consecutive year", « la troisième année
consécutive », "tahun ketiga berturut-turut", 连续第三年.

Japanese says the streak's length (3年連続: three years in a row) and reads as a span of
three years, as "three straight years" and 连续三年 do; the other languages mostly name the
streak's last member with an ordinal, which alone is no claim. Where an ordinal, a time
unit and a word of succession stand together, the streak is read as the span it ends: the
ordinal's value in that unit (duration). The order of the three is the language's
([streaks] data):

- `after_ordinal`: ordinal, word, unit ("third straight year", "16th consecutive month");
- `after_unit`: ordinal, unit, word ("third year in a row", « troisième année consécutive »);
- `unit_first`: unit, ordinal, word ("tahun ketiga berturut-turut", "bulan ke-16 berturut-turut");
- `before`: word, ordinal, unit (连续第三年, 連續第16個月).

An ordinal is a word of `[streaks] ordinals` ("third", « troisième »), digits with one of
`[numbers] ordinal_suffixes` ("16th", « 16e »), or one of `[numbers] ordinal_prefixes`
before digits or a number word ("ke-16", "ketiga", 第三, 第16).
"""

from __future__ import annotations

import re
from decimal import Decimal

from reconcile.extraction.expr import Expr, make_expr
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import back_spaces, skip_spaces
from reconcile.lang import LanguageProfile
from reconcile.numbers import parse_han

_DIGITS = re.compile(r"[0-9]{1,3}")


def streak_exprs(text: str, lex: Lexicon) -> list[Expr]:
    """The streaks of a segment's text, as spans of time (offsets local to text)."""
    prof = lex.profile
    data = prof.streaks
    if not data:
        return []
    out: list[Expr] = []
    folded = text.casefold()  # (most segments hold no phrase: a substring test each)
    for kind in ("after_ordinal", "after_unit", "unit_first", "before"):
        for phrase in data.get(kind, ()):
            if phrase not in folded:
                continue
            for m in re.finditer(re.escape(phrase), text, re.IGNORECASE):
                found = _streak_at(text, m.start(), m.end(), kind, lex)
                if found is not None and not any(e.start < found.end and found.start < e.end
                                                  for e in out):
                    out.append(found)
    return sorted(out, key=lambda e: e.start)


def _streak_at(text: str, at: int, end: int, kind: str, lex: Lexicon) -> Expr | None:
    if kind == "before":
        number = _ordinal_at(text, end, lex)
        if number is None:
            return None
        unit = _unit_at(text, number[0], lex)
        return None if unit is None else _expr(at, unit[0], number, unit[1])
    if kind == "after_ordinal":
        number = _ordinal_ending(text, back_spaces(text, at), lex)
        unit = _unit_at(text, skip_spaces(text, end), lex) if number is not None else None
        if number is None or unit is None:
            return None
        return _expr(number[2], unit[0], number, unit[1])
    if kind == "after_unit":
        unit_end = back_spaces(text, at)
        for start in _starts_before(text, unit_end):
            unit = _unit_at(text, start, lex)
            if unit is None or unit[0] != unit_end:
                continue
            number = _ordinal_ending(text, back_spaces(text, start), lex)
            if number is not None:
                return _expr(number[2], end, number, unit[1])
        return None
    # unit_first: the unit, then the ordinal, then the word
    number = _ordinal_ending(text, back_spaces(text, at), lex)
    if number is None:
        return None
    for start in _starts_before(text, back_spaces(text, number[2])):
        unit = _unit_at(text, start, lex)
        if unit is not None and unit[0] == back_spaces(text, number[2]):
            return _expr(start, end, number, unit[1])
    return None


def _expr(start: int, end: int, number: tuple[int, Decimal, int, int],
          unit: tuple[str, int]) -> Expr:
    _, value, num_start, num_end = number
    return make_expr(start, end, value * unit[1], "word", num_start, num_end,
                     duration=unit[0])


def _starts_before(text: str, end: int) -> list[int]:
    """Where the last one to three words before `end` start, nearest first."""
    starts = [m.start() for m in re.finditer(r"\S+", text[max(0, end - 40):end])]
    base = max(0, end - 40)
    return [base + s for s in reversed(starts[-3:])]


def _unit_at(text: str, pos: int, lex: Lexicon) -> tuple[int, tuple[str, int]] | None:
    """The end of a time unit at pos and (unit, factor): "year", 年, 个月."""
    hit = lex.durations.at(text, pos)
    if hit is None or not isinstance(hit[1], tuple):
        return None
    unit, factor = hit[1]
    return hit[0], (str(unit), int(factor))


def _ordinal_at(text: str, pos: int, lex: Lexicon) -> tuple[int, Decimal, int, int] | None:
    """An ordinal's number written at pos (after a prefix word): (end, value, start, end)."""
    prof = lex.profile
    m = _DIGITS.match(text, pos)
    if m is not None:
        return m.end(), Decimal(m.group(0)), m.start(), m.end()
    run = pos
    while run < len(text) and (text[run] in prof.han_digits or text[run] in prof.han_units):
        run += 1
    if run > pos:
        value = parse_han(text[pos:run], prof.han_digits, prof.han_units, prof.scales)
        return None if value is None else (run, value, pos, run)
    return None


def _ordinal_ending(text: str, end: int, lex: Lexicon
                    ) -> tuple[int, Decimal, int, int] | None:
    """An ordinal ending at `end`: (end, value, start, end) (start: the whole word's)."""
    prof = lex.profile
    m = _WORD_END.search(text, max(0, end - 30), end)
    if m is None:
        return None
    word, start = m.group(0), m.start()
    key = word.casefold()
    ordinals = prof.streaks.get("ordinals", {})
    if key in ordinals:
        return end, Decimal(ordinals[key]), start, end
    digits = re.match(r"([0-9]{1,3})(.*)$", word)
    if digits is not None and digits.group(2).casefold() in {
            s.casefold() for s in prof.ordinal_suffixes}:
        return end, Decimal(digits.group(1)), start, end
    for prefix in sorted(prof.ordinal_prefixes, key=len, reverse=True):
        if key.startswith(prefix) and len(key) > len(prefix):
            rest = key[len(prefix):]
            value = _cardinal(rest, prof)
            if value is not None:
                return end, value, start, end
    return None


def _cardinal(word: str, prof: LanguageProfile) -> Decimal | None:
    if word.isdigit() and len(word) <= 3:
        return Decimal(word)
    value = prof.number_words.get(word)
    return None if value is None else Decimal(value)


# The last word before a position, digits and a hyphen inside it allowed ("16th", "ke-16").
_WORD_END = re.compile(r"(?<![\w-])[\w-]+$")
