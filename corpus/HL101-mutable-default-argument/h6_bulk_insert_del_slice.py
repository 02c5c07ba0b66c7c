"""DB loader: rows are buffered in a default list and flushed; del buf[:] empties the default itself."""
import itertools

FLUSHED = [0]


def flush(rows):
    FLUSHED[0] += len(rows)


def insert_rows(rows, buf=[]):  # expect: HL101 refuted
    for row in rows:
        buf.append(tuple(row))
    flush(buf)
    del buf[:]
    return FLUSHED[0]


_batches = itertools.count()


def scenario():
    n = next(_batches)
    insert_rows([(n, f"name{n}"), (n + 1, f"name{n + 1}")])
