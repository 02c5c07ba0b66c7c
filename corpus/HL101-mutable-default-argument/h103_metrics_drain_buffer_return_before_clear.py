"""Telemetry exporter: `drain` renders queued points into one payload,
skipping points without a value (`continue`) and stopping at the payload
budget. The budget check returns the joined buffer straight from the loop,
before the clear below it, so rendered lines pile up in the default list."""
import collections
import itertools

_ticks = itertools.count()
Point = collections.namedtuple("Point", "name value ts")


def drain(queue, budget=4, buf=[]):  # expect: HL101 confirmed
    while queue:
        point = queue.popleft()
        if point.value is None:
            continue
        buf.append("%s %g %d" % point)
        if len(buf) >= budget:
            return "\n".join(buf)
    payload = "\n".join(buf)
    buf.clear()
    return payload


def scenario():
    n = next(_ticks)
    queue = collections.deque(
        Point("cpu.user.%d" % (i % 3), None if i == 2 else n * 0.5 + i, 1700000000 + n) for i in range(6)
    )
    first = drain(queue)
    rest = drain(queue)
    return len(first), len(rest)
