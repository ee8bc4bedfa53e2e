"""axe-core on every participant screen, English and Spanish, on a phone (360×740) and a laptop (1280×800).

Set PLW_ROOM_SCREENSHOTS=folder to also save full-page PNGs of the phone screens (docs/screenshots).
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from browser_support import axe_violations, click, make_driver, wait
from room_helpers import HOSTILE, Client


def _shot(driver, name: str) -> None:
    folder = os.environ.get("PLW_ROOM_SCREENSHOTS")
    if not folder:
        return
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    png = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
        },
    )
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / f"room-{name}.png").write_bytes(base64.b64decode(png["data"]))


@pytest.mark.parametrize("width,height", [(360, 740), (1280, 800)])
def test_every_screen_has_no_wcag_a_or_aa_violation(room, room_workshop, width, height):
    from selenium.webdriver.common.by import By

    other = Client(room)
    other.join(group="families")
    other.send("An idea from another table, long enough to wrap on a small phone screen for sure.")
    other.send(HOSTILE)
    driver = make_driver(width, height)
    found: dict[str, list] = {}
    phone = width < 500
    try:
        for lang in ("en", "es"):
            driver.get(room.url)
            driver.execute_script(
                "localStorage.clear(); localStorage.setItem('plw:lang', arguments[0]);", lang
            )
            driver.get(room.url)
            wait(driver, lambda d: d.find_element(By.ID, "join").is_displayed())
            found[f"join-{lang}"] = axe_violations(driver)
            driver.find_element(By.ID, "as-group").click()
            wait(driver, lambda d: d.find_element(By.ID, "group-box").is_displayed())
            found[f"join-group-{lang}"] = axe_violations(driver)
            if phone:
                _shot(driver, f"join-{lang}")
            from selenium.webdriver.support.ui import Select

            wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#group option")) > 1)
            Select(driver.find_element(By.ID, "group")).select_by_value("teachers-and-unions")
            driver.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
            wait(driver, lambda d: d.find_element(By.ID, "room").is_displayed())
            driver.find_element(By.ID, "text").send_keys("My own idea")
            driver.find_element(By.CSS_SELECTOR, "#input-form button[type=submit]").click()
            wait(driver, lambda d: "My own idea" in d.find_element(By.ID, "own").text)
            found[f"room-{lang}"] = axe_violations(driver)
            if phone:
                _shot(driver, f"input-{lang}")
            room.set_controls(voting_open=True)
            click(driver, "#ideas button")
            driver.find_element(By.CSS_SELECTOR, "label[for=stage-1]").click()
            driver.find_element(By.CSS_SELECTOR, "#place-form button[type=submit]").click()
            wait(driver, lambda d: d.find_element(By.ID, "placed").text)
            found[f"voting-{lang}"] = axe_violations(driver)
            if phone:
                _shot(driver, f"vote-{lang}")
            click(driver, "#own button")  # Edit
            wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#own textarea"))
            found[f"editing-{lang}"] = axe_violations(driver)
            room.set_controls(voting_open=False, input_open=False)
            wait(driver, lambda d: d.find_element(By.ID, "input-paused").is_displayed())
            found[f"paused-{lang}"] = axe_violations(driver)
            room.set_controls(input_open=True)
        room.end()
        wait(driver, lambda d: d.find_element(By.ID, "ended").is_displayed())
        found["ended-es"] = axe_violations(driver)
        if phone:
            _shot(driver, "ended-es")
    finally:
        driver.quit()
    problems = {screen: v for screen, v in found.items() if v}
    assert problems == {}
