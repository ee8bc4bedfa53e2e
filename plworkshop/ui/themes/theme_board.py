"""The "group" step for one condition: ideas not yet in a theme on the left, themes with their ideas on
the right. Drag ideas onto a theme, or select them and press Ctrl+G; rename with F2; + and − vote on a
theme; Alt+↑/Alt+↓ move an idea to the theme above or below; Del takes an idea out (or dissolves a
theme); Ctrl+Shift+A makes an action item from a theme."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.errors import PlworkshopError
from plworkshop.domain.grouping_models import ThemeView
from plworkshop.domain.read_models import ResponseView
from plworkshop.services import responses, themes
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate
from plworkshop.ui.themes.theme_commands import ThemeEditor
from plworkshop.ui.themes.theme_dialog import ThemeChooser

IDEA_ROLE = Qt.ItemDataRole.UserRole
THEME_ROLE = Qt.ItemDataRole.UserRole + 1


def _short(text: str, limit: int = 160) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


class IdeaList(QListWidget):
    """Ideas not in a theme; several can be selected; ideas dragged here from a theme leave it."""

    def __init__(self, board: ThemeBoard) -> None:
        super().__init__(board)
        self.board = board
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setWordWrap(True)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.acceptProposedAction() if event.source() in (self, self.board.tree) else event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction() if event.source() is self.board.tree else event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        if event.source() is self.board.tree:
            self.board.ungroup_ideas(self.board.selected_tree_ideas())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


class ThemeTree(QTreeWidget):
    """Themes and their ideas; dropping ideas on a theme (or on one of its ideas) groups them there,
    dropping them on empty space makes a new theme."""

    key_action = Signal(str)

    def __init__(self, board: ThemeBoard) -> None:
        super().__init__(board)
        self.board = board
        self.setHeaderHidden(True)
        self.setColumnCount(2)  # the name (editable with F2), then its votes and ideas
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setWordWrap(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction() if event.source() in (self, self.board.ideas) else event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction() if event.source() in (self, self.board.ideas) else event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        source = event.source()
        ideas = (
            self.board.selected_list_ideas()
            if source is self.board.ideas
            else self.board.selected_tree_ideas()
        )
        target = self.itemAt(event.position().toPoint())
        theme_id = None
        if target is not None:
            theme_id = (target.parent() or target).data(0, THEME_ROLE)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the board re-reads; Qt must not move items
        event.accept()
        if ideas:
            self.board.group_ideas(ideas, theme_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = Qt.KeyboardModifier.AltModifier
        if mods & alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.key_action.emit("up" if key == Qt.Key.Key_Up else "down")
            return
        if not mods & Qt.KeyboardModifier.ControlModifier:
            actions = {
                Qt.Key.Key_Plus: "vote+",
                Qt.Key.Key_Equal: "vote+",
                Qt.Key.Key_Minus: "vote-",
                Qt.Key.Key_Delete: "delete",
            }
            if key in actions and self.state() != QAbstractItemView.State.EditingState:
                self.key_action.emit(actions[key])
                return
        super().keyPressEvent(event)


class ThemeBoard(QWidget):
    """Group the current condition's ideas into themes. `done` asks to go back to the question."""

    done = Signal()
    message = Signal(str)
    action_item_created = Signal(str)

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.condition = ""
        self.editor: ThemeEditor | None = None
        self.themes: list[ThemeView] = []
        self.said: dict[str, ResponseView] = {}
        self.chooser: ThemeChooser | None = None
        self._build()
        ctx.data_changed.connect(self._data_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        top = QHBoxLayout()
        self.title = QLabel(objectName="SectionTitle")
        self.budget = QLabel(objectName="budget")
        self.back_button = QPushButton(translate("ThemeBoard", "Back to the question (Esc)"))
        self.back_button.clicked.connect(self.done)
        top.addWidget(self.title, 1)
        top.addWidget(self.budget)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        hint = QLabel(
            translate(
                "ThemeBoard",
                "Select ideas and press Ctrl+G (or drag them onto a theme). F2 renames, "
                "+ and − vote on a theme, Alt+↑/↓ moves an idea, Del takes it out.",
            ),
            objectName="Hint",
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        self.ideas_label = QLabel(translate("ThemeBoard", "Ideas not in a theme"))
        self.ideas = IdeaList(self)
        self.ideas.setAccessibleName(translate("ThemeBoard", "Ideas not in a theme"))
        self.ideas_label.setBuddy(self.ideas)
        left.addWidget(self.ideas_label)
        left.addWidget(self.ideas, 1)
        self.themes_label = QLabel(translate("ThemeBoard", "Themes"))
        self.tree = ThemeTree(self)
        self.tree.setAccessibleName(translate("ThemeBoard", "Themes and their ideas"))
        self.tree.itemChanged.connect(self._renamed)
        self.tree.key_action.connect(self._tree_key)
        right.addWidget(self.themes_label)
        right.addWidget(self.tree, 1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)
        buttons = QHBoxLayout()
        self.group_button = QPushButton(translate("ThemeBoard", "Group into theme… (Ctrl+G)"))
        self.group_button.clicked.connect(self.group_selected)
        self.action_button = QPushButton(translate("ThemeBoard", "Action item from theme (Ctrl+Shift+A)"))
        self.action_button.clicked.connect(self.make_action_item)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        buttons.addWidget(self.group_button)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.notice, 1)
        layout.addLayout(buttons)
        for keys, slot in (
            ("Ctrl+G", self.group_selected),
            ("Ctrl+Shift+A", self.make_action_item),
            ("Esc", self.done.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- what is shown -------------------------------------------------------------------------
    def show_condition(self, workshop_id: str, condition: str, title: str) -> None:
        if workshop_id != self.workshop_id:
            self.editor = ThemeEditor(self.ctx, workshop_id, self) if workshop_id else None
        self.workshop_id, self.condition = workshop_id, condition
        self.title.setText(translate("ThemeBoard", "Themes — {title}").format(title=title))
        self.show_notice("")
        self.reload()

    def reload(self) -> None:
        if not self.workshop_id or not self.condition:
            return
        keep_list, keep_tree = self.selected_list_ideas(), self._current_tree_key()
        said = self.ctx.call(
            responses.list_responses, self.workshop_id, condition=self.condition, include_hidden=False
        )
        self.said = {r.id: r for r in said}
        self.themes = self.ctx.call(themes.list_themes, self.workshop_id, self.condition)
        grouped = {rid for t in self.themes for rid in t.response_ids}
        self.ideas.clear()
        for r in sorted(said, key=lambda r: (-r.votes, r.created_at)):
            if r.id in grouped:
                continue
            item = QListWidgetItem(_short(r.text) + (f"  ({r.votes})" if r.votes else ""))
            item.setData(IDEA_ROLE, r.id)
            item.setToolTip(r.text)
            self.ideas.addItem(item)
            item.setSelected(r.id in keep_list)
        self.tree.blockSignals(True)
        self.tree.clear()
        for t in self.themes:
            node = QTreeWidgetItem(self.tree, [t.name, self._theme_caption(t)])
            node.setData(0, THEME_ROLE, t.id)
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            for rid in t.response_ids:
                if rid in self.said:
                    child = QTreeWidgetItem(node, [_short(self.said[rid].text), ""])
                    child.setData(0, IDEA_ROLE, rid)
                    child.setToolTip(0, self.said[rid].text)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._restore_tree_key(keep_tree)
        self.ideas_label.setText(
            translate("ThemeBoard", "Ideas not in a theme ({n})").format(n=self.ideas.count())
        )
        self.themes_label.setText(translate("ThemeBoard", "Themes ({n})").format(n=len(self.themes)))
        budget = self.ctx.call(responses.vote_budget, self.workshop_id, self.condition)
        self.budget.setText(
            translate("ThemeBoard", "Votes: no limit")
            if budget is None
            else translate("ThemeBoard", "Votes left: {value} of {available}").format(
                value=budget[1] - budget[0], available=budget[1]
            )
        )
        if self.ideas.count() and self.ideas.currentRow() < 0:
            self.ideas.setCurrentRow(0, self.ideas.selectionCommand(self.ideas.model().index(0, 0)))

    def _theme_caption(self, t: ThemeView) -> str:
        count = len([i for i in t.response_ids if i in self.said])
        ideas = (
            translate("ThemeBoard", "1 idea")
            if count == 1
            else translate("ThemeBoard", "{n} ideas").format(n=count)
        )
        votes = (
            translate("ThemeBoard", "1 vote")
            if t.votes == 1
            else translate("ThemeBoard", "{n} votes").format(n=t.votes)
        )
        return f"{votes}, {ideas}"

    def _current_tree_key(self) -> tuple[int, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return (0, item.data(0, IDEA_ROLE)) if item.parent() else (1, item.data(0, THEME_ROLE))

    def _restore_tree_key(self, key) -> None:
        if key is None:
            return
        role = IDEA_ROLE if key[0] == 0 else THEME_ROLE
        for i in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(i)
            for item in [node] + [node.child(j) for j in range(node.childCount())]:
                if item.data(0, role) == key[1]:
                    self.tree.setCurrentItem(item)
                    return

    def _data_changed(self, workshop_id: str, what: str) -> None:
        if (
            workshop_id == self.workshop_id
            and self.isVisible()
            and what in ("themes", "responses", "parking_lot")
        ):
            self.reload()

    # --- selection -----------------------------------------------------------------------------
    def selected_list_ideas(self) -> tuple[str, ...]:
        return tuple(item.data(IDEA_ROLE) for item in self.ideas.selectedItems())

    def selected_tree_ideas(self) -> tuple[str, ...]:
        return tuple(
            item.data(0, IDEA_ROLE) for item in self.tree.selectedItems() if item.parent() is not None
        )

    def current_theme(self) -> ThemeView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        theme_id = (item.parent() or item).data(0, THEME_ROLE)
        return next((t for t in self.themes if t.id == theme_id), None)

    def _focused_ideas(self) -> tuple[str, ...]:
        """The ideas the facilitator means: those selected where the focus is."""
        if self.tree.hasFocus():
            return self.selected_tree_ideas()
        return self.selected_list_ideas()

    # --- actions -------------------------------------------------------------------------------
    def group_selected(self) -> None:
        ideas = self._focused_ideas()
        if not ideas:
            self.show_notice(translate("ThemeBoard", "Select one or more ideas first."), error=True)
            return
        self._ask(ideas, [(t.id, t.name) for t in self.themes])

    def _ask(self, ideas: tuple[str, ...], choices: list[tuple[str, str]]) -> None:
        """Open the chooser (window-modal, not blocking); its Enter groups the ideas."""
        chooser = self.chooser = ThemeChooser(self, choices, len(ideas))

        def chosen() -> None:
            choice = chooser.choice()
            if choice is not None:
                self.group_ideas(ideas, choice[0], choice[1])
            closed()

        def closed() -> None:
            chooser.deleteLater()
            self.chooser = None
            self.window().activateWindow()
            self.focus_ideas()  # back where the facilitator was, to group the next ones

        chooser.accepted.connect(chosen)
        chooser.rejected.connect(closed)
        chooser.open()
        chooser.activateWindow()
        chooser.combo.setFocus()

    def group_ideas(self, ideas: tuple[str, ...], theme_id: str | None, name: str | None = None) -> None:
        """Put `ideas` into `theme_id`, or into a new theme (asking its name if not given)."""
        if self.editor is None:
            return
        if theme_id is None:
            if not name:
                self._ask(ideas, [])
                return
            theme_id = self.editor.new_theme(self.condition, name, ideas)
            done = theme_id is not None
        else:
            done = self.editor.group(self.condition, theme_id, ideas)
        if done:
            self.reload()
            self._restore_tree_key((1, theme_id))
            self.show_notice(translate("ThemeBoard", "Grouped. Ctrl+Z undoes it."))

    def ungroup_ideas(self, ideas: tuple[str, ...]) -> None:
        if ideas and self.editor is not None and self.editor.ungroup(self.condition, ideas):
            self.reload()
            self.show_notice(translate("ThemeBoard", "Taken out of the theme."))

    def _tree_key(self, action: str) -> None:
        theme = self.current_theme()
        if theme is None or self.editor is None:
            return
        item = self.tree.currentItem()
        if action in ("vote+", "vote-"):
            try:
                if self.editor.vote(theme, +1 if action == "vote+" else -1):
                    self.reload()
                    self.show_notice(
                        translate("ThemeBoard", "Vote added to the theme.")
                        if action == "vote+"
                        else translate("ThemeBoard", "Vote taken back.")
                    )
            except PlworkshopError as exc:
                self.show_notice(str(exc), error=True)
        elif action == "delete":
            if item is not None and item.parent() is not None:
                self.ungroup_ideas(self.selected_tree_ideas() or (item.data(0, IDEA_ROLE),))
            elif self.editor.dissolve(theme):
                self.reload()
                self.show_notice(translate("ThemeBoard", "Theme dissolved; its ideas are back in the list."))
        elif action in ("up", "down") and item is not None and item.parent() is not None:
            index = [t.id for t in self.themes].index(theme.id) + (-1 if action == "up" else 1)
            if 0 <= index < len(self.themes):
                idea = item.data(0, IDEA_ROLE)
                if self.editor.group(self.condition, self.themes[index].id, (idea,)):
                    self.reload()
                    self._restore_tree_key((0, idea))

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if item.parent() is not None or self.editor is None or column != 0:
            return
        theme = next((t for t in self.themes if t.id == item.data(0, THEME_ROLE)), None)
        name = (item.text(0) or "").strip()
        if theme is not None and name and name != theme.name and self.editor.rename(theme, name):
            self.show_notice(translate("ThemeBoard", "Theme renamed."))
        self.reload()

    def make_action_item(self) -> None:
        theme = self.current_theme()
        if theme is None or self.editor is None:
            self.show_notice(translate("ThemeBoard", "Select a theme first."), error=True)
            return
        item_id = self.editor.make_action_item(theme)
        if item_id:
            self.show_notice(
                translate("ThemeBoard", "Action item made from “{name}” — see Action items.").format(
                    name=theme.name
                )
            )
            self.action_item_created.emit(item_id)

    def focus_ideas(self) -> None:
        (self.ideas if self.ideas.count() else self.tree).setFocus()

    def show_notice(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #a4000f; font-weight: 600;" if error else "color: #1b5e20;")
        if text:
            self.message.emit(text)
