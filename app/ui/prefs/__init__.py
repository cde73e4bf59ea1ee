"""The preferences window and its tabs."""
