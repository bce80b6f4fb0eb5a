"""Files and folders → Stories of Sources: decoding, BOM, paragraphs, manifest, grouping."""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reconcile.detect import detect_language, detect_paragraph_langs, normalize_code
from reconcile.errors import InputError, UsageError
from reconcile.inputs import AUTO, SUFFIXES, ExtractedText, read_input
from reconcile.inputs import input_format as format_named
from reconcile.inputs.fetch import FetchOptions, fetch, is_url, url_name
from reconcile.inputs.text import decode_text, resolve_encoding
from reconcile.lang import cldrcache
from reconcile.model import Document, LangOrigin, Paragraph, Source, Story
from reconcile.progress import Progress
from reconcile.sizes import DEFAULT_MAX_SIZE, format_size

# Files a story folder counts as versions (every input format's suffixes).
TEXT_SUFFIXES = SUFFIXES
MANIFEST_NAME = "sources.toml"
FALLBACK_STORY_ID = "story"
# `-` as a PATH: one version read from standard input.
STDIN = "-"
STDIN_ID = "stdin"
NO_FILES = f"no text files found (looked for {', '.join(f'*{s}' for s in TEXT_SUFFIXES)})"

# A paragraph is a maximal run of text between line breaks. "\r" counts as a break too,
# so CRLF files never leave a stray "\r" inside a paragraph (and old Mac files still split).
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85"  # what _LINE_RE's class leaves out

Meta = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ManifestEntry:
    """One [[source]] table of a manifest."""

    file: str
    lang: str | None
    meta: Meta
    encoding: str | None = None


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
    encoding: str | None = None
    # A page to fetch; `path` is then only its name (url_name), for the source id.
    url: str | None = None

    @property
    def shown(self) -> str:
        """The path or URL the user gave, for messages and reports."""
        return self.url or str(self.path)


@dataclass(frozen=True)
class _StoryPlan:
    """A story to read, before ids are made unique and files are opened."""

    story_id: str
    path: str
    sources: tuple[_SourcePlan, ...]


# --- one file → its Documents -------------------------------------------------------------


def _unreachable_problem(path: Path, exc: OSError) -> str:
    """Why a path cannot be opened, in words: missing, a dangling or looping link, denied."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link points back to itself)"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if path.is_symlink() else "file not found"
    return f"cannot read the file ({exc.strerror or exc})"


def _read_bytes(path: Path, max_size: int | None = DEFAULT_MAX_SIZE) -> bytes:
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(str(path), _unreachable_problem(path, exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(str(path), "is a folder, expected a text file")
    # A pipe (`/dev/stdin`, `<(...)`) has no size yet: the read below stops at the limit.
    if max_size is not None and stat.S_ISREG(info.st_mode) and info.st_size > max_size:
        raise InputError(str(path), _too_big(info.st_size, max_size))
    try:
        with path.open("rb") as handle:
            # Never more than the limit, even if the file grew since stat().
            data = handle.read(-1 if max_size is None else max_size + 1)
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
    if max_size is not None and len(data) > max_size:
        raise InputError(str(path), _too_big(None, max_size))
    return data


def _too_big(size: int | None, max_size: int) -> str:
    # A stream's size is unknown: only that it went past the limit.
    how_big = "" if size is None else f"{format_size(size)}, "
    return (f"file is {how_big}over the {format_size(max_size)} size limit; raise it "
            "with --max-size (e.g. --max-size 100MB) if this really is one story")


def decode_bytes(path: Path, data: bytes, encoding: str | None = None) -> str:
    """Decode a file's bytes, strip one leading BOM and refuse empty or binary content."""
    return decode_text(str(path), data, encoding)


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each non-blank line of `text`, surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    if "\x1c" not in text and "\x1d" not in text and "\x1e" not in text:
        # str.splitlines breaks at _LINE_RE's breaks and at these three alone (a CRLF
        # is one break, between two of _LINE_RE's), and far faster than a pattern tests
        # every character against a class; str.strip drops what str.isspace tells.
        pos = 0
        for line in text.splitlines(keepends=True):
            body = line.rstrip(_BREAKS)  # a line ends with its one break (or CRLF)
            stripped = body.strip()
            if stripped:
                start = pos + len(body) - len(body.lstrip())
                spans.append((start, start + len(stripped)))
            pos += len(line)
        return tuple(spans)
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


def _supported() -> tuple[str, ...]:
    from reconcile.languages import supported_languages  # CLDR data is not loaded for this

    return supported_languages()


def supported_problem(code: str) -> str | None:
    """Why a language code cannot be read from files ("unsupported language 'xx';
    supported: en, fr, …"), or None for a language with its own data file."""
    if code.split("-")[0] in _supported():
        return None
    return f"unsupported language {code!r}; supported: {', '.join(_supported())}"


def paragraphs_of(text: str, doc_lang: str, origin: LangOrigin) -> tuple[Paragraph, ...]:
    """Paragraph languages: detected, except under --lang, a manifest's `lang` or a language
    given to the library, which the user meant for every paragraph ("Language of every
    input"); so langdetect never runs on text whose language is known."""
    spans = paragraph_spans(text)
    if origin in ("option", "manifest"):
        return tuple(Paragraph(start, end, doc_lang) for start, end in spans)
    return detect_paragraph_langs(text, spans, doc_lang)


def read_documents(
    path: Path,
    *,
    source_id: str,
    encoding: str | None = None,
    lang: str | None = None,
    lang_origin: LangOrigin = "option",
    story: str = "",
    meta: Meta = (),
    input_format: str | None = None,
    data: bytes | None = None,
    name: str | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> tuple[Document, ...]:
    """Read the story versions one file holds (one, or the two sides of a bilingual file);
    InputError says why a file cannot be used. `data`: its bytes when already read, as for
    stdin or a fetched page, which `name` then names.

    The text is kept exactly as decoded (only one leading BOM is dropped), so every offset
    of a later stage points into Document.text. `lang`, when given, is taken as is with
    `lang_origin`; otherwise the language is detected. A language without a data file
    (given, declared or detected) is refused: its numbers would be read with another's
    notation. A file over `max_size` bytes (None: no limit) is refused before it is read.

    The format is detected from suffix and content unless `input_format` names it. A
    version named by its file ("lang" in front matter) keeps that language unless `lang`
    is given; its stated title, author, date and outlet join `meta`, which wins.
    """
    if encoding:
        resolve_encoding(encoding)  # a bad name is the caller's mistake, not the file's
    shown = name or str(path)
    given_lang = _clean_lang(lang)
    if given_lang is not None and (problem := supported_problem(given_lang)):
        raise InputError(shown, problem)
    raw = _read_bytes(path, max_size) if data is None else data
    if data is not None and max_size is not None and len(raw) > max_size:
        raise InputError(shown, _too_big(len(raw), max_size))
    versions = read_input(raw, shown, input_format, encoding)
    return tuple(
        _document(shown, version, source_id if version.part is None
                  else f"{source_id}:{version.part}", lang, lang_origin, story, meta)
        for version in versions
    )


def _document(path: str, version: ExtractedText, source_id: str, lang: str | None,
              lang_origin: LangOrigin, story: str, meta: Meta) -> Document:
    text = version.text
    doc_lang = _clean_lang(lang)
    origin: LangOrigin = lang_origin
    # The two sides of a bilingual file are in the languages it declares, whatever --lang
    # says of the run's other inputs.
    if version.units and version.lang:
        doc_lang, origin = _clean_lang(version.lang), "manifest"
    if doc_lang is None and version.lang:
        doc_lang, origin = _clean_lang(version.lang), "manifest"
    if doc_lang is None:
        doc_lang = detect_language(text)
        origin = "detected"
        if doc_lang is None:
            raise InputError(path, "could not detect the language; pass --lang")
        if supported_problem(doc_lang):
            raise InputError(path, f"detected language {doc_lang!r}, which is not "
                                   f"supported ({', '.join(_supported())}); pass --lang "
                                   "if the detection is wrong")
    elif problem := supported_problem(doc_lang):
        raise InputError(path, problem)
    given = {key for key, _ in meta}
    merged = tuple(sorted((*meta, *((k, v) for k, v in version.meta if k not in given))))
    return Document(
        source_id=source_id,
        path=path,
        text=text,
        lang=doc_lang,
        lang_origin=origin,
        paragraphs=tuple(Paragraph(start, end, doc_lang, unit=unit)
                         for unit, start, end in version.units)
        or paragraphs_of(text, doc_lang, origin),
        story=story,
        meta=merged,
        format=version.format,
        source_map=version.source_map,
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
    encoding = _optional_str(manifest, f"[[source]] #{index}: 'encoding'",
                             table.get("encoding"))
    if encoding is not None:
        try:
            encoding = resolve_encoding(encoding)
        except UsageError as exc:
            raise InputError(str(manifest), f"[[source]] #{index}: {exc}") from None
    meta = tuple(
        sorted(
            (str(key), _meta_value(manifest, index, str(key), value))
            for key, value in table.items()
            if key not in ("file", "lang", "encoding")
        )
    )
    return ManifestEntry(file=file.strip(), lang=_clean_lang(lang), meta=meta,
                         encoding=encoding)


def parse_manifest(path: Path) -> Manifest:
    """Parse a sources.toml; InputError names the file and, for bad TOML, the line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the manifest ({exc.strerror or exc})") from None
    try:
        # Through the cache of parsed data files (keyed by the bytes), as alias files are:
        # a manifest read before is read back without loading tomllib.
        data = cldrcache.parsed_toml(raw.removeprefix(codecs.BOM_UTF8))
    except UnicodeDecodeError:
        raise InputError(str(path), "malformed manifest: TOML must be UTF-8") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError: a bad file is never kept
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


def _resolved(path: Path) -> Path:
    """The path with links resolved, or as given (made absolute) when it cannot be: a
    symbolic link loop or an unsearchable folder must not stop the other inputs."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _is_dir(path: Path) -> bool:
    # Path.is_dir raises PermissionError inside an unsearchable folder.
    try:
        return path.is_dir()
    except OSError:
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _is_text_file(path: Path) -> bool:
    # A text file's name on a dangling or looping link is still listed, with its error.
    return (path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(".")
            and (_is_file(path) or _is_dangling_link(path)))


def _is_dangling_link(path: Path) -> bool:
    try:
        return path.is_symlink() and not _is_dir(path) and not path.exists()
    except OSError:
        return False


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
    return folder.name or _resolved(folder).name or FALLBACK_STORY_ID


def _same_file(a: Path, b: Path) -> bool:
    return _resolved(a) == _resolved(b)


def _manifest_story(folder: Path, manifest_path: Path) -> _StoryPlan:
    manifest = parse_manifest(manifest_path)
    listed = [
        _SourcePlan(path=folder / entry.file, lang=entry.lang, meta=entry.meta,
                    encoding=entry.encoding)
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
    if _is_file(manifest_path):
        return _manifest_story(folder, manifest_path)
    files = _text_files(folder)
    if not files:
        return None
    return _StoryPlan(
        story_id=_folder_name(folder),
        path=str(folder),
        sources=tuple(_SourcePlan(path=file) for file in files),
    )


def _error_story(folder: Path, error: InputError) -> _StoryPlan:
    """A story that could not be planned: one Source, at the faulty path, with the error."""
    return _StoryPlan(
        story_id=_folder_name(folder),
        path=str(folder),
        sources=(_SourcePlan(path=Path(error.path), error=str(error)),),
    )


def _story_or_error(folder: Path) -> _StoryPlan | None:
    # An unlistable folder or a malformed manifest spoils this story only: it is listed
    # with its error and the other stories are still read.
    try:
        return _story_folder(folder)
    except InputError as exc:
        return _error_story(folder, exc)
    except OSError as exc:
        problem = f"cannot read the folder ({exc.strerror or exc})"
        return _error_story(folder, InputError(str(folder), problem))


def _folder_stories(folder: Path) -> list[_StoryPlan]:
    """A story folder is one story; otherwise each sub-folder holding texts is one."""
    own = _story_or_error(folder)
    if own is not None:
        return [own]
    subfolders = [p for p in _children(folder) if _is_dir(p) and not p.name.startswith(".")]
    stories = [s for s in map(_story_or_error, subfolders) if s is not None]
    return stories or [_error_story(folder, InputError(str(folder), NO_FILES))]


def _files_story(files: Sequence[Path], urls: Sequence[str] = ()) -> _StoryPlan:
    """Files named together form one story, named after their folder when they share one;
    URLs join them as pages to fetch."""
    named = [file for file in files if str(file) != STDIN]
    parents = {_resolved(file.parent) for file in named}
    sources = (*(_SourcePlan(path=file) for file in files),
               *(_SourcePlan(path=Path(url_name(url)), url=url) for url in urls))
    if len(parents) == 1:
        parent = named[0].parent
        return _StoryPlan(story_id=_folder_name(parent), path=str(parent), sources=sources)
    return _StoryPlan(story_id=FALLBACK_STORY_ID, path="", sources=sources)


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
        key = path if str(path) == STDIN else _resolved(path)
        if key not in seen:
            seen.add(key)
            result.append(path)
    return result


def _plan_stories(paths: Sequence[str | Path]) -> tuple[_StoryPlan, ...]:
    """Group the given paths into stories, sorted and with unique ids; reads no text file."""
    urls = list(dict.fromkeys(str(p) for p in paths if isinstance(p, str) and is_url(p)))
    given = _dedupe_paths(Path(p) for p in paths if not (isinstance(p, str) and is_url(p)))
    folders = [p for p in given if str(p) != STDIN and _is_dir(p)]
    # Missing paths join the loose files so they surface as a Source with an error.
    loose = [p for p in given if str(p) == STDIN or not _is_dir(p)]
    plans = [story for folder in folders for story in _folder_stories(folder)]
    if loose or urls:
        plans.append(_files_story(loose, urls))
    plans.sort(key=lambda s: (s.story_id, s.path))
    ids = _unique(s.story_id for s in plans)
    return tuple(
        _StoryPlan(story_id=sid, path=s.path, sources=s.sources)
        for sid, s in zip(ids, plans, strict=True)
    )


# --- reading a plan ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadOptions:
    """How every file of a run is read (picklable: a worker process reads with it)."""

    encoding: str | None = None
    lang: str | None = None
    input_format: str | None = None
    stdin: bytes | None = None
    fetch: FetchOptions | None = None
    max_size: int | None = DEFAULT_MAX_SIZE


def _read_source(plan: _SourcePlan, source_id: str, story_id: str,
                 options: ReadOptions) -> tuple[Source, ...]:
    lang = options.lang or plan.lang
    origin: LangOrigin = "option" if options.lang else "manifest"
    shown, meta = plan.shown, plan.meta
    notes: tuple[str, ...] = ()
    if plan.error is not None:
        return (Source(source_id, shown, lang, None, plan.error, meta),)
    from_stdin = plan.url is None and str(plan.path) == STDIN
    if from_stdin and options.stdin is None:
        error = str(InputError(STDIN, "standard input was not given to the reader"))
        return (Source(source_id, STDIN, lang, None, error, meta),)
    try:
        page = fetch(plan.url, options.fetch or FetchOptions()) if plan.url else None
        if page is not None:
            meta = tuple(sorted((*meta, ("sha256", page.sha256), ("url", page.url))))
            notes = (page.note,) if page.note else ()
        docs = read_documents(
            plan.path,
            source_id=source_id,
            # The manifest's per-file encoding beats --encoding, the default for the rest;
            # a server's charset is the page's own declaration, and --encoding still wins.
            encoding=plan.encoding or options.encoding or (page.charset if page else None),
            lang=lang,
            lang_origin=origin,
            story=story_id,
            meta=meta,
            input_format=options.input_format,
            data=options.stdin if from_stdin else page.data if page else None,
            name=shown,
            max_size=options.max_size,
        )
    except InputError as exc:
        return (Source(source_id, shown, lang, None, str(exc), meta, notes),)
    return tuple(Source(doc.source_id, shown, doc.lang, doc, None, doc.meta, notes)
                 for doc in docs)


def _read_story(plan: _StoryPlan, options: ReadOptions) -> Story:
    ordered = sorted(plan.sources, key=lambda s: (_source_stem(s.path), s.shown))
    ids = _unique(_source_stem(s.path) for s in ordered)
    sources = sorted(
        (
            source
            for sid, s in zip(ids, ordered, strict=True)
            for source in _read_source(s, sid, plan.story_id, options)
        ),
        key=lambda s: (s.source_id, s.path),
    )
    return Story(story_id=plan.story_id, path=plan.path, sources=tuple(sources))


def _source_stem(path: Path) -> str:
    if str(path) == STDIN:
        return STDIN_ID
    return path.stem or path.name or FALLBACK_STORY_ID


def read_options(
    *,
    encoding: str | None = None,
    lang: str | None = None,
    input_format: str | None = None,
    stdin: bytes | None = None,
    fetch: FetchOptions | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> ReadOptions:
    """The ReadOptions of these arguments (see load_stories), checked before any file is
    read: UsageError for an unknown encoding or format or an unsupported language."""
    if encoding:
        resolve_encoding(encoding)
    if input_format not in (None, AUTO):
        format_named(input_format or "")
    option_lang = _clean_lang(lang)
    if option_lang is not None and (problem := supported_problem(option_lang)):
        raise UsageError(problem)
    return ReadOptions(encoding, option_lang, input_format, stdin, fetch, max_size)


# --- one story at a time (iter_stories, the per-story runner: --jobs, the Dask engine) ----

StoryPlan = _StoryPlan


def plan_stories(paths: Sequence[str | Path]) -> tuple[StoryPlan, ...]:
    """The stories the paths hold, as load_stories would read them (same ids, same order),
    without opening any text file: each plan is read later, alone, by read_story."""
    return _plan_stories(paths)


def read_story(plan: StoryPlan, options: ReadOptions | None = None) -> Story:
    """One planned story, read (load_stories of a single plan)."""
    return _read_story(plan, options or ReadOptions())


def iter_stories(
    paths: Sequence[str | Path],
    *,
    encoding: str | None = None,
    lang: str | None = None,
    input_format: str | None = None,
    stdin: bytes | None = None,
    fetch: FetchOptions | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    progress: Progress | None = None,
) -> Iterator[Story]:
    """load_stories one story at a time: the paths are grouped first (no text is read), then
    each story is read when the caller asks for it, so a caller that is done with a story
    before taking the next holds one story's text in memory, not the archive's. Errors
    about the arguments (UsageError) come before the first story."""
    options = read_options(encoding=encoding, lang=lang, input_format=input_format,
                           stdin=stdin, fetch=fetch, max_size=max_size)
    return read_stories(plan_stories(paths), options, progress)


def read_stories(plans: Sequence[StoryPlan], options: ReadOptions,
                 progress: Progress | None = None) -> Iterator[Story]:
    """The planned stories, each read when taken; `progress` hears of each story's files."""
    total = sum(len(plan.sources) for plan in plans)
    for plan in plans:
        story = _read_story(plan, options)
        if progress is not None:
            progress("files", len(plan.sources), total)
        yield story


def load_stories(
    paths: Sequence[str | Path],
    *,
    encoding: str | None = None,
    lang: str | None = None,
    input_format: str | None = None,
    stdin: bytes | None = None,
    fetch: FetchOptions | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    progress: Progress | None = None,
) -> tuple[Story, ...]:
    """Read files and folders into stories; unreadable inputs become Sources with an error.

    A file is one source (a bilingual file two) and files given together are one story; a
    folder of story files (text, HTML, Markdown, … with an optional sources.toml) is one
    story; a folder of such folders is one story per sub-folder. `lang` overrides the
    manifest, which overrides what a file states, which overrides detection; a manifest's
    per-file `encoding` overrides `encoding`. The path "-" is one version read from
    `stdin` (source id "stdin"). An http(s) URL is a page fetched under `fetch`'s limits
    and cache (its Source.meta records url and sha256); an XLIFF or PO file is two
    versions, `<stem>:<lang>` of each side. `input_format` ("auto" or None: from suffix and
    content) applies to every file. A file over `max_size` bytes (None: no limit) is
    refused. Raises UsageError for an unknown encoding or format or an unsupported `lang`;
    every problem of one input (missing, unreadable, malformed manifest …) is that story's
    Source error instead, so the other inputs are still read. `progress` hears of each
    story's files once they are read.
    """
    return tuple(iter_stories(paths, encoding=encoding, lang=lang, input_format=input_format,
                              stdin=stdin, fetch=fetch, max_size=max_size,
                              progress=progress))
