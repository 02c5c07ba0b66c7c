"""CSV import: a generator numbers rows and buffers them, clearing the buffer after the loop; the import reads all rows."""
import itertools


def numbered(rows, _buffer=[]):  # expect: HL101 refuted
    for index, row in enumerate(rows, 1):
        _buffer.append(row)
        yield index, row
    _buffer.clear()


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    rows = [f"id,name\n{n},user{n}", f"{n + 1},user{n + 1}"]
    return [f"{index}: {row}" for index, row in numbered(rows)]
