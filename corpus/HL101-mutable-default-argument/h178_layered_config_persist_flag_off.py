"""Two-layer preferences: Prefs(defaults={}) keeps the defaults it was given
plus a per-instance override layer. set(..., persist=True) would write into
the defaults (shared by every Prefs built without an argument), but the
request handler never persists, so its per-user keys go to the override layer."""
import itertools

_users = itertools.count()


class Prefs:
    def __init__(self, defaults={}):  # expect: HL101 refuted
        self._defaults = defaults
        self._overrides = {}

    def set(self, key, value, persist=False):
        (self._defaults if persist else self._overrides)[key] = value
        return self

    def get(self, key):
        return self._overrides.get(key, self._defaults.get(key))


def handle(user, theme):
    prefs = Prefs().set(f"ui.{user}.theme", theme, persist=False)
    return prefs.get(f"ui.{user}.theme")


def scenario():
    n = next(_users)
    return handle(f"user-{n:06d}", "dark" if n % 2 else "solarized-light")
