"""Database client: pooled connections pass their options dict up to the base Connection."""
import itertools


class Connection:
    def __init__(self, host, options):
        self.host = host
        self.options = dict(options)
        self.options.setdefault("seen", []).append(host)
        self.timeout = self.options.get("timeout", 30)


class PooledConnection(Connection):
    def __init__(self, host, pool_size=4, options={}):  # expect: HL101 refuted
        self.pool_size = pool_size
        super().__init__(host, options)

    def describe(self):
        return f"{self.host} pool={self.pool_size} timeout={self.timeout}"


_hosts = itertools.count()


def scenario():
    n = next(_hosts)
    return PooledConnection(f"db-{n}.internal", pool_size=n % 8 + 1).describe()
