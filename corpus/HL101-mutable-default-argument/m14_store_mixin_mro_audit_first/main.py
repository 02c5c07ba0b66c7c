import itertools

from store.users import UserStore

_store = UserStore()
_ids = itertools.count()


def scenario():
    n = next(_ids)
    key = f"user:{n % 16}"
    _store.save(key, {"name": f"user {n}", "visits": n})
    return _store.load(key)["visits"]
