"""What a session with the default cues sounds like, derived from the core's own data."""

from app.core.steps import EXIT_STEPS

# The hold-end chime starts the first exit step; each later step has its own soft chime.
DEFAULT_CUES = [
    "hold_start",
    "hold_end",
    *["exit_step"] * (len(EXIT_STEPS) - 1),
    "pause_start",
    "pause_done",
]
