"""The "Export…" dialog: choose a format, anonymity, language and file; the export runs in the background.

`export_workshop_dialog(ctx, parent, workshop_id)` is the entry point. The dialog, the file chooser and
the notices are classmethod seams (`ExportDialog.ask`, `SaveLocation.choose`, `ExportNotice`) that tests
replace. The export itself (`run_export`) reads a snapshot through its own unit of work on the worker
thread and never touches a widget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plworkshop.framework.model import FrameworkPack
from plworkshop.services import workshops
from plworkshop.ui.context import ServiceCall, UiContext
from plworkshop.ui.i18n import LANGUAGES as INTERFACE_LANGUAGES
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, current_language, translate


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str
    suffix: str
    file_filter: str
    bundle: bool = False


# Labels and filters are translated where they are shown (context "ExportDialog").
FORMATS = (
    ExportFormat(
        "xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx): every table, to sort and filter"),
        ".xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)"),
    ),
    ExportFormat(
        "docx",
        QT_TRANSLATE_NOOP("ExportDialog", "Word document (.docx): the action plan, to edit"),
        ".docx",
        QT_TRANSLATE_NOOP("ExportDialog", "Word documents (*.docx)"),
    ),
    ExportFormat(
        "csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV tables in a ZIP (.zip)"),
        ".zip",
        QT_TRANSLATE_NOOP("ExportDialog", "ZIP archives (*.zip)"),
    ),
    ExportFormat(
        "md",
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown action plan (.md)"),
        ".md",
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown files (*.md)"),
    ),
    ExportFormat(
        "bundle",
        QT_TRANSLATE_NOOP("ExportDialog", "Workshop bundle for another computer (.plw)"),
        ".plw",
        QT_TRANSLATE_NOOP("ExportDialog", "Workshop bundles (*.plw)"),
        bundle=True,
    ),
    ExportFormat(
        "json",
        QT_TRANSLATE_NOOP("ExportDialog", "Workshop bundle as JSON (.json)"),
        ".json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
        bundle=True,
    ),
)
LANGUAGES = tuple(INTERFACE_LANGUAGES.items())  # each language named in itself: English, Español
SETTINGS_PREFIX = "exports/"


@dataclass(frozen=True)
class ExportChoice:
    """What the person asked for."""

    fmt: str
    path: Path
    anonymous: bool = False
    lang: str = "en"


def _format(key: str) -> ExportFormat:
    return next(f for f in FORMATS if f.key == key)


def file_stem(title: str) -> str:
    """A file name from a workshop title: letters, digits and dashes (any script), never empty."""
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-_")[:80]
    return stem or "workshop"


class SaveLocation:
    """Where to save: the system's save dialog."""

    @classmethod
    def choose(cls, parent: QWidget | None, start: Path, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("ExportDialog", "Export to"), str(start), file_filter
        )
        return Path(name) if name else None


class ExportNotice:
    """Telling the person how the export went (failures go through UiContext.report_error)."""

    @classmethod
    def done(cls, parent: QWidget | None, path: Path) -> None:
        QMessageBox.information(
            parent, "plworkshop", translate("ExportDialog", "Exported to:\n{path}").format(path=path)
        )

    @classmethod
    def confirm_replace(cls, parent: QWidget | None, path: Path) -> bool:
        answer = QMessageBox.question(
            parent,
            "plworkshop",
            translate("ExportDialog", "{name} already exists. Replace it?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class ExportDialog(QDialog):
    """Choose the format, whether to name anyone, the language, and the file."""

    def __init__(
        self, parent: QWidget | None, title: str, folder: Path, initial: ExportChoice | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export workshop"))
        self._stem = file_stem(title)
        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(translate("ExportDialog", fmt.label), fmt.key)
        self.anonymous_box = QCheckBox(
            translate("ExportDialog", "Anonymous: name nobody; input is attributed to stakeholder groups")
        )
        self.lang_box = QComboBox()
        for code, name in LANGUAGES:
            self.lang_box.addItem(name, code)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(current_language())))
        self.path_edit = QLineEdit(str(folder / (self._stem + FORMATS[0].suffix)))
        self.browse_button = QPushButton(translate("ExportDialog", "Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(title)
        self._name_controls()
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._update_state)
        if initial is not None:
            self._restore(initial)
        self._format_changed()

    def _name_controls(self) -> None:
        """Names and descriptions a screen reader announces (the form labels are not read for every box)."""
        self.setAccessibleName(translate("ExportDialog", "Export workshop"))
        for widget, name, description in (
            (
                self.format_box,
                translate("ExportDialog", "Export format"),
                translate("ExportDialog", "The kind of file to write."),
            ),
            (
                self.anonymous_box,
                translate("ExportDialog", "Anonymous export"),
                translate("ExportDialog", "Name nobody; input is attributed to stakeholder groups."),
            ),
            (
                self.lang_box,
                translate("ExportDialog", "Export language"),
                translate(
                    "ExportDialog",
                    "The language of the headings and labels; the people's own words "
                    "are written as they were said.",
                ),
            ),
            (
                self.path_edit,
                translate("ExportDialog", "Save as"),
                translate("ExportDialog", "The file (or, for CSV without .zip, the folder) to write."),
            ),
            (
                self.browse_button,
                translate("ExportDialog", "Browse for a file"),
                translate("ExportDialog", "Opens the system's save dialog."),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def _lay_out(self, title: str) -> None:
        heading = QLabel(f"<b>{_escape_html(title)}</b>")
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), self.format_box)
        form.addRow("", self.anonymous_box)
        form.addRow(translate("ExportDialog", "Language:"), self.lang_box)
        form.addRow(translate("ExportDialog", "Save as:"), where)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        # an explicit minimum replaces the layout's own: keep the wider one, or a longer (Spanish)
        # check box label is cut off
        self.setMinimumWidth(max(640, self.minimumSizeHint().width()))

    def _restore(self, initial: ExportChoice) -> None:
        index = self.format_box.findData(initial.fmt)
        self.format_box.setCurrentIndex(max(0, index))
        self.anonymous_box.setChecked(initial.anonymous)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(initial.lang)))

    def current_format(self) -> ExportFormat:
        return _format(self.format_box.currentData())

    def _format_changed(self) -> None:
        fmt = self.current_format()
        path = Path(self.path_edit.text().strip() or self._stem)
        known = {f.suffix for f in FORMATS}
        if path.suffix.lower() in known or not path.suffix:
            self.path_edit.setText(str(path.with_suffix(fmt.suffix)))
        self.anonymous_box.setEnabled(not fmt.bundle)
        self.lang_box.setEnabled(not fmt.bundle)
        self.hint.setText(
            translate(
                "ExportDialog",
                "A bundle carries the whole workshop, names included, for plworkshop on another computer.",
            )
            if fmt.bundle
            else translate(
                "ExportDialog",
                "People who declined to be named are never named; their input is "
                "attributed to their stakeholder group. Withdrawn input is left out.",
            )
        )
        self._update_state()

    def _update_state(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    def _browse(self) -> None:
        fmt = self.current_format()
        chosen = SaveLocation.choose(
            self,
            Path(self.path_edit.text().strip() or self._stem),
            translate("ExportDialog", fmt.file_filter),
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen if chosen.suffix else chosen.with_suffix(fmt.suffix)))

    def choice(self) -> ExportChoice:
        fmt = self.current_format()
        return ExportChoice(
            fmt.key,
            Path(self.path_edit.text().strip()).expanduser(),
            anonymous=self.anonymous_box.isChecked() and not fmt.bundle,
            lang=self.lang_box.currentData(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, folder: Path, initial: ExportChoice | None = None
    ) -> ExportChoice | None:
        dialog = cls(parent, title, folder, initial)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_export(call: ServiceCall, pack: FrameworkPack, workshop_id: str, choice: ExportChoice) -> Path:
    """Do the export (worker thread, `call` from the context): a snapshot, then the writer."""
    if choice.fmt in ("bundle", "json"):
        from plworkshop.services.bundles import export_bundle

        return call(export_bundle, workshop_id, choice.path, as_json=choice.fmt == "json")
    from plworkshop.reports.exports import export_workshop

    snapshot = call(workshops.snapshot, workshop_id)
    return export_workshop(
        snapshot, pack, choice.fmt, choice.path, anonymous=choice.anonymous, lang=choice.lang
    )


def _remembered(ctx: UiContext) -> tuple[Path, ExportChoice | None]:
    value = ctx.settings.value
    folder = Path(str(value(SETTINGS_PREFIX + "folder", "") or Path.home()))
    if not folder.is_dir():
        folder = Path.home()
    fmt = str(value(SETTINGS_PREFIX + "format", "xlsx"))
    if fmt not in {f.key for f in FORMATS}:
        return folder, None
    anonymous = str(value(SETTINGS_PREFIX + "anonymous", "false")).lower() == "true"
    interface = current_language()
    lang = str(value(_lang_key(), interface))
    return folder, ExportChoice(fmt, folder, anonymous, lang if lang in INTERFACE_LANGUAGES else interface)


def _lang_key() -> str:
    """The export language is remembered per interface language: a new interface language starts
    from itself, not from a choice made under the other one."""
    return f"{SETTINGS_PREFIX}lang.{current_language()}"


def _remember(ctx: UiContext, choice: ExportChoice) -> None:
    ctx.settings.setValue(SETTINGS_PREFIX + "folder", str(choice.path.parent))
    ctx.settings.setValue(SETTINGS_PREFIX + "format", choice.fmt)
    ctx.settings.setValue(SETTINGS_PREFIX + "anonymous", "true" if choice.anonymous else "false")
    ctx.settings.setValue(_lang_key(), choice.lang)


def export_workshop_dialog(ctx: UiContext, parent: QWidget | None, workshop_id: str):
    """Ask what to export and where, then export in the background; returns the progress dialog."""
    details = ctx.try_call(parent, workshops.get_workshop, workshop_id)
    if details is None:
        return None
    folder, initial = _remembered(ctx)
    choice = ExportDialog.ask(parent, details.title, folder, initial)
    if choice is None:
        return None
    target_is_folder = choice.fmt == "csv" and choice.path.suffix.lower() != ".zip"
    if (
        choice.path.exists()
        and not target_is_folder
        and not ExportNotice.confirm_replace(parent, choice.path)
    ):
        return None
    _remember(ctx, choice)
    label = translate("ExportDialog", "Exporting “{title}”…").format(title=details.title)
    return ctx.run_in_background(
        parent,
        label,
        lambda call: run_export(call, ctx.pack, workshop_id, choice),
        lambda path: ExportNotice.done(parent, path),
    )
