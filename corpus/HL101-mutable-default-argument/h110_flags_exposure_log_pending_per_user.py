"""Feature flags SDK: every flag check records an exposure so analytics can
attribute conversions. `is_enabled` takes an `ExposureLog` instance as its
default sink; the log queues one event per distinct (flag, user) pair for a
flush that this process never runs, and every check is for a new user."""
import itertools
import zlib

_checks = itertools.count()

FLAGS = {"search-v2": 40, "new-nav": 100, "ai-summary": 5}


class ExposureLog:
    def __init__(self):
        self.pending = []
        self._seen = set()

    def record(self, flag, user_id, enabled):
        if (flag, user_id) not in self._seen:
            self._seen.add((flag, user_id))
            self.pending.append({"flag": flag, "user": user_id, "enabled": enabled})


def is_enabled(flag, user_id, log=ExposureLog()):  # expect: HL101 confirmed
    enabled = zlib.crc32(("%s/%s" % (flag, user_id)).encode()) % 100 < FLAGS.get(flag, 0)
    log.record(flag, user_id, enabled)
    return enabled


def scenario():
    n = next(_checks)
    user = "acct-%d" % n
    return [flag for flag in sorted(FLAGS) if is_enabled(flag, user)]
