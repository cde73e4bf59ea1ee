"""A routine's other poses: the card that announces each one, then its timer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ....core.durations import format_clock
from ....core.routines import POSES, ROLE_NAMES
from ....core.session import SessionView, Stage
from ...shell import keys
from ...style.text import fill, t
from .common import button, button_row, label
from .timed import CountdownPage


class PosePage(CountdownPage):
    """Shown from the chime that announces a pose (with 10 s to settle into it) to its end.
    Legs up the wall announces itself here too; its hold has its own page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time left"), parent)
        self.counter = label("", "muted", about=self.tr("Pose"))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.insertWidget(0, self.counter)
        self.big(self.title, 0.07)
        self.coming = label("", "muted", about=self.tr("The pose after this one"))
        self.coming.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.coming)
        self.pause = button(self.tr("Pause"), hint=keys.PAUSE.hint())
        self.extend = button(
            self.tr("+1 minute"), hint=keys.ADD_MINUTE.hint(), name=self.tr("Add one minute")
        )
        # No advance keys: the keys that began the session must not skip anything.
        self.next_button = button(self.tr("Start now"))
        self.column.addLayout(button_row(self.pause, self.extend, self.next_button))
        self.focus_on_show(self)

    def render(self, view: SessionView) -> None:
        pose = view.pose
        if pose is None:
            return
        announcing = view.stage in (Stage.TRANSITION, Stage.SETTLING)
        name = t(pose.step.title)
        counter = self.tr("Pose %1 of %2: %3")
        role = t(ROLE_NAMES[POSES[pose.step.key].role])
        self.counter.setText(fill(counter, str(pose.index + 1), str(pose.count), role))
        if view.paused:
            self.title.setText(self.tr("Paused"))
        else:
            self.title.setText(fill(self.tr("Next: %1"), name) if announcing else name)
        self.body.setText(t(pose.step.body))
        if self.picture.stem != pose.step.illustration:
            self.picture.set_image(pose.step.illustration, name)
        self.time.setText(format_clock(view.remaining))
        self.time.setAccessibleDescription(
            self.tr("Time until the pose begins") if announcing else self.tr("Time left")
        )
        if pose.coming is None:
            self.coming.setText(self.tr("The last pose"))
        else:
            self.coming.setText(fill(self.tr("Then: %1"), t(pose.coming.title)))
        self.coming.setVisible(not announcing)
        self.extend.setVisible(view.stage is Stage.POSE)
        self.extend.setEnabled(view.can_extend)
        self.next_button.setText(self.tr("Start now") if announcing else self.tr("Next pose"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.pause.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.pause.setAccessibleName(self.pause.text())
