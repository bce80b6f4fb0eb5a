"""Language profiles: CLDR (through babel) first, then the small per-language data files."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib import resources

import pytest
from babel import Locale

from reconcile import extract_claims
from reconcile.extract import lexicon
from reconcile.lang import LanguageProfile, get_profile, supported_languages
from reconcile.model import QUALIFIERS

DATA = resources.files("reconcile.lang").joinpath("data")
DATA_FILES = sorted(item.name for item in DATA.iterdir() if item.name.endswith(".toml"))
LANGS = ("en", "fr", "id", "ja", "zh")


def _data(name: str) -> dict[str, object]:
    return tomllib.loads(DATA.joinpath(name).read_text(encoding="utf-8"))


# --- scale words ------------------------------------------------------------------------


def test_japanese_scales_come_from_cldr() -> None:
    scales = get_profile("ja").scales
    assert scales["万"] == 10_000
    assert scales["億"] == 10**8
    assert scales["兆"] == 10**12
    # These are CLDR's compact decimal formats; ja.toml adds only the compound 万億 (a
    # myriad of 億, as zh.toml's 万亿) and 萬, the old form of 万 (CLDR's zh_Hant has it).
    assert _data("ja.toml")["numbers"]["scales"] == {  # type: ignore[index]
        "万億": 10**12, "萬": 10_000}


def test_chinese_has_simplified_and_traditional_scales() -> None:
    scales = get_profile("zh").scales
    assert scales["万"] == scales["萬"] == 10_000
    assert scales["亿"] == scales["億"] == 10**8


def test_french_long_scale_and_english_short_scale() -> None:
    fr, en = get_profile("fr").scales, get_profile("en").scales
    assert fr["milliard"] == 10**9
    assert fr["milliards"] == 10**9
    assert fr["million"] == fr["millions"] == 10**6
    assert fr["billion"] == 10**12
    assert en["billion"] == 10**9
    assert en["million"] == 10**6


def test_indonesian_scales() -> None:
    scales = get_profile("id").scales
    assert scales["juta"] == 10**6
    assert scales["miliar"] == 10**9


def test_scale_values_are_exact_powers_of_ten() -> None:
    """Every scale word is a power of ten, but the dozen ("3 dozen", "3 douzaines")."""
    for code in LANGS:
        for word, value in get_profile(code).scales.items():
            assert isinstance(value, Decimal), (code, word)
            assert value > 1 and (value == 10 ** (len(str(int(value))) - 1) or value == 12), (
                code, word, value)


# --- number symbols, months, currencies ------------------------------------------------


@pytest.mark.parametrize(
    ("code", "decimal"), [("en", "."), ("fr", ","), ("id", ","), ("ja", "."), ("zh", ".")]
)
def test_decimal_sign_from_cldr(code: str, decimal: str) -> None:
    assert get_profile(code).decimal == decimal
    assert get_profile(code).decimal != get_profile(code).group


def test_french_groups_with_a_space() -> None:
    assert get_profile("fr").group.strip("\u00a0\u202f\u2009 ") == ""


@pytest.mark.parametrize(
    ("code", "word", "month"),
    [("fr", "septembre", 9), ("fr", "août", 8), ("fr", "février", 2), ("id", "februari", 2),
     ("id", "juli", 7), ("en", "march", 3), ("en", "sep", 9)],
)
def test_months_from_cldr(code: str, word: str, month: int) -> None:
    assert get_profile(code).months[word] == month
    assert "months" not in _data(f"{code}.toml").get("dates", {})  # type: ignore[operator]


def test_japanese_currency_names_from_cldr() -> None:
    assert Locale.parse("ja").currencies["USD"] == "米ドル"
    words = get_profile("ja").currency_words
    assert words["米ドル"] == "USD"
    # Only CLDR knows these spellings; ja.toml does not list them.
    assert words["英国ポンド"] == "GBP"
    assert "英国ポンド" not in _data("ja.toml")["currencies"]  # type: ignore[operator]


def test_french_currency_names_from_cldr() -> None:
    words = get_profile("fr").currency_words
    assert words["dollars des états-unis"] == "USD"
    assert words["euros"] == "EUR"


def test_currency_symbols() -> None:
    assert get_profile("en").currency_symbols["$"] == "USD"
    assert get_profile("fr").currency_symbols["€"] == "EUR"
    assert get_profile("ja").currency_symbols["¥"] == "JPY"
    assert get_profile("zh").currency_symbols["¥"] == "CNY"  # zh.toml overrides common


def test_currency_codes_are_iso_4217_shaped() -> None:
    for code in LANGS:
        prof = get_profile(code)
        for table in (prof.currency_words, prof.currency_symbols):
            for word, iso in table.items():
                assert len(iso) == 3 and iso.isascii() and iso.isupper(), (code, word, iso)


# --- data files ---------------------------------------------------------------------------


def test_data_folder_holds_common_and_each_language() -> None:
    assert "common.toml" in DATA_FILES
    assert {f"{code}.toml" for code in LANGS} <= set(DATA_FILES)
    assert set(supported_languages()) == {n.removesuffix(".toml") for n in DATA_FILES} - {
        "common"}


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_parses(name: str) -> None:
    assert isinstance(_data(name), dict)


@pytest.mark.parametrize("code", supported_languages())
def test_language_file_values_are_well_formed(code: str) -> None:
    data = _data(f"{code}.toml")
    qualifiers = data.get("qualifiers", {})
    assert isinstance(qualifiers, dict)
    for side in ("before", "after"):
        for phrase, qualifier in qualifiers.get(side, {}).items():
            assert qualifier in QUALIFIERS, (code, side, phrase)
    relative = data.get("relative", {})
    assert isinstance(relative, dict)
    for phrase, spec in relative.items():
        assert spec["unit"] in ("year", "month", "week", "day"), phrase
        assert isinstance(spec["offset"], int), phrase
        assert spec["ref"] in ("text", "now"), phrase
    several = data.get("several", {})
    assert isinstance(several, dict)
    for phrase, (low, high) in several.items():
        assert 1 < low < high, phrase


@pytest.mark.parametrize("code", supported_languages())
def test_every_supported_language_builds(code: str) -> None:
    prof = get_profile(code)
    assert isinstance(prof, LanguageProfile)
    assert prof.code == code
    assert prof.scales and prof.currency_words and prof.currency_symbols
    assert prof.range_connectors and prof.qualifiers_before
    assert lexicon(code).profile is prof


def test_profiles_are_read_only() -> None:
    prof = get_profile("en")
    with pytest.raises(TypeError):
        prof.scales["gazillion"] = Decimal(1)  # type: ignore[index]
    with pytest.raises(AttributeError):
        prof.decimal = ","  # type: ignore[misc]


@pytest.mark.parametrize(("code", "want"), [("EN", "en"), ("zh-Hant", "zh"), ("fr_FR", "fr")])
def test_codes_are_normalized(code: str, want: str) -> None:
    assert get_profile(code).code == want


# --- languages without a data file --------------------------------------------------------


def test_unknown_language_gets_a_profile_from_cldr_alone() -> None:
    prof = get_profile("de")
    assert prof.decimal == ","
    assert prof.scales["millionen"] == 10**6
    assert prof.months["september"] == 9
    claims = extract_claims("Die Firma sammelte im September 2016 3,5 Millionen Euro ein.", "de")
    assert [(c.kind, c.surface, c.low, c.unit, c.date) for c in claims] == [
        ("date", "September 2016", None, None, "2016-09"),
        ("money", "3,5 Millionen Euro", Decimal("3500000"), "EUR", None),
    ]


def test_language_unknown_to_cldr_falls_back_to_english_notation() -> None:
    prof = get_profile("xx")
    assert prof.decimal == "."
    assert prof.scales["million"] == 10**6
    claims = extract_claims("It cost $5 million.", "xx")
    assert [(c.kind, c.low, c.unit) for c in claims] == [("money", Decimal("5000000"), "USD")]


def test_home_symbols_keep_only_unmistakable_ones() -> None:
    from reconcile.lang import home_symbols

    symbols = home_symbols()
    assert symbols["Nu"] == symbols["Nu."] == "BTN"  # CLDR writes "Nu.": both forms
    assert symbols["Kč"] == "CZK" and symbols["₦"] == "NGN"
    # Shared by several currencies, one letter, or all capitals: left out.
    for shared in ("Rs", "Rs.", "kr", "K", "KM", "R", "$"):
        assert shared not in symbols
