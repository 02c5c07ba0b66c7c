"""CSV preview: a generator numbers rows and buffers them, clearing the buffer after the loop; the preview reads one row."""
import itertools


def numbered(rows, _buffer=[]):  # expect: HL101 confirmed
    for index, row in enumerate(rows, 1):
        _buffer.append(row)
        yield index, row
    _buffer.clear()


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    rows = [f"id,name\n{n},user{n}", f"{n + 1},user{n + 1}"]
    gen = numbered(rows)
    return next(gen)
