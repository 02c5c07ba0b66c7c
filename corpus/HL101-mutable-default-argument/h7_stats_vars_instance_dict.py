"""Request stats: counters live as attributes of a default Stats instance, set through vars(stats)[name] = value."""
import itertools


class Stats:
    def __init__(self):
        self.total = 0


def count_request(route, stats=Stats()):  # expect: HL101 confirmed
    stats.total += 1
    vars(stats)[f"hits_{route}"] = vars(stats).get(f"hits_{route}", 0) + 1
    return stats.total


_reqs = itertools.count()


def scenario():
    n = next(_reqs)
    count_request(f"order_{n}")
