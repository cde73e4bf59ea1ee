"""Thin Qt layer: renders the core's state and turns clicks and keys into core calls."""
