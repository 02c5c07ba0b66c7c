"""Query helper: typing.overload stubs declare list defaults; the real implementation appends each fetched key to its default list."""
import itertools
from typing import List, Union, overload


@overload
def fetch(key: str, into: List[str] = []) -> str: ...
@overload
def fetch(key: int, into: List[str] = []) -> int: ...


def fetch(key: Union[str, int], into: List[str] = []) -> Union[str, int]:  # expect: HL101 confirmed
    into.append(str(key))
    return key


_keys = itertools.count()


def scenario():
    n = next(_keys)
    return fetch(f"row-{n}"), fetch(n)
