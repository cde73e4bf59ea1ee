"""A session on screen: the controller that owns the one timer, the start flow (everything before
a session), the router (its stages to pages), what the session holds off (sleep) and tells
(status, sound), and its pages.
"""
