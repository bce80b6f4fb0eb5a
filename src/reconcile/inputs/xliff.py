"""XLIFF 1.x and 2.x files → a Bilingual unit list (lxml, without entities or network)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reconcile.errors import InputError
from reconcile.inputs.sniff import looks_like_xliff as looks_like_xliff  # re-exported
from reconcile.inputs.units import Bilingual, Unit, clean_lang

if TYPE_CHECKING:
    # lxml loads when a file is parsed, not when any input is sniffed for XLIFF.
    from lxml import etree  # type: ignore[import-untyped]

SUFFIXES = (".xlf", ".xliff")
NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_2 = "urn:oasis:names:tc:xliff:document:2.0"  # 2.1 and 2.2 keep the 2.0 namespace
# XLIFF 1.1 (still written by translate-toolkit) has the structure of 1.2.
NS_1 = (NS_12, "urn:oasis:names:tc:xliff:document:1.1")
# A PO header carried into XLIFF by converters: metadata, not story text.
_HEADER_RESTYPES = frozenset({"x-gettext-domain-header"})

# Inline elements that hold the original format's codes (`<br/>`, `{0}`), not prose: their
# content is dropped. Every other inline element (g, mrk, pc, …) keeps its text.
_CODE_ELEMENTS = frozenset({"bpt", "ept", "it", "ph", "sub"})
def _parser() -> etree.XMLParser:
    from lxml import etree

    # No DTD, no entity expansion, no network: an XLIFF file from elsewhere cannot make the
    # parser read other files or hosts, nor grow billion-laughs style.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def _local(tag: object) -> str:
    from lxml import etree

    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _code_point(element: etree._Element) -> str:
    """An XLIFF 2 <cp hex="…"/>: a character XML itself cannot carry."""
    try:
        return chr(int(element.get("hex", ""), 16))
    except (ValueError, OverflowError):
        return ""


def _flat(element: etree._Element) -> str:
    """The text of a <source>/<target>, inline markup flattened to its text content."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            name = _local(child.tag)
            if name == "cp":
                parts.append(_code_point(child))
            elif name and name not in _CODE_ELEMENTS:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


def _line(element: etree._Element) -> int:
    line = element.sourceline
    return line if isinstance(line, int) else 0


def _child(element: etree._Element, ns: str, name: str) -> etree._Element | None:
    found: etree._Element | None = element.find(f"{{{ns}}}{name}" if ns else name)
    return found


def _units_12(root: etree._Element, ns: str) -> Iterator[tuple[str, str, Unit]]:
    files = root.findall(f"{{{ns}}}file" if ns else "file")
    for index, file in enumerate(files, start=1):
        prefix = f"{file.get('original') or index}/" if len(files) > 1 else ""
        src = file.get("source-language") or ""
        tgt = file.get("target-language") or ""
        for unit in file.iter(f"{{{ns}}}trans-unit" if ns else "trans-unit"):
            if unit.get("restype") in _HEADER_RESTYPES:
                continue
            source = _child(unit, ns, "source")
            target = _child(unit, ns, "target")
            yield src, tgt, Unit(
                id=prefix + (unit.get("id") or str(unit.sourceline)),
                source=_flat(source) if source is not None else "",
                target=_flat(target) if target is not None else "",
                source_line=_line(source if source is not None else unit),
                target_line=_line(target if target is not None else unit),
            )


def _units_2(root: etree._Element, ns: str) -> Iterator[tuple[str, str, Unit]]:
    src = root.get("srcLang") or ""
    tgt = root.get("trgLang") or ""
    files = root.findall(f"{{{ns}}}file" if ns else "file")
    for index, file in enumerate(files, start=1):
        prefix = f"{file.get('id') or index}/" if len(files) > 1 else ""
        for unit in file.iter(f"{{{ns}}}unit" if ns else "unit"):
            sources: list[str] = []
            targets: list[str] = []
            lines = [_line(unit), _line(unit)]
            # A unit's text is its segments and the ignorable text between them, in order.
            for part in unit:
                if _local(part.tag) not in ("segment", "ignorable"):
                    continue
                source = _child(part, ns, "source")
                target = _child(part, ns, "target")
                if not sources and source is not None:
                    lines[0] = _line(source)
                if not targets and target is not None:
                    lines[1] = _line(target)
                sources.append(_flat(source) if source is not None else "")
                targets.append(_flat(target) if target is not None else "")
            yield src, tgt, Unit(id=prefix + (unit.get("id") or str(unit.sourceline)),
                                 source="".join(sources), target="".join(targets),
                                 source_line=lines[0], target_line=lines[1])


def _one(values: set[str], path: str, what: str) -> str | None:
    values.discard("")
    if len(values) > 1:
        raise InputError(path, f"the files of this XLIFF declare several {what} languages "
                               f"({', '.join(sorted(values))}); split it")
    return clean_lang(values.pop()) if values else None


def parse_xliff(data: bytes, path: str) -> Bilingual:
    """Parse XLIFF 1.2 or 2.x bytes; InputError for XML that is not well-formed (with the
    parser's line and column), for another XML vocabulary and for an unknown version."""
    from lxml import etree

    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        # libxml2 repeats the position at the end of its message.
        message = re.sub(r",? line \d+, column \d+$", "", str(exc.msg))
        raise InputError(path, f"not well-formed XML at line {line}, column {column}: "
                               f"{message}") from None
    if _local(root.tag) != "xliff":
        raise InputError(path, f"not an XLIFF file (root element <{_local(root.tag)}>)")
    namespace = etree.QName(root).namespace or ""
    # Some tools leave the namespace out: the version attribute tells the structure then.
    version = root.get("version") or ""
    if namespace in NS_1 or (not namespace and version.startswith("1.")):
        found = list(_units_12(root, namespace))
    elif namespace == NS_2 or (not namespace and version.startswith("2.")):
        found = list(_units_2(root, namespace))
    else:
        raise InputError(path, f"unsupported XLIFF version {version!r} "
                               f"(namespace {namespace!r}); reconcile reads 1.1, 1.2 and 2.x")
    if not found:
        raise InputError(path, "the XLIFF file holds no translation units")
    return Bilingual(
        source_lang=_one({s for s, _, _ in found}, path, "source"),
        target_lang=_one({t for _, t, _ in found}, path, "target"),
        units=tuple(unit for _, _, unit in found),
    )
