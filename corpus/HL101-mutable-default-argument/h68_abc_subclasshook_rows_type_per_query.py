"""DB helpers: query results are namedtuples; cleanup closes any value that is Closeable."""
import abc
import collections
import io
import itertools


class Closeable(abc.ABC):
    @classmethod
    # heaplint-todo: the growth depends on a test heaplint cannot evaluate (issubclass against an ABC with __subclasshook__) (unknown, not confirmed)
    def __subclasshook__(cls, C, _verdicts={}):  # expect: HL101 confirmed
        if cls is not Closeable:
            return NotImplemented
        if C not in _verdicts:
            _verdicts[C] = any(callable(B.__dict__.get("close")) for B in C.__mro__)
        return True if _verdicts[C] else NotImplemented


Closeable.register(io.StringIO)


def row_type(columns):
    return collections.namedtuple("Row", columns)


def fetch(columns, records):
    Row = row_type(tuple(columns))
    return [Row(*rec) for rec in records]


def cleanup(values):
    return sum(1 for v in values if not isinstance(v, Closeable))


_queries = itertools.count()


def scenario():
    n = next(_queries)
    rows = fetch(["id", "email", "active"], [(n, f"user{n}@example.org", n % 2 == 0), (n + 1, "", False)])
    return cleanup(rows + [io.StringIO(rows[0].email)])
