"""The question before an edited action-plan workbook comes back in: what will change, item by item.

It only shows the preview the import service made (`preview_plan_import`); Apply accepts and the flow
(`plan_import_flow`) applies exactly that preview, Cancel (or Esc) changes nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from plworkshop.ui.i18n import translate

VALUE_CUT = 160  # characters of a value shown; the workbook holds the whole text
FSI, PDI = "\u2068", "\u2069"  # isolate user text, so right-to-left text cannot reorder the sentence


def shown(value: object, limit: int = VALUE_CUT) -> str:
    """User text made safe for the summary: one line, no control characters, cut, escaped, isolated."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(value or "")).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return FSI + html.escape(text) + PDI


def _quoted(value: object) -> str:
    return translate("PlanImportDialog", "“{text}”").format(text=shown(value))


def change_heading(change) -> str:
    """'Item 3 “Draft the bill”' or 'New item (row 7) “Map the funding”' (escaped HTML)."""
    if change.number is None:
        return translate("PlanImportDialog", "New item (row {row}) {title}").format(
            row=change.row, title=_quoted(change.title)
        )
    return translate("PlanImportDialog", "Item {number} {title}").format(
        number=change.number, title=_quoted(change.title)
    )


def change_lines(change) -> list[str]:
    """One line per field: 'Status: “Planned” → “In progress”'; a new item's fields as set."""
    empty = translate("PlanImportDialog", "(empty)")
    lines = []
    for label, before, after in change.fields:
        after_text = _quoted(after) if str(after or "").strip() else html.escape(empty)
        if change.number is None:  # a new item: the fields it is given
            if str(after or "").strip():
                lines.append(f"{html.escape(label)}: {after_text}")
            continue
        before_text = _quoted(before) if str(before or "").strip() else html.escape(empty)
        lines.append(f"{html.escape(label)}: {before_text} → {after_text}")
    if change.note:
        day, text = change.note
        lines.append(
            translate("PlanImportDialog", "New progress note, as of {date}: {text}").format(
                date=day.isoformat(), text=_quoted(text)
            )
        )
    if not lines:
        lines.append(html.escape(translate("PlanImportDialog", "No field other than the title.")))
    return lines


def summary_html(preview) -> str:
    """The whole summary: a heading and a list of changed fields per item, then the import's notes."""
    parts = []
    for change in preview.changes:
        items = "".join(f"<li>{line}</li>" for line in change_lines(change))
        parts.append(
            f"<p style='margin-bottom:0px'><b>{change_heading(change)}</b></p>"
            f"<ul style='margin-top:2px'>{items}</ul>"
        )
    if preview.warnings:
        notes = "".join(f"<li>{shown(w, 400)}</li>" for w in preview.warnings)
        parts.append(f"<p><b>{html.escape(translate('PlanImportDialog', 'Notes'))}</b></p><ul>{notes}</ul>")
    return "".join(parts)


def counts_text(preview) -> str:
    changed, same = len(preview.changes), preview.unchanged
    new = sum(1 for c in preview.changes if c.number is None)
    edited = changed - new
    parts = []
    if edited:
        parts.append(
            translate("PlanImportDialog", "1 action item changes")
            if edited == 1
            else translate("PlanImportDialog", "{n} action items change").format(n=edited)
        )
    if new:
        parts.append(
            translate("PlanImportDialog", "1 new action item")
            if new == 1
            else translate("PlanImportDialog", "{n} new action items").format(n=new)
        )
    if same:
        parts.append(
            translate("PlanImportDialog", "1 stays as it is")
            if same == 1
            else translate("PlanImportDialog", "{n} stay as they are").format(n=same)
        )
    text = translate("PlanImportDialog", "{parts}. Nothing is deleted.").format(parts="; ".join(parts))
    return text[:1].upper() + text[1:]


class PlanImportDialog(QDialog):
    """`PlanImportDialog(preview, parent)`: accepted means "apply this preview"."""

    def __init__(self, preview, parent: QWidget | None = None, *, other_workshop: bool = False) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(translate("PlanImportDialog", "Import the action plan"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            translate("PlanImportDialog", "Bring the changes in “{file}” into “{workshop}”?").format(
                file=shown(preview.path.name, 80), workshop=shown(preview.workshop_title, 80)
            )
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("DialogHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.counts = QLabel(counts_text(preview))
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        if other_workshop:
            self.elsewhere = QLabel(
                translate(
                    "PlanImportDialog",
                    "This workbook is the plan of another workshop than the one open now; that workshop "
                    "opens once the changes are in.",
                )
            )
            self.elsewhere.setWordWrap(True)
            layout.addWidget(self.elsewhere)
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(translate("PlanImportDialog", "What will change"))
        self.summary.setHtml(summary_html(preview))
        layout.addWidget(self.summary, 1)
        hint = QLabel(
            translate(
                "PlanImportDialog",
                "Apply makes every change at once; Cancel leaves the plan exactly as it is.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("Hint")
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            translate("PlanImportDialog", "&Apply changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("PlanImportDialog", "Cancel"))
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fit()
        self.apply_button.setFocus()

    def _fit(self) -> None:
        """About 760 × 560, never larger than the screen it opens on (a 1024 × 768 laptop included)."""
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or (
            QGuiApplication.primaryScreen()
        )
        room = screen.availableGeometry() if screen else None
        width, height = 760, 560
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)
