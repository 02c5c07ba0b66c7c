"""Look up one order in a CSV export streamed by ``iter_rows``, a generator
that records ``(export name, row count)`` in its default ``_completed`` list
once an export has been read to the end. The lookup keeps scanning after the
match, so every export is fully consumed and the list grows per call."""
import itertools

_orders = itertools.count()


def iter_rows(name, text, _completed=[]):  # expect: HL101 confirmed
    count = 0
    lines = iter(text.splitlines())
    header = next(lines).split(",")
    for line in lines:
        if not line.strip():
            continue
        count += 1
        yield dict(zip(header, line.split(",")))
    _completed.append((name, count))


def make_export(order_id):
    rows = ["id,customer,total"]
    for offset in range(-2, 3):
        oid = order_id + offset
        rows.append("%d,cust-%d,%d.%02d" % (oid, oid % 11, oid % 500, oid % 100))
    return "\n".join(rows) + "\n"


def find_order(name, text, order_id):
    wanted = str(order_id)
    found = None
    for row in iter_rows(name, text):
        if row["id"] == wanted:
            found = row
    return found


def scenario():
    n = next(_orders)
    export = make_export(1000 + n)
    row = find_order("export-%d.csv" % n, export, 1000 + n)
    return row["total"]
