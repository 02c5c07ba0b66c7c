"""Upload intake: the size is checked against the quota first and only
uploads that pass are written to the audit list. The nightly backups sent
here are all oversized, so the check raises before the append every time
and the request handler answers 413."""
import itertools

_ids = itertools.count()
MAX_BYTES = 10 * 1024 * 1024


class UploadTooLarge(ValueError):
    pass


def accept_upload(filename, size, audit=[]):  # expect: HL101 refuted
    if size > MAX_BYTES:
        raise UploadTooLarge(f"{filename}: {size} bytes exceeds {MAX_BYTES}")
    audit.append((filename, size))
    return {"name": filename, "size": size, "status": "stored"}


def handle_request(filename, size):
    try:
        return 201, accept_upload(filename, size)
    except UploadTooLarge as exc:
        return 413, {"error": str(exc)}


def scenario():
    n = next(_ids)
    return handle_request(f"backup-{n}.tar", MAX_BYTES + 1 + n)
