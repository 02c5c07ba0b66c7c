"""HTTP client settings: each option is a descriptor; a profile may carry its own value for an option."""
import itertools


class Option:
    def __init__(self, default, by_profile={}):  # expect: HL101 refuted
        self.default = default
        self.by_profile = by_profile

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.attr in obj.__dict__:
            return obj.__dict__[self.attr]
        return self.by_profile.get((obj.profile, self.name), self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.attr] = value


class ClientSettings:
    timeout = Option(30.0)
    retries = Option(3)
    user_agent = Option("acme-client/2.1")

    def __init__(self, profile):
        self.profile = profile


_clients = itertools.count()


def scenario():
    n = next(_clients)
    settings = ClientSettings(f"tenant-{n}")
    settings.retries = n % 5
    return settings.timeout, settings.retries, settings.user_agent
