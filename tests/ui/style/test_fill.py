"""One way to fill Qt's %1, %2… placeholders."""

from app.ui.style.text import fill


def test_each_place_takes_its_value_in_any_order():
    assert fill("%2 of %1", 5, "Hold") == "Hold of 5"
    assert fill("%1 %", 70) == "70 %"


def test_a_value_holding_a_placeholder_is_not_filled_again():
    """A profile named "Desk %2" with chained replace() calls became "Desk 10 min"."""
    assert fill("%1: %2", "Desk %2", "10 min") == "Desk %2: 10 min"


def test_a_place_with_no_value_stays():
    assert fill("%1 and %3", "a") == "a and %3"
