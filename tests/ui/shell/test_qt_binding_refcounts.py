"""The Qt binding keeps Python's reference counts: a day of signals and model reads must not abort the app.

PySide6 6.12.0 on Python 3.11 dropped one reference to True/False on every `emit()` and one to None on
every None a Python `data()` returned to C++; the app aborted ("deallocating True") after a few thousand
signals. pyproject.toml keeps that combination out; these tests catch it, or any like it, coming back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractListModel, QIdentityProxyModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton

ROUNDS = 2000


def _refs(obj) -> int:
    gc.collect()
    return sys.getrefcount(obj)


class _Emitter(QObject):
    changed = Signal(str, str)


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "text" if role == Qt.ItemDataRole.DisplayRole else None


def test_emitting_signals_keeps_the_counts_of_true_and_false(qapp):
    emitter = _Emitter()
    received = []
    emitter.changed.connect(lambda wid, what: received.append(what))
    before = _refs(True), _refs(False)
    for _ in range(ROUNDS):
        emitter.changed.emit("w", "responses")
    after = _refs(True), _refs(False)
    assert len(received) == ROUNDS
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)


def test_a_model_returning_none_to_qt_keeps_the_count_of_none(qapp):
    model = _Model()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)  # the proxy asks the Python model from C++, as a view does
    before = _refs(None)
    for row in range(ROUNDS):
        assert proxy.data(proxy.index(row % 4, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert abs(_refs(None) - before) < 50


def test_clicking_a_button_wired_to_python_keeps_the_counts(qapp):
    button = QPushButton("Record")
    clicks = []
    button.clicked.connect(lambda checked=False: clicks.append(1))
    before = _refs(None), _refs(True), _refs(False)
    for _ in range(ROUNDS):
        button.click()
    after = _refs(None), _refs(True), _refs(False)
    assert len(clicks) == ROUNDS
    assert all(abs(a - b) < 50 for a, b in zip(after, before)), (before, after)
