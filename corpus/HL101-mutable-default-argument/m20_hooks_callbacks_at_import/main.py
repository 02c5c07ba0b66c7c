"""File gateway: each request starts one upload."""
import itertools

import uploads

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return uploads.start_upload(f"up-{n}", 1024 + n)
