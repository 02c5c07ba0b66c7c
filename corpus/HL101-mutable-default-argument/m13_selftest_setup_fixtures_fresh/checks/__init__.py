"""A tiny in-process test harness used by the health-check endpoint."""
