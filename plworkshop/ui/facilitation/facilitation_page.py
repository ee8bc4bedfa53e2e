"""The facilitation view: the agenda navigator, the framework content, recording input or the stage
self-assessment, and the time box — what the facilitator drives a convening with."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.errors import PlworkshopError, WorkshopNotFound
from plworkshop.domain.read_models import WorkshopSnapshot
from plworkshop.framework.model import Condition
from plworkshop.services import assessments, time_boxes, workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.agenda_timer import AgendaTimers
from plworkshop.ui.facilitation.assessment_grid import AssessmentGrid
from plworkshop.ui.facilitation.content_panel import ContentPanel
from plworkshop.ui.facilitation.navigator import Navigator
from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, CONDITION, Position
from plworkshop.ui.facilitation.response_panel import ResponsePanel
from plworkshop.ui.facilitation.timer_widget import TimerWidget
from plworkshop.ui.i18n import stage_name, stage_names, translate
from plworkshop.ui.parking_lot.parking_lot_panel import ParkingLotPanel
from plworkshop.ui.themes.theme_board import ThemeBoard

STRUCTURE_CHANGES = {"roster", "agenda", "workshop"}
COMPACT_BELOW_PX = 760
NARROW_BELOW_PX = 1100
"""Shorter than this (a 768-pixel laptop), the content folds to the question so the input has room."""
SAVE_TIME_BOXES_MS = 10_000
log = logging.getLogger(__name__)


def question_timer_key(condition: str, question: str) -> str:
    """The timer of a strategic question that has a time box of its own."""
    return f"{condition}\x1f{question}"


class FacilitationPage(QWidget):
    """Hosted by the main window. `position_changed(condition, stage, question)` follows the navigator."""

    position_changed = Signal(str, int, str)
    action_item_created = Signal(str, str)  # workshop id, action item id
    status_message = Signal(str)
    projector_names_changed = Signal(bool)
    projector_requested = Signal()
    clock = staticmethod(time.monotonic)
    """What the time boxes count with (tests put a clock of their own here)."""

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.workshop_id = ""
        self.snapshot: WorkshopSnapshot | None = None
        self.position: Position | None = None
        self.timers = AgendaTimers(self.clock)
        self.question_boxes: dict[tuple[str, str], int] = {}
        self._build()
        self._save_timer = QTimer(self)
        self._save_timer.setInterval(SAVE_TIME_BOXES_MS)
        self._save_timer.timeout.connect(self.save_time_boxes)
        self._save_timer.start()
        ctx.data_changed.connect(self._data_changed)
        self._show_nothing()

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = Navigator()
        self.navigator.position_selected.connect(self._go)
        self.navigator.setMinimumWidth(220)
        self.parking = ParkingLotPanel(self.ctx)
        self.parking.message.connect(self.status_message)
        # said under the list the idea is still in, where the facilitator is looking
        self.parking.refused.connect(lambda text: self.responses.show_notice(text, error=True))
        self.parking.unparked.connect(self._reload_if_here)
        left = QSplitter(Qt.Orientation.Vertical)  # the agenda above, the parking lot below
        left.addWidget(self.navigator)
        left.addWidget(self.parking)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        splitter.addWidget(left)

        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        top = QWidget()
        top.setObjectName("facilitationTop")
        top.setStyleSheet(
            "QWidget#facilitationTop { background: #ffffff; border-bottom: 1px solid #d5dce5; }"
        )
        bar = QHBoxLayout(top)
        bar.setContentsMargins(16, 8, 16, 8)
        self.where_label = QLabel()
        self.where_label.setStyleSheet("font-size: 10.5pt; color: #5d6b7b;")
        self.where_label.setWordWrap(True)
        bar.addWidget(self.where_label, 1)
        self.names_on_projector = QCheckBox(translate("FacilitationPage", "Names on projector"))
        self.names_on_projector.setToolTip(
            translate("FacilitationPage", "Off by default. People who declined to be named are never shown.")
        )
        self.names_on_projector.toggled.connect(self.projector_names_changed)
        self.projector_button = QPushButton(translate("FacilitationPage", "Projector view"))
        self.projector_button.setToolTip(
            translate("FacilitationPage", "Open the projector window (on the second screen if there is one)")
        )
        self.projector_button.clicked.connect(self._open_projector)
        self.timer = TimerWidget(self.timers)
        self.timer.notice.connect(self._notice)
        self.themes_button = QPushButton(translate("FacilitationPage", "Themes"))
        self.themes_button.setToolTip(
            translate("FacilitationPage", "Group this condition's ideas into themes (Ctrl+Shift+T)")
        )
        self.themes_button.clicked.connect(self.toggle_themes)
        for widget in (self.themes_button, self.names_on_projector, self.projector_button, self.timer):
            bar.addWidget(widget)
        column.addWidget(top)
        column.addWidget(self._build_room_bar())

        body = self.body = QSplitter(Qt.Orientation.Vertical)
        self.content = ContentPanel()
        body.addWidget(self.content)
        self.lower = QStackedWidget()
        self.responses = ResponsePanel(self.ctx)
        self.responses.answered_changed.connect(self.navigator.nav_model.set_answered)
        self.responses.action_item_created.connect(
            lambda item_id: self.action_item_created.emit(self.workshop_id, item_id)
        )
        self.responses.message.connect(self.status_message)
        self.assessment = AssessmentGrid(self.ctx)
        self.theme_board = ThemeBoard(self.ctx)
        self.theme_board.done.connect(self._leave_themes)
        self.theme_board.message.connect(self.status_message)
        self.theme_board.action_item_created.connect(
            lambda item_id: self.action_item_created.emit(self.workshop_id, item_id)
        )
        self.lower.addWidget(self.responses)
        self.lower.addWidget(self.assessment)
        self.lower.addWidget(self.theme_board)
        park = QShortcut(QKeySequence("Ctrl+Shift+K"), self.responses)
        park.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        park.activated.connect(self.park_from_entry)
        body.addWidget(self.lower)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([360, 520])
        column.addWidget(body, 1)
        self.notice = QLabel()
        self.notice.setStyleSheet("padding: 4px 16px; color: #7a4b00; background: #fffbea;")
        self.notice.hide()
        column.addWidget(self.notice)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1140])
        splitter.setStretchFactor(0, 0)
        outer.addWidget(splitter)

        for keys, slot in (
            ("Ctrl+Down", lambda: self.step(+1)),
            ("Ctrl+Up", lambda: self.step(-1)),
            ("Ctrl+PgDown", lambda: self.step(+1)),
            ("Ctrl+PgUp", lambda: self.step(-1)),
            ("Ctrl+Shift+Space", self.timer.toggle_pause),
            ("Ctrl+Shift+E", self.timer.extend),
            ("Ctrl+Shift+T", self.toggle_themes),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_room_bar(self) -> QWidget:
        """Shown when the room may be looking at this screen: say so, offer a names-free view."""
        self.room_bar = QWidget(objectName="roomBar")
        self.room_bar.setStyleSheet(
            "QWidget#roomBar { background: #fff4e5; border-bottom: 1px solid #f0c36d; }"
        )
        row = QHBoxLayout(self.room_bar)
        row.setContentsMargins(16, 4, 16, 4)
        self.room_warning = QLabel(
            translate(
                "FacilitationPage",
                "The room may be seeing this screen (one screen, or mirrored to the projector): "
                "names in your lists show, including people who asked not to be named.",
            )
        )
        self.room_warning.setWordWrap(True)
        self.room_warning.setStyleSheet("color: #7a4b00;")
        self.hide_names = QCheckBox(translate("FacilitationPage", "&Hide names on my screen"))
        self.hide_names.setToolTip(
            translate("FacilitationPage", "Show each speaker by stakeholder group only")
        )
        self.hide_names.toggled.connect(self.responses_hide_names)
        row.addWidget(self.room_warning, 1)
        row.addWidget(self.hide_names)
        self.room_bar.hide()
        return self.room_bar

    def set_room_sees_screen(self, mirrored: bool) -> None:
        """Called when the projector opens: warn when the room may see the facilitator's own screen."""
        self.room_bar.setVisible(mirrored)

    def responses_hide_names(self, hide: bool) -> None:
        self.responses.model.set_hide_names(hide)

    # --- public API (the shell) ----------------------------------------------------------------
    def show_workshop(self, workshop_id: str, snapshot=None) -> None:
        """Show `workshop_id`; `snapshot`, when the caller already read it, is used instead of a read."""
        if workshop_id != self.workshop_id:
            self.clear()
        self.workshop_id = workshop_id
        self._load_structure(keep_position=False, snapshot=snapshot)

    def clear(self) -> None:
        """Show no workshop: the timers stop, the navigator and the responses empty."""
        self.timers.stop_all()
        self.save_time_boxes()
        self.timers = AgendaTimers(self.clock)
        self.timer.timers = self.timers
        self.workshop_id = ""
        self.snapshot = None
        self.navigator.nav_model.clear()
        self.responses.set_workshop("", [])
        self.responses.set_question(None)
        self.parking.set_workshop("")
        self._show_nothing()
        self._set_position(None)

    def resume(self) -> bool:
        """Go back to where the facilitator last was in this workshop (question, stage or
        self-assessment), as remembered in the settings; False when there is nothing to go back to.
        The shell calls this when the app reopens on a workshop."""
        place = self.remembered_place(self.workshop_id) if self.workshop_id else None
        return place is not None and self.go_to(place)

    def remembered_place(self, workshop_id: str) -> Position | None:
        value = self.ctx.settings.value(f"facilitation/{workshop_id}/place", "")
        parts = str(value or "").split("|")
        if len(parts) != 4 or not parts[0]:
            return None
        kind, condition, stage, question = parts
        return Position(kind, condition, int(stage) if stage.isdigit() else 0, question)

    def _remember_place(self, position: Position) -> None:
        if self.workshop_id:
            where = f"{position.kind}|{position.condition}|{position.stage}|{position.question}"
            self.ctx.settings.setValue(f"facilitation/{self.workshop_id}/place", where)

    def save_time_boxes(self) -> None:
        """Keep each started time box's progress, so reopening carries on with the time left."""
        states = [
            time_boxes.TimeBoxState(key, used, extra, by_hand)
            for key, used, extra, by_hand in self.timers.states()
        ]
        if not self.workshop_id or not states or self.ctx.read_only:
            return
        try:
            self.ctx.call(time_boxes.save_time_boxes, self.workshop_id, states)
        except PlworkshopError as exc:  # the countdown goes on; the next save tries again
            log.warning("time boxes not saved: %s", exc)

    def _carry_on_time_boxes(self) -> None:
        try:
            saved = self.ctx.call(time_boxes.list_time_boxes, self.workshop_id)
        except PlworkshopError as exc:
            log.warning("time boxes not read: %s", exc)
            return
        for state in saved.values():
            self.timers.carry_on(state.key, state.used_seconds, state.extra_seconds, state.paused_by_hand)

    def focus_find(self) -> None:
        if self.lower.currentWidget() is self.responses:
            self.responses.focus_find()

    def step(self, delta: int) -> bool:
        """Next (+1) or previous (-1) question / self-assessment."""
        return self.navigator.step(delta)

    def go_to(self, position: Position) -> bool:
        return self.navigator.go_to(position)

    def show_names_on_projector(self) -> bool:
        return self.names_on_projector.isChecked()

    @property
    def on_self_assessment(self) -> bool:
        return self.position is not None and self.position.kind == ASSESSMENT

    def current_condition(self) -> Condition | None:
        if self.snapshot is None or self.position is None:
            return None
        return self.snapshot.conditions.get(self.position.condition)

    # --- loading -------------------------------------------------------------------------------
    def _load_structure(self, *, keep_position: bool, snapshot=None) -> None:
        try:
            if snapshot is None or snapshot.workshop.id != self.workshop_id:
                snapshot = self.ctx.call(workshops.snapshot, self.workshop_id)
        except WorkshopNotFound:  # deleted (moved to the trash) while open
            self.clear()
            return
        except Exception as exc:  # noqa: BLE001 - shown to the person
            self.ctx.report_error(self, exc)
            return
        self.snapshot = snapshot
        people = list(snapshot.participants)
        agenda = [
            (snapshot.conditions[a.condition], a.minutes)
            for a in snapshot.agenda
            if a.condition in snapshot.conditions
        ]
        answered = {r.question for r in snapshot.responses if not r.hidden}
        assessed = {a.condition for a in snapshot.assessments if a.is_consensus}
        previous = self.position if keep_position else None
        self.navigator.blockSignals(True)
        self.navigator.nav_model.load(agenda, stage_names(), answered, assessed)
        self.navigator.blockSignals(False)
        self.navigator.expandAll()
        self.question_boxes = {(b.condition, b.question): b.minutes for b in snapshot.question_time_boxes}
        self.timers.configure(
            {
                **{a.condition: a.minutes for a in snapshot.agenda},
                **{question_timer_key(*key): m for key, m in self.question_boxes.items()},
            }
        )
        if not keep_position:
            self._carry_on_time_boxes()
        self.responses.set_workshop(self.workshop_id, people)
        self.parking.set_workshop(self.workshop_id)
        if previous is not None and self.navigator.go_to(previous):
            self._go(previous)
        else:
            self.position = None
            self.responses.set_question(None)
            self._show_nothing()
            self._set_position(None)

    def _show_nothing(self) -> None:
        self.lower.setCurrentWidget(self.responses)
        self.content.clear()
        if self.snapshot is None:
            self.content.title.setText(translate("FacilitationPage", "No workshop open"))
            self.content.summary.setText(
                translate("FacilitationPage", "Open a workshop from Home to start facilitating.")
            )
        else:
            self.content.title.setText(self.snapshot.workshop.title)
            steps = len(self.snapshot.agenda)
            self.content.summary.setText(
                (
                    translate("FacilitationPage", "1 condition on the agenda.")
                    if steps == 1
                    else translate("FacilitationPage", "{steps} conditions on the agenda.").format(
                        steps=steps
                    )
                )
                + " "
                + translate(
                    "FacilitationPage",
                    "Choose a question in the navigator, or press Ctrl+Down to begin "
                    "with the first one. Each time box starts when you first enter its condition.",
                )
            )
        self.where_label.setText("")

    # --- navigation ----------------------------------------------------------------------------
    def _go(self, position: Position) -> None:
        if self.snapshot is None:
            return
        condition = self.snapshot.conditions.get(position.condition)
        if condition is None:
            return
        self.position = position
        assessment = position.kind == ASSESSMENT
        self.content.show_condition(condition, position.stage, position.question, assessment=assessment)
        if assessment:
            self.assessment.show_condition(self.workshop_id, condition.key, list(self.snapshot.participants))
            self.lower.setCurrentWidget(self.assessment)
            self.responses.set_question(None)
            self._content_height(150)
        else:
            self.lower.setCurrentWidget(self.responses)
            self._content_height(self._question_height())
            self.responses.set_question(
                (condition.key, position.stage, position.question) if position.question else None
            )
        # The condition's own row is an overview (and is what a tree selects by itself on focus);
        # the time box starts when the facilitator goes into a stage, question or self-assessment.
        if (
            position.kind != CONDITION
            or self.timers.timer(condition.key) is None
            or self.timers.timer(condition.key).started
        ):
            boxed = position.question and (condition.key, position.question) in self.question_boxes
            self.timer.enter(question_timer_key(condition.key, position.question) if boxed else condition.key)
        self.parking.set_question(
            (condition.key, position.stage, position.question)
            if position.question and not assessment
            else None
        )
        self._set_position(position)

    def _question_height(self) -> int:
        """Room for the content above the input: all of it on a tall screen, the question on a short one."""
        if not self.content.compact:
            return 360
        self.content.widget().adjustSize()
        return min(max(140, self.content.widget().sizeHint().height() + 4), sum(self.body.sizes()) // 3 + 20)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # at 1024 pixels the bar needs its room for the timer; where we are shows in the content anyway
        self.where_label.setVisible(self.width() >= NARROW_BELOW_PX)
        compact = self.height() < COMPACT_BELOW_PX
        if compact != self.content.compact:
            self.content.set_compact(compact)
            self.responses.set_compact(compact)
            if self.position is not None:
                self._go(self.position)

    def _content_height(self, height: int) -> None:
        """The self-assessment needs the room; a question needs its text and goal."""
        total = sum(self.body.sizes())
        if total > height:
            self.body.setSizes([height, total - height])

    def _set_position(self, position: Position | None) -> None:
        self.position = position
        if position is None:
            self.position_changed.emit("", 0, "")
            return
        # the title as the navigator shows it: in the interface language where the pack's overlay has it
        parts = [self.navigator.nav_model.title(position.condition)]
        if position.kind == ASSESSMENT:
            parts.append(translate("FacilitationPage", "Self-assessment"))
        elif position.stage:
            parts.append(
                translate("FacilitationPage", "Stage {stage}: {value}").format(
                    stage=position.stage, value=stage_name(position.stage)
                )
            )
        self.where_label.setText("  ›  ".join(parts))
        self._remember_place(position)
        self.position_changed.emit(position.condition, position.stage, position.question)

    # --- reacting to edits ----------------------------------------------------------------------
    def _data_changed(self, workshop_id: str, what: str) -> None:
        if not self.workshop_id or workshop_id != self.workshop_id:
            return
        if what in STRUCTURE_CHANGES:
            self._load_structure(keep_position=True)
        elif what == "assessments":
            self.assessment.reload()
            if self.position is not None:
                placed = self.ctx.call(
                    assessments.list_assessments, self.workshop_id, self.position.condition
                )
                self.navigator.nav_model.set_assessed(
                    self.position.condition, any(a.is_consensus for a in placed)
                )
        elif what == "responses":
            # The panel has already put the changed row in place (see ResponseEditor).
            self.responses.refresh_budget()
        elif what == "details":
            self.responses.refresh_budget()

    # --- themes and the parking lot ------------------------------------------------------------
    def toggle_themes(self) -> None:
        """Ctrl+Shift+T: the theme board of the current condition, and back to the question."""
        if self.lower.currentWidget() is self.theme_board:
            self._leave_themes()
            return
        condition = self.current_condition()
        if condition is None:
            self.status_message.emit(
                translate("FacilitationPage", "Choose a condition first; its ideas are grouped into themes.")
            )
            return
        self.theme_board.show_condition(
            self.workshop_id, condition.key, self.navigator.nav_model.title(condition.key)
        )
        self.lower.setCurrentWidget(self.theme_board)
        self._content_height(110)
        self.theme_board.focus_ideas()

    def _leave_themes(self) -> None:
        if self.position is not None:
            self._go(self.position)
        else:
            self.lower.setCurrentWidget(self.responses)
        if self.lower.currentWidget() is self.responses:
            self.responses.entry.setFocus()

    def park_from_entry(self) -> None:
        """Ctrl+Shift+K: park what is typed; with the box empty, move the selected idea there."""
        text = self.responses.entry.toPlainText()
        if text.strip():
            who = self.responses.attribution.attribution()
            if self.parking.park_text(text, who.participant_id, who.stakeholder_group):
                self.responses.entry.clear()
            self.responses.entry.setFocus()
            return
        selected = self.responses.selected()
        if selected is None:
            self.status_message.emit(
                translate(
                    "FacilitationPage",
                    "Type an idea, or select one in the list, "
                    "then press Ctrl+Shift+K to put it in the parking lot.",
                )
            )
            return
        self.parking.park_response(selected)

    def _reload_if_here(self, condition: str, question: str) -> None:
        if (
            self.responses.where is not None
            and self.responses.where[0] == condition
            and self.responses.where[2] == question
        ):
            self.responses.reload()
            answered = any(not r.hidden for r in self.responses.model.responses())
            self.navigator.nav_model.set_answered(question, answered)

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.status_message.emit(text)

    def _open_projector(self) -> None:
        from plworkshop.ui.projector.projector_window import open_projector

        open_projector(self.ctx, self, self.window())
        self.projector_requested.emit()
