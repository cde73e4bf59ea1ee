"""The pages shown while the session runs by itself: settling, hold, exit, seated pause."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ....core.breathing import PHASE_WORDS, BreathPhase
from ....core.durations import format_clock
from ....core.past_sessions import COMFORT_NAMES, Comfort
from ....core.session import SessionView, Stage
from ....core.variations import SIDES
from ...shell import keys
from ...style.text import fill, t
from ...widgets.breath import BreathBar, BreathCircle, FrameSource
from ...widgets.flow_row import FlowRow
from ...widgets.illustration import Illustration
from .common import Page, button, button_row, label


def announce(widget: QWidget, text: str) -> None:
    """Spoken by a screen reader without moving the focus (Qt 6.8 and later; before that the
    guide's description still says it)."""
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:
        return
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)


def clock_label(about: str) -> QWidget:
    widget = label("", "clock", wrap=False, about=about)
    font = widget.font()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setWeight(QFont.Weight.Light)
    font.setFeature(QFont.Tag("tnum"), 1)  # digits that do not shift as they change
    widget.setFont(font)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


class CountdownPage(Page):
    """A centred title, a large countdown, a picture and a line of guidance."""

    def __init__(self, time_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.title = label("", "title")
        self.time = self.big(clock_label(time_name), 0.22)
        self.picture = Illustration()
        self.body = label("")
        for text in (self.title, self.body):
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.title)
        self.column.addWidget(self.time)
        self.column.addWidget(self.picture, 1)
        self.column.addWidget(self.body)


class SettlingPage(CountdownPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time until the hold begins"), parent)
        self.pause = button(self.tr("Pause"), hint=keys.PAUSE.hint())
        # No key of its own: the keys that began the session must not skip the settling.
        self.skip = button(self.tr("Start the hold now"))
        self.come_down = button(self.tr("Come down now"), hint=keys.COME_DOWN.hint())
        self.column.addLayout(button_row(self.come_down, self.pause, self.skip))
        # Nothing focused: a second press of the key that began the session must not skip
        # the settling time. The buttons are a Tab away.
        self.focus_on_show(self)

    def set_picture(self, stem: str) -> None:
        self.picture.set_image(stem, self.tr("The pose"))

    def render(self, view: SessionView) -> None:
        self.title.setText(t(view.step.title) if not view.paused else self.tr("Paused"))
        self.body.setText(t(view.step.body))
        self.time.setText(format_clock(view.remaining))
        self.pause.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.pause.setAccessibleName(self.pause.text())


class HoldPage(Page):
    def __init__(self, source: FrameSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        self.phase = self.big(label("", "phase", wrap=False, about=self.tr("Breath")), 0.08)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.phase)
        # Thread the needle: which leg is crossed, and after the chime, the other.
        self.side = label("", "body", about=self.tr("Side"))
        self.side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side.hide()
        col.addWidget(self.side)
        self.bar = BreathBar(source)
        self.bar.hide()
        col.addWidget(self.bar)
        middle = QHBoxLayout()
        self.circle = BreathCircle(source)
        middle.addWidget(self.circle, 1)
        right = QVBoxLayout()
        right.addStretch(1)
        self.time = self.big(clock_label(self.tr("Time left")), 0.26, digits=True)
        right.addWidget(self.time)
        self.caption = label(self.tr("left in the pose"), "muted", wrap=False)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.caption)
        right.addStretch(1)
        middle.addLayout(right, 0)
        col.addLayout(middle, 1)
        self.pause = button(self.tr("Pause"), hint=keys.PAUSE.hint())
        self.extend = button(
            self.tr("+1 minute"), hint=keys.ADD_MINUTE.hint(), name=self.tr("Add one minute")
        )
        self.come_down = button(self.tr("Come down now"), hint=keys.COME_DOWN.hint())
        self.tingling = button(
            self.tr("Tingling or numbness"),
            hint=keys.TINGLING.hint(t(keys.TINGLING.what)),
        )
        self.already_down = button(
            self.tr("I came down already…"),
            hint=self.tr("Tell when you came down, if you got up without the computer"),
        )
        row = FlowRow(leading=2).add(self.tingling, self.already_down)
        col.addLayout(row.add(self.pause, self.extend, self.come_down))
        self.focus_on_show(self.pause)
        self._announced: BreathPhase | None = None

    def describe_breath(self, view: SessionView, words: str) -> None:
        """What a screen reader hears: the guide's state ("Breathe in, 3 seconds"), and each
        new phase announced once, politely, as it begins."""
        breath = view.breath
        guide = self.bar if self.bar.isVisible() else self.circle
        if breath is None or view.paused:
            state = words
        else:
            seconds = max(1, math.ceil(breath.phase_left - 1e-9))
            # One and many, chosen here as elsewhere: the shipped languages count like English.
            template = self.tr("%1, 1 second") if seconds == 1 else self.tr("%1, %2 seconds")
            state = fill(template, words, str(seconds))
        if state != self.circle.accessibleDescription():  # each change is an event for AT
            for widget in (self.circle, self.bar):
                widget.setAccessibleDescription(state)
        phase = None if breath is None or view.paused else breath.phase
        if phase is not self._announced:
            self._announced = phase
            if phase is not None:
                announce(guide, words)

    def set_reduced_motion(self, reduced: bool) -> None:
        """The slowly filling bar in place of the circle that grows and shrinks."""
        self.circle.setVisible(not reduced)
        self.bar.setVisible(reduced)

    def render(self, view: SessionView) -> None:
        if view.paused:
            words = self.tr("Paused")
        elif view.breath is not None:
            words = t(PHASE_WORDS[view.breath.phase])
        else:
            words = ""
        self.phase.setText(words)
        self.describe_breath(view, words)
        self.side.setVisible(view.side > 0)
        if view.side:
            self.side.setText(t(SIDES[view.side - 1]))
        self.time.setText(format_clock(view.remaining))
        self.pause.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.pause.setAccessibleName(self.pause.text())
        self.extend.setEnabled(view.can_extend)  # at the longest hold, the key does nothing


class ExitPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        self.counter = label("", "muted", about=self.tr("Step"))
        self.title = label("", "title")
        self.picture = Illustration()
        self.body = label("")
        self.next_in = label("", "muted", about=self.tr("Time until the next step"))
        self.next_button = button(self.tr("Next"), primary=True, hint=keys.NEXT.hint())
        col.addWidget(self.counter)
        col.addWidget(self.title)
        col.addWidget(self.picture, 1)
        col.addWidget(self.body)
        row = button_row(self.next_button, left=self.next_in)
        col.addLayout(row)
        self.focus_on_show(self.next_button)

    def render(self, view: SessionView) -> None:
        self.counter.setText(
            fill(
                self.tr("Coming down slowly: step %1 of %2"),
                str(view.step_index + 1),
                str(view.step_count),
            )
        )
        self.title.setText(t(view.step.title))
        self.body.setText(t(view.step.body))
        if self.picture.stem != view.step.illustration:
            self.picture.set_image(view.step.illustration, t(view.step.title))
        last = view.step_index + 1 == view.step_count
        template = self.tr("Seated pause in %1") if last else self.tr("Next step in %1")
        self.next_in.setText(fill(template, format_clock(view.remaining)))


class ClosingPage(CountdownPage):
    """The seated pause, and then the end of the session on the same page."""

    finish = Signal()
    rated = Signal(object)  # a Comfort, or None when the tap is taken back
    reportEarly = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time left in the seated pause"), parent)
        self.summary = label("", "body", wrap=False, about=self.tr("Summary"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_button = button(self.tr("Finish"), primary=True, hint=keys.FINISH.hint())
        self.finish_button.clicked.connect(self.finish.emit)
        self.shortcut(keys.FINISH.keys, self._try_finish)
        self.column.addWidget(self.summary)
        self.comfort_box = QWidget()
        comfort = QHBoxLayout(self.comfort_box)
        comfort.setContentsMargins(0, 0, 0, 0)
        comfort.addStretch(1)
        comfort.addWidget(label(self.tr("The length was:"), "muted", wrap=False))
        self.comfort_group = QButtonGroup(self)
        self.comfort_group.setExclusive(False)  # optional: a second tap takes it back
        self.comfort_buttons: dict[Comfort, QPushButton] = {}
        for choice in Comfort:
            b = button(t(COMFORT_NAMES[choice]))
            b.setCheckable(True)
            self.comfort_group.addButton(b)
            self.comfort_buttons[choice] = b
            comfort.addWidget(b)
            b.toggled.connect(lambda on, c=choice: self._comfort_toggled(c, on))
        comfort.addStretch(1)
        self.column.addWidget(self.comfort_box)
        self.came_down_early = button(
            self.tr("Came down early?…"),
            hint=self.tr("Tell when you came down, if you got up before the end"),
        )
        self.came_down_early.clicked.connect(self.reportEarly.emit)
        self.column.addLayout(button_row(self.finish_button, left=self.came_down_early))
        self.focus_on_show(self.finish_button)

    def reset_comfort(self) -> None:
        for b in self.comfort_buttons.values():
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)

    def _comfort_toggled(self, choice: Comfort, on: bool) -> None:
        if on:
            for other, b in self.comfort_buttons.items():
                if other is not choice and b.isChecked():
                    b.blockSignals(True)
                    b.setChecked(False)
                    b.blockSignals(False)
            self.rated.emit(choice)
        elif not any(b.isChecked() for b in self.comfort_buttons.values()):
            self.rated.emit(None)

    def _try_finish(self) -> None:
        if self.finish_button.isEnabled():
            self.finish.emit()

    def render(self, view: SessionView) -> None:
        self.title.setText(t(view.step.title))
        self.body.setText(t(view.step.body))
        if self.picture.stem != view.step.illustration:
            self.picture.set_image(view.step.illustration, t(view.step.title))
        done = view.stage is Stage.DONE
        self.time.setVisible(not done)
        self.time.setText(format_clock(view.remaining))
        self.finish_button.setEnabled(view.can_finish)
        self.finish_button.setToolTip(
            keys.FINISH.hint() if done else self.tr("Available when the seated pause ends")
        )
        tingled = done and view.summary.tingling
        self.summary.setVisible(done)
        # After tingling the length needs no rating and no report: the app knows why and
        # when the hold ended, and the plan makes the next one shorter.
        self.comfort_box.setVisible(done and not tingled)
        self.came_down_early.setVisible(done and not view.summary.came_down_early)
        if done:
            s = view.summary
            lines = [
                fill(self.tr("Time in the pose: %1"), format_clock(s.time_in_pose)),
                fill(
                    self.tr("Hold: %1 of %2 planned"),
                    format_clock(s.active_s),
                    format_clock(s.planned_s),
                ),
            ]
            if tingled:
                lines.append(self.tr("Tingling ended this hold: make your next one shorter."))
            self.summary.setText("\n".join(lines))
            if not self.finish_button.hasFocus():
                self.finish_button.setFocus()
