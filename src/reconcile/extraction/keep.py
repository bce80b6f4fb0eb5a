"""The keep policy: which expressions are claims, their kind, counted noun, and bare years."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reconcile.detect import is_cjk
from reconcile.extraction.atoms import numeral_char
from reconcile.extraction.expr import Expr, evolve, noun_pos
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import back_spaces, number_at, number_ends_at, skip_spaces
from reconcile.extraction.quantities import BASIS_POINT, PERCENTAGE_POINT, plausible
from reconcile.extraction.spelled import NUMBER_PARTS
from reconcile.extraction.updates import UpdateWords, update_words
from reconcile.lang import LanguageProfile, spelled_key
from reconcile.model import ClaimKind

YEAR_RANGE = (1700, 2199)
# A count of times told by a word that is also a unit of measure (ja 度) stays below this.
_FEW_TIMES = 10
# A four-digit year and a slash right before a number (2024/3期).
_YEAR_SLASH_BEFORE = re.compile(r"(?<![0-9０-９])(?:19|20)[0-9]{2}[/／]$")
# One to three digits and an ideographic comma right before a number (6、544人).
_GROUP_COMMA_BEFORE = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,3}、$")


def claim_kind(e: Expr) -> ClaimKind:
    if e.date or e.relative:
        return "date"
    if e.currency:
        return "money"
    if e.quantity == PERCENTAGE_POINT or e.quantity == BASIS_POINT:
        return "percent"
    if e.quantity:
        return "quantity"
    if e.percent:
        return "percent"
    if e.duration:
        return "duration"
    if e.multiplier:
        return "multiplier"
    return "count"


def keep(text: str, e: Expr, kind: ClaimKind, lex: Lexicon, heading: bool) -> bool:
    """Whether an expression is a claim rather than an identifier, ordinal or stray digit."""
    if e.ordinal or e.identifier or e.unknown_currency or e.unsure:
        return False  # unsure: a unit word that may be money or a mass ("pounds")
    if e.quantity is not None and not plausible(e.value, e.quantity):
        return False  # "10.000 SR": no magnitude, and no other reading of the number
    if e.quantity is not None and e.end < len(text) and text[e.end].isdigit():
        return False  # 身高1米80 (1.80 m): a measure written in two units, not 1 m
    if kind == "date":
        return True
    if e.origin == "multiplier" and e.several is not None and e.counter == "times":
        return False  # "several times" (how often): too loose a count to compare
    if e.qualifier == "range" and e.high == e.value and not e.has_unit \
            and count_noun(text, noun_pos(e), lex, stop=True) is None:
        # "ended 1-1", "drew 0-0 in Madrid": a tie or a score, no range of values. With a
        # unit or a counted noun ("$200,000-$200,000", "300-300 swabs": a bound slipped in
        # translation) it stays the amount, to be compared.
        return False
    if e.scaled and e.currency is None and lex.profile.scales_money_only \
            and any(w in text[e.num_start:e.end] for w in lex.profile.scales_money_only):
        return False  # 带宽100兆: 10^12 only as money (Taiwan), else "mega"
    if _product(text, e, lex):
        return False  # "2 fois six runs", "3 times 4": a product or repetition, no claim
    if kind == "money" and e.value == 1 and e.qualifier == "eq" and _rate_base(text, e.end, lex):
        return False  # "1ドル＝148円", "$1 = 0.92 €": the base of an exchange rate
    if kind == "quantity" and e.value == 1 and e.qualifier == "eq" and lex.profile.cjk \
            and _price_after(text, e.end, lex):
        return False  # 1トン約4000ドル: the unit a price is per, no amount of one tonne
    if kind == "duration" and e.duration == "year" and e.origin == "digits" and e.plain_int \
            and e.num_end - e.num_start == 4 and e.qualifier == "eq" and not e.scaled \
            and YEAR_RANGE[0] <= e.value <= YEAR_RANGE[1] and e.value % 100:
        # "menjadikan 2025 tahun terburuk": a year before its noun, no span of 2,025 years
        # (a round "2000 years" may be one)
        return False
    # The counted noun after the number (count_noun), read once, when first needed.
    noun: str | None = _UNREAD
    if kind == "duration" and (_comparison_base(text, e, lex) or (
            lex.profile.duration_not_before
            and text.startswith(lex.profile.duration_not_before, e.end))
            or _month_of_name(text, e, lex)):
        # 比一年前高出40美分, 1年前より40セント高い: the base, no span; 一个月球日: the
        # unit word starts another word (月球, the moon); "un mois de novembre": a month
        return False
    if kind == "count":
        if e.origin == "digits" and _YEAR_SLASH_BEFORE.search(
                text, max(0, e.num_start - 6), e.num_start):
            return False  # 2024/3期: the month of a fiscal period's end, no count of terms
        if lex.profile.cjk and e.origin == "digits" and e.num_end - e.num_start == 3 \
                and _GROUP_COMMA_BEFORE.search(text, max(0, e.num_start - 5), e.num_start):
            return False  # 6、544人: a thousands group written with 、 (6,544?), or a list
        if e.value > 0 and (sign := lex.percent_negative.before(
                text, back_spaces(text, e.start))) is not None and sign[1]:
            return False  # "tercatat minus 1.200.000": a balance below zero, no count
        if e.counter == "times" and (e.value >= _FEW_TIMES or e.value % 1) \
                and text[e.num_end:e.end].strip().casefold() in lex.profile.quantities.cues:
            # 25度, 北緯38度: a measure whose cue the sentence lacks (degrees of heat, of
            # angle, of latitude?), not 25 occasions (a count of times by 度 is a few: 2度)
            return False
        if _fraction_part(text, e, lex) or _proportion(text, e, lex):
            return False  # 3分の1, 三分之二以上, 5人に1人: a fraction has no exact count
        if lex.profile.count_half_after and _half_after(text, e, lex):
            return False  # « trois saisons et demie », 三個半賽季: three and a half, no 3
        if lex.profile.measure_prefixes and not e.has_unit:
            noun = count_noun(text, noun_pos(e), lex)
            if _measure_noun(noun, lex):
                return False  # "40 kilodaltons": thousands of a unit, no count
    if e.origin == "article":
        # "one percentage point", "un point de pourcentage", "satu persen": a percent of one
        return e.scaled or kind == "percent" or (
            e.duration is not None and not _how_often(text, e.start, lex)
            and (e.value > 1 or _span_of_one(text, e, lex)))
    if e.origin == "several":
        if e.duration and e.start == e.num_start and lex.profile.several_period_before \
                and text.endswith(lex.profile.several_period_before, 0, e.start):
            return False  # "pada beberapa hari": on some days, no span
        if e.scaled or e.has_unit:
            return True
        # "hundreds of people", "dozens died": a vague amount counts a noun, like a word.
        # A several-word alone ("beberapa pasien": some patients) is too loose to be one.
        if _after_determiner(text, e.start, lex):
            return False
        if e.vague and lex.profile.cjk:  # 何千もの人々: a linking particle, then the noun
            return any(text.startswith(w, e.end) for w in lex.profile.vague_links)
        if e.vague:
            return _noun(text, e, lex, noun) is not None
        return _several_count(text, e, lex)
    if e.origin == "han" and kind in ("percent", "duration", "quantity", "money") and (
            link := lex.profile.share_data.get("cjk_link")) \
            and str(link) in text[e.start:e.end]:
        # その約3分の1: a share of what it names; 100分の1秒, 百分之一秒: a hundredth of a
        # second (extraction/shares.py, grow._percent_of_unit)
        return True
    if e.origin == "han":
        if text[e.num_start:e.end] in lex.profile.counters_han_words \
                or text[e.num_start:e.end + 1] in lex.profile.counters_han_words:
            # 四处 (everywhere), 九州 (Kyushu), 二度と (never again): a word, no count
            return False
        if (_after_determiner(text, e.start, lex) and not (
                kind == "duration" and text.startswith(lex.profile.span_offset_after, e.end))) \
                or (
                lex.profile.weekday_before and text[e.num_start:e.num_end] in _WEEKDAY_DIGITS
                and text.endswith(lex.profile.weekday_before, 0, e.num_start)):
            # その二人 (those two): a reference (not a span from it: その二週間後, as
            # その2週間後 is one); 周二晚间: Tuesday evening, no two nights (每周两次 stays
            # twice)
            return False
        # (a sign word before it makes the value negative: 负五百元, 零下二十摄氏度)
        return e.has_unit and (abs(e.value) >= 2 or e.scaled or _one_duration(text, e, lex)
                               or _one_named_currency(text, e, lex))
    if kind != "count":
        return True
    if e.origin == "word":
        if _lone_hundred(text, e, lex):
            return False  # "hundred people", "a couple of hundred": no number stated
        if _after_determiner(text, e.start, lex):
            return False  # "les deux parties", "the two men": a reference, not a count
        return e.value >= 2 and (e.scaled or e.counter is not None
                                 or _noun(text, e, lex, noun) is not None)
    if heading and e.start == 0 and not e.counter and not _casualty(text, e, lex) \
            and _section_number(text, e):
        return False  # a heading's leading number is its section number
    if e.counter and _lone_one(e):
        return False  # 1人, 1つ: "one" is also an article or pronoun; no count of one
    if e.counter and not e.scaled and _fractional(e) and not _averaged(text, e, lex):
        # 1.5度 (times?), 0.31 例 (a rate's value): no count is a fraction of a counter's
        # things (a scale word makes whole things: 1.5万人), but an average may be
        # (年平均7.6個の台風, 平均8.5泊)
        return False
    if not e.scaled and not e.counter and _fractional(e):
        noun = _noun(text, e, lex, noun)
        if noun is None:
            return False  # "were 1.4 to 2.4": a fraction of nothing named counts no things
    if lex.profile.cjk and e.high is not None and not e.has_unit and not e.scaled \
            and _BARE_DASHED.fullmatch(text, e.start, e.end) is not None:
        return False  # 波音737-800, ボーイング737-800型機: a model's number, no range of things
    if e.scaled or e.counter or e.qualifier != "eq" or e.high is not None:
        return True
    return abs(e.value) >= 2 and (_noun(text, e, lex, noun) is not None
                                  or _count_ratio(text, e, lex) or _share_after(text, e)
                                  or _new_level(text, e, lex) or _noun_before(text, e, lex)
                                  or _victims(text, e, lex) or _genitive_count(text, e, lex)
                                  or _glued_count(text, e, lex))


def _genitive_count(text: str, e: Expr, lex: Lexicon) -> bool:
    """"87のコミュニティー", "全国36の気象区分", "14の村": a whole number of digits, the
    genitive of [counts] genitive and a word of the script counts that word's things (no
    counter needed); not after a letter, katakana, a digit or a sign glued before it (a
    model's or a code's number: "G7の", "ボーイング737の")."""
    particle = lex.profile.count_genitive
    if not particle or e.origin != "digits" or e.value != e.value.to_integral_value() \
            or not text.startswith(particle, e.end):
        return False
    if text.startswith(lex.profile.count_genitive_not, e.end + len(particle)):
        return False
    after = text[e.end + len(particle):e.end + len(particle) + 1]
    return bool(after) and is_cjk(after) and not _named_before(text, e.start)


def _named_before(text: str, start: int) -> bool:
    """Whether a letter, katakana or a sign glued before a number makes it a model's or a
    code's ("G7の", "ボーイング737の", "#3")."""
    before = text[start - 1:start] if start > 0 else ""
    return (before.isalnum() and not is_cjk(before)) or "\u30a0" <= before <= "\u30ff" \
        or (bool(before) and before in "-‐+#№")


def _glued_count(text: str, e: Expr, lex: Lexicon) -> bool:
    """"14病院", "37炭鉱", "350ビットコイン": a whole number of digits glued to a word of two
    characters or more of the script ([counts] glued) counts that word's things; not a word
    that starts with one of [counts] glued_not (16世, 2進数, 23日遅れ), nor a rate's
    denominator (1座席当たり), nor a model's or a code's number (as _genitive_count)."""
    prof = lex.profile
    if not prof.count_glued or e.origin != "digits" or e.value != e.value.to_integral_value() \
            or e.end != e.num_end:
        return False
    return glued_noun(text, e.end, lex) is not None and not _named_before(text, e.start)


def glued_noun(text: str, pos: int, lex: Lexicon) -> str | None:
    """The word glued to a number ending at `pos` that it counts ([counts] glued: 14病院 →
    病院), or None (see _glued_count)."""
    prof = lex.profile
    word = _GLUED_WORD.match(text, pos) if prof.count_glued else None
    if word is None or text.startswith(prof.count_glued_not, pos) \
            or word.group(0).endswith(prof.count_glued_not_ending) \
            or any(text.startswith(w, word.end()) or text.startswith(w, word.end() - 1)
                   for w in prof.rate_after) \
            or any(table.at(text, pos) is not None for table in (
                lex.quantity_after, lex.currency_after, lex.durations, lex.percent_after)):
        return None  # (a unit left unread for want of its cue counts nothing: 500ミリ)
    return word.group(0)


# A word of two characters or more of one kind, Han or katakana (病院, ビットコイン).
_GLUED_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[\u30a1-\u30fa\u30fc]{2,}")


# Two runs of digits joined by a dash and nothing else (737-800).
_BARE_DASHED = re.compile(r"[0-9]+[-–][0-9]+")


def _noun_before(text: str, e: Expr, lex: Lexicon) -> bool:
    """"a combined workforce of 51,000", "its population of 48 million", "put the crowd at
    45,000": a number whose counted noun stands before it, after an article (an adjective
    between them) and behind a link ([counts] noun_of_*, thousands only after one of
    noun_of_large_links); not an age, a measure or a part ("at the age of 58")."""
    prof = lex.profile
    if not prof.noun_of_links:
        return False
    words = _WORD.findall(text, max(0, e.start - 60), e.start)[-4:]
    if len(words) < 3 or words[-1].casefold() not in prof.noun_of_links \
            or not text[:e.start].rstrip().endswith(words[-1]) \
            or (words[-1].casefold() in prof.noun_of_large_links and abs(e.value) < 1000):
        return False
    noun = words[-2].casefold()
    if noun in prof.noun_of_not or not noun.isalpha():
        return False
    return words[-3].casefold() in prof.noun_of_articles or (
        len(words) == 4 and words[-4].casefold() in prof.noun_of_articles
        and words[-3].isalpha())


def _lone_hundred(text: str, e: Expr, lex: Lexicon) -> bool:
    """A hundred word alone, with no number or article of its own ("hundred", "dozen",
    "ratus"), where the language does not let it stand so ([spelled] bare: French
    "cent" does): a word of a number whose first words are missing. (With a several word
    before it, "several hundred" is read as a vague amount before keep sees it.)"""
    sp = lex.profile.spelled
    key = spelled_key(text[e.start:e.end])
    role = sp.roles.get(key)
    return role is not None and role[0] == "hundred" and key not in sp.bare


# A counted noun not read yet (keep's `noun`): no word read by count_noun is this.
_UNREAD = "\0"


_WORDS_BEFORE = re.compile(r"([^\W\d_]+)(?:,?\s+([^\W\d_]+))?\s+$")
# A verb, an opener, the old value and a joining word, right before a number (a comma may
# set the values off: "nearly tripled, from 30 to 87").
_PAIR_BEFORE = re.compile(
    r"([^\W\d_]+),?\s+([^\W\d_]+)\s+[0-9][0-9., \u00a0\u202f]*\s+([^\W\d_]+)\s+$")
# The words of a clause before a position (no clause mark but a comma; a point between
# digits is a decimal's).
_CLAUSE_TAIL = re.compile(r"(?:[^.;:!?()]|(?<=\d)[.,:](?=\d))*$")
_LETTERS = re.compile(r"[^\W\d_]+")


def _verb_in_clause(text: str, pos: int, verbs: frozenset[str], count: int) -> bool:
    """Whether one of the last `count` words of the clause before `pos` is a verb of
    `verbs` (within 40 characters)."""
    clause = _CLAUSE_TAIL.search(text, max(0, pos - 40), pos)
    return clause is not None and any(w.casefold() in verbs
                                      for w in _LETTERS.findall(clause.group())[-count:])


def _new_level(text: str, e: Expr, lex: Lexicon) -> bool:
    """"The death toll rose to 1,234": a number right after a verb of change and a word
    that joins its new level (a range connector or an update joint: "to", "à",
    "menjadi") is the figure the sentence is about, though its noun stands before it; so is
    its old level after a verb or a word of direction and an opener ("up from 1,100",
    "naik dari 1.100")."""
    words = update_words(lex.profile.code)
    # Every reading but a stated level ends in a word of a change's links right before the
    # number: tested first on the letters there, a look that costs less than the patterns.
    last = letters_before(text, e.start, max(0, e.start - 60))
    if last is None or not last[1].casefold().endswith(
            _level_links(lex.profile.code, lex.profile.range_connectors)):
        return bool(words.levels) and _stated_level(text, e, words)
    pair = _PAIR_BEFORE.search(text, max(0, e.start - 60), e.start)
    if pair is not None:  # "rose from 1,100 to 1,234": the new level of a stated change
        verb, opener, joint = (pair.group(i).casefold() for i in (1, 2, 3))
        if opener in words.openers \
                and (joint in words.joints or joint in lex.profile.range_connectors):
            if verb in words.before or verb in words.directions:
                return True
            # ("berkurang hampir separuh, dari 291.000 menjadi 148.200": the verb a few
            # words back in its clause)
            if _verb_in_clause(text, pair.start(), words.before, 3):
                return True
    if _level_after_change(text, e, lex, words):
        return True
    if words.levels and _stated_level(text, e, words):
        return True
    m = _WORDS_BEFORE.search(text, max(0, e.start - 40), e.start)
    if m is None or m.group(2) is None:
        return False
    verb, joint = m.group(1).casefold(), m.group(2).casefold()
    if joint in words.openers or joint in words.by:
        # ("fell by 2,310", "was down by 147,320": the change of the figure, its noun
        # before it, as « en baisse de 2 310 » reads; "fell only slightly, from 5,980": the
        # verb a few words before the opener)
        if verb in words.before or verb in words.directions:
            return True
        return joint in words.openers and _verb_in_clause(text, m.start(), words.before, 4)
    return verb in words.before and (joint in words.joints
                                     or joint in lex.profile.range_connectors)


@lru_cache(maxsize=16)
def _level_links(code: str, range_connectors: tuple[str, ...]) -> tuple[str, ...]:
    """The words one of which ends every reading of _new_level but a stated level: an
    opener, a word of "by", a joint or a range connector (as _new_level folds them)."""
    words = update_words(code)
    return tuple(sorted({*words.openers, *words.by, *words.joints, *range_connectors}))


@lru_cache(maxsize=16)
def _change_patterns(percent_words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word right before a number after a percent, a comma maybe ("18.0% to",
    "18,0 %, à", "9,1 persen menjadi"), and the same with the percent's number and up to
    six words before it."""
    sign = "|".join(["[%％]", *(re.escape(w) for w in sorted(percent_words, key=len,
                                                              reverse=True))])
    joint = re.compile(rf"(?:{sign})\s*,?\s*([^\W\d_]+)\s+$", re.IGNORECASE)
    change = re.compile(rf"((?:[^\W\d_]+\s+){{1,6}})[0-9][0-9.,]*\s?(?:{sign})\s*,?\s*"
                        rf"[^\W\d_]+\s+$", re.IGNORECASE)
    return joint, change


def _stated_level(text: str, e: Expr, words: UpdateWords) -> bool:
    """"The death toll reached 312", « le bilan s'élève à 312 », "jumlah kematian mencapai
    312": a verb of `[updates] levels` right before the number, in a clause whose subject
    is no price or index ("the index reached 1,200")."""
    before = text[max(0, e.start - 30):e.start].casefold().rstrip()
    if not before.endswith(words.levels) or not any(
            before.endswith(v) and (len(before) == len(v) or not before[-len(v) - 1].isalpha())
            for v in words.levels):
        return False
    clause = _CLAUSE_TAIL.search(text, max(0, e.start - 80), e.start)
    said = _LETTERS.findall(clause.group().casefold()) if clause is not None else []
    return not any(w.startswith(words.level_not_of) for w in said) if words.level_not_of \
        else True


def _level_after_change(text: str, e: Expr, lex: Lexicon, words: UpdateWords) -> bool:
    """"Visitors from China fell 18.0% to 720,000", « a chuté de 18,0 %, à 720 000 »,
    "turun 18,0 persen menjadi 720.000": the level a change in percent reached, after a
    joining word, is the figure its sentence is about (its noun before it)."""
    joint_at, change_at = _change_patterns(lex.profile.percent_words)
    joint = joint_at.search(text, max(0, e.start - 24), e.start)
    if joint is None or not words.before:
        return False
    word = joint.group(1).casefold()
    if word not in words.joints and word not in lex.profile.range_connectors:
        return False
    change = change_at.search(text, max(0, e.start - 100), e.start)
    if change is None:
        return False
    said = [w.casefold() for w in change.group(1).split()]
    # ("the index rose 6.2% to 1,200": an index's level or a price, no count)
    return any(w in words.before or w in words.directions for w in said) \
        and not any(w.startswith(words.level_not_of) for w in said)


def _noun(text: str, e: Expr, lex: Lexicon, read: str | None) -> str | None:
    """The counted noun of `e`: `read` when it was read already. A month name right after
    the number is none ("vingt-deux juin" is a day, no count of "juin"), nor is a weekday
    ("du samedi 13 au dimanche 15 juillet": 13 is a day)."""
    noun = count_noun(text, noun_pos(e), lex) if read == _UNREAD else read
    if noun is not None and noun.casefold() in lex.profile.weekdays:
        return None
    if noun is not None and noun.casefold() in lex.profile.months:
        at = skip_spaces(text, e.end)
        if text[at:at + len(noun)].casefold() == noun.casefold():
            return None
    return noun


# A share in parentheses right after a number: "4,470 (62.4%)", "4 470 (62,4 %)".
_SHARE = re.compile(r"[ \u00a0\u202f]?[(（][0-9]+(?:[.,][0-9]+)?[ \u00a0\u202f]?[%％][)）]")


def _share_after(text: str, e: Expr) -> bool:
    """"4,470 (62.4%) had none": a whole number followed by its share of a total counts
    people or things, even with the noun left unsaid."""
    return e.value == e.value.to_integral_value() and _SHARE.match(text, e.end) is not None


# Two whole numbers written with group separators around a slash ("97,039/1,617,204").


def _count_ratio(text: str, e: Expr, lex: Lexicon) -> bool:
    """'(97,039/1,617,204)', "(1,388 of 5,143, 27%)": two counts of thousands, each written
    with group separators, as the parts of a ratio (deaths over cases; lexicon
    count_ratio): both are counts though no noun follows. The numerator must be the
    smaller, so no date or score reads so."""
    if e.origin != "digits" or e.value != e.value.to_integral_value() or e.value < 1000 \
            or (e.start, e.end) != (e.num_start, e.num_end):
        return False
    m = lex.count_ratio.search(text, max(0, e.start - 20), min(len(text), e.end + 20))
    while m is not None and m.start() <= e.start:
        if e.start in (m.start(1), m.start(2)):
            low, high = (int(re.sub(r"[^0-9]", "", g)) for g in m.groups())
            return low < high
        m = lex.count_ratio.search(text, m.end(1), min(len(text), e.end + 20))
    return False


def _measure_noun(noun: str | None, lex: Lexicon) -> bool:
    """'26 to 32 kilobases', '40 kilodaltons': a counted noun with a metric prefix (language
    data) measures in thousands or millions of something, so it is no count of that noun."""
    prefixes = lex.profile.measure_prefixes
    return noun is not None and noun.startswith(prefixes) and noun not in lex.profile.scales \
        and any(noun.startswith(p) and len(noun) > len(p) + 2 for p in prefixes)


def _averaged(text: str, e: Expr, lex: Lexicon) -> bool:
    """Whether an average word ([cjk_count_forms] average_words: 平均) stands in the
    clause before the number, and no word of a number left unread ([unread_after]: 20点
    満点中12.4点 is a score, as "12.4 out of 20" is none)."""
    words = lex.profile.average_words
    if not words:
        return False
    clause = text[:e.start]
    clause = clause[max(clause.rfind(mark) for mark in "、，,。；;") + 1:]
    return any(w in clause for w in words) \
        and not any(w in clause for w in lex.profile.unread_after)


def _fractional(e: Expr) -> bool:
    value, high = e.value, e.high
    return (value is not None and value != value.to_integral_value()) \
        or (high is not None and high != high.to_integral_value())


def _product(text: str, e: Expr, lex: Lexicon) -> bool:
    """Either side of "N <times-word> M" ("2 fois six runs", "3 times 4"): a product or a
    repetition of a figure, neither a multiplier of something nor a count of its own."""
    # Unspaced scripts run a multiplier into the next figure ("增长2倍30%" is not a
    # product): there only the sign × joins two factors.
    if lex.profile.cjk and "×" not in text:
        return False
    times_count = e.counter == "times" and not lex.profile.cjk  # "2 fois" read as occurrences
    of_base = lex.profile.multiplier_of_base
    if (e.multiplier or times_count) and (not lex.profile.cjk or "×" in text[e.start:e.end]):
        if of_base and text[e.start:e.end].casefold().endswith(of_base):
            return False  # "dua kali lipat 30,6 miliar": double the amount after it
        return number_at(text, skip_spaces(text, e.end), lex.profile.number_words)
    if e.qualifier != "eq" and e.start < e.num_start:
        return False  # "naik dua kali lipat hingga 400 orang": a bound opens the figure
    before = back_spaces(text, e.start)
    times = lex.multiplier_after.before(text, before)
    if e.quantity is not None and _size_link(text, before, lex):
        return False  # "146 x 114 cm": the second length of a size, no product
    if times is None or (lex.profile.cjk and "×" not in text[times[0]:before]) \
            or (of_base and text[times[0]:before].casefold().endswith(of_base)):
        return False
    return number_ends_at(text, back_spaces(text, times[0]), lex.profile.number_words)


def _size_link(text: str, before: int, lex: Lexicon) -> bool:
    """Whether a link of a size's two numbers ([quantities] dimension_links) ends at
    `before`, a number before it."""
    for link in lex.profile.quantities.dimension_links:
        if text.endswith(link, 0, before):
            start = back_spaces(text, before - len(link))
            return start > 0 and text[start - 1].isdigit()
    return False


def _fraction_part(text: str, e: Expr, lex: Lexicon) -> bool:
    """The denominator or numerator of a CJK fraction (3分の1, 三分之一)."""
    marks = lex.profile.fraction_markers
    if not marks:
        return False
    if text.startswith(marks, e.num_end):
        return True
    # (the numerator only after a denominator: 半分の1000人 is half, and that is 1,000)
    return text.endswith(marks, 0, e.num_start) and any(
        text.endswith(m, 0, e.num_start) and _han_or_digit_before(text, e.num_start - len(m), lex)
        for m in marks)


def _han_or_digit_before(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a number (digits, or a numeral of the language) ends at pos."""
    return pos > 0 and (numeral_char(text[pos - 1], lex.profile)
                        or number_ends_at(text, pos, lex.profile.number_words))


def _proportion(text: str, e: Expr, lex: Lexicon) -> bool:
    """The base of a proportion (5人に1人, 3世帯に1世帯: one in five; [cjk_count_forms]
    proportion_after, words after the counted number before the "one")."""
    return text.startswith(lex.profile.proportion_after, e.end)


def _lone_one(e: Expr) -> bool:
    return e.value == 1 and not e.scaled and e.qualifier == "eq" and e.high is None \
        and e.several is None


def _one_named_currency(text: str, e: Expr, lex: Lexicon) -> bool:
    """一美元, 一ユーロ: a Han "one" before a currency's own name is an amount of one; not
    before a generic unit (一元 is also "one variable", 一元化 "unification")."""
    unit = text[e.num_end:e.end].strip()
    return (e.currency is not None and e.value == 1 and e.high is None and bool(unit)
            and unit not in lex.profile.currency_generic)


def _one_duration(text: str, e: Expr, lex: Lexicon) -> bool:
    """一年, 一天左右, 一年半: a Han "one" (and a half) with a duration unit is a length of
    time (durations of one are claims), unless a word before or after makes it a point in
    time (同一天, 第一周)."""
    if e.duration is None or e.value < 1 or e.several is not None:
        return False
    prof = lex.profile
    if text.endswith(prof.duration_one_not_before, 0, e.start):
        return False
    return not text.startswith(prof.duration_one_not_after, e.end)


def _several_count(text: str, e: Expr, lex: Lexicon) -> bool:
    """'several countries', 'plusieurs pays', 'beberapa negara': a several-word right before
    a plural noun counts it (2 to 9); not before a function word ("several of them") or a
    generic noun ("in several ways"), where it only says "some"."""
    prof = lex.profile
    if " ".join(text[e.num_start:e.num_end].casefold().split()) not in prof.several_counts:
        return False
    q = skip_spaces(text, e.end, 1)
    m = _WORD.match(text, q) if q > e.end else None
    if m is None:
        return False
    word = m.group(0).casefold()
    if prof.several_not_initial and (not _LETTER_BEFORE.search(text, 0, e.start)
                                     or text[e.num_start].isupper()):
        return False  # "Beberapa jalan rusak": some roads, at a sentence's (or title's) head
    before = letters_before(text, e.start, max(0, e.start - 30))
    if before is not None and before[1].casefold() in prof.several_not_after:
        return False  # "un ou plusieurs problèmes": one or more, not 2 to 9
    if word in prof.scales or lex.vague_start.at(text, q) is not None:
        return False  # "plusieurs centaines d'échantillons": several hundred, not several
    if word in prof.count_skip and len(word) > 4 and word not in prof.count_stop:
        # « plusieurs nouveaux candidats », "several large cities": an adjective, then the
        # noun counted
        after = _WORD.match(text, skip_spaces(text, m.end(), 1))
        if after is None or after.start() == m.end():
            return False
        word = after.group(0).casefold()
    return word not in prof.count_skip and word not in prof.articles \
        and word not in prof.several_generic and word not in prof.determiners \
        and word not in prof.number_words and not _has_cjk(word)


def price_level(text: str, e: Expr, lex: Lexicon) -> bool:
    """'$2.6 billion (in 2013 dollars)': a year naming the price level of a currency (a
    date, as in "en dollars de 2013"), no sum of money."""
    if not (e.currency and e.origin == "digits" and e.plain_int
            and e.num_end - e.num_start == 4 and not e.scaled and e.qualifier == "eq"
            and e.start == e.num_start and YEAR_RANGE[0] <= e.value <= YEAR_RANGE[1]):
        return False
    m = letters_before(text, e.start, max(0, e.start - 30))
    return m is not None and m[1].casefold() in lex.profile.price_level_before


def _fraction_follows(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a fraction word ("demi", "half", "setengah") is among the next three words."""
    for _ in range(3):
        m = _WORD.match(text, skip_spaces(text, pos))
        if m is None:
            return False
        if _fraction_word(m.group(0), lex):
            return True
        pos = m.end()
    return False


def _how_often(text: str, start: int, lex: Lexicon) -> bool:
    """A rate word and a link before an article and its unit of time ([durations_one]
    rate_before, rate_links: "once in a decade", "once-in-a-century"): how often, no span."""
    if not lex.profile.rate_links:
        return False
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).casefold() in lex.profile.rate_words \
        and m.group(2).casefold() in lex.profile.rate_links


_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[\s\-\u2010]+([^\W\d_]+)[\s\-\u2010]+$")


_YEAR_NEXT = re.compile(r"[12]\d{3}(?!\d)")


# The Han numerals that name a weekday after 周 or 星期 (周一 to 周六).
_WEEKDAY_DIGITS = frozenset("一二三四五六")


def _month_of_name(text: str, e: Expr, lex: Lexicon) -> bool:
    """"a month" linked to a month's name ("le record pour un mois de novembre", "a month of
    November"): the month named, no span of one."""
    if e.duration != "month" or e.value != 1 or e.high is not None:
        return False
    link = lex.linkers.at(text, skip_spaces(text, e.end))
    if link is None:
        return False
    word = _WORD.match(text, skip_spaces(text, link[0]))
    return word is not None and word.group(0).casefold() in lex.profile.months


def _comparison_base(text: str, e: Expr, lex: Lexicon) -> bool:
    """A span of time between a comparison word and "ago" in an unspaced script ([durations_one]
    base_before, base_after: 比一年前, 1年前より): the time a change is measured from. Not
    when a date follows as its apposition (較10年前2015年普查的: "the census ten years
    earlier", a span the other versions state too)."""
    prof = lex.profile
    after = next((w for w in prof.one_span_base_after if text.startswith(w, e.end)), None) \
        if text.startswith(prof.one_span_base_after, e.end) else None
    if after is None or (not text[:e.start].endswith(prof.one_span_base_before)
                         and bool(prof.one_span_base_before)):
        return False
    if (after[-1:] in prof.relative_object_words or after in prof.one_span_base_after_number) \
            and not text[e.end + len(after):][:1].isdigit():
        return False  # 1年前を1.3ポイント下回った: the base of a number; 3年前を最後に: a span
    # 較10年前2015年的: a year in apposition is the base, the span a span
    return _YEAR_NEXT.match(text, e.end + len(after)) is None


def _amount_compared(text: str, e: Expr, lex: Lexicon) -> bool:
    """Whether the bound of `e` ends in a comparison word ([durations_one] compared:
    "more than") right after an amount ("40 cents more than", "2 points less than")."""
    words = text[e.start:e.num_start].split()
    if not words or words[-1].casefold() not in lex.profile.one_span_compared:
        return False
    before = text[max(0, e.start - 30):e.start].split()
    # ("three times as many as a year earlier", "twice as many as a year earlier": a
    # multiple is the amount compared)
    # ("22 working days, one more than a year earlier": a number word is the amount)
    return _DIGIT_NEAR_END.search(text, max(0, e.start - 30), e.start) is not None \
        or (bool(before) and (before[-1].casefold() in lex.profile.multiplier_suffixes
                              or before[-1].casefold() in lex.profile.multiplier_words
                              or before[-1].casefold() in lex.profile.number_words
                              or before[-1].casefold() in lex.profile.articles))


# A digit among the last three words before a position (an amount's number and its unit).
_DIGIT_NEAR_END = re.compile(r"\d[^\s]*(?:\s+[^\W\d_]+){0,2}\s*$")
# An amount's number among the last four words before a position, no clause break between.
# (A year's four digits are no amount: "won in 2019 and left a year later" is a span.)
_AMOUNT_NEAR_END = re.compile(
    r"(?<![\d.,])(?!(?:1[5-9]|20)\d\d(?![\d.,]))\d(?:[\d.,]*\d)?[^\s\d,;:]*"
    r"(?:\s+[^\s\d,;:]+){0,3}\s*$")


def _span_of_one(text: str, e: Expr, lex: Lexicon) -> bool:
    """'one year', 'about a day', 'un an', 'setahun' are spans of time (claims), unless the
    article reads "per" ("twice a day", "$5 a day", "3,000 kWh a year", "dua kali sehari")
    or the phrase is an idiom ("one day" = some day) with no qualifier to make it a span."""
    prof = lex.profile
    if _fraction_follows(text, e.end, lex):
        return False  # "un an et demi", "a year and a half": not a span of exactly one
    if _fraction_before(text, e.start, lex):
        return False  # "half a day later": half of one, not one
    after = _WORD.match(text, skip_spaces(text, e.end))
    after_word = after.group(0).casefold() if after is not None else ""
    if e.qualifier != "eq":
        # "40 cents more than a year earlier": the comparison is the amount's, the span
        # its base (as "fell 5% from a year earlier"); "left more than a year ago" is one
        return not (after_word in prof.one_span_after and _amount_compared(text, e, lex))
    if " ".join(text[e.start:e.end].casefold().split()) in prof.one_idioms:
        return after_word in prof.one_span_after  # "one day later", not "one day he left"
    if prof.one_span_compared and after_word in prof.one_span_after:
        m = _WORD_OR_ELIDED_BEFORE.search(text[:back_spaces(text, e.start)] + " ",
                                          max(0, back_spaces(text, e.start) - 30))
        if m is not None and (m.group(1).casefold() in prof.one_span_compared
                              or _two_words_compared(text, m.start(), m.group(1), prof)):
            # "fell 5% from a year earlier", "14 % de plus qu'un an plus tôt": a
            # comparison's base, no span
            return False
        if prof.one_span_same and _same_compared(text, back_spaces(text, e.start), prof):
            return False  # "up 35% from the same sale a year earlier": its base
    follows = text[skip_spaces(text, e.end):skip_spaces(text, e.end) + 24].casefold()
    then = any(follows.startswith(p) and not follows[len(p):len(p) + 1].isalpha()
               for p in prof.one_span_after_amount)
    before = text[:back_spaces(text, e.start)]
    if before and (before[-1].isdigit() or before[-1] in prof.percent_signs):
        # "$5 a day": an amount per unit of time; "$12 million a year earlier": the time
        # of the amount (as "from a year earlier" and 前年の are), no span either
        return False
    m = _WORD_BEFORE.search(before + " ", max(0, len(before) - 30))
    word = m.group(1).casefold() if m is not None else ""
    if word in prof.rate_words or word in prof.durations or word in prof.currency_words \
            or word in prof.percent_words or word in prof.scales \
            or word in prof.number_words:
        return False  # "€12 million a year": per unit of time; "… a year earlier": its time
    if then and _AMOUNT_NEAR_END.search(before) is not None:
        # "stood at 276.5 million units a year earlier", "2.5 times their level a year
        # earlier": the time of the amount just stated (a few words back, same clause)
        return False
    if then:
        return True  # "it happened a year earlier": a span
    if after is not None and after_word in prof.several_not_after:
        nxt = _WORD.match(text, skip_spaces(text, after.end()))
        if nxt is not None and nxt.group(0).casefold() in prof.spelled.roles:
            return False  # "a year or two": one to two years, no exact span of one
    unit = _WORD_BEFORE.search(text[e.start:e.end] + " ")
    if unit is not None and unit.group(1).casefold() in prof.ordinal_units:
        # "a second time", "une seconde vague": an ordinal before a noun. A span when a
        # word of spans follows, or one stands before it and no word follows ("for a
        # second, nothing moved").
        return after_word in prof.one_span_after or (word in prof.one_span_before
                                                     and after is None)
    if word in prof.one_modified_nouns:
        return False  # "target setahun penuh": the full-year target, no span
    if text[e.num_start:e.num_end].casefold() not in prof.rate_articles:
        return True
    # "a day" may read "per day": a span only next to a word of spans.
    return word in prof.one_span_before or after_word in prof.one_span_after


def _half_after(text: str, e: Expr, lex: Lexicon) -> bool:
    """Whether a half follows the count's counter, or its noun in a spaced script ([counts]
    half_after: « trois saisons et demie », 三個半賽季)."""
    halves = lex.profile.count_half_after
    if lex.profile.cjk:
        return text.startswith(halves, e.end)
    noun = _WORD.match(text, skip_spaces(text, e.end))
    return noun is not None and text[skip_spaces(text, noun.end()):].casefold().startswith(
        halves)


def _fraction_before(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the word before `pos` is a fraction word ("half a day", "setengah hari")."""
    m = letters_before(text, pos, max(0, pos - 30))
    return m is not None and _fraction_word(m[1], lex)


def _fraction_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is a spelled fraction of the language, exact or not ("half", "demi",
    "third")."""
    return lex.profile.spelled.roles.get(word.casefold(), ("", 0))[0] in ("fraction",
                                                                          "inexact")


def _section_number(text: str, e: Expr) -> bool:
    """Whether a heading's leading number numbers its section ("2 Results of the survey",
    "3. Methods"): its next word is capitalised, and the heading is short or written in
    sentence case. A headline's count is followed by a small letter ("17 penambang
    diselamatkan") or opens a longer title-cased headline ("17 Miners Rescued After Six
    Days Underground")."""
    words = _WORD.findall(text, e.end)
    if not words or not words[0][:1].isupper():
        return not words
    return len(words) <= 5 or not title_cased(words)


def title_cased(words: Sequence[str]) -> bool:
    """Whether words are a title's: three quarters or more of those of four letters or more
    (three at least) begin with a capital."""
    long_words = [w for w in words if len(w) >= 4]
    return len(long_words) >= 3 and \
        sum(w[0].isupper() for w in long_words) * 4 >= len(long_words) * 3


def _victims(text: str, e: Expr, lex: Lexicon) -> bool:
    """"Blast kills 14, injures 38", "the explosion killed 14 and injured 38": a number right
    after a verb of killing or injuring ([casualties] verbs) counts its victims."""
    if not lex.profile.casualty_verbs:
        return False
    m = letters_before(text, e.start, max(0, e.start - 30))
    return m is not None and m[1].casefold() in lex.profile.casualty_verbs


_PRICE_DIGITS = re.compile(r"[0-9０-９][0-9０-９.,，．]*")


def _price_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether an amount of money follows right after `end` (a qualifier before it): the
    price of the unit before it (1トン約4000ドル, 每吨约4000美元)."""
    at = skip_spaces(text, end, 1)
    qual = lex.qual_before.at(text, at)
    m = _PRICE_DIGITS.match(text, qual[0] if qual is not None else at)
    if m is None:
        return False
    scale = lex.scales.at(text, m.end())
    q = scale[0] if scale is not None else m.end()
    return lex.currency_after.at(text, q) is not None \
        or lex.currency_ambiguous.at(text, q) is not None


def _casualty(text: str, e: Expr, lex: Lexicon) -> bool:
    """'31 killed in ferry fire': a headline number that counts victims is a count."""
    return count_noun(text, noun_pos(e), lex) in lex.profile.casualty_words


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def letters_before(text: str, pos: int, lo: int) -> tuple[int, str] | None:
    """What _WORD_BEFORE.search(text, lo, pos) finds, as (start, group 1), read from the end
    instead of tried at every start of the window: the match ends at `pos` after one or more
    spaces, so its letters are the whole run of them right before those spaces (from `lo`)."""
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end == pos:
        return None
    start = end
    # [^\W\d_] is a character str.isalnum() accepts that is no decimal digit (re's \d).
    while start > lo and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1
    return (start, text[start:end]) if start < end else None


_WORD_OR_ELIDED_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s+$")  # (qu'un an)


def _same_compared(text: str, end: int, prof: LanguageProfile) -> bool:
    """Whether a comparison word, then a word of "same" and a noun ([durations_one] compared,
    same: "from the same sale", « par rapport à la même vente », "dibandingkan lelang yang
    sama") end at `end`, in one clause."""
    words = [w.casefold() for w in _CLAUSE_TOKENS.findall(text, max(0, end - 60), end)][-6:]
    if not any(w in prof.one_span_same for w in words):
        return False
    at = max(i for i, w in enumerate(words) if w in prof.one_span_same)
    return any(w in prof.one_span_compared for w in words[:at]) \
        and not any(not w[0].isalpha() for w in words[at:])


# Words (an elision's apostrophe kept with the word before it) and clause punctuation.
_CLAUSE_TOKENS = re.compile(r"[^\W\d_]+['’]?|[,;:.!?()]")


def _two_words_compared(text: str, start: int, word: str, prof: LanguageProfile) -> bool:
    """The word before `start` and `word` make a comparison word of [durations_one]
    compared ("celui d'un an plus tôt": the level of a year earlier)."""
    m = letters_before(text, start, max(0, start - 20))
    return m is not None and f"{m[1]} {word}".casefold() in prof.one_span_compared


_LETTER_BEFORE = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")


def _after_determiner(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the number at `pos` follows a determiner ("the two men", "les deux
    parties"): a reference to known things, unless the determiner opens the whole of a
    part ("seven of the nine members", "sept des neuf membres": a count of the group)."""
    if lex.profile.cjk:
        return lex.determiners.before(text, pos) is not None
    m = letters_before(text, pos, max(0, pos - 30))
    return m is not None and m[1].casefold() in lex.profile.determiners \
        and not _after_part(text, m[0], m[1].casefold(), lex)


def _after_part(text: str, pos: int, determiner: str, lex: Lexicon) -> bool:
    """Whether a number and a partitive word ("of", "des") end right before `pos` (a
    determiner that is itself partitive, "des", needs only the number)."""
    prof = lex.profile
    if not prof.partitive:
        return False
    if determiner not in prof.partitive:
        link = letters_before(text, pos, max(0, pos - 30))
        if link is None or link[1].casefold() not in prof.partitive:
            return False
        pos = link[0]
    before = text[max(0, pos - 30):pos].rstrip()
    last = before.rsplit(None, 1)[-1].casefold() if before else ""
    # (a number word, or "one", "une", "satu": the part may be one of them too)
    return last.isdigit() or last in prof.number_words or last in prof.spelled.roles


_ELISIONS = ("'", "\u2019")


def _unelided(word: str, linkers: tuple[str, ...]) -> str:
    """The noun without an elided linker glued to it: "d’enfants" → "enfants"."""
    for link in linkers:
        if link[-1:] in _ELISIONS and word.startswith(link) and len(word) > len(link):
            return word[len(link):]
    return word


_HYPHEN_NOUN = re.compile(r"[-\u2010]([^\W\d_]+)(?![-\u2010\w])")
# Four digits of a year right before the hyphen: "the 2019-novel coronavirus".
_YEARLIKE = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d$")


def _hyphen_noun(text: str, pos: int, lex: Lexicon) -> str | None:
    """The noun a hyphen joins to a number: "a 300-bed hospital", "a 20-storey building";
    not a time, percent or currency word ("a 3-day visit", "a 3-year-old", "a 5-percent
    rise", "a 20-dollar bill"), nor a number or scale word ("20-million"); after digits
    only (a spelled number and a hyphen make words: "dua-lapis", bilayer), not a year's."""
    m = _HYPHEN_NOUN.match(text, pos) if text[pos - 1:pos].isdigit() else None
    if m is None or _YEARLIKE.search(text, max(0, pos - 4), pos) is not None or any(
            table.at(text, m.start(1)) is not None
            for table in (lex.durations, lex.percent_after, lex.currency_after)):
        return None  # a time, a percent or a currency word says what the number is
    word = m.group(1).casefold()
    prof = lex.profile
    if word in prof.number_words or word in prof.scales or word in prof.count_skip:
        return None
    return word


def _number_word(word: str, prof: LanguageProfile) -> bool:
    """A number word, a piece of a spelled number ("puluh") or number words joined by
    hyphens ("twenty-five", « trente-cinq »): no counted noun."""
    if word in prof.number_words:
        return True
    if word in prof.articles:
        return False  # « cinq une fois »: the article opens the next phrase
    role = prof.spelled.roles.get(word)
    if role is not None:
        return role[0] in NUMBER_PARTS
    if "-" not in word:
        return False
    return all(piece in prof.number_words or prof.spelled.roles.get(piece, ("",))[0]
               in NUMBER_PARTS for piece in word.split("-") if piece)


def _has_cjk(word: str) -> bool:
    """Whether a word holds a CJK character (none below U+1100: a Latin word is answered
    by one comparison of its greatest character)."""
    return bool(word) and max(word) >= "\u1100" and any(is_cjk(ch) for ch in word)


def count_noun(text: str, pos: int, lex: Lexicon, *, stop: bool = False) -> str | None:
    """The counted noun after a number in a spaced script: the next word that is not a
    function word ("50 top researchers" → researchers). `stop`: not past a preposition
    that opens a place or a time ("3 millions en France" counts no France; as evidence
    that a number counts something, any noun after it still serves)."""
    if lex.profile.cjk:
        return None
    prof = lex.profile
    if (joined := _hyphen_noun(text, pos, lex)) is not None:
        return joined
    words = 0
    at = skip_spaces(text, pos)
    if text[at:at + 1] in SPREAD_OPENERS:
        if (aside := _STAT_ASIDE.match(text, at)) is not None:
            pos = aside.end()  # "74,439 (60.7%) cases": the share of the whole, then the noun
        elif (aside := SPREAD_ASIDE.match(text, at)) is not None:
            # "5 (2-9) patients": the spread of the value, then the noun at once (after a
            # function word the brackets close a phrase: "3.77 (95% CI …) and R0")
            pos, words = aside.end(), 2
    last = ""  # the function word skipped last
    whole = False  # past the number of a whole ("162 of the 300 seats")
    linked = False  # past a partitive word ("of"), so a number word is a whole's
    while words < 3:  # three words at most; the number of a whole is not one of them
        q = skip_spaces(text, pos)
        if q >= len(text) or (q == pos and text[pos - 1:pos] not in _ELISIONS):
            return None  # a noun follows a space, or an elided linker ("dizaines d’enfants")
        m = _WORD.match(text, q)
        if m is not None and linked and not whole \
                and _number_word(m.group(0).casefold(), prof):
            pos, whole = m.end(), True  # "seven of the nine members": spelled, the same
            continue
        if m is None:
            # "162 of the 300 seats", "162 dari 300 kursi": a part of a whole counts the
            # whole's noun. Only after a function word that joins no range ("from 4.2 to
            # 3.9 million" is a change), and "162 300" is no partitive.
            number = (_NUMBER.match(text, q)
                      if last and last not in prof.range_connectors and not whole else None)
            if number is None:
                return None
            pos, whole = number.end(), True
            continue
        word = m.group(0).casefold()
        words += 1
        if whole and (word in prof.scales or _number_word(word, prof)):
            return None  # the whole is an amount of its own ("of the 3.9 million")
        if not last and not linked and _number_word(word, prof):
            return None  # « 2,6 milliards deux jours plus tard »: the next number's noun
        if last in prof.rate_articles and word in prof.durations:
            return None  # "1,100 a day": a rate per day, not a count of days
        last = word
        linked = linked or word in prof.partitive
        if stop and (word in prof.count_stop or (
                ("'" in word or "’" in word) and (head := _ELIDED_HEAD.match(word)) is not None
                and head.group(0) in prof.count_stop)):
            # "3 millions en France": a place follows, no counted noun; "4 470 n’en
            # présentaient": a verb opened by an elided word of the stop list (n’, s’)
            return None
        if word not in prof.count_skip and word not in prof.articles \
                and not _number_word(word, prof):
            if (len(word) == 1 and word.isascii()) or _fraction_word(word, lex):
                # "2.33 k", "3 x 4": a letter, a symbol; "trois cinquièmes", "cinq et un
                # quart": a fraction's denominator; no noun counted
                return None
            return _unelided(word, prof.linkers) if not _has_cjk(word) else None
        pos = m.end()
    return None


# The elided word that opens a word ("n’" of "n’en", "s’" of "s’est").
_ELIDED_HEAD = re.compile(r"[^\W\d_]+['’]")
# A share in brackets between a number and its noun: "(60.7%)", "(60,7 %)".
_STAT_ASIDE = re.compile(r"\([0-9][0-9.,]*[ \u00a0\u202f]?%\)")
# A spread in brackets after a value: "5 (2-9) days", "4.8 (3.0-7.2) days", "56 (IQR 45-67)
# years", "3.77 (95% CI: 3.51-4.05)": a range, after a short label (medical and statistical
# reports). Its label ("95% CI") is no claim, nor a range without a unit of its own
# (nonclaims.py); the value takes the unit or noun after it (grow.py, count_noun).
SPREAD_OPENERS = ("(", "（")  # what a SPREAD_ASIDE match starts with
SPREAD_ASIDE = re.compile(
    r"[(（](?:[^()（）\d]{0,10}[0-9]{2}(?:[.,][0-9])?[ \u00a0\u202f]?%[^()（）\d]{0,6}"
    r"|[^()（）\d]{0,10})"
    r"(?P<range>[0-9][0-9.,]*[ \u00a0\u202f]?%?[ \u00a0]?[-–—～~〜][ \u00a0]?[0-9][0-9.,]*"
    r"(?P<unit>[ \u00a0\u202f]?%)?)[)）]")


def _rate_base(text: str, end: int, lex: Lexicon) -> bool:
    """An equals sign, or a word of [rates] exchange_links before a number, right after an
    amount: it is the base of a rate stated after it."""
    at = skip_spaces(text, end)
    if at < len(text) and text[at] in "=＝":
        return True
    folded = text[at:at + 24].casefold()
    for link in lex.profile.rate_exchange_links:
        after = skip_spaces(text, at + len(link))
        if folded.startswith(link) and after < len(text) and text[after].isdigit() \
                and (at + len(link) == len(text) or not text[at + len(link)].isalpha()):
            return True
    return False


def hyphen_compound(text: str, e: Expr) -> bool:
    """'a 2000-sq-meter lab', 'a 500-page report': a number joined by a hyphen to the word
    after it modifies a noun with a measure or count; it is never a year."""
    return e.end == e.num_end and text[e.num_end:e.num_end + 1] in ("-", "\u2010") \
        and text[e.num_end + 1:e.num_end + 2].isalpha()


def four_digits(e: Expr) -> bool:
    """A plain number of four digits: what every year reading needs (bare_year, bound_year,
    early_year, price_level), tested once before them."""
    return e.origin == "digits" and e.plain_int and e.num_end - e.num_start == 4


def bare_year(e: Expr) -> bool:
    return (e.origin == "digits" and e.plain_int and e.num_end - e.num_start == 4
            and not e.scaled and not e.has_unit and e.qualifier == "eq"
            and YEAR_RANGE[0] <= e.value <= YEAR_RANGE[1])


def bound_year(text: str, e: Expr, lex: Lexicon) -> bool:
    """'hingga 2035', 'up to 2030', "jusqu'à 2030", "au-delà de 2020", "around 1890": a bare
    year (four plain digits: a count that large is written with a group separator) after
    a bound or approximating word, with no counted noun after it (a verb or preposition is
    none: "hingga 2035 adalah 5 juta"), is a date (a bound, or about that year), not a
    count of at most 2,035; the new level of a verb of change stays a count ("rose to more
    than 2000"). CJK years carry their 年 marker, so a bare number there ("最大2030")
    stays a number."""
    return (not lex.profile.cjk and e.qualifier in _YEAR_BOUNDS
            and bare_year(evolve(e, qualifier="eq"))
            and count_noun(text, noun_pos(e), lex, stop=True) is None
            and (e.qualifier == "lte" or not _new_level(text, e, lex)))


_YEAR_BOUNDS = frozenset({"lte", "lt", "gt", "gte", "approx"})


def early_year(text: str, e: Expr, lex: Lexicon) -> bool:
    """'In 1624,', 'Pada tahun 1624': a four-digit number before the bare-year range is a
    year after a year word (language data) when it counts no noun."""
    return (e.origin == "digits" and e.plain_int and e.num_end - e.num_start == 4
            and not e.scaled and not e.has_unit and e.qualifier == "eq"
            and 1000 <= e.value < YEAR_RANGE[0]
            and lex.year_before.before(text, back_spaces(text, e.start)) is not None
            and count_noun(text, noun_pos(e), lex, stop=True) is None)  # ("built in 1652 in
    # Jakarta": no noun counted past a place's preposition; "in 1500 cases" counts one)


def as_year(e: Expr) -> Expr:
    return evolve(e, date=f"{int(e.value):04d}", end=e.num_end)
