"""The Content editor window: browse a pack's conditions and stages, edit any text, save as one's own pack.

The shipped pack is never changed: edits live in a draft until "Save as my pack…" writes a new pack
to the packs folder. Workshops already created keep the copy of the text they were created with.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.framework import user_packs
from plworkshop.framework.loader import PackError
from plworkshop.framework.model import STAGE_NAMES, Condition, FrameworkPack
from plworkshop.framework.pack_edits import (
    all_question_keys,
    describe_problem,
    new_question_key,
    remove_condition,
    replace_condition,
)
from plworkshop.services import packs as pack_service
from plworkshop.ui.content_editor.forms import ConditionForm, StageForm, source_note
from plworkshop.ui.content_editor.new_condition_dialog import NewConditionDialog
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import stage_name, translate

PLACE_ROLE = Qt.ItemDataRole.UserRole  # (condition key, stage number or 0)


def _choice(pack_id: str, version: str) -> str:
    """The pack combo box's item data (a string, so findData can match it)."""
    return f"{pack_id}\n{version}"


class ContentEditor(QWidget):
    """A top-level window over one pack's draft; `draft` is what the facilitator sees and edits."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(translate("EditorWindow", "Content editor — plworkshop"))
        self.setAccessibleName(translate("EditorWindow", "Content editor"))
        self.base: FrameworkPack = user_packs.shipped_pack()
        self.draft: FrameworkPack = self.base
        self.dirty = False
        self._seen_keys: set[str] = set()
        self._build()
        self.reload_pack_list(select=(ctx.pack.id, ctx.pack.version))
        self.resize(1000, 680)

    # --- seams a test can replace ----------------------------------------------------------------
    def ask_pack_name(self, suggestion: str) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            translate("EditorWindow", "Save as my pack"),
            translate("EditorWindow", "Name of your pack:"),
            text=suggestion,
        )
        return name if ok else None

    def ask_save_path(self, suggestion: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("EditorWindow", "Export content pack"),
            suggestion,
            translate("EditorWindow", "Content pack (*.json)"),
        )
        return Path(path) if path else None

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("EditorWindow", "Import content pack"),
            "",
            translate("EditorWindow", "Content pack (*.json)"),
        )
        return Path(path) if path else None

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("EditorWindow", "Content editor"),
            translate("EditorWindow", "Discard the changes you have not saved?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, translate("EditorWindow", "Content editor"), text)

    def inform(self, text: str) -> None:
        self.status.setText(text)

    # --- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.pack_choice = QComboBox()
        self.pack_choice.setAccessibleName(translate("EditorWindow", "Content pack"))
        self.pack_choice.activated.connect(self._pack_chosen)
        self.add_button = QPushButton(translate("EditorWindow", "&Add condition…"))
        self.save_button = QPushButton(translate("EditorWindow", "&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_as_button = QPushButton(translate("EditorWindow", "Save as &my pack…"))
        self.use_button = QPushButton(translate("EditorWindow", "&Use for new workshops"))
        self.export_button = QPushButton(translate("EditorWindow", "&Export…"))
        self.import_button = QPushButton(translate("EditorWindow", "&Import…"))
        for button, slot in (
            (self.add_button, self.add_condition),
            (self.save_button, self.save),
            (self.save_as_button, self.save_as),
            (self.use_button, self.use_for_new_workshops),
            (self.export_button, self.export),
            (self.import_button, self.import_file),
        ):
            button.clicked.connect(slot)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("EditorWindow", "&Pack:"), buddy=self.pack_choice))
        bar.addWidget(self.pack_choice, 1)
        for button in (
            self.add_button,
            self.save_button,
            self.save_as_button,
            self.use_button,
            self.export_button,
            self.import_button,
        ):
            bar.addWidget(button)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("EditorWindow", "Conditions and stages"))
        self.tree.currentItemChanged.connect(self._place_chosen)
        self.condition_form = ConditionForm()
        self.condition_form.edited.connect(self._condition_edited)
        self.condition_form.remove_requested.connect(self.remove_condition)
        self.stage_form = StageForm(self._new_question_key)
        self.stage_form.edited.connect(self._condition_edited)
        self.forms = QStackedWidget()
        self.forms.addWidget(self.condition_form)
        self.forms.addWidget(self.stage_form)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.forms)
        split.setSizes([320, 680])
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.status = QLabel()
        self.status.setAccessibleName(translate("EditorWindow", "Status"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    # --- which pack ------------------------------------------------------------------------------
    def reload_pack_list(self, select: tuple[str, str] | None = None) -> None:
        self.infos = user_packs.list_packs(self.ctx.paths)
        self.pack_choice.clear()
        for info in self.infos:
            label = (
                translate("EditorWindow", "{title} (version {version}, shipped)")
                if info.shipped
                else translate("EditorWindow", "{title} (version {version}, your pack)")
            )
            self.pack_choice.addItem(
                label.format(title=info.title, version=info.version), _choice(info.id, info.version)
            )
        index = self.pack_choice.findData(_choice(*select)) if select else -1
        self.pack_choice.setCurrentIndex(max(0, index))
        self._pack_chosen(self.pack_choice.currentIndex())

    def _pack_chosen(self, index: int) -> None:
        pack_id, version = self.pack_choice.itemData(index).split("\n", 1)
        if (pack_id, version) == (self.draft.id, self.draft.version) and self.tree.topLevelItemCount():
            return
        if self.dirty and not self.confirm_discard():
            self.pack_choice.setCurrentIndex(
                self.pack_choice.findData(_choice(self.draft.id, self.draft.version))
            )
            return
        try:
            pack = user_packs.load_pack_by_id(self.ctx.paths, pack_id, version)
        except PackError as exc:
            self.warn(str(exc))
            return
        self.open_pack(pack)

    def open_pack(self, pack: FrameworkPack) -> None:
        self.base = self.draft = pack
        self._seen_keys = all_question_keys(pack)
        self.dirty = False
        self._fill_tree()
        self._update_state()

    @property
    def is_shipped(self) -> bool:
        shipped = user_packs.shipped_pack()
        return (self.base.id, self.base.version) == (shipped.id, shipped.version)

    def marked(self) -> FrameworkPack:
        """The draft with every changed official condition marked adapted."""
        return user_packs.mark_adapted(self.base, self.draft)

    # --- the tree --------------------------------------------------------------------------------
    def _condition_label(self, condition: Condition) -> str:
        mark = "custom" if condition.custom else ("official" if condition.official else "adapted")
        return f"{condition.title}  [{mark}]"

    def _fill_tree(self, place: tuple[str, int] | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        wanted = None
        for condition in self.marked().conditions:
            top = QTreeWidgetItem([self._condition_label(condition)])
            top.setData(0, PLACE_ROLE, (condition.key, 0))
            self.tree.addTopLevelItem(top)
            wanted = top if place == (condition.key, 0) or wanted is None else wanted
            for number in sorted(STAGE_NAMES):
                child = QTreeWidgetItem(
                    [
                        translate("EditorWindow", "Stage {number}: {value}").format(
                            number=number, value=stage_name(number)
                        )
                    ]
                )
                child.setData(0, PLACE_ROLE, (condition.key, number))
                top.addChild(child)
                if place == (condition.key, number):
                    wanted = child
        self.tree.blockSignals(False)
        if wanted is not None:
            self.tree.setCurrentItem(wanted)

    def select(self, condition_key: str, stage: int = 0) -> None:
        """Show one condition (stage 0) or one of its stages."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, PLACE_ROLE)[0] == condition_key:
                self.tree.setCurrentItem(top if stage == 0 else top.child(stage - 1))
                return
        raise KeyError(condition_key)

    def _place_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        key, stage = item.data(0, PLACE_ROLE)
        condition = self.marked().condition(key)
        if stage == 0:
            self.condition_form.show_condition(self.draft, condition)
            self.forms.setCurrentWidget(self.condition_form)
        else:
            self.stage_form.show_stage(condition, stage)
            self.forms.setCurrentWidget(self.stage_form)

    # --- edits -----------------------------------------------------------------------------------
    def _new_question_key(self, condition_key: str, stage: int) -> str:
        key = new_question_key(condition_key, stage, self._seen_keys | all_question_keys(self.draft))
        self._seen_keys.add(key)
        return key

    def _condition_edited(self, condition: Condition) -> None:
        self.draft = replace_condition(self.draft, condition)
        self.dirty = True
        item = self.tree.currentItem()
        top = item.parent() or item if item else None
        shown = self.marked().condition(condition.key)
        if top is not None:
            top.setText(0, self._condition_label(shown))
        self.stage_form.show_note(shown)
        self.condition_form.source.setText(source_note(shown))
        self._update_state()

    def add_condition(self) -> None:
        condition = NewConditionDialog.ask(self.draft, self)
        if condition is None:
            return
        self.draft = replace_condition(self.draft, condition)
        self._seen_keys |= set(condition.question_keys())
        self.dirty = True
        self._fill_tree(place=(condition.key, 0))
        self._update_state()

    def remove_condition(self, key: str) -> None:
        try:
            self.draft = remove_condition(self.draft, key)
        except PackError as exc:
            self.warn(str(exc).split(": ", 1)[-1])
            return
        self.dirty = True
        self._fill_tree()
        self._update_state()

    def _update_state(self) -> None:
        kind = (
            translate(
                "EditorWindow", "the shipped pack (it is never changed; save your edits as your own pack)"
            )
            if self.is_shipped
            else translate("EditorWindow", "your own pack")
        )
        self.notice.setText(
            translate("EditorWindow", "{title}, version {version}: {kind}.\n{notice}").format(
                title=self.draft.title, version=self.draft.version, kind=kind, notice=self.draft.notice
            )
        )
        self.save_button.setEnabled(self.dirty and not self.is_shipped)
        self.use_button.setEnabled(not self.dirty)
        self.export_button.setEnabled(not self.dirty)
        self.inform(translate("EditorWindow", "Changes not saved yet.") if self.dirty else "")

    # --- saving ----------------------------------------------------------------------------------
    def _checked(self, pack: FrameworkPack) -> FrameworkPack | None:
        try:
            return user_packs.validated(pack, f"pack {pack.id!r}")
        except PackError as exc:
            self.warn(describe_problem(pack, exc))
            return None

    def _store(self, pack: FrameworkPack) -> bool:
        checked = self._checked(pack)
        if checked is None:
            return False
        try:
            user_packs.save_user_pack(self.ctx.paths, checked)
        except (PackError, OSError) as exc:
            self.warn(translate("EditorWindow", "The pack was not saved: {exc}").format(exc=exc))
            return False
        self.dirty = False
        self.reload_pack_list(select=(checked.id, checked.version))
        self.inform(
            translate("EditorWindow", "Saved “{title}” (version {version}).").format(
                title=checked.title, version=checked.version
            )
        )
        return True

    def save(self) -> bool:
        """Save changes to one's own pack under a new version (the shipped pack is never saved)."""
        if self.is_shipped:
            return self.save_as()
        pack = self.marked()
        return self._store(dataclasses.replace(pack, version=user_packs.next_version(pack.version)))

    def save_as(self) -> bool:
        """Ask a name and save the draft as a new pack of one's own."""
        name = self.ask_pack_name(
            translate("EditorWindow", "{title} (adapted)").format(title=self.draft.title)
            if self.is_shipped
            else self.draft.title
        )
        if name is None:
            return False
        pack_id = user_packs.slugify(name) or "my-pack"
        taken = {info.id for info in user_packs.list_packs(self.ctx.paths)}
        base_id, number = pack_id, 2
        while pack_id in taken:
            pack_id, number = f"{base_id}-{number}", number + 1
        try:
            pack = user_packs.derive_pack(self.marked(), pack_id, name)
        except PackError as exc:
            self.warn(str(exc).split(": ", 1)[-1])
            return False
        return self._store(pack)

    def use_for_new_workshops(self) -> None:
        pack_service.use_for_new_workshops(self.ctx.paths, self.draft)
        self.inform(
            translate("EditorWindow", "New workshops will use “{title}” (version {version}).").format(
                title=self.draft.title, version=self.draft.version
            )
        )

    def export(self) -> None:
        path = self.ask_save_path(f"{self.draft.id}.json")
        if path is None:
            return
        try:
            user_packs.export_pack(self.draft, path)
        except (PackError, OSError) as exc:
            self.warn(translate("EditorWindow", "The pack was not exported: {exc}").format(exc=exc))
            return
        self.inform(translate("EditorWindow", "Exported to {path}.").format(path=path))

    def import_file(self) -> None:
        if self.dirty and not self.confirm_discard():
            return
        path = self.ask_open_path()
        if path is None:
            return
        try:
            pack = user_packs.import_pack(self.ctx.paths, path)
        except (PackError, OSError) as exc:
            self.warn(translate("EditorWindow", "The pack was not imported: {exc}").format(exc=exc))
            return
        self.dirty = False
        self.reload_pack_list(select=(pack.id, pack.version))
        self.inform(
            translate("EditorWindow", "Imported “{title}” (version {version}).").format(
                title=pack.title, version=pack.version
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self.confirm_discard():
            event.ignore()
            return
        event.accept()
