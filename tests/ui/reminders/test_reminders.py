"""Reminders with a fake wall clock: one timer armed for the next one, and what the person
sees and answers. Offscreen there is no tray, so the small window is what shows; a tray is
stood in where its menu is under test."""

from datetime import datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from app.__main__ import add_reminder_offers, add_tray
from app.core.reminders import (
    BedtimeReminder,
    BreakReminder,
    Condition,
    Kind,
    ReminderSettings,
)
from app.core.session import Stage
from app.storage import preferences_file
from app.storage.preferences_store import PreferencesStore
from app.ui.reminders.scheduler import ReminderScheduler

from ..conftest import ARTIFACTS

BERLIN = timezone(timedelta(hours=1), "CET")  # fixed offsets: no tz database needed
NEW_YORK = timezone(timedelta(hours=-5), "EST")


class FakeWall:
    """Real time as an epoch that moves only when told, seen through a time zone that can
    change, as a laptop's does when it lands somewhere."""

    def __init__(self, local: datetime, zone: timezone = BERLIN) -> None:
        self.zone = zone
        self.epoch = local.replace(tzinfo=zone).timestamp()

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.epoch, self.zone).replace(tzinfo=None)

    def seconds_until(self, at: datetime) -> float:
        return at.replace(tzinfo=self.zone).timestamp() - self.epoch

    def advance(self, **span: float) -> None:
        self.epoch += timedelta(**span).total_seconds()


MON = datetime(2026, 11, 23)  # a Monday
BEDTIME = ReminderSettings(bedtime=BedtimeReminder(on=True, bedtime=time(22, 30), lead_min=45))
# Hourly, seven a day (the old default): many slots for the scheduler to go through.
BREAKS = ReminderSettings(breaks=BreakReminder(on=True, after_min=60, max_per_day=7))


def at(hhmm: str, days: int = 0) -> datetime:
    return datetime.combine(MON.date() + timedelta(days=days), time.fromisoformat(hhmm))


class Rig:
    def __init__(self, harness, store: ReminderSettings, start: datetime) -> None:
        self.h = harness
        harness.store.prefs.reminders = store
        self.wall = FakeWall(start)
        self.scheduler = ReminderScheduler(harness.store, self.wall, parent=harness.window)
        self.scheduler.follow(harness.controller)
        self.offered: list = []
        self.scheduler.due.connect(self.offered.append)
        self.scheduler.check()

    def armed_in(self) -> float:
        """Seconds until the armed timer fires; also checks that it is the only one."""
        timers = [t for t in self.h.window.findChildren(QTimer) if t.isActive()]
        mine = [t for t in timers if t is self.scheduler.timer]
        assert mine, "no reminder timer armed"
        assert sum(t.parent() is self.scheduler for t in timers) == 1
        return self.scheduler.timer.interval() / 1000

    def fire(self) -> None:
        """What the timer does when its time comes."""
        self.wall.advance(seconds=self.scheduler.timer.interval() / 1000)
        self.scheduler.timer.stop()
        self.scheduler.timer.timeout.emit()


@pytest.fixture
def rig_at(harness):
    rigs = []

    def make(store, start):
        rigs.append(Rig(harness, store, start))
        return rigs[-1]

    yield make
    for r in rigs:
        r.scheduler.timer.stop()


def test_one_timer_is_armed_for_the_next_reminder_and_none_with_reminders_off(rig_at):
    rig = rig_at(BEDTIME, at("20:00"))
    assert rig.armed_in() == pytest.approx(105 * 60)
    rig.h.store.prefs.reminders = ReminderSettings()
    rig.scheduler.settings_changed()
    assert not rig.scheduler.timer.isActive()


def test_the_bedtime_reminder_fires_once_and_the_next_is_a_day_on(rig_at):
    rig = rig_at(BEDTIME, at("20:00"))
    rig.fire()
    assert [(r.kind, r.at) for r in rig.offered] == [(Kind.BEDTIME, at("21:45"))]
    assert rig.armed_in() == pytest.approx(24 * 3600)
    rig.scheduler.check()  # anything that checks again (a wake, a new zone) offers nothing
    assert len(rig.offered) == 1


def test_across_midnight(rig_at):
    late = ReminderSettings(bedtime=BedtimeReminder(on=True, bedtime=time(0, 15), lead_min=30))
    rig = rig_at(late, at("23:00"))
    assert rig.armed_in() == pytest.approx(45 * 60)
    rig.fire()
    assert rig.offered[-1].at == at("23:45")
    assert rig.wall.now() == at("23:45")
    rig.wall.advance(minutes=30)  # past midnight: Tuesday
    rig.scheduler.check()
    assert len(rig.offered) == 1
    assert rig.armed_in() == pytest.approx((24 * 60 - 30) * 60)


def test_a_suspend_over_a_slot_offers_it_on_waking_if_it_is_still_fresh(rig_at):
    rig = rig_at(BREAKS, at("10:55"))
    assert rig.armed_in() == pytest.approx(5 * 60)
    rig.wall.advance(minutes=8)  # asleep: the Qt timer did not fire
    rig.scheduler.check()  # what logind's PrepareForSleep(false) calls
    assert [r.at for r in rig.offered] == [at("11:00")]
    assert rig.armed_in() == pytest.approx(57 * 60)


def test_a_long_suspend_passes_stale_slots_over_quietly(rig_at):
    rig = rig_at(BREAKS, at("10:55"))
    rig.wall.advance(hours=3, minutes=42)  # 14:37
    rig.scheduler.check()
    assert rig.offered == []
    assert rig.armed_in() == pytest.approx(23 * 60)


def test_a_new_time_zone_moves_the_reminder_to_the_new_local_time(rig_at):
    rig = rig_at(BEDTIME, at("20:00"))
    assert rig.armed_in() == pytest.approx(105 * 60)
    rig.wall.zone = NEW_YORK  # 14:00 here
    rig.scheduler.check()  # what the time zone watch calls
    assert rig.armed_in() == pytest.approx((7 * 60 + 45) * 60)
    rig.fire()
    assert rig.offered[-1].at == at("21:45")


def test_flying_west_after_the_reminder_does_not_bring_it_back(rig_at):
    rig = rig_at(BEDTIME, at("20:00"))
    rig.fire()  # 21:45 in Berlin
    rig.wall.zone = NEW_YORK  # 15:45 in New York, the same evening's slot still ahead
    rig.scheduler.check()
    assert len(rig.offered) == 1
    assert rig.armed_in() == pytest.approx((24 + 6) * 3600)


def run_session(rig, minutes: float) -> None:
    """A whole session through the window, with both clocks moving together."""
    h = rig.h
    h.flow.quick_start(60.0)
    assert h.page == "entry"
    h.flow.begin()
    assert h.controller.active
    before = h.clock.now()
    rig.wall.advance(minutes=minutes)
    h.advance_to_stage(Stage.DONE)
    assert h.clock.now() - before < minutes * 60
    h.window.page("closing").finish.emit()
    assert not h.controller.active


def test_reminders_stay_quiet_during_a_session_and_pass_over_what_came_due(rig_at):
    rig = rig_at(BREAKS, at("10:55"))
    rig.h.flow.quick_start(60.0)
    rig.h.flow.begin()
    assert not rig.scheduler.timer.isActive(), "no timer during a session"
    rig.wall.advance(minutes=10)  # 11:05: the 11:00 slot came due while lying down
    rig.scheduler.check()  # what a wake calls
    assert rig.offered == []
    rig.h.advance_to_stage(Stage.DONE)
    assert rig.offered == [], "not offered after the session either"
    assert rig.armed_in() == pytest.approx(55 * 60), "12:00 is next"
    rig.h.window.page("closing").finish.emit()
    assert rig.armed_in() == pytest.approx(55 * 60), "leaving the done screen changes nothing"


def test_a_break_soon_after_a_session_is_passed_over(rig_at):
    rig = rig_at(BREAKS, at("11:35"))  # 11:00 is over half an hour old: passed over
    run_session(rig, minutes=20)  # ends 11:55: 12:00 would interrupt the work it led back to
    assert rig.offered == []
    assert rig.armed_in() == pytest.approx(65 * 60)


def test_later_asks_again_in_ten_minutes_and_skip_waits_for_tomorrow(rig_at):
    rig = rig_at(BREAKS, at("10:55"))
    rig.fire()
    first = rig.offered[-1]
    rig.scheduler.ask_later(first)
    assert rig.armed_in() == pytest.approx(10 * 60)
    rig.fire()
    assert rig.offered[-1] == first, "the same reminder, asked again"
    rig.scheduler.skip_today(first)
    assert rig.armed_in() == pytest.approx((24 * 60 - 70) * 60), "tomorrow at 10:00"
    assert len(rig.offered) == 2


def test_turning_a_reminder_on_does_not_fire_a_slot_already_past(rig_at):
    rig = rig_at(ReminderSettings(), at("21:50"))
    assert not rig.scheduler.timer.isActive()
    rig.h.store.prefs.reminders = BEDTIME  # 21:45 is five minutes gone, bedtime ahead
    rig.scheduler.settings_changed()
    assert rig.offered == []
    assert rig.armed_in() == pytest.approx((24 * 60 - 5) * 60)


def test_a_restart_does_not_offer_a_slot_twice(rig_at, harness):
    rig = rig_at(BEDTIME, at("21:40"))
    rig.fire()
    assert len(rig.offered) == 1
    again = PreferencesStore(harness.store.path)
    assert again.prefs.reminded == {Kind.BEDTIME: at("21:45")}
    wall = FakeWall(at("21:50"))
    later = ReminderScheduler(again, wall, lambda: False)
    offered: list = []
    later.due.connect(offered.append)
    later.check()
    later.timer.stop()
    assert offered == []


# --- how a reminder is offered -----------------------------------------------------------------

no_tray = QSystemTrayIcon.isSystemTrayAvailable  # offscreen: no tray to show a notification in


def test_without_a_tray_a_small_window_offers_start_later_and_skip(rig_at, qtbot):
    rig = rig_at(BEDTIME, at("21:40"))
    offers = add_reminder_offers(rig.h.ui, rig.scheduler, no_tray)
    rig.h.window.hide()
    rig.fire()
    prompt = offers.prompt
    assert prompt.isVisible()
    assert prompt.title.text() == "Time to wind down"
    assert "Viparita" in prompt.windowTitle()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert prompt.grab().save(str(ARTIFACTS / "reminder-window.png"))
    prompt.start_button.click()
    assert not prompt.isVisible()
    assert rig.h.window.isVisible()
    assert rig.h.page == "entry"
    assert rig.h.store.prefs.active_id == "bedtime", "the matching profile"


def test_the_later_and_skip_buttons_reach_the_scheduler(rig_at):
    rig = rig_at(BREAKS, at("10:55"))
    offers = add_reminder_offers(rig.h.ui, rig.scheduler, no_tray)
    rig.fire()
    offers.prompt.later_button.click()
    assert rig.armed_in() == pytest.approx(10 * 60)
    rig.fire()
    assert offers.prompt.isVisible()
    offers.prompt.skip_button.click()
    assert not offers.prompt.isVisible()
    assert rig.h.store.prefs.reminded[Kind.BREAK].date() == MON.date()
    assert rig.armed_in() > 20 * 3600


def test_a_session_started_elsewhere_withdraws_the_reminder(rig_at):
    rig = rig_at(BREAKS, at("10:55"))
    offers = add_reminder_offers(rig.h.ui, rig.scheduler, no_tray)
    rig.fire()
    assert offers.prompt.isVisible()
    rig.h.flow.quick_start(300.0)
    rig.h.flow.begin()
    assert not offers.prompt.isVisible()
    assert offers.pending is None


def test_with_a_tray_the_answers_head_the_tray_menu(rig_at):
    rig = rig_at(BREAKS, at("10:55"))
    offers = add_reminder_offers(rig.h.ui, rig.scheduler, lambda: True)
    tray = add_tray(rig.h.ui, offers, available=lambda: True)
    rig.fire()
    assert not offers.prompt.isVisible(), "the tray notification, not a window"
    tray.menu.aboutToShow.emit()
    lines = [a.text() for a in tray.menu.actions()][:4]
    assert lines == [
        "Time for a break",
        "&Start now: Work break",
        "&Later (in 10 minutes)",
        "S&kip today",
    ]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert tray.menu.grab().save(str(ARTIFACTS / "tray-menu-reminder.png"))
    tray.icon.messageClicked.emit()  # a click on the notification opens the choices
    assert offers.prompt.isVisible()
    offers.later_action.trigger()
    assert not offers.prompt.isVisible()
    tray.menu.aboutToShow.emit()
    assert tray.menu.actions()[0].text() != "Time for a break"
    assert rig.armed_in() == pytest.approx(10 * 60)


def test_reminder_settings_are_saved_from_the_preferences(harness, qtbot):
    from ..prefs.test_preferences import open_prefs

    dialog = open_prefs(harness)
    tab = dialog.practice
    dialog.tabs.setCurrentWidget(tab)
    tab.bedtime_on.setChecked(True)
    tab.lead.setValue(60)
    tab.breaks_on.setChecked(True)
    tab.after.setValue(90)
    tab.per_day.setValue(3)
    tab.break_min.setValue(10)
    tab.days[5].setChecked(True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "preferences-reminders.png"))
    with qtbot.waitSignal(harness.ui.prefs.applied):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    saved = preferences_file.peek(harness.store.path).reminders
    assert saved.bedtime.on and saved.bedtime.lead_min == 60
    assert saved.breaks.on and saved.breaks.after_min == 90
    assert (saved.breaks.max_per_day, saved.breaks.break_min) == (3, 10)
    assert saved.breaks.days == frozenset({0, 1, 2, 3, 4, 5})


def test_ok_in_the_preferences_keeps_and_sets_what_reminders_wait_while(harness, qtbot):
    """OK once rebuilt the reminders from bedtime and breaks only, and every "wait while"
    switch came back on."""
    from ..prefs.test_preferences import open_prefs

    harness.store.prefs.reminders = ReminderSettings(wait_while=frozenset({Condition.CALL}))
    harness.store.save()
    dialog = open_prefs(harness)
    tab = dialog.practice
    assert [b.isChecked() for b in tab.wait_while.values()] == [False, False, True]
    tab.lead.setValue(60)
    with qtbot.waitSignal(harness.ui.prefs.applied):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert preferences_file.peek(harness.store.path).reminders.wait_while == {Condition.CALL}
    dialog = open_prefs(harness)
    dialog.practice.wait_while[Condition.FULL_SCREEN].setChecked(True)
    dialog.practice.wait_while[Condition.CALL].setChecked(False)
    with qtbot.waitSignal(harness.ui.prefs.applied):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    saved = preferences_file.peek(harness.store.path).reminders
    assert saved.wait_while == {Condition.FULL_SCREEN}
