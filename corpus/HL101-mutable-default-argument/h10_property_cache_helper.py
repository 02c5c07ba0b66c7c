"""Users: properties cache derived values through a helper whose default dict is keyed by user id."""
import itertools


def _cached(key, compute, cache={}):  # expect: HL101 confirmed
    if key not in cache:
        cache[key] = compute()
    return cache[key]


class User:
    def __init__(self, uid, first, last):
        self.uid = uid
        self.first = first
        self.last = last

    @property
    def display_name(self):
        return _cached((self.uid, "display"), lambda: f"{self.first} {self.last[0]}.")


_logins = itertools.count()


def scenario():
    n = next(_logins)
    return User(f"u{n}", f"Ann{n}", "Smith").display_name
