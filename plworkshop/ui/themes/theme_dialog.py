"""Asking which theme ideas go into: an existing one from the list, or a new one by typing its name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from plworkshop.ui.i18n import translate


class ThemeChooser(QDialog):
    """An editable list of the condition's themes: pick one, or type a new name; Enter accepts."""

    def __init__(self, parent: QWidget | None, themes: list[tuple[str, str]], count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ThemeDialog", "Group into theme"))
        self.themes = themes
        layout = QVBoxLayout(self)
        label = QLabel(
            translate(
                "ThemeDialog", "Put the selected idea into which theme? Type a new name to start a theme."
            )
            if count == 1
            else translate(
                "ThemeDialog",
                "Put the {n} selected ideas into which theme? Type a new name to start a theme.",
            ).format(n=count)
        )
        label.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(translate("ThemeDialog", "Theme"))
        for _theme_id, name in themes:
            self.combo.addItem(name)
        self.combo.setCurrentIndex(-1)
        self.combo.lineEdit().setPlaceholderText(translate("ThemeDialog", "Theme name"))
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.combo.setFocus()

    def choice(self) -> tuple[str | None, str] | None:
        """(theme id, name) for an existing theme, (None, name) for a new one, None if nothing typed."""
        name = " ".join(self.combo.currentText().split())
        if not name:
            return None
        for theme_id, existing in self.themes:
            if existing.casefold() == name.casefold():
                return theme_id, existing
        return None, name
