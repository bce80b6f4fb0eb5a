"""Reading numbers: locale digit groups and decimals, full-width digits, Han numerals."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation, localcontext

# Longer digit runs are identifiers (phone numbers, hashes), never claim values.
MAX_DIGITS = 24
GROUP_SPACES = frozenset("\u00a0\u202f\u2009 ")
SEPARATORS = frozenset(".,'’") | GROUP_SPACES


def ascii_digits(raw: str) -> str:
    """Map any Unicode decimal digit (full-width ０-９, Arabic-Indic …) to ASCII."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in raw)


def split_groups(raw: str, *, space_groups: bool) -> list[tuple[int, int]]:
    """Split a run of digits and separators into the number tokens it really holds.

    A space may group digits only in a locale that groups with spaces, and only between
    a first group of 1-3 digits and following groups of exactly 3 ("175 000"); elsewhere a
    space ends the token ("in 2016 10 people" is two numbers). Returns (start, end) pairs.
    """
    tokens: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch in GROUP_SPACES:
            nxt = i + 1
            while nxt < n and raw[nxt].isdecimal():
                nxt += 1
            prev_digits = _trailing_digits(raw, start, i)
            ok = (
                # A space groups digits where the locale does, and anywhere before a
                # group starting with 0 ("175 000" is never 175 and 000).
                (space_groups or raw[i + 1:i + 2] == "0")
                and nxt - (i + 1) == 3
                and (nxt == n or not raw[nxt].isdecimal())
                and (prev_digits <= 3 if _is_first_group(raw, start, i) else prev_digits == 3)
                and all(c not in ".," for c in raw[start:i])
            )
            if not ok:
                tokens.append((start, i))
                start = i + 1
        i += 1
    tokens.append((start, n))
    return [(a, b) for a, b in tokens if a < b and raw[a:b].strip()]


def _trailing_digits(raw: str, start: int, end: int) -> int:
    count = 0
    while end - count - 1 >= start and raw[end - count - 1].isdecimal():
        count += 1
    return count


def _is_first_group(raw: str, start: int, end: int) -> bool:
    return all(ch.isdecimal() for ch in raw[start:end])


def parse_digits(raw: str, *, decimal_sign: str, scale_follows: bool) -> Decimal | None:
    """Value of a digit token such as 175.000, 175,000, 1,9, 0.25, 1.234,56 or ４４００.

    Rules (documented in README): two different separators → the last is the decimal sign;
    the same separator repeated → grouping; a single separator followed by anything but
    exactly three digits → decimal; exactly three digits → grouping, unless the integer part
    is 0 or the separator is the locale's decimal sign and a scale word follows ("1,500
    juta" is 1.5 million).
    """
    text = ascii_digits(raw)
    for space in GROUP_SPACES:
        text = text.replace(space, "")
    text = text.replace("’", "'").replace("'", "")
    if not text or not text[0].isdigit() or not text[-1].isdigit():
        return None
    digits_only = sum(ch.isdigit() for ch in text)
    if digits_only > MAX_DIGITS:
        return None
    seps = [ch for ch in text if ch in ".,"]
    if not seps:
        return _decimal(text)
    kinds = set(seps)
    if len(kinds) == 2:
        last = text.rfind(seps[-1])
        if seps.count(seps[-1]) > 1:
            return None  # "1.234.5,6,7": not a number
        whole = text[:last].replace(".", "").replace(",", "")
        return _decimal(f"{whole}.{text[last + 1:]}")
    sep = seps[0]
    parts = text.split(sep)
    if len(parts) > 2:
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            return _decimal("".join(parts))
        return None
    whole, frac = parts
    if len(frac) != 3 or whole.strip("0") == "":
        return _decimal(f"{whole}.{frac}")
    if sep == decimal_sign and scale_follows:
        return _decimal(f"{whole}.{frac}")
    return _decimal(whole + frac)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def parse_han(run: str, digits: Mapping[str, int], units: Mapping[str, int],
              scales: Mapping[str, Decimal]) -> Decimal | None:
    """Value of a Han numeral such as 三百萬, 十億, 一千二百, 二〇一六 (digit by digit).

    Works for any numeral system of digits, small units (十百千) and large scales (万億兆):
    small units multiply the digit before them, large scales multiply everything before.
    """
    if not run:
        return None
    if all(ch in digits for ch in run) and len(run) > 1:
        return Decimal("".join(str(digits[ch]) for ch in run))  # 二〇一六 = 2016
    total = Decimal(0)
    section = Decimal(0)
    digit: int | None = None
    i = 0
    while i < len(run):
        ch = run[i]
        scale = _scale_at(run, i, scales)
        if ch in digits and digits[ch] == 0 and digit is None:
            i += 1  # 零 holds an empty place: 一百零五 = 105
        elif ch in digits:
            if digit is not None:
                return None  # two digits in a row outside the digit-by-digit form
            digit = digits[ch]
            i += 1
        elif ch in units:
            section += Decimal(1 if digit is None else digit) * units[ch]
            digit = None
            i += 1
        elif scale is not None:
            word, value = scale
            section += Decimal(digit or 0)
            digit = None
            if section == 0:
                section = Decimal(1)
            if value > _largest(total):
                total = (total + section) * value  # 一萬億: the scale covers all before it
            else:
                total = total + section * value  # 三億五千萬: a smaller scale adds on
            section = Decimal(0)
            i += len(word)
        else:
            return None
    section += Decimal(digit or 0)
    return total + section


def _largest(total: Decimal) -> Decimal:
    return total if total > 0 else Decimal(0)


def _scale_at(run: str, i: int, scales: Mapping[str, Decimal]) -> tuple[str, Decimal] | None:
    for length in (2, 1):
        word = run[i:i + length]
        if len(word) == length and word in scales:
            return word, scales[word]
    return None


def plain(value: Decimal) -> str:
    """A Decimal as plain digits, no exponent and no trailing zeros: 1.9E+6 → 1900000."""
    # Normalizing rounds to the context's precision: widen it so no digit is lost.
    with localcontext() as ctx:
        ctx.prec = max(28, len(value.as_tuple().digits))
        return format(value.normalize(), "f")
