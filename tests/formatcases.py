"""A small invented story with one scale slip, for the CI-format and suppression tests."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from click.testing import CliRunner, Result

from reconcile.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

# fr states 10x the amount of en and id (R101): one conflict, the rest agrees.
EN = ("Acme Robotics opened its first lab in Boston in 2019.\n"
      "That year the company paid $2.4 million to Maria Lopez for her patents.\n"
      "The lab employed 35 engineers in 2020.\n")
FR = ("Acme Robotics a ouvert son premier laboratoire à Boston en 2019.\n"
      "Cette année-là, l'entreprise a versé 24 millions de dollars à Maria Lopez pour ses "
      "brevets.{marker}\n"
      "Le laboratoire employait 35 ingénieurs en 2020.\n")
ID = ("Acme Robotics membuka laboratorium pertamanya di Boston pada 2019.\n"
      "Tahun itu perusahaan membayar 2,4 juta dolar AS kepada Maria Lopez untuk patennya.\n"
      "Laboratorium itu mempekerjakan 35 insinyur pada 2020.\n")
SLIP_LINE = 2  # the line of fr that states the amount


def write_story(folder: Path, *, fr_marker: str = "",
                extra: Mapping[str, bytes] | None = None) -> Path:
    """The three versions in `folder` (created); `fr_marker` ends fr's amount line."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "fr.txt").write_text(FR.format(marker=fr_marker), encoding="utf-8")
    (folder / "id.txt").write_text(ID, encoding="utf-8")
    for name, data in (extra or {}).items():
        (folder / name).write_bytes(data)
    return folder


def invoke(args: Sequence[str]) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@cache
def sarif_validator() -> jsonschema.protocols.Validator:
    """A validator of the official SARIF 2.1.0 schema (tests/data, see its README)."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator: jsonschema.protocols.Validator = cls(schema)
    return validator


def validate_sarif(log: Mapping[str, Any]) -> None:
    """Fail with the first few schema errors, each with its JSON path."""
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
