"""Viparita: a calm, hands-free guide to legs-up-the-wall."""

__version__ = "0.1.0"
APP_NAME = "Viparita"
APP_ID = "io.github.viparita.Viparita"
# The name this code runs under: `app` in a source checkout, `viparita` once installed (the
# wheel and the bundle put the app/ folder there). Commands that start this same code again,
# and the log's names, follow it.
PACKAGE = __name__
