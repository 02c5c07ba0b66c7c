"""Log viewer: `tail()` takes any iterable of lines (a `LineSource`: open files,
StringIO, generators) and keeps the non-debug lines in a deque to return the
last few. `errors_tail` is a `functools.partial` of it; the deque default is
shared between calls but created with `maxlen`, so it holds at most 32 lines."""
import io
import itertools
from collections import deque
from functools import partial
from typing import Deque, Iterator, List, Protocol

_polls = itertools.count()


class LineSource(Protocol):
    def __iter__(self) -> Iterator[str]: ...


def tail(source: LineSource, count: int = 10, level: str = "", window: Deque[str] = deque(maxlen=32)) -> List[str]:  # expect: HL101 refuted
    for line in source:
        if line.startswith("DEBUG"):
            continue
        if level and not line.startswith(level):
            continue
        window.append(line.rstrip("\n"))
    return list(window)[-count:]


errors_tail = partial(tail, count=3, level="ERROR")


def scenario():
    n = next(_polls)
    log = io.StringIO(f"INFO start {n}\nDEBUG conn {n}\nERROR timeout job={n}\nERROR retry job={n}\n")
    return errors_tail(log)
