"""The window and what frames it: the page stack and menus, actions and keys, the tray, quitting,
notices, a launch's command, first paint, identity.
"""
