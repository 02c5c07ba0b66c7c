"""Transit app: journey planner computing the quickest travel time between
two stations with Dijkstra over the city's fixed network. Answers are
memoised in a dict default keyed by (origin, destination); the network has
six stations, so the memo stops growing once the asked pairs are cached."""
import itertools

_queries = itertools.count()
NETWORK = {
    "Central": {"Harbour": 4, "Museum": 3},
    "Harbour": {"Central": 4, "Docks": 6},
    "Museum": {"Central": 3, "Docks": 5, "University": 7},
    "Docks": {"Harbour": 6, "Museum": 5, "Airport": 9},
    "University": {"Museum": 7, "Airport": 4},
    "Airport": {"Docks": 9, "University": 4},
}
STATIONS = sorted(NETWORK)


def travel_time(origin, destination, _memo={}):  # expect: HL101 refuted
    if (origin, destination) not in _memo:
        dist, pending, done = {origin: 0}, {origin}, set()
        while pending:
            here = min(pending, key=dist.__getitem__)
            pending.discard(here)
            done.add(here)
            if here == destination:
                break
            for nxt, minutes in NETWORK[here].items():
                if nxt not in done and dist[here] + minutes < dist.get(nxt, float("inf")):
                    dist[nxt] = dist[here] + minutes
                    pending.add(nxt)
        _memo[origin, destination] = dist.get(destination)
    return _memo[origin, destination]


def scenario():
    n = next(_queries)
    origin, destination = STATIONS[n % 6], STATIONS[(n * 7 + 3) % 6]
    return "%s -> %s: %s min" % (origin, destination, travel_time(origin, destination))
