"""The sidebar: the brand, the open workshop's title and one row per page (Ctrl+1 to Ctrl+5)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from plworkshop.ui.i18n import translate
from plworkshop.ui.icons import icon
from plworkshop.ui.shell.pages import PAGES, WORKSHOP_PAGES

SIDEBAR_WIDE, SIDEBAR_COMPACT = 220, 64


class Sidebar(QWidget):
    """Moving along the list emits `page_chosen(index)`; the frame decides what is shown."""

    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="SidebarPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.list = QListWidget(objectName="Sidebar")
        self.list.setAccessibleName(translate("MainWindow", "Pages"))
        self.list.setAccessibleDescription(
            translate("MainWindow", "Home, Setup, Facilitate and Action items (Ctrl+1 to Ctrl+4).")
        )
        self.list.setIconSize(QSize(22, 22))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, spec in enumerate(PAGES, start=1):
            shown = translate("MainWindow", spec.name)
            item = QListWidgetItem(icon(spec.icon), shown, self.list)
            tip = translate("MainWindow", "{name} (Ctrl+{number})")
            item.setToolTip(tip.format(name=shown, number=number))
        self.list.currentRowChanged.connect(lambda row: self.page_chosen.emit(row) if row >= 0 else None)
        self.brand = QLabel("plworkshop", objectName="Brand")
        self.brand_icon = QLabel(objectName="Brand")
        self.brand_icon.setPixmap(icon("app").pixmap(32, 32))
        self.brand_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.brand_sub = QLabel(
            translate("MainWindow", "Personalized learning\npolicy workshops"), objectName="BrandSub"
        )
        self.open_label = QLabel(objectName="OpenWorkshop")
        self.open_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for widget in (self.brand_icon, self.brand, self.brand_sub, self.open_label):
            column.addWidget(widget)
        column.addWidget(self.list, 1)
        self.compact = False
        self.set_compact(False)
        self.show_workshop("")

    def set_compact(self, compact: bool) -> None:
        """Icons only (while a wide page is shown), or icons with names."""
        self.compact = compact
        self.setFixedWidth(SIDEBAR_COMPACT if compact else SIDEBAR_WIDE)
        for widget in (self.brand, self.brand_sub, self.open_label):
            widget.setVisible(not compact)
        self.brand_icon.setVisible(compact)
        for row, spec in enumerate(PAGES):
            self.list.item(row).setText("" if compact else translate("MainWindow", spec.name))

    def set_current(self, index: int) -> None:
        """Mark `index` as the page shown, without emitting `page_chosen`."""
        if self.list.currentRow() != index:
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)

    def show_workshop(self, title: str) -> None:
        """The open workshop's title ("" for none); workshop pages can be chosen only while one is open."""
        self.open_label.setText(title or translate("MainWindow", "No workshop open"))
        enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row in WORKSHOP_PAGES:
            item = self.list.item(row)
            item.setFlags(item.flags() | enabled if title else item.flags() & ~enabled)
