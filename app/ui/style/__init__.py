"""Look and words: the theme and the appearance it follows, showing the core's texts, the
window's language."""
