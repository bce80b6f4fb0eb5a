"""HTML and saved web pages: the article's prose and metadata, by trafilatura.

trafilatura (maintained, made for news and blog pages, used by many corpus projects) finds
the article body and leaves out navigation, related-post lists, comments, ads and footers;
it keeps the article's tables (a row becomes a line of "|"-separated cells) and decodes
entities. It also reads the title, author, publication date and site name from the page's
metadata. We do not trust it to say where text came from, so positions.py finds each line
in the original for line/column reports.

trafilatura drops comments, so before it reads the page each `<!-- reconcile: ignore -->`
marker (suppress.py) becomes text, a bracketed marker `[reconcile: ignore]`, in the
element it stands in, or in the element it follows (`<p>…</p> <!-- reconcile: ignore -->`):
it then silences the claims of that element's line as on a line of plain text, and its
`[` and `]` point at the comment's `<` and `>`.
"""

from __future__ import annotations

import re

from reconcile.errors import InputError
from reconcile.inputs import ExtractedText, RawInput
from reconcile.inputs.positions import View, html_view, source_map
from reconcile.inputs.sniff import HTML_SNIFF_BYTES as _SNIFF_BYTES
from reconcile.inputs.sniff import looks_like_html as looks_like_html  # re-exported
from reconcile.inputs.text import decode_text, sniff_codec
from reconcile.suppress import MARKER

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# A comment, or an element whose content is not markup (a comment-like string in it is not
# a comment).
_COMMENT = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|title|template|textarea)\b.*?(?:</\1\s*>|\Z)",
    re.DOTALL | re.IGNORECASE)
# The end tags (and spaces) just before a comment: the marker goes before the first of them.
_END_TAGS = re.compile(r"(?:</[A-Za-z][\w:-]*\s*>\s*)+\Z")
_SPACE = re.compile(r"\s")


def _decode(raw: RawInput) -> str:
    """The page as text: the user's encoding, a BOM's, the page's <meta charset>, UTF-8."""
    encoding = raw.encoding
    if encoding is None and sniff_codec(raw.data) is None:
        declared = _CHARSET.search(raw.data[:_SNIFF_BYTES])
        if declared is not None:
            encoding = _known_codec(declared.group(1).decode("ascii"))
    return decode_text(raw.name, raw.data, encoding)


def _known_codec(name: str) -> str | None:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_html(raw: RawInput) -> tuple[ExtractedText, ...]:
    """The article of a web page, its metadata and where each character came from."""
    import trafilatura

    original = _decode(raw)
    page, where = _with_markers(original)
    try:
        found = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_tables=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            favor_precision=False,
            # The date the page states, never a guess from the text or today's date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError) as exc:  # what its parsers raise on bad markup
        raise InputError(raw.name, f"cannot read the HTML ({exc})") from None
    text = _clean(getattr(found, "text", None) or "") if found is not None else ""
    if not text:
        raise InputError(raw.name, "no article text found in the HTML page")
    return (ExtractedText(
        text=text,
        format="html",
        source_map=source_map(text, original, _view(page, where)),
        title=_field(found, "title"),
        author=_field(found, "author"),
        date=_date(_field(found, "date")),
        outlet=_field(found, "sitename"),
    ),)


def _with_markers(original: str) -> tuple[str, list[int] | None]:
    """The page with each marker comment made a bracketed marker in the text of the element
    it stands in or follows, and the offset in `original` of each character of the page
    (None: the page is the original)."""
    parts: list[str] = []
    where: list[int] = []
    done = 0  # how much of the original is in parts
    for match in _COMMENT.finditer(original):
        comment = match.group()
        if match.group(1) is not None or not comment.startswith("<!--") \
                or MARKER.fullmatch(comment) is None:
            continue
        start, end = match.span()
        ends = _END_TAGS.search(original, done, start)
        at = ends.start() if ends is not None else start
        # Up to the element's end tags, the marker, then those end tags.
        parts.append(original[done:at])
        where.extend(range(done, at))
        # " [reconcile: ignore]": the space and "[" at the comment's "<", the words where
        # they are, "]" at its ">".
        body = comment[4:-3]
        left = len(body) - len(body.lstrip())
        inner = _SPACE.sub(" ", body.strip())
        parts.append(f" [{inner}]")
        where.extend((start, start))
        where.extend(range(start + 4 + left, start + 4 + left + len(inner)))
        where.append(end - 1)
        parts.append(original[at:start])
        where.extend(range(at, start))
        done = end
    if not parts:
        return original, None
    parts.append(original[done:])
    where.extend(range(done, len(original)))
    return "".join(parts), where


def _view(page: str, where: list[int] | None) -> View:
    """The visible text of the page, each character with its offset in the original."""
    view = html_view(page)
    if where is None:
        return view
    return View(view.text, tuple(where[i] for i in view.offsets))


def _clean(text: str) -> str:
    """trafilatura's text with trailing spaces of lines (a table row's) dropped."""
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def _field(found: object, name: str) -> str | None:
    value = getattr(found, name, None)  # a title read from a heading keeps no marker
    return MARKER.sub("", value).strip() or None if isinstance(value, str) else None


def _date(value: str | None) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or nothing."""
    if value is None:
        return None
    match = _ISO_DATE.match(value)
    return match.group() if match else None
