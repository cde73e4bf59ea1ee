"""Pure-Python core: no Qt, no clock reads, no scheduling. Every call takes `now`."""
