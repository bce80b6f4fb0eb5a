"""A bound word that reads "during" after an amount: the span of time is its period.

"The plan will cost $5 billion over five years", "prices rose 3% over 12 months", "cut
1,000 jobs over two years": the span after "over" is the time the amount took, as "sur
cinq ans", "selama lima tahun" and "5年間で" say, not "more than five years" as in "he
worked there for over 20 years". The words are language data ([qualifiers] periods); the
reading needs another amount right before the bound word (at most two words between it and
the word, none of them a word that opens a span of time, [durations_one] span_before:
"rose to 1,000 in over 12 months" keeps its bound), and no word after the span that makes
it a time before or after something or an age ([durations_one] span_after: "40% were over
50 years old").
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.extraction.expr import Expr, evolve
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import back_spaces, skip_spaces

# Words that may stand between the amount and the bound word ("1,000 jobs over", "22.4% of
# their body weight over 72 weeks").
_MAX_GAP_WORDS = 4


def periods_after_amounts(text: str, exprs: Sequence[Expr], lex: Lexicon) -> list[Expr]:
    """`exprs` (in text order), each span of time bounded by a period word right after
    another amount read as that amount's period (qualifier eq, the word left out)."""
    words = lex.profile.qualifier_periods
    out = list(exprs)
    if not words:
        return out
    for i in range(1, len(out)):
        e = out[i]
        if not e.duration or e.qualifier != "gt" or e.start >= e.num_start:
            continue
        if text[e.start:back_spaces(text, e.num_start)].casefold() not in words:
            continue
        if _after_amount(text, out[i - 1], e.start, lex) and not _span_word_after(text, e, lex):
            out[i] = evolve(e, start=e.num_start, qualifier="eq")
    return out


def _after_amount(text: str, before: Expr, word: int, lex: Lexicon) -> bool:
    if before.date is not None or before.end > word:
        return False
    gap = text[before.end:word].split()
    if len(gap) > _MAX_GAP_WORDS or not all(w.isalpha() for w in gap):
        return False  # a clause or a punctuation mark between: no longer the amount's
    return not gap or gap[-1].casefold() not in lex.profile.one_span_before


def _span_word_after(text: str, e: Expr, lex: Lexicon) -> bool:
    after = skip_spaces(text, e.end)
    end = after
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[after:end].casefold() in lex.profile.one_span_after
