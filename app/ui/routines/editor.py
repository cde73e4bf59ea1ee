"""Routines: make, reorder, edit and delete your own; the built-in one is there to copy.

Every routine holds legs up the wall once, with its seated pause right after it: the two move
together, the pause cannot be removed, and it never lasts less than 30 seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.durations import PAUSE_MIN_S, format_clock, format_span
from ...core.routines import (
    EASY_SEATED,
    LEGS_UP,
    POSE_MAX_S,
    POSE_MIN_S,
    POSES,
    Routine,
    RoutineItem,
    clean_name,
    new_id,
    normalised,
)
from ..session.pages.common import buddy, button, label
from ..style.text import fill, routine_name, t
from ..widgets.duration_spin import DurationSpin


class RoutineEditor(QDialog):
    def __init__(
        self,
        routines: list[Routine],
        length_s: Callable[[Routine], float],
        parent: QWidget | None = None,
    ) -> None:
        """`length_s`: how long a routine really takes, cards and the way down included."""
        super().__init__(parent)
        self._length_s = length_s
        self.setWindowTitle(self.tr("Routines"))
        self.routines = list(routines)  # the built-in first, then the person's own
        self.deleted: list[str] = []
        self._row = -1  # the pose selected in the current routine
        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        body.addLayout(self._build_routine_list(), 1)
        body.addLayout(self._build_routine(), 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._connect()
        self.resize(760, 520)
        self._fill_list(0)

    def _build_routine_list(self) -> QVBoxLayout:
        """The routines, and New, Duplicate and Delete under them."""
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routines"))
        left.addWidget(buddy(self.tr("R&outines:"), self.list))
        left.addWidget(self.list, 1)
        self.new_button = button(self.tr("&New"))
        self.copy_button = button(self.tr("D&uplicate"))
        self.delete_button = button(self.tr("&Delete"))
        row = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.delete_button):
            row.addWidget(b)
        left.addLayout(row)
        return left

    def _build_routine(self) -> QVBoxLayout:
        """The chosen routine: its name, its poses and their commands, its total time."""
        right = QVBoxLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setAccessibleName(self.tr("Name"))
        right.addWidget(buddy(self.tr("Na&me:"), self.name))
        right.addWidget(self.name)
        self.poses = QListWidget()
        self.poses.setAccessibleName(self.tr("Poses, in order"))
        right.addWidget(buddy(self.tr("&Poses, in order:"), self.poses))
        right.addWidget(self.poses, 1)
        right.addLayout(self._build_pose_commands())
        right.addLayout(self._build_pose_choice())
        self.total = label("", "muted", about=self.tr("Total time"))
        right.addWidget(self.total)
        self.note = label("", "muted", about=self.tr("About this routine"))
        right.addWidget(self.note)
        return right

    def _build_pose_commands(self) -> QHBoxLayout:
        """The selected pose's duration, Move up, Move down and Remove."""
        edit = QHBoxLayout()
        self.duration = DurationSpin(POSE_MIN_S, POSE_MAX_S, 30, self.tr("Duration"))
        edit.addWidget(buddy(self.tr("Dura&tion:"), self.duration))
        edit.addWidget(self.duration)
        self.up_button = button(self.tr("Move &up"))
        self.down_button = button(self.tr("Move do&wn"))
        self.remove_button = button(self.tr("&Remove"))
        for b in (self.up_button, self.down_button, self.remove_button):
            edit.addWidget(b)
        edit.addStretch(1)
        return edit

    def _build_pose_choice(self) -> QHBoxLayout:
        add = QHBoxLayout()
        self.pose_choice = QComboBox()
        self.pose_choice.setAccessibleName(self.tr("Pose to add"))
        for key, pose in POSES.items():
            if key != LEGS_UP:  # always there, once
                self.pose_choice.addItem(t(pose.step.title), key)
        self.add_button = button(self.tr("&Add"))
        add.addWidget(buddy(self.tr("Add a pose:"), self.pose_choice))
        add.addWidget(self.pose_choice)
        add.addWidget(self.add_button)
        add.addStretch(1)
        return add

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._routine_selected)
        self.poses.currentRowChanged.connect(self._pose_selected)
        self.new_button.clicked.connect(self.new_routine)
        self.copy_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.name.textEdited.connect(self._renamed)
        self.duration.valueChanged.connect(self._duration_changed)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove_pose)
        self.add_button.clicked.connect(self.add_pose)

    # --- what the window reads back ------------------------------------------------------------

    def own_routines(self) -> list[Routine]:
        return [
            r._replace(name=clean_name(r.name or "") or self.tr("My routine"))
            for r in self.routines
            if not r.builtin
        ]

    # --- the list of routines ------------------------------------------------------------------

    @property
    def current(self) -> Routine | None:
        row = self.list.currentRow()
        return self.routines[row] if 0 <= row < len(self.routines) else None

    def _fill_list(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.routines:
            self.list.addItem(routine_name(r) if r.builtin else (r.name or ""))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(select, len(self.routines) - 1))
        self._routine_selected(self.list.currentRow())

    def new_routine(self) -> None:
        name = self.tr("My routine")
        items = normalised((RoutineItem(LEGS_UP, POSES[LEGS_UP].default_s),))
        self._add(Routine(new_id(self.routines), name, items))

    def duplicate(self) -> None:
        source = self.current
        if source is not None:
            name = fill(self.tr("%1 (copy)"), routine_name(source))
            self._add(Routine(new_id(self.routines), clean_name(name), source.items))

    def _add(self, routine: Routine) -> None:
        self.routines.append(routine)
        self._fill_list(len(self.routines) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def delete(self) -> None:
        routine = self.current
        if routine is None or routine.builtin:
            return
        self.deleted.append(routine.id)
        row = self.list.currentRow()
        del self.routines[row]
        self._fill_list(row - 1)

    def _renamed(self, text: str) -> None:
        routine = self.current
        if routine is not None and not routine.builtin:
            self._put(routine._replace(name=text))
            self.list.item(self.list.currentRow()).setText(text)

    def _put(self, routine: Routine) -> None:
        self.routines[self.list.currentRow()] = routine

    def _routine_selected(self, row: int) -> None:
        routine = self.current
        editable = routine is not None and not routine.builtin
        for widget in (self.name, self.poses, self.pose_choice, self.add_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.name.setText("" if routine is None else routine_name(routine))
        self.note.setText(
            self.tr("The built-in routine stays as it is: duplicate it to make your own.")
            if routine is not None and routine.builtin
            else fill(
                self.tr(
                    "Legs up the wall is in every routine, and a seated pause of at least "
                    "%1 always follows it."
                ),
                format_span(PAUSE_MIN_S),
            )
        )
        self._fill_poses(0)

    # --- the poses of one routine --------------------------------------------------------------

    def _fill_poses(self, select: int) -> None:
        routine = self.current
        self.poses.blockSignals(True)
        self.poses.clear()
        for n, item in enumerate(routine.items if routine else (), 1):
            text = self.tr("%1. %2, %3")
            self.poses.addItem(
                fill(text, str(n), t(POSES[item.pose].step.title), format_clock(item.duration_s))
            )
        self.poses.blockSignals(False)
        if routine is not None:
            self.poses.setCurrentRow(min(select, len(routine.items) - 1))
            self.total.setText(fill(self.tr("%1 in all"), format_span(self._length_s(routine))))
        self._pose_selected(self.poses.currentRow())

    def _is_pause(self, items: tuple[RoutineItem, ...], row: int) -> bool:
        """The seated pose right after the inversion: its seated pause."""
        return (
            0 < row < len(items)
            and items[row].pose == EASY_SEATED
            and (items[row - 1].pose == LEGS_UP)
        )

    def _pose_selected(self, row: int) -> None:
        self._row = row
        routine = self.current
        editable = routine is not None and not routine.builtin and 0 <= row < len(routine.items)
        self.duration.setEnabled(editable)
        if routine is None or not 0 <= row < len(routine.items):
            for b in (self.up_button, self.down_button, self.remove_button):
                b.setEnabled(False)
            return
        items = routine.items
        pause = self._is_pause(items, row)
        self.duration.blockSignals(True)
        self.duration.setMinimum(round(PAUSE_MIN_S if pause else POSE_MIN_S))
        self.duration.setValue(round(items[row].duration_s))
        self.duration.blockSignals(False)
        start, end = self._block(items, row)
        self.up_button.setEnabled(editable and not pause and start > 0)
        self.down_button.setEnabled(editable and not pause and end < len(items))
        self.remove_button.setEnabled(editable and not pause and items[row].pose != LEGS_UP)
        self.remove_button.setToolTip(
            self.tr("The seated pause after legs up the wall stays in every routine")
            if pause or items[row].pose == LEGS_UP
            else ""
        )

    def _block(self, items: tuple[RoutineItem, ...], row: int) -> tuple[int, int]:
        """The rows that move together: the inversion with its seated pause."""
        if items[row].pose == LEGS_UP and self._is_pause(items, row + 1):
            return row, row + 2
        return row, row + 1

    def _duration_changed(self, seconds: int) -> None:
        routine = self.current
        if routine is None or routine.builtin or not 0 <= self._row < len(routine.items):
            return
        items = list(routine.items)
        items[self._row] = items[self._row]._replace(duration_s=float(seconds))
        self._put(routine._replace(items=tuple(items)))
        self._fill_poses(self._row)

    def move(self, step: int) -> None:
        routine = self.current
        if routine is None or routine.builtin:
            return
        items = list(routine.items)
        start, end = self._block(routine.items, self._row)
        block = items[start:end]
        del items[start:end]
        # Step over a whole block (the inversion and its pause) as one.
        neighbour = start - 1 if step < 0 else start
        if step < 0 and neighbour > 0 and self._is_pause(tuple(items), neighbour):
            neighbour -= 1
        elif step > 0 and items[neighbour].pose == LEGS_UP:
            neighbour += 1
        at = neighbour if step < 0 else neighbour + 1
        items[at:at] = block
        self._put(routine._replace(items=normalised(tuple(items))))
        self._fill_poses(at)

    def remove_pose(self) -> None:
        routine = self.current
        if routine is None or routine.builtin:
            return
        items = list(routine.items)
        if self._is_pause(routine.items, self._row) or items[self._row].pose == LEGS_UP:
            return
        del items[self._row]
        self._put(routine._replace(items=normalised(tuple(items))))
        self._fill_poses(self._row)

    def add_pose(self) -> None:
        routine = self.current
        if routine is None or routine.builtin:
            return
        key = self.pose_choice.currentData()
        items = (*routine.items, RoutineItem(key, POSES[key].default_s))
        self._put(routine._replace(items=normalised(items)))
        self._fill_poses(len(items) - 1)
        self.poses.setFocus(Qt.FocusReason.OtherFocusReason)
