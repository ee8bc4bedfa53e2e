"""Starting a room session: which of this machine's addresses to listen on, and the port."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plworkshop.room.addresses import DEFAULT_PORT, local_addresses
from plworkshop.ui.i18n import translate


class StartRoomDialog(QDialog):
    """Address (the likely Wi-Fi one first), port, and whether to make a new join code."""

    def __init__(self, parent: QWidget | None = None, *, resumable: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RoomDialogs", "Let the room join"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            translate(
                "RoomDialogs",
                "Participants open a page on their own phones or laptops, on the same Wi-Fi or phone hotspot "
                "as this computer. Nothing goes to the internet. Choose the address of the network the room "
                "is on; the first one is usually right. Your computer's firewall may ask whether plworkshop "
                "may accept connections on this network: allow it for private networks.",
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.address = QComboBox()
        for found in local_addresses():
            self.address.addItem(found.note, found.host)
        self.address.setAccessibleName(translate("RoomDialogs", "Network address"))
        form.addRow(translate("RoomDialogs", "&Address:"), self.address)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(translate("RoomDialogs", "Port"))
        form.addRow(translate("RoomDialogs", "&Port:"), self.port)
        self.fresh = QCheckBox(
            translate("RoomDialogs", "Make a &new join code (devices that joined before must join again)")
        )
        self.fresh.setVisible(resumable)
        form.addRow("", self.fresh)
        layout.addLayout(form)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("RoomDialogs", "&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.address.setFocus()

    @property
    def host(self) -> str:
        return self.address.currentData()
