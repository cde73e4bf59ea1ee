"""Choose how long to stay, then Start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.durations import (
    HOLD_MAX_S,
    HOLD_MIN_S,
    HOLD_PRESETS_MIN,
    DurationError,
    format_clock,
    format_span,
    parse_duration,
)
from ....core.i18n import Text
from ....core.routines import LEGS_UP, POSES, RECLINED_REST, Routine, for_practice
from ....core.steps import POSE_ILLUSTRATION, PRACTICE_NAMES, Practice
from ....core.variations import VARIATIONS, Variation
from ...shell import keys
from ...style.text import fill, t
from ...widgets.flow_row import FlowRow, together
from ...widgets.illustration import Illustration
from .common import Page, buddy, button, button_row, label


class StartPage(Page):
    startRequested = Signal(float)  # hold seconds
    profileChosen = Signal(str)  # profile id
    routineChosen = Signal(str)  # routine id; "" for the pose alone
    variationChosen = Signal(str)  # a Variation's value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._custom_s: float | None = None
        self._routine: Routine | None = None
        self._reclined = False
        col = QVBoxLayout(self)
        col.setSpacing(12)
        self._build_heading(col)
        self.practice_note = label("", "muted")
        col.addWidget(self.practice_note)
        self.picture = Illustration()
        col.addWidget(self.picture, 3)
        col.addLayout(self._build_choices())
        self.routine_summary = label("", "body", about=self.tr("The routine's poses"))
        self.routine_summary.hide()
        col.addWidget(self.routine_summary)
        self.hold_question = label(self.tr("How long would you like to stay?"))
        col.addWidget(self.hold_question)
        self._build_holds(col)
        self.start = button(self.tr("Start"), primary=True, hint=keys.BEGIN.hint())
        self.test_sound = button(
            self.tr("Test sound"), hint=self.tr("Plays the bowl at the current volume")
        )
        col.addLayout(button_row(self.start, left=self.test_sound))
        self._connect()
        self.focus_on_show(self.start)

    def _build_heading(self, col: QVBoxLayout) -> None:
        """The profile's name as the title, with the choice of profile beside it."""
        self.title = label("", "title", wrap=False)
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.setToolTip(self.tr("Alt+F"))
        profile_label = QLabel(self.tr("Pro&file:"))
        profile_label.setBuddy(self.profile)
        self.edit_profiles = button(self.tr("Preferences…"), hint=keys.PREFERENCES.hint())
        heading = FlowRow(leading=1).add(self.title)
        col.addLayout(heading.add(together(profile_label, self.profile, self.edit_profiles)))

    def _build_holds(self, col: QVBoxLayout) -> None:
        """The preset holds, a field for one's own, and the notes under them."""
        presets = FlowRow(leading=len(HOLD_PRESETS_MIN) + 1)  # all to the left
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.preset_buttons: dict[int, QPushButton] = {}
        for minutes in HOLD_PRESETS_MIN:
            b = button(self.tr("%n min", "", minutes), name=self.tr("%n minutes", "", minutes))
            b.setCheckable(True)
            self.group.addButton(b, minutes)
            self.preset_buttons[minutes] = b
            presets.add(b)
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(self.tr("or type e.g. 7m30s"))
        self.custom.setAccessibleName(self.tr("Custom hold"))
        self.custom.setToolTip(
            fill(
                self.tr("From %1 to %2: 7, 7m, 90s or 1m30s"),
                format_span(HOLD_MIN_S),
                format_span(HOLD_MAX_S),
            )
        )
        self.custom.setMaximumWidth(220)
        presets.add(self.custom)
        self.presets = QWidget()
        self.presets.setLayout(presets)
        col.addWidget(self.presets)
        self.error = label("", "muted", about=self.tr("Hold error"))
        col.addWidget(self.error)
        self.plan_note = label("", "muted", about=self.tr("Hold plan"))
        self.plan_note.hide()
        col.addWidget(self.plan_note)

    def _connect(self) -> None:
        self.profile.activated.connect(
            lambda index: self.profileChosen.emit(self.profile.itemData(index))
        )
        self.group.idClicked.connect(self._preset_chosen)
        self.custom.textEdited.connect(self._custom_edited)
        self.custom.returnPressed.connect(self._request)
        self.start.clicked.connect(self._request)
        self.shortcut(keys.BEGIN.keys, self._request)

    def _build_choices(self) -> FlowRow:
        self.routine = QComboBox()
        self.routine.setAccessibleName(self.tr("Routine"))
        self.routine.setToolTip(self.tr("Alt+R: the pose alone, or a sequence of poses around it"))
        self.edit_routines = button(self.tr("Edit routines…"))
        routine = together(
            buddy(self.tr("&Routine:"), self.routine), self.routine, self.edit_routines
        )
        self.variation = QComboBox()
        self.variation.setAccessibleName(self.tr("Variation"))
        self.variation.setToolTip(self.tr("Alt+V: how your legs rest in the pose"))
        for v in Variation:
            self.variation.addItem(t(VARIATIONS[v].name), v.value)
        self.variation_label = buddy(self.tr("&Variation:"), self.variation)
        row = FlowRow(leading=2, spacing=24)
        self.variation_group = together(self.variation_label, self.variation)
        row.add(routine, self.variation_group)
        self.routine.activated.connect(
            lambda index: self.routineChosen.emit(self.routine.itemData(index))
        )
        self.variation.activated.connect(
            lambda index: self.variationChosen.emit(self.variation.itemData(index))
        )
        return row

    def set_routines(
        self,
        names: list[tuple[str, str]],
        chosen: Routine | None,
        reclined: bool = False,
        length_s: float = 0.0,
    ) -> None:
        """`names`: (id, shown name) of every routine. With one chosen, its poses are listed
        and its own times replace the choice of hold; `length_s` is how long it really takes."""
        self.routine.clear()
        self.routine.addItem(self.tr("Legs up the wall alone"), "")
        for routine_id, name in names:
            self.routine.addItem(name, routine_id)
        self.routine.setCurrentIndex(self.routine.findData(chosen.id if chosen else ""))
        self._routine = chosen
        self._reclined = reclined
        if chosen is not None:
            items = for_practice(chosen.items, reclined)
            poses = " · ".join(
                fill(
                    self.tr("%1 %2"),
                    t(
                        RECLINED_REST.title
                        if reclined and i.pose == LEGS_UP
                        else POSES[i.pose].step.title
                    ),
                    format_clock(i.duration_s),
                )
                for i in items
            )
            total = fill(self.tr("%1 in all"), format_span(length_s))
            self.routine_summary.setText(f"{poses}\n{total}")
        self.routine_summary.setVisible(chosen is not None)
        for widget in (self.hold_question, self.presets, self.error):
            widget.setVisible(chosen is None)

    def set_variation(self, variation: Variation, available: bool) -> None:
        """The reclined rest has no variations: the choice is hidden for it."""
        self.variation.setCurrentIndex(self.variation.findData(variation.value))
        self.variation_group.setVisible(available)
        if available:
            self.picture.set_image(
                VARIATIONS[variation].illustration, t(VARIATIONS[variation].name)
            )

    def set_practice(self, practice: Practice, why: Text | None) -> None:
        """`why`: the reason the practice was chosen for the person, if it was."""
        self.title.setText(t(PRACTICE_NAMES[practice]))
        self.picture.set_image(POSE_ILLUSTRATION[practice], t(PRACTICE_NAMES[practice]))
        self.practice_note.setText(
            t(why)
            if why
            else self.tr("Rest your legs and slow your breath. The app guides you by sound.")
        )

    def set_profiles(self, names: list[tuple[str, str]], active_id: str) -> None:
        """`names`: (id, shown name) of every profile, in order."""
        self.profile.clear()
        for profile_id, name in names:
            self.profile.addItem(name, profile_id)
        self.profile.setCurrentIndex(self.profile.findData(active_id))

    def set_hold(self, seconds: float) -> None:
        minutes = seconds / 60
        if minutes in HOLD_PRESETS_MIN:
            self.preset_buttons[int(minutes)].setChecked(True)
            self.custom.clear()
            self._custom_s = None
        else:
            self._uncheck_presets()
            self.custom.setText(_as_duration(seconds))
            self._custom_s = seconds
        self.error.clear()

    def set_plan_note(self, text: str) -> None:
        self.plan_note.setText(text)
        self.plan_note.setVisible(bool(text))

    def hold_s(self) -> float | None:
        if self._custom_s is not None:
            return self._custom_s
        checked = self.group.checkedId()
        return None if checked < 0 else checked * 60.0

    def _uncheck_presets(self) -> None:
        self.group.setExclusive(False)
        for b in self.group.buttons():
            b.setChecked(False)
        self.group.setExclusive(True)

    def _preset_chosen(self, _minutes: int) -> None:
        self._custom_s = None
        self.custom.clear()
        self.error.clear()

    def _custom_edited(self, text: str) -> None:
        if not text.strip():
            self._custom_s = None
            self.error.clear()
            return
        self._uncheck_presets()
        try:
            self._custom_s = parse_duration(text)
            self.error.setText(fill(self.tr("Hold: %1"), format_clock(self._custom_s)))
        except DurationError:
            self._custom_s = None
            self.error.setText(
                fill(
                    self.tr("Type a time from %1 to %2, like 7m30s."),
                    format_span(HOLD_MIN_S),
                    format_span(HOLD_MAX_S),
                )
            )

    def _request(self) -> None:
        if self._routine is not None:
            items = for_practice(self._routine.items, self._reclined)
            self.startRequested.emit(next(i.duration_s for i in items if i.pose == LEGS_UP))
            return
        seconds = self.hold_s()
        if seconds is None:
            self.error.setText(self.tr("Choose how long to stay first."))
            return
        self.startRequested.emit(seconds)


def _as_duration(seconds: float) -> str:
    m, s = divmod(round(seconds), 60)
    return f"{m}m{s}s" if m and s else (f"{m}m" if m else f"{s}s")
