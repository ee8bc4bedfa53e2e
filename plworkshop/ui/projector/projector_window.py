"""The projector view: a second window that follows the facilitator and shows the room only the
current condition, stage and question, the time box, and the input so far (names only if allowed).

It reads what it shows itself, through services, from the facilitator's position — never from the
other panels' widgets — so nothing else (roster, notes, withdrawn input, action items) can leak.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.attribution import may_name
from plworkshop.domain.read_models import ParticipantView, ResponseView
from plworkshop.services import assessments, responses, roster
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.agenda_timer import FINAL, OVER, SOON
from plworkshop.ui.facilitation.distribution_chart import DARK, DistributionChart, distribution
from plworkshop.ui.i18n import localize_condition, stage_name, stakeholder_labeller, translate
from plworkshop.ui.theme import PROJECTOR

MAX_SHOWN = 10
MAX_DOTS = 10
"""Up to this many votes are dots; past it the number is shown, so 17 and 14 look different."""
MAX_CHARS = 180
"""An idea longer than this is ended at a word with "…" so one idea cannot fill the wall."""
QUESTION_PX = 48
ADDRESS_PX = 24
"""The join address's largest size on the wall; smaller when the window is narrow, never broken."""
TIMER_COLOURS = {SOON: PROJECTOR.warning, FINAL: "#ff8a65", OVER: PROJECTOR.danger}

_STYLE = f"""
QWidget#projector {{ background: {PROJECTOR.window}; }}
QLabel {{ color: {PROJECTOR.text}; background: transparent; }}
QLabel#condition {{ font-size: 30px; font-weight: 600; color: {PROJECTOR.muted}; }}
QLabel#stage {{ font-size: 26px; font-weight: 700; color: {PROJECTOR.accent}; letter-spacing: 1px; }}
QLabel#question {{ font-size: {QUESTION_PX}px; font-weight: 700; color: #ffffff; }}
QLabel#inputs {{ font-size: 28px; color: #ffffff; }}
QLabel#empty {{ font-size: 26px; color: {PROJECTOR.muted}; }}
QLabel#roomJoin {{ font-size: 20px; color: {PROJECTOR.muted}; }}
QPushButton#roomButton {{ font-size: 15px; color: {PROJECTOR.text}; background: transparent;
                          border: 1px solid {PROJECTOR.border}; border-radius: 6px; padding: 6px 14px; }}
QPushButton#roomButton:hover {{ border-color: {PROJECTOR.accent}; }}
"""


def speaker_label(
    response: ResponseView, people: dict[str, ParticipantView], group_label, show_names: bool
) -> str:
    """What the room may see: a name only when shown and allowed, else the stakeholder group."""
    person = people.get(response.participant_id or "")
    group_key = response.stakeholder_group or (person.stakeholder_group if person else None)
    group = group_label(group_key) if group_key else ""
    if show_names and may_name(person, anonymous=False):
        return f"{person.name} ({group})" if group else person.name
    return group


def elide_words(text: str, limit: int = MAX_CHARS) -> str:
    """`text` on one line, ended at a word boundary with "…" when longer than `limit`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-—") + "…"


def vote_marks(votes: int) -> str:
    """Dots for a few votes; past MAX_DOTS the number itself, beside one dot."""
    if votes <= 0:
        return ""
    marks = "●" * votes if votes <= MAX_DOTS else f"<b>{votes}</b> ●"
    return f"<span style='color:{PROJECTOR.accent}'>{marks}</span>"


def input_html(
    items: list[ResponseView],
    people: dict[str, ParticipantView],
    group_label,
    show_names: bool,
    max_shown: int = MAX_SHOWN,
    total: int | None = None,
) -> str:
    """Most-voted first; vote dots; at most `max_shown`, then a count of the rest (of `total` when
    `items` is only the top of the list)."""
    ordered = sorted(items, key=lambda r: (-r.votes, r.created_at))
    rows = []
    for r in ordered[:max_shown]:
        who = speaker_label(r, people, group_label, show_names)
        who_html = (
            f"<span style='color:{PROJECTOR.muted}; font-size:22px'>  — {escape(who)}</span>" if who else ""
        )
        rows.append(
            f"<tr><td style='padding:6px 18px 6px 0; white-space:nowrap' width='150'>"
            f"{vote_marks(r.votes)}</td>"
            f"<td style='padding:6px 0'>{escape(elide_words(r.text))}{who_html}</td></tr>"
        )
    more = (len(ordered) if total is None else total) - min(max_shown, len(ordered))
    tail = (
        (
            f"<p style='color:{PROJECTOR.muted}; font-size:22px'>"
            + translate("ProjectorWindow", "and {more} more").format(more=more)
            + "</p>"
        )
        if more > 0
        else ""
    )
    return f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>{tail}"


class _Stage(QStackedWidget):
    """The input or the chart: takes the height the texts above and the room's strip leave over."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


class ProjectorWindow(QWidget):
    """Follows `facilitation_page`; Esc leaves full screen, F11 toggles it.

    Its room strip starts and ends the room session by mouse (`room_start_requested`,
    `room_end_requested`; the window never takes the keyboard) and, while a session runs, shows the join
    address with a QR code the room can scan."""

    room_start_requested = Signal()
    room_end_requested = Signal()

    def __init__(self, ctx: UiContext, facilitation_page, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        # the facilitator keeps typing while this opens: it never takes the keyboard
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.ctx = ctx
        self.page = facilitation_page
        self._roster: tuple[str, dict[str, ParticipantView]] | None = None
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
        self.stack = _Stage()
        self.inputs = QLabel()
        self.inputs.setObjectName("inputs")
        self.inputs.setWordWrap(True)
        self.inputs.setTextFormat(Qt.TextFormat.RichText)
        self.inputs.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart = DistributionChart(stakeholder_labeller(self.ctx.pack), DARK, scale=1.7)
        self.stack.addWidget(self.inputs)
        self.stack.addWidget(self.chart)
        # the chart asks for 180 pixels; on a short window with the room's join strip the question's
        # last line must not pay for it: the stage takes what is left
        self.stack.setMinimumHeight(100)
        layout.addWidget(self.stack, 1)
        self.join = None  # the room's join address and QR code, while the room joins
        layout.addWidget(self._build_room_strip())

    def _build_room_strip(self) -> QWidget:
        """QR code | "Join from your phone:" / the address / how many are connected … Start or End."""
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.room_qr = QLabel()
        self.room_qr.setAccessibleName(translate("ProjectorWindow", "QR code of the join address"))
        row.addWidget(self.room_qr, 0, Qt.AlignmentFlag.AlignBottom)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addStretch(1)
        self.room_title = QLabel(translate("ProjectorWindow", "Join from your phone:"), objectName="roomJoin")
        self.room_address = QLabel(objectName="roomJoin")
        self.room_address.setTextFormat(Qt.TextFormat.PlainText)
        # the address is never broken across lines (it is typed from the wall): its font fits the width
        self.room_address.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.room_count = QLabel(objectName="roomJoin")
        bottom = QHBoxLayout()
        bottom.addWidget(self.room_count, 1)
        self.room_button = QPushButton(objectName="roomButton")
        self.room_button.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # a click here leaves the keyboard at the desk
        self.room_button.clicked.connect(self._room_clicked)
        bottom.addWidget(self.room_button, 0, Qt.AlignmentFlag.AlignRight)
        for label in (self.room_title, self.room_address):
            column.addWidget(label)
        column.addLayout(bottom)
        row.addLayout(column, 1)
        self.room_url: str | None = None
        self.room_devices = 0
        self.set_room(None)
        return strip

    def set_room(self, url: str | None, devices: int = 0) -> None:
        """The room session's join address while one runs (None: none); `devices` with the page open."""
        self.room_url, self.room_devices = url, devices
        running = bool(url)
        self.room_button.setText(
            translate("ProjectorWindow", "End room session")
            if running
            else translate("ProjectorWindow", "Start room session")
        )
        self.room_button.setToolTip(
            translate("ProjectorWindow", "The join code stops working; everything sent stays recorded")
            if running
            else translate("ProjectorWindow", "Let participants join from their own phones")
        )
        self.room_address.setText(url or "")
        self.room_count.setText(
            translate("ProjectorWindow", "{n} connected").format(n=devices) if url else ""
        )
        big = self.join is not None  # the large join screen already shows both
        for widget in (self.room_qr, self.room_title, self.room_address):
            widget.setVisible(running and not big)
        self._size_room_qr()

    def _size_room_qr(self) -> None:
        """A QR code a quarter of the wall's height, and the address in the largest font that fits."""
        if not self.room_url or not self.room_qr.isVisibleTo(self):
            return
        from plworkshop.ui.room.room_window import qr_pixmap

        side = max(96, min(220, self.height() // 5))
        if self.room_qr.property("drawn") != (self.room_url, side):
            self.room_qr.setPixmap(qr_pixmap(self.room_url, side))
            self.room_qr.setFixedSize(side, side)
            self.room_qr.setProperty("drawn", (self.room_url, side))
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - side - 24
        font = QFont(self.room_address.font())
        for px in range(ADDRESS_PX, 9, -1):
            font.setPixelSize(px)
            if QFontMetrics(font).horizontalAdvance(self.room_url) <= room:
                break
        self.room_address.setStyleSheet(f"font-size: {font.pixelSize()}px; color: {PROJECTOR.text};")

    def _room_clicked(self) -> None:
        if self.room_url:
            self.room_end_requested.emit()
        else:
            self.room_start_requested.emit()

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
        self.set_room(self.room_url, self.room_devices)

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
            self.stage.setText(
                translate("ProjectorWindow", "STAGE {stage} · {upper}").format(
                    stage=position.stage, upper=stage_name(position.stage).upper()
                )
                if position.stage
                else ""
            )
            question = condition.question(position.question) if position.question else None
            if question is not None:
                self.question.setText(question.text)
            else:
                stage = condition.stage(position.stage) if position.stage else None
                self.question.setText(stage.goal if stage else condition.summary)
            self._show_input(condition.key, position.question)
        self._show_timer()

    def _people(self) -> dict[str, ParticipantView]:
        """The roster by id, read again only after the roster (or the workshop) changed."""
        if self._roster is None or self._roster[0] != self.page.workshop_id:
            people = self.ctx.call(roster.list_participants, self.page.workshop_id)
            self._roster = (self.page.workshop_id, {p.id: p for p in people})
        return self._roster[1]

    def _show_input(self, condition: str, question: str) -> None:
        self.stack.setCurrentWidget(self.inputs)
        if not question:
            self.inputs.setText("")
            return
        items, self._total = self.ctx.call(
            responses.top_responses,
            self.page.workshop_id,
            condition=condition,
            question=question,
            limit=MAX_SHOWN,
        )  # a wall shows ten: a busy room's hundreds of rows are not read on every change
        if not items:
            self._items = []
            self.inputs.setText(
                f"<p style='color:{PROJECTOR.muted}'>"
                + translate("ProjectorWindow", "Your ideas will appear here.")
                + "</p>"
            )
            return
        self._items = items
        self._fit_input()

    def _fit_input(self) -> None:
        """As many ideas as the wall holds whole, then "and N more" — never one cut mid-line."""
        items = getattr(self, "_items", [])
        if not items or self.stack.currentWidget() is not self.inputs:
            return
        people, labeller = self._people(), stakeholder_labeller(self.ctx.pack)
        show_names = self.page.show_names_on_projector()
        width, height = max(200, self.stack.width()), max(80, self.stack.height())
        self.inputs.ensurePolished()

        def fitting(shown: int) -> str | None:
            html = input_html(items, people, labeller, show_names, max_shown=shown, total=self._total)
            document = QTextDocument()
            document.setDefaultFont(self.inputs.font())
            document.setHtml(html)
            document.setTextWidth(width)
            return html if document.size().height() <= height else None

        # the most ideas that fit, found by halving (a busy room refreshes the wall several times a second)
        low, high = 1, min(MAX_SHOWN, len(items))
        best = None
        while low <= high:
            middle = (low + high) // 2
            html = fitting(middle)
            if html is not None:
                best, low = html, middle + 1
            else:
                high = middle - 1
        if best is None:  # not even one fits whole: show one anyway
            best = input_html(items, people, labeller, show_names, max_shown=1, total=self._total)
        self.inputs.setText(best)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_room_qr()
        self._fit_input()

    def _show_chart(self, condition: str) -> None:
        self.stack.setCurrentWidget(self.chart)
        people = self._people()
        placed = self.ctx.call(assessments.list_assessments, self.page.workshop_id, condition)
        pairs = [
            (a.stage, people[a.participant_id].stakeholder_group)
            for a in placed
            if a.participant_id in people and not people[a.participant_id].forgotten
        ]
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
        self.timer.setStyleSheet(
            f"font-size: 56px; font-weight: 700; color: {colour};font-family: 'DejaVu Sans Mono', monospace;"
        )

    def _data_changed(self, workshop_id: str, what: str) -> None:
        if what not in ("responses", "assessments", "action_items", "themes"):
            self._roster = None  # the roster, the workshop or the whole database may have changed
        if workshop_id == self.page.workshop_id and what != "action_items":
            self.refresh()

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()


def room_sees_this_screen(screens: list[QRect]) -> bool:
    """True with one screen (a laptop mirrored to a projector shows as one) or screens sharing geometry."""
    return len(screens) <= 1 or len({(g.x(), g.y(), g.width(), g.height()) for g in screens}) < len(screens)


def _beside(parent: QWidget, area: QRect) -> QRect:
    """A 16:9 place on the same screen that leaves the facilitator's window uncovered, or its corner."""
    ours = parent.frameGeometry()
    right, left = area.right() - ours.right(), ours.left() - area.left()
    free, x = (right, ours.right() + 1) if right >= left else (left, area.left())
    if free >= 480:
        return QRect(x, area.top(), free, min(area.height(), free * 9 // 16))
    width = max(320, area.width() // 3)
    height = width * 9 // 16
    return QRect(area.right() - width + 1, area.bottom() - height + 1, width, height)


def open_projector(ctx: UiContext, facilitation_page, parent) -> QWidget:
    """Open the projector window without taking the keyboard: full screen on a second screen when
    there is one; with one screen (or mirrored screens) a window beside, and the room is warned about."""
    had_focus = QApplication.focusWidget()
    window = getattr(facilitation_page, "_projector_window", None)
    if window is None:
        window = ProjectorWindow(ctx, facilitation_page, parent)
        facilitation_page._projector_window = window
    window.refresh()
    screens = QGuiApplication.screens()
    here = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not here and s.geometry() != here.geometry()]
    if others:
        window.setGeometry(others[0].geometry())
        window.showFullScreen()
    else:
        window.setGeometry(
            _beside(parent, here.availableGeometry()) if parent is not None else QRect(0, 0, 1280, 720)
        )
        window.showNormal()
    if hasattr(facilitation_page, "set_room_sees_screen"):
        facilitation_page.set_room_sees_screen(room_sees_this_screen([s.geometry() for s in screens]))
    if had_focus is not None:  # whatever a window manager did, the keyboard stays where it was
        had_focus.window().activateWindow()
        had_focus.setFocus()
    return window
