"""Mail service suites."""
