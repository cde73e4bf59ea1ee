"""Chimes: their synthesis, their levels, and a player that can never freeze the window."""
