import pytest

from app.core.durations import DurationError, format_clock, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("10", 600),
        ("10m", 600),
        ("90s", 90),
        ("1m30s", 90),
        ("10s", 10),
        ("60m", 3600),
        (" 2M ", 120),
        ("0.5", 30),
        ("1.5m", 90),
    ],
)
def test_valid_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "abc", "9s", "61m", "61", "-5", "1h", "m", "s", "5 minutes", "1e9", "nan", "10ms"]
)
def test_invalid_durations_name_the_value(text):
    with pytest.raises(DurationError) as info:
        parse_duration(text)
    if text.strip():
        assert repr(text) in str(info.value)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (600, "10:00"),
        (599.2, "10:00"),
        (599.0, "9:59"),
        (0.4, "0:01"),
        (0, "0:00"),
        (-3, "0:00"),
        (3600, "60:00"),
    ],
)
def test_clock_rounds_up(seconds, shown):
    assert format_clock(seconds) == shown
