"""deque(maxlen=8) never holds more than 8 items: appending per call is bounded."""
# retains: no
import collections
import itertools

RECENT = collections.deque(maxlen=8)
_ids = itertools.count()


def log_request(path):
    RECENT.append({"path": path, "status": 200})


def scenario():
    log_request(f"/orders/{next(_ids)}")
