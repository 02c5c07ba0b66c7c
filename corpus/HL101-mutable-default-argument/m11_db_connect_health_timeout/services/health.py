from db import connect


def ping(dsn):
    return connect(dsn, timeout=1).execute("SELECT 1")
