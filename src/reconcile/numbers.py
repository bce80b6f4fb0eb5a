"""Reading numbers: locale digit groups and decimals, full-width digits, Han numerals."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation, localcontext
from types import MappingProxyType

# Longer digit runs are identifiers (phone numbers, hashes), never claim values.
MAX_DIGITS = 24
GROUP_SPACES = frozenset("\u00a0\u202f\u2009 ")
SEPARATORS = frozenset(".,'’") | GROUP_SPACES


# Full-width ASCII forms (U+FF01-FF5E) and the ideographic space map one to one onto ASCII,
# so a folded copy of a text keeps every offset of the original.
# The full-width comma and full stop are punctuation in CJK text ("6.47，95%" lists two
# numbers); they fold only inside full-width numbers: "４，５００", "２．７".
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp not in (0xFF0C, 0xFF0E)}
_WIDTH[0x3000] = 0x20
# (Written to start with the comma, the digit before it checked behind it: the engine then
# scans for the comma instead of trying a lookbehind at every position; _FW_POINT too.)
_FW_GROUP = re.compile(r"，(?<=[０-９]，)(?=[０-９]{3}(?![０-９]))")
# ... and between ASCII digits when it can only group them: a whole number of one to three
# digits, then exactly three and maybe decimals ("12，500元" is 12,500 yuan; its "500元"
# alone would be a wrong value), not a decimal's ("6.47，95%" lists two numbers) nor a
# longer chain.
_ASCII_FW_GROUP = re.compile(
    r"(?<![0-9０-９.,，．])([0-9]{1,3})，(?=[0-9]{3}(?:\.[0-9]+)?(?![0-9０-９.．,，]))")
# What _ASCII_FW_GROUP needs (an ASCII digit, the comma, a digit), searched first: most
# segments holding the comma use it between words.
_ASCII_FW_HINT = re.compile(r"，(?<=[0-9]，)(?=[0-9])")
_FW_POINT = re.compile(r"．(?<=[０-９]．)(?=[０-９])")
# A character _WIDTH maps (the full-width forms but their comma and full stop, which only
# _FW_GROUP and _FW_POINT fold, and the ideographic space): a text without one is kept
# as it is, not translated character by character.
_FW_ANY = re.compile("[\u3000\uff01-\uff0b\uff0d\uff0f-\uff5e]")


def _vulgar_fractions() -> dict[str, Decimal | None]:
    """Every vulgar fraction character (¼ ½ ¾ ⅓ ⅛ …: Unicode decomposition '<fraction>
    n ⁄ d') → its value, None where it has no exact decimal value (⅓, ⅙)."""
    found: dict[str, Decimal | None] = {}
    for cp in (*range(0xBC, 0xBF), *range(0x2150, 0x2190)):
        ch = chr(cp)
        parts = unicodedata.decomposition(ch).split()
        if parts[:1] != ["<fraction>"]:
            continue
        num_text, _, den_text = "".join(chr(int(h, 16)) for h in parts[1:]).partition("⁄")
        if not (num_text.isdigit() and den_text.isdigit()):
            continue  # ⅟ (one over …) is no number by itself
        num, den = int(num_text), int(den_text)
        rest = den
        for prime in (2, 5):
            while rest % prime == 0:
                rest //= prime
        found[ch] = Decimal(num) / Decimal(den) if rest == 1 else None
    return found


# Vulgar fraction characters and their exact values (None: no exact decimal value).
VULGAR_FRACTIONS: Mapping[str, Decimal | None] = MappingProxyType(_vulgar_fractions())


def power_of_ten(digits: str, *, least: int = 2) -> bool:
    """Whether `digits` (ASCII) write a power of ten of `least` digits or more ("10",
    "100", "100000")."""
    return digits[:1] == "1" and len(digits) >= least and not digits[1:].strip("0")


def fold_width(text: str) -> str:
    """Full-width digits, signs and letters as ASCII ("４，５００" → "4,500"); the result has
    the same length as `text`, character for character."""
    if text.isascii():
        return text  # nothing full-width to fold
    if "，" in text:
        text = _FW_GROUP.sub(",", text)
        if _ASCII_FW_HINT.search(text):
            text = _ASCII_FW_GROUP.sub(r"\1,", text)
    if "．" in text:
        text = _FW_POINT.sub(".", text)
    return text.translate(_WIDTH) if _FW_ANY.search(text) else text


def ascii_digits(raw: str) -> str:
    """Map any Unicode decimal digit (full-width ０-９, Arabic-Indic …) to ASCII."""
    if raw.isascii():
        return raw  # the common case: nothing to map
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in raw)


def split_groups(raw: str, *, space_groups: bool) -> list[tuple[int, int]]:
    """Split a run of digits and separators into the number tokens it really holds.

    A space may group digits only in a locale that groups with spaces, and only between
    a first group of 1-3 digits and following groups of exactly 3 ("175 000"); elsewhere a
    space ends the token ("in 2016 10 people" is two numbers). Returns (start, end) pairs.
    """
    n = len(raw)
    if raw.isdigit():
        return [(0, n)]  # the commonest case: digits alone, one token
    if not any(space in raw for space in GROUP_SPACES):
        return [(0, n)] if raw.strip() else []  # the common case: one token
    if not space_groups and _grouped_with_zero(raw):
        return [(0, n)]  # "1 400 061": one grouped number, never 1 and 400 061
    tokens: list[tuple[int, int]] = []
    start = 0
    i = 0
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


def _grouped_with_zero(raw: str) -> bool:
    """Whether the whole run is one number grouped by spaces, as a space before a group
    starting with 0 groups even where the locale does not: a first group of one to three
    digits, then groups of exactly three, one of them 0-led ("1 400 061", "12 000 500")."""
    groups = raw.split(raw[next(i for i, ch in enumerate(raw) if ch in GROUP_SPACES)])
    return (len(groups) > 2 and all(g.isdecimal() for g in groups)
            and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
            and any(g[0] == "0" for g in groups[1:]))


def _trailing_digits(raw: str, start: int, end: int) -> int:
    count = 0
    while end - count - 1 >= start and raw[end - count - 1].isdecimal():
        count += 1
    return count


def _is_first_group(raw: str, start: int, end: int) -> bool:
    return all(ch.isdecimal() for ch in raw[start:end])


def parse_digits(raw: str, *, decimal_sign: str, scale_follows: bool,
                 foreign_decimal: bool = True) -> Decimal | None:
    """Value of a digit token such as 175.000, 175,000, 1,9, 0.25, 1.234,56 or ４４００.

    Rules (documented in README): two different separators → the last is the decimal sign;
    the same separator repeated → grouping; a single separator followed by anything but
    exactly three digits, or after more than three digits → decimal; exactly three digits →
    grouping, unless the integer part is 0 or the separator is the locale's decimal sign
    and either the three digits do not end in 0 ("42.195 km", French "1,859 euro") or
    `scale_follows` (the caller saw a scale word or a percent sign after the token: "1,500
    juta" is 1.5 million, "4,800 %" in French 4.8 %). Without `foreign_decimal` (a
    language that never writes the other decimal sign: Japanese, Chinese), a lone
    separator that is not the locale's decimal sign and groups no three digits gives None:
    3,4日 is the 3rd and 4th (or 3 to 4 days), never 3.4 days.
    """
    if raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS:
        return Decimal(raw)  # plain ASCII digits: what the steps below come to
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
    if sep != decimal_sign and not foreign_decimal \
            and (len(frac) != 3 or whole.strip("0") == "" or len(whole) > 3):
        return None
    if len(frac) != 3 or whole.strip("0") == "" or len(whole) > 3:
        return _decimal(f"{whole}.{frac}")  # (no group holds four digits: 1234.567)
    if sep == decimal_sign and (scale_follows or not frac.endswith("0")):
        # "42.195 km", « 1,859 euro »: three decimals (a group leaked from another
        # convention is a round figure: "more than 42.000 participants")
        return _decimal(f"{whole}.{frac}")
    return _decimal(whole + frac)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def parse_han(run: str, digits: Mapping[str, int], units: Mapping[str, int],
              scales: Mapping[str, Decimal], *, elided_place: bool = True) -> Decimal | None:
    """Value of a Han numeral such as 三百萬, 十億, 一千二百, 二〇一六 (digit by digit), 卅三
    (a character for a multiple of ten among the digits: 廿 = 20, 卅 = 30).

    Works for any numeral system of digits, small units (十百千) and large scales (万億兆):
    small units multiply the digit before them, large scales multiply everything before.
    `elided_place`: a lone last digit after a unit of 100 or more, at the end or before a
    scale word, counts in the next place down (Chinese: 一千二 = 1200, 一百一 = 110, 百二萬
    = 1,200,000); without it (Japanese) it counts units after 百 and 千 (百一 = 101,
    百二万 = 1,020,000) and is unread after a scale word (二万五: None).
    """
    if not run:
        return None
    if all(ch in digits and digits[ch] < 10 for ch in run) and len(run) > 1:
        return Decimal("".join(str(digits[ch]) for ch in run))  # 二〇一六 = 2016
    total = Decimal(0)
    section = Decimal(0)
    digit: int | None = None
    floor: int | None = None  # the last small unit of this section: units fall (千 … 百 … 十)
    last_scale: Decimal | None = None  # the last scale word's value: scales fall too
    i = 0
    while i < len(run):
        ch = run[i]
        scale = _scale_at(run, i, scales)
        if ch in digits and digits[ch] == 0 and digit is None:
            i += 1  # 零 holds an empty place: 一百零五 = 105
        elif ch in digits:
            if digit is not None and digit >= 10 and digit % 10 == 0 and digits[ch] < 10:
                digit += digits[ch]  # 卅三 = 33: a tens character, then a digit
                i += 1
                continue
            if digit is not None:
                return None  # two digits in a row outside the digit-by-digit form
            digit = digits[ch]
            i += 1
        elif ch in units:
            if floor is not None and units[ch] >= floor:
                return None  # 十三十四: two numbers (13 or 14), not one
            section += Decimal(1 if digit is None else digit) * units[ch]
            floor = units[ch]
            digit = None
            i += 1
        elif scale is not None:
            word, value = scale
            if elided_place and digit is not None and digit < 10 and i >= 2 \
                    and units.get(run[i - 2], 0) >= 100:
                # 百二萬 = 120 萬, 三千五万 = 3500 万: the elided place before a scale too
                section += Decimal(digit) * units[run[i - 2]] / 10
            else:
                section += Decimal(digit or 0)
            digit = None
            if section == 0 and total == 0:
                if i + len(word) < len(run):
                    return None  # 万百 (万百升: ten thousand hectolitres), 万一: no number
                section = Decimal(1)  # 億 alone: one of it
            if value > _largest(total):
                total = (total + section) * value  # 一萬億: the scale covers all before it
            elif last_scale is not None and value >= last_scale:
                return None  # 萬六萬七: two numbers (16,000 or 17,000), not one
            else:
                total = total + section * value  # 三億五千萬: a smaller scale adds on
            last_scale = value
            section = Decimal(0)
            floor = None
            i += len(word)
        else:
            return None
    if digit is not None and len(run) >= 2 and _multiplier(run[:-1], units, scales) >= 100:
        # 一千二 = 1200, 两万五 = 25000: a lone digit after a unit of 100 or more counts in
        # the next place down (after 零 it is units: 一千零二 = 1002).
        if not elided_place:
            if run[-2] not in units:
                return None  # 二万五: 20,005 or 25,000 — no exact reading
            return total + section + Decimal(digit)  # 百一 = 101
        return total + section + Decimal(digit) * _multiplier(run[:-1], units, scales) / 10
    section += Decimal(digit or 0)
    return total + section


def _multiplier(head: str, units: Mapping[str, int], scales: Mapping[str, Decimal]) -> Decimal:
    """The value of the unit or scale word that ends `head` (0 when it ends otherwise)."""
    if head[-1] in units:
        return Decimal(units[head[-1]])
    for length in (2, 1):
        if head[-length:] in scales:
            return scales[head[-length:]]
    return Decimal(0)


_MIXED_NUMBER = re.compile(r"[0-9](?:[0-9]|[.,](?=[0-9]))*")


def parse_mixed(run: str, units: Mapping[str, int], scales: Mapping[str, Decimal], *,
                decimal_sign: str, han_digits: Mapping[str, int] | None = None
                ) -> Decimal | None:
    """Value of a number of digit runs and Han units/scales: 4千, 5百万, 2万5千, 7万4521,
    36億8,000万, 1億2345万6789, 2.7亿 (the run is width-folded: ASCII digits).

    Each section before a scale is digit-coefficient × unit terms (5千, 3百) in falling
    order plus a digit run below the last unit; sections fall in scale (億 before 万).
    Forms that can be read two ways give None: a lone digit after a unit or scale of 100
    or more (4千5, 2万5: 4005 or 4500?), a decimal anywhere but alone before one scale
    (2.5万 yes, 2.5万3000 no), and sections that do not fall (3万2億, 1億12000万).
    With `han_digits`, a Han digit is a one-digit run too and 十 may open a section
    without one, as in a Han numeral: 三万6789, 二十万5千, 三千5百万, 十万5千.
    """
    tokens = _mixed_tokens(run, units, scales, decimal_sign, han_digits)
    if tokens is None or not tokens:
        return None
    if any(kind == "num" and value != value.to_integral_value() for kind, value, _ in tokens):
        ok = len(tokens) == 2 and tokens[0][0] == "num" and tokens[1][0] == "scale"
        return tokens[0][1] * tokens[1][1] if ok else None
    total = Decimal(0)
    section = Decimal(0)
    floor: Decimal | None = None  # the smallest unit used in this section
    prev_scale: Decimal | None = None
    coef: tuple[Decimal, int] | None = None  # a digit run and its digit count
    last_multiplier = Decimal(0)
    for kind, value, ndigits in tokens:
        if kind == "num":
            coef = (value, ndigits)
            continue
        if kind == "unit":
            if coef is None and han_digits and value == 10 and floor is None and section == 0:
                coef = (Decimal(1), 1)  # 十万: ten of it, as in a Han numeral
            if coef is None or coef[1] != 1 or coef[0] == 0 or (floor is not None
                                                                and value >= floor):
                return None
            section += coef[0] * value
            floor = value
        else:
            if coef is not None:
                if floor is not None and coef[0] >= floor:
                    return None
                section += coef[0]
            if section == 0 or (prev_scale is not None and section * value >= prev_scale):
                return None
            total += section * value
            prev_scale = value
            section, floor = Decimal(0), None
        coef, last_multiplier = None, value
    if coef is not None:
        if coef[1] == 1 and last_multiplier >= 100:
            return None  # 2万5, 4千5: ambiguous
        if (floor is not None and coef[0] >= floor) or (
            prev_scale is not None and section + coef[0] >= prev_scale
        ):
            return None
        section += coef[0]
    return total + section


def _mixed_tokens(run: str, units: Mapping[str, int], scales: Mapping[str, Decimal],
                  decimal_sign: str, han_digits: Mapping[str, int] | None = None
                  ) -> list[tuple[str, Decimal, int]] | None:
    tokens: list[tuple[str, Decimal, int]] = []
    i = 0
    while i < len(run):
        m = _MIXED_NUMBER.match(run, i)
        if m is not None:
            if tokens and tokens[-1][0] == "num":
                return None
            raw = m.group(0)
            follows = _scale_at(run, m.end(), scales) is not None
            value = parse_digits(raw, decimal_sign=decimal_sign, scale_follows=follows)
            if value is None:
                return None
            tokens.append(("num", value, sum(ch.isdigit() for ch in raw)))
            i = m.end()
        elif han_digits and run[i] in han_digits:
            if tokens and tokens[-1][0] == "num":
                return None
            tokens.append(("num", Decimal(han_digits[run[i]]), 1))
            i += 1
        elif run[i] in units:
            tokens.append(("unit", Decimal(units[run[i]]), 0))
            i += 1
        elif (scale := _scale_at(run, i, scales)) is not None:
            tokens.append(("scale", scale[1], 0))
            i += len(scale[0])
        else:
            return None
    return tokens


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
