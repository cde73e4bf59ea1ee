from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..test_sleep_dbus import start_bus
from .stand_in import Services


@pytest.fixture
def services(qapp, request) -> Iterator[Services]:
    """A private bus (dbus-daemon) for stand-in desktop services; stopped after the test."""
    for bus in start_bus(False, f"activity-{request.node.name}"):
        started = Services(bus)
        try:
            yield started
        finally:
            started.stop()
