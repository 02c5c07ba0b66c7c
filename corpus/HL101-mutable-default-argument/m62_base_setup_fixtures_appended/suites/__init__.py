"""Account service suites."""
