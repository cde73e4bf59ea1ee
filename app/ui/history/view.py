"""The history window: the streak, the total, minutes per day for four weeks, every session,
CSV export, and clearing (after a confirmation)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import past_sessions as history
from ...core.durations import format_span
from ...core.past_sessions import COMFORT_NAMES, ENDING_NAMES, SessionRecord
from ...history.export import write_csv
from ..session.pages.common import button, button_row, label
from ..style.text import fill, t
from .chart import MinutesChart

log = logging.getLogger(__name__)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class HistoryDialog(QDialog):
    clearRequested = Signal()

    def __init__(
        self,
        records: Callable[[], list[SessionRecord]],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.records = records
        self.today = today
        self.export_dir: Path | None = None  # tests choose where the file goes
        col = QVBoxLayout(self)
        # What there is to show comes first; the streak stays quiet, and is not shown at all
        # until there is one: rest is not a contest, and "0 days" after a missed day stings.
        figures = QHBoxLayout()
        self.total = label("", "title", wrap=False, about=self.tr("Total time"))
        self.streak = label("", "muted", wrap=False, about=self.tr("Streak"))
        figures.addWidget(self.total)
        figures.addStretch(1)
        figures.addWidget(self.streak)
        col.addLayout(figures)
        self.last = label("", "body", about=self.tr("Last session"))
        col.addWidget(self.last)
        col.addWidget(label(self.tr("Minutes a day, last four weeks"), "muted"))
        self.chart = MinutesChart()
        col.addWidget(self.chart)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Profile"),
                self.tr("Planned"),
                self.tr("In the pose"),
                self.tr("Ended"),
                self.tr("Length was"),
            ]
        )
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        col.addWidget(self.table, 1)
        self.empty = label(self.tr("No sessions yet. They appear here as you practise."), "muted")
        col.addWidget(self.empty)
        self.export_button = button(self.tr("&Export CSV…"))
        self.clear_button = button(self.tr("C&lear history…"))
        self.close_button = button(self.tr("Close"), primary=True)
        col.addLayout(button_row(self.export_button, self.close_button, left=self.clear_button))
        self.export_button.clicked.connect(self.export)
        self.clear_button.clicked.connect(self.confirm_clear)
        self.close_button.clicked.connect(self.accept)
        self.resize(720, 560)
        self.refresh()

    def refresh(self) -> None:
        records = self.records()
        today = self.today()
        days = history.streak(records, today)
        streak = self.tr("1 day in a row") if days == 1 else self.tr("%1 days in a row")
        self.streak.setText(fill(streak, str(days)))
        self.streak.setVisible(days > 0)
        last = records[-1].started_at.strftime("%Y-%m-%d %H:%M") if records else ""
        self.last.setText(fill(self.tr("Last session: %1"), last))
        self.last.setVisible(bool(records))
        total = (
            self.tr("%1 in the pose, 1 session")
            if len(records) == 1
            else self.tr("%1 in the pose, %2 sessions")
        )
        self.total.setText(fill(total, format_span(history.total_s(records)), str(len(records))))
        self.chart.set_days(history.minutes_per_day(records, today))
        self.table.setRowCount(len(records))
        for row, r in enumerate(reversed(records)):  # newest first
            cells = (
                r.started_at.strftime("%Y-%m-%d %H:%M"),
                r.profile_name,
                format_span(r.planned_s),
                "–" if r.held_s is None else format_span(round(r.held_s)),
                t(ENDING_NAMES[r.ending]) + (" " + self.tr("(told)") if r.reported else ""),
                t(COMFORT_NAMES[r.comfort]) if r.comfort else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty.setVisible(not records)
        self.export_button.setEnabled(bool(records))
        self.clear_button.setEnabled(bool(records))

    def export(self) -> Path | None:
        name = f"viparita-history-{self.today().isoformat()}.csv"
        if self.export_dir is not None:
            target = self.export_dir / name
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export history"), str(Path.home() / name), self.tr("CSV (*.csv)")
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            write_csv(target, self.records())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export history"),
                fill(
                    self.tr("The history could not be written to %1: %2"),
                    str(target),
                    exc.strerror or str(exc),
                ),
            )
            return None
        log.info("history exported to %s", target)
        return target

    def confirm_clear(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Clear history"),
            self.tr("Delete every session from the history? This cannot be undone."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("&Delete all"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box  # for tests: the box is window-modal
        box.finished.connect(lambda _: self._cleared(box.clickedButton() is delete))
        box.open()

    def _cleared(self, confirmed: bool) -> None:
        if confirmed:
            self.clearRequested.emit()
            self.refresh()
