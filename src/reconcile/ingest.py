"""Files and folders → Stories of Sources: decoding, BOM, paragraphs, manifest, grouping."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reconcile.detect import detect_language, detect_paragraph_langs, normalize_code
from reconcile.errors import InputError, UsageError
from reconcile.model import Document, LangOrigin, Paragraph, Source, Story

TEXT_SUFFIXES = (".txt", ".md", ".text")
MANIFEST_NAME = "sources.toml"
DEFAULT_ENCODING = "utf-8"
FALLBACK_STORY_ID = "story"

BOM = "\ufeff"

# A paragraph is a maximal run of text between line breaks. "\r" counts as a break too,
# so CRLF files never leave a stray "\r" inside a paragraph (and old Mac files still split).
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")

# UTF-16/32 text is full of NUL bytes, so the binary check must look at decoded text there.
_WIDE_CODECS = ("utf-16", "utf-32")

# Byte-order marks that name their encoding; UTF-32 first, its LE mark starts like UTF-16's.
_SNIFFED_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

Meta = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ManifestEntry:
    """One [[source]] table of a manifest."""

    file: str
    lang: str | None
    meta: Meta


@dataclass(frozen=True)
class Manifest:
    """A story folder's sources.toml."""

    path: Path
    story: str | None
    title: str | None
    entries: tuple[ManifestEntry, ...]


@dataclass(frozen=True)
class _SourcePlan:
    """A source to read: where it is and what the manifest says about it."""

    path: Path
    lang: str | None = None
    meta: Meta = ()
    error: str | None = None


@dataclass(frozen=True)
class _StoryPlan:
    """A story to read, before ids are made unique and files are opened."""

    story_id: str
    path: str
    sources: tuple[_SourcePlan, ...]


# --- one file → one Document -------------------------------------------------------------


def resolve_encoding(encoding: str | None) -> str:
    """The canonical codec name for `encoding` (default UTF-8); UsageError if unknown."""
    name = encoding.strip() if encoding else DEFAULT_ENCODING
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(str(path), "file not found")
    if path.is_dir():
        raise InputError(str(path), "is a folder, expected a text file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file ({exc.strerror or exc})") from None


def _sniff_codec(data: bytes) -> str | None:
    for bom, codec in _SNIFFED_BOMS:
        if data.startswith(bom):
            return codec
    return None


def _display_codec(codec: str) -> str:
    return "UTF-8" if codec == "utf-8" else codec


def decode_bytes(path: Path, data: bytes, encoding: str | None = None) -> str:
    """Decode a file's bytes, strip one leading BOM and refuse empty or binary content."""
    if not data:
        raise InputError(str(path), "file is empty")
    codec = resolve_encoding(encoding) if encoding else _sniff_codec(data) or DEFAULT_ENCODING
    wide = codec.startswith(_WIDE_CODECS)
    if not wide and b"\x00" in data:
        raise InputError(str(path), "looks like a binary file")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        problem = (
            f"is not valid {_display_codec(codec)} "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})"
        )
        if not encoding:
            problem += "; pass --encoding, e.g. --encoding gbk"
        raise InputError(str(path), problem) from None
    if wide and "\x00" in text:
        raise InputError(str(path), "looks like a binary file")
    if text.startswith(BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(str(path), "file is empty")
    return text


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each non-blank line of `text`, surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    for match in _LINE_RE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return tuple(spans)


def _clean_lang(lang: str | None) -> str | None:
    return normalize_code(lang) if lang and lang.strip() else None


def paragraphs_of(text: str, doc_lang: str, origin: LangOrigin) -> tuple[Paragraph, ...]:
    """Paragraph languages: detected, except under --lang, a manifest's `lang` or a language
    given to the library, which the user meant for every paragraph ("Language of every
    input"); so langdetect never runs on text whose language is known."""
    spans = paragraph_spans(text)
    if origin in ("option", "manifest"):
        return tuple(Paragraph(start, end, doc_lang) for start, end in spans)
    return detect_paragraph_langs(text, spans, doc_lang)


def read_document(
    path: Path,
    *,
    source_id: str,
    encoding: str | None = None,
    lang: str | None = None,
    lang_origin: LangOrigin = "option",
    story: str = "",
    meta: Meta = (),
) -> Document:
    """Read one story version; InputError says why a file cannot be used.

    The text is kept exactly as decoded (only one leading BOM is dropped), so every offset
    of a later stage points into Document.text. `lang`, when given, is taken as is with
    `lang_origin`; otherwise the language is detected.
    """
    if encoding:
        resolve_encoding(encoding)  # a bad name is the caller's mistake, not the file's
    text = decode_bytes(path, _read_bytes(path), encoding)
    doc_lang = _clean_lang(lang)
    origin: LangOrigin = lang_origin
    if doc_lang is None:
        doc_lang = detect_language(text)
        origin = "detected"
        if doc_lang is None:
            raise InputError(str(path), "could not detect the language; pass --lang")
    return Document(
        source_id=source_id,
        path=str(path),
        text=text,
        lang=doc_lang,
        lang_origin=origin,
        paragraphs=paragraphs_of(text, doc_lang, origin),
        story=story,
        meta=meta,
    )


# --- the manifest ------------------------------------------------------------------------


def _meta_value(manifest: Path, index: int, key: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise InputError(
        str(manifest), f"[[source]] #{index}: {key!r} must be a string, not a table or list"
    )


def _optional_str(manifest: Path, where: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(str(manifest), f"{where} must be a string")
    return value.strip() or None


def _manifest_entry(manifest: Path, index: int, table: object) -> ManifestEntry:
    if not isinstance(table, dict):
        raise InputError(str(manifest), f"[[source]] #{index} must be a table")
    file = table.get("file")
    if not isinstance(file, str) or not file.strip():
        raise InputError(str(manifest), f"[[source]] #{index}: 'file' is required")
    lang = _optional_str(manifest, f"[[source]] #{index}: 'lang'", table.get("lang"))
    meta = tuple(
        sorted(
            (str(key), _meta_value(manifest, index, str(key), value))
            for key, value in table.items()
            if key not in ("file", "lang")
        )
    )
    return ManifestEntry(file=file.strip(), lang=_clean_lang(lang), meta=meta)


def parse_manifest(path: Path) -> Manifest:
    """Parse a sources.toml; InputError names the file and, for bad TOML, the line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the manifest ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(str(path), "malformed manifest: TOML must be UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        # The message ends with "(at line N, column M)".
        raise InputError(str(path), f"malformed manifest: {exc}") from None
    tables = data.get("source", [])
    if not isinstance(tables, list):
        raise InputError(str(path), "'source' must be an array of tables ([[source]])")
    return Manifest(
        path=path,
        story=_optional_str(path, "'story'", data.get("story")),
        title=_optional_str(path, "'title'", data.get("title")),
        entries=tuple(_manifest_entry(path, i, t) for i, t in enumerate(tables, start=1)),
    )


# --- planning: which stories and sources a set of paths holds ------------------------------


def _is_text_file(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(".") and path.is_file()


class _UnlistableFolderError(InputError):
    """A folder whose entries cannot be listed; it becomes a Source with this error."""


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        problem = f"cannot list the folder ({exc.strerror or exc})"
        raise _UnlistableFolderError(str(folder), problem) from None


def _text_files(folder: Path) -> list[Path]:
    return [p for p in _children(folder) if _is_text_file(p)]


def _folder_name(folder: Path) -> str:
    # "." and "/" have no name of their own; the absolute path usually does.
    return folder.name or folder.resolve().name or FALLBACK_STORY_ID


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def _manifest_story(folder: Path, manifest_path: Path) -> _StoryPlan:
    manifest = parse_manifest(manifest_path)
    listed = [
        _SourcePlan(path=folder / entry.file, lang=entry.lang, meta=entry.meta)
        for entry in manifest.entries
    ]
    # Files the manifest does not name are still versions of the story; their language
    # is detected.
    unlisted = [
        _SourcePlan(path=file)
        for file in _text_files(folder)
        if not any(_same_file(file, plan.path) for plan in listed)
    ]
    return _StoryPlan(
        story_id=manifest.story or _folder_name(folder),
        path=str(folder),
        sources=(*listed, *unlisted),
    )


def _story_folder(folder: Path) -> _StoryPlan | None:
    """The story a folder holds by itself (manifest or text files), if any."""
    manifest_path = folder / MANIFEST_NAME
    if manifest_path.is_file():
        return _manifest_story(folder, manifest_path)
    files = _text_files(folder)
    if not files:
        return None
    return _StoryPlan(
        story_id=_folder_name(folder),
        path=str(folder),
        sources=tuple(_SourcePlan(path=file) for file in files),
    )


def _error_story(folder: Path, problem: str) -> _StoryPlan:
    error = str(InputError(str(folder), problem))
    return _StoryPlan(
        story_id=_folder_name(folder),
        path=str(folder),
        sources=(_SourcePlan(path=folder, error=error),),
    )


def _story_or_error(folder: Path) -> _StoryPlan | None:
    # A malformed manifest is not caught here: it stops the run, the user must fix it.
    try:
        return _story_folder(folder)
    except _UnlistableFolderError as exc:
        return _error_story(folder, exc.problem)


def _folder_stories(folder: Path) -> list[_StoryPlan]:
    """A story folder is one story; otherwise each sub-folder holding texts is one."""
    own = _story_or_error(folder)
    if own is not None:
        return [own]
    subfolders = [p for p in _children(folder) if p.is_dir() and not p.name.startswith(".")]
    stories = [s for s in map(_story_or_error, subfolders) if s is not None]
    return stories or [_error_story(folder, "no text files found")]


def _files_story(files: Sequence[Path]) -> _StoryPlan:
    """Files named together form one story, named after their folder when they share one."""
    parents = {file.parent.resolve() for file in files}
    if len(parents) == 1:
        parent = files[0].parent
        return _StoryPlan(
            story_id=_folder_name(parent),
            path=str(parent),
            sources=tuple(_SourcePlan(path=file) for file in files),
        )
    return _StoryPlan(
        story_id=FALLBACK_STORY_ID,
        path="",
        sources=tuple(_SourcePlan(path=file) for file in files),
    )


def _unique(names: Iterable[str]) -> list[str]:
    """Make names unique in order: a repeated "en" becomes "en-2", "en-3", ..."""
    taken: set[str] = set()
    result: list[str] = []
    for name in names:
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name}-{n}"
        taken.add(candidate)
        result.append(candidate)
    return result


def _dedupe_paths(paths: Iterable[Path]) -> list[Path]:
    seen: set[Path] = set()
    result: list[Path] = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            result.append(path)
    return result


def _plan_stories(paths: Sequence[str | Path]) -> tuple[_StoryPlan, ...]:
    """Group the given paths into stories, sorted and with unique ids; reads no text file."""
    given = _dedupe_paths(Path(p) for p in paths)
    folders = [p for p in given if p.is_dir()]
    # Missing paths join the loose files so they surface as a Source with an error.
    loose = [p for p in given if not p.is_dir()]
    plans = [story for folder in folders for story in _folder_stories(folder)]
    if loose:
        plans.append(_files_story(loose))
    plans.sort(key=lambda s: (s.story_id, s.path))
    ids = _unique(s.story_id for s in plans)
    return tuple(
        _StoryPlan(story_id=sid, path=s.path, sources=s.sources)
        for sid, s in zip(ids, plans, strict=True)
    )


# --- reading a plan ------------------------------------------------------------------------


def _read_source(
    plan: _SourcePlan,
    source_id: str,
    story_id: str,
    encoding: str | None,
    option_lang: str | None,
) -> Source:
    lang = option_lang or plan.lang
    origin: LangOrigin = "option" if option_lang else "manifest"
    if plan.error is not None:
        return Source(source_id, str(plan.path), lang, None, plan.error, plan.meta)
    try:
        doc = read_document(
            plan.path,
            source_id=source_id,
            encoding=encoding,
            lang=lang,
            lang_origin=origin,
            story=story_id,
            meta=plan.meta,
        )
    except InputError as exc:
        return Source(source_id, str(plan.path), lang, None, str(exc), plan.meta)
    return Source(source_id, str(plan.path), doc.lang, doc, None, plan.meta)


def _read_story(plan: _StoryPlan, encoding: str | None, option_lang: str | None) -> Story:
    ordered = sorted(plan.sources, key=lambda s: (s.path.stem, str(s.path)))
    ids = _unique(_source_stem(s.path) for s in ordered)
    sources = sorted(
        (
            _read_source(s, sid, plan.story_id, encoding, option_lang)
            for sid, s in zip(ids, ordered, strict=True)
        ),
        key=lambda s: (s.source_id, s.path),
    )
    return Story(story_id=plan.story_id, path=plan.path, sources=tuple(sources))


def _source_stem(path: Path) -> str:
    return path.stem or path.name or FALLBACK_STORY_ID


def load_stories(
    paths: Sequence[str | Path],
    *,
    encoding: str | None = None,
    lang: str | None = None,
) -> tuple[Story, ...]:
    """Read files and folders into stories; unreadable inputs become Sources with an error.

    A file is one source and files given together are one story; a folder of text files
    (with an optional sources.toml) is one story; a folder of such folders is one story per
    sub-folder. `lang` overrides the manifest, which overrides detection. Raises UsageError
    for an unknown encoding and InputError for a malformed manifest.
    """
    if encoding:
        resolve_encoding(encoding)
    option_lang = _clean_lang(lang)
    return tuple(_read_story(plan, encoding, option_lang) for plan in _plan_stories(paths))


# --- one story at a time (the per-story runner: --jobs, the Dask engine) -------------------

StoryPlan = _StoryPlan


def plan_stories(paths: Sequence[str | Path], *, encoding: str | None = None
                 ) -> tuple[StoryPlan, ...]:
    """The stories the paths hold, as load_stories would read them (same ids, same order),
    without opening any text file: each plan is read later, alone, by read_story."""
    if encoding:
        resolve_encoding(encoding)
    return _plan_stories(paths)


def read_story(plan: StoryPlan, *, encoding: str | None = None,
               lang: str | None = None) -> Story:
    """One planned story, read (load_stories of a single plan)."""
    return _read_story(plan, encoding, _clean_lang(lang))
