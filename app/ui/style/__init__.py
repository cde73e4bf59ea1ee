"""Look and words: the theme, showing the core's texts, the window's language."""
