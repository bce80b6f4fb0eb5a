"""The cold diff's faster paths give exactly what the plain ones gave (issue #19), and the
start-up benchmark times a run exactly rather than to the next poll of a waiting loop."""

from __future__ import annotations

import importlib.util
import random
import shutil
import statistics
import sys
from pathlib import Path
from types import ModuleType

import pytest

from namewords import name_words
from reconcile import align
from reconcile.align import _overlap
from reconcile.entities import _Near, _near_ratio, indel_ratio
from reconcile.stats import median as _median

ROOT = Path(__file__).resolve().parents[1]


def _plain_overlap(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    """_overlap as it was written before (generator sums)."""
    shared = sum(weights.get(e, 0.0) for e in a & b)
    if not shared:
        return 0.0
    whole = sum(weights.get(e, 0.0) for e in a | b)
    smaller = min(sum(weights.get(e, 0.0) for e in a), sum(weights.get(e, 0.0) for e in b))
    return 0.5 * shared / whole + 0.5 * shared / smaller


def test_overlap_is_the_same_float_as_the_generator_sums() -> None:
    rng = random.Random(19)
    names = [f"name{i}" for i in range(30)]
    for _ in range(2000):
        weights = {n: rng.uniform(0.01, 5.0) for n in rng.sample(names, rng.randint(0, 30))}
        a = frozenset(rng.sample(names, rng.randint(0, 8)))
        b = frozenset(rng.sample(names, rng.randint(0, 8)))
        assert _overlap(a, b, weights) == _plain_overlap(a, b, weights)


def test_overlap_of_names_without_weight_is_zero() -> None:
    assert _overlap(frozenset({"x"}), frozenset({"x"}), {}) == 0.0
    assert _overlap(frozenset(), frozenset({"x"}), {"x": 1.0}) == 0.0


@pytest.mark.parametrize("values", [
    [0.5], [2.0, 1.0], [3.0, 1.0, 2.0], [0.1, 0.2, 0.3, 0.4], [-1.5, 2.25, 0.0, 7.0, 1e-9],
    [1, 3], [1.0, 1.0, 1.0, 1.0],
])
def test_median_is_statistics_median(values: list[float]) -> None:
    assert _median(values) == statistics.median(values)
    assert type(_median(values)) is type(statistics.median(values))


def test_median_of_random_lists_is_statistics_median() -> None:
    rng = random.Random(7)
    for _ in range(1000):
        values = [rng.uniform(-10, 10) for _ in range(rng.randint(1, 9))]
        assert _median(values) == statistics.median(values)


def _plain_near_ratio(query: str, near: _Near) -> float:
    """entities._near_ratio as it was written before (the subsequence always measured)."""
    from reconcile import entities

    ratio = indel_ratio(query, near.key)
    if ratio >= (entities.NEAR_RATIO_PERSON if near.person else entities.NEAR_RATIO):
        return ratio
    prefixed = entities._common_prefix(query, near.key) >= entities.NEAR_PERSON_PREFIX
    if near.person and prefixed and ratio >= entities.NEAR_RATIO_PERSON_PREFIX:
        return ratio
    return 0.0


def test_near_ratio_with_the_length_bound_is_the_same() -> None:
    # Names of every length against each other: the bound must never drop a ratio that
    # passes, whichever rule (person, person with a shared prefix, other) it passes by.
    words = name_words(11, 150)
    for query in words[:50] + words[-6:]:
        for key in words:
            for person in (False, True):
                near = _Near(key, "id", person)
                assert _near_ratio(query, near) == _plain_near_ratio(query, near)


def test_witness_mean_averages_the_medians() -> None:
    assert align._witness_mean([[1.0], [2.0, 4.0], [5.0, 1.0, 3.0]]) == (1.0 + 3.0 + 3.0) / 3
    assert align._witness_mean([]) is None


def _startup_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("startup_bench",
                                                  ROOT / "benchmarks" / "startup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("sleep") is None, reason="needs a sleep command")
def test_startup_benchmark_times_a_run_exactly(tmp_path: Path) -> None:
    # A polling wait (subprocess.run with a timeout) would read a 0.07 s run as 0.1135 s,
    # its next poll; the benchmark's blocking wait reads it as it ended.
    wall, cpu = _startup_module()._run([str(shutil.which("sleep")), "0.07"], tmp_path)
    assert 0.07 <= wall < 0.11
    assert 0.0 <= cpu < 0.07  # sleeping takes no CPU


def test_package_files_are_those_os_walk_finds() -> None:
    # What the table and result caches are keyed by: every code and data file of the
    # package, path:size:mtime in path order (the scan must find what os.walk found).
    import os

    from reconcile.lang import tablecache

    package = tablecache._PACKAGE
    found = []
    for folder, _, names in os.walk(package):
        where = Path(folder).relative_to(package).parts
        for name in names:
            if name.endswith((".py", ".toml")):
                info = os.stat(os.path.join(folder, name))
                found.append(((*where, name),
                              f"{'/'.join((*where, name))}:{info.st_size}:{info.st_mtime_ns}"))
    assert tablecache.package_files() == tuple(text for _, text in sorted(found))
    assert any(text.startswith("lang/data/") for text in tablecache.package_files())


def _plain_capitalized_words(text: str) -> frozenset[str]:
    """entities.capitalized_words as it was written before (every use looked at)."""
    from reconcile import entities
    from reconcile.lang import cldrcache

    patterns = entities._capitalized_word_re(cldrcache.cache_dir())
    assert patterns is not None
    return frozenset(m.group() for m in patterns[1].finditer(text)  # (for any text)
                     if not entities._starts_sentence(text, entities._Word(m.start(), m.end(),
                                                                            "")))


@pytest.mark.parametrize("name", ["en.txt", "fr.txt", "id.txt", "ja.txt", "zh.txt"])
def test_capitalized_words_looks_at_a_word_until_one_use_is_mid_sentence(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile.entities import capitalized_words

    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    text = (ROOT / "corpus" / "openai-musk" / name).read_text(encoding="utf-8")
    made = ("Globex rose. Then Globex fell. « Acme » said Acme.\n"
            "Initech opens. Initech. 'Umbrella' and \"Umbrella\" — Umbrella!")
    for sample in (text, made, text[:500] + made):
        assert capitalized_words(sample) == _plain_capitalized_words(sample)
    assert capitalized_words(made) == frozenset({"Globex", "Acme", "Umbrella"})


def test_bytes_patterns_are_kept_and_read_back_equal(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from reconcile import gencode

    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    path = gencode.cache_file()
    assert path is not None
    import re._compiler as compiler

    sources = [(rb"\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html[\s>])", re.IGNORECASE),
               (rb"(__libc_init)|(GLIBC_([0-9.]+))", re.ASCII), (r"caf\u00e9s?", 0)]
    first = gencode.CodeCache(path, compiler.compile)
    first.read()
    made = [first.compile(source, flags) for source, flags in sources]
    assert first.added
    first.save()
    again = gencode.CodeCache(path, compiler.compile)
    again.read()
    kept = [again.compile(source, flags) for source, flags in sources]
    assert not again.added and set(again.used) == {(s, f) for s, f in sources}
    assert kept == made == [compiler.compile(source, flags) for source, flags in sources]
    assert kept[0].match(b"<!DOCTYPE html>") and not kept[0].match(b"<p>")


def test_the_console_script_keeps_the_patterns_dataclasses_compiles(tmp_path: Path) -> None:
    # install(read=True) reads the file before the dataclasses module is loaded: its
    # pattern (and tokenize's, through inspect) come from the file in the second run.
    import os
    import subprocess

    probe = ("from reconcile import gencode\n"
             "cache = gencode.install(read=True)\n"
             "import dataclasses\n"
             "key = (dataclasses._MODULE_IDENTIFIER_RE.pattern, 0)\n"
             "print(key in cache.used, cache.added)\n"
             "cache.save()\n"
             "gencode.uninstall(cache)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RECONCILE_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                           text=True, check=True, timeout=120).stdout.split()
            for _ in range(2)]
    assert runs == [["True", "True"], ["True", "False"]]
