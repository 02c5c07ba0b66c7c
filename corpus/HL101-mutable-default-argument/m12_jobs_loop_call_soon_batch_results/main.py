import itertools

from jobs import hooks, runner

_ids = itertools.count()


def scenario():
    n = next(_ids)
    batch = []
    runner.submit(f"thumb-{n}", {"size": n % 1500}, batch)
    runner.submit(f"index-{n}", {"size": 10}, batch)
    runner.drain()
    return hooks.summary(batch)["total"]
