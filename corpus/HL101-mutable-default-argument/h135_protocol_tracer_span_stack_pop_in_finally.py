"""Lightweight tracing into any `PathSink` (a plain list will do): `span()`
pushes the span name on a stack so nested spans record their path, and pops it
after the block. The pop sits in a `finally`, so a block that raises (a cache
miss the caller handles) still unwinds; the stack is empty after every job."""
import itertools
from contextlib import contextmanager
from typing import Iterator, List, Protocol

_jobs = itertools.count()


class PathSink(Protocol):
    def append(self, path: str) -> None: ...


@contextmanager
def span(sink: PathSink, name: str, _stack: List[str] = []) -> Iterator[str]:  # expect: HL101 refuted
    _stack.append(name)
    try:
        sink.append("/".join(_stack[-3:]))
        yield name
    finally:
        _stack.pop()


def scenario():
    n = next(_jobs)
    paths: List[str] = []
    with span(paths, f"job-{n}"):
        try:
            with span(paths, "cache.get"):
                raise KeyError(f"user:{n}")
        except KeyError:
            with span(paths, "db.load"):
                pass
    return paths
