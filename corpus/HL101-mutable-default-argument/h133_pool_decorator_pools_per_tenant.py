"""Connection pooling: a decorator hands the wrapped query a pooled sqlite3
cursor for the database named by its first argument and puts it back in
`finally`. The pools live in a default dict of the decorator, keyed by the
database URI; every tenant has its own database, so each lookup parks a new
cursor and its connection in the default for good."""
import functools
import itertools
import sqlite3

_lookups = itertools.count()


def with_cursor(func, _pools={}):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(database, *args, **kwargs):
        idle = _pools.setdefault(database, [])
        cursor = idle.pop() if idle else sqlite3.connect(database, uri=True).cursor()
        try:
            return func(cursor, *args, **kwargs)
        finally:
            idle.append(cursor)
    return wrapper


@with_cursor
def normalise_name(cursor, name):
    return cursor.execute("SELECT upper(trim(?))", (name,)).fetchone()[0]


def scenario():
    n = next(_lookups)
    return normalise_name("file:tenant%d?mode=memory" % n, "  customer %d " % n)
