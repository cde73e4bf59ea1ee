"""A session on screen: the controller that owns the one timer, what the session holds off (sleep)
and tells (status, sound), and its pages.
"""
