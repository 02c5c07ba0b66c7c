"""A chunked response writer that collects small text pieces in the default
``_buf`` list and, once eight are buffered, joins them and feeds the block to a
digest sink. After flushing it empties the list in place with
``del _buf[:]``, so the default never holds more than eight pieces."""
import hashlib
import itertools

_responses = itertools.count()
_sink = hashlib.sha256()
_stats = {"flushes": 0, "bytes": 0}

FLUSH_AT = 8


def _emit(block):
    data = block.encode("utf-8")
    _sink.update(data)
    _stats["flushes"] += 1
    _stats["bytes"] += len(data)


def write(piece, _buf=[]):  # expect: HL101 refuted
    _buf.append(piece)
    if len(_buf) >= FLUSH_AT:
        _emit("".join(_buf))
        del _buf[:]
    return len(_buf)


def render_row(row_id, fields):
    write("<tr id='r%d'>" % row_id)
    for name, value in fields:
        write("<td class='%s'>%s</td>" % (name, value))
    write("</tr>\n")


def scenario():
    n = next(_responses)
    render_row(n, [("sku", "SKU-%05d" % n), ("qty", n % 9)])
    return _stats["flushes"]
