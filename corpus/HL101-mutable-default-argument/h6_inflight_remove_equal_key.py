"""Upload service: in-flight keys are added to a default list and removed by an equal key rebuilt from the same parts."""
import itertools


def upload(bucket, name, _inflight=[]):  # expect: HL101 refuted
    _inflight.append(f"{bucket}/{name}")
    try:
        return len(name) * 1024
    finally:
        _inflight.remove("/".join((bucket, name)))


def sync(n):
    return upload(f"bucket{n % 3}", f"file-{n}.bin")


_files = itertools.count()


def scenario():
    sync(next(_files))
