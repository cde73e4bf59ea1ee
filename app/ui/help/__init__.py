"""Help: the safety information, the keyboard shortcuts and About."""
