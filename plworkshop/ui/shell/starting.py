"""What the frame shows while the database opens: the sidebar's colours and a line of progress."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from plworkshop.ui.i18n import translate

SIDEBAR_WIDTH = 220  # the wide sidebar's width (sidebar.SIDEBAR_WIDE), without importing its Qt classes


class StartingPanel(QWidget):
    """Built from layouts alone (no `Qt` enums, no list widget), so it costs nothing on the way to the
    first frame; `message` says what is being opened."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        side = QFrame(self, objectName="SidebarPanel")
        side.setFixedWidth(SIDEBAR_WIDTH)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(QLabel("plworkshop", objectName="Brand"))
        column.addWidget(
            QLabel(translate("MainWindow", "Personalized learning\npolicy workshops"), objectName="BrandSub")
        )
        column.addStretch(1)
        self.message = QLabel(translate("MainWindow", "Opening your workshops…"), objectName="Starting")
        self.message.setAccessibleName(translate("MainWindow", "Starting"))
        middle = QVBoxLayout()
        middle.addStretch(1)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.message)
        line.addStretch(1)
        middle.addLayout(line)
        middle.addStretch(2)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addLayout(middle, 1)

    def say(self, text: str) -> None:
        """Show `text` at once: painted now, since no event loop runs yet to lay it out."""
        self.message.setText(text)
        self.layout().activate()
        self.repaint()
