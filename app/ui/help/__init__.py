"""Help: the safety information and the keyboard shortcuts."""
