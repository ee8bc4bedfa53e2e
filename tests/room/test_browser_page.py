"""The participant page in a real Chromium: join, send, follow the facilitator, vote, place, lose the
connection and come back with the typed input delivered."""

from __future__ import annotations

import pytest
from browser_support import click, make_driver, wait
from room_helpers import HOSTILE

from plworkshop.room.server import RoomServer
from plworkshop.services import assessments, responses
from plworkshop.storage.opening import open_database


@pytest.fixture
def driver():
    d = make_driver()
    try:
        yield d
    finally:
        d.quit()


def _text(driver, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).text


def _join_by_name(driver, name: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    wait(driver, lambda d: d.find_element(By.ID, "join").is_displayed())
    driver.find_element(By.ID, "as-person").click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#person option")) > 1)
    Select(driver.find_element(By.ID, "person")).select_by_visible_text(name)
    driver.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
    wait(driver, lambda d: d.find_element(By.ID, "room").is_displayed() and _text(d, "question"))


def _db_rows(room_workshop):
    db = open_database(room_workshop.url)
    try:
        return (
            responses.list_responses(db.uow(), room_workshop.workshop_id),
            assessments.list_assessments(db.uow(), room_workshop.workshop_id),
        )
    finally:
        db.dispose()


def test_join_send_follow_vote_and_place(driver, room, room_workshop):
    from selenium.webdriver.common.by import By

    driver.get(room.url)
    _join_by_name(driver, "Ana Named")
    assert _text(driver, "display") == "Ana Named"
    first_question = _text(driver, "question")

    box = driver.find_element(By.ID, "text")
    box.send_keys(HOSTILE)
    driver.find_element(By.CSS_SELECTOR, "#input-form button[type=submit]").click()
    wait(driver, lambda d: HOSTILE.replace("\u202e", "").split("<img")[0][:10] in _text(d, "own"))
    # shown as text: no element was made from the markup
    assert not driver.find_elements(By.CSS_SELECTOR, "#own script, #own img, #own b")

    second = room_workshop.conditions[1]
    room.move_to(second, 2, f"{second}.s2.q1")
    wait(driver, lambda d: _text(d, "question") != first_question)
    assert "2" in _text(driver, "stage")

    room.move_to(room_workshop.conditions[0], 1, f"{room_workshop.conditions[0]}.s1.q1")
    wait(driver, lambda d: _text(d, "question") == first_question)
    room.set_controls(voting_open=True)
    click(driver, "#ideas button")  # +1 on the only idea
    wait(driver, lambda d: "Votes left: 2 of 3" in _text(d, "budget"))

    driver.find_element(By.CSS_SELECTOR, "label[for=stage-2]").click()
    driver.find_element(By.ID, "note").send_keys("Three districts piloting")
    driver.find_element(By.CSS_SELECTOR, "#place-form button[type=submit]").click()
    wait(driver, lambda d: "Replication" in _text(d, "placed"))

    rows, placed = _db_rows(room_workshop)
    assert [(r.text, r.votes) for r in rows] == [(HOSTILE, 1)]
    assert [(a.participant_id, a.stage, a.note) for a in placed] == [
        (room_workshop.named_id, 2, "Three districts piloting")
    ]


def test_typed_input_survives_a_dropped_connection(driver, room_workshop):
    from selenium.webdriver.common.by import By

    server = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    port = server.port
    try:
        driver.get(server.url)
        _join_by_name(driver, "Ana Named")
    finally:
        server.stop()  # the laptop's Wi-Fi drops
    driver.find_element(By.ID, "text").send_keys("typed while the connection was gone")
    driver.find_element(By.CSS_SELECTOR, "#input-form button[type=submit]").click()
    wait(driver, lambda d: "Waiting to send: 1" in _text(d, "queued"))
    wait(driver, lambda d: "No connection" in _text(d, "connection"))
    assert _db_rows(room_workshop)[0] == []

    back = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=port).start()
    try:
        wait(driver, lambda d: d.find_element(By.ID, "queued").get_attribute("hidden") is not None)
        wait(driver, lambda d: "typed while the connection was gone" in _text(d, "own"))
    finally:
        back.stop()
    assert [r.text for r in _db_rows(room_workshop)[0]] == ["typed while the connection was gone"]


def test_input_queued_offline_lands_under_the_question_it_was_typed_for(driver, room_workshop):
    from selenium.webdriver.common.by import By

    from plworkshop.services.room import sessions
    from plworkshop.services.room.views import Position

    first, second = room_workshop.conditions
    server = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    port, session_id = server.port, server.session_id
    try:
        driver.get(server.url)
        _join_by_name(driver, "Ana Named")
        first_question = _text(driver, "question")
    finally:
        server.stop()  # the phone loses the connection
    driver.find_element(By.ID, "text").send_keys("typed for the first question")
    driver.find_element(By.CSS_SELECTOR, "#input-form button[type=submit]").click()
    wait(driver, lambda d: "Waiting to send: 1" in _text(d, "queued"))
    db = open_database(room_workshop.url)
    try:  # meanwhile the facilitator moves on to another condition's question
        sessions.move_to(db.uow(), session_id, Position(second, 2, f"{second}.s2.q1"))
    finally:
        db.dispose()

    back = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=port).start()
    try:
        wait(driver, lambda d: d.find_element(By.ID, "queued").get_attribute("hidden") is not None)
        wait(driver, lambda d: _text(d, "question") != first_question)  # the page follows the move
        wait(driver, lambda d: "typed for the first question" in _text(d, "own"))
    finally:
        back.stop()
    rows = _db_rows(room_workshop)[0]
    assert [(r.text, r.condition, r.stage, r.question) for r in rows] == [
        ("typed for the first question", first, 1, f"{first}.s1.q1")
    ]


def test_spanish_from_the_browser_language_and_the_switch(room):
    from selenium.webdriver.common.by import By

    d = make_driver(accept_language="es-ES")
    try:
        d.get(room.url)
        wait(d, lambda drv: drv.find_element(By.ID, "join").is_displayed())
        assert _text(d, "join-title") == "Unirse a la sala"
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
        d.find_element(By.ID, "lang").click()
        wait(d, lambda drv: _text(drv, "join-title") == "Join the room")
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    finally:
        d.quit()
