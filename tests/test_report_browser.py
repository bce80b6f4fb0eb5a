"""The HTML report in a real browser: headless Chromium (Debian's chromium and
chromium-driver) driven by selenium. It loads from disk with no console error, the status
filter hides the other facts, a fact opens onto its versions, a claim link opens the full
text, and screenshots are taken at desktop and phone widths.

Set RECONCILE_SCREENSHOTS=DIR to keep the screenshots (docs/ holds the committed ones).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.project import alias_files_for
from reconcile.report.html import render_html

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed "
                                "(pip install -e '.[test]')")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DESKTOP = (1280, 900)
PHONE = (390, 844)


def _ensure_chromium() -> str | None:
    """None when chromium and its driver are there (installed now with apt-get when
    missing and we are root), else the reason they cannot be."""
    if Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists():
        return None
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return (f"{CHROMIUM} or {CHROMEDRIVER} missing and not root with apt-get: "
                "install the Debian packages chromium and chromium-driver")
    done = subprocess.run(["apt-get", "install", "-y", "chromium", "chromium-driver"],
                          capture_output=True, text=True, timeout=900, check=False,
                          env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    if done.returncode != 0 or not Path(CHROMEDRIVER).exists():
        return f"apt-get install chromium chromium-driver failed: {done.stderr[-300:]}"
    return None


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = ROOT / "corpus" / "openai-musk"
    (story,) = load_stories([folder])
    result = diff_story(story, load_aliases(alias_files_for(folder)))
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html([result]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    reason = _ensure_chromium()
    if reason:
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
                f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _viewport(driver: WebDriver, size: tuple[int, int], mobile: bool) -> None:
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def _shots_dir(tmp_path: Path) -> Path:
    wanted = os.environ.get("RECONCILE_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _visible_facts(driver: WebDriver) -> list[str]:
    return [e.get_attribute("data-status") or ""
            for e in driver.find_elements(By.CSS_SELECTOR, "details.fact") if e.is_displayed()]


def _open(driver: WebDriver, report_file: Path) -> None:
    _viewport(driver, DESKTOP, mobile=False)
    driver.get(report_file.as_uri())
    driver.get_log("browser")  # start each test with an empty console


def test_loads_without_console_errors(browser: WebDriver, report_file: Path) -> None:
    _viewport(browser, DESKTOP, mobile=False)
    browser.get(report_file.as_uri())
    assert browser.title == "reconcile report"
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []
    statuses = _visible_facts(browser)
    assert statuses[:4] == ["conflict"] * 4  # a fact-checker sees the conflicts first
    shown = browser.find_element(By.ID, "filter-shown").text
    assert shown == f"{len(statuses)} of {len(statuses)} facts shown"


def test_status_filter_hides_the_other_facts(browser: WebDriver, report_file: Path) -> None:
    _open(browser, report_file)
    every = _visible_facts(browser)
    for status in ("soft", "agree", "single"):
        browser.find_element(By.ID, f"filter-{status}").click()
    assert _visible_facts(browser) == ["conflict"] * every.count("conflict")
    assert browser.find_element(By.ID, "filter-shown").text.startswith(
        f"{every.count('conflict')} of {len(every)}")
    browser.find_element(By.ID, "filter-soft").click()
    assert sorted(set(_visible_facts(browser))) == ["conflict", "soft"]
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_kind_and_source_filters(browser: WebDriver, report_file: Path) -> None:
    _open(browser, report_file)
    browser.find_element(By.CSS_SELECTOR, "#filter-kind option[value=date]").click()
    facts = [e for e in browser.find_elements(By.CSS_SELECTOR, "details.fact")
             if e.is_displayed()]
    assert facts and {e.get_attribute("data-kind") for e in facts} == {"date"}
    browser.find_element(By.CSS_SELECTOR, "#filter-source option[value=zh]").click()
    facts = [e for e in browser.find_elements(By.CSS_SELECTOR, "details.fact")
             if e.is_displayed()]
    assert facts
    assert all("zh" in (e.get_attribute("data-sources") or "").split() for e in facts)


def test_a_fact_opens_onto_its_versions(browser: WebDriver, report_file: Path,
                                        tmp_path: Path) -> None:
    _open(browser, report_file)
    fact = browser.find_element(By.CSS_SELECTOR, "details.fact")
    versions = fact.find_elements(By.CSS_SELECTOR, ".version")
    assert versions and not any(v.is_displayed() for v in versions)
    fact.find_element(By.TAG_NAME, "summary").click()
    assert fact.get_attribute("open") is not None
    assert all(v.is_displayed() for v in versions)
    outliers = fact.find_elements(By.CSS_SELECTOR, ".version.outlier")
    assert [o.find_element(By.TAG_NAME, "strong").text for o in outliers] == ["id"]
    assert fact.find_element(By.CSS_SELECTOR, ".diagnosis").is_displayed()
    # The link of a version opens that version's full text at the claim, and back.
    link = versions[0].find_element(By.CSS_SELECTOR, "a")
    target = (link.get_attribute("href") or "").rsplit("#", 1)[1]
    link.click()
    claim = browser.find_element(By.ID, target)
    assert claim.is_displayed()
    claim.click()
    assert fact.is_displayed() and fact.get_attribute("open") is not None
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    browser.save_screenshot(str(tmp_path / "report-linked.png"))


def test_screenshots_at_desktop_and_phone_widths(browser: WebDriver, report_file: Path,
                                                 tmp_path: Path) -> None:
    folder = _shots_dir(tmp_path)
    for name, size, mobile in (("report-desktop.png", DESKTOP, False),
                               ("report-phone.png", PHONE, True)):
        _viewport(browser, size, mobile)
        browser.get(report_file.as_uri())
        first = browser.find_element(By.CSS_SELECTOR, "details.fact")
        first.find_element(By.TAG_NAME, "summary").click()
        browser.execute_script("window.scrollTo(0, 0)")
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= size[0], f"{name}: the page scrolls sideways ({width}px)"
        assert browser.save_screenshot(str(folder / name))
        assert (folder / name).stat().st_size > 10_000
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_hostile_text_stays_text_in_the_browser(browser: WebDriver, tmp_path: Path) -> None:
    """A version holding markup, a script, a comment opener and quote breakers: the browser
    shows them as text, runs none of it (an alert would fail the next command) and logs no
    error."""
    folder = tmp_path / "story"
    folder.mkdir()
    hostile = ("<script>document.title='pwned'</script> </textarea> <!-- "
               "\"><img src=x onerror=\"document.title='pwned'\"> ' onmouseover='x'")
    (folder / "en.txt").write_text(f"It cost $5 million {hostile}.\n", encoding="utf-8")
    (folder / "fr.txt").write_text("Cela a coûté 7 millions de dollars <!-- .\n",
                                   encoding="utf-8")
    (story,) = load_stories([folder], lang=None)
    page = tmp_path / "hostile.html"
    page.write_text(render_html([diff_story(story, load_aliases(()))]), encoding="utf-8")
    _viewport(browser, DESKTOP, mobile=False)
    browser.get(page.as_uri())
    assert browser.title == "reconcile report"
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.TAG_NAME, "textarea") == []
    fact = browser.find_element(By.CSS_SELECTOR, "details.fact[data-sources~=en]")
    fact.find_element(By.TAG_NAME, "summary").click()
    assert "<script>document.title='pwned'</script>" in fact.text
    texts = browser.find_elements(By.CSS_SELECTOR, "details.text")
    for text in texts:
        text.find_element(By.TAG_NAME, "summary").click()
    shown = " ".join(t.text for t in texts)
    assert "</textarea> <!--" in shown and "onerror=\"document.title='pwned'\"" in shown
    assert browser.title == "reconcile report"
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
