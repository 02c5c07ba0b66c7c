"""Deployment settings."""
CACHE_DRIVER = "redis"
CACHE_SERVERS = ("10.0.0.5:11211", "10.0.0.6:11211")
