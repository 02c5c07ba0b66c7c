"""Object store client: an upload returns a completion callback, bound with functools.partial."""
import functools
import itertools


def _record_size(sizes, key, size):
    sizes[key] = size
    return f"stored {key} ({size} bytes, {len(sizes)} objects known)"


def upload(bucket, key, data, sizes={}):  # expect: HL101 confirmed
    if sizes.get(key) == len(data):
        return None
    bucket.setdefault("objects", {})[key] = bytes(data)
    return functools.partial(_record_size, sizes, key, len(data))


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    bucket = {"name": f"logs-{n % 4}"}
    on_done = upload(bucket, f"2024/05/{n:06d}.log", b"GET /health 200\n" * (n % 5 + 1))
    return on_done() if on_done else "unchanged"
