"""The three tabs of the preferences window. Each shows one profile and reads it back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.breathing import BreathPattern
from ...core.cues import CUE_LABELS, CueSettings
from ...core.durations import (
    HOLD_MAX_S,
    HOLD_MIN_S,
    PAUSE_MAX_S,
    PAUSE_MIN_S,
    SETTLE_MAX_S,
    SETTLE_MIN_S,
    format_span,
)
from ...core.preferences import Preferences
from ...core.profiles import (
    CUSTOM_PATTERN,
    EXHALE_NOT_LONGER,
    PATTERN_PRESETS,
    PATTERN_RANGES,
    PATTERN_STEP_S,
    Profile,
    Theme,
    preset_for,
)
from ..session.pages.common import buddy, button, label
from ..style import language
from ..style.text import fill, t
from ..widgets.duration_spin import DurationSpin


class SessionSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self._build_hold(form)
        self._build_pattern(form)
        self._build_settle_and_pause(form)
        self.preset.activated.connect(self._preset_chosen)

    def _build_hold(self, form: QFormLayout) -> None:
        self.hold = DurationSpin(HOLD_MIN_S, HOLD_MAX_S, 30, self.tr("Hold"))
        form.addRow(buddy(self.tr("&Hold:"), self.hold), self.hold)
        form.addRow(
            "",
            label(
                self.tr(
                    "Start offers the hold you last began with this profile; a hold set here "
                    "is offered next."
                ),
                "note",
            ),
        )

    def _build_pattern(self, form: QFormLayout) -> None:
        """A preset, the four parts of the breath, and what they make."""
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Breath pattern"))
        for p in PATTERN_PRESETS:
            self.preset.addItem(t(p.name), p.key)
        self.preset.addItem(t(CUSTOM_PATTERN), "custom")
        form.addRow(buddy(self.tr("&Breath pattern:"), self.preset), self.preset)
        form.addRow("", self._build_parts())
        self.rate = label("", "muted", about=self.tr("Breaths a minute"))
        form.addRow("", self.rate)
        self.warning = label("", "muted", about=self.tr("Breath pattern warning"))
        form.addRow("", self.warning)

    def _build_parts(self) -> QHBoxLayout:
        parts = QHBoxLayout()
        self.parts: dict[str, QDoubleSpinBox] = {}
        names = {
            "inhale": self.tr("In"),
            "hold_in": self.tr("Hold"),
            "exhale": self.tr("Out"),
            "hold_out": self.tr("Hold"),
        }
        spoken = {
            "inhale": self.tr("Breath in, seconds"),
            "hold_in": self.tr("Hold after breathing in, seconds"),
            "exhale": self.tr("Breath out, seconds"),
            "hold_out": self.tr("Hold after breathing out, seconds"),
        }
        for key, (lo, hi) in PATTERN_RANGES.items():
            spin = QDoubleSpinBox()
            spin.setRange(lo, hi)
            spin.setSingleStep(PATTERN_STEP_S)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" s"))
            spin.setAccessibleName(spoken[key])
            spin.valueChanged.connect(self._parts_changed)
            spin.editingFinished.connect(self._snap_parts)
            parts.addWidget(QLabel(names[key]))
            parts.addWidget(spin)
            self.parts[key] = spin
        parts.addStretch(1)
        return parts

    def _build_settle_and_pause(self, form: QFormLayout) -> None:
        self.settle = DurationSpin(SETTLE_MIN_S, SETTLE_MAX_S, 5, self.tr("Settling time"))
        form.addRow(buddy(self.tr("Settlin&g time:"), self.settle), self.settle)
        self.pause = DurationSpin(PAUSE_MIN_S, PAUSE_MAX_S, 5, self.tr("Seated pause"))
        self.pause.setToolTip(fill(self.tr("Never less than %1"), format_span(PAUSE_MIN_S)))
        form.addRow(buddy(self.tr("S&eated pause:"), self.pause), self.pause)
        never_shorter = self.tr("The seated pause is never shorter than %1.")
        form.addRow("", label(fill(never_shorter, format_span(PAUSE_MIN_S)), "note"))

    def load(self, profile: Profile) -> None:
        self.hold.setValue(round(profile.hold_s))
        self.settle.setValue(round(profile.settle_s))
        self.pause.setValue(round(profile.pause_s))
        self._show_pattern(profile.pattern)

    def store(self, profile: Profile) -> Profile:
        hold = float(self.hold.value())
        return replace(
            profile,
            hold_s=hold,
            # A hold set here is a deliberate choice: Start suggests it, not the last one used.
            last_hold_s=profile.last_hold_s if hold == profile.hold_s else None,
            settle_s=float(self.settle.value()),
            pause_s=float(self.pause.value()),
            pattern=self.pattern(),
        )

    def pattern(self) -> BreathPattern:
        # Typed values such as 4.3 snap to the half-second steps the pattern is made of.
        return BreathPattern(
            **{k: round(s.value() / PATTERN_STEP_S) * PATTERN_STEP_S for k, s in self.parts.items()}
        )

    def _show_pattern(self, pattern: BreathPattern) -> None:
        for key, spin in self.parts.items():
            spin.blockSignals(True)
            spin.setValue(getattr(pattern, key))
            spin.blockSignals(False)
        self._parts_changed()

    def _snap_parts(self) -> None:
        self._show_pattern(self.pattern())

    def _preset_chosen(self, index: int) -> None:
        key = self.preset.itemData(index)
        preset = next((p for p in PATTERN_PRESETS if p.key == key), None)
        if preset is not None:
            self._show_pattern(preset.pattern)
        else:
            self.parts["inhale"].setFocus()

    def _parts_changed(self) -> None:
        pattern = self.pattern()
        preset = preset_for(pattern)
        self.preset.setCurrentIndex(self.preset.findData(preset.key if preset else "custom"))
        self.rate.setText(
            fill(
                self.tr("One breath every %1 s, about %2 breaths a minute"),
                f"{pattern.cycle:g}",
                f"{pattern.breaths_per_minute:.1f}",
            )
        )
        self.warning.setText("" if pattern.exhale_led else t(EXHALE_NOT_LONGER))
        self.warning.setVisible(not pattern.exhale_led)


class SoundSection(QWidget):
    previewRequested = Signal(float)  # volume 0..100

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        chimes = QGroupBox(self.tr("Chimes"))
        chime_col = QVBoxLayout(chimes)
        self.switches: dict[str, QCheckBox] = {}
        for key, text in CUE_LABELS.items():
            box = QCheckBox()
            self.switches[key] = box
            if key == "interval":
                self.interval_min = QSpinBox()
                self.interval_min.setRange(1, 10)
                self.interval_min.setAccessibleName(self.tr("Minutes between bells"))
                before, _, after = t(text).partition("%1")
                box.setText(before.strip())
                box.setAccessibleName(fill(t(text), "N"))
                row = QHBoxLayout()
                row.addWidget(box)
                row.addWidget(self.interval_min)
                row.addWidget(QLabel(after.strip()))
                row.addStretch(1)
                chime_col.addLayout(row)
                box.toggled.connect(self.interval_min.setEnabled)
            else:
                box.setText(t(text))
                chime_col.addWidget(box)
        col.addWidget(chimes)

        volume = QGroupBox(self.tr("Volume"))
        row = QHBoxLayout(volume)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_text = QLabel()
        self.volume_text.setMinimumWidth(48)
        self.preview = button(self.tr("Pre&view"), hint=self.tr("Plays the bowl at this volume"))
        row.addWidget(self.volume, 1)
        row.addWidget(self.volume_text)
        row.addWidget(self.preview)
        col.addWidget(volume)
        col.addStretch(1)
        self.volume.valueChanged.connect(self._volume_changed)
        self.preview.clicked.connect(lambda: self.previewRequested.emit(float(self.volume.value())))

    def _volume_changed(self, value: int) -> None:
        self.volume_text.setText(fill(self.tr("%1 %"), str(value)))
        self.volume.setAccessibleDescription(self.volume_text.text())

    def load(self, profile: Profile) -> None:
        for key, box in self.switches.items():
            box.setChecked(getattr(profile.cues, key))
        self.interval_min.setValue(profile.cues.interval_min)
        self.interval_min.setEnabled(profile.cues.interval)
        self.volume.setValue(round(profile.volume))
        self._volume_changed(self.volume.value())

    def store(self, profile: Profile) -> Profile:
        switches = {key: box.isChecked() for key, box in self.switches.items()}
        cues = CueSettings(**switches, interval_min=self.interval_min.value())
        return replace(profile, cues=cues, volume=float(self.volume.value()))


class AppearanceSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        this = QGroupBox(self.tr("This profile"))
        this_col = QVBoxLayout(this)
        self.bedtime = QCheckBox(self.tr("&Bedtime dim: warm and dark on every screen"))
        this_col.addWidget(self.bedtime)
        col.addWidget(this)
        every = QGroupBox(self.tr("All profiles"))
        every_col = QVBoxLayout(every)
        self.follow_system = QCheckBox(self.tr("F&ollow the system's light or dark scheme"))
        self.reduced_motion = QCheckBox(
            self.tr("Reduced &motion: show the breath as a slowly filling bar")
        )
        every_col.addWidget(self.follow_system)
        every_col.addWidget(self.reduced_motion)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the system"), "")
        for code, name in language.NAMES.items():
            self.language.addItem(name, code)
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("Lan&guage:"), self.language))
        row.addWidget(self.language)
        row.addStretch(1)
        every_col.addLayout(row)
        every_col.addWidget(
            label(self.tr("A new language shows the next time Viparita starts."), "muted")
        )
        col.addWidget(every)
        col.addStretch(1)

    def load(self, profile: Profile, prefs: Preferences) -> None:
        self.bedtime.setChecked(profile.theme is Theme.BEDTIME)
        self.follow_system.setChecked(prefs.follow_system)
        self.reduced_motion.setChecked(prefs.reduced_motion)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))

    def bind(self, prefs: Preferences) -> None:
        """The settings for all profiles go straight into `prefs` (the dialog's copy), so
        switching, deleting or restoring a profile cannot undo them."""
        self.follow_system.toggled.connect(lambda on: setattr(prefs, "follow_system", on))
        self.reduced_motion.toggled.connect(lambda on: setattr(prefs, "reduced_motion", on))
        self.language.currentIndexChanged.connect(
            lambda i: setattr(prefs, "language", self.language.itemData(i))
        )

    def store(self, profile: Profile) -> Profile:
        return replace(profile, theme=Theme.BEDTIME if self.bedtime.isChecked() else Theme.REGULAR)
