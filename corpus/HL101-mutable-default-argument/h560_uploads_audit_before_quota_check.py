"""Upload intake: every request is written to an audit list before its size
is checked against the quota. Oversized uploads raise, and the request
handler turns the error into a 413 response, but by then the audit entry
is already sitting in the shared default list."""
import itertools

_ids = itertools.count()
MAX_BYTES = 10 * 1024 * 1024


class UploadTooLarge(ValueError):
    pass


def accept_upload(filename, size, audit=[]):  # expect: HL101 confirmed
    audit.append((filename, size))
    if size > MAX_BYTES:
        raise UploadTooLarge(f"{filename}: {size} bytes exceeds {MAX_BYTES}")
    return {"name": filename, "size": size, "status": "stored"}


def handle_request(filename, size):
    try:
        return 201, accept_upload(filename, size)
    except UploadTooLarge as exc:
        return 413, {"error": str(exc)}


def scenario():
    n = next(_ids)
    return handle_request(f"backup-{n}.tar", MAX_BYTES + 1 + n)
