"""Service clients: from_config() builds a client from one service's config
section, merging its dotted settings with optional extras into a new dict."""
import itertools

_services = itertools.count()


class ServiceClient:
    def __init__(self, name, settings):
        self.name = name
        self.settings = settings

    @classmethod
    def from_config(cls, cfg, extra={}):  # expect: HL101 refuted
        name = cfg["service"]
        flat = {f"{name}.{key}": value for key, value in cfg.items() if key != "service"}
        settings = {**extra, **flat}
        return cls(name, settings)

    def timeout(self):
        return self.settings.get(f"{self.name}.timeout", 5)


def scenario():
    n = next(_services)
    cfg = {"service": f"billing-{n}", "url": f"https://b{n}.internal", "timeout": n % 7 + 1}
    client = ServiceClient.from_config(cfg)
    return client.timeout()
