"""How much faster than the clock a timer may run: standard library only, for the shell's check
of `MAGTUI_TIME_SCALE` before the app starts (the timer's own module needs pydantic)."""

from __future__ import annotations

SLOWEST_SCALE = 1.0
"""Timers run in real time or faster: slower would stretch a session past what dates can hold."""
FASTEST_SCALE = 3600.0
"""An hour a second: faster would make a timer's seconds too small to count in."""
