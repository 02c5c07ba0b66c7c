"""Report exporter: make_writer hands back a line writer for one export file.

The writer is a functools.partial over _buffered_write, but it binds a copy
of the `lines` seed (list(lines)), so each writer appends into its own
buffer and the default list is only read.
"""
import functools
import itertools

_exports = itertools.count()


def _buffered_write(path, lines, text):
    lines.append("%s: %s" % (path, text))
    return len(lines)


def make_writer(path, lines=[]):  # expect: HL101 refuted
    return functools.partial(_buffered_write, path, list(lines))


def export(report_id, rows):
    write = make_writer("exports/report-%d.csv" % report_id)
    for row in rows:
        write(",".join(str(cell) for cell in row))
    return write.args[0]


def scenario():
    n = next(_exports)
    return export(n, [(n, "open", n * 2), (n + 1, "closed", n * 3)])
