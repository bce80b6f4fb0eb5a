"""The HTML report: escaping of hostile text, self-containment, order, links and the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reconcile.cli import cli
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.model import DiffResult
from reconcile.report.html import language_name, render_html

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = ("<script>alert(1)</script> </textarea> <!-- x --> \"><img src=x onerror=alert(2)> "
           "' onmouseover='alert(3)")
EN = (f"Title {HOSTILE}\n\n"
      "The company paid $5 million in 2016 <script>alert(4)</script>.\n\n"
      "It hired 40 engineers \"quoted\" and 'single' </textarea><!-- open.\n")
FR = ("Titre\n\n"
      "L'entreprise a payé 50 millions de dollars en 2016 <b onclick=\"x\">.\n\n"
      "Elle a embauché 40 ingénieurs <!-- -->.\n")


class Page(HTMLParser):
    """What a browser would build: elements, comments, attributes and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}

    def hrefs(self) -> list[str]:
        return [a["href"] or "" for t, a in self.tags if t == "a" and "href" in a]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def hostile_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "story"
    folder.mkdir()
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "fr.txt").write_text(FR, encoding="utf-8")
    outlet = HOSTILE.replace('"', "'")  # TOML basic string: no raw double quote
    (folder / "sources.toml").write_text(
        f'[[source]]\nfile = "en.txt"\nlang = "en"\noutlet = "{outlet}"\n'
        '[[source]]\nfile = "fr.txt"\nlang = "fr"\n', encoding="utf-8")
    return folder


def diff_of(folder: Path) -> DiffResult:
    (story,) = load_stories([folder])
    return diff_story(story, load_aliases(()))


@pytest.fixture(scope="module")
def hostile_html(hostile_story: Path) -> str:
    return render_html([diff_of(hostile_story)])


@pytest.fixture(scope="module")
def corpus_result() -> DiffResult:
    from reconcile.project import alias_files_for

    folder = ROOT / "corpus" / "openai-musk"
    (story,) = load_stories([folder])
    return diff_story(story, load_aliases(alias_files_for(folder)))


@pytest.fixture(scope="module")
def corpus_html(corpus_result: DiffResult) -> str:
    return render_html([corpus_result])


# ---------------------------------------------------------------------------------------
# escaping


def test_hostile_text_renders_as_text(hostile_html: str) -> None:
    page = parse(hostile_html)
    # Only the report's own script element, style and markup: nothing from the versions.
    assert [t for t, _ in page.tags if t == "script"] == ["script"]
    assert not [t for t, _ in page.tags if t in ("img", "textarea")]
    assert not [a for t, a in page.tags if t == "b" and a]
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert page.comments == []
    text = "".join(page.text)
    assert "<script>alert(1)</script>" in text
    assert "</textarea><!-- open." in text
    assert "<b onclick=\"x\">" in text
    assert "\"><img src=x onerror=alert(2)>" in text
    assert "' onmouseover='alert(3)" in text


def test_hostile_text_never_reaches_the_script(hostile_html: str) -> None:
    (script,) = parse(hostile_html).scripts
    assert "alert" not in script
    assert hostile_html.count("<script") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_html


def test_hostile_outlet_is_escaped_too(hostile_html: str) -> None:
    assert "&lt;img src=x onerror=alert(2)&gt;" in hostile_html
    assert "<img" not in hostile_html


# ---------------------------------------------------------------------------------------
# self-contained, ordered, linked


def test_page_is_self_contained(corpus_html: str) -> None:
    page = parse(corpus_html)
    assert all(h.startswith("#") for h in page.hrefs())
    assert not [a for t, a in page.tags if t in ("link", "img", "iframe") or "src" in a]
    # Addresses may be quoted in the versions' text, never fetched from an attribute.
    assert not [a for _, a in page.tags for v in a.values() if v and "://" in v]
    assert "@import" not in corpus_html and "url(" not in corpus_html


def test_facts_are_listed_discrepancies_first(corpus_html: str,
                                              corpus_result: DiffResult) -> None:
    page = parse(corpus_html)
    statuses = [a["data-status"] for t, a in page.tags
                if t == "details" and "fact" in (a.get("class") or "")]
    order = {"conflict": 0, "soft": 1, "agree": 2, "single": 3}
    assert statuses == sorted(statuses, key=order.__getitem__)
    assert len(statuses) == len(corpus_result.facts)
    assert statuses[0] == "conflict"


def test_every_link_has_its_target(corpus_html: str) -> None:
    page = parse(corpus_html)
    ids = page.ids()
    assert {h[1:] for h in page.hrefs()} <= ids


def test_every_claim_is_highlighted_and_linked_both_ways(corpus_html: str,
                                                         corpus_result: DiffResult) -> None:
    page = parse(corpus_html)
    claim_links = [a for t, a in page.tags if t == "a" and "claim" in (a.get("class") or "")]
    compared = sum(len(found) for _, found in corpus_result.claims)
    assert len(claim_links) == compared
    in_facts = sum(len(f.claims) for f in corpus_result.facts)
    version_links = [a for t, a in page.tags if t == "a" and a.get("class") == "small"]
    assert len(version_links) == in_facts
    aside = sum(len(found) for _, found in corpus_result.set_aside)
    spans = [a for t, a in page.tags if t == "span" and "st-aside" in (a.get("class") or "")]
    assert len(spans) == aside


def test_full_texts_are_kept_whole(corpus_result: DiffResult, corpus_html: str) -> None:
    """Each version's text, once its markup is dropped, is the file's text exactly."""
    texts = re.findall(r'<div class="fulltext" lang="\w+">(.*?)</div>', corpus_html, re.S)
    docs = [s.document.text for s in corpus_result.sources if s.document is not None]
    assert len(texts) == len(docs)
    for html, doc in zip(texts, docs, strict=True):
        page = parse(html)
        assert "".join(page.text) == doc


def test_summary_names_languages_outlets_and_families(corpus_html: str) -> None:
    text = "".join(parse(corpus_html).text)
    for name in ("English", "French", "Indonesian", "Japanese", "Chinese"):
        assert name in text
    assert "Telegram" in text  # the manifest's outlet
    assert "Translations of one another" in text
    assert "Parallel pairs (aligned sentence by sentence): en ↔ id" in text
    assert "set aside as boilerplate" in text
    assert "Agreement matrix" in text


def test_cjk_fonts_and_line_height(corpus_html: str) -> None:
    for font in ('"Noto Sans CJK', '"PingFang', '"Hiragino', '"Microsoft YaHei"',
                 '"Yu Gothic"', "system-ui", "sans-serif"):
        assert font in corpus_html
    assert "line-height: 1.8" in corpus_html
    assert "line-break: strict" in corpus_html


def test_language_name_falls_back_to_the_code() -> None:
    assert language_name("ja") == "Japanese"
    assert language_name("qq") == "qq"
    assert language_name(None) == "?"


def test_render_is_deterministic(corpus_result: DiffResult) -> None:
    assert render_html([corpus_result]) == render_html([corpus_result])


def test_several_stories_get_an_index(hostile_story: Path,
                                      corpus_result: DiffResult) -> None:
    html = render_html([corpus_result, diff_of(hostile_story)])
    page = parse(html)
    assert 'id="index"' in html
    assert {"s0", "s1"} <= page.ids()
    assert [h for h in page.hrefs() if re.fullmatch(r"#s\d+", h)] == ["#s0", "#s1"]
    # anchors stay unique across stories
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------------------------------
# the CLI


@pytest.fixture()
def in_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.chdir(ROOT)
    yield


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_report_writes_the_page_and_exits_like_diff(tmp_path: Path, in_root: None) -> None:
    out = tmp_path / "r.html"
    result = invoke("report", "corpus/", "-o", str(out))
    assert result.exit_code == 1  # conflicts found
    assert result.stdout == ""
    assert f"wrote {out}: 1 story, 4 conflict" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    never = invoke("report", "--fail-on", "never", "--quiet", "corpus/", "-o", str(out))
    assert never.exit_code == 0


def test_report_to_stdout(hostile_story: Path) -> None:
    result = invoke("report", "-o", "-", "--fail-on", "never", str(hostile_story))
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;" in result.stdout


def test_report_of_a_story_with_one_readable_version(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("It cost $5 million.\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_bytes(b"")
    out = tmp_path / "r.html"
    result = invoke("report", str(tmp_path), "-o", str(out))
    assert result.exit_code == 2
    assert "Skipped: story" in out.read_text(encoding="utf-8")
