"""Request-rate monitor: a dispatcher flushes batches of timestamped events to registered callbacks."""
import collections
import itertools

WINDOW_SECONDS = 60.0


def requests_in_window(events, window=collections.deque()):  # expect: HL101 refuted
    window.extend((e["ts"], e["path"]) for e in events)
    cutoff = window[-1][0] - WINDOW_SECONDS
    while window and window[0][0] < cutoff:
        window.popleft()
    return len(window)


HANDLERS = collections.defaultdict(list)
HANDLERS["http.request"].append(requests_in_window)


def flush(topic, events):
    return [handler(events) for handler in HANDLERS.get(topic, ())]


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    batch = [{"ts": n * 30.0 + i, "path": f"/api/items/{n}/{i}"} for i in range(3)]
    return flush("http.request", batch)
