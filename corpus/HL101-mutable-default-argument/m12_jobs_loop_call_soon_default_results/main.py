import itertools

from jobs import runner

_ids = itertools.count()


def scenario():
    n = next(_ids)
    runner.submit(f"thumb-{n}", {"size": n % 1500})
    runner.submit(f"index-{n}", {"size": 10})
    runner.drain()
    return n
