"""The Preferences dialog and the settings it keeps (language; high-contrast, large type).

Both live in `ctx.settings`. The theme switches at once; the language applies at the next start,
because every screen builds its texts when it is made (the dialog says so).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from plworkshop.ui.i18n import LANGUAGE_KEY, LANGUAGES, current_language, saved_language, translate
from plworkshop.ui.preferences.stored_choices import HIGH_CONTRAST_KEY, high_contrast_enabled
from plworkshop.ui.theme import apply_theme


def set_high_contrast(settings: QSettings | None, enabled: bool) -> None:
    """Store the choice and apply the theme at once."""
    if settings is not None:
        settings.setValue(HIGH_CONTRAST_KEY, bool(enabled))
    app = QApplication.instance()
    if app is not None:
        apply_theme(app, high_contrast=enabled)


class PreferencesDialog(QDialog):
    """Language (English/Español, or the system's) and the high-contrast, large-type theme."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.setAccessibleName(translate("Preferences", "Preferences"))
        self.language = QComboBox(self)
        self.language.addItem(translate("Preferences", "Follow the system"), "")
        for code, name in LANGUAGES.items():  # each language is named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language(settings) or "")))
        self.language.setAccessibleName(translate("Preferences", "Language"))
        self.language.setAccessibleDescription(
            translate("Preferences", "The language of the menus, screens, reports and exports.")
        )
        self.contrast = QCheckBox(translate("Preferences", "&High contrast, large type"), self)
        self.contrast.setChecked(high_contrast_enabled(settings))
        self.contrast.setAccessibleName(translate("Preferences", "High contrast, large type"))
        self.contrast.setAccessibleDescription(
            translate("Preferences", "Black on white, a thick focus ring and type 1.4 times larger.")
        )
        self.restart_note = QLabel(objectName="Hint", wordWrap=True)
        self.restart_note.setAccessibleName(translate("Preferences", "Note"))
        self.language.currentIndexChanged.connect(lambda _i: self._update_note())
        language_label = QLabel(translate("Preferences", "&Language:"), self)
        language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(language_label, self.language)
        form.addRow("", self.contrast)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        self._update_note()

    def chosen_language(self) -> str:
        """ "en", "es", or "" to follow the system."""
        return self.language.currentData() or ""

    def _update_note(self) -> None:
        from plworkshop.ui.i18n import system_language

        effective = self.chosen_language() or system_language()
        changed = effective != current_language()
        self.restart_note.setText(
            translate("Preferences", "The new language is used the next time plworkshop starts.")
            if changed
            else ""
        )
        self.restart_note.setVisible(changed)

    def accept(self) -> None:
        """Store both choices; the theme changes now, the language at the next start."""
        self.settings.setValue(LANGUAGE_KEY, self.chosen_language())
        if self.contrast.isChecked() != high_contrast_enabled(self.settings):
            set_high_contrast(self.settings, self.contrast.isChecked())
        self.settings.sync()
        super().accept()

    @classmethod
    def ask(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        """Show the dialog; True if the person pressed OK."""
        return cls(settings, parent).exec() == QDialog.DialogCode.Accepted
