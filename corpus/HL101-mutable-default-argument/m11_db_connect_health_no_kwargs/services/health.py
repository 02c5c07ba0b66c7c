from db import connect


def ping(dsn):
    return connect(dsn).execute("SELECT 1")
