"""Preferences object: item writes and dict methods go to the backing dict."""
from .defaults import SITE_DEFAULTS


class Preferences:
    def __init__(self, user, values=SITE_DEFAULTS):  # expect: HL101 refuted
        self.user = user
        self._values = dict(values)

    def __getitem__(self, key):
        return self._values[key]

    def __setitem__(self, key, value):
        self._values |= {key: value}

    def __getattr__(self, name):
        return getattr(self._values, name)
