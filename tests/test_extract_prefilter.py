"""The numbers skipped before growth are exactly those growth and keep() would have thrown
away (issue #14: speed): a digit atom glued to a name grows to an identifier, and skipping
it changes no claim, on every sentence of the bundled dev data."""

from __future__ import annotations

import pytest

import reconcile.extract as extract_module
from devsentences import LANGS, dev_sentences
from reconcile import extract_claims
from reconcile.extraction.atoms import atoms
from reconcile.extraction.grow import grow, named_atom
from reconcile.extraction.keep import claim_kind, keep
from reconcile.extraction.lexicon import lexicon


@pytest.mark.parametrize("lang", LANGS)
def test_a_named_atom_grows_to_a_name(lang: str) -> None:
    lex = lexicon(lang)
    for text in dev_sentences(lang):
        for atom in atoms(text, lex, []):
            if named_atom(text, atom, lex):
                e = grow(text, atom, lex)
                assert e.identifier and not keep(text, e, claim_kind(e), lex, False), text


@pytest.mark.parametrize(("text", "lang", "named"), [
    ("The G7 met.", "en", True),
    ("COVID-19 spread.", "en", True),
    ("SARS-CoV-2 spread.", "en", True),
    ("A magnitude M6.8 quake.", "en", False),  # a unit word before it: growth reads it
    ("Harganya Rp5 juta.", "id", False),  # a currency symbol glued before it
    ("It rose 5-10%.", "en", False),  # a number before the hyphen: a range
    ("It rose to 5.", "en", False),
])
def test_named_atom(text: str, lang: str, named: bool) -> None:
    lex = lexicon(lang)
    found = [named_atom(text, a, lex) for a in atoms(text, lex, [])]
    assert found and found[0] is named


@pytest.mark.parametrize("lang", LANGS)
def test_the_prefilter_changes_no_claim(lang: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    texts = dev_sentences(lang)
    dropped = [extract_claims(text, lang) for text in texts]
    monkeypatch.setattr(extract_module, "named_atom", lambda _text, _atom, _lex: False)
    assert [extract_claims(text, lang) for text in texts] == dropped
