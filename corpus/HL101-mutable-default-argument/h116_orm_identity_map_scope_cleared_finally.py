"""ORM without a database: a unit of work runs inside `session_scope()`, a
context manager that hands out its `identity_map` dict default so helpers
can look rows up by (model, pk) and get the same object twice. The map is
emptied in `finally`, so it only lives as long as one scope."""
import contextlib
import itertools

_ids = itertools.count(1)


@contextlib.contextmanager
def session_scope(identity_map={}):  # expect: HL101 refuted
    try:
        yield identity_map
    finally:
        identity_map.clear()


def get(identity_map, model, pk, loader):
    key = (model, pk)
    if key not in identity_map:
        identity_map[key] = loader(pk)
    return identity_map[key]


def load_user(pk):
    return {"id": pk, "email": "user%d@example.org" % pk, "roles": ["reader"]}


def scenario():
    base = next(_ids) * 10
    with session_scope() as identity_map:
        users = [get(identity_map, "User", base + i, load_user) for i in range(3)]
        again = get(identity_map, "User", base, load_user)
        return again is users[0], len(identity_map)
