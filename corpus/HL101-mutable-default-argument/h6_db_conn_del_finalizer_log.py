"""DB pool: a connection wrapper records its id in a default from __del__, which runs when refcounting frees it."""
import itertools


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = True

    def __del__(self, _closed=[]):  # expect: HL101 confirmed
        _closed.append(self.dsn)

    def query(self, sql):
        return f"{self.dsn}: {sql}"


def fetch_user(n):
    conn = Connection(f"db://replica/{n}")
    return conn.query(f"SELECT * FROM users WHERE id = {n}")


_ids = itertools.count()


def scenario():
    fetch_user(next(_ids))
