"""Connectors: an alternate constructor from_config() registers each new
connector by name in a default registry dict; every job configures a
connector with its own name, so the default registry keeps them all."""
import itertools

_ids = itertools.count()


class Connector:
    def __init__(self, name, url):
        self.name = name
        self.url = url

    @classmethod
    def from_config(cls, cfg, registry={}):  # expect: HL101 confirmed
        conn = cls(cfg["name"], cfg["url"])
        registry[conn.name] = conn
        return conn


class PostgresConnector(Connector):
    def dsn(self):
        return f"{self.url}?application_name={self.name}"


def scenario():
    n = next(_ids)
    cfg = {"name": f"job-{n}", "url": f"postgresql://db{n % 4}/warehouse"}
    return len(PostgresConnector.from_config(cfg).dsn())
