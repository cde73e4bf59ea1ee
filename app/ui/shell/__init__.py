"""The window and what frames it: the page stack and menus, actions and keys, the tray, quitting,
notices, first paint, identity.
"""
