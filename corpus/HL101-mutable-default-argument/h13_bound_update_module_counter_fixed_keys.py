"""Traffic stats: the default is a bound update of a module-level Counter whose keys are the four HTTP verbs only."""
import collections
import itertools

_by_method = collections.Counter()


def count_request(method, path, tally=_by_method.update):
    tally([method.upper()])
    return f"{method.upper()} {path}"


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return count_request(("get", "post", "put", "delete")[n % 4], f"/items/{n}")
