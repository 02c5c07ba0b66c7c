"""Delivery routing: each courier run is a small road graph whose stops are
named after the run's orders; Dijkstra finds the quickest time from the
depot to the last drop. Answers are memoised in a dict default keyed by
(origin, destination), and as every run has its own stop names, each run
adds a new entry that is never looked up again."""
import itertools

_runs = itertools.count()


def travel_time(network, origin, destination, _memo={}):  # expect: HL101 confirmed
    if (origin, destination) not in _memo:
        dist, pending, done = {origin: 0}, {origin}, set()
        while pending:
            here = min(pending, key=dist.__getitem__)
            pending.discard(here)
            done.add(here)
            if here == destination:
                break
            for nxt, minutes in network[here].items():
                if nxt not in done and dist[here] + minutes < dist.get(nxt, float("inf")):
                    dist[nxt] = dist[here] + minutes
                    pending.add(nxt)
        _memo[origin, destination] = dist.get(destination)
    return _memo[origin, destination]


def courier_run(n):
    depot, stops = f"depot-{n % 3}", [f"order-{n}-{i}" for i in range(4)]
    network = {depot: {stops[0]: 5, stops[1]: 9}}
    for i, stop in enumerate(stops):
        network[stop] = {other: 2 + (i + j) % 4 for j, other in enumerate(stops) if other != stop}
    return network, depot, stops[-1]


def scenario():
    network, depot, last = courier_run(next(_runs))
    return "%s -> %s: %s min" % (depot, last, travel_time(network, depot, last))
