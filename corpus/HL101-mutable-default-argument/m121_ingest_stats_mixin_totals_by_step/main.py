"""Data intake: each upload is one batch run through the configured pipeline."""
import itertools

import ingest

_batches = itertools.count(1)


def scenario():
    n = next(_batches)
    rows = [f"sku-{n % 40},{n % 7}", f"sku-{n % 40},{n % 7}", f"sku-{n},1"]
    return ingest.run_batch(f"upload-{n}", rows)
