"""Uploads: accept() queues image uploads for thumbnailing in its default list when the extension is in {"png", "jpg"}; half the uploads are photos."""
import itertools
import posixpath


def accept(filename, size, pending=[]):  # expect: HL101 confirmed
    ext = posixpath.splitext(filename)[1].lstrip(".").lower()
    if ext in {"png", "jpg"}:
        pending.append((filename, size))
    return {"name": filename, "size": size, "thumbnails_pending": len(pending) > 0}


def handle_upload(user, index, kind):
    name = f"uploads/{user}/{index}.{kind}"
    return accept(name, 1024 * (index % 9 + 1))


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return handle_upload(f"u{n % 40}", n, ("jpg", "pdf", "PNG", "csv")[n % 4])
