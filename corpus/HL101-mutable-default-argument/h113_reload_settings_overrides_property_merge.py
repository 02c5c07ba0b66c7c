"""Reloadable settings: values from the config file are layered over the
defaults and under per-process overrides. `effective` merges the layers on
each access and `with_override` returns a new Settings with its own dict."""
import itertools

_reloads = itertools.count()
DEFAULTS = {"timeout": 30, "retries": 3, "log_level": "info"}


class Settings:
    def __init__(self, values, overrides={}):  # expect: HL101 refuted
        self._values = values
        self._overrides = overrides

    @property
    def effective(self):
        return {**DEFAULTS, **self._values, **self._overrides}

    def with_override(self, key, value):
        return Settings(self._values, {**self._overrides, key: value})

    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in sorted(self.effective.items()))


def reload(text):
    pairs = (line.split("=", 1) for line in text.splitlines() if "=" in line)
    return Settings({k.strip(): v.strip() for k, v in pairs})


def scenario():
    n = next(_reloads)
    settings = reload(f"timeout = {n % 60}\nregion = eu-{n}")
    return settings.with_override(f"feature.beta_{n}", True).describe()
