"""Message catalog: the built-in messages of a locale plus whatever a caller merges in."""
from .locales import builtin


class Catalog:
    def __init__(self, locale, messages={}):  # expect: HL101 confirmed
        self.locale = locale
        self.messages = messages
        self.messages.update(builtin(locale))

    def merge(self, extra):
        self.messages.update(extra)
        return self

    def get(self, key):
        return self.messages.get(key, key)
