"""A busy question on the wall: the most-voted ideas that fit, then how many more there are in all
(the projector reads only the top of the list, so a room's hundreds of ideas cost it nothing)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import responses
from plworkshop.ui.shell.pages import FACILITATE


def test_the_wall_shows_the_top_ideas_and_counts_all_the_rest(qtbot, window, workshop, db):
    window.open_workshop(workshop.id, page=FACILITATE)
    page = window.page(FACILITATE)
    page.step(1)
    c, s, q = page.position.condition, page.position.stage, page.position.question
    for n in range(40):
        view = responses.record_response(
            db.uow(), workshop.id, condition=c, stage=s, question=q, text=f"Idea {n}"
        )
        if n == 33:
            responses.set_votes(db.uow(), workshop.id, view.id, 5)
    page.responses.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.responses.entry)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    projector = window.projector
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: "and" in projector.inputs.text() and "more" in projector.inputs.text())
    text = projector.inputs.text()
    shown = re.findall(r"Idea (\d+)", text)
    more = int(re.search(r"and (\d+) more", text).group(1))
    assert shown[0] == "33"  # the most votes first
    assert 1 <= len(shown) <= 10 and len(shown) + more == 40
