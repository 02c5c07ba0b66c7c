"""Feature flags SDK: every flag check records an exposure for the metrics
exporter. `is_enabled` takes an `ExposureLog` instance as its default sink;
the log only keeps a counter per (flag, outcome), so it holds at most two
entries per known flag however many users are checked."""
import collections
import itertools
import zlib

_checks = itertools.count()

FLAGS = {"search-v2": 40, "new-nav": 100, "ai-summary": 5}


class ExposureLog:
    def __init__(self):
        self.counts = collections.Counter()

    def record(self, flag, user_id, enabled):
        self.counts[flag, enabled] += 1


def is_enabled(flag, user_id, log=ExposureLog()):  # expect: HL101 refuted
    enabled = zlib.crc32(("%s/%s" % (flag, user_id)).encode()) % 100 < FLAGS.get(flag, 0)
    log.record(flag, user_id, enabled)
    return enabled


def scenario():
    n = next(_checks)
    user = "acct-%d" % n
    return [flag for flag in sorted(FLAGS) if is_enabled(flag, user)]
