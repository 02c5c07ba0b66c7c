"""Scheduler loop: jobs wait on a heapq ordered by next run time. Each
tick adds the jobs given to it, fires what is due, and pushes recurring
jobs back with their next run. A tenant signup adds a one-shot welcome mail
two minutes out; it fires two ticks later and leaves the default heap."""
import dataclasses
import heapq
import itertools

_ticks = itertools.count()


@dataclasses.dataclass(order=True)
class Entry:
    at: int
    name: str = dataclasses.field(compare=False)
    every: int = dataclasses.field(compare=False, default=0)


def run_pending(now, add=(), heap=[]):  # expect: HL101 refuted
    for entry in add:
        heapq.heappush(heap, entry)
    fired = []
    while heap and heap[0].at <= now:
        entry = heapq.heappop(heap)
        fired.append(entry.name)
        if entry.every:
            heapq.heappush(heap, Entry(now + entry.every, entry.name, entry.every))
    return fired


def scenario():
    now = next(_ticks) * 60
    return run_pending(now, [Entry(now + 120, "welcome-%d" % now)])
