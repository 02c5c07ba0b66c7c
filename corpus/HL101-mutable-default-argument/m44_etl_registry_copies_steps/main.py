import itertools

from etl import *

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    build_pipeline("orders")
    add_step("orders", tag_batch("batch-%05d" % n))
    rows = [
        {"id": n, "total": "12.50"},
        {"id": n + 1, "total": " 7 "},
        {"id": n + 2, "total": "n/a"},
    ]
    return [row["batch"] for row in run("orders", rows)]
