"""Feature flags: unknown flags read as False through __getattr__, and the misses are kept for the diagnostics endpoint."""
import collections
import itertools
import logging

log = logging.getLogger(__name__)


class FeatureFlags:
    def __init__(self, **flags):
        self.__dict__.update(flags)

    def __getattr__(self, name, _misses=collections.deque(maxlen=50)):  # expect: HL101 refuted
        if name.startswith("_"):
            raise AttributeError(name)
        _misses.append(name)
        log.debug("flag %r not configured, treating as off", name)
        return False

    def enabled(self, *names):
        return [name for name in names if getattr(self, name)]


BASE_FLAGS = {"dark_mode": True, "new_checkout": False}
_requests = itertools.count()


def scenario():
    n = next(_requests)
    flags = FeatureFlags(**BASE_FLAGS, **{f"exp_{n % 5}": True})
    return flags.enabled("dark_mode", "exp_1", f"rollout_{n}")
