import itertools

from shell import dispatch

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return dispatch(f"count todo-{n} --priority {n % 3}")
