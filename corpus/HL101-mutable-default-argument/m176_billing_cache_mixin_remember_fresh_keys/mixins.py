"""Mixins shared by the billing services."""


class CacheMixin:
    """Memoises computed values by key; callers may pass their own store."""

    def remember(self, key, value, store={}):  # expect: HL101 confirmed
        """Keep `value` under `key` unless one is stored already; return the stored one."""
        if key not in store:
            store[key] = value
        return store[key]


class LoggingMixin:
    """Keeps the last few log lines of a service instance."""

    def log(self, message):
        lines = self.__dict__.setdefault("_log", [])
        lines.append(f"{type(self).__name__}: {message}")
        del lines[:-5]
