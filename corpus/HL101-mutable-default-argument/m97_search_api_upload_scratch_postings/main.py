"""Document service: one upload per call, each with a fresh id and body."""
import itertools

import api

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    body = f"Invoice INV{n:06d} for customer C{n * 7} uploaded with receipt R{n}"
    return api.handle_upload({"id": f"up-{n}", "body": body})
