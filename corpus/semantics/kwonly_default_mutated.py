"""A keyword-only default (kept in __kwdefaults__) that is mutated grows across calls."""
# retains: yes
import itertools

_ids = itertools.count()


def remember(key, *, seen=set()):
    seen.add(key)
    return len(seen)


def scenario():
    remember(f"key-{next(_ids)}")
