"""Runtime settings: Audited is a descriptor that keeps, per instance (keyed
by id(instance)), the list of values assigned, so an admin page can show how
a setting changed. There is one module-level settings object, so the key
repeats, but every reload appends the new value to its history list."""
import itertools

_reloads = itertools.count()


class Audited:
    def __init__(self, default, _history={}):  # expect: HL101 confirmed
        self.default = default
        self.history = _history

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        values = self.history.get((id(instance), self.name))
        return values[-1] if values else self.default

    def __set__(self, instance, value):
        self.history.setdefault((id(instance), self.name), []).append(value)


class Settings:
    banner = Audited("")
    max_upload = Audited(10)


settings = Settings()


def scenario():
    n = next(_reloads)
    settings.banner = f"Maintenance window #{n} starts at 02:00 UTC"
    return settings.banner, settings.max_upload
