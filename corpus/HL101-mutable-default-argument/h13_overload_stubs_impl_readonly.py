"""Units: typing.overload stubs with dict defaults, and an implementation that only reads its default table."""
import itertools
from typing import Dict, overload


@overload
def to_bytes(size: int, units: Dict[str, int] = {}) -> int: ...
@overload
def to_bytes(size: str, units: Dict[str, int] = {}) -> int: ...


def to_bytes(size, units={"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}):  # expect: HL101 refuted
    if isinstance(size, int):
        return size
    size = size.strip().lower()
    if size and size[-1] in units:
        return int(size[:-1]) * units[size[-1]]
    return int(size)


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return to_bytes(f"{n % 900 + 1}m") + to_bytes(n)
