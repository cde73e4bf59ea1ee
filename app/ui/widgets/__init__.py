"""The reusable kit: flow row, duration spin box, illustration, breath guides, page scroller, SVG
loading.
"""
