"""A chunked response writer that collects small text pieces in the default
``_buf`` list and, once eight are buffered, joins them and feeds the block to a
digest sink. After flushing it rebinds the local name (``_buf = []``) instead
of emptying the list, so the default keeps every piece and grows per call."""
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


def write(piece, _buf=[]):  # expect: HL101 confirmed
    _buf.append(piece)
    if len(_buf) >= FLUSH_AT:
        _emit("".join(_buf))
        _buf = []
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
