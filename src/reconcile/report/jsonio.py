"""JSON with exact numbers: Decimals are written as JSON numbers digit for digit."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal

from reconcile.model import Claim
from reconcile.numbers import plain

CLAIM_KEYS = ("source", "lang", "kind", "surface", "start", "end", "sentence", "low", "high",
              "qualifier", "unit", "date")


def claim_record(claim: Claim) -> dict[str, object]:
    """The JSON shape of a claim (keys of the public contract first, extras after)."""
    return {
        "source": claim.source,
        "lang": claim.lang,
        "kind": claim.kind,
        "surface": claim.surface,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "date": claim.date,
        "relative": claim.relative,
        "anchor": claim.anchor,
        "boilerplate": claim.boilerplate,
    }


def dumps(value: object, *, indent: int | None = None) -> str:
    """Serialize like json.dumps, but Decimals become exact JSON numbers (16.4亿 is
    1640000000, never 1639999999.9999998); read back with json.loads(parse_float=Decimal)."""
    return _encode(value, indent, 0)


def _encode(value: object, indent: int | None, level: int) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write {value} as JSON")
        return plain(value)
    if isinstance(value, Mapping):
        items = [f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v, indent, level + 1)}"
                 for k, v in value.items()]
        return _wrap("{", "}", items, indent, level)
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return _wrap("[", "]", [_encode(v, indent, level + 1) for v in value], indent, level)
    return json.dumps(value, ensure_ascii=False)


def _wrap(open_: str, close: str, items: list[str], indent: int | None, level: int) -> str:
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    return open_ + "\n" + ",\n".join(pad + item for item in items) + "\n" + end_pad + close
