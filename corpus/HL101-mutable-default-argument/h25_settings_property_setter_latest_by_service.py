"""Service settings: the timeout property remembers the latest value set per service."""
import itertools


def remember_setting(key, value, _latest={}):  # expect: HL101 confirmed
    _latest[key] = value
    return value


class ServiceSettings:
    def __init__(self, service):
        self.service = service
        self._timeout = 30.0

    @property
    def timeout(self):
        return self._timeout

    @timeout.setter
    def timeout(self, value):
        value = max(0.1, float(value))
        self._timeout = remember_setting(f"{self.service}.timeout", value)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    settings = ServiceSettings(f"svc-{n}")
    settings.timeout = 5 + n % 10
    return settings.timeout
