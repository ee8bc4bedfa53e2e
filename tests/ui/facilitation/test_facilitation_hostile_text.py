"""Whatever a person types survives the GUI: recorded, listed, edited, projected and turned into an
action item unchanged — or refused at the entry box with a clear message, and nothing recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from plworkshop.services import action_items, responses
from plworkshop.ui.facilitation.response_list_model import TEXT

HOSTILE = [
    "<b>bold</b> & <unclosed <img src='/etc/passwd'/> %s {0} \\n",
    "Emoji 👩🏽‍🏫🎓 flags 🇺🇸 family 👨‍👩‍👧",
    "מדיניות חינוך — عربي: سياسة التعليم",
    "e\u0301 a\u0308 Z̴̢͉̈́a̶̧͊l̷͇̈g̵͕̈́o 中文 日本語",
    '=HYPERLINK("http://evil","click")',
    "line one\nline two\twith a tab",
    "long " * 10_000,
]


@pytest.fixture
def panel(page):
    page.step(1)
    return page.responses


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_survives_the_gui(panel, page, qtbot, ctx, db, workshop, no_modals, text):
    from plworkshop.ui.projector.projector_window import open_projector

    panel.entry.setPlainText(text)
    panel.entry.setFocus()
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    stored = responses.list_responses(db.uow(), workshop.id)
    assert [r.text for r in stored] == [text] and no_modals == []
    assert panel.entry.toPlainText() == ""
    row = panel.model.row_of(stored[0].id)
    assert panel.model.index(row, TEXT).data(Qt.ItemDataRole.EditRole) == text
    assert not panel.grab().isNull()
    projector = open_projector(ctx, page, page)
    qtbot.addWidget(projector)
    assert not projector.grab().isNull()
    projector.close()
    item = action_items.create_from_response(db.uow(), workshop.id, stored[0].id)
    assert text.startswith(item.title.rstrip("…")) or item.title == text.strip().splitlines()[0]


@pytest.mark.parametrize(
    "text, character", [("a\x00b", "U+0000"), ("bell\x07", "U+0007"), ("x" * 100_001, "limit")]
)
def test_unstorable_text_is_refused_at_the_entry_and_kept_for_fixing(
    panel, qtbot, db, workshop, no_modals, text, character
):
    panel.entry.setPlainText(text)
    panel.entry.setFocus()
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert responses.list_responses(db.uow(), workshop.id) == []
    assert any(character in message for message in no_modals)
    assert panel.entry.toPlainText() == text  # nothing the person typed is lost
