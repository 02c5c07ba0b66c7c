"""Rate limiter: request and response timestamps are kept in a sliding window."""
import itertools

WINDOW = 100


def note(stamps, _window=[]):  # expect: HL101 refuted
    _window.extend(stamps)
    while len(_window) > WINDOW:
        _window.pop(0)
    return len(_window)


def allow(client, now):
    busy = note([(client, "req", now), (client, "resp", now + 0.001)]) >= WINDOW
    return not busy


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return allow(f"client-{n % 7}", n * 0.01)
