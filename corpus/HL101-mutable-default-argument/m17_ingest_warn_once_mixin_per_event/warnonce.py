"""Warn-once support shared by the ingest pipelines."""
import collections

WARNINGS = collections.deque(maxlen=50)


class WarnOnceMixin:
    """Emit a warning only the first time a key is seen, across all pipelines."""

    def track(self, item, _seen=set()):  # expect: HL101 confirmed
        if item in _seen:
            return False
        _seen.add(item)
        return True

    def warn_once(self, key, message):
        if self.track(key):
            WARNINGS.append(f"[{type(self).__name__}] {message}")
