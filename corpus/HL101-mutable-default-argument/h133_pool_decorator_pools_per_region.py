"""Connection pooling: a decorator hands the wrapped query a pooled sqlite3
cursor for the database named by its first argument and puts it back in
`finally`. The pools live in a default dict of the decorator, keyed by the
database URI; lookups go to one of three regional databases, so it stays small."""
import functools
import itertools
import sqlite3

_lookups = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, wrapper grows it; but this application uses wrapper as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def with_cursor(func, _pools={}):  # expect: HL101 refuted
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
    return normalise_name("file:region%d?mode=memory" % (n % 3), "  customer %d " % n)
