"""The facilitation view: the agenda navigator, the framework content, recording input or the stage
self-assessment, and the time box — what the facilitator drives a convening with."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.domain.read_models import WorkshopSnapshot
from plworkshop.framework.model import Condition
from plworkshop.services import workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.agenda_timer import AgendaTimers
from plworkshop.ui.facilitation.assessment_grid import AssessmentGrid
from plworkshop.ui.facilitation.content_panel import ContentPanel
from plworkshop.ui.facilitation.navigator import Navigator
from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, CONDITION, Position
from plworkshop.ui.facilitation.response_panel import ResponsePanel
from plworkshop.ui.facilitation.timer_widget import TimerWidget
from plworkshop.ui.i18n import translate, stage_name, stage_names

STRUCTURE_CHANGES = {"roster", "agenda", "workshop"}


class FacilitationPage(QWidget):
    """Hosted by the main window. `position_changed(condition, stage, question)` follows the navigator."""

    position_changed = Signal(str, int, str)
    action_item_created = Signal(str, str)  # workshop id, action item id
    status_message = Signal(str)
    projector_names_changed = Signal(bool)
    projector_requested = Signal()

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.workshop_id = ""
        self.snapshot: WorkshopSnapshot | None = None
        self.position: Position | None = None
        self.timers = AgendaTimers()
        self._build()
        ctx.data_changed.connect(self._data_changed)
        self._show_nothing()

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = Navigator()
        self.navigator.position_selected.connect(self._go)
        self.navigator.setMinimumWidth(300)
        splitter.addWidget(self.navigator)

        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        top = QWidget()
        top.setObjectName("facilitationTop")
        top.setStyleSheet("QWidget#facilitationTop { background: #ffffff; border-bottom: 1px solid #d5dce5; }")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(16, 8, 16, 8)
        self.where_label = QLabel()
        self.where_label.setStyleSheet("font-size: 10.5pt; color: #5d6b7b;")
        self.where_label.setWordWrap(True)
        bar.addWidget(self.where_label, 1)
        self.names_on_projector = QCheckBox(translate("FacilitationPage", "Show names on projector"))
        self.names_on_projector.setToolTip(translate("FacilitationPage", "Off by default. People who declined to be named are never shown."))
        self.names_on_projector.toggled.connect(self.projector_names_changed)
        self.projector_button = QPushButton(translate("FacilitationPage", "Projector view"))
        self.projector_button.setToolTip(translate("FacilitationPage", "Open the projector window (on the second screen if there is one)"))
        self.projector_button.clicked.connect(self._open_projector)
        self.timer = TimerWidget(self.timers)
        self.timer.notice.connect(self._notice)
        for widget in (self.names_on_projector, self.projector_button, self.timer):
            bar.addWidget(widget)
        column.addWidget(top)

        body = self.body = QSplitter(Qt.Orientation.Vertical)
        self.content = ContentPanel()
        body.addWidget(self.content)
        self.lower = QStackedWidget()
        self.responses = ResponsePanel(self.ctx)
        self.responses.answered_changed.connect(self.navigator.nav_model.set_answered)
        self.responses.action_item_created.connect(
            lambda item_id: self.action_item_created.emit(self.workshop_id, item_id))
        self.responses.message.connect(self.status_message)
        self.assessment = AssessmentGrid(self.ctx)
        self.lower.addWidget(self.responses)
        self.lower.addWidget(self.assessment)
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
        splitter.setSizes([310, 1130])
        outer.addWidget(splitter)

        for keys, slot in (("Ctrl+Down", lambda: self.step(+1)), ("Ctrl+Up", lambda: self.step(-1)),
                           ("Ctrl+PgDown", lambda: self.step(+1)), ("Ctrl+PgUp", lambda: self.step(-1)),
                           ("Ctrl+Shift+Space", self.timer.toggle_pause),
                           ("Ctrl+Shift+E", self.timer.extend)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

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
        self.timers = AgendaTimers()
        self.timer.timers = self.timers
        self.workshop_id = ""
        self.snapshot = None
        self.navigator.nav_model.clear()
        self.responses.set_workshop("", [])
        self.responses.set_question(None)
        self._show_nothing()
        self._set_position(None)

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
        agenda = [(snapshot.conditions[a.condition], a.minutes) for a in snapshot.agenda
                  if a.condition in snapshot.conditions]
        answered = {r.question for r in snapshot.responses if not r.hidden}
        previous = self.position if keep_position else None
        self.navigator.blockSignals(True)
        self.navigator.nav_model.load(agenda, stage_names(), answered)
        self.navigator.blockSignals(False)
        self.navigator.expandAll()
        self.timers.configure({a.condition: a.minutes for a in snapshot.agenda})
        self.responses.set_workshop(self.workshop_id, people)
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
            self.content.summary.setText(translate("FacilitationPage", "Open a workshop from Home to start facilitating."))
        else:
            self.content.title.setText(self.snapshot.workshop.title)
            steps = len(self.snapshot.agenda)
            self.content.summary.setText(
                (translate("FacilitationPage", "1 condition on the agenda.") if steps == 1 else
                 translate("FacilitationPage", "{steps} conditions on the agenda.").format(steps=steps))
                + " " + translate("FacilitationPage", "Choose a question in the navigator, or press Ctrl+Down to begin "
                                  "with the first one. Each time box starts when you first enter its condition."))
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
            self.assessment.show_condition(self.workshop_id, condition.key,
                                           list(self.snapshot.participants))
            self.lower.setCurrentWidget(self.assessment)
            self.responses.set_question(None)
            self._content_height(150)
        else:
            self.lower.setCurrentWidget(self.responses)
            self._content_height(360)
            self.responses.set_question((condition.key, position.stage, position.question)
                                        if position.question else None)
        # The condition's own row is an overview (and is what a tree selects by itself on focus);
        # the time box starts when the facilitator goes into a stage, question or self-assessment.
        if position.kind != CONDITION or self.timers.timer(condition.key) is None \
                or self.timers.timer(condition.key).started:
            self.timer.enter(condition.key)
        self._set_position(position)

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
            parts.append(translate("FacilitationPage", "Stage {stage}: {value}").format(stage=position.stage, value=stage_name(position.stage)))
        self.where_label.setText("  ›  ".join(parts))
        self.position_changed.emit(position.condition, position.stage, position.question)

    # --- reacting to edits ----------------------------------------------------------------------
    def _data_changed(self, workshop_id: str, what: str) -> None:
        if not self.workshop_id or workshop_id != self.workshop_id:
            return
        if what in STRUCTURE_CHANGES:
            self._load_structure(keep_position=True)
        elif what == "assessments":
            self.assessment.reload()
        elif what == "responses":
            # The panel has already put the changed row in place (see ResponseEditor).
            self.responses.refresh_budget()
        elif what == "details":
            self.responses.refresh_budget()

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.status_message.emit(text)

    def _open_projector(self) -> None:
        from plworkshop.ui.projector.projector_window import open_projector

        open_projector(self.ctx, self, self.window())
        self.projector_requested.emit()
