"""Service clients: from_config() builds a client from one service's config
section, flattening it into dotted settings on top of optional extras."""
import itertools

_services = itertools.count()


class ServiceClient:
    def __init__(self, name, settings):
        self.name = name
        self.settings = settings

    @classmethod
    def from_config(cls, cfg, extra={}):  # expect: HL101 confirmed
        name = cfg["service"]
        flat = {f"{name}.{key}": value for key, value in cfg.items() if key != "service"}
        extra.update(flat)
        return cls(name, extra)

    def timeout(self):
        return self.settings.get(f"{self.name}.timeout", 5)


def scenario():
    n = next(_services)
    cfg = {"service": f"billing-{n}", "url": f"https://b{n}.internal", "timeout": n % 7 + 1}
    client = ServiceClient.from_config(cfg)
    return client.timeout()
