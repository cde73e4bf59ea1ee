"""Preferences: the window and its tabs, and what opening it and OK do."""
