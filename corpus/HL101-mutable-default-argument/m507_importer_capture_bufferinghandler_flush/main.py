"""Nightly import job: one batch of rows imported per call."""
import itertools

import batchimport

_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [{"sku": f"SKU-{n}-{i}", "qty": i} for i in range(3)] + [{"sku": "", "qty": 0}]
    return len(batchimport.run_import(f"batch-{n}", rows))
