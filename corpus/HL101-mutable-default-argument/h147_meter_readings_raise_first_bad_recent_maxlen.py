"""Meter reading validator: rows must be monotonic per meter; the first bad
row raises. Before raising, the row is pushed onto a `recent` deque default
so the error message can say how many rejects were seen lately. The deque
has maxlen=16, so it keeps at most the sixteen latest rejects."""
import collections
import itertools

_uploads = itertools.count()


class ReadingError(ValueError):
    pass


def check_rows(rows, recent=collections.deque(maxlen=16)):  # expect: HL101 refuted
    last = {}
    for meter, value in rows:
        if value < last.get(meter, 0):
            recent.append((meter, value))
            raise ReadingError(f"{meter}: {value} < {last[meter]} ({len(recent)} recent rejects)")
        last[meter] = value
    return len(last)


def scenario():
    n = next(_uploads)
    rows = [(f"M{n}", 100), (f"M{n}", 140), (f"W{n}", 7), (f"M{n}", 120), (f"W{n}", 9)]
    try:
        return check_rows(rows)
    except ReadingError as exc:
        return str(exc)
