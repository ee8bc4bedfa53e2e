"""The State view page: heat maps (districts × conditions, stakeholder groups × conditions), where
groups disagree, the most-voted ideas and every action item, across workshops, filtered by state.

The rollup is built in the background (`ctx.run_in_background`): across 500 workshops it takes seconds,
and the facilitator's window must stay responsive. A newer refresh supersedes an older one still running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.errors import PlworkshopError
from plworkshop.domain.rollup.models import FEWER_THAN, Rollup
from plworkshop.domain.rollup.wording import scope_line
from plworkshop.services import workshops
from plworkshop.services.rollup import build_rollup
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, current_language, format_number, translate
from plworkshop.ui.state_view.heat_map_model import HeatCellDelegate, HeatMapModel
from plworkshop.ui.state_view.rollup_lists import ActionsModel, DisagreementsModel, IdeasModel, RowsModel
from plworkshop.ui.tasks import run_task

# translated where shown (context "StateViewPage")
ALL_STATES = QT_TRANSLATE_NOOP("StateViewPage", "All states")
LEGEND = QT_TRANSLATE_NOOP(
    "StateViewPage",
    "Mean stage where people placed the state (0 pale yellow → 3 deep blue) ± spread, "
    "n = people; grey: {fewer} people, numbers withheld.",
)


class SaveRollupFile:
    """The file question, as one seam a test can replace."""

    @classmethod
    def ask(cls, parent: QWidget, suffix: str, suggested: str) -> Path | None:
        label = (
            translate("StateViewPage", "PDF (*.pdf)")
            if suffix == ".pdf"
            else translate("StateViewPage", "Excel workbook (*.xlsx)")
        )
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("StateViewPage", "Save the statewide rollup"), suggested, label
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _states(uow) -> list[str]:
    seen: dict[str, str] = {}
    for summary in workshops.list_workshops(uow):
        if summary.state.strip():
            seen.setdefault(summary.state.strip().casefold(), summary.state.strip())
    return sorted(seen.values(), key=str.casefold)


class StateViewPage(QWidget):
    """`StateViewPage(ctx)`; `refresh()` rebuilds the rollup; `refreshed` fires when it is shown."""

    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Page")
        self.ctx = ctx
        self.rollup: Rollup | None = None
        self._generation = 0
        self._stale = True
        self._build()
        ctx.data_changed.connect(self._on_data_changed)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(translate("StateViewPage", "State view"), objectName="PageTitle")
        self.summary = QLabel("", objectName="Muted")
        self.summary.setWordWrap(True)
        self.state_box = QComboBox()
        self.state_box.addItem(translate("StateViewPage", ALL_STATES))
        self.state_box.setAccessibleName(translate("StateViewPage", "State"))
        self.state_box.setAccessibleDescription(
            translate("StateViewPage", "Show the rollup for one state, or all.")
        )
        self.state_box.setMinimumWidth(180)
        self.state_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(translate("StateViewPage", "Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(translate("StateViewPage", "Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.xlsx_button = QPushButton(translate("StateViewPage", "Save XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        bar = QHBoxLayout()
        state_label = QLabel(translate("StateViewPage", "State:"))
        state_label.setBuddy(self.state_box)
        bar.addWidget(state_label)
        bar.addWidget(self.state_box)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)

        self.districts = HeatMapModel(self)
        self.groups = HeatMapModel(self)
        self.disagreements, self.ideas, self.actions = (
            DisagreementsModel(self),
            IdeasModel(self),
            ActionsModel(self),
        )
        self.tabs = QTabWidget()
        self.district_view = self._heat_view(self.districts)
        self.group_view = self._heat_view(self.groups)
        self.tabs.setAccessibleName(translate("StateViewPage", "Rollup views"))
        self.district_view.setAccessibleName(translate("StateViewPage", "Heat map: districts by condition"))
        self.group_view.setAccessibleName(
            translate("StateViewPage", "Heat map: stakeholder groups by condition")
        )
        self.tabs.addTab(self._with_legend(self.district_view), translate("StateViewPage", "Districts"))
        self.tabs.addTab(self._with_legend(self.group_view), translate("StateViewPage", "Stakeholder groups"))
        for model, name in (
            (self.disagreements, translate("StateViewPage", "Disagreements")),
            (self.ideas, translate("StateViewPage", "Most-voted ideas")),
            (self.actions, translate("StateViewPage", "Action items")),
        ):
            view = self._list_view(model)
            view.setAccessibleName(name)
            self.tabs.addTab(view, name)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self._set_busy(False)

    def _heat_view(self, model: HeatMapModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setItemDelegate(HeatCellDelegate(view))
        view.setShowGrid(False)
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setDefaultSectionSize(112)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        font = header.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        header.setFont(font)
        # Long condition titles wrap onto up to five lines; the header is made tall enough for them.
        header.setFixedHeight(header.fontMetrics().lineSpacing() * 5 + 12)
        view.verticalHeader().setDefaultSectionSize(46)
        return view

    def _with_legend(self, view: QTableView) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(view, 1)
        legend = QLabel(translate("StateViewPage", LEGEND).format(fewer=FEWER_THAN), objectName="Muted")
        legend.setWordWrap(True)
        column.addWidget(legend)
        return box

    def _list_view(self, model: RowsModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(model.widths):
            header.resizeSection(column, width)
        if model.stretch >= 0:
            header.setSectionResizeMode(model.stretch, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setVisible(False)
        return view

    # -- behaviour ------------------------------------------------------------------------------
    def focus_find(self) -> None:
        """Nothing to find here: the state filter is one Tab away."""

    def selected_state(self) -> str | None:
        text = self.state_box.currentText()
        return None if text in ("", translate("StateViewPage", ALL_STATES)) else text

    def refresh(self) -> None:
        """Rebuild the rollup for the chosen state in the background."""
        self._generation += 1
        generation, state = self._generation, self.selected_state()
        self._set_busy(True)

        def work(call):
            return call(_states), call(build_rollup, state=state)

        self.ctx.run_in_background(
            self,
            translate("StateViewPage", "Building the statewide rollup…"),
            work,
            lambda result: self._show(generation, *result),
            lambda exc: self._failed(generation, exc),
            show_progress=False,
        )

    def _show(self, generation: int, states: list[str], rollup: Rollup) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self._stale = False
        self._fill_states(states)
        self.rollup = rollup
        self.districts.set_heat_map(rollup.districts)
        self.groups.set_heat_map(rollup.groups)
        for model in (self.disagreements, self.ideas, self.actions):
            model.set_rollup(rollup)
        for view in (self.district_view, self.group_view):
            view.resizeRowsToContents()
        self.summary.setText(
            translate(
                "StateViewPage",
                "{scope} · {participants} participants · {responses} "
                "responses · {actions} action items ({overdue} overdue)",
            ).format(
                scope=scope_line(rollup),
                participants=format_number(rollup.participants),
                responses=format_number(rollup.responses),
                actions=format_number(len(rollup.action_items)),
                overdue=format_number(rollup.overdue),
            )
        )
        self._set_busy(False)
        self.refreshed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if isinstance(exc, PlworkshopError):
            self.summary.setText(str(exc))
            self.refreshed.emit()
            return
        self.ctx.report_error(self, exc)

    def _fill_states(self, states: list[str]) -> None:
        current = self.state_box.currentText()
        self.state_box.blockSignals(True)
        self.state_box.clear()
        self.state_box.addItems([translate("StateViewPage", ALL_STATES), *states])
        found = self.state_box.findText(current)
        self.state_box.setCurrentIndex(max(found, 0))
        self.state_box.blockSignals(False)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.summary.setText(translate("StateViewPage", "Building the statewide rollup…"))
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(not busy and self.rollup is not None)

    def _on_data_changed(self, _workshop_id: str, _what: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def save(self, suffix: str) -> None:
        """Write the rollup on screen as PDF or XLSX, in the background."""
        if self.rollup is None:
            return
        rollup = self.rollup
        path = SaveRollupFile.ask(self, suffix, f"statewide-rollup{suffix}")
        if path is None:
            return

        lang = current_language()  # the rollup is written in the language of the interface

        def work() -> Path:
            from plworkshop.reports import rollup as renderers
            from plworkshop.services.bundles.export import write_atomically

            render = renderers.rollup_pdf if suffix == ".pdf" else renderers.rollup_xlsx
            content = render(rollup, lang=lang)
            write_atomically(path, lambda file: file.write(content))
            return path

        run_task(
            self,
            translate("StateViewPage", "Writing the statewide rollup…"),
            work,
            lambda saved: self.summary.setText(
                translate("StateViewPage", "Saved {path}.").format(path=saved)
            ),
            lambda exc: self.ctx.report_error(self, exc),
        )
