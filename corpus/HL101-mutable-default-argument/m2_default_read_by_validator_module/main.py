"""Data ingestion API: each upload is validated through upload.accept_upload."""
import itertools

from upload import accept_upload

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    ctype = "text/csv; charset=utf-8" if n % 2 else "application/json"
    body = f"id,value\n{n},{n * 3}\n"
    return accept_upload({"Content-Type": ctype, "X-Upload-Id": f"up-{n}"}, body)["size"]
