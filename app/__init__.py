"""Viparita: a calm, hands-free guide to legs-up-the-wall."""

__version__ = "0.1.0"
APP_NAME = "Viparita"
APP_ID = "io.github.viparita.Viparita"
