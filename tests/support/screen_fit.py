"""What "cut off" means for a screen: a button or label whose text does not fit, a widget sticking
out of its parent, or buttons lying on top of each other."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QTabBar, QWidget

MIN_FIELD_PX = 140
"""A line edit narrower than this shows "Fi…" instead of its placeholder or text."""


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}({text[:40]!r})"


def clipping_problems(root: QWidget) -> list[str]:
    problems = []
    shown = [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and not w.isWindow() and w.width() > 0 and not isinstance(w.parentWidget(), QTabBar)
    ]
    for widget in shown:
        if _in_scroll_area(widget):
            continue  # a scroll area shows the rest by scrolling
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.minimumSizeHint().width()
            if widget.width() + 1 < min(need, widget.sizeHint().width()):
                problems.append(f"{_name(widget)} is {widget.width()} px wide, its text needs {need}")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.contentsRect().width())
                if need > widget.contentsRect().height() + 2:
                    problems.append(
                        f"{_name(widget)} needs {need} px high, has {widget.contentsRect().height()}"
                    )
            elif widget.minimumSizeHint().width() > widget.width() + 1 and widget.textFormat() != 1:
                problems.append(
                    f"{_name(widget)} is {widget.width()} px wide, needs {widget.minimumSizeHint().width()}"
                )
        if (
            isinstance(widget, QLineEdit)
            and widget.isEnabled()
            and widget.width() < MIN_FIELD_PX
            and widget.placeholderText()
            and not isinstance(widget.parentWidget(), QAbstractScrollArea)
        ):
            if (
                widget.parentWidget() is not None
                and "QComboBox" not in type(widget.parentWidget()).__name__
                and "SpinBox" not in type(widget.parentWidget()).__name__
            ):
                problems.append(
                    f"QLineEdit({widget.placeholderText()[:30]!r}) is only {widget.width()} px wide"
                )
        parent = widget.parentWidget()
        if parent is not None and not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            if isinstance(widget, (QAbstractButton, QLabel)):
                problems.append(f"{_name(widget)} sticks out of its {type(parent).__name__}")
    # no button may lie over another button or over a label (a timer's digits, a count)
    texts = [
        w
        for w in shown
        if isinstance(w, (QAbstractButton, QLabel))
        and not _in_scroll_area(w)
        and (w.text() if hasattr(w, "text") else "")
    ]
    places = {id(w): QRect(w.mapTo(root, QPoint(0, 0)), w.size()) for w in texts}
    for n, a in enumerate(texts):
        for b in texts[n + 1 :]:
            if not (isinstance(a, QAbstractButton) or isinstance(b, QAbstractButton)):
                continue
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = places[id(a)].intersected(places[id(b)])
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(f"{_name(a)} and {_name(b)} overlap")
    return problems
