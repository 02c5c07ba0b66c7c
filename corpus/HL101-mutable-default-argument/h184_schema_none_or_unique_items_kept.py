"""Optional list fields in an API schema: NoneOr accepts None or defers to
its inner validator. UniqueItems checks a list for duplicates with a default
`_seen` set as scratch space but never empties it, so every address of every
request stays in the shared set (and later repeats would be rejected)."""
import itertools

_requests = itertools.count()


class UniqueItems:
    def __call__(self, values, _seen=set()):  # expect: HL101 confirmed
        for value in values:
            if value in _seen:
                return False
            _seen.add(value)
        return True


class NoneOr:
    def __init__(self, inner):
        self.inner = inner

    def __call__(self, value):
        return value is None or self.inner(value)


SCHEMA = {"recipients": NoneOr(UniqueItems()), "cc": NoneOr(UniqueItems())}


def scenario():
    n = next(_requests)
    body = {"recipients": [f"user{n}@example.org", f"team{n}@example.org"], "cc": None}
    return all(SCHEMA[key](body[key]) for key in SCHEMA)
