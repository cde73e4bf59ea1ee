"""Reminders: the scheduler that arms one timer, the prompt window, and where an offer is shown."""
