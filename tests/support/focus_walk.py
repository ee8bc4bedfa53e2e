"""Walk a window's focus chain and name every focusable control a keyboard user can reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (Qt's accessibility interface, as a screen reader asks)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def reachable(top: QWidget) -> list[QWidget]:
    """Every visible, enabled widget that Tab can move to, in focus-chain order, starting at `top`."""
    seen, found = set(), []
    widget = top
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is None or widget is top or id(widget) in seen:
            break
        seen.add(id(widget))
        if (
            widget.isVisibleTo(top)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and widget.window() is top
        ):
            found.append(widget)
    return found


def unnamed(top: QWidget) -> list[str]:
    """Descriptions of the reachable controls that have no accessible name."""
    problems = []
    for widget in reachable(top):
        if isinstance(widget.parent(), QAbstractScrollArea) and widget is widget.parent().viewport():
            continue  # a view's viewport: the view itself carries the name
        if widget.objectName() == "qt_spinbox_lineedit" and accessible_name(widget.parent()):
            continue  # the editor inside a spin box or date box: the box carries the name
        if not accessible_name(widget):
            problems.append(
                f"{type(widget).__name__} objectName={widget.objectName()!r} "
                f"parent={type(widget.parent()).__name__ if widget.parent() else None}"
            )
    return problems


def tab_through(top: QWidget, qtbot, presses: int) -> list[QWidget]:
    """Press Tab `presses` times from the first control; the widgets that held focus, in order."""
    from PySide6.QtTest import QTest

    order = []
    for _ in range(presses):
        QTest.keyClick(top.focusWidget() or top, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if top.focusWidget() is not None:
            order.append(top.focusWidget())
    return order
