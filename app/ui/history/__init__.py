"""The history in the window: the recorder that writes it as a session runs, the plan on the start
screen, the history window and its chart, the early report.
"""
