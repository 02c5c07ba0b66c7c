"""Connectors: an alternate constructor from_config() consults a default
registry dict of predeclared connectors before building a new one; the
registry is only read (the new connector is returned, not stored)."""
import itertools

_ids = itertools.count()


class Connector:
    def __init__(self, name, url):
        self.name = name
        self.url = url

    @classmethod
    def from_config(cls, cfg, registry={}):  # expect: HL101 refuted
        conn = registry.get(cfg["name"])
        if conn is None:
            conn = cls(cfg["name"], cfg["url"])
        return conn


class PostgresConnector(Connector):
    def dsn(self):
        return f"{self.url}?application_name={self.name}"


def scenario():
    n = next(_ids)
    cfg = {"name": f"job-{n}", "url": f"postgresql://db{n % 4}/warehouse"}
    return len(PostgresConnector.from_config(cfg).dsn())
