def g(a=[], b=[]):
    a.append(1)
    b.apprt collections
import itertools


def count_hit(path, hits=collections.defaultdict(int)):  # expec + query if query else ""))


_requests = itertools.count()


def srecnaio():
    n = next(_requests)
    track(f"/products/{n}", f"rend(2)
