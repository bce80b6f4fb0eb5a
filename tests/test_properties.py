"""Properties of extract_claims on arbitrary and adversarial text: it never raises, every
claim points into the text exactly, and long pathological runs finish (no backtracking)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import extract_claims
from reconcile.errors import UsageError
from reconcile.model import CLAIM_KINDS, QUALIFIERS, Claim

LANGS = ["en", "fr", "id", "ja", "zh", None]

# Seeded (derandomize) so the suite is deterministic, and no example database. Bugs found
# by longer random runs are pinned below as strict xfails.
SETTINGS = settings(max_examples=150, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

DIGITS = "0123456789０１２３９٣"
SEPARATORS = ".,  \u00a0\u202f'’"
SCALES = ["million", "millions", "billion", "thousand", "bn", "M", "k", "milliard",
          "milliards", "mille", "juta", "miliar", "ribu", "jt", "万", "億", "亿", "萬", "兆",
          "万亿"]
CURRENCIES = ["$", "US$", "€", "£", "¥", "￥", "＄", "Rp", "Rp.", "USD", "EUR", "dollars",
              "dollars américains", "de dollars", "dolar AS", "ドル", "米ドル", "円", "元",
              "美元", "美金"]
HAN = list("〇零一二三四五六七八九十百千两兩")
CONNECTORS = ["-", "–", "—", "~", "〜", "～", "to", "à", "hingga", "sampai", "至", "到",
              "から", "between", "and", "entre", "et", "antara", "dan", "from", "de", "dari"]
QUALIFIER_WORDS = ["more than", "at least", "about", "nearly", "under", "up to", "several",
                   "plus de", "près de", "environ", "au moins", "plusieurs", "lebih dari",
                   "melebihi", "sekitar", "setidaknya", "beberapa", "以上", "超え", "を超える",
                   "約", "少なくとも", "数", "近", "超過", "至少", "多", "不到", "幾", "左右"]
OTHER = ["%", "％", "percent", "persen", "pour cent", "百分之", "倍", "times", "fois",
         "kali lipat", "double", "年", "月", "日", "年底", "同年", "翌年", "last year",
         "the following year", "le mois suivant", "septembre", "March", "Februari", "小時",
         "か月", "jours", "years", "tahun", "orang", "人", "名", "people", "第", "the", "les",
         "這", "GPT-", "K", "https://", "www.", ".html", ":", "@", "/", "#", " ", "  ", "\n",
         "\n\n", "\r\n", "\t", ".", "。", "，", "、", ";", "(", ")", "「", "」", "- ", "* ",
         "\u3000", "\ufeff", "\u200b"]

number_like = st.text(alphabet=DIGITS + SEPARATORS, min_size=1, max_size=12)
token = st.one_of(
    number_like,
    st.sampled_from(SCALES),
    st.sampled_from(CURRENCIES),
    st.text(alphabet="".join(HAN) + "万萬億亿", min_size=1, max_size=6),
    st.sampled_from(CONNECTORS),
    st.sampled_from(QUALIFIER_WORDS),
    st.sampled_from(OTHER),
)
claim_soup = st.lists(token, max_size=40).map("".join)

_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def check_claims(text: str, claims: list[Claim]) -> None:
    """The invariants every claim of every text keeps."""
    previous_start = -1
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert text[claim.start:claim.end] == claim.surface, claim
        assert claim.kind in CLAIM_KINDS, claim
        assert claim.qualifier in QUALIFIERS, claim
        sentence_end = claim.sentence_start + len(claim.sentence)
        assert text[claim.sentence_start:sentence_end] == claim.sentence, claim
        assert claim.sentence_start <= claim.start and claim.end <= sentence_end, claim
        assert claim.start >= previous_start, "claims are not in text order"
        previous_start = claim.start
        for bound in (claim.low, claim.high):
            assert bound is None or (isinstance(bound, Decimal) and bound.is_finite()), claim
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high, claim
        if claim.kind == "date":
            assert claim.low is None and claim.high is None, claim
            if claim.date is not None:
                assert all(_ISO_DATE.fullmatch(part) for part in claim.date.split("/")), claim
        else:
            assert claim.date is None, claim
            assert claim.low is not None or claim.high is not None, claim


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(text=st.text(max_size=300))
def test_arbitrary_unicode_never_raises(lang: str | None, text: str) -> None:
    check_claims(text, extract_claims(text, lang))


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(text=claim_soup)
def test_number_soup_never_raises(lang: str | None, text: str) -> None:
    check_claims(text, extract_claims(text, lang))


@pytest.mark.parametrize("lang", LANGS)
@settings(SETTINGS, max_examples=50)
@given(parts=st.lists(st.one_of(claim_soup, st.text(max_size=20)), min_size=1, max_size=4))
def test_multi_paragraph_soup_never_raises(lang: str | None, parts: list[str]) -> None:
    text = "\n\n".join(parts)
    check_claims(text, extract_claims(text, lang))


def test_extract_claims_is_public_api() -> None:
    import reconcile
    import reconcile.api

    assert "extract_claims" in reconcile.__all__
    assert reconcile.extract_claims is reconcile.api.extract_claims


def test_non_string_input_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        extract_claims(b"$5 million", "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("It cost 999999999999999999999999 trillion dollars.", "en",
      "999999999999999999999999" + "0" * 12),
     ("It cost 1 trillion trillion trillion dollars.", "en", "1" + "0" * 36),
     # ".1" after a space is 0.1 (a leading decimal point): 0.1 × 10**28.
     ("花了 .1兆亿亿元", "zh", "1" + "0" * 27)],
)
def test_values_beyond_28_digits_stay_exact(text: str, lang: str, value: str) -> None:
    """More digits than the default decimal context (28) must neither crash nor round."""
    claims = extract_claims(text, lang)
    check_claims(text, claims)
    assert [(str(c.low), str(c.high)) for c in claims] == [(value, value)]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u3000", "\ufeff"])
def test_blank_text_has_no_claims(text: str) -> None:
    assert extract_claims(text, "en") == []


# --- catastrophic backtracking guards ---------------------------------------------------
# Each run is 100,000 characters in one paragraph with no sentence break; the test only has
# to finish (the timeout is the guard, not a benchmark: the linear extractor needs a few
# seconds, a quadratic one minutes). benchmarks/run.py prints the actual throughput.

SIZE = 100_000
GUARD = pytest.mark.timeout(60)


def _run(*units: str) -> str:
    unit = "".join(units)
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


PATHOLOGICAL = [
    # (a) digits and separators, with and without spaces between the numbers
    pytest.param(_run("1.234,5 6\u00a07\u202f8'9,0 "), "fr", id="digits-separators"),
    pytest.param(_run("1,234.5'6"), "en", id="digits-separators-unbroken"),
    # (b) digits alternating with scale words of all five languages
    pytest.param(_run("1 million 2 millions 3万4億5 milliard 6 juta 7亿8萬9 miliar "), "zh",
                 id="digits-scale-words"),
    # (c) currency signs and digits
    pytest.param(_run("$1$2€3¥4US$5Rp6"), "en", id="currency-digits"),
    # (d) Han numerals
    pytest.param(_run("三百萬十億五千萬一二三四五六七八九十百千零兩"), "zh", id="han-numerals"),
    # (e) range connectors between numbers
    pytest.param(_run("1-2-3-4-"), "en", id="hyphen-ranges"),
    pytest.param(_run("1〜2〜3〜4〜"), "ja", id="wave-dash-ranges"),
]


@GUARD
@pytest.mark.parametrize(("text", "lang"), PATHOLOGICAL)
def test_pathological_runs_finish(text: str, lang: str) -> None:
    assert len(text) == SIZE
    check_claims(text, extract_claims(text, lang))


@GUARD
def test_long_text_of_ordinary_sentences_finishes() -> None:
    """100,000 characters of short sentences in one paragraph: every sentence's claims."""
    sentence = "In 2016 the fund paid more than $1.9 million to 3 researchers, up 25%. "
    text = _run(sentence)
    claims = extract_claims(text, "en")
    check_claims(text, claims)
    assert len(claims) >= 4 * (SIZE // len(sentence))
