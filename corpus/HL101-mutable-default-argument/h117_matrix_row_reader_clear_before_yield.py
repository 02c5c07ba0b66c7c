"""Matrix I/O: iter_rows() cuts a flat row-major buffer into rows, gathering
each row in a list default that is copied into a tuple and emptied before the
row is yielded. The pivot search stops at the first usable row and closes the
generator, but by then the buffer is already empty, so it never holds more
than one partial row."""
import itertools

_solves = itertools.count()


def iter_rows(flat, ncols, _row=[]):  # expect: HL101 refuted
    for value in flat:
        _row.append(value)
        if len(_row) == ncols:
            row = tuple(_row)
            _row.clear()
            yield row


def first_pivot_row(flat, ncols, column=0):
    for index, row in enumerate(iter_rows(flat, ncols)):
        if abs(row[column]) > 1e-12:
            return index, row
    return None, None


def scenario():
    n = next(_solves)
    flat = [0.0, 1.0, 2.0] + [float(n + i) for i in range(1, 7)]
    index, row = first_pivot_row(flat, 3)
    return index, row and [round(x / row[0], 4) for x in row]
