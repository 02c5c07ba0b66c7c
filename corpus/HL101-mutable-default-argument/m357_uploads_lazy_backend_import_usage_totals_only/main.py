"""Upload endpoint: each call stores one freshly generated attachment."""
import itertools

from uploads import handle as handle_upload

_ids = itertools.count()


def scenario():
    n = next(_ids)
    payload = f"report {n}: {n * 37 % 1000} rows exported".encode()
    result = handle_upload(f"report-{n}.txt", payload)
    return result["key"], result["size"]
