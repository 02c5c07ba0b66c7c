"""Runtime settings: Audited is a descriptor that keeps, per instance (keyed
by id(instance)), the current value of each setting in a dict shared through
a default argument. There is one module-level settings object, so every
reload hits the same key and replaces the value: the dict stays at one
entry."""
import itertools

_reloads = itertools.count()


class Audited:
    def __init__(self, default, _current={}):  # expect: HL101 refuted
        self.default = default
        self.current = _current

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.current.get((id(instance), self.name), self.default)

    def __set__(self, instance, value):
        self.current[(id(instance), self.name)] = value


class Settings:
    banner = Audited("")
    max_upload = Audited(10)


settings = Settings()


def scenario():
    n = next(_reloads)
    settings.banner = f"Maintenance window #{n} starts at 02:00 UTC"
    return settings.banner, settings.max_upload
