"""Process-wide client defaults."""

__all__ = ["DEFAULT_COOKIES", "USER_AGENT", "TIMEOUT"]

DEFAULT_COOKIES = {}
USER_AGENT = "webclient/0.4"
TIMEOUT = 5.0
