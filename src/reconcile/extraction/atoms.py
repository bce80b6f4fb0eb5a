"""Number atoms in text: digit runs, Han numerals and number words, with their scales."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from reconcile.detect import is_cjk
from reconcile.extraction.expr import (
    Expr,
    Origin,
    dec,
    evolve,
    make_expr,
    non_overlapping,
    overlaps_any,
)
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.money import money_after, money_before
from reconcile.extraction.phrases import (
    SPACES,
    WORD_BEFORE_SPACE,
    is_word,
    letter_words,
    skip_spaces,
)
from reconcile.extraction.spelled import Reading, lone_ones, readings, spelled_goes_on
from reconcile.lang import LanguageProfile, spelled_key
from reconcile.numbers import (
    VULGAR_FRACTIONS,
    ascii_digits,
    parse_digits,
    parse_han,
    parse_mixed,
    split_groups,
)

# A digit, then digits or single separators that are followed by a digit. Each step eats
# one character, so the scan is linear whatever the input.
_DIGIT_RUN = re.compile(r"[0-9０-９](?:[0-9０-９]|[.,'’\u00a0\u202f\u2009 ](?=[0-9０-９]))*")


# A vulgar fraction character standing alone (½ cup), not glued to a number before it.
_FRACTION = re.compile(f"(?<![0-9０-９.,])[{''.join(VULGAR_FRACTIONS)}]")
_FRACTION_CHAR = re.compile(f"[{''.join(VULGAR_FRACTIONS)}]")  # a quick look first
_ONE = Decimal(1)


def atoms(text: str, lex: Lexicon, blocked: Sequence[tuple[int, int]],
          words: frozenset[str] | None = None, digits: bool = True) -> list[Expr]:
    """The number atoms of a segment; `words` are its letter_words, if already computed,
    and `digits` False when the text holds no decimal digit (about half of the sentences):
    then no digit run and no digit + Han unit number is looked for."""
    prof = lex.profile
    words = letter_words(text) if words is None else words
    atoms: list[Expr] = []
    space_groups = prof.group.strip(SPACES) == ""
    fractions: list[tuple[int, int]] = []
    # What a torn decimal and a slash fraction hold: without it, neither is looked for.
    spaced_point = " . " in text
    slash = "/" in text or "／" in text
    for m in _DIGIT_RUN.finditer(text) if digits else ():
        tokens = split_groups(m.group(0), space_groups=space_groups)
        if len(tokens) > 1 and not space_groups:
            tokens = _unambiguous(m.group(0), m.start(), tokens, blocked)
        for a, b in tokens:
            start, end = m.start() + a, m.start() + b
            raw = text[start:end]
            if len(raw) > 2 and raw[0] in "0０" and raw.isdecimal():
                continue  # "061", "0199": a code or a telephone number's part, no amount
            if end == m.end() and end < len(text) and text[end] in VULGAR_FRACTIONS:
                fractions.append((start, end + 1))  # 29¾: read below with its fraction
                continue
            if spaced_point and a == 0 and end == m.end() and _spaced_point(text, start, end):
                continue  # "6 . 2 %": a decimal torn apart by tokenizing; no exact reading
            if slash and _slash_fraction(text, start, end):
                continue  # "2/3": neither 2 nor 3 is a count, and no decimal is exact
            if slash and (mixed := _MIXED_FRACTION.match(text, end)) is not None \
                    and raw.isdigit() and len(raw) <= 3:
                # "10 1/2 miles": a small whole number and a fraction, 10.5 (a year before
                # a fraction stays a year: "in 2019 1/2 of them"); "10 1/3": no exact
                # decimal, no claim (the whole alone would be a wrong value).
                part = _exact_fraction(int(mixed.group(1)), int(mixed.group(2)))
                if part is not None:
                    atoms.append(make_expr(start, mixed.end(), Decimal(raw) + part, "digits",
                                           start, mixed.end(),
                                           money_before=money_before(text, start, lex)))
                continue
            lead = _leading_decimal(text, start, prof.decimal) if a == 0 else None
            if lead is not None:
                # ".08%", ".5 million": a decimal written without its leading zero; read
                # only where the decimal sign is a point and the digits are plain.
                if prof.decimal != "." or not raw.isdigit():
                    continue  # " ,08 %" may be a stray list comma: no reading is exact
                start = lead
            money = money_before(text, start, lex)
            # Only a token with a separator reads differently before a scale word or a
            # percent sign: "1,500 juta" and "4,800 %" in a language whose decimal sign is
            # the comma are 1.5 million and 4.8 % (a percentage of thousands is rare).
            scale_follows = ("." in raw or "," in raw) \
                and (scale_at(text, end, lex, money=money) is not None
                     or lex.percent_after.at(text, skip_spaces(text, end, 2)) is not None)
            value = (Decimal("0." + raw) if lead is not None else
                     parse_digits(raw, decimal_sign=prof.decimal, scale_follows=scale_follows,
                                  foreign_decimal=not prof.cjk))
            if value is None:
                continue
            atoms.append(make_expr(start, end, value, "digits", start, end,
                                   plain_int=ascii_digits(raw).isdigit(), money_before=money))
    blocked = _fraction_atoms(text, blocked, fractions, atoms)
    if lex.han_atoms is not None:
        small = {*prof.han_digits, *prof.han_units}
        han: list[Expr] = []
        # Two-digit runs read digit by digit (二三 = 23) stand for two numbers unless they
        # are the digits after a decimal word (三点二三): their reading once that is known.
        paired: dict[int, tuple[Decimal, Decimal] | None] = {}
        unread, unread_before = prof.han_unread, prof.han_unread + prof.han_unread_before
        for m in lex.han_atoms.finditer(text):
            run = m.group(0)
            if small.isdisjoint(run):
                continue
            odd = _han_odd(text, m, prof) if m.end() < len(text) \
                and text[m.end()] in prof.several else None
            if odd is None and m.start() > 0 and prof.vague:
                odd = _vague_head(text, m, prof)  # 上百万: a vague word's unit scaled
            if odd is not None:
                # 十数人, 百数十人, 二十几万: ten-odd people, a hundred and some tens
                han.append(odd)
                continue
            if unread_before and ((m.start() > 0 and text[m.start() - 1] in unread_before)
                                  or (m.end() < len(text) and text[m.end()] in unread)):
                # 七十八万五佰零六, 壹千, 半百: a number written with a character not read
                # (a financial form): no reading of its parts, no claim
                blocked = sorted([*blocked, (m.start(), m.end())])
                continue
            value = parse_han(run, prof.han_digits, prof.han_units, prof.scales,
                              elided_place=prof.han_elided_place)
            pair = _alternatives(run, prof)
            if value is None and pair is None:
                continue
            scales = [prof.scales[ch] for ch in run if ch in prof.scales]
            # The largest scale character is the number's scale, as for 36億8,000万
            # (_mixed_atoms): "二至三万" shares it with its first bound.
            scale = max(scales, default=Decimal(1))
            if value is None:
                if pair is not None and (bounds := pair[0]) is not None:
                    han.append(make_expr(m.start(), m.end(), bounds[0], "han", m.start(),
                                         m.end(), high=bounds[1], qualifier="range",
                                         scaled=bool(scales), scale=scale))
                continue
            atom = make_expr(m.start(), m.end(), value, "han", m.start(), m.end(),
                             scaled=bool(scales), scale=scale)
            if pair is not None:
                paired[id(atom)] = pair[0]
            han.append(atom)
        read = _han_decimals(text, han, prof)
        for atom in read:
            if id(atom) not in paired:
                atoms.append(atom)
            elif (bounds := paired[id(atom)]) is not None:
                atoms.append(evolve(atom, value=bounds[0], high=bounds[1], qualifier="range"))
    blocked = _mixed_atoms(text, lex, blocked, atoms) if digits else list(blocked)
    blocked = _spelled_atoms(text, lex, blocked, atoms, words)
    if lex.word_atoms is not None and lex.word_gate.open(text, words):
        for m in lex.word_atoms.finditer(text, words):
            if text[m.end():m.end() + 1] == "-" and m.group(0).casefold() in prof.one_durations:
                continue  # "sehari-hari": a doubled word (daily), not "one day"
            if unicodedata.category(text[m.end():m.end() + 1] or " ") == "Sc" \
                    and m.group(0).casefold() in prof.articles:
                continue  # "A$35": the letter of a currency symbol, no article
            atom = _word_atom(m.group(0), m.start(), m.end(), prof)
            if atom.duration is not None and blocked \
                    and m.group(0).casefold() in prof.one_durations:
                # « un demi-siècle »: the words of a fused span, not a failed spelled
                # number (« un demi ») that blocks it
                blocked = [b for b in blocked if not m.start() <= b[0] < b[1] <= m.end()]
            if atom.origin == "article" and m.start() > 0 and not prof.cjk \
                    and (of_one := _fraction_of_article(text, atom, atoms, lex)) is not None:
                # The fraction's words are this number's (a failed reading of "three
                # quarters", a word atom "three"), not numbers of their own.
                atoms = [a for a in atoms if not of_one.start <= a.start < m.start()]
                blocked = [b for b in blocked if not of_one.start <= b[0] < m.start()]
                if of_one.value == 0:  # "a third of a century": no exact value, no claim
                    blocked = sorted([*blocked, (of_one.start, of_one.end)])
                    continue
                atom = of_one
            if atom.origin == "several" and prof.cjk and m.start() > 0 \
                    and numeral_char(text[m.start() - 1], prof):
                # 十数人 (11 to 19), 百数十人, 二十几年: a number runs into the vague word;
                # read alone it would be 2 to 9 (a wrong value): read whole above
                # (_han_odd), or else neither is read.
                first = _numeral_start(text, m.start(), prof)
                if not any(a.start == first and a.end >= m.end() for a in atoms):
                    blocked = sorted([*blocked, (first, m.end())])
                continue
            if (atom.origin == "several" or atom.several is not None) and prof.cjk \
                    and m.start() > 0 and text[m.start() - 1] in prof.several_noun_heads:
                # 人数升至 (the number of people rose), 无数人 (countless people), 人数倍增
                # (the number doubled: no "several times")
                continue
            if atom.origin == "several" and prof.several_noun_words \
                    and any(text.startswith(w, m.start()) for w in prof.several_noun_words):
                continue  # 數位 (digital): a word of its own, no "several people"
            if atom.origin == "several" and not prof.cjk and _amount_before(text, m.start(), lex):
                # "une centaine de milliers de": the vague word is the scale of a vague
                # amount before it (about 100,000), not thousands alone.
                continue
            atoms.append(atom)
    free = [a for a in atoms if not overlaps_any(a.start, a.end, blocked)] if blocked else atoms
    return _without_spelled_points(text, non_overlapping(free), prof)


_HALF = Decimal("0.5")


def _fraction_of_article(text: str, article: Expr, read: Sequence[Expr],
                         lex: Lexicon) -> Expr | None:
    """"half a century", "a quarter of a percentage point", "three quarters of an hour": a
    spelled fraction, a fraction link and the article that ends it (language data
    `spelled.fraction_links`: "a", "of a") make one number, the fraction (times the count
    before it), whose unit follows; read as the article alone, "half a century" would be a
    century. An inexact fraction ("a third of a century") is returned with value 0: no
    exact value, no claim. None when no fraction comes before the article, or when the
    article is inside a number already read ("half a million")."""
    prof = lex.profile
    sp = prof.spelled
    key = text[article.start:article.end].casefold()
    for link in sp.fraction_links:
        head, _, last = link.rpartition(" ")
        if last != key:
            continue
        pos = article.start
        for word in reversed(head.split()):
            m = WORD_BEFORE_SPACE.search(text, max(0, pos - 30), pos)
            if m is None or m.group(1).casefold() != word:
                break
            pos = m.start(1)
        else:
            m = WORD_BEFORE_SPACE.search(text, max(0, pos - 30), pos)
            role = sp.roles.get(m.group(1).casefold()) if m is not None else None
            if m is None or role is None or role[0] not in ("fraction", "inexact"):
                continue
            start, value = m.start(1), role[1]
            if not head and value != _HALF:
                continue  # a one-word link after a half only: "the same quarter a year ago"
            count = WORD_BEFORE_SPACE.search(text, max(0, start - 30), start)
            if count is not None:
                word = count.group(1).casefold()
                if word in prof.articles:
                    start = count.start(1)
                elif sp.roles.get(word, ("",))[0] == "unit":
                    start, value = count.start(1), value * sp.roles[word][1]
            if any(a.start < article.end and article.start < a.end for a in read):
                return None  # "half a million": read already, with its scale word
            return make_expr(start, article.end, Decimal(0) if role[0] == "inexact" else value,
                             "word", start, article.end)
    return None


_LINKED_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+['\u2019]?)\s*$")


def _amount_before(text: str, pos: int, lex: Lexicon) -> bool:
    """An amount word of a vague amount and a linker right before pos ("centaine de")."""
    m = _LINKED_WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None or m.group(2).casefold() not in lex.profile.linkers:
        return False
    word = m.group(1).casefold()
    return word in lex.profile.scales or word in lex.vague_inner


def _han_odd(text: str, m: re.Match[str], prof: LanguageProfile) -> Expr | None:
    """A Han numeral, a several-character and an optional lower unit and scale: 十数 (ten and
    some: 11–19), 二十数 (21–29), 百数十 (110–190), 千数百 (1,100–1,900), 十数億 (1.1–1.9
    billion), zh 十几万 (110,000–190,000), 一百二十几亿. A several amount of the unit one
    place below the numeral's last (or of the unit written after it), added to it; None
    when the numeral does not end on that place (三数: no reading)."""
    base = parse_han(m.group(0), prof.han_digits, prof.han_units, {},
                     elided_place=False)
    if base is None or any(ch in prof.scales for ch in m.group(0)):
        return None
    pos = m.end() + 1
    end = pos
    while end < len(text) and (text[end] in prof.han_units or text[end] in prof.scales):
        end += 1
    tail = text[pos:end]
    unit = Decimal(prof.han_units[tail[0]]) if tail and tail[0] in prof.han_units else _ONE
    scale = _scale_of(tail[1:] if tail and tail[0] in prof.han_units else tail, prof)
    if scale is None or base < unit * 10 or base % (unit * 10):
        return None
    return make_expr(m.start(), end, scale, "several", m.start(), end,
                     several=(base + unit, base + 9 * unit), scaled=scale > 1, scale=scale)


def _vague_head(text: str, m: re.Match[str], prof: LanguageProfile) -> Expr | None:
    """A vague amount of the language data ("上百", "上千": [vague]) whose unit character
    begins a longer numeral: 上百万 (upwards of a million: 上百 × 万, 1–9.99 million),
    上千万元; None when the character before the numeral makes no vague word with its
    first."""
    run = m.group(0)
    vague = prof.vague.get(text[m.start() - 1] + run[0])
    scale = _scale_of(run[1:], prof) if len(run) > 1 else None
    if vague is None or run[0] not in prof.han_units or scale is None:
        return None
    return make_expr(m.start() - 1, m.end(), scale, "several", m.start() - 1, m.end(),
                     several=vague, scaled=True, scale=scale)


def _scale_of(chars: str, prof: LanguageProfile) -> Decimal | None:
    """The product of the scale characters `chars` (万億: 10^12; none: 1), or None when one
    of them is no scale."""
    scale = _ONE
    for ch in chars:
        if ch not in prof.scales:
            return None
        scale *= dec(prof.scales[ch])
    return scale


def _alternatives(run: str, prof: LanguageProfile
                  ) -> tuple[tuple[Decimal, Decimal] | None] | None:
    """Two numbers a Han numeral names at once by two digits side by side (an approximate
    range): 两三 (2 or 3), 三四十 (30 or 40), 五六百, 六七万, 十七八 (17 or 18), ja 二三日.
    Returns (the two readings, low and high), or (None,) when the two digits are not
    consecutive (三五, 九八: no exact reading); None when no two digits stand side by
    side, or the run is a number written digit by digit (二〇一六, 一九九八: three digits
    or more, or a zero among them)."""
    digits = prof.han_digits
    places = [i for i in range(len(run) - 1)
              if digits.get(run[i], 10) < 10 and digits.get(run[i + 1], 10) < 10]
    if len(places) != 1:
        return None
    at = places[0]
    if (len(run) > 2 and all(ch in digits for ch in run)) \
            or any(digits.get(ch) == 0 for ch in run):
        return None
    if digits[run[at + 1]] != digits[run[at]] + 1:
        return (None,)
    low = parse_han(run[:at + 1] + run[at + 2:], digits, prof.han_units, prof.scales,
                    elided_place=prof.han_elided_place)
    high = parse_han(run[:at] + run[at + 1:], digits, prof.han_units, prof.scales,
                     elided_place=prof.han_elided_place)
    if low is None or high is None or not low < high:
        return (None,)
    return ((low, high),)


def _han_decimals(text: str, han: list[Expr], prof: LanguageProfile) -> list[Expr]:
    """三点五亿 (3.5 × 10^8), 六点五 (6.5): a Han number, a decimal word of the language, then
    Han digits read one by one and perhaps a scale word, are one number. Read apart they
    would be two wrong ones (五亿); where the digits after the point are not plain, or a
    time unit follows (十点五分: 10:05), both halves are left to _without_spelled_points,
    which drops them."""
    points = prof.decimal_words
    if not points or len(han) < 2:
        return han
    out: list[Expr] = []
    i = 0
    while i < len(han):
        a = han[i]
        b = han[i + 1] if i + 1 < len(han) else None
        merged = None
        if b is not None and text[a.end:b.start] in points and not a.scaled:
            merged = _han_decimal(text, a, b, prof)
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _han_decimal(text: str, a: Expr, b: Expr, prof: LanguageProfile) -> Expr | None:
    run = text[b.start:b.end]
    digits = ""
    for ch in run:
        if ch not in prof.han_digits:
            break
        digits += str(prof.han_digits[ch])
    rest = run[len(digits):]
    if not digits or any(ch not in prof.scales for ch in rest) \
            or text[b.end:b.end + 1] in prof.decimal_not_before:
        return None
    scale = Decimal(1)
    for ch in rest:
        scale *= prof.scales[ch]
    value = (a.value + Decimal(f"0.{digits}")) * scale
    return make_expr(a.start, b.end, value, "han", a.start, b.end, scaled=bool(rest))


def _without_spelled_points(text: str, found: list[Expr], prof: LanguageProfile
                            ) -> list[Expr]:
    """The atoms, with two spelled numbers around a spelled decimal point read as one
    ("three point five million": 3,500,000; spelled_decimal) where they can be, else less
    both: read apart they would be two wrong numbers. A number before a point and number
    words that form no number ("three point two five": their reading failed) goes too."""
    words = prof.torn_points
    if not words or not found:
        return found
    out: list[Expr] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is None or text[a.end:b.start].strip().casefold() not in words:
            if a.origin not in ("word", "article") or not (
                    _torn_before(text, a.end, prof) or _torn_after(text, a.start, prof)):
                out.append(a)
            i += 1
            continue
        merged = _digit_point(text, a, b, prof) or spelled_decimal(text, a, b, prof)
        if merged is not None:
            out.append(merged)
        # (else both halves are dropped; so is a third number torn from the second)
        i += 2
        while merged is None and i < len(found) \
                and text[b.end:found[i].start].strip().casefold() in words:
            b = found[i]
            i += 1
    return out


def _digit_point(text: str, a: Expr, b: Expr, prof: LanguageProfile) -> Expr | None:
    """Two runs of digits around an unread point read as one decimal where the point can
    only be one: after a zero, or before a word of `point_decimal_before` (０・０２％)."""
    if not prof.point_decimal_before or a.origin != "digits" or b.origin != "digits" \
            or not a.plain_int or not b.plain_int:
        return None
    after = text[b.end:b.end + 4].lstrip()
    if a.value != 0 and not after.startswith(prof.point_decimal_before):
        return None
    value = Decimal(f"{int(a.value)}.{ascii_digits(text[b.start:b.end])}")
    return make_expr(a.start, b.end, value, "digits", a.start, b.end)


_WORD_AFTER_POINT = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")


def _torn_before(text: str, end: int, prof: LanguageProfile) -> bool:
    """Whether a decimal word and a number word (or zero) follow the number ending at
    `end`."""
    m = _WORD_AFTER_POINT.match(text, end)
    if m is None or m.group(1).casefold() not in prof.decimal_words:
        return False
    digit = m.group(2).casefold()
    return prof.spelled.roles.get(digit) is not None or digit in prof.zero_words


_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+\s+){1,4}$")


def _is_letter(char: str) -> bool:
    """Whether `char` is what [^\\W\\d_] matches: a word character (alphanumeric or "_"),
    neither a decimal digit nor "_" (re's Unicode classes are these str tests)."""
    return char.isalnum() and not char.isdecimal() and char != "_"


def _torn_after(text: str, start: int, prof: LanguageProfile) -> bool:
    """Whether a spelled decimal point, perhaps with zeros after it, stands right before
    the number at `start` ("point zero three"): its digits, not a number of their own."""
    if not prof.zero_words:
        return False
    low = max(0, start - 60)
    # The search's last word is the letters before the spaces before `start` (a match ends
    # with spaces there, and the letters before them are its last word): when that word is
    # no zero, nothing is popped below. Read backwards here, it spares the search its try at
    # every place of the 60 characters before (most numbers follow no zero word).
    end = start
    while end > low and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > low and _is_letter(text[begin - 1]):
        begin -= 1
    if end == start or begin == end or text[begin:end].casefold() not in prof.zero_words:
        return False
    m = _WORDS_BEFORE.search(text, low, start)
    if m is None:
        return False
    words = [w.casefold() for w in m.group(0).split()]
    while words and words[-1] in prof.zero_words:
        words.pop()
    return len(words) < len(m.group(0).split()) and bool(words) \
        and words[-1] in prof.decimal_words


def _spelled_number(text: str, e: Expr, prof: LanguageProfile) -> bool:
    """A spelled number, or an article atom that is the number word one ("one", "un", not
    "a")."""
    if e.origin == "word":
        return True
    role = prof.spelled.roles.get(text[e.start:e.end].casefold())
    return e.origin == "article" and role is not None and role[0] == "unit"


def spelled_decimal(text: str, a: Expr, b: Expr, prof: LanguageProfile) -> Expr | None:
    """One number from a spelled whole number, a spelled decimal point and one spelled
    digit after it, perhaps with a scale word ("three point five", "one point five
    million", "tiga koma lima juta"): None for any other form ("point two five", "point
    fifteen": their digits are not read one by one here)."""
    if not (_spelled_number(text, a, prof) and _spelled_number(text, b, prof)) or a.scaled \
            or a.value != a.value.to_integral_value():
        return None
    scale = b.scale if b.scaled and b.scale else Decimal(1)
    digit = b.value / scale
    if digit != digit.to_integral_value() or not 0 <= digit <= 9:
        return None
    value = (a.value + digit / 10) * scale
    return make_expr(a.start, b.end, value, "word", a.start, b.end, scaled=b.scaled,
                     scale=b.scale)


# A point with a space on each side, between two digits: text split into tokens ("sales
# rose 6 . 2 %"); running text never writes it so.
_POINT_BEFORE = re.compile(r"[0-9] \. $")
_POINT_AFTER = re.compile(r" \. [0-9]")


def _spaced_point(text: str, start: int, end: int) -> bool:
    """Whether the digit run at start:end is one half of a decimal that tokenizing tore
    apart ("6 . 2"): neither half is the number."""
    return (_POINT_BEFORE.search(text, max(0, start - 4), start) is not None
            or _POINT_AFTER.match(text, end) is not None)


def _leading_decimal(text: str, start: int, decimal: str) -> int | None:
    """Where a number written without its leading zero begins (the decimal sign before the
    digit run at `start`): the sign stands after a space, an opening bracket or a sign
    ("to .08%", "(.5)", "$.50"), not after a word or digit ("Fig.4", "1.5")."""
    if start == 0 or text[start - 1] not in {decimal, "."}:
        return None
    if start == 1:
        return 0
    before = text[start - 2]
    return start - 1 if before.isspace() or before in "([{~≈<>$€£" else None


_SLASH_FRACTION = re.compile(
    r"(?<![0-9.,/])[0-9]{1,2}[/／](?:[0-9]{1,2}|10{2,4})(?![0-9/])(?![.,][0-9])")


# A slash fraction after a whole number and one space: "10 1/2".
_MIXED_FRACTION = re.compile(r" ([0-9]{1,2})[/／]([0-9]{1,2})(?![0-9/])(?![.,][0-9])")


def _exact_fraction(numerator: int, denominator: int) -> Decimal | None:
    """numerator/denominator as an exact decimal, for a proper fraction whose denominator
    divides a power of ten (1/2, 3/4, 7/8); None otherwise (1/3)."""
    if not 0 < numerator < denominator:
        return None
    rest = denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    return Decimal(numerator) / Decimal(denominator) if rest == 1 else None


def _slash_fraction(text: str, start: int, end: int) -> bool:
    """The number is a part of a fraction written with a slash between two small whole
    numbers, or over a power of ten ("2/3 of the patients", "reduced by 3/4", "2/1000
    kilograms"): not a claim of its own. Larger parts ("97,039/1,617,204": deaths over
    cases) and dates stay numbers."""
    for m in _SLASH_FRACTION.finditer(text, max(0, start - 3), min(len(text), end + 3)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _unambiguous(raw: str, offset: int, tokens: list[tuple[int, int]],
                 blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tokens of a digit run split at spaces (split_groups, in a locale that does not
    group with spaces) without those of a stretch that would be one number where spaces
    group digits: "fined 9 800 Kč", "€9 800", "12 590 residents" are 9,800 and 12,590 as
    often as two numbers, and reading the last group alone (800 Kč) is a wrong value, so
    neither piece is read. A first piece that belongs to a blocked span (a date's day:
    "March 3 100 people") is not part of such a number."""
    grouped = [(a, b) for a, b in split_groups(raw, space_groups=True)
               if not any(low <= offset + a < high for low, high in blocked)]
    out: list[tuple[int, int]] = []
    for a, b in tokens:
        whole = next(((ga, gb) for ga, gb in grouped if ga <= a and b <= gb), None)
        if whole is not None and (whole[0], whole[1]) != (a, b):
            continue  # a piece of a space-grouped number: no claim
        out.append((a, b))
    return out


def _fraction_atoms(text: str, blocked: Sequence[tuple[int, int]],
                    glued: Sequence[tuple[int, int]], out: list[Expr]
                    ) -> list[tuple[int, int]]:
    """Add the numbers written with a vulgar fraction character to `out`: a whole number
    and the fraction glued to it (29¾ = 29.75) and a fraction alone (½ = 0.5). One with
    no exact decimal value (⅓) or after a number that is not a whole one is blocked, so no
    piece of it becomes a claim. Returns the blocked spans."""
    if not glued and _FRACTION_CHAR.search(text) is None:
        return list(blocked)  # no fraction character (nearly every text)
    failed: list[tuple[int, int]] = []
    alone = _FRACTION.finditer(text) if _FRACTION_CHAR.search(text) else ()
    spans = [*glued, *((m.start(), m.end()) for m in alone)]
    for start, end in spans:
        fraction = VULGAR_FRACTIONS[text[end - 1]]
        whole = ascii_digits(text[start:end - 1])
        if fraction is None or not (whole == "" or whole.isdigit()):
            failed.append((start, end))
            continue
        value = Decimal(whole or 0) + fraction
        out.append(make_expr(start, end, value, "digits", start, end))
    return sorted([*blocked, *failed]) if failed else list(blocked)


def _mixed_atoms(text: str, lex: Lexicon, blocked: Sequence[tuple[int, int]],
                 out: list[Expr]) -> list[tuple[int, int]]:
    """Add the digit + Han unit numbers of `text` to `out` (4千, 2万5千, 36億8,000万,
    三万6789); a
    run that cannot be read exactly is added to the blocked spans instead, so none of its
    pieces becomes a claim with a partial value. Returns the blocked spans."""
    if lex.mixed_atoms is None:
        return list(blocked)
    prof = lex.profile
    failed: list[tuple[int, int]] = []
    for m in lex.mixed_atoms.finditer(text):
        run = m.group(0)
        if " " in run and not _spaced_compound(text, m, prof):
            continue
        value = None
        if unit_takes_scale(text, m.end() - 1, m.end(), lex):
            # 3万千米: 千 begins the unit word (a kilometre), no part of the number.
            if _PLAIN_DIGITS.fullmatch(run[:-1]):
                continue  # 5千米, 2.3千克: the digit atom carries the number
            value = parse_mixed(run[:-1].replace(" ", ""), prof.han_units, prof.scales,
                                decimal_sign=prof.decimal)
            run = run if value is None else run[:-1].rstrip(" ")
        if value is None:
            value = parse_mixed(run.replace(" ", ""), prof.han_units, prof.scales,
                                decimal_sign=prof.decimal)
        if value is None:
            failed.append((m.start(), m.end()))
            continue
        end = m.start() + len(run)
        multipliers = [Decimal(v) for k, v in prof.han_units.items() if k in run]
        multipliers += [v for k, v in prof.scales.items() if k in run]
        out.append(make_expr(m.start(), end, value, "digits", m.start(), end,
                             scaled=True, scale=max(multipliers)))
    if lex.han_mixed_atoms is not None:
        # 三万6789, 二十万5千: a Han numeral and digits, one number. Read alone, the halves
        # would be two wrong ones (30,000 and 6,789); a run that cannot be read exactly
        # (三万5: 30,005 or 35,000?) is blocked, as a digit-led one is.
        for m in lex.han_mixed_atoms.finditer(text):
            run = m.group(0)
            value = parse_mixed(run, prof.han_units, prof.scales, decimal_sign=prof.decimal,
                                han_digits=prof.han_digits)
            if value is None:
                failed.append((m.start(), m.end()))
                continue
            multipliers = [Decimal(v) for k, v in prof.han_units.items() if k in run]
            multipliers += [v for k, v in prof.scales.items() if k in run]
            out.append(make_expr(m.start(), m.end(), value, "han", m.start(), m.end(),
                                 scaled=True, scale=max(multipliers)))
    return sorted([*blocked, *failed]) if failed else list(blocked)


_PLAIN_DIGITS = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)?")
_DIGIT_AFTER_UNIT = re.compile(r"[^\d., ] ?\d")


def _spaced_compound(text: str, m: re.Match[str], prof: LanguageProfile) -> bool:
    """Whether a run of digits and Han units written with spaces ("3 万 4,500") is one
    number: a digit run must follow a unit (else the digits and the scale word after them
    are read as before), and the run must not end before a date marker ("5 万 2019 年": the
    year is a number of its own)."""
    if _DIGIT_AFTER_UNIT.search(m.group(0)) is None:
        return False
    after = skip_spaces(text, m.end(), 1)
    markers = [w for w in (prof.date_year, prof.date_month, prof.date_day) if w]
    return not any(text.startswith(w, after) for w in markers)


def unit_takes_scale(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """Whether a CJK scale or unit character at `at` (ending at `end`) begins a longer unit
    word (兆瓦 megawatt, 兆赫 megahertz, 千米 kilometre): then it is the unit's prefix,
    not a scale of the number before it."""
    if not is_cjk(text[at]):
        return False
    hits = (lex.quantity_after.at(text, at), lex.quantity_words.at(text, at))
    return any(hit is not None and hit[0] > end for hit in hits)


def _spelled_atoms(text: str, lex: Lexicon, blocked: Sequence[tuple[int, int]],
                   out: list[Expr], words: frozenset[str]) -> list[tuple[int, int]]:
    """Add the spelled-out numbers of `text` to `out` ("forty-three", "deux cent mille");
    words that form no one number ("three two") are blocked, so no piece of them is read."""
    if lone_ones(text, words, lex.spelled_index):
        return list(blocked)  # "un", "one" alone: each stays an article atom (below)
    failed: list[tuple[int, int]] = []
    for r in readings(text, lex.profile.spelled, lex.profile.articles, words,
                      lex.spelled_index):
        if r.value is not None and (cut := _minor_unit_inside(text, r, lex)) is not None:
            r = cut  # « six cents australiens »: six Australian cents, not 600
        if r.value is None or _scale_left_behind(text, r.start, lex.profile):
            failed.append((r.start, r.end))
        elif r.value != 1 or r.scaled:
            # A lone "one" ("one week", "une fois") stays an article atom, as before.
            out.append(make_expr(r.start, r.end, r.value, "word", r.start, r.end, scaled=r.scaled,
                                 scale=r.scale))
    return sorted([*blocked, *failed]) if failed else list(blocked)


# The two words before a spelled number, the later of them its connector if it is one
# ("thousand and nine hundred": "thousand", "and").
_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)(?:\s+([^\W\d_]+))?\s+$")


def _scale_left_behind(text: str, start: int, prof: LanguageProfile) -> bool:
    """Whether a scale or hundreds word stands right before a spelled number that did not
    take it, alone or before one of the number's connectors ("Thousand and nine hundred
    twenty", "cut thousand and two hundred jobs": no article nor number before "thousand",
    so no reading takes it): the number goes on to the left, and its remainder alone (920,
    200) would be a wrong value; no claim."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    roles, connectors = prof.spelled.roles, prof.spelled.connectors
    scale = 2 if m.group(2) is not None else 1  # the group of the word before the number
    if scale == 2 and spelled_key(m.group(2)) in connectors:
        scale = 1  # "thousand and": the word before the connector
    if roles.get(spelled_key(m.group(scale)), ("", 0))[0] not in ("scale", "hundred"):
        return False
    # (A scale word after digits, a number word or an article is that number's: "2,6
    # milliards deux jours plus tard" are two days.)
    before = _WORD_OR_DIGIT_BEFORE.search(text, max(0, m.start(scale) - 40), m.start(scale))
    return before is None or (before.group(1) is None
                              and spelled_key(before.group(2)) not in roles
                              and spelled_key(before.group(2)) not in prof.articles)


# What ends right before a word, past its spaces: a digit, or a letter word.
_WORD_OR_DIGIT_BEFORE = re.compile(r"(?:([0-9０-９])|([^\W\d_]+))\s*$")


def _minor_unit_inside(text: str, r: Reading, lex: Lexicon) -> Reading | None:
    """The reading without its last word where that word begins a currency's hundredth
    named past the reading (« six cents australiens »: "cents" is the Australian cent, the
    number six), or None. Read again from the text before that word. Not where a capital
    follows (« six cents Canadiens »: 600 Canadians, a noun of people)."""
    last = text.rfind(" ", r.start, r.end) + 1
    if last <= r.start:
        return None
    hit = lex.minor_units.at(text, last)
    if hit is None or hit[0] <= r.end or not text[last:hit[0]].islower():
        return None
    return next((s for s in readings(text[:last].rstrip(), lex.profile.spelled,
                                     lex.profile.articles, index=lex.spelled_index)
                 if s.start == r.start and s.value is not None), None)


def numeral_char(ch: str, prof: LanguageProfile) -> bool:
    """Whether a character belongs to a numeral: a digit, Han digit or Han unit."""
    return ch.isdigit() or ch in prof.han_digits or ch in prof.han_units


def _numeral_start(text: str, end: int, prof: LanguageProfile) -> int:
    """Where the numeral ending at `end` begins."""
    start = end
    while start > 0 and numeral_char(text[start - 1], prof):
        start -= 1
    return start


def _word_atom(word: str, start: int, end: int, prof: LanguageProfile) -> Expr:
    key = re.sub(r"\s+", " ", word).casefold()
    if key in prof.vague:
        return make_expr(start, end, Decimal(1), "several", start, end, several=prof.vague[key],
                         vague=True)
    if key in prof.several:
        return make_expr(start, end, Decimal(1), "several", start, end, several=prof.several[key])
    if key in prof.multiplier_words:
        return make_expr(start, end, Decimal(prof.multiplier_words[key]), "multiplier", start,
                          end, multiplier=True)
    if key in prof.multiplier_several:
        return make_expr(start, end, Decimal(1), "multiplier", start, end, multiplier=True,
                          several=(Decimal(2), Decimal(9)))
    if key in prof.one_durations:
        unit, factor = prof.durations.get(prof.one_durations[key], (prof.one_durations[key], 1))
        if factor != 1:  # "the next decade": a span of ten years
            return make_expr(start, end, Decimal(factor), "word", start, end, duration=unit)
        # "setahun": one word for "one" and a time unit, an article before a duration.
        return make_expr(start, end, Decimal(1), "article", start, end,
                         duration=prof.one_durations[key])
    if key in prof.fused_scales:
        return make_expr(start, end, prof.fused_scales[key], "word", start, end, scaled=True)
    if key in prof.articles:
        return make_expr(start, end, Decimal(1), "article", start, end)
    return make_expr(start, end, Decimal(prof.number_words[key]), "word", start, end)


def scale_at(text: str, pos: int, lex: Lexicon, *, money: bool = False
             ) -> tuple[int, Decimal] | None:
    """A scale word after a number: long words after optional space, short ones attached
    or after one space. A one-letter short scale (M, k, T) needs money in sight: `money`
    (a currency before the number) or a currency right after the letter ("12 M€"); else
    "100m" or "5 M" could be metres (see reconcile.extraction.money)."""
    q = skip_spaces(text, pos, 2)
    hit = lex.scales.at(text, q)
    if hit is not None and unit_takes_scale(text, q, hit[0], lex):
        hit = None  # 5兆瓦: five megawatts, not five trillion watts
    if hit is not None and (q > pos or is_cjk(text[q]) or not is_word(text[q])):
        return hit[0], dec(hit[1])
    for start in dict.fromkeys((pos, skip_spaces(text, pos, 1))):
        short = lex.short_scales.at(text, start)
        if short is None:
            continue
        if short[0] - start >= 2 or money or money_after(text, short[0], lex):
            return short[0], dec(short[1])
    return None


_DIGITS_AT = re.compile(r"[0-9０-９]+")


def cjk_tail(text: str, pos: int, lex: Lexicon, last: Decimal) -> tuple[int, Decimal] | None:
    """The rest of a compound CJK number after a scale word: 1億5000万 → (end, 5000万)."""
    if not lex.profile.cjk:
        return None
    m = _DIGITS_AT.match(text, pos)
    if m is None:
        return None
    hit = lex.scales.at(text, m.end())
    digits = ascii_digits(m.group(0))
    if hit is None or not digits.isdigit() or dec(hit[1]) >= last:
        return None
    return hit[0], Decimal(digits) * dec(hit[1])


def tally_atoms(text: str, lex: Lexicon, words: frozenset[str]) -> list[Expr]:
    """The two numbers of each tally of [counts] tallies ("by 289 votes to 262", « par 289
    voix contre 262 »), each a count of the tally's counter: 289 votes and 262 votes.
    (Both numbers are in the nonclaim spans of `lex.tallies`, so no other reader reads
    them.)"""
    if not lex.count_tallies or not lex.tallies_gate.open(text, words):
        return []
    out: list[Expr] = []
    taken: list[tuple[int, int]] = []
    for counter, pattern in lex.count_tallies:
        for m in pattern.finditer(text):
            if overlaps_any(m.start(), m.end(), taken):
                continue  # an earlier template read this tally
            values = [_tally_value(m.group(g), lex.profile) for g in ("a", "b")]
            if None in values or (values[0] == values[1]
                                  and text[m.end("a"):m.start("b")] in _DASHES):
                continue  # (a vote split "50-50" is even, no count of votes said)
            if _one_spelled(text[m.start("a"):m.end("b")], lex.profile) \
                    or spelled_goes_on(text, m.end("b"), lex.profile.spelled):
                continue  # "voted fifty-one" is no tally of 50 to 1: no count read
            taken.append((m.start(), m.end()))
            for g, value in zip(("a", "b"), values, strict=True):
                assert value is not None
                raw = m.group(g)
                origin: Origin = "digits" if raw[0].isdigit() else \
                    "han" if is_cjk(raw[0]) else "word"
                out.append(make_expr(m.start(g), m.end(g), value, origin, m.start(g), m.end(g),
                                     counter=counter, plain_int=origin == "digits"))
    return sorted(out, key=lambda e: e.start)


_DASHES = frozenset("-–‐")


def _one_spelled(raw: str, prof: LanguageProfile) -> Decimal | None:
    """The value of `raw` when all of it is one spelled number, else None."""
    found = readings(raw, prof.spelled, prof.articles)
    whole = [r for r in found if r.start == 0 and r.end == len(raw)]
    return whole[0].value if len(found) == 1 and whole else None


def _tally_value(raw: str, prof: LanguageProfile) -> Decimal | None:
    """The value of a tally's number: digits, number words read whole ("fifty-one",
    "dua puluh satu": the spelled grammar's one reading of all of them, else None) or a
    Han numeral."""
    if raw[0].isdigit():
        return Decimal(ascii_digits(raw))
    role = prof.spelled.roles.get(raw.casefold())
    if role is not None:
        return role[1]
    if not is_cjk(raw[0]):
        return _one_spelled(raw, prof)
    return parse_han(raw, prof.han_digits, prof.han_units, {},
                     elided_place=prof.han_elided_place)
