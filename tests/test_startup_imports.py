"""What a cold `reconcile diff` loads (issue #19): no module it does not use, and, once the
language tables are cached, not babel either. Speed itself is benchmarks/startup.py's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "openai-musk"
# Loaded only by the commands, inputs or languages that need them.
NOT_AT_IMPORT = ("babel", "langdetect", "rich", "httpx", "lxml", "rapidfuzz", "pint")
NOT_IN_A_COLD_DIFF = ("babel", "langdetect", "httpx", "lxml", "pint", "rich.progress",
                      "rich.console", "rich.table", "rich.text",
                      "reconcile.ledger", "reconcile.report.jsonio", "reconcile.report.matrix",
                      "reconcile.inputs.html", "reconcile.inputs.markdown",
                      "reconcile.inputs.xliff")
# Loaded only when a cache entry is written, a URL fetched or a report needs them: a piped
# diff whose language tables and parsed data files (its manifest too) are cached does
# without them.
NOT_ONCE_CACHED = ("rapidfuzz", "hashlib", "_hashlib", "tempfile", "json", "shutil",
                   "tomllib")


def _loaded(code: str, wanted: tuple[str, ...], cache: Path) -> list[str]:
    """Which of `wanted` a fresh interpreter has loaded after running `code`."""
    probe = (f"import sys\n{code}\n"
             f"print(' '.join(m for m in {wanted!r} if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RECONCILE_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, check=True, timeout=300)
    return done.stdout.split()


def test_importing_the_cli_loads_none_of_the_heavy_libraries(tmp_path: Path) -> None:
    assert _loaded("import reconcile.cli", NOT_AT_IMPORT, tmp_path) == []


def test_a_cold_diff_loads_only_what_it_uses(tmp_path: Path) -> None:
    code = ("import contextlib, io\n"
            "from reconcile.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['diff', '--no-cache', '--quiet', {str(CORPUS)!r}])")
    first = _loaded(code, NOT_IN_A_COLD_DIFF, tmp_path)
    assert first == ["babel"]  # the language tables are built from CLDR once
    assert _loaded(code, NOT_IN_A_COLD_DIFF + NOT_ONCE_CACHED, tmp_path) == []


def test_currency_tables_read_at_run_time_are_cached_too(tmp_path: Path) -> None:
    # An ISO code after a currency word (grow's code after: currency_codes) and a story of
    # a country with a member of the dollar family (the bare word's local currency: the
    # country names of each currency) read tables built from babel's territory data; once
    # built they are read back from the cache, as the language tables are.
    text = ("Canada will spend 40 million Canadian dollars on roads, Ottawa said. Canada's "
            "fund raised 4.5 billion dollars USD last year, and Canada added 12 dollars more.")
    code = ("from reconcile.api import document_from_text, extract_document\n"
            f"found = extract_document(document_from_text({text!r}, 'en'))\n"
            "assert any(c.unit == 'USD' for c in found), found\n"
            "assert any(c.unit == 'CAD' for c in found), found\n")
    assert _loaded(code, ("babel",), tmp_path) == ["babel"]
    assert _loaded(code, ("babel",), tmp_path) == []
