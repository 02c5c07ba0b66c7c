"""Alert settings: the channels the dispatcher loads, by plugin name."""
ENABLED = ("slack", "pager")
RETRY_LIMIT = 3
