"""Worker entry point: run one import job per queued upload."""
import itertools

from jobs.importer import run_import

_uploads = itertools.count(1)


def scenario():
    n = next(_uploads)
    rows = [f"sku-{n}-{i},{i * 3}" for i in range(4)]
    return run_import(f"upload-{n}.csv", rows)
