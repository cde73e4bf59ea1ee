"""What the app keeps on disk, apart from the history: the preferences file."""
