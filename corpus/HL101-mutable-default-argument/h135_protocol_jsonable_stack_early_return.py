"""JSON export: objects implementing the runtime `SupportsJSON` protocol serialise
themselves. `to_jsonable` keeps the objects it is inside on a default stack to
reject cycles, but the protocol branch returns before the pop (one per export)."""
import itertools
from dataclasses import dataclass
from typing import Any, List, Protocol, runtime_checkable

_exports = itertools.count()


@runtime_checkable
class SupportsJSON(Protocol):
    def __json__(self) -> Any: ...


@dataclass
class Money:
    cents: int
    def __json__(self) -> Any:
        return {"amount": f"{self.cents / 100:.2f}", "currency": "EUR"}


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 24 (heaplint: unknown)
def to_jsonable(obj: Any, _active: List[object] = []) -> Any:  # expect: HL101 confirmed
    if any(seen is obj for seen in _active):
        raise ValueError(f"cycle through {type(obj).__name__}")
    _active.append(obj)
    if isinstance(obj, SupportsJSON):
        return to_jsonable(obj.__json__())
    out = obj
    if isinstance(obj, dict):
        out = {str(k): to_jsonable(v) for k, v in obj.items()}
    elif isinstance(obj, (list, tuple)):
        out = [to_jsonable(v) for v in obj]
    _active.pop()
    return out


def scenario():
    n = next(_exports)
    return to_jsonable({"invoice": f"INV-{n}", "lines": [Money(n * 105), n]})
