"""Content sniffers: whether bytes are a web page, Markdown with front matter or XLIFF,
whatever the file is called (a .txt, stdin). Kept apart from the readers, so that sniffing
a plain-text file loads none of them."""

from __future__ import annotations

import re

from reconcile.inputs.text import sniff_codec

# How much of a file the HTML sniffer looks at, and the markup that makes it a web page: a
# doctype or <html> at the start, or many paired block tags.
HTML_SNIFF_BYTES = 4096
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(rb"</(?:p|div|span|a|li|ul|ol|h[1-6]|table|tr|td|th|section|article"
                        rb"|header|footer|nav|body|head|title|script|style)\s*>", re.IGNORECASE)
_MIN_TAGS = 8
# YAML front matter opening a file: "---", then "key: value" lines, then "---". Plain
# prose does not start this way, so it marks Markdown on stdin or in a .txt file.
_FRONT_MATTER = re.compile(
    rb"(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:[A-Za-z_][\w-]*:.*\r?\n)+---[ \t]*\r?\n")
# An XML 1.0 file declares itself in its first bytes; a BOM may come first.
_XLIFF_SNIFF_BYTES = 2048
_XLIFF_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<xliff[\s>]", re.DOTALL)


def looks_like_html(data: bytes) -> bool:
    """Whether content is a web page whatever its name says (a .txt, stdin)."""
    head = data[:HTML_SNIFF_BYTES]
    codec = sniff_codec(head)
    if codec is not None:
        head = head.decode(codec, errors="ignore").encode("utf-8")
    head = head.lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_BLOCK_TAG.findall(head)) >= _MIN_TAGS


def looks_like_markdown(data: bytes) -> bool:
    """Whether content opens with YAML front matter (key: value lines between ---)."""
    return bool(_FRONT_MATTER.match(data[:4096]))


def looks_like_xliff(data: bytes) -> bool:
    """True when the bytes open like an XLIFF document (whatever the file is called)."""
    head = data[:_XLIFF_SNIFF_BYTES].decode("utf-8", "ignore").lstrip("\ufeff")
    return bool(_XLIFF_START.match(head))
