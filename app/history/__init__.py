"""The history of sessions: a SQLite file, and its export."""
