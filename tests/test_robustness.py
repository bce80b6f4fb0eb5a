"""Bad input never breaks a run (issue #19): each case is a clear message, exit 2, no
traceback, and every other input is still read and listed."""

from __future__ import annotations

import errno
import io
import json
import os
import pathlib
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from formatcases import EN, FR, ID, write_story
from reconcile.cli import EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, cli, main
from reconcile.ingest import load_stories
from reconcile.sizes import format_size, parse_size

SUPPORTED = "en, fr, id, ja, zh"
GERMAN = ("Der Stadtrat hat den neuen Haushalt nach einer langen Debatte am Dienstag "
          "gebilligt; er sieht 5 Millionen Euro mehr für Schulen vor.\n")


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr, result.stderr
    return result


def json_sources(result: Result) -> dict[str, dict[str, Any]]:
    """The sources of a `diff --format json` report, by path."""
    return {s["path"]: s for s in json.loads(result.stdout, parse_float=Decimal)["sources"]}


# --- denying access, also when the tests run as root ------------------------------------------


def _chmod_blocks(tmp_path: Path) -> bool:
    """Whether mode 000 stops this process (it does not for root)."""
    probe = tmp_path / "probe"
    probe.write_text("x", encoding="utf-8")
    probe.chmod(0)
    try:
        probe.read_bytes()
    except PermissionError:
        return True
    finally:
        probe.chmod(0o644)
        probe.unlink()
    return False


@pytest.fixture
def deny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """deny(path): make a file unreadable or a folder unlistable, as chmod 000 does. Root
    reads through chmod, so there the same errors are raised by the os-level calls pathlib
    makes (a real PermissionError, errno EACCES, from the same places)."""
    denied: list[Path] = []
    real = _chmod_blocks(tmp_path)
    if not real:
        opened = os.open
        io_open = io.open
        scandir = os.scandir
        stat = os.stat

        def refuse(path: Any) -> None:
            target = Path(os.fsdecode(path)).absolute()
            for bad in denied:
                if target == bad or (bad.is_dir() and bad in target.parents):
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))

        def fake_open(path: Any, *args: Any, **kwargs: Any) -> int:
            refuse(path)
            return opened(path, *args, **kwargs)

        def fake_io_open(path: Any, *args: Any, **kwargs: Any) -> Any:
            if not isinstance(path, int):
                refuse(path)
            return io_open(path, *args, **kwargs)

        def fake_scandir(path: Any = ".") -> Any:
            refuse(path)
            return scandir(path)

        def fake_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            target = Path(os.fsdecode(path)).absolute()
            if any(bad in target.parents for bad in denied):  # inside an unsearchable folder
                refuse(path)
            return stat(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", fake_open)
        monkeypatch.setattr(io, "open", fake_io_open)
        monkeypatch.setattr(os, "scandir", fake_scandir)
        monkeypatch.setattr(os, "stat", fake_stat)
        monkeypatch.setattr(pathlib.Path, "iterdir",
                            lambda self: (refuse(self), iter(sorted(
                                Path(self) / n for n in os.listdir(self))))[1])

    def apply(path: Path) -> None:
        denied.append(path.absolute())
        if real:
            path.chmod(0)

    yield apply
    for path in denied:
        if real:
            path.chmod(0o755 if path.is_dir() else 0o644)


# --- the cases found crashing or misbehaving ------------------------------------------------


def test_symlink_loop_named_on_the_command_line(tmp_path: Path) -> None:
    story = write_story(tmp_path / "acme")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    result = run("diff", "--format", "json", str(loop), *(str(p) for p in story.glob("*.txt")))
    assert result.exit_code == EXIT_INPUT
    assert f"{loop}: symbolic link loop" in result.stderr
    sources = json_sources(result)
    assert sources[str(loop)]["error"] == \
        f"{loop}: symbolic link loop (the link points back to itself)"
    assert all(s["error"] is None for path, s in sources.items() if path != str(loop))


def test_dangling_links_in_a_story_folder_are_listed(tmp_path: Path) -> None:
    story = write_story(tmp_path / "acme")
    (story / "loop.txt").symlink_to(story / "loop.txt")
    (story / "gone.txt").symlink_to(story / "nowhere.txt")
    result = run("diff", "--format", "json", "--fail-on", "never", str(story))
    assert result.exit_code == EXIT_INPUT
    sources = json_sources(result)
    assert sources[str(story / "loop.txt")]["error"].endswith(": symbolic link loop (the "
                                                              "link points back to itself)")
    assert sources[str(story / "gone.txt")]["error"].endswith(": broken symbolic link")
    assert json.loads(result.stdout)["stories"] == ["acme"]


def test_symlink_loop_folder(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = run("claims", "--format", "json", str(tmp_path / "a"))
    assert result.exit_code == EXIT_INPUT
    assert "symbolic link loop" in result.stderr


def test_unreadable_folder_in_a_folder_of_stories(tmp_path: Path, deny: Any) -> None:
    write_story(tmp_path / "stories" / "good")
    locked = write_story(tmp_path / "stories" / "locked")
    deny(locked)
    result = run("diff", "--format", "json", "--fail-on", "never", str(tmp_path / "stories"))
    assert result.exit_code == EXIT_INPUT
    sources = json_sources(result)
    assert sources[str(locked)]["error"] == f"{locked}: cannot list the folder (Permission denied)"
    good = [s for path, s in sources.items() if path != str(locked)]
    assert len(good) == 3 and all(s["error"] is None for s in good)


def test_unreadable_folder_named_directly(tmp_path: Path, deny: Any) -> None:
    locked = write_story(tmp_path / "locked")
    deny(locked)
    result = run("claims", "--format", "json", str(locked))
    assert result.exit_code == EXIT_INPUT
    assert "Permission denied" in result.stderr


def test_unreadable_file(tmp_path: Path, deny: Any) -> None:
    story = write_story(tmp_path / "acme")
    deny(story / "fr.txt")
    result = run("diff", "--format", "json", "--fail-on", "never", str(story))
    assert result.exit_code == EXIT_INPUT
    fr = json_sources(result)[str(story / "fr.txt")]
    assert fr["error"] == f"{story / 'fr.txt'}: cannot read the file (Permission denied)"
    assert "needs at least two" not in result.stderr  # en and id are still compared


def test_malformed_manifest_spoils_only_its_own_story(tmp_path: Path) -> None:
    write_story(tmp_path / "stories" / "good")
    bad = write_story(tmp_path / "stories" / "bad")
    (bad / "sources.toml").write_text('story = "unterminated\n', encoding="utf-8")
    result = run("diff", "--format", "json", "--fail-on", "never", str(tmp_path / "stories"))
    assert result.exit_code == EXIT_INPUT
    document = json.loads(result.stdout)
    assert document["stories"] == ["good"]  # compared
    manifest = json_sources(result)[str(bad / "sources.toml")]
    assert manifest["error"].startswith(f"{bad / 'sources.toml'}: malformed manifest: ")
    assert "line 1" in manifest["error"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(tmp_path: Path, codec: str) -> None:
    story = write_story(tmp_path / "acme")
    (story / "fr.txt").write_bytes(FR.format(marker="").encode(codec))  # no BOM
    (story_doc,) = load_stories([story])
    fr = next(s for s in story_doc.sources if s.source_id == "fr")
    assert fr.error is None and fr.document is not None
    assert fr.document.text == FR.format(marker="")


def test_utf16_chinese_without_bom_is_decoded(tmp_path: Path) -> None:
    text = "该公司2019年在波士顿开设了第一个实验室，支付了240万美元。\n"
    path = tmp_path / "zh.txt"
    path.write_bytes(text.encode("utf-16-le"))
    (story,) = load_stories([path])
    assert story.sources[0].document is not None
    assert story.sources[0].document.text == text


def test_utf16_without_bom_under_a_wrong_encoding_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_bytes(EN.encode("utf-16-le"))
    result = run("claims", "--encoding", "utf-8", str(path))
    assert result.exit_code == EXIT_INPUT
    assert ("looks like UTF-16 without a BOM; pass --encoding utf-16-le") in result.stderr


@pytest.mark.parametrize("code", ["xx", "klingon", "XX"])
@pytest.mark.parametrize("command", ["diff", "claims"])
def test_unsupported_lang_option(tmp_path: Path, code: str, command: str) -> None:
    story = write_story(tmp_path / "acme")
    result = run(command, "--lang", code, str(story))
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert result.stderr == (f"reconcile: error: unsupported language {code.lower()!r}; "
                             f"supported: {SUPPORTED}\n")


def test_supported_lang_option_in_any_case_and_region(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(EN, encoding="utf-8")
    assert run("claims", "--lang", "EN", str(path)).exit_code == 0
    assert run("claims", "--lang", "zh-Hant", str(path)).exit_code == 0


def test_manifest_encoding_is_honoured_per_file(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    fr = "L'entreprise a versé 24 millions d'euros à Zoé en 2019.\n"
    (folder / "fr.txt").write_bytes(fr.encode("latin-1"))
    (folder / "en.txt").write_text("The company paid 24 million euros to Zoé in 2019.\n",
                                   encoding="utf-8")
    (folder / "sources.toml").write_text(
        '[[source]]\nfile = "fr.txt"\nlang = "fr"\nencoding = "latin-1"\n'
        '[[source]]\nfile = "en.txt"\nlang = "en"\n', encoding="utf-8")
    (story,) = load_stories([folder])
    texts = {s.source_id: s.document.text if s.document else s.error for s in story.sources}
    assert texts == {"fr": fr, "en": "The company paid 24 million euros to Zoé in 2019.\n"}
    assert all("encoding" not in dict(s.meta) for s in story.sources)
    # The manifest's per-file encoding beats --encoding, the default for the other files.
    (story,) = load_stories([folder], encoding="ascii")
    errors = {s.source_id: s.error for s in story.sources}
    assert errors["fr"] is None
    assert errors["en"] is not None and "is not valid ascii" in errors["en"]


def test_manifest_with_an_unknown_encoding_is_the_story_error(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    (folder / "sources.toml").write_text('[[source]]\nfile = "en.txt"\nencoding = "nope"\n',
                                         encoding="utf-8")
    (story,) = load_stories([folder])
    assert [s.error for s in story.sources] == [
        f"{folder / 'sources.toml'}: [[source]] #1: unknown encoding 'nope'"]


# --- the rest of the bad-input list ---------------------------------------------------------


def _diff_with(tmp_path: Path, name: str, data: bytes, *extra: str) -> tuple[Result, str]:
    story = write_story(tmp_path / "acme", extra={name: data})
    result = run("diff", "--format", "json", "--fail-on", "never", *extra, str(story))
    assert result.exit_code == EXIT_INPUT
    error = json_sources(result)[str(story / name)]["error"]
    assert error is not None and error.startswith(str(story / name) + ": ")
    assert f"reconcile: error: {error}\n" in result.stderr
    # The three good versions are still compared.
    assert json.loads(result.stdout)["stories"] == ["acme"]
    return result, error.removeprefix(str(story / name) + ": ")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00\xff\xfe",
         "looks like a binary file"),
        (b"Le caf\xe9 co\xfbte 3 euros en 2019.\n",
         "is not valid UTF-8 (byte 0xe9 at offset 6); pass --encoding, e.g. --encoding gbk"),
        (b"", "file is empty"),
        (b" \n\t\n", "file is empty"),
        (GERMAN.encode(), f"detected language 'de', which is not supported ({SUPPORTED}); "
                          "pass --lang if the detection is wrong"),
    ],
    ids=["binary", "invalid-utf8", "empty", "blank", "unknown-language"],
)
def test_bad_file_beside_good_ones(tmp_path: Path, data: bytes, problem: str) -> None:
    _, error = _diff_with(tmp_path, "zz.txt", data)
    assert error == problem


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    big = ("The lab employed 35 engineers in 2020.\n" * 100).encode()
    _, error = _diff_with(tmp_path, "zz.txt", big, "--max-size", "2kB")
    assert error == ("file is 3.9 kB, over the 2 kB size limit; raise it with --max-size "
                     "(e.g. --max-size 100MB) if this really is one story")
    ok = run("claims", "--max-size", "1MB", str(tmp_path / "acme" / "zz.txt"))
    assert ok.exit_code == 0


def test_default_size_limit_is_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    result = run("claims", str(path))
    assert result.exit_code == EXIT_INPUT
    assert "file is 50 MB, over the 20 MB size limit" in result.stderr


@pytest.mark.parametrize(("text", "size"), [("20MB", 20_000_000), ("500k", 500_000),
                                            ("1.5 GiB", 3 * 2**29), ("1000", 1000)])
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_bad_max_size_is_a_usage_error(tmp_path: Path) -> None:
    result = run("diff", "--max-size", "lots", str(write_story(tmp_path / "acme")))
    assert result.exit_code == EXIT_INPUT
    assert "invalid size 'lots'" in result.stderr


def test_format_size() -> None:
    assert [format_size(n) for n in (12, 2000, 3900, 50_000_000)] == [
        "12 bytes", "2 kB", "3.9 kB", "50 MB"]


def test_missing_path(tmp_path: Path) -> None:
    story = write_story(tmp_path / "acme")
    result = run("diff", "--format", "json", str(tmp_path / "nope.txt"),
                 *(str(p) for p in sorted(story.glob("*.txt"))))
    assert result.exit_code == EXIT_INPUT
    assert json_sources(result)[str(tmp_path / "nope.txt")]["error"] == \
        f"{tmp_path / 'nope.txt'}: file not found"


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    result = run("claims", str(link))
    assert result.exit_code == EXIT_INPUT
    assert f"{link}: broken symbolic link" in result.stderr


def test_folder_with_no_text_files_says_which_count(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    result = run("diff", str(folder))
    assert result.exit_code == EXIT_INPUT
    assert f"{folder}: no text files found (looked for *.html, " in result.stderr
    assert "*.md" in result.stderr and "*.txt" in result.stderr


def test_single_source(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(EN, encoding="utf-8")
    result = run("diff", "--format", "json", str(path))
    assert result.exit_code == EXIT_INPUT
    assert "has 1 readable version(s); reconcile diff needs at least two" in result.stderr
    assert list(json_sources(result)) == [str(path)]
    assert run("claims", str(path)).exit_code == 0  # one version is enough to list claims


def test_two_files_in_one_language(tmp_path: Path) -> None:
    a = tmp_path / "a" / "en.txt"
    b = tmp_path / "b" / "en.txt"
    for path in (a, b):
        path.parent.mkdir()
        path.write_text(EN, encoding="utf-8")
    result = run("diff", "--format", "json", str(a), str(b))
    assert result.exit_code == 0
    sources = json.loads(result.stdout)["sources"]
    assert [(s["id"], s["lang"], s["error"]) for s in sources] == [
        ("en", "en", None), ("en-2", "en", None)]


def test_unknown_language_in_the_manifest(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "acme")
    (folder / "sources.toml").write_text('[[source]]\nfile = "en.txt"\nlang = "tlh"\n',
                                         encoding="utf-8")
    result = run("diff", "--format", "json", str(folder))
    assert result.exit_code == EXIT_INPUT
    assert json_sources(result)[str(folder / "en.txt")]["error"] == \
        f"{folder / 'en.txt'}: unsupported language 'tlh'; supported: {SUPPORTED}"


def test_corrupted_alias_file(tmp_path: Path) -> None:
    story = write_story(tmp_path / "acme")
    aliases = tmp_path / "aliases.toml"
    aliases.write_text("[entity\n", encoding="utf-8")
    result = run("diff", "--aliases", str(aliases), str(story))
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.startswith(f"reconcile: error: {aliases}: malformed TOML")


def test_corrupted_alias_file_beside_the_story(tmp_path: Path) -> None:
    story = write_story(tmp_path / "acme")
    (story / "aliases.toml").write_bytes(b"\xff\xfe[[x")
    result = run("diff", str(story))
    assert result.exit_code == EXIT_INPUT
    assert "aliases.toml" in result.stderr


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    write_story(root / "stories" / "acme")
    (root / "pyproject.toml").write_text("", encoding="utf-8")
    return root


def test_corrupted_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    assert run("baseline", "stories/acme").exit_code == 0
    (ledger,) = (root / "claims").glob("*.ledger.json")
    ledger.write_text('{"schema": 1, "facts": [', encoding="utf-8")
    for args in (["check", "stories/acme"], ["check", "--format", "sarif", "stories/acme"],
                 ["baseline", "stories/acme"], ["accept", "some-fact"]):
        result = run(*args)
        assert result.exit_code == EXIT_INPUT, args
        assert "not valid JSON" in result.stderr and "nothing was written" in result.stderr
    assert ledger.read_text(encoding="utf-8") == '{"schema": 1, "facts": ['


# --- exit codes -----------------------------------------------------------------------------


def test_main_maps_bad_input_to_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(tmp_path / "nope.txt")]) == EXIT_INPUT
    assert main(["diff", "--no-such-option"]) == EXIT_INPUT
    assert main(["diff", "--lang", "xx", str(tmp_path)]) == EXIT_INPUT
    assert "Traceback" not in capsys.readouterr().err


def test_ctrl_c_is_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("reconcile.run.story_tasks", interrupted)
    assert main(["diff", str(write_story(tmp_path / "acme"))]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "reconcile: interrupted\n"


def test_a_real_bug_is_123_with_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("reconcile.ingest.plan_stories", broken)
    assert main(["claims", str(write_story(tmp_path / "acme"))]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.startswith("reconcile: internal error: ValueError: boom\n")
    assert "Traceback" not in err


def test_os_error_outside_ingest_is_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "claims/x.json")

    monkeypatch.setattr("reconcile.run.story_tasks", full)
    assert main(["diff", str(write_story(tmp_path / "acme"))]) == EXIT_INPUT
    assert capsys.readouterr().err == \
        "reconcile: error: claims/x.json: No space left on device\n"


def test_output_encoding_that_cannot_write_the_text(tmp_path: Path) -> None:
    """A legacy output encoding is the environment's problem: a clear message, exit 2."""
    story = write_story(tmp_path / "acme")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "reconcile", "diff", "--format", "markdown",
                           str(story)], env=env, capture_output=True, check=False, timeout=120)
    assert done.returncode == EXIT_INPUT, done.stderr
    assert done.stderr.decode("latin-1").endswith(
        "reconcile: error: the output encoding (latin-1) cannot write this text; set "
        "PYTHONIOENCODING=utf-8 or use a UTF-8 locale\n")


# --- every source in every output format ----------------------------------------------------

BROKEN = b"\x00\x01\x02binary\x00\xff"


@pytest.mark.parametrize(
    "args",
    [
        *(["diff", "--format", fmt] for fmt in
          ("table", "json", "jsonl", "markdown", "sarif", "github")),
        *(["claims", "--format", fmt] for fmt in ("table", "json", "jsonl")),
    ],
    ids=lambda args: "-".join(args[::2]),
)
def test_every_source_in_every_format(tmp_path: Path, args: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # the table must not wrap paths
    story = write_story(tmp_path / "acme", extra={"zz.txt": BROKEN})
    result = run(*args, str(story), str(tmp_path / "gone.txt"))
    assert result.exit_code == EXIT_INPUT
    for source_id in ("en", "fr", "id"):
        assert re.search(rf"\b{source_id}\b", result.stdout), source_id
    for name, problem in (("zz.txt", "looks like a binary file"),
                          ("gone.txt", "file not found")):
        assert name in result.stdout and problem in result.stdout, (name, result.stdout)


@pytest.mark.parametrize("fmt", ["text", "sarif", "github", "jsonl"])
def test_check_lists_a_failed_source_in_every_format(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    assert run("baseline", "stories/acme").exit_code == 0
    (root / "stories" / "acme" / "zz.txt").write_bytes(BROKEN)
    for _ in range(2):  # the second run must not answer from the cache and hide it
        result = run("check", "--format", fmt, "stories/acme")
        assert result.exit_code == EXIT_INPUT
        assert "zz.txt: looks like a binary file" in result.stderr
        if fmt != "text":
            assert "zz.txt" in result.stdout


def test_load_stories_keeps_going(tmp_path: Path) -> None:
    """The library too: one story's problem never hides another story."""
    write_story(tmp_path / "s" / "a")
    bad = tmp_path / "s" / "b"
    bad.mkdir(parents=True)
    (bad / "sources.toml").write_text("[[source]\n", encoding="utf-8")
    (bad / "en.txt").write_text(EN, encoding="utf-8")
    (bad / "id.txt").write_text(ID, encoding="utf-8")
    stories = load_stories([tmp_path / "s"])
    assert [s.story_id for s in stories] == ["a", "b"]
    assert all(src.error is None for src in stories[0].sources)
    assert [src.error is not None for src in stories[1].sources] == [True]


def test_a_stream_is_read_up_to_the_limit(tmp_path: Path) -> None:
    """A pipe or device (/dev/stdin, <(...)) has no size: reading stops past the limit."""
    result = run("claims", "--max-size", "1kB", "/dev/zero")
    assert result.exit_code == EXIT_INPUT
    assert "/dev/zero: file is over the 1 kB size limit" in result.stderr
