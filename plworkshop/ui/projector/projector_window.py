"""The projector view: a second window that follows the facilitator and shows the room only the
current condition, stage and question, the time box, and the input so far (names only if allowed).

It reads what it shows itself, through services, from the facilitator's position — never from the
other panels' widgets — so nothing else (roster, notes, withdrawn input, action items) can leak.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from plworkshop.domain.read_models import ParticipantView, ResponseView
from plworkshop.domain.attribution import may_name
from plworkshop.services import assessments, responses, roster
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.agenda_timer import FINAL, OVER, SOON
from plworkshop.ui.facilitation.distribution_chart import DARK, DistributionChart, distribution
from plworkshop.ui.theme import PROJECTOR
from plworkshop.ui.i18n import translate, stage_name, stakeholder_labeller, localize_condition

MAX_SHOWN = 10
QUESTION_PX = 48
TIMER_COLOURS = {SOON: PROJECTOR.warning, FINAL: "#ff8a65", OVER: PROJECTOR.danger}

_STYLE = f"""
QWidget#projector {{ background: {PROJECTOR.window}; }}
QLabel {{ color: {PROJECTOR.text}; background: transparent; }}
QLabel#condition {{ font-size: 30px; font-weight: 600; color: {PROJECTOR.muted}; }}
QLabel#stage {{ font-size: 26px; font-weight: 700; color: {PROJECTOR.accent}; letter-spacing: 1px; }}
QLabel#question {{ font-size: {QUESTION_PX}px; font-weight: 700; color: #ffffff; }}
QLabel#inputs {{ font-size: 28px; color: #ffffff; }}
QLabel#empty {{ font-size: 26px; color: {PROJECTOR.muted}; }}
"""


def speaker_label(response: ResponseView, people: dict[str, ParticipantView], group_label,
                  show_names: bool) -> str:
    """What the room may see: a name only when shown and allowed, else the stakeholder group."""
    person = people.get(response.participant_id or "")
    group_key = response.stakeholder_group or (person.stakeholder_group if person else None)
    group = group_label(group_key) if group_key else ""
    if show_names and may_name(person, anonymous=False):
        return f"{person.name} ({group})" if group else person.name
    return group


def input_html(items: list[ResponseView], people: dict[str, ParticipantView], group_label,
               show_names: bool) -> str:
    """Most-voted first; vote dots; at most MAX_SHOWN, then a count of the rest."""
    ordered = sorted(items, key=lambda r: (-r.votes, r.created_at))
    rows = []
    for r in ordered[:MAX_SHOWN]:
        dots = f"<span style='color:{PROJECTOR.accent}'>{'●' * min(r.votes, 12)}</span>" if r.votes else ""
        who = speaker_label(r, people, group_label, show_names)
        who_html = f"<span style='color:{PROJECTOR.muted}; font-size:22px'>  — {escape(who)}</span>" if who else ""
        rows.append(f"<tr><td style='padding:6px 18px 6px 0; white-space:nowrap' width='150'>{dots}</td>"
                    f"<td style='padding:6px 0'>{escape(' '.join(r.text.split()))}{who_html}</td></tr>")
    more = len(ordered) - MAX_SHOWN
    tail = ((f"<p style='color:{PROJECTOR.muted}; font-size:22px'>"
             + translate("ProjectorWindow", "and {more} more").format(more=more) + "</p>") if more > 0 else "")
    return f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>{tail}"


class ProjectorWindow(QWidget):
    """Follows `facilitation_page`; Esc leaves full screen, F11 toggles it."""

    def __init__(self, ctx: UiContext, facilitation_page, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.page = facilitation_page
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(translate("ProjectorWindow", "plworkshop — projector"))
        self.setStyleSheet(_STYLE)
        self._build()
        facilitation_page.position_changed.connect(lambda *_: self.refresh())
        facilitation_page.projector_names_changed.connect(lambda _on: self.refresh())
        facilitation_page.timer.ticked.connect(self._show_timer)
        ctx.data_changed.connect(self._data_changed)
        QShortcut(QKeySequence("Esc"), self, activated=self.showNormal)
        QShortcut(QKeySequence("F11"), self, activated=self._toggle_full_screen)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 40)
        layout.setSpacing(18)
        top = QHBoxLayout()
        self.condition = QLabel()
        self.condition.setObjectName("condition")
        self.condition.setWordWrap(True)
        self.timer = QLabel()
        self.timer.setObjectName("timer")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.condition, 1)
        top.addWidget(self.timer)
        layout.addLayout(top)
        self.stage = QLabel()
        self.stage.setObjectName("stage")
        layout.addWidget(self.stage)
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.question)
        rule = QWidget()
        rule.setFixedHeight(3)
        rule.setStyleSheet(f"background: {PROJECTOR.border};")
        layout.addWidget(rule)
        self.stack = QStackedWidget()
        self.inputs = QLabel()
        self.inputs.setObjectName("inputs")
        self.inputs.setWordWrap(True)
        self.inputs.setTextFormat(Qt.TextFormat.RichText)
        self.inputs.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart = DistributionChart(stakeholder_labeller(self.ctx.pack), DARK, scale=1.7)
        self.stack.addWidget(self.inputs)
        self.stack.addWidget(self.chart)
        layout.addWidget(self.stack, 1)
        self.join = None  # the room's join address and QR code, while the room joins

    def show_join(self, url: str | None) -> None:
        """Show the room's join address and a large QR code instead of the input (None: back to it)."""
        from plworkshop.ui.room.room_window import JoinView

        if self.join is not None:
            self.stack.removeWidget(self.join)
            self.join.deleteLater()
            self.join = None
        self.question.setVisible(not url)  # the join screen needs the height for a code phones can read
        self.stage.setVisible(not url)
        if url:
            self.join = JoinView(url, dark=True)
            self.stack.addWidget(self.join)
            self.stack.setCurrentWidget(self.join)
        else:
            self.refresh()

    # --- following the facilitator -------------------------------------------------------------
    def refresh(self) -> None:
        if self.join is not None:
            return  # the join screen stays until the facilitator hides it
        page = self.page
        condition = page.current_condition()
        position = page.position
        if condition is None or position is None:
            self.condition.setText(page.snapshot.workshop.title if page.snapshot else "")
            self.stage.setText("")
            self.question.setText(translate("ProjectorWindow", "Welcome"))
            self.inputs.setText("")
            self.stack.setCurrentWidget(self.inputs)
            self._show_timer()
            return
        condition = localize_condition(condition).condition  # the room sees what the facilitator sees
        self.condition.setText(condition.title)
        if page.on_self_assessment:
            self.stage.setText(translate("ProjectorWindow", "STAGE SELF-ASSESSMENT"))
            self.question.setText(translate("ProjectorWindow", "Where does our state stand today?"))
            self._show_chart(condition.key)
        else:
            self.stage.setText(translate("ProjectorWindow", "STAGE {stage} · {upper}").format(stage=position.stage, upper=stage_name(position.stage).upper())
                               if position.stage else "")
            question = condition.question(position.question) if position.question else None
            if question is not None:
                self.question.setText(question.text)
            else:
                stage = condition.stage(position.stage) if position.stage else None
                self.question.setText(stage.goal if stage else condition.summary)
            self._show_input(condition.key, position.question)
        self._show_timer()

    def _people(self) -> dict[str, ParticipantView]:
        return {p.id: p for p in self.ctx.call(roster.list_participants, self.page.workshop_id)}

    def _show_input(self, condition: str, question: str) -> None:
        self.stack.setCurrentWidget(self.inputs)
        if not question:
            self.inputs.setText("")
            return
        items = self.ctx.call(responses.list_responses, self.page.workshop_id, condition=condition,
                              question=question, include_hidden=False)
        if not items:
            self.inputs.setText((f"<p style='color:{PROJECTOR.muted}'>"
                                + translate("ProjectorWindow", "Your ideas will appear here.") + "</p>"))
            return
        self.inputs.setText(input_html(items, self._people(), stakeholder_labeller(self.ctx.pack),
                                       self.page.show_names_on_projector()))

    def _show_chart(self, condition: str) -> None:
        self.stack.setCurrentWidget(self.chart)
        people = self._people()
        placed = self.ctx.call(assessments.list_assessments, self.page.workshop_id, condition)
        pairs = [(a.stage, people[a.participant_id].stakeholder_group) for a in placed
                 if a.participant_id in people and not people[a.participant_id].forgotten]
        consensus = next((a.stage for a in placed if a.participant_id is None), None)
        order = [g.key for g in self.ctx.pack.stakeholder_groups]
        self.chart.set_distribution(distribution(pairs, order, consensus))

    def _show_timer(self) -> None:
        widget = self.page.timer
        timer = widget.timers.timer(widget.timers.current)
        if timer is None or self.page.position is None:
            self.timer.setText("")
            return
        colour = TIMER_COLOURS.get(timer.level(), PROJECTOR.text)
        self.timer.setText(widget.text())
        self.timer.setStyleSheet(f"font-size: 56px; font-weight: 700; color: {colour};"
                                 "font-family: 'DejaVu Sans Mono', monospace;")

    def _data_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id == self.page.workshop_id and what != "action_items":
            self.refresh()

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()


def open_projector(ctx: UiContext, facilitation_page, parent) -> QWidget:
    """Open (or raise) the projector window: full screen on a second screen when there is one."""
    window = getattr(facilitation_page, "_projector_window", None)
    if window is None:
        window = ProjectorWindow(ctx, facilitation_page, parent)
        facilitation_page._projector_window = window
    window.refresh()
    screens = QGuiApplication.screens()
    here = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not here]
    if others:
        window.setGeometry(others[0].geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 720)
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window
