"""Report exporter: make_writer hands back a line writer for one export file.

The writer is a functools.partial over _buffered_write with the `lines`
buffer bound positionally, so every writer created without an explicit
buffer appends into the same default list.
"""
import functools
import itertools

_exports = itertools.count()


def _buffered_write(path, lines, text):
    lines.append("%s: %s" % (path, text))
    return len(lines)


def make_writer(path, lines=[]):  # expect: HL101 confirmed
    return functools.partial(_buffered_write, path, lines)


def export(report_id, rows):
    write = make_writer("exports/report-%d.csv" % report_id)
    for row in rows:
        write(",".join(str(cell) for cell in row))
    return write.args[0]


def scenario():
    n = next(_exports)
    return export(n, [(n, "open", n * 2), (n + 1, "closed", n * 3)])
