"""One page per phase of the session."""
