"""Routines: the editor, and where it opens from."""
