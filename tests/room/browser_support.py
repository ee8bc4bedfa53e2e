"""Debian's chromium and chromedriver through Selenium, and axe-core injected into the page."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def require_chromium() -> None:
    """In CI the browser tests must run; elsewhere they skip, saying why, when Chromium is absent."""
    present = (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()) or shutil.which("chromedriver")
    if not present:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the room's browser tests: install chromium and chromium-driver.")
        pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver).")


def make_driver(width: int = 360, height: int = 740, accept_language: str = "en-US"):
    require_chromium()
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip("selenium is not installed (pip install -e .[test]).")
    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--lang={accept_language}",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": accept_language})
    if Path(CHROMIUM).exists():
        options.binary_location = CHROMIUM
    service = Service(CHROMEDRIVER if Path(CHROMEDRIVER).exists() else shutil.which("chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_window_size(width, height)
    driver.set_script_timeout(60)
    return driver


def axe_violations(driver) -> list[dict]:
    """axe-core's violations of WCAG 2.1 A and AA on the page as it is now."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        WCAG_TAGS,
    )
    return result


WAIT = 45  # generous: CI machines and shared ones can be slow; a pass is usually a second or two


def wait(driver, condition):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # the page re-renders its lists live: an element read just as it is replaced is read again
    return WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def click(driver, css: str) -> None:
    """Click the first match; the page re-renders its lists live, so a stale element is tried again."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    def attempt(d):
        try:
            found = d.find_elements(By.CSS_SELECTOR, css)
            if not found:
                return False
            found[0].click()
            return True
        except StaleElementReferenceException:
            return False

    wait(driver, attempt)
