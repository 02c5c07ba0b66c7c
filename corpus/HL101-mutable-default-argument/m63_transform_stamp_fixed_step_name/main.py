"""Stock adjustments: each batch is cleaned by the named transforms, stamped, and queued."""
import itertools

from sink import write
from steps import *

BASE_STEPS = ("strip_fields", "qty_to_int", "upper_sku")
_batches = itertools.count()


def scenario():
    n = next(_batches)
    batch_id = f"{n:06d}"
    step_name = "stamp_batch"

    @register(name=step_name)
    def stamp(row):
        row["batch"] = batch_id
        return row

    rows = [{"sku": f" sku-{n}-{i} ", "qty": f" {i + n % 5} "} for i in range(3)]
    if n % 5 == 2:
        rows[1]["qty"] = "n/a"
    try:
        cleaned = run(rows, BASE_STEPS + (step_name,))
    except ValueError:
        return -1
    return write(cleaned)
