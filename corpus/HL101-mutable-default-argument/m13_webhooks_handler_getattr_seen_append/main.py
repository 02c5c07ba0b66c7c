import itertools

from webhooks import dispatch

_ids = itertools.count()


def scenario():
    n = next(_ids)
    dispatch({"type": "signup", "id": f"evt_{n}a"})
    return dispatch({"type": "payment", "id": f"evt_{n}b", "amount": n % 300})
