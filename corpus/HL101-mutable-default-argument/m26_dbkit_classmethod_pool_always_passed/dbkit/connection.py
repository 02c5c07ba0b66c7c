"""Connection objects, reused per DSN through a pool mapping."""
from .dsn import parse_options


class Connection:
    def __init__(self, dsn, options):
        self.dsn = dsn
        self.options = options

    @classmethod
    def open(cls, dsn, pool={}):  # expect: HL101 refuted
        conn = pool.get(dsn)
        if conn is None:
            conn = pool[dsn] = cls(dsn, parse_options(dsn))
        return conn

    @staticmethod
    def describe(conn, engines={"pg": "PostgreSQL", "my": "MySQL"}):  # expect: HL101 refuted
        engine = engines.get(conn.options["scheme"], "unknown")
        return f"{engine} at {conn.options['host']}"
