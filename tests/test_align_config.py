"""Alignment's weights: one frozen config, read from the data file the package ships."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from importlib import resources

import pytest

from reconcile.align import config_from_toml, default_config
from reconcile.model import AlignConfig


def _table() -> dict[str, dict[str, object]]:
    ref = resources.files("reconcile").joinpath("data", "align_weights.toml")
    weights: dict[str, dict[str, object]] = tomllib.loads(ref.read_text("utf-8"))["weights"]
    return weights


def test_every_weight_is_in_the_data_file_with_a_reason() -> None:
    table = _table()
    assert set(table) == {f.name for f in fields(AlignConfig)}
    for name, entry in table.items():
        assert isinstance(entry.get("reason"), str) and entry["reason"], name


def test_the_default_config_is_the_data_file() -> None:
    config = default_config()
    for name, entry in _table().items():
        assert getattr(config, name) == pytest.approx(entry["value"]), name


def test_a_weights_file_missing_a_weight_is_refused() -> None:
    with pytest.raises(ValueError, match="missing"):
        config_from_toml('[weights]\nmerge_min = { value = 2.5, reason = "x" }\n')
