"""Object storage: uploads are deduplicated by SHA-256, and the digest index is a dict default."""
import hashlib
import itertools
import uuid


class UploadResult:
    __slots__ = ("request_id", "digest", "duplicate")

    def __init__(self, request_id, digest, duplicate):
        self.request_id = request_id
        self.digest = digest
        self.duplicate = duplicate


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_blob(data: bytes, index: dict[str, int] = {}) -> UploadResult:  # expect: HL101 confirmed
    key = _digest(data)
    duplicate = key in index
    if not duplicate:
        index[key] = len(data)
    return UploadResult(uuid.uuid4().hex, key, duplicate)


def upload_avatar(user_id: int, pixels: bytes) -> str:
    result = store_blob(b"PNG" + user_id.to_bytes(8, "big") + pixels)
    return f"/blobs/{result.digest[:2]}/{result.digest}"


_users = itertools.count()


def scenario():
    n = next(_users)
    upload_avatar(n, bytes(range(n % 200, n % 200 + 32)))
