"""Settings object: missing attributes fall back through __getattr__ to a defaults mapping that is only read."""
import itertools


class Settings:
    def __init__(self, **values):
        self.__dict__.update(values)

    def __getattr__(self, name):
        return self._fallback(name)

    def _fallback(self, name, defaults={"theme": "light", "page_size": 20}):  # expect: HL101 refuted
        try:
            return defaults[name]
        except KeyError:
            raise AttributeError(name) from None


_requests = itertools.count()


def scenario():
    n = next(_requests)
    s = Settings(user=f"user{n}", page_size=n % 50 + 1)
    return (s.theme, s.page_size, getattr(s, "locale", "en"))
