"""Health-check suites."""
