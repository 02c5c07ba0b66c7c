"""Deterministic timers on top of sched, driven by a virtual clock."""
