"""HTML and saved web pages: the article's prose and metadata, by trafilatura.

trafilatura (maintained, made for news and blog pages, used by many corpus projects) finds
the article body and leaves out navigation, related-post lists, comments, ads and footers;
it keeps the article's tables (a row becomes a line of "|"-separated cells) and decodes
entities. It also reads the title, author, publication date and site name from the page's
metadata. We do not trust it to say where text came from, so positions.py finds each line
in the original for line/column reports.
"""

from __future__ import annotations

import re

from reconcile.errors import InputError
from reconcile.inputs import ExtractedText, RawInput
from reconcile.inputs.positions import html_view, source_map
from reconcile.inputs.text import decode_text, sniff_codec

# How much of a file the sniffer looks at, and the markup that makes it a web page: a
# doctype or <html> at the start, or many paired block tags.
_SNIFF_BYTES = 4096
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(rb"</(?:p|div|span|a|li|ul|ol|h[1-6]|table|tr|td|th|section|article"
                        rb"|header|footer|nav|body|head|title|script|style)\s*>", re.IGNORECASE)
_MIN_TAGS = 8
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def looks_like_html(data: bytes) -> bool:
    """Whether content is a web page whatever its name says (a .txt, stdin)."""
    head = data[:_SNIFF_BYTES]
    codec = sniff_codec(head)
    if codec is not None:
        head = head.decode(codec, errors="ignore").encode("utf-8")
    head = head.lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_BLOCK_TAG.findall(head)) >= _MIN_TAGS


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
    try:
        found = trafilatura.bare_extraction(
            original,
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
        source_map=source_map(text, original, html_view(original)),
        title=_field(found, "title"),
        author=_field(found, "author"),
        date=_date(_field(found, "date")),
        outlet=_field(found, "sitename"),
    ),)


def _clean(text: str) -> str:
    """trafilatura's text with trailing spaces of lines (a table row's) dropped."""
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def _field(found: object, name: str) -> str | None:
    value = getattr(found, name, None)
    return value.strip() or None if isinstance(value, str) else None


def _date(value: str | None) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or nothing."""
    if value is None:
        return None
    match = _ISO_DATE.match(value)
    return match.group() if match else None
