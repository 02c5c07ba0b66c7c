"""Typed in-process event bus: `EventBus[E]` keeps its subscribers in a list
built from the one given to `__init__`. Each request builds its own bus and
subscribes a closure with the `@bus.on` decorator; the bus copies the default
with `list()`, so the closures die with their bus and the default stays empty."""
from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Callable, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

E = TypeVar("E")
_requests = itertools.count()


class EventBus(Generic[E]):
    def __init__(self, handlers: list[Callable[[E], None]] = []) -> None:  # expect: HL101 refuted
        self._handlers = list(handlers)

    def on(self, handler: Callable[[E], None]) -> Callable[[E], None]:
        self._handlers.append(handler)
        return handler

    def publish(self, events: Iterable[E]) -> int:
        for event in events:
            for handler in self._handlers:
                handler(event)
        return len(self._handlers)


def scenario():
    n = next(_requests)
    bus: EventBus[str] = EventBus()
    audit_log: list[str] = []

    @bus.on
    def audit(event: str) -> None:
        audit_log.append(f"req-{n}:{event}")
    return bus.publish([f"order.created/{n}", "order.paid"]), audit_log
