"""Matrix I/O: iter_rows() cuts a flat row-major buffer into rows, gathering
each row in a list default that is emptied after the row is yielded. The
pivot search stops at the first usable row, so the generator is closed at its
yield, the clear never runs, and the buffer no longer ever reaches exactly
`ncols`: from then on every value of every matrix is appended to it."""
import itertools

_solves = itertools.count()


def iter_rows(flat, ncols, _row=[]):  # expect: HL101 confirmed
    for value in flat:
        _row.append(value)
        if len(_row) == ncols:
            yield tuple(_row)
            _row.clear()


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
