"""Service registry: `ServiceSettings` wraps the dict passed as `values` and
exposes it through a `values` property; `__str__` formats it for the debug
log. Looking up a service's timeout reads the key with `.get()` and falls
back to 30 seconds, so the default dict is only read and stays empty."""
import itertools

_calls = itertools.count()


class ServiceSettings:
    def __init__(self, service, values={}):  # expect: HL101 refuted
        self.service = service
        self._values = values

    @property
    def values(self):
        return self._values

    def __str__(self):
        return f"{self.service}: " + ", ".join(f"{k}={v}" for k, v in sorted(self._values.items()))


def timeout_for(service):
    settings = ServiceSettings(service)
    timeout = settings.values.get(f"{service}.timeout_s", 30)
    return f"{settings} -> {timeout}s"


def scenario():
    n = next(_calls)
    return timeout_for(f"billing-worker-{n}")
