import itertools

from pipeline import dedupe, parse_lines
from pipeline.sinks import render_table

_batch = itertools.count(1)


def scenario():
    b = next(_batch)
    lines = [
        "order_id,customer,total",
        "%d-1,acme,12.50" % b,
        "%d-2,globex,7.00" % b,
        "%d-1,acme,12.50" % b,
        "# exported by billing",
        "%d-3,initech,99.90" % b,
        "%d-4,umbrella,3.25" % b,
    ]
    stream = dedupe(parse_lines(lines), key="order_id")
    return render_table(stream, limit=2)
