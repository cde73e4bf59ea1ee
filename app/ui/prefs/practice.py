"""Preferences, Practice: the progressive hold plan, a bedtime wind-down reminder and work
breaks. They belong to the app, not to a profile; each reminder starts its own profile."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import reminders
from ...core.durations import PLAN_TARGET_RANGE_MIN
from ...core.preferences import Preferences
from ...core.reminders import Condition, ReminderSettings
from ..session.pages.common import buddy, label


def _minutes(lo_hi: tuple[int, int], step: int, name: str, suffix: str = " min") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*lo_hi)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


def _clock(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    edit.setAccessibleName(name)
    return edit


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class PracticeSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.addWidget(self._build_plan())
        col.addWidget(self._build_bedtime())
        col.addWidget(self._build_breaks())
        col.addWidget(self._build_wait_while())
        note = label(
            self.tr(
                "A reminder offers to start now, to ask again in %n minutes, or to skip the "
                "rest of the day. Reminders stay quiet during a session.",
                "",
                reminders.LATER_MIN,
            ),
            "note",
        )
        col.addWidget(note)
        col.addStretch(1)
        self.progressive.toggled.connect(self._enable)
        self.bedtime_on.toggled.connect(self._enable)
        self.breaks_on.toggled.connect(self._enable)
        self.start.timeChanged.connect(self._keep_hours_in_order)

    def _build_plan(self) -> QGroupBox:
        plan = QGroupBox(self.tr("Hold plan"))
        form = QFormLayout(plan)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.progressive = QCheckBox(self.tr("Su&ggest each hold from how the last one went"))
        self.progressive.setToolTip(
            self.tr(
                "Starts short and grows a minute or two after a hold that was just right or "
                "too short; shorter after tingling."
            )
        )
        self.target = _minutes(PLAN_TARGET_RANGE_MIN, 1, self.tr("Target hold in minutes"))
        form.addRow(self.progressive)
        form.addRow(buddy(self.tr("Grow up to:"), self.target), self.target)
        return plan

    def _build_bedtime(self) -> QGroupBox:
        bedtime = QGroupBox(self.tr("Bedtime wind-down"))
        form = QFormLayout(bedtime)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.bedtime_on = QCheckBox(self.tr("Remind me to &wind down before bedtime"))
        self.bedtime = _clock(self.tr("Bedtime"))
        self.lead = _minutes(reminders.LEAD_RANGE, 5, self.tr("Minutes before bedtime"))
        form.addRow(self.bedtime_on)
        form.addRow(buddy(self.tr("B&edtime:"), self.bedtime), self.bedtime)
        form.addRow(buddy(self.tr("&How long before:"), self.lead), self.lead)
        return bedtime

    def _build_breaks(self) -> QGroupBox:
        breaks = QGroupBox(self.tr("Work breaks"))
        form = QFormLayout(breaks)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.breaks_on = QCheckBox(self.tr("Remind me to take brea&ks while I work"))
        self.after = _minutes(
            reminders.AFTER_RANGE,
            5,
            self.tr("Minutes of work before a break"),
            self.tr(" min of work"),
        )
        self.per_day = _minutes(
            reminders.MAX_PER_DAY_RANGE,
            1,
            self.tr("Breaks offered a day at most"),
            self.tr(" breaks"),
        )
        self.break_min = _minutes(
            reminders.BREAK_MIN_RANGE,
            1,
            self.tr("Minutes away that count as a break"),
            self.tr(" min away counts as a break"),
        )
        self.start = _clock(self.tr("Working hours start"))
        self.end = _clock(self.tr("Working hours end"))
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(buddy(self.tr("until"), self.end))
        hours.addWidget(self.end)
        hours.addStretch(1)
        form.addRow(self.breaks_on)
        form.addRow(buddy(self.tr("&Break after:"), self.after), self.after)
        form.addRow(buddy(self.tr("At most, a da&y:"), self.per_day), self.per_day)
        form.addRow(buddy(self.tr("A pause of:"), self.break_min), self.break_min)
        form.addRow(buddy(self.tr("Fr&om:"), self.start), hours)
        form.addRow(self.tr("On:"), self._build_days())
        return breaks

    def _build_wait_while(self) -> QGroupBox:
        """For every reminder, bedtime too: "not now" while one of these holds."""
        group = QGroupBox(self.tr("Every reminder waits while"))
        row = QHBoxLayout(group)
        names = {
            Condition.FULL_SCREEN: self.tr("A window is full screen"),
            Condition.DO_NOT_DISTURB: self.tr("Do not disturb is on"),
            Condition.CALL: self.tr("A &call is on"),
        }
        self.wait_while = {c: QCheckBox(names[c]) for c in reminders.WAITABLE}
        for box in self.wait_while.values():
            row.addWidget(box)
        row.addStretch(1)
        return group

    def _build_days(self) -> QHBoxLayout:
        """A box for each day of the week, in the order the locale's week runs."""
        days = QHBoxLayout()
        self.days: dict[int, QCheckBox] = {}
        locale = QLocale()
        first = locale.firstDayOfWeek().value  # Qt counts Monday as 1
        for i in range(7):
            weekday = (first - 1 + i) % 7  # as Python counts: Monday is 0
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(weekday + 1))
            self.days[weekday] = box
            days.addWidget(box)
        days.addStretch(1)
        return days

    def load(self, prefs: Preferences) -> None:
        self.progressive.setChecked(prefs.progressive)
        self.target.setValue(prefs.plan_target_min)
        b, w = prefs.reminders.bedtime, prefs.reminders.breaks
        self.bedtime_on.setChecked(b.on)
        self.bedtime.setTime(_qtime(b.bedtime))
        self.lead.setValue(b.lead_min)
        self.breaks_on.setChecked(w.on)
        self.after.setValue(w.after_min)
        self.per_day.setValue(w.max_per_day)
        self.break_min.setValue(w.break_min)
        for condition, box in self.wait_while.items():
            box.setChecked(condition in prefs.reminders.wait_while)
        self.start.setTime(_qtime(w.start))
        self.end.setTime(_qtime(w.end))
        for weekday, box in self.days.items():
            box.setChecked(weekday in w.days)
        self._enable()

    def read(self, settings: ReminderSettings) -> ReminderSettings:
        """The settings as shown; whatever this tab does not show is kept."""
        return settings._replace(
            bedtime=settings.bedtime._replace(
                on=self.bedtime_on.isChecked(),
                bedtime=_time(self.bedtime.time()),
                lead_min=self.lead.value(),
            ),
            breaks=settings.breaks._replace(
                on=self.breaks_on.isChecked(),
                after_min=self.after.value(),
                max_per_day=self.per_day.value(),
                break_min=self.break_min.value(),
                start=_time(self.start.time()),
                end=_time(self.end.time()),
                days=frozenset(d for d, box in self.days.items() if box.isChecked()),
            ),
            wait_while=frozenset(c for c, box in self.wait_while.items() if box.isChecked()),
        )

    def bind(self, prefs: Preferences) -> None:
        """Straight into the dialog's copy, like the other settings for all profiles."""

        def store() -> None:
            prefs.reminders = self.read(prefs.reminders)
            prefs.progressive = self.progressive.isChecked()
            prefs.plan_target_min = self.target.value()

        boxes = (self.progressive, self.bedtime_on, self.breaks_on, *self.days.values())
        for box in (*boxes, *self.wait_while.values()):
            box.toggled.connect(store)
        for spin in (self.lead, self.after, self.per_day, self.break_min, self.target):
            spin.valueChanged.connect(store)
        for edit in (self.bedtime, self.start, self.end):
            edit.timeChanged.connect(store)

    def _enable(self) -> None:
        self.target.setEnabled(self.progressive.isChecked())
        for widget in (self.bedtime, self.lead):
            widget.setEnabled(self.bedtime_on.isChecked())
        breaks = (self.after, self.per_day, self.break_min, self.start, self.end)
        for widget in (*breaks, *self.days.values()):
            widget.setEnabled(self.breaks_on.isChecked())

    def _keep_hours_in_order(self, start: QTime) -> None:
        # The working day ends after it starts; the end moves on rather than the data failing.
        self.end.setMinimumTime(start.addSecs(60) if start < QTime(23, 59) else start)
